"""Actors, stop 43, on our own sentences: the unnamed holder of a body's one-person office
("the Authority's secretary general", "the chairperson of the Authority") is a person who
speaks for themself, and the body named only as the office's owner is no actor of its own (a
party is); a sentence's first preposition run into a noun ("Outside parliament, ...") is no
speaker; FIFA is an organisation; a known organisation's branch in a state ("... Watch's
Kenya office") is one organisation, not the state; a town after "including" is no person; a
body named by a common noun and an acronym ("the rival ZTU federation") is the acronym; a
description with a name in apposition ("The main opposition party, Renova,") is that name."""

from __future__ import annotations

import pytest
from actor_support import by_name, names


@pytest.fixture(scope="module")
def analyze(analyze_undated):
    """Undated texts, on the session's engine (conftest.py)."""
    return analyze_undated


def _speakers(doc) -> list[str]:
    ids = {a.id: a.name for a in doc.actors}
    return [ids.get(s.speaker) for s in doc.statements]


def test_possessed_office_of_a_body_the_tagger_names_with_the(analyze):
    doc = analyze("The Sahel Water Authority's secretary general said the dispute was a "
                  "bilateral matter.")
    person = by_name(doc, "Sahel Water Authority secretary general")
    assert person.type == "person", person
    assert "Sahel Water Authority" not in names(doc), names(doc)
    assert _speakers(doc) == [person.name], _speakers(doc)


def test_office_of_a_body_after_of_is_a_person(analyze):
    doc = analyze("The chairperson of the Sahel Water Authority urged both governments to "
                  "return to talks.")
    person = by_name(doc, "chairperson of the Sahel Water Authority")
    assert person.type == "person", person
    assert "Sahel Water Authority" not in names(doc), names(doc)
    assert _speakers(doc) == [person.name], _speakers(doc)


def test_party_of_a_leader_stays_an_actor(analyze):
    doc = analyze("The Agrarian Party's leader said the premier should resign.")
    assert "Agrarian Party" in names(doc), names(doc)
    assert "Agrarian Party leader" in names(doc), names(doc)


def test_clause_opening_preposition_is_no_speaker(analyze):
    doc = analyze("Outside parliament, about 500 members of the teachers' union sang and "
                  "carried banners reading \"Pay us fairly.\"")
    assert not any("Outside" in n for n in names(doc)), names(doc)


def test_fifa_is_an_organisation(analyze):
    doc = analyze("FIFA said on Friday that it would review the stadium's licence.")
    fifa = by_name(doc, "FIFA")
    assert fifa.type == "organization", fifa
    assert _speakers(doc) == ["FIFA"], _speakers(doc)


def test_known_organisations_branch_in_a_state_is_one_body(analyze):
    doc = analyze("Human Rights Watch's Kenya office said the arrests were unlawful.")
    branch = by_name(doc, "Human Rights Watch's Kenya office")
    assert branch.type == "organization", branch
    assert _speakers(doc) == [branch.name], _speakers(doc)


@pytest.mark.parametrize("text, town", [
    ("Census teams were turned away in 30 municipalities, including Zenica and Bijeljina, "
     "the agency said.", "Bijeljina"),
    ("Inspectors were refused entry in twelve districts, including Kapit and Sibu, the "
     "ministry said.", "Kapit"),
])
def test_town_after_including_is_no_person(analyze, text, town):
    doc = analyze(text)
    assert not any(town in n for n in names(doc)), names(doc)


@pytest.mark.parametrize("text, acronym", [
    ("The rival ZTU federation said it would join the case as a co-plaintiff.", "ZTU"),
    ("The KSTP labour federation called a march for Monday to demand that the minister "
     "resign.", "KSTP"),
    ("Pyongyang rejected the draft on Monday. Its state news agency KCTA described the plan "
     "as a hostile act.", "KCTA"),
])
def test_body_named_by_its_acronym_speaks_as_it(analyze, text, acronym):
    doc = analyze(text)
    body = by_name(doc, acronym)
    assert body.type == "organization", body
    assert acronym in _speakers(doc), _speakers(doc)


def test_description_with_a_name_in_apposition_is_that_name(analyze):
    doc = analyze("The Union of Bakers of Lisbon said the tax was painful but fair. The main "
                  "opposition party, Renova, said the government was punishing small shops.")
    assert _speakers(doc) == ["Union of Bakers of Lisbon", "Renova"], _speakers(doc)
