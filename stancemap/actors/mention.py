"""A mention: a stretch of tokens that refers to an actor, before coreference merges
mentions into actors."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Mention:
    """A stretch of tokens that refers to an actor (before coreference merges them)."""

    start: int  # token indices, end exclusive
    end: int
    kind: str  # person | country | org | group
    name: str
    country: str | None = None
    sector: str | None = None
    org_kind: str | None = None
    weak: bool = False  # only a mention if its actor is also named strongly elsewhere
    key: str | None = None  # identity once resolved
    roles: list[str] = field(default_factory=list)
    how: str = "ner"  # which rule found it
