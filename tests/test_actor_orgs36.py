"""Organisations the actor stage folded into their state or cut, stop 36: our own sentences."""

from __future__ import annotations

import pytest


def _actors(doc):
    return {a.name: a for a in doc.actors}


def _cut_actors(engine, text: str, cut: list[tuple[int, int, str]]) -> dict:
    """The actors of ``text`` when the tagger cuts its names as ``cut`` says (token spans and
    labels), as it does in longer articles."""
    from spacy.tokens import Span

    from stancemap.actors import ActorStage

    doc = engine.nlp(text)
    doc.ents = [Span(doc, a, b, label=lab) for a, b, lab in cut]
    stage = next(s for s in engine.stages if isinstance(s, ActorStage))
    return {a.name: a for a in stage(doc)._.actors}


@pytest.mark.parametrize("text, cut, name, country", [
    # "[Danish] [Handball Federation]": a demonym the tagger cut off a body's name
    ("The Danish Handball Federation said on Monday it would not send a team.",
     [(1, 2, "NORP"), (2, 4, "ORG")], "Danish Handball Federation", "DNK"),
    # "[The Chilean] Chamber of Commerce": the body word and its "of" part left untagged
    ("The Chilean Chamber of Commerce welcomed the tax cut.",
     [(0, 2, "ORG")], "Chilean Chamber of Commerce", "CHL"),
])
def test_a_demonym_opens_a_bodys_name(engine, text, cut, name, country):
    actors = _cut_actors(engine, text, cut)
    assert name in actors, sorted(actors)
    assert actors[name].type == "organization"
    assert actors[name].country == country


def test_a_states_office_stays_the_state(analyze):
    # "the Russian Defence Ministry" speaks for Russia (the house convention), no new body
    actors = _actors(analyze("The Russian Defence Ministry said the base was vital to the "
                             "security of the region."))
    assert "Russia" in actors, sorted(actors)
    assert not any("Ministry" in n for n in actors), sorted(actors)


def test_a_stamped_name_with_a_body_apposition_is_that_body(analyze):
    # a live blog's "12:40 - Zorka, the ... group, says": the tagger reads the name as time
    doc = analyze("Three prisoners were freed on Monday.\n\n12:40 - Zorka, the Serbian human "
                  "rights group, says more than 300 people remain in jail. It calls the release "
                  "welcome.")
    actors = _actors(doc)
    assert "Zorka" in actors, sorted(actors)
    assert actors["Zorka"].type == "organization"
    assert actors["Zorka"].country == "SRB"
    assert actors["Zorka"].id in {s.speaker for s in doc.statements}


def test_a_body_the_tagger_took_for_a_place_is_a_body(engine):
    # "the Malawi Union of Teachers" tagged as a place: the union, of Malawi
    actors = _cut_actors(engine, "She chairs the Malawi Union of Teachers, which called a strike.",
                         [(2, 7, "GPE")])
    assert "Malawi Union of Teachers" in actors, sorted(actors)
    assert actors["Malawi Union of Teachers"].type == "organization"
    assert actors["Malawi Union of Teachers"].country == "MWI"


def test_a_state_name_ending_an_untagged_name_makes_a_body(analyze):
    actors = _actors(analyze("Offshore Danmark, which negotiates for the oil companies, "
                             "welcomed the ruling on Friday."))
    assert "Offshore Danmark" in actors, sorted(actors)
    assert actors["Offshore Danmark"].type == "organization"
    assert actors["Offshore Danmark"].country == "DNK"
    assert "Denmark" not in actors
