"""Steering a measure through a body (``stance_steering.tsv``): "the governing party rammed
the levy through the lower house", "the senator who guided the bill through committee":
the doer supports what it carried through."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..actors.tokens import tokens_of
from ..lexicon import word_class_record
from .candidates import Cand, flip
from .context import PRONOUNS, Reading
from .record import add
from .rules import negated

DATA = Path(__file__).resolve().parent.parent / "data" / "stance_steering.tsv"


@dataclass(frozen=True)
class SteeringWords:
    """The word classes of ``stance_steering.tsv`` (its comments say what each one does)."""

    verbs: frozenset[str]
    preps: frozenset[str]


@lru_cache(maxsize=4)
def steering_words(path: Path = DATA) -> SteeringWords:
    """``stance_steering.tsv``, checked on load (``FILE:LINE: problem``)."""
    return word_class_record(SteeringWords, path)


def find(r: Reading, cands: list[Cand]) -> None:
    """Support of each doer for the measure it steered through a body."""
    w = steering_words()
    doc = r.doc
    for tok in tokens_of(doc, "VERB", w.verbs):
        kids = list(tok.children)
        if not any(c.dep_ in ("prep", "prt") and c.lower_ in w.preps for c in kids):
            continue
        obj = next((c for c in kids if c.dep_ == "dobj"), None)
        if obj is None or obj.i in r.mmap or r.actors_in(obj):
            continue  # "pushed the minister through ...": no measure
        holders = r.holders(tok)
        if not holders:
            continue
        pol = flip("support") if negated(tok) else "support"
        if obj.lower_ in PRONOUNS:
            add(r, cands, holders, pol, None, tok, anaphor="")
        else:
            add(r, cands, holders, pol, obj, tok)
