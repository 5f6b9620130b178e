"""Reading the rule data of ``stancemap/data/*.tsv``: every row checked when it is read.

Two readers share one error, :class:`LexiconError` ``FILE:LINE: problem``; nothing is skipped
silently.

* :func:`phrase_classes` (the actor layer's word classes) reads ``class<TAB>a, b c``.
* :func:`read_rows` (stance and statement lexicons) splits a file into :class:`Row` objects
  that know their file and line, and whose accessors check a cell (one lower-case word, a
  phrase, one of a closed set of values, a list of frames).
* :func:`read_table` (event tables) reads a table whose columns are declared up front
  (:class:`Column`) and checks every row against them: more columns than declared, a missing
  required value, or a value outside a column's allowed set. ``-`` or an empty cell is "no
  value"::

    COLUMNS = (Column("lemma"), Column("type", values=TYPES), Column("notes", required=False))
    for row in read_table(path, COLUMNS):
        row["lemma"], row.get("type"), row.line
"""

from __future__ import annotations

import csv
import re
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, fields
from pathlib import Path
from typing import NoReturn, TypeVar

_W = TypeVar("_W")  # a frozen dataclass whose fields are frozensets of words

NO_KEY = 0  # ``key_cols`` of a file whose rows may repeat
WORD = re.compile(r"[a-z][a-z'\-]*")
CLASS_NAME = re.compile(r"[a-z][a-z_]*")
PHRASE = re.compile(r"[a-z][a-z'\-]*(?: [a-z][a-z'\-]*)*")


class LexiconError(ValueError):
    """A malformed row of a data file: ``FILE:LINE: problem``."""

    def __init__(self, path: Path | str, line: int, problem: str) -> None:
        self.path, self.line, self.problem = Path(path), line, problem
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


def word_class_record(cls: type[_W], path: Path) -> _W:
    """A ``class<TAB>words`` file read into the frozen dataclass ``cls``, one field per word
    class (every field a class of the file, no other class)."""
    known = tuple(sorted(f.name for f in fields(cls)))  # type: ignore[arg-type]  (a dataclass)
    return cls(**word_classes(path, known))


def phrase_classes(path: Path) -> dict[str, frozenset[str]]:
    """A ``class<TAB>phrase, phrase, ...`` file: each class once, its phrases comma-separated
    (a phrase may be several words: "taxi drivers")."""
    classes: dict[str, frozenset[str]] = {}
    for row in read_rows(path, 2):
        name = row.cells[0]
        if not CLASS_NAME.fullmatch(name):
            row.fail(f"word class {name!r} must be lower-case letters and underscores")
        phrases = [p.strip() for p in row.cells[1].split(",")]
        for phrase in phrases:
            if not PHRASE.fullmatch(phrase):
                row.fail(f"{phrase!r} must be lower-case words separated by one space")
        classes[name] = frozenset(phrases)
    return classes


# Tables with declared columns (the event tables)

#: cell values that mean "no value"
BLANK = frozenset({"", "-"})


@dataclass(frozen=True)
class Column:
    """One column of a table.

    ``values``: the allowed values (None: any); ``many``: a comma-separated list, each item
    checked; ``required``: a row must give a value; ``lower``: the value is lower-cased."""

    name: str
    values: Collection[str] | None = None
    required: bool = True
    many: bool = False
    lower: bool = False


@dataclass(frozen=True)
class TableRow:
    """One row of a declared table: its values by column name (None or ``()`` where blank)
    and its line."""

    path: Path
    line: int
    cells: dict[str, str | tuple[str, ...] | None]

    def __getitem__(self, name: str) -> str:
        value = self.cells[name]
        if not isinstance(value, str):
            raise KeyError(name)
        return value

    def get(self, name: str) -> str | None:
        value = self.cells.get(name)
        return value if isinstance(value, str) else None

    def items(self, name: str) -> tuple[str, ...]:
        """The items of a ``many`` column (empty where blank)."""
        value = self.cells.get(name)
        return value if isinstance(value, tuple) else ()

    def error(self, message: str) -> LexiconError:
        """An error about this row (for checks across rows or tables)."""
        return LexiconError(self.path, self.line, message)


def _lines(path: Path) -> Iterator[tuple[int, list[str]]]:
    with open(path, encoding="utf-8", newline="") as f:
        for n, row in enumerate(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            if not row or not row[0].strip() or row[0].startswith("#"):
                continue
            yield n, [c.strip() for c in row]


def _cell(path: Path, line: int, col: Column, raw: str) -> str | tuple[str, ...] | None:
    value = raw.lower() if col.lower else raw
    if col.many:
        items = tuple(x.strip() for x in value.split(",") if x.strip() not in BLANK)
        for item in items:
            _check_value(path, line, col, item)
        if col.required and not items:
            raise LexiconError(path, line, f"no value in column {col.name!r}")
        return items
    if value in BLANK:
        if col.required:
            raise LexiconError(path, line, f"no value in column {col.name!r}")
        return None
    _check_value(path, line, col, value)
    return value


def _check_value(path: Path, line: int, col: Column, value: str) -> None:
    if col.values is not None and value not in col.values:
        allowed = ", ".join(sorted(col.values))
        raise LexiconError(path, line, f"unknown {col.name} {value!r} (one of: {allowed})")


def read_table(path: str | Path, columns: Sequence[Column]) -> list[TableRow]:
    """The rows of the TSV table ``path``, checked against ``columns`` (in file order)."""
    path = Path(path)
    rows = []
    for line, raw in _lines(path):
        if len(raw) > len(columns) and any(raw[len(columns):]):
            names = ", ".join(c.name for c in columns)
            raise LexiconError(path, line, f"{len(raw)} columns; the table has {len(columns)}"
                                           f" ({names})")
        raw = raw + [""] * (len(columns) - len(raw))
        cells = {c.name: _cell(path, line, c, v) for c, v in zip(columns, raw, strict=False)}
        rows.append(TableRow(path, line, cells))
    return rows
