"""Editing a copy of the shipped data files in a test: the lexicon tests of every stage show
that one new row works without code, and that a bad row is an error naming file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import stancemap

DATA = Path(stancemap.__file__).resolve().parent / "data"


def data_copy(tmp_path: Path) -> Path:
    """A copy of ``stancemap/data`` under ``tmp_path`` that a test may change."""
    out = tmp_path / "data"
    shutil.copytree(DATA, out)
    return out


def append(path: Path, row: str) -> int:
    """Adds a row to a data file; returns its line number."""
    text = path.read_text(encoding="utf-8")
    path.write_text(text + ("" if text.endswith("\n") else "\n") + row + "\n", encoding="utf-8")
    return len(path.read_text(encoding="utf-8").splitlines())
