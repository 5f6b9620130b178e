"""Actors, stop 35: the whole name of a body a statement shows to speak, on our own sentences."""

from __future__ import annotations

import pytest
from actor_support import by_name, names


@pytest.fixture(scope="module")
def analyze(analyze_undated):
    """Undated texts, on the session's engine (conftest.py)."""
    return analyze_undated


def test_speaking_body_keeps_a_hyphenated_first_word(analyze):
    doc = analyze("ZAGREB - The Anti-Poverty Trust, a charity based in Split, said the new "
                  "rents would push families onto the street.")
    trust = by_name(doc, "Anti-Poverty Trust")
    assert trust.type == "organization"
    assert "Poverty Trust" not in names(doc)
    assert any(s.speaker == trust.id for s in doc.statements)


def test_speaking_body_keeps_its_of_phrase(analyze):
    doc = analyze("LIMA - The Keeper of Rents, an independent ombudsman, said the rent law "
                  "\"would leave thousands without a roof\".")
    keeper = by_name(doc, "Keeper of Rents")
    assert "Keeper" not in names(doc)
    assert any(s.speaker == keeper.id for s in doc.statements)


def test_body_name_runs_over_a_place_of_several_words(analyze):
    doc = analyze("The Medical Association of Bosnia and Herzegovina said the hospitals were "
                  "short of staff. Carla Mills of the Antigua and Barbuda Chamber of Commerce "
                  "said shops had lost a month of trade.")
    found = names(doc)
    assert "Medical Association of Bosnia and Herzegovina" in found, found
    assert "Antigua and Barbuda Chamber of Commerce" in found, found
    assert "Barbuda Chamber of Commerce" not in found, found


def test_body_name_runs_over_on_and_its_subject(analyze):
    doc = analyze("The Andean Commission on Water Rights said on Tuesday that the dam "
                  "breached the treaty. The Commission on Monday had asked for the plans.")
    found = names(doc)
    assert "Andean Commission on Water Rights" in found, found
    assert not any("Monday" in n for n in found), found


def test_summoned_envoy_named_by_state_is_a_person(analyze):
    doc = analyze("HANOI - Vietnam said on Friday that foreign survey ships had entered its "
                  "waters. The foreign ministry summoned the Malaysian ambassador and handed "
                  "him a protest note.")
    envoy = by_name(doc, "Malaysian ambassador")
    assert (envoy.type, envoy.country) == ("person", "MYS")


def test_bare_ambassador_is_no_new_envoy(analyze):
    doc = analyze("HANOI - Vietnam said on Friday that foreign survey ships had entered its "
                  "waters. The foreign ministry summoned the ambassador and handed him a "
                  "protest note.")
    assert "ambassador" not in {n.lower() for n in names(doc)}


def test_first_of_two_surnames_alone_is_the_person(analyze):
    doc = analyze("QUITO - Interior Minister Marcela Ortega Villacis said on Monday that the "
                  "curfew would end. Ortega, who took office in March, said the police had "
                  "restored order.")
    people = [a for a in doc.actors if a.type == "person"]
    assert [a.name for a in people] == ["Marcela Ortega Villacis"], [a.name for a in people]
    assert "Ortega" in {m.text for m in people[0].mentions}


def test_middle_given_name_is_no_surname(analyze):
    doc = analyze("Senator Mary Ann Blake said on Monday that she would back the bill. Ann, "
                  "a nurse from Ohio, said she would oppose it.")
    blake = by_name(doc, "Mary Ann Blake")
    assert "Ann" not in {m.text for m in blake.mentions}


def test_title_of_address_after_a_name_is_no_part_of_it(analyze):
    doc = analyze("ANKARA - The governor, Selim Aydin Bey, took over the town hall before dawn. "
                  "Counsel for the city, Sir Peter Hale KC, said the order was void.")
    found = names(doc)
    assert {"Selim Aydin", "Peter Hale"} <= found, found
    assert not any(n.endswith((" Bey", " KC")) for n in found), found


def test_brussels_is_the_commission_the_text_names(analyze):
    doc = analyze("BRATISLAVA - Slovakia passed a media law on Tuesday. A European Commission "
                  "spokeswoman said Brussels had serious questions about the law.")
    commission = by_name(doc, "European Commission")
    assert "Brussels" in {m.text for m in commission.mentions}
    assert "Belgium" not in names(doc) and "European Union" not in names(doc)
