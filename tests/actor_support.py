"""Helpers shared by the actor test modules: an actor by name, the names of a document's actors."""

from __future__ import annotations

from stancemap.model import Actor, Document


def by_name(doc: Document, name: str) -> Actor:
    """The first actor called ``name`` (the test fails, listing the names, when there is none)."""
    hits = [a for a in doc.actors if a.name == name]
    assert hits, f"no actor {name!r} in {[a.name for a in doc.actors]}"
    return hits[0]


def names(doc: Document) -> set[str]:
    return {a.name for a in doc.actors}
