"""Verbs whose event sense needs a political object, an actor as object, or no clause
complement (docs/realnews.md, second pass): the word lists ``object_sense_verbs``,
``actor_object_verbs`` and ``clause_sense_verbs`` of event_words.tsv. The sentences are our
own."""

from __future__ import annotations

from stancemap.model import Article


def event_types(engine, text: str) -> list[str]:
    return [e.type for e in engine.analyze(Article(id="t", text=text)).events]


def test_an_idiom_of_giving_is_no_event(engine):
    assert event_types(engine, "The late endorsement gave Senator Ada Pryce a lift in the"
                               " northern counties.") == []


def test_giving_aid_stays_an_event(engine):
    assert event_types(engine, "Norway gave Malawi two million dollars in flood aid.") == ["AID"]


def test_serving_in_an_office_is_no_event(engine):
    assert event_types(engine, "Rudd Okafor served as Governor Lena Marsh's campaign manager"
                               " for two years.") == []


def test_taking_a_line_is_no_event_but_taking_a_party_to_court_is(engine):
    assert event_types(engine, "Norway took a softer line on the fishing quotas.") == []
    assert event_types(engine, "Norway took Iceland to arbitration over the fishing"
                               " quotas.") == ["COERCE"]


def test_helping_a_bill_pass_is_no_aid(engine):
    assert "AID" not in event_types(engine, "A late wave of donations helped the measure pass"
                                            " in the state senate.")


def test_showing_or_admitting_that_is_no_protest_or_concession(engine):
    assert event_types(engine, "The audit demonstrated that the agency had wasted money.") == []
    assert event_types(engine, "Governor Lena Marsh conceded that the polls looked bad.") == []


def test_a_street_demonstration_stays_a_protest(engine):
    assert event_types(engine, "Thousands of farmers demonstrated in Lima against the"
                               " water law.") == ["PROTEST"]


def test_releasing_prisoners_stays_a_retreat(engine):
    assert event_types(engine, "Colombia released four rebels on Sunday.") == ["RETREAT"]


def test_sailors_released_are_people_released(engine):
    from stancemap.pipeline import with_concessions

    agentless = with_concessions(engine, "CONCEDE", agentless=True)  # (the release has no doer)
    assert "RETREAT" in event_types(agentless, "Peru detained twelve Chilean sailors near the"
                                            " coast. The sailors were released on Monday.")
