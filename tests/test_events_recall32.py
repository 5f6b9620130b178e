"""Event recall, stop 32: acts the coder used to miss, on our own sentences."""

from __future__ import annotations

import pytest
from event_support import events

BILL = "Slovakia's parliament on Tuesday passed the government's bill on road tolls. "


@pytest.mark.parametrize("text, etype", [
    # the larger part of a party acts for the party, as subject or in an elided repeat
    (BILL + "Most of Hlas voted for it.", "SUPPORT"),
    (BILL + "A majority of Hlas voted against it.", "REJECT"),
    (BILL + "Smer-SD voted for it, as did most of Hlas.", "SUPPORT"),
    (BILL + "Smer-SD voted for it, joined by most of Hlas.", "SUPPORT"),
])
def test_the_larger_part_of_a_party_acts_for_it(analyze, text, etype):
    assert (etype, "Hlas", "Slovakia") in events(analyze(text))


@pytest.mark.parametrize("text", [
    # a handful of a party's members joining a vote is not the party's vote
    BILL + "Smer-SD voted for it, joined by a handful of Hlas members.",
    BILL + "Smer-SD voted for it, as did a handful of Hlas lawmakers.",
])
def test_a_handful_of_members_is_not_the_party(analyze, text):
    assert "Hlas" not in [s for _, s, _ in events(analyze(text))]


@pytest.mark.parametrize("text, target", [
    # keeping to a ruling, decision or schedule another has set yields to it (CONCEDE)
    ("Norway said it would comply with the ruling of the International Court of Justice.",
     "International Court of Justice"),
    ("Norway will abide by the ICJ's decision.", "International Court of Justice"),
    ("The UN Security Council set a timetable for the exit. Chile said it would follow "
     "the timetable.", None),
])
def test_complying_with_a_ruling_is_a_concession(analyze, text, target):
    found = events(analyze(text))
    assert any(t == "CONCEDE" and s in ("Norway", "Chile") and (target is None or g == target)
               for t, s, g in found)


def test_refusing_to_comply_is_no_concession(analyze):
    found = events(analyze("Norway refused to comply with the ruling of the tribunal."))
    assert "CONCEDE" not in [t for t, _, _ in found]
