"""Event recall (stop 47): a legislature's own vote that names no side ("voted to bring back
conscription", "voted on Thursday to lift the ban") passes the text, a SUPPORT of the
chamber, aimed at its state where the article names it and else at no one; a reaction to
"the vote" is then aimed at that chamber. A party's or a state's vote that names no side, and a
chamber's vote to come, stay no event. Our own sentences, through the real engine."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text, expected", [
    ("Serbia's National Assembly on Thursday voted to bring back compulsory military service "
     "for men aged 19 to 27, by 142 votes to 31.", ("SUPPORT", "National Assembly", None)),
    # the chamber's state named as an actor of its own: the measure is that state's
    ("Portugal's Assembly of the Republic voted on Tuesday to cap rents for five years. "
     "Portugal's tenants welcomed the change.",
     ("SUPPORT", "Assembly of the Republic", "Portugal")),
])
def test_a_chambers_vote_that_names_no_side_passes_the_text(analyze, text, expected):
    assert expected in events(analyze(text))


def test_a_reaction_to_the_vote_is_aimed_at_the_chamber_that_voted(analyze):
    found = events(analyze("Serbia's National Assembly voted on Thursday to bring back "
                           "conscription. The Serbian Progressive Party and the Socialist Party "
                           "of Serbia voted for the law. The European Union welcomed the vote."))
    assert ("SUPPORT", "European Union", "National Assembly") in found


@pytest.mark.parametrize("text, voter", [
    # a chamber's vote to come passes nothing yet
    ("Serbia's National Assembly will vote on the conscription bill next week.",
     "National Assembly"),
    ("A third party, Prosperous Armenia, said it had not yet decided how it would vote.",
     "Prosperous Armenia"),
    ("Sweden said it had not yet decided how it would vote on the tariffs.", "Sweden"),
])
def test_a_vote_that_names_no_side_by_a_party_or_state_or_to_come_is_no_event(analyze, text, voter):
    assert not [e for e in events(analyze(text)) if e[1] == voter]

