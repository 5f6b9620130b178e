"""Event coder: a role phrase with the person's name in apposition ("A Chinese foreign
ministry spokesman, Zhao Wen, praised ...", "A Pentagon spokeswoman, Maj. Ann Lee, called
..."): the named person is the source, not the state or body the role phrase speaks for.

The gold rule (../shared/gold/README.md) is that a ministry or an unnamed spokesperson
speaks for its state; a named one is the person. The actor stage maps the role phrase to
the state or body (its modifier), so the coder looks past it to the appositive name."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from spacy.tokens import Token


def named_person(tok: Token, mapped: str, mmap: Mapping[int, str],
                 actor_by_id: Mapping[str, Any]) -> str | None:
    """The person actor named in apposition to the role noun ``tok``, where ``tok`` itself
    maps to a state or body (``mapped``); None otherwise."""
    if tok.pos_ != "NOUN" or _type(actor_by_id, mapped) in (None, "person"):
        return None
    for c in tok.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i:
            person = mmap.get(c.i)
            if person is not None and person != mapped and _type(actor_by_id, person) == "person":
                return person
    return None


def _type(actor_by_id: Mapping[str, Any], actor_id: str) -> str | None:
    actor = actor_by_id.get(actor_id)
    return None if actor is None else actor.type
