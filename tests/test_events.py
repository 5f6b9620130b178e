"""PLOVER events on our own sentences: one test per hard case, through the real engine."""

from __future__ import annotations

import pytest

from stancemap.events import QUAD, EventStage, Lexicon, PloverEvent
from stancemap.model import Document

PUB = "2024-03-14"  # a Thursday


@pytest.fixture(scope="module")
def analyze():
    from stancemap.model import Article
    from stancemap.pipeline import Engine

    engine = Engine()
    assert any(isinstance(s, EventStage) for s in engine.stages)
    return lambda text, date=PUB: engine.analyze(Article(id="t", text=text, date=date))


def events(doc: Document) -> list[tuple[str, str | None, str | None]]:
    """(type, source name, target name) of every event, in order."""
    names = {a.id: a.name for a in doc.actors}
    return [(e.type, names.get(e.source or ""), names.get(e.target or "")) for e in doc.events]


def only(doc: Document, etype: str) -> list[PloverEvent]:
    return [e for e in doc.events if e.type == etype]  # type: ignore[misc]


# -- negation and refusal ------------------------------------------------------------------


def test_no_plans_to_send_troops_is_reject_not_mobilize(analyze):
    doc = analyze("Norway has no plans to send troops to Mali.")
    assert events(doc) == [("REJECT", "Norway", "Mali")]
    assert doc.events[0].quad == "VERBAL_CONFLICT"


def test_negated_past_event_is_no_event(analyze):
    assert events(analyze("Poland did not attack Belarus.")) == []


def test_will_not_is_a_refusal(analyze):
    doc = analyze("Bangladesh said it would not accept more refugees from Myanmar.")
    assert [t for t, _, _ in events(doc)] == ["REJECT"]
    assert events(doc)[0][1] == "Bangladesh"


def test_refusal_verb_takes_its_complement_target(analyze):
    assert events(analyze("Hungary refused to join the sanctions against Russia.")) == [
        ("REJECT", "Hungary", "Russia")
    ]


def test_conditional_offer_is_no_event(analyze):
    assert events(analyze("Morocco will recognize the new government only if elections are "
                          "held.")) == []


# -- future cooperation, talks, visits ---------------------------------------------------


def test_future_cooperation_is_agree(analyze):
    doc = analyze("Kenya will sign a trade agreement with Uganda next week.")
    assert events(doc) == [("AGREE", "Kenya", "Uganda")]
    e = doc.events[0]
    assert e.quad == "VERBAL_COOPERATION"
    assert (e.date, e.date_granularity, e.date_text) == ("2024-W12", "week", "next week")


def test_future_material_conflict_is_threaten(analyze):
    doc = analyze("Turkey will impose tariffs on Greek goods.")
    assert [(t, s) for t, s, _ in events(doc)] == [("THREATEN", "Turkey")]


def test_third_party_urging_talks_is_request_meet(analyze):
    doc = analyze("Norway urged Armenia and Azerbaijan to resume peace talks.")
    assert events(doc) == [("REQUEST", "Norway", "Armenia"), ("REQUEST", "Norway", "Azerbaijan")]
    assert {e.mode for e in doc.events} == {"meet"}
    assert {e.quad for e in doc.events} == {"VERBAL_CONFLICT"}


def test_party_open_to_talks_is_agree(analyze):
    doc = analyze("Armenia said it is open to talks with Azerbaijan.")
    assert events(doc) == [("AGREE", "Armenia", "Azerbaijan")]
    assert doc.events[0].quad == "VERBAL_COOPERATION"


def test_visitor_is_the_source_of_a_visit(analyze):
    doc = analyze("Indian Prime Minister Vikram Rao visited Japan on Monday.")
    assert events(doc) == [("CONSULT", "Vikram Rao", "Japan")]
    assert (doc.events[0].date, doc.events[0].date_granularity) == ("2024-03-11", "day")


def test_host_is_the_target_of_a_visit(analyze):
    doc = analyze("Japan hosted the Indian foreign minister, Anil Mehra, in Tokyo.")
    assert events(doc) == [("CONSULT", "Anil Mehra", "Japan")]


def test_talks_between_two_parties_go_both_ways(analyze):
    doc = analyze("Egypt and Sudan held talks on Tuesday.")
    assert sorted(events(doc)) == [("CONSULT", "Egypt", "Sudan"), ("CONSULT", "Sudan", "Egypt")]
    assert {e.date for e in doc.events} == {"2024-03-12"}


# -- several sources, targets and events -----------------------------------------------


