"""Actors, stop 41, on our own sentences: a name the tagger took for a person's that it reads
as a place elsewhere in the text, or that follows a governor's "of", is a place; the gazette
a decree was published in is no actor; a document ("The order, issued by ...") speaks for no
actor of its own; a conference its members name ("Episcopal", "of Catholic Bishops") is a
body, not a meeting; a minister's portfolio runs over its "and" ("for flood crisis and civil
response"), and no mention ends in "and"; one tagged name over a place, a comma and a
person's name is the person ("from Chihuahua, Marisol Peña")."""

from __future__ import annotations

import pytest
from actor_support import names


@pytest.fixture(scope="module")
def analyze(analyze_undated):
    """Undated texts, on the session's engine (conftest.py)."""
    return analyze_undated


def test_name_tagged_as_a_place_elsewhere_is_no_person(analyze):
    doc = analyze('Police clashed with protesters in Mersin on Friday. Later, "Mersin is '
                  'ours," the crowd chanted, and Mersin stayed calm.')
    assert "Mersin" not in names(doc), names(doc)


def test_name_after_a_governors_of_is_a_place(analyze):
    doc = analyze("Relief was slow in the east. Earlier the governor of Zabul had closed the "
                  "roads to foreign crews.")
    assert "Zabul" not in names(doc), names(doc)


def test_gazette_a_decree_was_published_in_is_no_actor(analyze):
    doc = analyze("ISTANBUL, March 3 - The decree, published in the Official Gazette shortly "
                  "after midnight, removes the board of the central bank.")
    assert not any("Gazette" in n for n in names(doc)), names(doc)


def test_a_document_is_no_speaker(analyze):
    doc = analyze("The order, issued by the regional council, tells women to stay home until "
                  "further notice.")
    assert "order" not in names(doc), names(doc)


@pytest.mark.parametrize(("text", "body"), [
    ("The Ecuadorian Episcopal Conference offered to mediate between the government and the "
     "strikers.", "Ecuadorian Episcopal Conference"),
    ('The Zambia Conference of Catholic Bishops said the decision "risks turning an election '
     'into a coronation."', "Zambia Conference of Catholic Bishops"),
])
def test_conference_its_members_name_is_a_body(analyze, text, body):
    doc = analyze(text)
    assert body in names(doc), names(doc)


def test_conference_as_a_meeting_is_no_body(analyze):
    doc = analyze("The Lisbon Conference on oceans ended on Friday without a declaration.")
    assert not any("Conference" in n for n in names(doc)), names(doc)


def mention_texts(doc, name: str) -> list[str]:
    """The mentions of the actor named ``name``, as written."""
    return [m.text for a in doc.actors if a.name == name for m in a.mentions]


def test_portfolio_runs_over_its_and(analyze):
    doc = analyze("SOFIA, June 3 - Bulgaria's minister for flood crisis and civil response "
                  "resigned on Tuesday, a week after a river burst its banks.")
    assert "Bulgaria's minister for flood crisis and civil response" in mention_texts(
        doc, "Bulgaria's minister"), [(a.name, [m.text for m in a.mentions]) for a in doc.actors]


def test_mention_never_ends_in_and(analyze):
    doc = analyze("MADRID, July 1 - Spain's minister for energy transition and demographic "
                  "challenge resigned on Friday after the blackout.")
    texts = [m.text for a in doc.actors for m in a.mentions]
    assert not any(t.endswith(" and") for t in texts), texts


def test_place_and_person_in_one_tagged_name_are_apart(engine):
    """The tagger's mistake made by hand: one ORG over "Oaxaca, Lucia Reyes"."""
    from spacy.tokens import Span

    from stancemap.model import Article

    text = "A PT deputy from Oaxaca, Lucia Reyes, said she had backed the reform."
    doc = engine.nlp(text)
    start = next(t.i for t in doc if t.text == "Oaxaca")
    doc.ents = [Span(doc, start, start + 4, label="ORG")]
    out = engine.process(doc, Article(id="t", text=text))
    got = [a.name for a in out.actors]
    assert "Lucia Reyes" in got, got
    assert not any("," in n for n in got), got
