"""Events of political news, stop 39: recourse to a court, protests to come (own sentences)."""

from __future__ import annotations

import pytest
from event_support import events


def test_a_challenge_before_a_named_court_asks_the_court_and_threatens(analyze):
    text = ("The Freedonian parliament extended the licence of the Kessel nuclear plant on "
            "Tuesday. The Green Forum said it would challenge the decision before the Supreme "
            "Court of Freedonia.")
    found = events(analyze(text))
    assert ("REQUEST", "Green Forum", "Supreme Court of Freedonia") in found, found
    assert any(t == "THREATEN" and s == "Green Forum" for t, s, _ in found), found


def test_a_challenge_in_the_courts_is_a_threat_alone(analyze):
    # no court named as an actor: nobody is asked
    text = ("The Freedonian parliament extended the licence of the Kessel nuclear plant on "
            "Tuesday. The Green Forum said it would challenge the decision in the courts.")
    found = events(analyze(text))
    assert any(t == "THREATEN" and s == "Green Forum" for t, s, _ in found), found
    assert not any(t == "REQUEST" for t, _, _ in found), found


def test_a_complaint_with_a_court_is_a_request_to_it(analyze):
    text = ("The Freedonian media regulator revoked the licence of Channel Nine on Monday. The "
            "Teachers' Union of Freedonia said it would file a complaint with the European "
            "Court of Human Rights.")
    found = events(analyze(text))
    assert ("REQUEST", "Teachers' Union of Freedonia", "European Court of Human Rights") in (
        found), found
    assert not any(s == "Teachers' Union of Freedonia" and t in ("ACCUSE", "THREATEN")
                   for t, s, _ in found), found


@pytest.mark.parametrize("text, expected", [
    ("The opposition Liberty Party said on Monday it would petition the Supreme Court of "
     "Freedonia to annul the decree.", ("REQUEST", "Liberty Party", "Supreme Court of Freedonia")),
    ("The broadcaster Channel Nine said it would appeal to the Administrative Court of "
     "Freedonia on Friday.", ("REQUEST", "Channel Nine", "Administrative Court of Freedonia")),
])
def test_an_announced_petition_or_appeal_to_a_court_is_a_request(analyze, text, expected):
    found = events(analyze(text))
    assert expected in found, found


def test_an_announced_appeal_to_voters_is_no_request(analyze):
    found = events(analyze("The broadcaster Channel Nine said it would appeal to voters."))
    assert not any(t == "REQUEST" for t, _, _ in found), found


@pytest.mark.parametrize("text", [
    "The Freedonian Teachers Union said it would stage a general strike on Oct. 3.",
    "The Freedonian Teachers Union said it would hold a march in the capital on Friday.",
])
def test_a_protest_to_come_is_a_threat_of_one(analyze, text):
    found = events(analyze(text))
    assert any(t == "THREATEN" and s == "Freedonian Teachers Union" for t, s, _ in found), found
    assert not any(t == "PROTEST" for t, _, _ in found), found


@pytest.mark.parametrize("text", [
    # held: a protest
    "The Freedonian Teachers Union staged a general strike on Monday.",
    # a boycott announced is the protest itself, also with a time limit
    "The Freedonian Teachers Union said it would boycott parliament.",
    "The Freedonian Teachers Union called the ban an outrage and said it would boycott "
    "parliament's culture committee until the ban was reversed.",
])
def test_a_protest_held_or_a_boycott_announced_stays_a_protest(analyze, text):
    found = events(analyze(text))
    assert any(t == "PROTEST" and s == "Freedonian Teachers Union" for t, s, _ in found), found
    assert not any(t == "THREATEN" for t, _, _ in found), found
