"""Per-type floors of the target ranker (``scripts/train_event_targets.py``, ``TARGETS_COST``):
the choice over rated acts (type, probability of the chosen option, was it gold's target)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import numpy as np  # noqa: E402
import train_event_targets as tt  # noqa: E402

from stancemap.events import spoken  # noqa: E402
from stancemap.statements.hashed import hash_features  # noqa: E402

# Accusations: the sure ones right, the unsure ones wrong; demands: wrong whatever the score.
ROWS = [("ACCUSE", 0.9, True), ("ACCUSE", 0.8, True), ("ACCUSE", 0.65, True),
        ("ACCUSE", 0.3, False), ("ACCUSE", 0.2, False),
        ("REQUEST", 0.9, False), ("REQUEST", 0.5, False)]


def test_each_type_gets_the_floor_that_keeps_its_right_targets() -> None:
    floors = tt.floors_at(ROWS, ("ACCUSE", "REQUEST"), cost=1.0)
    assert 0.3 < floors["ACCUSE"] <= 0.65
    assert floors["REQUEST"] > 0.9  # never filled


def test_matched_floors_fill_no_more_than_the_one_floor() -> None:
    floors = tt.matched_floors(ROWS, ("ACCUSE", "REQUEST"))
    one = sum(1 for _, q, _ in ROWS if q >= tt.FLOOR)
    chosen = [hit for t, q, hit in ROWS if q >= floors[t]]
    assert len(chosen) <= one
    assert sum(chosen) == 3


# (type, probability, right, matched to a gold event, rule family), read leave one set out:
# the reported stances' choices were wrong; the verbs' right half the time.
RULE_ROWS = [("REJECT", 0.7, False, True, "reported"), ("REJECT", 0.6, False, True, "reported"),
             ("REJECT", 0.5, True, True, "reported"), ("REJECT", 0.9, False, True, "reported"),
             ("REJECT", 0.45, False, True, "reported"), ("REJECT", 0.8, False, True, "reported"),
             ("REJECT", 0.9, True, True, "verb"), ("REJECT", 0.5, False, True, "verb"),
             ("REJECT", 0.6, True, False, "denial"), ("REJECT", 0.6, False, False, "denial")]


def test_a_rule_whose_choices_were_seldom_right_is_given_no_target() -> None:
    assert tt.weak_rules(RULE_ROWS[:6] + RULE_ROWS[6:8] * 3, {"REJECT": 0.4}, 0.2) == \
        frozenset({"reported"})


def test_too_few_matched_acts_or_a_floor_above_them_judge_no_rule() -> None:
    assert tt.weak_rules(RULE_ROWS[:4], {"REJECT": 0.4}, 0.2) == frozenset()  # under RULE_MIN
    assert tt.weak_rules(RULE_ROWS, {"REJECT": 0.95}, 0.2) == frozenset()
    assert "denial" not in tt.weak_rules(RULE_ROWS * 3, {"REJECT": 0.4}, 0.2)  # unmatched


def _gate_row(family: str, named: bool, matched: bool = True) -> tt.Row:
    """A rated act of ``family`` (its signals as ``targets.act_signals`` names them): does the
    gold event it is matched to name a target."""
    return ("REJECT", 0.6, False, matched, family, ["type=REJECT", f"fam={family}"], named)


def _aimed(gate: np.ndarray, family: str) -> float:
    z = float(gate[hash_features(["type=REJECT", f"fam={family}"]) & spoken.MASK].sum())
    return 1.0 / (1.0 + float(np.exp(-z)))


def test_the_gate_learns_which_acts_gold_gives_no_target() -> None:
    rows = [_gate_row("reported", False)] * 8 + [_gate_row("verb", True)] * 8
    gate = tt.fit_gate(rows)
    assert _aimed(gate, "reported") < 0.5 < _aimed(gate, "verb")


def test_the_gate_reads_only_acts_matched_to_a_gold_event() -> None:
    rows = [_gate_row("reported", False)] * 8 + [_gate_row("verb", True)] * 8
    unmatched = [_gate_row("verb", False, matched=False)] * 40
    assert _aimed(tt.fit_gate(rows + unmatched), "verb") > 0.5
