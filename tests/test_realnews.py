"""What real news writes and our annotated sets do not (docs/realnews.md): typographic
apostrophes, a reporter's own questions, candidates' standing with voters, campaign contests
told in words of force. The sentences are our own."""

from __future__ import annotations

from stancemap.model import Article


def analyze(engine, text: str):
    return engine.analyze(Article(id="t", text=text))


def stance_rows(doc) -> list[tuple[str, str]]:
    names = {a.id: a.name for a in doc.actors}
    return [(names[s.actor], s.polarity) for s in doc.stances]


def event_rows(doc) -> list[tuple[str, str | None, str | None]]:
    names = {a.id: a.name for a in doc.actors}
    return [(e.type, names.get(e.source), names.get(e.target)) for e in doc.events]


def test_typographic_negation_is_a_negation(engine):
    # "don’t" with U+2019: spaCy used to hang "n’t" on "do", so the stance came out support
    doc = analyze(engine, "“I don’t want to talk about the harbor levy,” Senator Ada Pryce said.")
    assert stance_rows(doc) == [("Ada Pryce", "oppose")]


def test_typographic_apostrophes_stay_in_the_output(engine):
    text = "“I don’t want to talk about the harbor levy,” Senator Ada Pryce said."
    doc = analyze(engine, text)
    assert doc.text == text
    for st in doc.stances:
        assert st.evidence.text == text[st.evidence.start:st.evidence.end]
    for stmt in doc.statements:
        assert "don’t" in stmt.content.text
        assert stmt.content.text == text[stmt.content.start:stmt.content.end]


def test_a_reporters_question_asserts_nothing(engine):
    doc = analyze(engine, "The council sent a subpoena to the Harbor Trust. Did the Harbor Trust"
                          " refuse to hand over its ledgers? Nobody could say.")
    assert not doc.stances
    assert not [e for e in event_rows(doc) if e[0] == "REJECT"]


def test_a_personal_pronoun_is_no_proposition(engine):
    doc = analyze(engine, "“Voters in this county know me and have voted for me three times,”"
                          " Senator Ada Pryce said.")
    assert not doc.stances


def test_a_candidates_standing_with_voters_is_no_position(engine):
    # a bare "support" that is a subject, or what a candidate hopes to win, backs no levy
    for text in ("Senator Ada Pryce's support has fallen in the north.",
                 "Senator Ada Pryce hopes to win support among farmers."):
        doc = analyze(engine, "The ministry proposed a new levy on banks. " + text)
        assert [name for name, _ in stance_rows(doc)] == ["ministry"], text


def test_voiced_support_is_still_a_position(engine):
    doc = analyze(engine, "The ministry proposed a new levy on banks. Germany voiced its support"
                          " on Monday.")
    assert ("Germany", "support") in stance_rows(doc)


def test_attacking_a_person_is_a_verbal_attack(engine):
    doc = analyze(engine, "Senator Ada Pryce attacked Governor Tom Vale over the harbor levy on"
                          " Monday.")
    assert event_rows(doc) == [("ACCUSE", "Ada Pryce", "Tom Vale")]


def test_a_contest_between_two_persons_is_no_force(engine):
    doc = analyze(engine, "Ada Pryce, who is battling Tom Vale for first place in the polls, spoke"
                          " in Leeds on Monday.")
    assert not [e for e in event_rows(doc) if e[0] in ("ASSAULT", "COERCE")]


def test_an_act_of_nobody_named_is_no_event(engine):
    doc = analyze(engine, "“You’ve got to ask hard questions,” said Tom Okafor, a retired teacher"
                          " from Leeds.")
    assert not [e for e in doc.events if e.source is None and e.target is None]


def test_wanting_to_know_asks_a_question(engine):
    # stop 35, sample D: a wish to find out is no course of action ("wanted to know whether X")
    doc = analyze(engine, "Senator Ada Pryce wanted to know whether the port authority had"
                          " misled the families of the dockers.")
    assert not doc.stances
    doc = analyze(engine, "Senator Ada Pryce wanted to end the subsidies for the port authority.")
    assert stance_rows(doc) == [("Ada Pryce", "support")]


def test_a_chamber_majority_leader_does_not_speak_for_the_chamber(engine):
    # "Senate Majority Leader X" leads a party in the Senate: the Senate does not take X's view
    doc = analyze(engine, "The Senate passed the farm bill on Monday. Senate Majority Leader"
                          " Tom Barker said he opposes the new tariff on Canadian steel.")
    rows = [(n, p) for n, p in stance_rows(doc)]
    assert ("Tom Barker", "oppose") in rows
    assert ("Senate", "oppose") not in rows
    assert ("Tom Barker", "support") not in rows  # nor does X take the Senate's vote


def test_the_one_asked_to_act_holds_no_stance(engine):
    # "it is time for X to do Y": X is asked to act; the speaker (or nobody) holds the course
    doc = analyze(engine, "Senator Ada Pryce said it is well past time for the Treasury to raise"
                          " the tariff on steel.")
    assert stance_rows(doc) == [("Ada Pryce", "support")]
    doc = analyze(engine, "It is well past time for the Treasury to raise the tariff on steel.")
    assert not doc.stances


def test_an_act_hoped_to_be_seen_is_not_its_doers_position(engine):
    # "wants to see X embrace Y": X is hoped to act; a seen act ("saw X reject Y") stays X's
    doc = analyze(engine, "Senator Ada Pryce wants to see Governor Tom Barker embrace the new"
                          " tariff on steel.")
    assert "Tom Barker" not in [name for name, _ in stance_rows(doc)]
    doc = analyze(engine, "Senator Ada Pryce saw Governor Tom Barker reject the tariff on steel.")
    assert stance_rows(doc) == [("Tom Barker", "oppose")]


def test_criticism_one_faces_is_not_ones_own(engine):
    # "X has faced criticism": X is criticised; the bare noun is no stance of X's
    doc = analyze(engine, "Senator Ada Pryce backed the new tariff on steel on Monday. Governor"
                          " Tom Barker has faced sharp criticism in recent weeks.")
    assert stance_rows(doc) == [("Ada Pryce", "support")]


def test_a_plan_one_draws_is_ones_own(engine):
    # "draw" receives criticism, but a drawn plan is drawn up: the subject's own
    doc = analyze(engine, "The Greens drew up a plan to scrap the new tariff on steel.")
    assert stance_rows(doc) == [("Greens", "oppose")]
