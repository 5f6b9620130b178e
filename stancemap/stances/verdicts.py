"""A holder's verdict on a proposition its own sentence names by a bare noun.

"The council proposed a ban on short-term lets ... The mayor said the ban was unconstitutional":
"the ban" is a further mention of the proposition first told with more words (a bare definite
noun, nothing but its determiner, whose lemma heads an earlier mention of the proposition or
is of the same class of ``stance_descriptions.tsv``: :func:`bare_mentions`), and the speaker's
verdict on it is what the reported clause says of it (:func:`verdict`):

- the noun is the subject of a copula: the complement judges it, as :func:`.nouns.valenced`
  reads a complement ("the ban was unconstitutional", "the reform was a success");
- the noun is the subject of a verb: the verb's stance-table row or its own sentiment ("the
  reform had encouraged hiring" backs it, "the levy would cripple farms" opposes it), and a
  negated verb with a ``short`` word of ``stance_own.tsv`` falls short ("said the bill 'does
  not cut enough'" opposes it), and so does a ``hollow`` noun with "no" ("had no legal
  effect");
- the noun is the object of a naming verb: the complement judges it, as
  :func:`.nouns.valenced_naming` reads it ("called the law a deliberate step backwards").

A negation of the verb reverses the verdict. The links are made only while ``BARE`` is on
(``STANCEMAP_BARE_NOUNS=off`` switches them off).
"""

from __future__ import annotations

import os

from spacy.tokens import Token

from . import nouns
from .candidates import Cluster, flip
from .context import PRONOUNS, Reading
from .pairs import _classes, _sign
from .predicates import predicate_words
from .rules import NEITHER, negated

#: the bare-noun links are made (``STANCEMAP_BARE_NOUNS=off``: not)
BARE = os.environ.get("STANCEMAP_BARE_NOUNS", "") != "off"
SUBJECTS = ("nsubj",)
NAMED = "dobj"
NAMING_COMPLEMENTS = ("oprd", "ccomp", "xcomp")
AS = "as"
HEADS = ("NOUN",)
PLURAL = ("NNS", "NNPS")
NO = "no"
PARTICIPLE = "VBN"
AUXILIARIES = ("aux", "auxpass")

Mention = tuple[int, int]


def _bare(r: Reading, t: Token) -> bool:
    """"the bill", "this reform": a common noun with a determiner of ``described_dets`` and
    nothing else but a ``plain_mods`` adjective, no actor and no people."""
    if t.pos_ not in HEADS or t.i in r.mmap or t.lower_ in PRONOUNS or nouns.people_noun(t):
        return False
    dets = [c for c in t.children if c.dep_ == "det" and c.lower_ in r.words.described_dets]
    rest = [c for c in t.children if c not in dets and not (
        c.dep_ == "amod" and c.lower_ in r.words.plain_mods) and c.dep_ != "punct"]
    return bool(dets) and not rest


def bare_mentions(r: Reading, clusters: list[Cluster]) -> dict[int, list[Mention]]:
    """proposition -> the bare nouns that name it: each bare noun whose lemma heads, or is of
    the description class of, a mention with words of its own before it, given to the
    proposition of the nearest such mention (none where it is already a mention)."""
    if not BARE:
        return {}
    doc = r.doc
    covered = {i for cl in clusters for a, b in cl.mentions for i in range(a, b)}
    heads: list[tuple[int, str, int, bool]] = []  # (start, lemma, cluster, plural)
    for k, cl in enumerate(clusters):
        for s, e in cl.mentions:
            if 0 <= s < e <= len(doc) and e - s > 1:
                root = doc[s:e].root
                heads.append((s, root.lemma_.lower(), k, root.tag_ in PLURAL))
    heads.sort()
    desc = r.lex.descriptions
    out: dict[int, list[Mention]] = {}
    for t in doc:
        if t.i in covered or not _bare(r, t):
            continue
        lemma, plural = t.lemma_.lower(), t.tag_ in PLURAL
        cls = desc.get(lemma)
        k = next((k for s, h, k, pl in reversed(heads) if s < t.i and pl == plural and (
            h == lemma or (cls is not None and desc.get(h) == cls))), None)
        if k is not None:
            out.setdefault(k, []).append((t.i, t.i + 1))
    return out


