"""Holding back from a step (``stance_holdbacks.tsv``): "stopped short of endorsing X",
"stopped short of calling it sabotage" are neutral on X (a stance verb's object or a naming's
complement). An actor object ("stopped short of criticising Egypt"), a step of no stance
verb ("stopped short of setting a date") and "either/any" objects name no proposition.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..actors.tokens import tokens_of
from ..lexicon import word_class_record
from .candidates import Cand
from .context import PRONOUNS, Reading
from .nouns import naming_verbs
from .record import add
from .rules import negated

DATA = Path(__file__).resolve().parent.parent / "data" / "stance_holdbacks.tsv"
POLAR = ("support", "oppose")
DISTRIBUTIVE = ("either", "any", "every", "each")


@dataclass(frozen=True)
class HoldbackWords:
    """The word classes of ``stance_holdbacks.tsv`` (its comments say what each one does)."""

    verbs: frozenset[str]
    adverbs: frozenset[str]


@lru_cache(maxsize=4)
def holdback_words(path: Path = DATA) -> HoldbackWords:
    """``stance_holdbacks.tsv``, checked on load (``FILE:LINE: problem``)."""
    return word_class_record(HoldbackWords, path)


def find(r: Reading, cands: list[Cand]) -> None:
    """Neutral stances of those who held back."""
    w = holdback_words()
    doc = r.doc
    for tok in tokens_of(doc, "VERB", w.verbs):
        if negated(tok):
            continue
        short = next((a for a in tok.children if a.dep_ == "advmod" and a.lower_ in w.adverbs),
                     None)
        if short is None:
            continue
        # "of" on the adverb, or on the verb right after it (the parse does both)
        step = next((g for p in [*short.children, *tok.children]
                     if p.dep_ == "prep" and p.lower_ == "of" and p.i == short.i + 1
                     for g in p.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None)
        if step is None:
            continue
        target = _target(r, step)
        holders = r.holders(tok)
        if target is not None and holders:
            n = len(cands)
            add(r, cands, holders, "neutral", target, step)
            for c in cands[n:]:
                c.polarity = "neutral"  # a condition or hedge of the clause does not apply


def _target(r: Reading, step: Token) -> Token | None:
    """What the step held back from is about: its object ("endorsing the referral"), the
    complement of a naming ("calling it sabotage"), or a preposition's object ("committing to
    bans of its own"); None for an actor ("criticising Egypt")."""
    kids = list(step.children)
    comp = next((c for c in kids if c.dep_ == "oprd"), None)
    obj = next((c for c in kids if c.dep_ == "dobj"), None)
    lemma = step.lemma_.lower()
    if comp is not None and lemma in naming_verbs() and (
            obj is None or obj.lower_ in PRONOUNS or obj.i in r.mmap):
        obj = comp  # "calling it sabotage": the name is the claim held back
    elif lemma not in r.lex.verbs or r.lex.verbs[lemma][0] not in POLAR:
        return None  # "stopped short of setting a date": a step of no stance of its own
    if obj is None or obj.pos_ not in ("NOUN", "PROPN") or obj.i in r.mmap or r.actors_in(obj):
        return None
    if any(c.dep_ in ("det", "poss") and c.lower_ in DISTRIBUTIVE
           for t in (obj, *obj.children) for c in t.children):
        return None  # "endorsing either rival's approach": each one, named elsewhere
    return obj
