"""Events of diplomatic news, stop 33: acts the coder missed, on our own sentences."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text, expected", [
    # the voters of an absolute clause, and the elided second group's opposite vote
    ("Finance Minister Lena Ortiz drafted the bill. The parliament approved it by 90 votes to "
     "70 on Monday, with the Greens and the Liberal Party voting in favour and the Labour Party "
     "against.",
     {("SUPPORT", "Greens"), ("SUPPORT", "Liberal Party"), ("REJECT", "Labour Party")}),
    # the voters a copula's "among those voting" names
    ("The European Union drafted the resolution on Monday. Germany, France and Chile were "
     "among those countries voting in favour.",
     {("SUPPORT", "Germany"), ("SUPPORT", "France"), ("SUPPORT", "Chile")}),
])
def test_listed_voters_cast_the_vote(analyze, text, expected):
    found = {(t, s) for t, s, _ in events(analyze(text))}
    assert expected <= found, found


def test_listed_vote_is_aimed_at_the_drafter(analyze):
    found = events(analyze("The European Union drafted the resolution on Monday. Germany and "
                           "Chile were among the members voting in favour."))
    assert ("SUPPORT", "Germany", "European Union") in found


def test_voting_with_a_party_opens_no_voter_list(analyze):
    # "voting with Republicans": the side voted with, not an absolute clause's voters
    found = events(analyze("The Senate passed the bill by 54 votes to 46, with two Democrats "
                           "siding and voting with Republicans and a single Republican, Senator "
                           "Jim Hall of Utah, voting against it."))
    assert not any(t == "REJECT" and s == "Republican Party" for t, s, _ in found), found


@pytest.mark.parametrize("text, source", [
    ("Thousands of activists marched through Lisbon on Tuesday. The protest was called by "
     "Greenpeace.", "Greenpeace"),
    ("Hundreds of lorries blocked the motorways around Lyon on Tuesday. The blockades were "
     "called by the FNSEA.", "FNSEA"),
])
def test_a_protest_called_by_a_group_is_its_protest(analyze, text, source):
    found = events(analyze(text))
    assert any(t == "PROTEST" and s == source for t, s, _ in found), found


def test_a_protest_called_for_a_later_day_is_a_threat(analyze):
    found = events(analyze("The teachers' union SNES called a march for Saturday against the "
                           "school reform."))
    assert any(t == "THREATEN" and s == "SNES" for t, s, _ in found), found
    assert not any(t == "PROTEST" and s == "SNES" for t, s, _ in found), found
