"""Actors of domestic politics (stop 32): titles of address of other languages before a
name, legislation the tagger reads as a person, wire slugs before a headline. Sentences of our
own."""

from __future__ import annotations

import pytest
from actor_support import by_name, names


@pytest.fixture(scope="module")
def analyze(engine):
    """Text to a Document dated 2026-03-01, on the session's engine (conftest.py)."""
    from stancemap.model import Article

    return lambda text: engine.analyze(Article(id="t", text=text, date="2026-03-01"))


@pytest.mark.parametrize("text, person", [
    ("Alhaji Musa Bello said the move was welcome.", "Musa Bello"),
    ("Datuk Seri Ahmad Kamal, 61, denied every charge in court.", "Ahmad Kamal"),
    ("His counsel, Tan Sri Michael Wong, said the defence would appeal.", "Michael Wong"),
    ("The union's spokeswoman, Mme Claire Dubois, said the deal was bad.", "Claire Dubois"),
    ("Diputada Lucia Perez Ferrer of Morena told reporters the plan would pass.",
     "Lucia Perez Ferrer"),
    ("Its floor leader, Shri Ramesh Kumar, said the party would vote against it.",
     "Ramesh Kumar"),
    ("The front said it would strike. Its spokeswoman, Maestra Itzel Robles, said the "
     "unions would march.", "Itzel Robles"),
])
def test_title_of_address_is_no_part_of_the_name(analyze, text, person):
    actor = by_name(analyze(text), person)
    assert actor.type == "person"


def test_given_names_that_look_like_titles_stay(analyze):
    doc = analyze("Don Bacon said he would vote no. Sri Mulyani Indrawati said the budget was "
                  "sound.")
    assert {"Don Bacon", "Sri Mulyani Indrawati"} <= names(doc)


def test_title_of_address_before_an_office_names_no_one(analyze):
    doc = analyze("The deputy rose and said: Señor Presidente, the motion is out of order.")
    assert "Presidente" not in names(doc)
