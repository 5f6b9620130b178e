"""Presenting a text: "the opposition filed a no-confidence motion", "The spill motion, moved
by X, failed", "The motion was filed by X", "X submitted an amendment to cap rents".

Whoever files, submits, moves, lodges or sponsors a motion, bill, amendment or resolution
(``stance_presented.tsv``) backs it: the text is the proposition, as "tabled a motion" is for
the stance verb "table". The verb is read only with such a text ("moved troops", "filed a
report" take no side), as its object, its passive subject or the noun a participle qualifies
("the motion, moved by X"); a negated verb ("did not file the motion") states nothing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..actors.tokens import by_agents, tokens_of
from ..lexicon import word_class_record
from .candidates import Cand
from .context import Reading
from .record import add
from .rules import negated

# a second participle the parse hangs on the first ("drafted by X and co-sponsored by Y": the
# hyphen splits "co-sponsored", and the parse takes "sponsored" for a conjunct, a predicate or
# a complement of "drafted")
COORDINATED = ("conj", "oprd", "xcomp")
DATA = Path(__file__).resolve().parent.parent / "data" / "stance_presented.tsv"


@dataclass(frozen=True)
class PresentedWords:
    """The word classes of ``stance_presented.tsv`` (its comments say what each one does)."""

    verbs: frozenset[str]
    texts: frozenset[str]


@lru_cache(maxsize=4)
def presented_words(path: Path = DATA) -> PresentedWords:
    """``stance_presented.tsv``, checked on load (``FILE:LINE: problem``)."""
    return word_class_record(PresentedWords, path)


def find(r: Reading, cands: list[Cand]) -> None:
    """The presenter's support for each text a presenting verb brings."""
    w = presented_words()
    for text in tokens_of(r.doc, "NOUN", w.texts):
        for verb, holders, on_text in _presenters(r, text, w):
            if not holders or negated(verb):
                continue
            if on_text:  # "the motion, moved by X": the noun and its modifiers
                add(r, cands, holders, "support", text, verb,
                    phrase=(text.left_edge.i, text.i + 1))
            else:
                add(r, cands, holders, "support", text, verb)


def _presenters(r: Reading, text: Token, w: PresentedWords,
                ) -> list[tuple[Token, list[str], bool]]:
    """The presenting verbs of ``text``, who presents it and whether the verb is a participle
    on the text: the verb's subject for an object
    ("filed a motion"), its agent for a passive subject ("was filed by X") or a participle
    on the text ("the motion, moved by X"; also one coordinated with another participle:
    "the resolution, drafted by X and co-sponsored by Y and Z")."""
    head = text.head
    if text.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in w.verbs:
        return [(head, r.holders(head), False)]
    if text.dep_ == "nsubjpass" and head.pos_ == "VERB" and head.lemma_.lower() in w.verbs:
        return [(head, [a for g in by_agents(head) for a in r.actors_in(g)], False)]
    out = []
    for c in text.children:
        if c.dep_ != "acl" or c.pos_ != "VERB":
            continue
        for v in [c, *(x for x in c.children if x.dep_ in COORDINATED and x.tag_ == "VBN")]:
            if v.lemma_.lower() in w.verbs:
                out.append((v, [a for g in _by_phrase(v) for a in r.actors_in(g)], True))
    return out


def _by_phrase(verb: Token) -> list[Token]:
    """The nouns of a participle's by-phrase: its agent, or a "by" the parse left a plain
    preposition ("sponsored by 40 states")."""
    return by_agents(verb) or [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "by"
                               for g in c.children if g.dep_ == "pobj"]


__all__ = ["PresentedWords", "find", "presented_words"]
