"""Actors, stop 33: names the tagger cuts or misreads, on our own sentences."""

from __future__ import annotations

import pytest

from stancemap.model import Document


@pytest.fixture(scope="module")
def analyze(analyze_undated):
    """Undated texts, on the session's engine (conftest.py)."""
    return analyze_undated


def names(doc: Document) -> set[str]:
    return {a.name for a in doc.actors}


def test_advocacy_group_named_by_members_and_cause(analyze):
    doc = analyze("Vermonters for Fair Rents, a citizens' group, condemned the "
                  "new quarry permit on Tuesday.")
    assert "Vermonters for Fair Rents" in names(doc)
    assert "Vermonters" not in names(doc)


def test_advocacy_group_with_hyphenated_chapter_and_list(analyze):
    doc = analyze("Arizonans for Responsible Growth-Tucson, the Arizona Farm Bureau and "
                  "Arizonans for Clean Water applauded the governor's veto.")
    found = names(doc)
    assert "Arizonans for Responsible Growth-Tucson" in found
    assert "Arizonans for Clean Water" in found
    assert not any(" and Arizonans" in n for n in found)


def test_advocacy_group_as_agent(analyze):
    doc = analyze("The march on Saturday was organised by Students for Open Campuses, "
                  "which said 4,000 people took part.")
    assert "Students for Open Campuses" in names(doc)


def test_plural_for_a_place_or_title_is_no_group(analyze):
    doc = analyze("Tariffs for China were raised again. Ministers for Europe met in Rome "
                  "and issued a statement.")
    found = names(doc)
    assert not any(n.startswith("Tariffs") or n.startswith("Ministers for") for n in found)


def test_named_national_legislatures_are_their_states_chambers(analyze):
    doc = analyze("The Riksdag approved the pension bill on Tuesday, and the Lok Sabha passed "
                  "a farm bill the same week.")
    found = {a.name: a for a in doc.actors}
    assert found["Riksdag"].type == "organization" and found["Riksdag"].country == "SWE"
    assert found["Lok Sabha"].type == "organization" and found["Lok Sabha"].country == "IND"


def test_legislature_the_tagger_calls_a_building(analyze):
    doc = analyze("The levy that Lithuania's Seimas approved on Friday drew protests.")
    seimas = [a for a in doc.actors if a.name == "Seimas"]
    assert seimas and seimas[0].country == "LTU"


def test_chamber_after_its_states_possessive_keeps_the_state(analyze):
    doc = analyze("Chile's National Assembly on Monday approved the pension reform by 80 "
                  "votes to 62.")
    chamber = [a for a in doc.actors if a.name == "National Assembly"]
    assert chamber and chamber[0].country == "CHL"
    assert "Chile's National Assembly" in [m.text for m in chamber[0].mentions]


def test_chamber_inside_an_office_title_is_left_alone(analyze):
    doc = analyze("The speaker of Chile's National Assembly said the vote would go ahead.")
    assert not any(m.text == "Chile's National Assembly" for a in doc.actors
                   for m in a.mentions)


def test_members_home_town_after_of_is_no_person(analyze):
    doc = analyze("Two Democrats, Rep. Maren Holt of Lawrence and Rep. Ivo Drake of "
                  "Salina, broke ranks on the vote.")
    found = names(doc)
    assert "Lawrence" not in found
    assert {"Maren Holt", "Ivo Drake"} <= found


def test_seat_holders_places_are_no_actors(analyze):
    doc = analyze("The mayors of Arles and Pécs said they would not pay the levy.")
    assert "Pécs" not in names(doc)


def test_party_co_leader_after_possessive_is_a_person(analyze):
    doc = analyze("On Friday New Zealand First's co-leader warned marchers outside "
                  "parliament that the cuts were cruel.")
    holder = [a for a in doc.actors if a.name == "New Zealand First co-leader"]
    assert holder and holder[0].type == "person" and holder[0].country == "NZL"


def test_leader_of_a_party_named_by_family_word(analyze):
    doc = analyze("The budget passed easily, and the Christian Democrats' leader argued "
                  "the finance minister should resign.")
    holder = [a for a in doc.actors if a.name == "Christian Democrats leader"]
    assert holder and holder[0].type == "person"
    assert "Christian Democrats" in names(doc)


def test_the_opposition_acting_as_a_unit_is_a_group(analyze):
    doc = analyze("The ruling party pushed the pension bill through. The opposition walked "
                  "out of the chamber in protest.")
    side = [a for a in doc.actors if a.name == "opposition"]
    assert side and side[0].type == "group"
    assert "The opposition" in [m.text for m in side[0].mentions]


def test_opposition_before_a_party_name_or_with_an_object_is_no_group(analyze):
    doc = analyze("The opposition Green League voted against the budget. The opposition to "
                  "the budget grew over the summer.")
    assert "opposition" not in names(doc)
