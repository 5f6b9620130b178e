"""Overriding a veto (``stance_overrides.tsv``): "Republicans overrode the governor's veto of
the map" backs the map; "overrode the veto" and a bare "the House voted to override" back
what was vetoed, the latest thing voted on (as a bare "voted for" does). "failed to override"
tells an outcome, no stance."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..actors.tokens import table
from ..lexicon import word_class_record
from .candidates import Cand, flip
from .context import Reading
from .record import add
from .rules import negated

DATA = Path(__file__).resolve().parent.parent / "data" / "stance_overrides.tsv"


@dataclass(frozen=True)
class OverrideWords:
    """The word classes of ``stance_overrides.tsv`` (its comments say what each one does)."""

    overriding: frozenset[str]
    veto_nouns: frozenset[str]
    failing: frozenset[str]


@lru_cache(maxsize=4)
def override_words(path: Path = DATA) -> OverrideWords:
    """``stance_overrides.tsv``, checked on load (``FILE:LINE: problem``)."""
    return word_class_record(OverrideWords, path)


def find(r: Reading, cands: list[Cand]) -> None:
    """Support for what a veto was on, from those who override it."""
    w = override_words()
    doc = r.doc
    tab = table(doc)
    for i, (pos, lemma) in enumerate(zip(tab.pos, tab.lemma, strict=True)):
        if lemma not in w.overriding and tab.lower[i] not in w.overriding:
            continue  # from the per-Doc table: no Token made for the other words
        tok = doc[i]
        if pos != "VERB" and not (tok.dep_ == "ROOT" and any(
                c.dep_ == "dobj" for c in tok.children)):
            continue  # "the override": a noun (a tagged verb, or a root with an object)
        if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in w.failing:
            continue  # "failed to override the veto": an outcome
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lemma_.lower() not in w.veto_nouns:
            continue  # "overruled the objection": no veto
        holders = r.holders(tok)
        if not holders:
            continue
        pol = flip("support") if negated(tok) else "support"
        vetoed = _vetoed(r, obj) if obj is not None else None
        n = len(cands)
        if vetoed is not None:
            add(r, cands, holders, pol, vetoed, tok)
        else:
            add(r, cands, holders, pol, None, tok, anaphor="")
            for c in cands[n:]:
                c.vote = True  # what was vetoed is what was last voted on


def _vetoed(r: Reading, veto: Token) -> Token | None:
    """"the governor's veto of the map": the map (not an actor)."""
    obj = next((g for c in veto.children if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"), None)
    if obj is None or obj.i in r.mmap or r.actors_in(obj):
        return None
    return obj
