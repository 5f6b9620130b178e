"""Highlighted article text built from record offsets, as displaCy does, escaped piece by piece.

Spans of different layers overlap freely (a stance's evidence covers a statement, which
covers an actor mention), but HTML elements must nest. :func:`nest` splits a span that crosses
the end of an enclosing one into pieces that nest; :func:`render` then writes ``<mark>``
elements around the text, escaping every text piece and attribute value (the text is the
article's, never trusted).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field
from html import escape
from typing import Any

from markupsafe import Markup

# Outer layers first when two spans start and end at the same place.
RANK = {"event": 0, "stance": 1, "statement": 2, "cue": 3, "proposition": 4, "actor": 5}


@dataclass
class Span:
    start: int
    end: int
    kind: str
    attrs: dict[str, Any] = field(default_factory=dict)
    classes: list[str] = field(default_factory=list)
    part: int = 0  # 0 for the first (or only) piece of a span, 1, 2... for the next ones

    def key(self) -> tuple[int, int, int]:
        return (self.start, -self.end, RANK.get(self.kind, 9))


def nest(spans: list[Span], length: int) -> list[Span]:
    """The spans, clipped to the text and split where they cross, in document order: each
    piece lies inside every piece that is open where it starts."""
    heap: list[tuple[tuple[int, int, int], int, Span]] = []
    for i, s in enumerate(spans):
        s = Span(max(0, s.start), min(length, s.end), s.kind, s.attrs, s.classes, s.part)
        if s.start < s.end:
            heap.append((s.key(), i, s))
    heapq.heapify(heap)
    seq = len(spans)
    out: list[Span] = []
    stack: list[Span] = []
    while heap:
        _, _, s = heapq.heappop(heap)
        while stack and stack[-1].end <= s.start:
            stack.pop()
        if stack and s.end > stack[-1].end:
            cut = stack[-1].end
            rest = Span(cut, s.end, s.kind, s.attrs, s.classes, s.part + 1)
            seq += 1
            heapq.heappush(heap, (rest.key(), seq, rest))
            s = Span(s.start, cut, s.kind, s.attrs, s.classes, s.part)
        out.append(s)
        stack.append(s)
    return out


def _open_tag(s: Span) -> str:
    classes = " ".join(["hl", f"hl-{s.kind}", *s.classes] + (["cont"] if s.part else []))
    attrs = [f'class="{escape(classes)}"', f'data-kind="{escape(s.kind)}"',
             f'data-start="{int(s.start)}"', f'data-end="{int(s.end)}"']
    for name, value in s.attrs.items():
        if value is not None and not (name == "id" and s.part):
            attrs.append(f'{escape(name)}="{escape(str(value))}"')
    return "<mark " + " ".join(attrs) + ">"


def render(text: str, spans: list[Span]) -> Markup:
    """The text as HTML with each span a ``<mark class="hl hl-KIND">`` (nested, escaped)."""
    pieces = nest(spans, len(text))
    html: list[str] = []
    pos = 0
    stack: list[Span] = []

    def close_until(limit: int) -> None:
        nonlocal pos
        while stack and stack[-1].end <= limit:
            s = stack.pop()
            html.append(escape(text[pos:s.end]))
            pos = s.end
            html.append("</mark>")

    for s in pieces:
        close_until(s.start)
        html.append(escape(text[pos:s.start]))
        pos = s.start
        html.append(_open_tag(s))
        stack.append(s)
    close_until(len(text))
    html.append(escape(text[pos:]))
    return Markup("".join(html))
