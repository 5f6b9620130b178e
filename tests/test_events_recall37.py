"""Events of political news, stop 37: acts the coder missed, on our own sentences."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text, source", [
    # a crowd assembling outside a seat of power or on a square protests
    ("About 300 teachers gathered outside the education ministry in Lima on Friday, holding "
     "placards.", "teachers"),
    ("Several thousand people gathered on Freedom Square in Chisinau on Sunday evening, chanting "
     "against the government.", "protesters"),
])
def test_a_crowd_gathering_outside_or_on_a_square_protests(analyze, text, source):
    found = events(analyze(text))
    assert any(t == "PROTEST" and source in (s or "").lower() for t, s, _ in found), found


@pytest.mark.parametrize("text", [
    "NATO leaders gathered on the sidelines of the summit in Vilnius.",
    "EU finance ministers gathered outside the council building for a family photo.",
])
def test_officials_gathering_do_not_protest(analyze, text):
    found = events(analyze(text))
    assert not any(t == "PROTEST" for t, _, _ in found), found


@pytest.mark.parametrize("text, expected", [
    # yielding a position in a body that decides by unanimity
    ("Portugal has lifted its reservation on the fisheries chapter, a diplomat said.",
     ("CONCEDE", "Portugal")),
    ("Cyprus and Ireland dropped their objections to the trade section on Tuesday.",
     ("CONCEDE", "Cyprus")),
    ("Bulgaria withdrew its veto on the enlargement talks after a phone call with Skopje.",
     ("CONCEDE", "Bulgaria")),
    # blocking a text put to the body is a veto of it
    ("Austria blocked the package at the meeting in Brussels on Monday.", ("REJECT", "Austria")),
])
def test_yielding_or_blocking_in_a_body(analyze, text, expected):
    found = {(t, s) for t, s, _ in events(analyze(text))}
    assert expected in found, found
