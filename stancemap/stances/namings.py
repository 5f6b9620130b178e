"""Judging heads of a naming's complement (``stance_namings.tsv``): "called the levy a tax
on farmers", "called the move a power grab", "called the accord the right model": the head
noun of what the object is called, or an adjective on it, judges the object where VADER
leaves the word unrated or rates it the other way ("a joke")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..lexicon import word_class_record

DATA = Path(__file__).resolve().parent.parent / "data" / "stance_namings.tsv"


@dataclass(frozen=True)
class NamingWords:
    """The word classes of ``stance_namings.tsv`` (its comments say what each one does)."""

    opposing: frozenset[str]
    supporting: frozenset[str]


@lru_cache(maxsize=4)
def naming_words(path: Path = DATA) -> NamingWords:
    """``stance_namings.tsv``, checked on load (``FILE:LINE: problem``)."""
    return word_class_record(NamingWords, path)


def judging_heads(comp: Token) -> tuple[str | None, set[int]]:
    """The polarity the complement's judging head or adjectives pass (None where there are
    none, or they disagree), and the indices of those words. Only the head and its adjectival
    modifiers count: "a tax cut" has "tax" as a compound and is no tax."""
    w = naming_words()
    words = [comp, *(c for c in comp.children if c.dep_ == "amod")] if comp.pos_ in (
        "NOUN", "PROPN") else [comp]
    pols: set[str] = set()
    found: set[int] = set()
    for t in words:
        lemma = t.lemma_.lower()
        if lemma in w.opposing or t.lower_ in w.opposing:
            pols.add("oppose")
            found.add(t.i)
        elif lemma in w.supporting or t.lower_ in w.supporting:
            pols.add("support")
            found.add(t.i)
    return (pols.pop() if len(pols) == 1 else None), found
