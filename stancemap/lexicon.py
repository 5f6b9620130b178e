"""Reading the rule data of ``stancemap/data/*.tsv``: every row checked when it is read.

The stance and statement lexicons are tab-separated files with ``#`` comments. :func:`read_rows`
splits one into :class:`Row` objects that know their file and line, and whose accessors check a
cell (one lower-case word, a phrase, one of a closed set of values, a list of frames). Any
problem raises :class:`LexiconError` ``FILE:LINE: problem``; nothing is skipped silently.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

NO_KEY = 0  # ``key_cols`` of a file whose rows may repeat
WORD = re.compile(r"[a-z][a-z'\-]*")
PHRASE = re.compile(r"[a-z][a-z'\-]*(?: [a-z][a-z'\-]*)*")


class LexiconError(ValueError):
    """A malformed row of a data file: ``FILE:LINE: problem``."""

    def __init__(self, path: Path, line: int, problem: str) -> None:
        self.path, self.line, self.problem = path, line, problem
        super().__init__(f"{path}:{line}: {problem}")


@dataclass(frozen=True)
class Row:
    """One data row with where it came from, for error messages."""

    path: Path
    line: int
    cells: tuple[str, ...]

    def fail(self, problem: str) -> NoReturn:
        raise LexiconError(self.path, self.line, problem)

    def word(self, col: int, what: str) -> str:
        """A single lower-case word (the matchers compare one token)."""
        value = self.cells[col]
        if not WORD.fullmatch(value):
            self.fail(f"{what} {value!r} must be one lower-case word")
        return value

    def phrase(self, col: int, what: str) -> str:
        value = self.cells[col]
        if not PHRASE.fullmatch(value):
            self.fail(f"{what} {value!r} must be lower-case words separated by one space")
        return value

    def choice(self, col: int, allowed: tuple[str, ...], what: str) -> str:
        value = self.cells[col]
        if value not in allowed:
            self.fail(f"unknown {what} {value!r} (known: {', '.join(allowed)})")
        return value

    def frames(self, col: int, allowed: tuple[str, ...]) -> tuple[str, ...]:
        """Comma-separated frames, each one of ``allowed`` or ``prep:P``."""
        out = tuple(self.cells[col].split(","))
        for frame in out:
            if frame not in allowed and not (frame.startswith("prep:")
                                             and WORD.fullmatch(frame[5:])):
                self.fail(f"unknown frame {frame!r} (known: {', '.join(allowed)}, prep:P)")
        return out

    def words(self, col: int, what: str, sep: str = " ") -> tuple[str, ...]:
        out = tuple(self.cells[col].split(sep))
        for w in out:
            if not WORD.fullmatch(w):
                self.fail(f"{what} {w!r} must be one lower-case word")
        return out


def read_rows(path: Path, min_cols: int, max_cols: int | None = None,
              key_cols: int = 1) -> list[Row]:
    """The rows of a data file, each with ``min_cols`` to ``max_cols`` cells."""
    return parse_rows(path.read_text(encoding="utf-8"), path, min_cols, max_cols, key_cols)


def parse_rows(text: str, path: Path, min_cols: int, max_cols: int | None = None,
               key_cols: int = 1) -> list[Row]:
    """The rows of ``text`` (the contents of ``path``). The first ``key_cols`` cells of a row
    are its key: a key on two lines is an error (:data:`NO_KEY`: no check)."""
    rows: list[Row] = []
    seen: dict[tuple[str, ...], int] = {}
    top = max_cols or min_cols
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        row = Row(path, n, tuple(line.split("\t")))
        if not min_cols <= len(row.cells) <= top:
            want = f"{min_cols}" if top == min_cols else f"{min_cols} to {top}"
            row.fail(f"{len(row.cells)} tab-separated columns, want {want}")
        key = row.cells[:key_cols]
        if key_cols and key in seen:
            shown = key[0] if key_cols == 1 else " ".join(key)
            row.fail(f"{shown!r} is already defined on line {seen[key]}")
        seen[key] = n
        rows.append(row)
    return rows


def word_classes(path: Path, known: tuple[str, ...]) -> dict[str, frozenset[str]]:
    """A ``class<TAB>words`` file: every class of ``known`` once, its words space-separated."""
    classes: dict[str, frozenset[str]] = {}
    for row in read_rows(path, 2):
        name = row.choice(0, known, "word class")
        classes[name] = frozenset(row.words(1, "word"))
    missing = sorted(set(known) - set(classes))
    if missing:
        raise LexiconError(path, 0, f"missing word class(es): {', '.join(missing)}")
    return classes
