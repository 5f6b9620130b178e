"""Refusing to leave one's office: "said he would not resign", '"I will not resign, whoever
wins," she said', "refused to step down".

The subject of a negated leaving verb (``stance_staying.tsv``: "resign", "step down", "stand
aside") with "will"/"would", or of one a refusing verb governs ("refused to resign"), opposes
its own resignation: the proposition is the verb with what follows it ("resign, whoever
wins"), the one that "called on him to resign" backs. A resignation told as done or
announced ("resigned on Wednesday", "will step down in 2028") is an act, no stance; a verb with
an object ("resign his seat") is left to the other rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..actors.tokens import tokens_of
from ..lexicon import word_class_record
from .candidates import Cand
from .context import Reading
from .record import add
from .rules import negated, refused

DATA = Path(__file__).resolve().parent.parent / "data" / "stance_staying.tsv"


@dataclass(frozen=True)
class StayingWords:
    """The word classes of ``stance_staying.tsv`` (its comments say what each one does)."""

    leaving: frozenset[str]
    particle_verbs: frozenset[str]
    particles: frozenset[str]
    futures: frozenset[str]


@lru_cache(maxsize=4)
def staying_words(path: Path = DATA) -> StayingWords:
    """``stance_staying.tsv``, checked on load (``FILE:LINE: problem``)."""
    return word_class_record(StayingWords, path)


def find(r: Reading, cands: list[Cand]) -> None:
    """Each refusal to leave an office: its subject against its own resignation."""
    w = staying_words()
    for verb in tokens_of(r.doc, "VERB", w.leaving):
        if not _refusal(r, verb, w):
            continue
        holders = r.holders(verb)
        if not holders:
            continue
        n = len(cands)
        add(r, cands, holders, "oppose", verb, verb, phrase=(verb.i, verb.right_edge.i + 1))
        start = min([verb.i, *(c.i for c in verb.children if c.dep_ in ("aux", "neg"))])
        for c in cands[n:]:  # the evidence is the refusal: "will not resign, whoever wins"
            c.evidence = (start, verb.right_edge.i + 1)


def _refusal(r: Reading, verb: Token, w: StayingWords) -> bool:
    """A leaving verb (no object; "step"/"stand" with its particle) refused: negated with a
    future auxiliary, or the infinitive of a refusing verb."""
    if any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children):
        return False
    if verb.lemma_.lower() in w.particle_verbs and not any(
            c.dep_ == "prt" and c.lower_ in w.particles for c in verb.children):
        return False
    if refused(r.words, verb):
        return True
    return negated(verb) and any(c.dep_ == "aux" and c.lower_ in w.futures
                                 for c in verb.children)


__all__ = ["StayingWords", "find", "staying_words"]
