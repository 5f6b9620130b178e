"""Reading the events of a document in a test: (type, source name, target name) triples."""

from __future__ import annotations

from stancemap.model import Document

PUB = "2024-03-14"  # a Thursday: the publication date the event tests resolve dates against


def events(doc: Document) -> list[tuple[str, str | None, str | None]]:
    """(type, source name, target name) of every event, in order."""
    names = {a.id: a.name for a in doc.actors}
    return [(e.type, names.get(e.source or ""), names.get(e.target or "")) for e in doc.events]
