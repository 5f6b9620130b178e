"""The out-of-fold precision table of the spoken-event classifier
(``scripts/train_spoken_events.py --precision``): per type, threshold and target floor, how many
proposals, how many right on type, how many aimed at the target gold names."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import train_spoken_events as ts  # noqa: E402

# (type, probability, target probability, right on type, aimed at gold's target)
ROWS = [("ACCUSE", 0.9, 0.8, True, True), ("ACCUSE", 0.8, 0.2, True, False),
        ("ACCUSE", 0.6, 0.7, False, False), ("ACCUSE", 0.3, 0.9, True, True),
        ("REQUEST", 0.9, 0.9, False, False)]


def _cell(table, etype, threshold, floor):
    return next((n, right, named) for t, x, f, n, right, named in table
                if (t, x, f) == (etype, threshold, floor))


def test_a_higher_threshold_keeps_fewer_and_surer_proposals() -> None:
    table = ts.precision_table(ROWS, (0.5, 0.85), (0.0,))
    assert _cell(table, "ACCUSE", 0.5, 0.0) == (3, 2, 1)
    assert _cell(table, "ACCUSE", 0.85, 0.0) == (1, 1, 1)


def test_the_target_floor_drops_proposals_whose_target_is_unsure() -> None:
    table = ts.precision_table(ROWS, (0.5,), (0.0, 0.5))
    assert _cell(table, "ACCUSE", 0.5, 0.5) == (2, 1, 1)


def test_a_type_is_counted_apart_and_empty_cells_are_left_out() -> None:
    table = ts.precision_table(ROWS, (0.5, 0.95), (0.0,))
    assert _cell(table, "REQUEST", 0.5, 0.0) == (1, 0, 0)
    assert not [row for row in table if row[1] == 0.95]
