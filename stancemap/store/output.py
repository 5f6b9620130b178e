"""Printing query results: an aligned table for people, CSV, JSON or JSON lines.

CSV is RFC 4180 through the ``csv`` module (CRLF line ends, quotes doubled, text never
shortened); a text cell that a spreadsheet would run as a formula (starting with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return) gets a leading ``'`` (:func:`csv_safe`). JSON is one
array of objects; ``nl`` is one object per line. Only the table shortens long cells (to
``CELL`` characters) and puts line breaks on one line. A table's ``header`` row (the matrix's
proposition labels) comes under the column names: a second row in the table and CSV, the
first object in JSON and JSON lines.
"""

from __future__ import annotations

import csv
import json
import unicodedata
from typing import Any, TextIO

from .query import Table

FORMATS = ("table", "csv", "json", "nl")
CELL = 60


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def _cell(v: Any) -> str:
    if v is None:
        return "-"
    if isinstance(v, float):
        return f"{v:.2f}"
    s = " ".join(str(v).split())
    return s if len(s) <= CELL else s[: CELL - 1] + "…"


_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(v: Any) -> Any:
    """A CSV cell that no spreadsheet runs as a formula: text starting with ``=``, ``+``,
    ``-``, ``@``, a tab or a carriage return gets a leading ``'``; numbers stay numbers."""
    if v is None:
        return ""
    if isinstance(v, str) and v.startswith(_FORMULA):
        return "'" + v
    return v


def write_table(t: Table, fh: TextIO, fmt: str = "table") -> None:
    """Write ``t`` in one of :data:`FORMATS`."""
    records = t.records()
    if t.header is not None:
        records.insert(0, dict(zip(t.columns, t.header, strict=True)))
    if fmt == "csv":
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow([csv_safe(c) for c in t.columns])
        for r in ([t.header] if t.header is not None else []) + t.rows:
            w.writerow([csv_safe(v) for v in r])
    elif fmt == "json":
        json.dump(records, fh, ensure_ascii=False, indent=1, default=str)
        fh.write("\n")
    elif fmt == "nl":
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False, default=str))
            fh.write("\n")
    else:
        _write_aligned(t, fh)


def _write_aligned(t: Table, fh: TextIO) -> None:
    """The table for people: aligned columns, numbers to the right, a row count."""
    cells = [[_cell(v) for v in r] for r in t.rows]
    heads = [[_cell(v) if v != "" else "" for v in t.header]] if t.header else []
    widths = [_width(c) for c in t.columns]
    for r in cells + heads:
        widths = [max(w, _width(c)) for w, c in zip(widths, r, strict=True)]
    numeric = [all(isinstance(r[i], int | float) or r[i] is None for r in t.rows)
               and t.rows for i in range(len(t.columns))]

    def line(vals: list[str]) -> str:
        out = []
        for i, v in enumerate(vals):
            pad = " " * (widths[i] - _width(v))
            out.append(pad + v if numeric[i] else v + pad)
        return "  ".join(out).rstrip()

    fh.write(line(list(t.columns)) + "\n")
    for h in heads:
        fh.write(line(h) + "\n")
    fh.write("  ".join("-" * w for w in widths) + "\n")
    for r in cells:
        fh.write(line(r) + "\n")
    fh.write(f"({len(t.rows)} row{'s' if len(t.rows) != 1 else ''})\n")
