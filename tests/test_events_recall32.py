"""Event recall, stop 32: acts the coder used to miss, on our own sentences."""

from __future__ import annotations

import pytest
from event_support import events

BILL = "Slovakia's parliament on Tuesday passed the government's bill on road tolls. "


@pytest.mark.parametrize("text, etype", [
    # the larger part of a party acts for the party, as subject or in an elided repeat
    (BILL + "Most of Hlas voted for it.", "SUPPORT"),
    (BILL + "A majority of Hlas voted against it.", "REJECT"),
    (BILL + "Smer-SD voted in favour, as did the bulk of Hlas.", "SUPPORT"),
    (BILL + "Smer-SD voted in favour, joined by most of Hlas.", "SUPPORT"),
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


@pytest.mark.parametrize("text, source, target", [
    # putting a standing with another party under review, said of what is to come, threatens it
    ("Ghana closed the border on Monday, and Togo said it would review every trade agreement "
     "it has with Ghana.", "Togo", None),
    ("The Green Party said it would review its place in the coalition.", "Green Party", None),
])
def test_reviewing_a_standing_is_a_threat(analyze, text, source, target):
    found = events(analyze(text))
    assert any(t == "THREATEN" and s == source and (target is None or g == target)
               for t, s, g in found)


@pytest.mark.parametrize("text", [
    # reviewing one's own decision or a request is no threat; nor a review told as past
    "The cartel said it would review that decision in June.",
    "Norway reviewed its agreement with Russia last year.",
])
def test_other_reviews_are_no_threat(analyze, text):
    assert "THREATEN" not in [t for t, _, _ in events(analyze(text))]
