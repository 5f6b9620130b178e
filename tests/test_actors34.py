"""Actors, stop 34: a party name several states share, and a legislature named by a common
noun, on our own sentences."""

from __future__ import annotations

import pytest

from stancemap.model import Actor, Document


@pytest.fixture(scope="module")
def analyze(analyze_undated):
    """Undated texts, on the session's engine (conftest.py)."""
    return analyze_undated


def actor(doc: Document, name: str) -> Actor:
    found = [a for a in doc.actors if a.name == name]
    assert found, [a.name for a in doc.actors]
    return found[0]


def test_shared_party_name_takes_the_story_state(analyze):
    doc = analyze("ABUJA, Nigeria - The Labour Party said on Monday that it would challenge "
                  "the fuel subsidy decree. Nigerian senators are expected to debate the "
                  "decree next week, and Nigeria's finance ministry defended it.")
    assert actor(doc, "Labour Party").country == "NGA"


def test_shared_party_name_takes_the_state_named_beside_it(analyze):
    doc = analyze("Ministers from six countries met in Geneva on Friday. Ireland's Labour "
                  "Party said the trade accord ignored farm workers.")
    assert actor(doc, "Labour Party").country == "IRL"


def test_shared_party_name_in_its_own_state_stays_there(analyze):
    doc = analyze("LONDON - The Labour Party said on Monday that it would oppose the "
                  "housing bill, and the Tories accused it of blocking new homes in Britain.")
    assert actor(doc, "Labour Party").country == "GBR"
    assert actor(doc, "Tories").country == "GBR"  # the Conservative Party, shown as written


def test_shared_party_name_in_a_canadian_story(analyze):
    doc = analyze("OTTAWA, March 3 - The Tories said they would vote against the carbon "
                  "bill in Canada's House of Commons on Thursday.")
    assert actor(doc, "Tories").country == "CAN"  # Canada's party, shown as written
    assert "Conservative Party" not in [a.name for a in doc.actors]


def test_legislature_named_by_a_demonym_and_common_noun(analyze):
    doc = analyze("The Finnish parliament voted on Tuesday to extend the border fence "
                  "programme by two years.")
    body = actor(doc, "parliament")
    assert body.type == "organization" and body.country == "FIN"
    assert any(m.text == "The Finnish parliament" for m in body.mentions)


def test_legislature_as_agent_takes_the_story_state(analyze):
    doc = analyze("ROME - The pension reform, approved by parliament in March, was "
                  "challenged by Italian unions. Italy's labour minister defended it.")
    assert actor(doc, "parliament").country == "ITA"


def test_parliament_in_a_prepositional_phrase_is_no_actor(analyze):
    doc = analyze("ROME - The prime minister said on Tuesday that the reform would go to a "
                  "vote in parliament before the summer recess.")
    assert "parliament" not in {a.name for a in doc.actors}


def test_capital_in_a_quoted_phrase_makes_no_actor(analyze):
    doc = analyze("The opposition leader called the new mining code \"a gift to Lisbon "
                  "bankers and nobody else,\" and Angolan police arrested two protesters.")
    assert "Portugal" not in {a.name for a in doc.actors}


def test_capital_as_subject_of_quoted_speech_still_acts(analyze):
    doc = analyze("\"Lisbon has broken every promise on the fishing quota,\" the Angolan "
                  "fisheries minister said on Monday.")
    assert "Portugal" in {a.name for a in doc.actors}


def test_capital_in_a_quote_with_its_state_named_elsewhere(analyze):
    doc = analyze("Portugal rejected the quota on Monday. Angola's fisheries minister "
                  "said the fleet would \"not bow to Lisbon.\"")
    assert "Portugal" in {a.name for a in doc.actors}


def test_shared_party_name_takes_the_state_named_most(analyze):
    doc = analyze("Deputies in Ireland approved the trade bill on Thursday. Ireland's "
                  "farmers protested in Dublin, and Canada welcomed the vote. Labour said "
                  "the deal favoured Canadian beef.")
    assert actor(doc, "Labour Party").country == "IRL"


def test_liberal_democrats_in_a_japanese_story(analyze):
    doc = analyze("TOKYO - The Liberal Democrats lost their majority in the Japanese upper "
                  "house on Sunday.")
    assert actor(doc, "Liberal Democrats").country == "JPN"
