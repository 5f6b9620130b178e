"""Editing a copy of the shipped data files in a test: the lexicon tests of every stage show
that one new row works without code, and that a bad row is an error naming file and line."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

import stancemap
from stancemap.lexicon import LexiconError

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


def assert_bad_row(data: Path, name: str, row: str, problem: str,
                   load: Callable[[Path], object]) -> None:
    """Adding ``row`` to ``name`` makes ``load(data)`` fail with ``name:LINE: problem``."""
    line = append(data / name, row)
    with pytest.raises(LexiconError) as err:
        load(data)
    assert f"{name}:{line}: " in str(err.value)
    assert problem in str(err.value)
    assert err.value.line == line
