"""Event coder: a counted part of a body as the body's agent. "Most of X voted for it", "as
did a majority of X", "joined by the bulk of X" tell X's act (``majority_parts``); "joined by
a handful of X" tells the act of a few of its members, not of X (``minority_parts``)."""

from __future__ import annotations

from spacy.tokens import Token

from .parse import _child
from .vocab import MAJORITY_PARTS, MINORITY_PARTS


def _part_of(tok: Token) -> Token | None:
    """The body a counted part names ("most [of X]"), else None."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return _child(of, "pobj") if of is not None else None


def majority_of(tok: Token) -> Token | None:
    """The body whose larger part ``tok`` names ("most of the Greens", "a majority of
    Labour MPs", "the bulk of the party"), else None. Not "most of them" (no body named)
    nor a superlative ("the most of ...")."""
    if tok.lower_ not in MAJORITY_PARTS or tok.dep_ not in ("nsubj", "pobj", "conj"):
        return None
    if tok.lower_ == "most" and any(c.dep_ == "det" for c in tok.children):
        return None  # ("the most of its chances")
    return _part_of(tok)


def minority_part(tok: Token) -> bool:
    """``tok`` names a small part of a body ("a handful of Social Democrats", "a few of its
    members"): what the part does is not the body's act."""
    return tok.lower_ in MINORITY_PARTS and _part_of(tok) is not None
