"""Stances told by reference to another actor's (word classes of ``stance_echoes.tsv``).

An elided predicate repeats the stances of the clause it stands for: "A backed X. So did B.",
"A backed X, as did B and C", "B did the same", "B followed suit", "B did likewise": B holds
what the antecedent clause's subject holds there, with the same polarity (the stances whose
trigger lies in that clause, so "A voted with D. So did B." passes D's position on). Aligning
with a named actor in a vote ("B voted with A") is an agreement
(agreement.py): B takes A's principal position. A passive joining verb ("A voted against X and
was joined by B", "A, joined by B, walked out") lends A's stances in that clause to B. A
negated cue ("did not follow suit") and a cue whose subject is the antecedent's own take
nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Span, Token

from ..actors.tokens import by_agents, sentence_of, tokens_of
from ..ellipsis import elision
from ..lexicon import word_class_record
from . import agreement
from .candidates import Agreement, Cand, decide
from .context import Reading
from .rules import negated

ByKey = dict[tuple[str, int], list[Cand]]
SAME = "same"  # "B did the same"
DATA = Path(__file__).resolve().parent.parent / "data" / "stance_echoes.tsv"


@dataclass(frozen=True)
class EchoWords:
    """The word classes of ``stance_echoes.tsv`` (its comments say what each one does)."""

    adverbs: frozenset[str]
    manner: frozenset[str]
    following: frozenset[str]
    objects: frozenset[str]
    aligning: frozenset[str]
    alongside: frozenset[str]
    joining: frozenset[str]


@lru_cache(maxsize=4)
def echo_words(path: Path = DATA) -> EchoWords:
    """``stance_echoes.tsv``, checked on load (``FILE:LINE: problem``)."""
    return word_class_record(EchoWords, path)


def apply(r: Reading, by_key: ByKey) -> None:
    """Lends the referred stances: alignments first, then elided predicates (so a chain
    "B voted with A. So did C." reaches C)."""
    w = echo_words()
    aligned: list[Agreement] = []
    elided: list[tuple[Token, Token]] = []
    joined: list[tuple[Token, Token]] = []
    doc = r.doc
    # only an aligning verb or a cue of an elided predicate can tell anything
    cues = w.aligning | w.following | w.joining | {"do"}
    for tok in tokens_of(doc, "VERB", cues):
        lemma = tok.lemma_.lower()
        if negated(tok) or _asked(tok):
            continue
        if lemma in w.aligning:
            other = _aligned_with(r, tok)
            if other is not None:
                holders = [h for h in r.holders(tok) if h != other]
                if holders:
                    aligned.append(Agreement(holders, other, "same", tok.i))
            continue
        if lemma in w.joining:
            ante = _joined(tok)
            if ante is not None:
                joined.append((tok, ante))
            continue
        ante = _antecedent(r, tok)
        if ante is not None:
            elided.append((tok, ante))
    if aligned:
        agreement.apply(r, aligned, by_key)
    for tok, ante in elided:
        _lend(r, tok, ante, by_key)
    for tok, ante in joined:
        _lend(r, tok, ante, by_key, [a for g in by_agents(tok) for a in r.actors_in(g)])


def _asked(tok: Token) -> bool:
    """"urged B to do the same", "asked others to stand with A": a request, no one's stance."""
    return tok.dep_ == "xcomp" or tok.tag_ == "VBG" or any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)


def _aligned_with(r: Reading, tok: Token) -> str | None:
    """"voted with the Patriots", "stands (fully) with the UAE": the actor aligned with."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in echo_words().alongside:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            found = r.actors_in(obj)
            if found:
                return found[0]
    return None


def _antecedent(r: Reading, tok: Token) -> Token | None:
    """The verb of the clause an elided predicate repeats, None if ``tok`` elides none."""
    w = echo_words()
    lemma = tok.lemma_.lower()
    kids = list(tok.children)
    if lemma == "do":
        cue = elision(tok, w.adverbs, _repeats_predicate)  # "So did B", "B did the same"
        if cue is None:
            return None
        if cue.hung_on is not None:
            return cue.hung_on  # "A backed X, as did B"
    elif not (lemma in w.following and any(
            c.dep_ == "dobj" and c.lemma_.lower() in w.objects for c in kids)):
        return None  # "B followed suit"
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB":
        return tok.head  # "A backed X and B did the same"
    sent = sentence_of(r.doc, tok.i)
    if sent.start == 0:
        return None
    return sentence_of(r.doc, sent.start - 1).root


def _joined(tok: Token) -> Token | None:
    """The verb whose subject a passive joining verb's agents join: the verb it is coordinated
    with ("A voted against X and was joined by B") or, for a participle on the subject, the
    subject's verb ("A, joined by B, walked out"); None without an agent."""
    if not by_agents(tok):
        return None
    if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and any(
            c.dep_ == "auxpass" for c in tok.children):
        return tok.head
    if tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.dep_ == "nsubj" and (
            tok.head.head.pos_ == "VERB"):
        return tok.head.head
    return None


def _repeats_predicate(verb: Token, child: Token) -> bool:
    """"B did likewise" (an adverb of ``manner`` after the verb), "B did the same"."""
    return (child.dep_ == "advmod" and child.lower_ in echo_words().manner and child.i > verb.i
            ) or (child.dep_ == "dobj" and child.lower_ == SAME)


def _lend(r: Reading, tok: Token, ante: Token, by_key: ByKey,
          joiners: list[str] | None = None) -> None:
    """The cue's subject (or ``joiners``) takes the stances the antecedent's subject holds in
    its clause."""
    givers = r.holders(ante)
    takers = [h for h in (r.holders(tok) if joiners is None else joiners) if h not in givers]
    if not givers or not takers:
        return
    clause = _clause(ante)
    sent = sentence_of(r.doc, tok.i)
    lent: dict[int, list[Cand]] = {}
    for (h, k), cs in list(by_key.items()):
        if h not in givers:
            continue
        here = [c for c in cs if clause.start <= c.trigger < clause.end]
        if here:
            lent.setdefault(k, []).extend(here)
    for k, cs in lent.items():
        pol = decide(cs)
        for h in takers:
            if (h, k) in by_key:
                continue  # the holder's own words come first
            by_key[(h, k)] = [Cand([h], pol, None, None, tok.i, prop=k,
                                   evidence=(sent.start, sent.end))]


def _clause(verb: Token) -> Span:
    """The antecedent's words: its sentence when it is the root, else its own subtree."""
    if verb.dep_ == "ROOT":
        return verb.sent
    return verb.doc[verb.left_edge.i:verb.right_edge.i + 1]
