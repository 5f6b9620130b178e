"""Reading the statements of a document in a test."""

from __future__ import annotations

from stancemap.model import Document


def said(doc: Document) -> list[tuple[str | None, str]]:
    """(speaker name, content) of each statement, in text order."""
    by_id = {a.id: a.name for a in doc.actors}
    return [(by_id.get(s.speaker) if s.speaker else None, s.content.text)
            for s in doc.statements]
