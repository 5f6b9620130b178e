"""Procedural votes (``stance_procedural.tsv``): "voted to admit the censure motion", "voted to
advance the nomination", "voted to open a debate on a motion to censure the minister" are votes
on the text moved a step on, as "voted for the motion" is; "voted to admit it" is on the text
last voted on. Other steps ("voted to hold a referendum") stay acts of their own."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..lexicon import word_class_record
from .context import PRONOUNS

DATA = Path(__file__).resolve().parent.parent / "data" / "stance_procedural.tsv"


@dataclass(frozen=True)
class ProceduralWords:
    """The word classes of ``stance_procedural.tsv`` (its comments say what each one does)."""

    moving: frozenset[str]
    opening: frozenset[str]
    debates: frozenset[str]
    texts: frozenset[str]


@lru_cache(maxsize=4)
def procedural_words(path: Path = DATA) -> ProceduralWords:
    """``stance_procedural.tsv``, checked on load (``FILE:LINE: problem``)."""
    return word_class_record(ProceduralWords, path)


def moved_text(act: Token) -> Token | None:
    """The text a procedural step in a vote's infinitive moves on: "admit the motion" and
    "open a debate on a motion to X" give the motion, "admit it" the pronoun (the text last
    voted on); None where the act is no procedural step on a text."""
    w = procedural_words()
    lemma = act.lemma_.lower()
    obj = next((c for c in act.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    if lemma in w.opening and obj.lemma_.lower() in w.debates:
        # "on" hangs on the debate or, beside it, on the verb
        obj = next((g for c in [*obj.children, *act.children] if c.dep_ == "prep"
                    and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"), None)
    elif lemma not in w.moving:
        return None
    if obj is None:
        return None
    if obj.lower_ in PRONOUNS or obj.lemma_.lower() in w.texts:
        return obj
    return None
