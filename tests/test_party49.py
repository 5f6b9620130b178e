"""Actors, stop 49, on our own sentences: party names the actor stage dropped, split or
misnamed. A party a home name finds is shown by its name as written; "the Conservatives" is a
party family's plural; a party family's word before a member's noun names the party, not a
person; an organisation's possessive before a bill is an actor (the bill's owner); a family's
plural is the text's "<word> Party"."""

from __future__ import annotations

import pytest
from actor_support import by_name, names


@pytest.fixture(scope="module")
def analyze(analyze_undated):
    """Undated texts, on the session's engine (conftest.py)."""
    return analyze_undated


def test_home_name_party_goes_by_its_written_name(analyze):
    doc = analyze("OTTAWA - The Liberals and the Green Party voted for the bill in the House "
                  "of Commons on Tuesday.")
    assert by_name(doc, "Liberals").country == "CAN"
    assert by_name(doc, "Green Party").country == "CAN"
    assert "Liberal Party of Canada" not in names(doc)


@pytest.mark.parametrize("text", [
    "LONDON - Labour voted for the bill, and most of the Conservatives voted against it.",
    "COPENHAGEN - The Social Democrats backed the bill; Venstre and the Conservatives split.",
])
def test_the_conservatives_are_a_party(analyze, text):
    doc = analyze(text)
    assert by_name(doc, "Conservatives").type == "organization"


def test_party_word_before_a_member_is_the_party_not_a_person(analyze):
    doc = analyze('BERLIN - The Greens voted for the bill. "It is time," said Katrin Wendel, '
                  "the Green member who drafted the bill.")
    assert "Green" not in names(doc)
    greens = by_name(doc, "Greens")
    assert any(m.text.startswith("the Green") and "Greens" not in m.text
               for m in greens.mentions)


def test_party_spokeswoman_names_the_party_by_its_plural(analyze):
    doc = analyze("STOCKHOLM - A Liberal spokeswoman said the party respected her decision.")
    assert by_name(doc, "Liberals").type == "organization"
    assert "Liberal" not in names(doc)


def test_possessive_party_before_a_bill_is_the_party(analyze):
    doc = analyze("LISBON - The Socialist Party's bill passed by 129 votes to 100. "
                  "The Socialists said rents had doubled.")
    party = by_name(doc, "Socialist Party")
    assert {m.text for m in party.mentions} >= {"The Socialist Party's", "The Socialists"}
    assert "Socialists" not in names(doc)
