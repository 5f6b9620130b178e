"""Printing query results: an aligned table for people, CSV, JSON or JSON lines.

CSV is RFC 4180 through the ``csv`` module (CRLF line ends, quotes doubled, text never
rewritten or shortened); JSON is one array of objects; ``nl`` is one object per line. Only the
table shortens long cells (to ``CELL`` characters) and puts line breaks on one line.
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


def write_table(t: Table, fh: TextIO, fmt: str = "table") -> None:
    """Write ``t`` in one of :data:`FORMATS`."""
    if fmt == "csv":
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(t.columns)
        for r in t.rows:
            w.writerow(["" if v is None else v for v in r])
    elif fmt == "json":
        json.dump(t.records(), fh, ensure_ascii=False, indent=1, default=str)
        fh.write("\n")
    elif fmt == "nl":
        for rec in t.records():
            fh.write(json.dumps(rec, ensure_ascii=False, default=str))
            fh.write("\n")
    else:
        cells = [[_cell(v) for v in r] for r in t.rows]
        widths = [_width(c) for c in t.columns]
        for r in cells:
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
        fh.write("  ".join("-" * w for w in widths) + "\n")
        for r in cells:
            fh.write(line(r) + "\n")
        fh.write(f"({len(t.rows)} row{'s' if len(t.rows) != 1 else ''})\n")
