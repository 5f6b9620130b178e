"""Unnamed holders of a region's office (stop 32): the bare office in a story about one
region, the office with the region after "of", and the states and provinces of India,
Germany, Italy and Malaysia as regions. Sentences of our own."""

from __future__ import annotations

import pytest
from actor_support import by_name, names


@pytest.fixture(scope="module")
def analyze(engine):
    """Text to a Document dated 2026-03-01, on the session's engine (conftest.py)."""
    from stancemap.model import Article

    return lambda text: engine.analyze(Article(id="t", text=text, date="2026-03-01"))


def test_bare_region_office_in_a_story_about_one_state(analyze):
    doc = analyze("JEFFERSON CITY, Mo. (Reuters) - A judge in Missouri will hear the dispute "
                  "over the wage measure next week. Missouri voters approved a similar plan "
                  "in 2024. The governor has kept out of the quarrel. The attorney general "
                  "has backed the election office, which rejected the forms.")
    governor = by_name(doc, "Missouri governor")
    assert governor.type == "person" and governor.country == "USA"
    assert [m.text for m in governor.mentions] == ["The governor"]
    assert by_name(doc, "Missouri attorney general").type == "person"


def test_bare_office_takes_no_region_when_two_are_named_alike(analyze):
    doc = analyze("Ohio and Texas both sued the agency. The governor said the order was "
                  "unlawful.")
    assert not {"Ohio governor", "Texas governor"} & names(doc)


def test_bare_office_keeps_the_holder_named_before(analyze):
    doc = analyze("Oregon's governor refused the request on Monday. Oregon officials said "
                  "the state would sue. The governor said the troops would stay home.")
    governor = by_name(doc, "Oregon governor")
    assert len([m for m in governor.mentions if m.text.lower() == "the governor"]) == 1


@pytest.mark.parametrize("text, person, country", [
    ("The president of Veneto told reporters he wanted a new buyer.",
     "Veneto president", "ITA"),
    ("The governor of Kerala refused to sign the bill.", "Kerala governor", "IND"),
    ("Kerala's chief minister wrote to the finance ministry on Monday.",
     "Kerala chief minister", "IND"),
    ("Penang's chief minister said every permit would be checked again.",
     "Penang chief minister", "MYS"),
])
def test_office_of_a_region_of_india_italy_or_malaysia(analyze, text, person, country):
    actor = by_name(analyze(text), person)
    assert actor.type == "person" and actor.country == country


def test_region_is_no_actor_of_its_own(analyze):
    doc = analyze("Judges jailed an ex-deputy chief minister of Sarawak for bribery on "
                  "Tuesday.")
    assert "Sarawak" not in names(doc)


def test_office_of_a_body_is_no_region_office(analyze):
    doc = analyze("The governor of the central bank said rates would hold.")
    assert not any(n.endswith(" governor") for n in names(doc))
