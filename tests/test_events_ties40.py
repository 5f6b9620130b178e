"""Events of political news, stop 40: a preference for ties is no act; the voters a group
included each cast its vote (own sentences)."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text", [
    "Senator Maria Vasquez said she supported closer ties with Sylvania but would vote "
    "against the treaty.",
    "The Freedonian Farmers Party, which favours stronger relations with Sylvania, said it "
    "would abstain.",
])
def test_supporting_ties_with_a_state_is_no_support_event(analyze, text):
    found = events(analyze(text))
    assert not any(t == "SUPPORT" for t, _, _ in found), found


def test_supporting_a_state_itself_is_still_support(analyze):
    found = events(analyze("Senator Maria Vasquez said she supported Sylvania's bid to join "
                           "the alliance."))
    assert any(t == "SUPPORT" and s == "Maria Vasquez" for t, s, _ in found), found


def test_restoring_ties_is_still_an_act(analyze):
    found = events(analyze("Bolivia restored diplomatic ties with Chile on Monday."))
    assert any(t == "SUPPORT" and s == "Bolivia" for t, s, _ in found), found


def test_a_group_of_voters_that_included_states_is_each_states_vote(analyze):
    text = ("The U.N. General Assembly on Friday adopted a resolution on the Ruritanian "
            "elections by 80 votes to 12. Those voting against included Belarus, Cuba and "
            "Venezuela. China and India were among the abstainers.")
    found = events(analyze(text))
    rejects = {s for t, s, _ in found if t == "REJECT"}
    assert {"Belarus", "Cuba", "Venezuela"} <= rejects, found
    assert not any(s in ("China", "India") for _, s, _ in found), found


def test_those_voting_in_favour_included_states_support(analyze):
    text = ("The U.N. General Assembly on Friday adopted a resolution on the Ruritanian "
            "elections. Those voting in favour included Chile and Peru.")
    found = events(analyze(text))
    assert {"Chile", "Peru"} <= {s for t, s, _ in found if t == "SUPPORT"}, found
