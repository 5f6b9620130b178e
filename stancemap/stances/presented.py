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
        verb, holders = _presenter(r, text, w)
        if verb is None or not holders or negated(verb):
            continue
        if verb.head.i == text.i:  # "the motion, moved by X": the noun and its modifiers
            add(r, cands, holders, "support", text, verb, phrase=(text.left_edge.i, text.i + 1))
        else:
            add(r, cands, holders, "support", text, verb)


def _presenter(r: Reading, text: Token, w: PresentedWords) -> tuple[Token | None, list[str]]:
    """The presenting verb of ``text`` and who presents it: the verb's subject for an object
    ("filed a motion"), its agent for a passive subject ("was filed by X") or a participle
    on the text ("the motion, moved by X")."""
    head = text.head
    if text.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in w.verbs:
        return head, r.holders(head)
    if text.dep_ == "nsubjpass" and head.pos_ == "VERB" and head.lemma_.lower() in w.verbs:
        return head, [a for g in by_agents(head) for a in r.actors_in(g)]
    for c in text.children:
        if c.dep_ == "acl" and c.pos_ == "VERB" and c.lemma_.lower() in w.verbs:
            return c, [a for g in by_agents(c) for a in r.actors_in(g)]
    return None, []


__all__ = ["PresentedWords", "find", "presented_words"]
