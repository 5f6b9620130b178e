"""Event precision (stop 32): a state's vote to come stays an offer, and a possibility left
open ("did not rule out asking X") is no act; our own sentences, through the real engine."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text, drafter", [
    ("Portugal said on Tuesday it would vote for the resolution tabled by Norway.", "Norway"),
    ("The Dutch foreign minister said the Netherlands would back the motion drafted by Spain.",
     "Spain"),
])
def test_a_state_s_vote_to_come_is_an_offer_not_support(analyze, text, drafter):
    evs = events(analyze(text))
    assert not [e for e in evs if e[0] == "SUPPORT"]
    assert [e for e in evs if e[0] == "AGREE" and e[2] == drafter]


def test_a_party_s_pledged_vote_stays_support(analyze):
    evs = events(analyze("The Green Party said on Monday it would back the censure motion "
                         "next week."))
    assert [e for e in evs if e[0] == "SUPPORT" and e[1] == "Green Party"]


@pytest.mark.parametrize("text", [
    "Chile on Monday did not rule out asking Brazil to mediate.",
    "The Chilean president would not rule out asking Brazil to mediate in the dispute.",
])
def test_not_ruling_out_an_ask_is_no_request(analyze, text):
    assert not [e for e in events(analyze(text)) if e[0] == "REQUEST"]


def test_ruling_out_an_ask_is_still_a_refusal(analyze):
    evs = events(analyze("The minister ruled out asking Britain for help."))
    assert [e for e in evs if e[0] == "REJECT"]


def test_voting_to_keep_a_veto_backs_it(analyze):
    evs = events(analyze("President Hale vetoed the mining bill on Monday. The Liberty Party "
                         "voted on Friday to keep the veto."))
    assert [e for e in evs if e[0] == "SUPPORT" and e[1] == "Liberty Party"]
    assert not [e for e in evs if e[0] == "REJECT" and e[1] == "Liberty Party"]


def test_an_absolute_speech_clause_does_not_take_over_the_act(analyze):
    # the leader's words ride on the party's vote; the vote stays the party's
    evs = events(analyze("The Harbour Party voted no on Tuesday, its leader arguing that "
                         "taller walls make no safer towns."))
    assert ("REJECT", "Harbour Party", None) in evs
    assert not [e for e in evs if e[0] == "REJECT" and e[1] != "Harbour Party"]
