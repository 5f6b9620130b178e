"""Events of political news, stop 40: a preference for ties is no act (own sentences)."""

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
