"""Stop 39's SEESAW mend (issue #13), with sentences written for these tests.

A verb of cessation ("stop", "cease", "quit") negates the act it takes, as "refuse" and
"fail" do: "X urged Y to stop attacking Z" is no attack on Z, so it says nothing of how X
stands toward Z; "X stopped backing Z" is no backing of Z.
"""

from __future__ import annotations

STOP_ATTACKING = "Senator Mark Ridley urged Democrats to stop attacking Governor Paula Kent."
KEEP_ATTACKING = "Senator Mark Ridley urged Democrats to keep attacking Governor Paula Kent."
STOPPED_BACKING = "Senator Mark Ridley stopped backing Governor Paula Kent in March."
BACKING = "Senator Mark Ridley kept backing Governor Paula Kent in March."


def _relations(doc) -> set[tuple[str, str, str]]:
    names = {a.id: a.name for a in doc.actors}
    return {(names[r.source], r.polarity, names[r.target]) for r in doc.relations}


def test_urging_others_to_stop_an_attack_is_no_attack(analyze) -> None:
    got = _relations(analyze(STOP_ATTACKING))
    assert ("Mark Ridley", "negative", "Paula Kent") not in got, got


def test_urging_others_to_keep_attacking_still_counts(analyze) -> None:
    got = _relations(analyze(KEEP_ATTACKING))
    assert ("Mark Ridley", "negative", "Paula Kent") in got, got


def test_a_backing_stopped_is_no_backing(analyze) -> None:
    got = _relations(analyze(STOPPED_BACKING))
    assert ("Mark Ridley", "positive", "Paula Kent") not in got, got


def test_a_backing_kept_is_still_backing(analyze) -> None:
    got = _relations(analyze(BACKING))
    assert ("Mark Ridley", "positive", "Paula Kent") in got, got