def verdict(r: Reading, s: int, e: int) -> str | None:
    """support / oppose: what the reported clause says of the mention ``doc[s:e]`` (None where
    it is no subject of a judging predicate nor the object of a naming)."""
    doc = r.doc
    if not 0 <= s < e <= len(doc):
        return None
    m = doc[s:e].root
    head = m.head
    if m.dep_ == NAMED and head.lemma_.lower() in nouns.naming_verbs():
        comp = _naming_complement(head, m)
        pol = nouns._naming_sentiment(r, comp) if comp is not None else None
        return flip(pol) if pol is not None and negated(head) else pol
    if m.dep_ not in SUBJECTS:
        return None
    if head.lemma_ in r.words.copulas:
        comps = [c for c in head.children if c.dep_ in nouns.COMPLEMENT_DEPS]
        if len(comps) != 1:
            return None
        if _hollow(head):
            return "oppose"
        pol = _complement(r, comps[0])
        neg = negated(head) or any(c.lower_ == NEITHER for c in comps[0].children)
        return flip(pol) if pol is not None and neg else pol
    if head.pos_ != "VERB":
        return None
    return _predicate(r, head)


def _naming_complement(verb: Token, obj: Token) -> Token | None:
    """What a naming verb calls its object (as :func:`.nouns.valenced_naming` finds it)."""
    return next((c for c in verb.children if c.dep_ in NAMING_COMPLEMENTS), None) or next(
        (c for c in obj.children if c.dep_ == "appos"), None) or next(
        (g for c in verb.children if c.dep_ == "prep" and c.lower_ == AS
         for g in c.children if g.dep_ == "pobj"), None)


def _complement(r: Reading, comp: Token) -> str | None:
    """A copula's complement: its evaluative entry, else its sentiment."""
    entry = r.lex.evaluatives.get(nouns.evaluative_key(r, comp))
    if entry is not None:
        return entry[0] if entry[0] in ("support", "oppose") else None
    return nouns._sentiment(r, comp)


def _predicate(r: Reading, verb: Token) -> str | None:
    """A verb said of the measure: falling short ("does not cut enough"), its stance-table
    row, else its sentiment (a ``harming`` verb of ``stance_predicates.tsv`` a harm)."""
    from .own import own_words

    w = own_words()
    if verb.tag_ == PARTICIPLE and not any(c.dep_ in AUXILIARIES for c in verb.children):
        return None  # "gets the pipeline approved": the noun is what is acted upon
    neg = negated(verb) and not _denied_part(verb)
    if neg and any(c.lower_ in w.short for c in verb.subtree):
        return "oppose"
    if _hollow(verb):
        return "oppose"
    lemma = verb.lemma_.lower()
    value = next((_sign(x) for x in _classes(r, verb) if _sign(x)), 0)
    if not value:
        val = -nouns.VALENCE_NAMING if lemma in predicate_words().harming else nouns._valence(
            [verb])
        value = 0 if abs(val) < nouns.VALENCE_NAMING else 1 if val > 0 else -1
    if not value:
        return None
    pol = "support" if value > 0 else "oppose"
    return flip(pol) if neg else pol


def _denied_part(verb: Token) -> bool:
    """"protects the language, not against anyone, but for everyone": the verb's only "not"
    follows a comma and denies the phrase after it, not the verb."""
    negs = [c for c in verb.children if c.dep_ == "neg"]
    return len(negs) == 1 and negs[0].i > verb.i and verb.doc[negs[0].i - 1].lower_ == "," and (
        any(c.dep_ == "prep" and c.i > negs[0].i for c in verb.children))


def _hollow(verb: Token) -> bool:
    """"had no legal effect", "is of no value": an object or complement with "no" whose head
    is a ``hollow`` noun of ``stance_own.tsv`` (the measure does nothing)."""
    from .own import own_words

    hollow = own_words().hollow
    return any(t.lemma_.lower() in hollow and any(
        c.dep_ == "det" and c.lower_ == NO for c in t.children) for t in verb.subtree)
