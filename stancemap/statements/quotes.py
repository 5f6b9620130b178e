"""Quotation regions: the detector of quotation marks the statement rules use.

Marks of every style are paired per paragraph; a quotation open at a paragraph's end goes on
when the next paragraph opens with a double mark of its style. Three simpler tests remain
elsewhere and are not this one: the actors' ``table(doc).quoted`` (an odd number of double
marks before a token in its sentence), the stances' ``Reading.quoted`` (the same, counted from
the paragraph start) and the events' ``“...”``/``"..."`` regex. On 105 reference
documents the first two disagree with :func:`find_quotes` on 5,985 and 535 of 78,313 words,
so making them call it would change the actor and stance output; they are left for a change
that is meant to move the figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE_OPEN = {"“": "”", "„": "“", "«": "»", "»": "«", "”": "”", '"': '"', "``": "''",
                "''": "''", "〝": "〞", "「": "」", "『": "』"}
_SINGLE_OPEN = {"‘": "’", "'": "'", "‚": "‘", "‹": "›", "›": "‹"}
_CLOSERS_DOUBLE = set("”“\"»«〞」』") | {"''"}
_CLOSERS_SINGLE = set("’'‘›‹")
_OPEN_BEFORE = set(" \t\n\r([{<—–-/\u00a0") | set("“‘«„‚")
QUOTE_CHARS = set("\"“”„«»‘’‚‹›'`〝〞「」『』")
_QUOTE_CHAR = re.compile("[" + re.escape("".join(sorted(QUOTE_CHARS))) + "]")


@dataclass
class Quote:
    """A top-level quotation: marks at ``open`` and ``close - len(mark)``; inner text is
    ``text[start:end]``. ``closed`` is False when the text never closed it (it then ends
    with its last paragraph)."""

    open: int
    start: int
    end: int
    close: int
    closed: bool = True
    paragraphs: int = 1


def mark_at(text: str, i: int) -> str:
    c = text[i]
    if c in "'`" and i + 1 < len(text) and text[i + 1] == c:
        return c + c
    return c


def _opens(text: str, i: int, mark: str) -> bool:
    """Could the mark at ``i`` open a quotation (preceded by space or start, word after)?"""
    before = text[i - 1] if i > 0 else " "
    j = i + len(mark)
    after = text[j] if j < len(text) else " "
    return (before in _OPEN_BEFORE or i == 0) and not after.isspace()


def _closes(text: str, i: int, mark: str) -> bool:
    """Could the mark at ``i`` close a quotation (not followed by a letter)?"""
    j = i + len(mark)
    after = text[j] if j < len(text) else " "
    before = text[i - 1] if i > 0 else " "
    return not before.isspace() or after.isspace() or not after.isalnum()


def find_quotes(text: str) -> list[Quote]:
    """Top-level quotations in ``text``, in order; never raises on unbalanced marks."""
    scan = _Scan(text)
    for m in re.finditer(r"[^\n]+", text):
        scan.paragraph(m.start(), m.end())
    scan.flush()
    scan.quotes.sort(key=lambda q: q.open)
    return scan.quotes


class _Scan:
    """Pairs quotation marks paragraph by paragraph. ``pending``: a double quotation open at
    the end of the previous paragraph, which ended at ``pos``."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.quotes: list[Quote] = []
        self.pending: Quote | None = None
        self.pos = 0

    def paragraph(self, ps: int, pe: int) -> None:
        text = self.text
        i = ps
        while i < pe and text[i].isspace():
            i += 1
        cur: Quote | None = None
        inside: str | None = None  # the closing marks family: "d" or "s"
        if self.pending is not None:
            cur, inside, i = self._go_on(i, pe)
        while i < pe:
            found = _QUOTE_CHAR.search(text, i, pe)
            if found is None:
                break
            i = found.start()
            mark = mark_at(text, i)
            cur, inside = self._mark(cur, inside, i, pe, mark)
            i += len(mark)
        if cur is not None and inside == "d":
            self.pending, self.pos = cur, pe
        # an unclosed single quote is an apostrophe after all: forget it

    def _go_on(self, i: int, pe: int) -> tuple[Quote | None, str | None, int]:
        """The pending quotation goes on when this paragraph opens with a double mark of its
        style (and no transcript label); otherwise it ends with the previous paragraph."""
        text, pending = self.text, self.pending
        assert pending is not None
        self.pending = None
        mark = mark_at(text, i) if i < pe else ""
        if mark and mark in DOUBLE_OPEN and _same_style(mark, mark_at(text, pending.open)) and (
                not label_at(text, i + len(mark), pe)):
            pending.paragraphs += 1
            return pending, "d", i + len(mark)
        _finish(pending, text, self.pos)
        self.quotes.append(pending)
        return None, None, i

    def _mark(self, cur: Quote | None, inside: str | None, i: int, pe: int, mark: str
              ) -> tuple[Quote | None, str | None]:
        """The open quotation and its family after the mark at ``i``."""
        text = self.text
        if inside is None:
            if mark in DOUBLE_OPEN and _opens(text, i, mark):
                return Quote(open=i, start=i + len(mark), end=i + len(mark),
                             close=i + len(mark)), "d"
            if mark in _SINGLE_OPEN and _opens(text, i, mark) and _single_closes_later(
                    text, i + 1, pe):
                return Quote(open=i, start=i + 1, end=i + 1, close=i + 1), "s"
        elif inside == "d":
            if (mark in _CLOSERS_DOUBLE or mark == "”") and _closes(text, i, mark):
                assert cur is not None
                self._close(cur, i, i + len(mark))
                return None, None
        elif inside == "s":
            if mark in _CLOSERS_SINGLE and _closes(text, i, mark) and (
                    i + 1 >= len(text) or not text[i + 1].isalnum()):
                assert cur is not None
                self._close(cur, i, i + 1)
                return None, None
        return cur, inside

    def _close(self, cur: Quote, end: int, close: int) -> None:
        cur.end, cur.close = end, close
        if cur.end > cur.start and self.text[cur.start:cur.end].strip():
            self.quotes.append(cur)

    def flush(self) -> None:
        """The text ends: a quotation still open ends with the last paragraph."""
        if self.pending is not None:
            _finish(self.pending, self.text, self.pos)
            self.quotes.append(self.pending)


def _same_style(a: str, b: str) -> bool:
    """Do two opening marks belong to the same style (a quotation goes on only in its own)?"""
    straight = {'"', "''", "``"}
    return (a in straight) == (b in straight)


def _finish(q: Quote, text: str, end: int) -> None:
    """Close an unbalanced quotation at ``end`` (end of its last paragraph)."""
    while end > q.start and text[end - 1].isspace():
        end -= 1
    q.end = q.close = end
    q.closed = False


def _single_closes_later(text: str, i: int, pe: int) -> bool:
    for j in range(i, pe):
        if text[j] in "’'" and text[j - 1] not in " \t" and (
                j + 1 >= len(text) or not text[j + 1].isalnum()):
            return True
    return False


HEADLINE_TAG = re.compile(
    r"\s*(?P<content>[^\n]{10,}?),\s+(?P<name>[A-Z][^,\n]{1,70}?)\s+(?P<cue>[A-Z][a-z]+)\.?[ \t]*$")
LABEL = re.compile(r"[A-Z][A-Z.'’\- ]{1,40}:\s")


def label_at(text: str, i: int, pe: int) -> bool:
    """Does a transcript speaker label ("PENCE: ...") start at ``i``?"""
    return LABEL.match(text, i, pe) is not None


# --------------------------------------------------------------------------------------------
# The stage
