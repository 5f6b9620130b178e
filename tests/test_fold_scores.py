"""scripts/fold_scores.py and the split of gold_folds.py: the check folds are the newest ten
development sets, read only as sums; a change's documents are listed for the design folds only."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def _module(name: str):
    sys.path.insert(0, str(SCRIPTS))
    try:
        spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(SCRIPTS))


def _doc(tp: int, out: int, gold: int) -> dict[str, list[int]]:
    return {L: [tp, out, gold, tp] for L in ("actors", "statements_attributed", "stances",
                                              "events", "events_target")}


def test_the_split_covers_every_readable_fold_once_and_checks_the_newest_ten():
    folds = _module("gold_folds")
    assert sorted(folds.DESIGN + folds.CHECK) == sorted(folds.FOLDS)
    assert not set(folds.DESIGN) & set(folds.CHECK)
    assert folds.CHECK == folds.DEV[-10:] and "tests" in folds.DESIGN
    assert not any(f.startswith("blind") for f in folds.FOLDS)


def test_sums_pool_documents_of_each_half():
    fs = _module("fold_scores")
    scores = {"dev13": {"a": _doc(1, 2, 2), "b": _doc(1, 1, 2)}, "dev21": {"c": _doc(2, 4, 4)},
              "dev40": {"d": _doc(0, 3, 1)}, "dev41": {"e": _doc(3, 3, 3)}}
    rows = fs.rows(scores, ["dev13", "dev21"], ["dev40", "dev41"])
    assert rows["designsum"]["stances"] == [4, 7, 8, 4]
    assert rows["checksum"]["stances"] == [3, 6, 4, 3]
    assert rows["devsum"]["stances"] == [7, 13, 12, 7]
    assert round(fs.f1(rows["checksum"]["stances"]), 3) == 0.6


def test_changed_documents_of_a_check_fold_are_never_listed():
    fs = _module("fold_scores")
    base = {"dev13": {"a": _doc(1, 2, 2)}, "dev40": {"d": _doc(0, 3, 1)}}
    new = {"dev13": {"a": _doc(2, 2, 2)}, "dev40": {"d": _doc(1, 3, 1)}}
    lines = fs.changed(base, new, hidden=["dev40"])
    assert len(lines) == 1 and lines[0].startswith("dev13/a ")
    assert fs.changed(base, new, hidden=[]) != lines
