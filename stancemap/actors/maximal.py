"""Output mentions of actors named by a common noun run over their whole noun phrase.

The stages find and use the core of such a mention ("officials", "family", "a doctor"); the
mention the output gives is the noun phrase the text uses for the actor, as coreference
annotation draws it (the maximal span): its determiner or possessor and its modifiers before
the noun, and its prepositional phrases after it ("officials in three Asian capitals", "His
family", "The Danish nurse's family", "a doctor there"), never an apposition, a coordinated
phrase or a relative clause set off by a comma (one set off by none says which one the noun
means and is kept: "the judge who issued the warrant"). Names keep their own span ("Amnesty
International"), and so do the descriptions of an actor the text names ("a federal judge"
of Helen Marsh).
An organisation's name keeps the article before it ("the Senate", "the Constitutional
Court"; not an acronym: "the OECD" stays "OECD", as annotators write it), and a party's name
after its place in politics the words of that place ("the opposition NCP Tumaini", "The main
opposition Social Democratic Party": ``party_positions``). Run once, after every stage, so no
rule reads the longer spans.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..model import Actor
from ..model import Span as TextSpan
from .tokens import doc_text
from .words import WORDS

#: the dependents of the head noun the noun phrase leaves out
LEFT_OUT = frozenset(WORDS["np_left_out"])
#: the dependents after the noun it keeps
KEPT_AFTER = frozenset(WORDS["np_kept_after"])
QUOTES = frozenset('"“”‘’')
PARTY_POSITIONS = frozenset(WORDS["party_positions"])
MAX_TOKENS = 16
#: the words that open a relative clause ("who", "that", "which", "whose")
RELATIVE_TAGS = frozenset({"WP", "WDT", "WP$"})
#: the nouns after a possessive that make a mention its office ("The Ombudsman's office")
OFFICE_NOUNS = frozenset(WORDS["office_nouns"])
#: the prepositions of a title's portfolio or seat ("minister for X", "head of X")
TITLE_PREPS = frozenset({"for", "of"})
#: words for a person, never a portfolio's
PERSON_WORDS = frozenset(WORDS["head_roles"])


def _phrase(root: Token, one: bool = False) -> tuple[int, int] | None:
    """The token range of the noun phrase headed by ``root``; None where it is not one
    stretch of text. ``one``: the phrase names one person, so a bare common noun the parser
    coordinated with its head after its "for" or "of" phrase ends that phrase
    (``_portfolio_tail``: "minister for climate crisis [and civil protection]")."""
    toks = {root.i}
    tail = _portfolio_tail(root) if one else set()
    for c in root.children:
        if c.i in tail:
            toks.update(_kept(c))
            continue
        if (c.dep_ in LEFT_OUT or (c.i > root.i and c.dep_ not in KEPT_AFTER)) and not (
                _restrictive(c)):
            continue
        toks.update(_kept(c))
    lo, hi = min(toks), max(toks) + 1
    if hi - lo != len(toks) or hi - lo > MAX_TOKENS:
        return None
    doc = root.doc
    if any(doc[i].text in QUOTES or doc[i].is_sent_start and i > lo for i in range(lo, hi)):
        return None
    while lo < hi and doc[lo].is_punct:
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].dep_ == "cc"):
        hi -= 1  # nor in an "and" whose conjunct the parser hung elsewhere
    return lo, hi


def _portfolio_tail(root: Token) -> set[int]:
    """The "and" and the conjunct of a person's title that the parser hung on the title's head
    but that end its "for" or "of" phrase ("Greece's minister for climate crisis and civil
    protection"): the conjunct a singular common noun after that phrase with no determiner or
    possessive of its own and no word for a person ("the minister for trade and her deputy"
    are two people); the empty set for any other."""
    kids = list(root.children)
    preps = [c for c in kids if c.dep_ == "prep" and c.i > root.i and c.lower_ in TITLE_PREPS]
    conj = next((c for c in kids if c.dep_ == "conj" and c.i > root.i), None)
    cc = next((c for c in kids if c.dep_ == "cc" and c.i > root.i), None)
    if not preps or conj is None or cc is None or not preps[0].i < cc.i < conj.i or (
            cc.lower_ != "and") or conj.tag_ != "NN" or conj.lower_ in PERSON_WORDS or any(
            c.dep_ in ("det", "poss", "prep", "relcl", "acl", "appos") for c in conj.children):
        return set()
    if root.doc[cc.i - 1].text == "," or conj.right_edge.i + 1 < len(root.doc) and (
            root.doc[conj.right_edge.i + 1].dep_ == "cc"):
        return set()
    return {cc.i, conj.i}


def _kept(t: Token) -> set[int]:
    """The tokens of a kept dependent's subtree, less a clause or apposition set off by a
    comma inside it ("of the Extremadura region[, where the plant employs ...]"), with the
    comma and what follows it up to the clause's end: the noun phrase stops at the comma."""
    out, cut = {t.i}, len(t.doc)
    for c in t.children:
        if c.i > t.i and c.dep_ in LEFT_OUT and c.dep_ not in ("punct", "cc", "conj") and (
                not _restrictive(c)) and c.left_edge.i > 0 and (
                c.doc[c.left_edge.i - 1].text == ","):
            cut = min(cut, c.left_edge.i - 1)
            continue
        out |= _kept(c)
    return {i for i in out if i < cut}


def _restrictive(c: Token) -> bool:
    """A relative clause that says which one the noun means, set off by no comma ("the
    judge who issued the warrant", "platforms that fail to check ages"): part of the noun
    phrase, as annotators draw it ("the judge, who ..." is not)."""
    return c.dep_ == "relcl" and c.i > c.head.i and c.left_edge.i > 0 and (
        c.doc[c.left_edge.i - 1].text != ",") and c.left_edge.tag_ in RELATIVE_TAGS


def maximal_mentions(doc: Doc, actors: list[Actor]) -> None:
    """Extends, in place, each mention of a group, person or organisation actor the text
    never names whose head is a common noun ("the health authority in Pisa", as gold
    aliases write an unnamed body) to its noun phrase, where that crosses no other actor's
    mention; an organisation's not over coordinated words before it ("Indian and Pakistani
    troops" are two bodies)."""
    spans = [(m.start, m.end) for a in actors for m in a.mentions]
    text = doc_text(doc)
    for actor in actors:
        if actor.type == "organization":
            actor.mentions = [_positioned(doc, m, text) for m in actor.mentions]
        if actor.type in ("person", "organization"):
            actor.mentions = [_office_of(doc, m, text, spans) for m in actor.mentions]
        if actor.type not in ("group", "person", "organization"):
            continue
        found = [doc.char_span(m.start, m.end, alignment_mode="expand") for m in actor.mentions]
        if any(span is not None and len(span) and span.root.pos_ == "PROPN" for span in found):
            continue  # a named actor: its descriptions are read as they are
        out: list[TextSpan] = []
        for m, span in zip(actor.mentions, found, strict=True):
            new = m
            if span is not None and len(span) and span.root.pos_ == "NOUN":
                rng = _phrase(span.root, actor.type == "person")
                if rng is not None and rng[0] <= span.start and rng[1] >= span.end:
                    start, end = doc[rng[0]].idx, doc[rng[1] - 1].idx + len(doc[rng[1] - 1])
                    if actor.type == "organization" and any(doc[k].dep_ in (
                            "cc", "conj") for k in range(rng[0], span.start)):
                        start = m.start  # "Indian and [Pakistani troops]" are two bodies
                    if (start, end) != (m.start, m.end) and not any(
                            s < start < e < end or start < s < end < e for s, e in spans):
                        new = TextSpan(start, end, text[start:end])
            if all((new.start, new.end) != (o.start, o.end) for o in out):
                out.append(new)
        actor.mentions = sorted(out, key=lambda s: (s.start, s.end))


def _positioned(doc: Doc, m: TextSpan, text: str) -> TextSpan:
    """An organisation's name with the article before it ("the Senate", "the Constitutional
    Court", not an acronym's: "the OECD" stays "OECD"), a party's after its place with those
    words too ("the opposition", "The main opposition", "the ruling"); any other mention as
    it is."""
    span = doc.char_span(m.start, m.end)
    if span is None or span.start < 1:
        return m
    pos = doc[span.start - 1]
    if pos.lower_ == "the" and span[0].lower_ != "the" and sum(
            c.isupper() for c in span[0].text) < 2:  # "the OECD", "the AfD": acronyms
        return TextSpan(pos.idx, m.end, text[pos.idx:m.end])
    if span.start < 2 or pos.text not in PARTY_POSITIONS:
        return m
    det = doc[span.start - 2]
    if det.pos_ == "ADJ" and span.start >= 3 and doc[span.start - 3].pos_ == "DET":
        det = doc[span.start - 3]  # "the main opposition"
    if det.pos_ != "DET" or det.sent != span.sent:
        return m
    return TextSpan(det.idx, m.end, text[det.idx:m.end])


def _office_of(doc: Doc, m: TextSpan, text: str, spans: list[tuple[int, int]]) -> TextSpan:
    """A name followed by a possessive and an office noun ("The Ombudsman['s office]
    said") with those words, as annotators draw the mention of a body or office-holder
    speaking through its office; any other mention as it is."""
    span = doc.char_span(m.start, m.end)
    if span is None or span.end + 1 >= len(doc):
        return m
    if span.root.pos_ != "PROPN":
        return m  # "the prime minister's office" is read where office-holders are found
    pos, noun = doc[span.end], doc[span.end + 1]
    if pos.tag_ != "POS" or noun.lower_ not in OFFICE_NOUNS or span.root.head.i != noun.i:
        return m
    end = noun.idx + len(noun)
    if any(m.end < s < end or m.end < e <= end for s, e in spans):
        return m
    return TextSpan(m.start, end, text[m.start:end])
