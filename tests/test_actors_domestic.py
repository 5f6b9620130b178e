"""Actors of domestic party politics (stop 31): party officers named by their office,
parties of the gazetteer, state chapters of national organisations. Sentences of our own."""

from __future__ import annotations

import pytest

from stancemap.model import Actor, Document


@pytest.fixture(scope="module")
def analyze():
    from stancemap.model import Article
    from stancemap.pipeline import Engine

    engine = Engine()
    return lambda text: engine.analyze(Article(id="t", text=text, date="2026-03-01"))


def by_name(doc: Document, name: str) -> Actor:
    hits = [a for a in doc.actors if a.name == name]
    assert hits, f"no actor {name!r} in {[a.name for a in doc.actors]}"
    return hits[0]


def names(doc: Document) -> set[str]:
    return {a.name for a in doc.actors}


@pytest.mark.parametrize("text, person, mention", [
    ("The People Power Party tabled a motion on Monday. The People Power Party's leader said "
     "the vote was rushed.", "People Power Party leader", "The People Power Party's leader"),
    ("Fidesz lost two seats in the by-election. Its leader said the count was unfair.",
     "Fidesz leader", "Its leader"),
    ("Fidesz lost two seats in the by-election. Its deputy leader said the count was unfair.",
     "Fidesz deputy leader", "Its deputy leader"),
    ("Komeito lost two seats in the by-election. Its co-leader told reporters the party "
     "would fight on.", "Komeito co-leader", "Its co-leader"),
])
def test_party_officer_named_by_office_is_a_person(analyze, text, person, mention):
    doc = analyze(text)
    officer = by_name(doc, person)
    assert officer.type == "person"
    assert mention in [m.text for m in officer.mentions]


def test_officer_with_a_name_is_that_person(analyze):
    doc = analyze("Fidesz lost two seats. Its leader, Karl Benedek, said the count was unfair.")
    assert "Fidesz leader" not in names(doc)
    assert "Karl Benedek" in names(doc)
