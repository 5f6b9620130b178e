"""Actors, stop 44, on our own sentences: the place a legislator sits for ("a Labour member for
X", "one member of the party, A, who represents X") is no actor, even where a placard quotes it
again; a body a member of it represents by name, or one found acting elsewhere, stays. A name in
another language with lower-case linking words inside ("X i te Y", "X mo Y") is one body."""

from __future__ import annotations

import pytest
from actor_support import names


@pytest.fixture(scope="module")
def analyze(analyze_undated):
    """Undated texts, on the session's engine (conftest.py)."""
    return analyze_undated


@pytest.mark.parametrize("text, seat, member", [
    ('"The port is ours," said Tomas Reyel, a Union of Moderate Parties member for Malekula, '
     '"and nobody else will run it."', "Malekula", "Tomas Reyel"),
    ("The bill passed with one vote from the opposition, cast by a member of the Reform Party, "
     "Ana Beltran, who represents Cayo Rural North.", "Cayo Rural North", "Ana Beltran"),
])
def test_a_members_seat_is_no_actor(analyze, text, seat, member):
    found = names(analyze(text))
    assert seat not in found
    assert member in found


def test_a_seat_quoted_again_on_a_placard_is_no_actor(analyze):
    doc = analyze("The deal was backed by Tomas Reyel, a Union of Moderate Parties member for "
                  "Malekula. About 200 people marched with placards reading \"Malekula is not "
                  "for sale.\"")
    assert "Malekula" not in names(doc)


def test_a_client_a_lawyer_represents_stays(analyze):
    # only a member of a legislature sits for a place; a lawyer's client is a body
    doc = analyze("Jane Doe, a lawyer who represents Northgate Mining, said the ruling was "
                  "wrong.")
    assert "Northgate Mining" in names(doc)


def test_a_seat_that_acts_elsewhere_stays(analyze):
    doc = analyze("Lena Varga, the member for Kestrel, voted against the bill. Kestrel said "
                  "on Friday it would appeal the decision.")
    assert "Kestrel" in names(doc)


@pytest.mark.parametrize("text, body", [
    ("Te Runanga i te Ao Hou, the national youth council, said the bill was a step backwards.",
     "Te Runanga i te Ao Hou"),
    ("The Vanua mo Lolokon Pati, part of the governing coalition, backed the lease.",
     "Vanua mo Lolokon Pati"),
    ("The Frente Civico por las 35 Horas said the reform was overdue.",
     "Frente Civico por las 35 Horas"),
])
def test_a_name_with_lower_case_linking_words_is_one_body(analyze, text, body):
    doc = analyze(text)
    found = [a for a in doc.actors if a.name == body]
    assert found and found[0].type == "organization"
    assert not any(a.name in body and a.name != body for a in doc.actors)


def test_a_persons_particle_is_left_alone(analyze):
    # "de" joins a person's names, not a body's: the person stays whole
    doc = analyze("Senator Lucia Ferreira de Souza said the budget was unfair.")
    assert "Lucia Ferreira de Souza" in names(doc)
