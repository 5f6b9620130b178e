"""Event targets (stop 45): a vote aimed at the drafter the story names on the voted text, a
reaction to a bare "the vote" at the chamber that voted, on our own sentences, through the
real engine."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text, expected", [
    # the drafter named on the text after the vote ("Moldova's application")
    ("The Council of Europe admitted Moldova on Tuesday after a vote of its member states. "
     "Hungary and Slovakia voted against. The assembly had backed Moldova's application in "
     "2023.", ("REJECT", "Hungary", "Moldova")),
    # a "from" phrase on the text
    ("Sweden's parliament voted on Wednesday for a proposal from the Social Democrats to raise "
     "the fuel tax. The Sweden Democrats voted against.",
     ("REJECT", "Sweden Democrats", "Social Democrats")),
])
def test_a_vote_naming_no_party_is_aimed_at_the_texts_named_drafter(analyze, text, expected):
    assert expected in events(analyze(text))


@pytest.mark.parametrize("text, expected", [
    ("The Parliament of Moldova passed the media bill on Friday by 54 votes to 40. Romania "
     "welcomed the vote.", ("SUPPORT", "Romania", "Parliament of Moldova")),
])
def test_welcoming_the_vote_is_aimed_at_the_chamber_that_voted(analyze, text, expected):
    assert expected in events(analyze(text))
