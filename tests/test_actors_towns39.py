"""Actors, stop 39, on our own sentences: a town the tagger took for a person or a body is no
actor where the text only puts it where a town stands (GeoNames towns, ``actors/cities.py``);
a body's name runs over "for a X without an Y"; a state's service of several words after its
possessive ("Japan's coast guard") is a body of its own."""

from __future__ import annotations

import pytest
from actor_support import by_name, names


@pytest.fixture(scope="module")
def analyze(analyze_undated):
    """Undated texts, on the session's engine (conftest.py)."""
    return analyze_undated


@pytest.mark.parametrize(("text", "town", "kept"), [
    ("Maria Keller, a retired nurse from Eindhoven, said the clinic closures would hurt "
     "families.", "Eindhoven", "Maria Keller"),
    ("Kaori Sato, a pharmacist from Sendai, said she would sue the government again.",
     "Sendai", "Kaori Sato"),
    ("The ship's Piraeus-based owner, Aegean Cargo Lines, said the crew was safe.",
     "Piraeus", "Aegean Cargo Lines"),
    ("The spill was the worst since Baia Mare, the environment minister said.",
     "Baia Mare", "environment minister"),
])
def test_town_in_a_place_phrase_is_no_actor(analyze, text, town, kept):
    found = names(analyze(text))
    assert town not in found, found
    assert kept in found, found


def test_town_in_a_list_after_in_is_no_actor(analyze):
    found = names(analyze("Consulates in Moscow, Minsk and Almaty stopped issuing visas, the "
                          "foreign ministry said."))
    assert "Almaty" not in found, found


def test_body_named_like_a_town_that_speaks_stays(analyze):
    doc = analyze("Rio Tinto said it was deeply concerned by the vote. Shares of Rio Tinto "
                  "fell 2 percent in London.")
    assert "Rio Tinto" in names(doc), names(doc)


def test_body_name_runs_over_small_words_after_for(analyze):
    doc = analyze("Lawmakers rejected the bill. The Group for an Austria without an Army said "
                  "it would force a referendum.")
    body = by_name(doc, "Group for an Austria without an Army")
    assert body.type == "organization"
    assert any(s.speaker == body.id for s in doc.statements)
    assert not {"Group", "Army", "Austria"} & names(doc), names(doc)


def test_state_service_of_several_words_after_possessive(analyze):
    doc = analyze("Japan's coast guard said it had escorted the fishing boats out of the "
                  "zone.")
    guard = by_name(doc, "Japan coast guard")
    assert guard.type == "organization" and guard.country == "JPN"
    assert "guard" not in names(doc)
    assert any(s.speaker == guard.id for s in doc.statements)


def test_titled_name_that_is_also_a_town_stays_a_person(analyze):
    doc = analyze("The plan drew criticism from Senator Rubio, who spoke after the vote.")
    assert any(a.type == "person" and "Rubio" in a.name for a in doc.actors), names(doc)
