"""Events of domestic politics, stop 33: dismissals and reactions to a domestic act named by
its noun, on our own sentences."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text, target", [
    # dismissing an official from a post is a sanction toward the official
    ("Ghana's president dismissed the head of the national police, General Omar Diallo, on "
     "Friday.", "Omar Diallo"),
    ("Ghana's president sacked the finance minister, Paul Otieno, on Monday.", "Paul Otieno"),
    ("Ghana's president fired the finance minister, Paul Otieno, on Monday.", "Paul Otieno"),
])
def test_dismissing_an_official_is_a_sanction(analyze, text, target):
    found = events(analyze(text))
    assert ("SANCTION", "Ghana's president", target) in found, found
    assert not any(t in ("REJECT", "ASSAULT") for t, _, _ in found), found


def test_dismissing_a_claim_stays_a_rejection(analyze):
    found = events(analyze("Ghana's president dismissed the New Patriotic Party's accusation "
                           "of fraud on Monday."))
    assert not any(t == "SANCTION" for t, _, _ in found), found


@pytest.mark.parametrize("text, etype", [
    # a reaction to "the pardon", "the dismissal", "the nomination" is aimed at whoever made it
    ("Ghana's president pardoned a former party treasurer on Monday. The New Patriotic Party "
     "condemned the pardon.", "ACCUSE"),
    ("Ghana's president dismissed the head of the national police, General Omar Diallo, on "
     "Friday. The New Patriotic Party backed the dismissal.", "SUPPORT"),
    ("Ghana's president nominated Paul Otieno for the Supreme Court on Monday. The New "
     "Patriotic Party criticised the nomination.", "ACCUSE"),
])
def test_reaction_to_a_domestic_act_noun_targets_its_maker(analyze, text, etype):
    found = events(analyze(text))
    assert (etype, "New Patriotic Party", "Ghana's president") in found, found


@pytest.mark.parametrize("text", [
    # a legal action to come is a threat, not an accusation
    "Spain's government extended the licence of the Almaraz plant. Greenpeace said it would "
    "sue the government.",
    "Spain's government extended the licence of the Almaraz plant. Greenpeace said it would "
    "file a lawsuit against the government.",
])
def test_a_lawsuit_to_come_is_a_threat(analyze, text):
    found = events(analyze(text))
    assert ("THREATEN", "Greenpeace", "Spain") in found, found
    assert not any(t == "ACCUSE" and s == "Greenpeace" for t, s, _ in found), found


def test_a_court_challenge_to_come_is_a_threat_to_the_home_government(analyze):
    # no maker of the law named: the threat is aimed at the source's own government
    found = events(analyze("Kenya's cabinet approved a new data law on Monday. The Kenya Human "
                           "Rights Commission announced that it will challenge that law at "
                           "the Supreme Court."))
    # (stop 39: the court it names, an actor, is also asked: a REQUEST to it)
    assert [(t, g) for t, s, g in found if s == "Kenya Human Rights Commission"] == [
        ("THREATEN", "Kenya"), ("REQUEST", "Supreme Court")], found


def test_a_suit_filed_stays_an_accusation(analyze):
    found = events(analyze("Spain's government extended the licence of the Almaraz plant. "
                           "Greenpeace sued the government on Monday."))
    assert ("ACCUSE", "Greenpeace", "Spain") in found, found
    assert not any(t == "THREATEN" for t, _, _ in found), found


@pytest.mark.parametrize("text", [
    # bail granted is a release by the court
    "Malaysia's High Court granted bail to former minister Azman Noor on Tuesday.",
    "Former minister Azman Noor was granted bail by Malaysia's High Court on Tuesday.",
    # an agentless passive court act is the act of the court the story just named
    "Former minister Azman Noor appeared in Malaysia's High Court on Tuesday, charged with "
    "bribery. He was granted bail.",
])
def test_bail_granted_is_a_release_by_the_court(analyze, text):
    assert ("RETREAT", "High Court", "Azman Noor") in events(analyze(text))


def test_a_passive_act_with_no_court_in_view_keeps_no_source(analyze):
    found = events(analyze("Former minister Azman Noor was granted bail on Tuesday."))
    assert not any(s == "High Court" for _, s, _ in found), found


def test_votes_of_a_tally_in_a_with_clause(analyze):
    # "with A and B voting in favour and C against": one vote per party and side, aimed at
    # the government whose measure it is (party names no other country's gazetteer row shares:
    # a "Labour Party" in a Norwegian story is still coded British, an actor-layer error)
    found = events(analyze(
        "Norway's government sent the fishing bill to parliament in May. The Storting approved "
        "the bill by 90 votes to 79 on Tuesday, with the Socialist Left Party and the Centre "
        "Party voting in favour and the Red Party and the Progress Party against."))
    for side, party in [("SUPPORT", "Socialist Left Party"), ("SUPPORT", "Centre Party"),
                        ("REJECT", "Red Party"), ("REJECT", "Progress Party")]:
        assert (side, party, "Norway") in found, found


def test_a_vote_against_a_party_is_no_tally(analyze):
    found = events(analyze("The Storting approved the bill, with the Labour Party's leader "
                           "voting against his own party."))
    assert not any(t == "REJECT" and s == "Labour Party" for t, s, _ in found), found
