"""Reading the statements of a document in a test."""

from __future__ import annotations

from stancemap.model import Article, Document


def said(doc: Document) -> list[tuple[str | None, str]]:
    """(speaker name, content) of each statement, in text order."""
    by_id = {a.id: a.name for a in doc.actors}
    return [(by_id.get(s.speaker) if s.speaker else None, s.content.text)
            for s in doc.statements]


def speakers_by_content(doc: Document) -> dict[str, list[str | None]]:
    """Each statement's content text with the names of the speakers said to say it."""
    names = {a.id: a.name for a in doc.actors}
    out: dict[str, list[str | None]] = {}
    for s in doc.statements:
        out.setdefault(s.content_text, []).append(names.get(s.speaker))
    return out


def cues(engine, text: str) -> list[str]:
    """The cue words of the statements an engine finds in a text, in text order."""
    doc = engine.analyze(Article(id="t", text=text))
    return [s.cue.text for s in doc.statements if s.cue]
