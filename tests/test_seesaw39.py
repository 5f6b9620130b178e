"""Stop 39's SEESAW mends (issue #13), with sentences written for these tests.

- the tone rule (a person quoted about another person) reads one clearly rated word
  ("good", "bad": ``TONE_MIN`` 1.75, was 3.0);
- a verb of cessation ("stop", "cease", "quit") negates the act it takes, as "refuse" and
  "fail" do: "X urged Y to stop attacking Z" is no attack on Z, so it says nothing of how X
  stands toward Z; "X stopped backing Z" is no backing of Z.
"""

from __future__ import annotations

import pytest

from stancemap.relations import parse

STOP_ATTACKING = "Senator Mark Ridley urged Democrats to stop attacking Governor Paula Kent."
KEEP_ATTACKING = "Senator Mark Ridley urged Democrats to keep attacking Governor Paula Kent."
STOPPED_BACKING = "Senator Mark Ridley stopped backing Governor Paula Kent in March."
BACKING = "Senator Mark Ridley kept backing Governor Paula Kent in March."
MILD_WARM = '"We owe Ana Ruiz a good deal for this," Senator Tom Marlow said.'
MILD_COLD = '"We saw a bad week for Ana Ruiz," Senator Tom Marlow said.'


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


@pytest.mark.parametrize(("text", "polarity"), [(MILD_WARM, "positive"),
                                                (MILD_COLD, "negative")])
def test_one_clearly_rated_word_sets_the_tone(analyze, text: str, polarity: str) -> None:
    assert ("Tom Marlow", polarity, "Ana Ruiz") in _relations(analyze(text))


@pytest.mark.parametrize("text", [MILD_WARM, MILD_COLD])
def test_at_the_old_threshold_one_word_was_not_enough(analyze, monkeypatch, text: str) -> None:
    monkeypatch.setattr(parse, "TONE_MIN", 3.0)
    assert not {r for r in _relations(analyze(text)) if r[2] == "Ana Ruiz"}
