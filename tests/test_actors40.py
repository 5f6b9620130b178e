"""Actors, stop 40, on our own sentences: a state's envoy or ranked office named by its
possessive is a person actor wherever the clause puts it (summoned, met, by); a clause's first
word the tagger ran into a name is no part of it; a body's name runs over its "of" where the
tagger left it untagged; a lone "Statement" heading is no body."""

from __future__ import annotations

import pytest
from actor_support import by_name, names


@pytest.fixture(scope="module")
def analyze(analyze_undated):
    """Undated texts, on the session's engine (conftest.py)."""
    return analyze_undated


@pytest.mark.parametrize(("text", "person", "country"), [
    ("Chile's ambassador was summoned to the ministry in Lima on Monday.",
     "Chile's ambassador", "CHL"),
    ("The ministry in Lima summoned Chile's ambassador on Monday.",
     "Chile's ambassador", "CHL"),
    ("Peru's trade minister met Norway's deputy foreign minister in Oslo on Wednesday.",
     "Norway's deputy foreign minister", "NOR"),
    ("Peru's deputy ambassador said the resolution was unfair to his country.",
     "Peru's deputy ambassador", "PER"),
])
def test_state_envoy_or_ranked_office_by_possessive_is_a_person(analyze, text, person,
                                                                  country):
    doc = analyze(text)
    actor = by_name(doc, person)
    assert actor.type == "person" and actor.country == country


def test_summoned_envoy_named_later_is_no_second_person(analyze):
    doc = analyze("Spain summoned Chile's ambassador on Tuesday. Chilean Ambassador Pablo "
                  "Errazuriz said he had been handed a formal protest.")
    assert "Chile's ambassador" not in names(doc), names(doc)


def test_leading_auxiliary_is_no_part_of_a_name(analyze):
    doc = analyze("Q: Will Armenia go to arbitration over the pipeline?\nA: If there is no "
                  "deal by June, yes.")
    assert "Will Armenia" not in names(doc), names(doc)
    assert by_name(doc, "Armenia").type == "country"


def test_given_name_will_stays(analyze):
    doc = analyze("Will Harrington said the council would appeal the ruling.")
    assert "Will Harrington" in names(doc), names(doc)


def test_leading_preposition_is_no_part_of_a_name(analyze):
    doc = analyze("Outside Leinster House, about 400 farmers held a rally on Tuesday.")
    assert not any(n.startswith("Outside") for n in names(doc)), names(doc)


def test_untagged_body_name_runs_over_of(analyze):
    doc = analyze("09:10 - The Mongolian Chamber of Commerce says it is worried about "
                  "exports but will not oppose the ban.")
    body = by_name(doc, "Mongolian Chamber of Commerce")
    assert body.type == "organization"
    assert "Mongolian Chamber" not in names(doc), names(doc)


def test_statement_heading_is_no_body(analyze):
    doc = analyze("11:45 - Statement from the presidential office: the president backs the "
                  "health minister.")
    assert "Statement" not in names(doc), names(doc)


def test_members_conference_is_a_body(analyze):
    doc = analyze("The ruling was welcomed by the Catholic Bishops' Conference of Kenya, which "
                  "has backed the teachers' strike since March.")
    body = by_name(doc, "Catholic Bishops' Conference of Kenya")
    assert body.type == "organization"
    assert "Kenya" not in names(doc), names(doc)

