"""Actors, stop 42, on our own sentences: an advocacy group whose cause is a word that is a
title elsewhere ("... for Justice") is one body; a known name that ends a longer tagged name
("Commission" of "the ... High Commission") is no actor of its own; a hyphenated name with a
linking particle ("Tehreek-e-...") is one organisation; a name listed after a party is a party;
"both sides" and "either side" are no group; the plural after "a step" is the speaker of the
relative clause ("a step critics say"); a body's name runs over a long "of" phrase."""

from __future__ import annotations

import pytest
from actor_support import by_name, names


@pytest.fixture(scope="module")
def analyze(analyze_undated):
    """Undated texts, on the session's engine (conftest.py)."""
    return analyze_undated


def test_cause_that_is_a_title_word_elsewhere(analyze):
    doc = analyze("Kenyans for Justice, an advocacy group, said the new court fees were "
                  "illegal and would keep poor families out of the courts.")
    assert "Kenyans for Justice" in names(doc), names(doc)
    assert "Justice" not in names(doc), names(doc)


def test_known_name_ending_a_longer_tagged_name_is_no_actor(analyze):
    doc = analyze("Students held a vigil outside the Kenyan High Commission in Kampala on "
                  "Thursday evening.")
    assert "European Commission" not in names(doc), names(doc)


def test_hyphenated_name_with_a_linking_particle_is_one_body(analyze):
    doc = analyze("Tehreek-e-Wahdat said on Sunday that it would boycott the talks in Doha.")
    assert "Tehreek-e-Wahdat" in names(doc), names(doc)


def test_name_listed_after_parties_is_a_party(analyze):
    doc = analyze("Labour, the Scottish National Party, the Greens and Plaid Cymru voted for "
                  "the motion on rents, which passed by 301 votes to 240.")
    greens = by_name(doc, "Greens")
    assert greens.type == "organization" and greens.country == "GBR", greens


@pytest.mark.parametrize("text", [
    "Talks between Ghana and Togo on the new border post collapsed, both sides said on Friday.",
    "Under the lease signed in 2019, either side may decline to extend it.",
])
def test_both_sides_are_no_group(analyze, text):
    doc = analyze(text)
    assert not any("side" in n for n in names(doc)), names(doc)


def test_plural_after_a_step_speaks(analyze):
    doc = analyze("The city will close the central market in May, a step critics say will "
                  "ruin hundreds of small traders.")
    assert "critics" in names(doc), names(doc)
    assert not any("step" in n for n in names(doc)), names(doc)


def test_body_name_runs_over_a_long_of_phrase(analyze):
    doc = analyze("In a report on Tuesday, the Standing Committee on the Regional Treaty for "
                  "the Conservation of Migratory Birds said three states had broken it.")
    full = ("Standing Committee on the Regional Treaty for the Conservation of Migratory "
            "Birds")
    assert full in names(doc), names(doc)


def test_name_the_text_gives_a_reservoir_is_no_body(analyze):
    doc = analyze("Engineers at the Tolva reservoir said levels were safe. Later the Tolva "
                  "released more water, officials said.")
    assert "Tolva" not in names(doc), names(doc)


def test_a_code_is_no_body(analyze):
    doc = analyze("The Regional Fisheries Code requires the agency to publish its catch data, "
                  "the commission said on Monday.")
    assert not any("Code" in n for n in names(doc)), names(doc)


def test_place_name_ending_a_longer_place_is_no_state(analyze):
    doc = analyze("The bill leaves out Northern Ireland, whose assembly keeps its own register, "
                  "the minister said.")
    assert "Ireland" not in names(doc), names(doc)


@pytest.mark.parametrize(("text", "mention"), [
    ("The opposition asked the transport minister to appear before parliament's roads "
     "committee next week.", "parliament's roads committee"),
    ("The Senate fisheries committee approved the quota bill on Tuesday by nine votes to four.",
     "The Senate fisheries committee"),
])
def test_legislature_committee_is_a_body(analyze, text, mention):
    doc = analyze(text)
    forms = {m.text for a in doc.actors for m in a.mentions}
    assert mention in forms, forms
