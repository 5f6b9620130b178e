"""Event precision and targets (stop 28): reactions aimed at the maker of the act they name,
on our own sentences, through the real engine."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text, expected", [
    # "the hijacking" names the act of whoever hijacked (nominalization of event_words.tsv)
    ("Al-Shabaab hijacked a cargo ship off the coast of Kenya on Monday. The Kenyan "
     "government condemned the hijacking.", ("ACCUSE", "Kenya", "al-Shabaab")),
    # a bare "the launch" is an act noun: with no maker named, the story's lead act
    ("Serbia fired a missile over Bosnia on Tuesday. Croatia and Germany condemned the "
     "launch in a joint statement.", ("ACCUSE", "Germany", "Serbia")),
    ("China rammed a Philippine supply boat near the shoal on Monday. Australia's foreign "
     "minister, Helen Ward, called the ramming \"dangerous and destabilising.\"",
     ("ACCUSE", "Helen Ward", "China")),
    ("Turkey shelled Kurdish positions in Syria on Monday. Iraq condemned the shelling.",
     ("ACCUSE", "Iraq", "Turkey")),
])
def test_condemning_a_named_act_targets_its_maker(analyze, text, expected):
    assert expected in events(analyze(text))


def test_dismay_with_no_cause_named_is_at_the_lead_act(analyze):
    # "said it was disappointed" with no "by"/"at" phrase: the act the story leads with
    doc = analyze("Chile banned copper exports on Monday. Peru said it was disappointed and "
                  "would raise the matter with the WTO.")
    assert ("ACCUSE", "Peru", "Chile") in events(doc)


def test_dismay_with_its_cause_named_keeps_that_cause(analyze):
    doc = analyze("Chile banned copper exports on Monday. Peru said it was disappointed by "
                  "Bolivia's decision to raise gas prices.")
    assert ("ACCUSE", "Peru", "Bolivia") in events(doc)


@pytest.mark.parametrize("text", [
    "The Senate on Tuesday rejected a motion tabled by the Republican Party. The Democratic "
    "Party voted against the motion.",
    # a vote against that names nothing: the story's measure, so its drafter
    "The Senate on Tuesday rejected a motion tabled by the Republican Party. The Democratic "
    "Party voted against en bloc.",
])
def test_vote_against_a_measure_targets_its_drafter(analyze, text):
    assert ("REJECT", "Democratic Party", "Republican Party") in events(analyze(text))


def test_vote_against_a_measure_a_chamber_passed_is_not_against_the_chamber(analyze):
    doc = analyze("The House of Commons on Wednesday approved a bill that would cap rents. "
                  "The Conservative Party voted against the bill.")
    assert not [e for e in events(doc)
                if e[0] == "REJECT" and e[1] == "Conservative Party" and e[2] == "House of Commons"]


@pytest.mark.parametrize("text", [
    "Germany said it supported enforcing the rules.",
    "Tokyo supported strong environmental rules but could not accept a pause.",
    "The foreign minister said Japan would not support a pause in the talks.",
])
def test_support_of_a_policy_naming_no_party_is_no_event(analyze, text):
    assert not [e for e in events(analyze(text)) if e[0] in ("SUPPORT", "REJECT")]


def test_support_of_a_party_stays_an_event(analyze):
    assert ("SUPPORT", "France", "Ukraine") in events(analyze("France supported Ukraine."))


def test_two_sides_signing_a_protocol_support_each_other(analyze):
    # "protocol" is an agreement noun: a joint signing goes each way
    doc = analyze("Uzbekistan and Afghanistan held talks in Termez on Monday. After the talks, "
                  "the two sides signed a protocol on water sharing.")
    assert {("SUPPORT", "Uzbekistan", "Afghanistan"),
            ("SUPPORT", "Afghanistan", "Uzbekistan")} <= set(events(doc))


def test_blame_of_an_act_of_a_states_forces_is_aimed_at_the_state(analyze):
    doc = analyze("Israeli forces struck a school in Gaza on Monday. Turkey condemned the strikes.")
    assert ("ACCUSE", "Turkey", "Israel") in events(doc)


def test_blame_naming_the_forces_stays_on_them(analyze):
    doc = analyze("Israeli forces struck a school in Gaza on Monday. Turkey condemned the "
                  "Israel Defense Forces.")
    assert ("ACCUSE", "Turkey", "Israel Defense Forces") in events(doc)
