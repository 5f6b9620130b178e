"""Actors, stop 39: a town the tagger took for a person or a body is no actor where the text
only puts it where a town stands (GeoNames towns, ``actors/cities.py``), on our own sentences."""

from __future__ import annotations

import pytest
from actor_support import names


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
