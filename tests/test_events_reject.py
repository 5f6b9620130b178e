"""REJECT events the coder used to miss, on our own sentences, through the real engine."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text, source", [
    # "could not" in a past report is the backshifted "cannot": a refusal
    ("Chile said it could not accept the ruling.", "Chile"),
    ("Norway said it would stay in the talks but could not sign the final text.", "Norway"),
])
def test_reported_could_not_is_a_refusal(analyze, text, source):
    assert [e for e in events(analyze(text)) if e[0] == "REJECT" and e[1] == source]


@pytest.mark.parametrize("text", [
    # a past inability, not reported speech
    "Chile could not accept the ruling.",
    # a refusal with its terms is not coded
    "Chile said it could not accept the ruling unless Peru paid the costs.",
    "Chile said it could not sign the deal until the audit was published.",
    "Chile said it could not sign the deal and would back it only if Peru paid.",
])
def test_could_not_without_report_or_with_terms_is_no_refusal(analyze, text):
    assert not [e for e in events(analyze(text)) if e[0] == "REJECT"]


@pytest.mark.parametrize("text, sources", [
    # "joined Y in voting against X": the subject votes against too, not a complement
    ("Greece drafted the resolution. Italy and Spain joined Greece in voting against the "
     "resolution.", {"Italy", "Spain"}),
    ("Greece drafted the resolution. Italy and Spain joined them in voting against.",
     {"Italy", "Spain"}),
])
def test_joining_others_in_a_vote_against_is_a_rejection(analyze, text, sources):
    found = {s for t, s, _ in events(analyze(text)) if t == "REJECT"}
    assert sources <= found, found


@pytest.mark.parametrize("text, source", [
    # denying an act of one's own is a rejection of the accusation
    ("Peru said Chilean troops had fired on the border post. Chile denied firing any shots.",
     "Chile"),
    ("Saudi Arabia had warned Kazakhstan in private. Kazakhstan denied receiving any "
     "warning.", "Kazakhstan"),
])
def test_denying_an_act_is_a_rejection(analyze, text, source):
    assert [e for e in events(analyze(text)) if e[0] == "REJECT" and e[1] == source]


def test_not_denying_an_act_is_no_rejection(analyze):
    doc = analyze("Peru said Chilean troops had fired on the border post. Chile did not deny "
                  "firing the shots.")
    assert not [e for e in events(doc) if e[0] == "REJECT"]


def test_a_charge_denied_in_a_relative_clause_rejects_its_maker(analyze):
    # "X accused Y of Z, a charge Y denied": Y rejects X
    doc = analyze("Peru accused Chile of buying artillery to prepare for war, a charge Chile "
                  "denied.")
    assert ("REJECT", "Chile", "Peru") in events(doc), events(doc)


@pytest.mark.parametrize("text, source", [
    # blocking a deal, a text, a measure or a sanctions package is a veto of it
    ("North Korea fired a missile on Monday. China and Russia blocked a U.S.-drafted press "
     "statement condemning the launch.", "China"),
    ("Greece blocked the deal in March.", "Greece"),
    ("Hungary blocked the sanctions package on Monday.", "Hungary"),
    ("The government tabled the bill in May. The opposition Liberal Party said it would use "
     "its strength in the Senate to block the measure.", "Liberal Party"),
])
def test_blocking_a_text_or_measure_is_a_rejection(analyze, text, source):
    assert [e for e in events(analyze(text)) if e[0] == "REJECT" and e[1] == source]


def test_blocking_a_road_is_no_rejection(analyze):
    doc = analyze("Farmers blocked the road to the port on Monday.")
    assert not [e for e in events(doc) if e[0] == "REJECT"]


@pytest.mark.parametrize("text, source", [
    # denying that something happened, in a clause of its own, rejects the claim
    ("Pakistan said its drones struck a militant hideout in Afghanistan. Afghanistan denied "
     "that any Pakistani militants had been in the house.", "Afghanistan"),
    ("Peru said Chilean troops had fired on the border post. Chile denied its troops had "
     "crossed the border.", "Chile"),
])
def test_denying_that_a_thing_happened_is_a_rejection(analyze, text, source):
    assert [e for e in events(analyze(text)) if e[0] == "REJECT" and e[1] == source]


def test_not_denying_that_a_thing_happened_is_no_rejection(analyze):
    doc = analyze("Peru said Chilean troops had fired on the border post. Chile did not deny "
                  "that its troops had crossed the border.")
    assert not [e for e in events(doc) if e[0] == "REJECT"]
