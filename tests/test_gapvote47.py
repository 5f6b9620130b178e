"""Voters, stop 47, on our own sentences: a counted part of a party that votes ("Three Labour
members voted against", "as did seven Labour members", "joined by six members of the Green
Party") is a group of its own that holds its own vote, not the party's; "the 19 members of X"
and "about 60 X lawmakers" are not such a group. A gapped vote list ("A voted in favour, B and C
against, and D abstained") gives each conjunct the vote its own word names, as stances and as
events."""

from __future__ import annotations

import pytest
from actor_support import names
from event_support import events
from stance_support import stances


@pytest.fixture(scope="module")
def analyze(analyze_undated):
    """Undated texts, on the session's engine (conftest.py)."""
    return analyze_undated


def _held(engine, text: str) -> dict[str, set[str]]:
    """Holder name -> the polarities it holds, over every proposition."""
    out: dict[str, set[str]] = {}
    for holder, pol, _ in stances(engine, text):
        out.setdefault(holder, set()).add(pol)
    return out


@pytest.mark.parametrize("text, group, pol", [
    ("Parliament passed the rent bill on Tuesday. Eleven Labour MPs voted against the bill.",
     "Eleven Labour MPs", "oppose"),
    ("The House passed the tax bill on Monday. The Conservatives voted for the bill, as did "
     "seven Labour members.", "seven Labour members", "support"),
    ("The chamber approved the water bill. Two other Labour MPs abstained.",
     "Two other Labour MPs", "neutral"),
])
def test_a_counted_part_of_a_party_holds_its_own_vote(engine, text, group, pol):
    held = _held(engine, text)
    assert held.get(group) == {pol}
    assert "Labour Party" not in held  # the party cast no vote of its part


def test_a_counted_part_after_of_is_named_with_its_party(engine, analyze):
    text = ("The council approved the renaming. The Liberal Alliance voted for it, joined by "
            "eight members of the National Alternative Movement. The National Alternative "
            "Movement had urged its councillors to vote against.")
    groups = {a.name for a in analyze(text).actors if a.type == "group"}
    assert "eight members of the National Alternative Movement" in groups
    assert "National Alternative Movement" in names(analyze(text))
    assert "support" not in _held(engine, text).get("National Alternative Movement", set())


@pytest.mark.parametrize("text", [
    "The council approved the renaming. The 19 councillors of the Liberal Alliance voted for it.",
    "The council approved the renaming. All 26 members of the Liberal Alliance voted for it.",
    "The council approved the renaming. About 60 Liberal Alliance councillors voted for it.",
])
def test_the_whole_or_a_rough_figure_is_no_counted_part(analyze, text):
    assert not [a for a in analyze(text).actors if a.type == "group"]


GAPPED = ("The Senate approved the pension bill on Tuesday. The Social Democrats, the Greens and "
          "the Liberals voted in favour, the Centre Party and the Homeland Union against, and "
          "the Union of Democrats abstained.")


def test_a_gapped_conjunct_holds_its_own_vote(engine):
    held = _held(engine, GAPPED)
    assert held["Social Democrats"] == {"support"}
    assert held["Centre Party"] == {"oppose"}
    assert held["Homeland Union"] == {"oppose"}
    assert held["Union of Democrats"] == {"neutral"}


def test_a_gapped_conjunct_rejects_as_an_event(analyze):
    rejecting = {src for kind, src, _ in events(analyze(GAPPED)) if kind == "REJECT"}
    assert rejecting == {"Centre Party", "Homeland Union"}


def test_a_vote_of_its_own_ends_the_gapped_list(engine):
    held = _held(engine, "The Senate approved the pension bill. The Greens voted in favour, "
                         "while the Centre Party said it would vote against.")
    assert held["Greens"] == {"support"}
    assert "support" not in held.get("Centre Party", set())
