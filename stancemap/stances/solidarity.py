"""Backing told with no object (``stance_solidarity.tsv``): "Lithuania and Estonia expressed
solidarity", "France and Spain offered support", "Australia and Britain issued statements of
support" back the main question of the story so far (the first proposition debated, as a bare
rally's "*" is). Backing that names what it backs ("support for X", "solidarity with Y") is
left to the other rules."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..actors.tokens import table
from ..lexicon import word_class_record
from .candidates import Cand
from .context import Reading
from .record import add
from .rules import negated

DATA = Path(__file__).resolve().parent.parent / "data" / "stance_solidarity.tsv"
OBJECT = "dobj"
CARRIED = ("pobj", "of")  # the noun's dependency and its preposition on a carrier noun
SUPPORT = "support"
MAIN_QUESTION = "*"  # the anaphor of the story's main question (``Merger._antecedent``)


@dataclass(frozen=True)
class SolidarityWords:
    """The word classes of ``stance_solidarity.tsv`` (its comments say what each one does)."""

    nouns: frozenset[str]
    verbs: frozenset[str]
    carriers: frozenset[str]
    naming: frozenset[str]


@lru_cache(maxsize=4)
def solidarity_words(path: Path = DATA) -> SolidarityWords:
    """``stance_solidarity.tsv``, checked on load (``FILE:LINE: problem``)."""
    return word_class_record(SolidarityWords, path)


def find(r: Reading, cands: list[Cand]) -> None:
    """The main question's backing from a noun of backing that names nothing it backs."""
    w = solidarity_words()
    doc = r.doc
    tab = table(doc)
    for i, (pos, lemma) in enumerate(zip(tab.pos, tab.lemma, strict=True)):
        if pos != "NOUN" or lemma not in w.nouns:
            continue
        tok = doc[i]
        if any(c.dep_ == "prep" and c.lower_ in w.naming for c in tok.children):
            continue  # "support for X", "solidarity with Y": named, read elsewhere
        verb = _telling_verb(tok, w)
        if verb is None or negated(verb) or _asked(verb):
            continue
        if any(c.trigger == verb.i for c in cands):
            continue  # the verb's own stance was read
        holders = r.holders(verb)
        if holders:
            add(r, cands, holders, SUPPORT, None, verb, anaphor=MAIN_QUESTION)


def _telling_verb(tok: Token, w: SolidarityWords) -> Token | None:
    """The verb that tells the backing: "expressed solidarity" (its object) or "issued
    statements of support" (the object it is carried by); None otherwise."""
    head = tok.head
    if tok.dep_ == OBJECT:
        return head if head.pos_ == "VERB" and head.lemma_.lower() in w.verbs else None
    if tok.dep_ == CARRIED[0] and head.lower_ == CARRIED[1]:
        carrier = head.head
        if carrier.dep_ == OBJECT and carrier.lemma_.lower() in w.carriers:
            verb = carrier.head
            if verb.pos_ == "VERB" and verb.lemma_.lower() in w.verbs:
                return verb
    return None


def _asked(verb: Token) -> bool:
    """"urged allies to offer support": a request, no one's backing."""
    return verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ == "to"
                                       for c in verb.children)
