"""Event recall, stop 30: acts the coder used to miss, on our own sentences."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text, source", [
    # a legislature passing or adopting a measure approves it (not CAMEO's ALLOW, a concession)
    ("Slovenia's parliament on Monday passed a bill that raises the pension age.",
     "Slovenia"),
    ("Lithuania's parliament adopted the amendment by 80 votes to 40.", "Lithuania"),
])
def test_passing_a_measure_is_support(analyze, text, source):
    found = [(t, s) for t, s, _ in events(analyze(text))]
    assert ("SUPPORT", source) in found
    assert "CONCEDE" not in [t for t, _ in found]


@pytest.mark.parametrize("text, sources", [
    # budget, financial or military support is aid: suspending it is a sanction
    ("Norway and Finland on Monday suspended budget support to Malawi.",
     ["Norway", "Finland"]),
    ("Germany said it was halting military support to Mali.", ["Germany"]),
])
def test_suspended_support_is_sanction(analyze, text, sources):
    found = [s for t, s, _ in events(analyze(text)) if t == "SANCTION"]
    assert found == sources


@pytest.mark.parametrize("text, source", [
    # in reported speech, what a thing must undergo or do is the speaker's demand
    ("Peru's foreign ministry insisted that the verdict must be enforced at once.", "Peru"),
    ("Bolivia said any deal on the lake must cover every town along its shore.", "Bolivia"),
    ("The UN refugee agency said the returns must comply with international law.",
     "UN refugee agency"),
])
def test_obligation_on_a_thing_is_request(analyze, text, source):
    assert ("REQUEST", source) in [(t, s) for t, s, _ in events(analyze(text))]


@pytest.mark.parametrize("text", [
    # advice, a warning, a reason and a relative clause are no demand
    "Chile said disputes should be settled peacefully.",
    "The party warned that the law must not become a tool to silence critics.",
    "Brazil said it had sat out the vote because the hosts' customs must be respected.",
    "Spain said the treaty, which must be ratified by parliament, was fair.",
])
def test_obligation_that_is_no_demand(analyze, text):
    assert "REQUEST" not in [t for t, _, _ in events(analyze(text))]


def test_boarding_a_vessel_is_coerce(analyze):
    # boarding a ship by force is a coercive act; a traveller boarding a plane is none
    found = events(analyze("The tanker Northern Star was boarded by the Finnish Border Guard "
                           "on Tuesday."))
    assert [t for t, _, _ in found] == ["COERCE"]
    assert not events(analyze("The minister boarded a flight to Madrid on Monday."))


@pytest.mark.parametrize("text, source", [
    # an expectation of parties no actor names, or to be treated some way, is a request
    ("The Pacific Islands Forum said it welcomed the ruling and expected every member "
     "government to comply.", "Pacific Islands Forum"),
    ("Austria said it did not oppose the plan but expected to be consulted on the details.",
     "Austria"),
])
def test_expectation_of_unnamed_parties_is_request(analyze, text, source):
    assert ("REQUEST", source) in [(t, s) for t, s, _ in events(analyze(text))]


@pytest.mark.parametrize("text", [
    # a forecast is no request
    "Germany expected prices to rise next year.",
    "France expected to sign the deal next week.",
])
def test_forecast_is_no_request(analyze, text):
    assert "REQUEST" not in [t for t, _, _ in events(analyze(text))]


def test_national_parties_vote_in_favour_backs_their_state(analyze):
    # a national party's vote for a measure no drafter is known for backs its state's
    # government; the groups of the European Parliament belong to no state: no event
    doc = analyze("Austria's parliament debated the pension reform on Wednesday. The Austrian "
                  "People's Party and NEOS voted for it.")
    assert [(t, s, g) for t, s, g in events(doc) if t == "SUPPORT"] == [
        ("SUPPORT", "Austrian People's Party", "Austria"), ("SUPPORT", "NEOS", "Austria")]
    doc = analyze("Patriots for Europe and the ECR voted in favour of the tariff.")
    assert "SUPPORT" not in [t for t, _, _ in events(doc)]
