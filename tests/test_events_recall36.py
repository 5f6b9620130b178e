"""Events of diplomatic news, stop 36: acts the coder missed, on our own sentences."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text, expected", [
    # "with the votes of A, B and C": each listed party backs the act
    ("The Social Democrats drafted the pension bill. It passed on Tuesday with the votes of the "
     "Green Party, the Liberal Party and the Farmers' Party.",
     {("SUPPORT", "Green Party"), ("SUPPORT", "Liberal Party"), ("SUPPORT", "Farmers' Party")}),
    # "with the backing of X" on a participle
    ("The resolution, drafted by Chile with the backing of Brazil, was adopted on Monday.",
     {("SUPPORT", "Brazil")}),
    # "with X's support"
    ("The budget cleared the Senate on Friday with Canada's support.",
     {("SUPPORT", "Canada")}),
])
def test_backers_of_an_act_back_it(analyze, text, expected):
    found = {(t, s) for t, s, _ in events(analyze(text))}
    assert expected <= found, found


def test_backing_is_aimed_at_the_drafter(analyze):
    found = events(analyze("The Social Democrats drafted the pension bill. It passed on Tuesday "
                           "with the votes of the Green Party."))
    assert ("SUPPORT", "Green Party", "Social Democrats") in found, found


def test_members_of_a_named_party_are_not_the_party(analyze):
    # "12 members of the X party" are some of its lawmakers, not the party's vote
    found = events(analyze("The bill passed with the votes of the Green Party and 12 members of "
                           "the Liberal Party who defied their leaders."))
    assert ("SUPPORT", "Green Party") in {(t, s) for t, s, _ in found}, found
    assert not any(t == "SUPPORT" and s == "Liberal Party" for t, s, _ in found), found


def test_backing_in_an_actors_background_is_no_act(analyze):
    # a relative clause on a person tells how he came to office, not a step of this story
    found = events(analyze("The bill now goes to President Jan Novak, who was elected with the "
                           "backing of the Civic Party."))
    assert not any(t == "SUPPORT" and s == "Civic Party" for t, s, _ in found), found
