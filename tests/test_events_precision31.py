"""Event precision and targets (stop 31): votes pledged on a measure, on our own sentences,
through the real engine."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text, source", [
    # a party saying it will back or vote for a bill or motion: a position on the measure
    ("The Green Party said on Monday it would back the censure motion next week.",
     "Green Party"),
    ("The Liberal Democrats said they will endorse the housing bill.", "Liberal Democrats"),
    ("The Social Democrats said they would support such a motion.", "Social Democrats"),
])
def test_a_pledged_vote_on_a_measure_is_support_not_an_offer(analyze, text, source):
    evs = events(analyze(text))
    assert [e for e in evs if e[0] == "SUPPORT" and e[1] == source]
    assert not [e for e in evs if e[0] == "AGREE" and e[1] == source]


def test_a_pledged_vote_is_aimed_at_the_measure_s_drafter(analyze):
    doc = analyze("The Constitutional Democratic Party tabled a motion of no confidence in the "
                  "trade minister. The Democratic Party for the People said it would back the "
                  "motion.")
    assert ("SUPPORT", "Democratic Party for the People",
            "Constitutional Democratic Party") in events(doc)


def test_backing_a_party_to_come_stays_an_offer(analyze):
    doc = analyze("Britain said it would support Ireland in the talks.")
    assert [e for e in events(doc) if e[0] == "AGREE" and e[1] == "United Kingdom"]
