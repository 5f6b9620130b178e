"""Reading the hand-written TSV tables in ``stancemap/data`` with validation on load.

A table declares its columns (:class:`Column`); :func:`read_table` reads the file and checks
every row against them: a row with more columns than declared, a missing required value, or
a value outside a column's allowed set is a :class:`LexiconError` naming the file and line.
Lines that are empty or start with ``#`` are comments. ``-`` or an empty cell is "no value".

    COLUMNS = (Column("lemma"), Column("type", values=TYPES), Column("notes", required=False))
    for row in read_table(path, COLUMNS):
        row["lemma"], row.get("type"), row.line
"""

from __future__ import annotations

import csv
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Column", "LexiconError", "Row", "read_table", "BLANK"]

#: cell values that mean "no value"
BLANK = frozenset({"", "-"})


class LexiconError(ValueError):
    """A data table that does not follow its declared columns; the message names the file
    and line."""

    def __init__(self, path: Path | str, line: int, message: str) -> None:
        self.path, self.line = Path(path), line
        super().__init__(f"{Path(path).name}:{line}: {message}")


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
class Row:
    """One data row: its values by column name (None or ``()`` where blank) and its line."""

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


def read_table(path: str | Path, columns: Sequence[Column]) -> list[Row]:
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
        rows.append(Row(path, line, cells))
    return rows