def test_three_sources_are_three_events_with_the_owner_as_target(analyze):
    doc = analyze("Denmark, Sweden and Finland backed Estonia's proposal.")
    assert events(doc) == [
        ("SUPPORT", "Denmark", "Estonia"),
        ("SUPPORT", "Sweden", "Estonia"),
        ("SUPPORT", "Finland", "Estonia"),
    ]
    assert {e.quad for e in doc.events} == {QUAD["SUPPORT"]}


def test_several_events_in_one_sentence_in_text_order(analyze):
    doc = analyze("Ghana condemned the attack and sent aid to Togo.")
    assert events(doc) == [("ACCUSE", "Ghana", None), ("AID", "Ghana", "Togo")]
    assert doc.events[0].evidence.start <= doc.events[1].evidence.start
    assert [e.quad for e in doc.events] == ["VERBAL_CONFLICT", "MATERIAL_COOPERATION"]


# -- reported speech ------------------------------------------------------------------------


def test_reported_event_belongs_to_who_acted(analyze):
    doc = analyze("A Polish official said Belarus had deployed troops near the border.")
    assert [(t, s) for t, s, _ in events(doc)] == [("MOBILIZE", "Belarus")]
    assert doc.events[0].quad == "MATERIAL_CONFLICT"


def test_claims_are_not_events(analyze):
    assert events(analyze("Ukrainian officials claimed that Russia had shelled Kherson.")) == []


def test_speaker_demand_in_reported_speech(analyze):
    doc = analyze("Australia said China must lift its tariffs on Australian wine.")
    assert events(doc) == [("REQUEST", "Australia", "China")]
    assert doc.events[0].mode == "demand"


def test_first_person_in_a_quote_is_the_speaker(analyze):
    doc = analyze('"We are ready to resume talks with Kyiv," Finnish Foreign Minister Aino '
                  'Lehto said.')
    assert [(t, s) for t, s, _ in events(doc)] == [("AGREE", "Aino Lehto")]


# -- coercion, protest, dates -------------------------------------------------------------


def test_generic_sources_keep_their_phrase(analyze):
    doc = analyze("Police arrested dozens of protesters in Tbilisi on Sunday.")
    assert [e.type for e in doc.events] == ["COERCE"]
    e = doc.events[0]
    assert e.source_text is not None and e.source_text.text == "Police"
    assert (e.date, e.date_text) == ("2024-03-10", "on Sunday")
    d = e.to_dict()
    assert d["source_text"]["text"] == "Police" and d["date_granularity"] == "day"


def test_relative_period_dates(analyze):
    doc = analyze("Chile and Peru agreed to reopen their border in late February.")
    assert {e.type for e in doc.events} == {"CONCEDE"}  # a promised concession stays CONCEDE
    e = doc.events[0]
    assert (e.date, e.date_granularity, e.date_text) == (
        "2024-02-21/2024-02-29", "period", "in late February")


def test_publication_date_is_the_default(analyze):
    doc = analyze("Brazil sent 200 tonnes of food to Haiti.")
    assert events(doc) == [("AID", "Brazil", "Haiti")]
    assert (doc.events[0].date, doc.events[0].date_text) == (PUB, None)


def test_lexicon_files_load_and_are_consistent():
    lex = Lexicon.load()
    assert lex.verbs["urge"].type == "REQUEST" and lex.verbs["demand"].mode == "demand"
    assert lex.nouns["air strike"].type == "ASSAULT"
    assert "speech" in lex.kinds("say")


def test_output_validates_and_offsets_hold(analyze):
    from stancemap.model import output
    from stancemap.schema import check_offsets, validate_output

    doc = analyze("Egypt and Sudan held talks on Tuesday. Police arrested dozens of protesters in "
                  "Khartoum, and Sudan accused Egypt of meddling.")
    obj = output([doc])
    assert validate_output(obj) == [] and check_offsets(obj) == []
    for e in obj["documents"][0]["events"]:
        for key in ("evidence", "trigger", "source_text", "target_text"):
            if key in e:
                span = e[key]
                assert doc.text[span["start"]:span["end"]] == span["text"]
        assert e["quad"] == QUAD[e["type"]]


def test_future_concession_option():
    from stancemap.model import Article
    from stancemap.pipeline import Engine

    engine = Engine()
    n = next(k for k, s in enumerate(engine.stages) if isinstance(s, EventStage))
    engine.stages[n] = EventStage(future_concession="AGREE")
    doc = engine.analyze(Article(id="t", text="Chile agreed to lift the ban on Peruvian beef."))
    assert [e.type for e in doc.events] == ["AGREE"]
    with pytest.raises(ValueError):
        EventStage(future_concession="RETREAT")
