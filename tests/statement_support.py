"""Reading the statements of a document in a test."""

from __future__ import annotations

from stancemap.evaluate.polnear import PolnearAttribution
from stancemap.model import Article, Document, Span, Statement


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


class Marked:
    """A test text whose pieces are named by their words: their offsets, a PolNeAR gold
    attribution and an engine statement drawn on them."""

    def __init__(self, text: str) -> None:
        self.text = text

    def frag(self, words: str) -> tuple[int, int]:
        start = self.text.index(words)
        return start, start + len(words)

    def attribution(self, n: int, cue: str, content: str) -> PolnearAttribution:
        return PolnearAttribution(f"E{n}", "Attribution", cue=[self.frag(cue)],
                                  content=[self.frag(content)])

    def statement(self, n: int, cue: str, content: str,
                  speaker: str | None = None) -> Statement:
        return Statement(id=f"s{n}", speaker=speaker, kind="indirect",
                         cue=Span(*self.frag(cue), cue), content=Span(*self.frag(content), content))
