"""Event precision (stop 33): acts told as background, as a question, as what a reporter was
told or as what a law provides; summons and dismissals typed as PLOVER defines them. On our
own sentences, through the real engine."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text", [
    # the one who was told reports it: what he heard is the news, not a meeting
    "Senator Paul Okonjo said on Friday that President Ada Mensah had told him the budget "
    "would pass.",
    "Carla Ruiz, the mayor, said the interior minister Tomas Varga had told her in March "
    "that the funds were frozen.",
])
def test_a_telling_reported_by_its_addressee_is_no_consultation(analyze, text):
    assert not [e for e in events(analyze(text)) if e[0] == "CONSULT"]


def test_one_leader_telling_another_is_still_a_consultation(analyze):
    doc = analyze("Prime Minister Lena Holm told President Ada Mensah on Monday that the "
                  "border would stay open.")
    assert ("CONSULT", "Lena Holm", "Ada Mensah") in events(doc)


def test_a_habitual_act_in_a_relative_clause_is_background(analyze):
    # the simple present in a relative clause says what the actor does or is
    doc = analyze("Norway, which trains Mali's army, said on Monday it would send two more "
                  "advisers.")
    assert not [e for e in events(doc) if e[0] == "AID"]


def test_a_standing_position_in_a_relative_clause_stays_an_event(analyze):
    doc = analyze("The Green Party, which backs the mining ban, said the vote was a disgrace. "
                  "The ban was proposed by Chile.")
    assert any(e[0] == "SUPPORT" and e[1] == "Green Party" for e in events(doc))


@pytest.mark.parametrize("text", [
    # what a law or rule provides is no act of anyone
    "The law allows the army to detain protesters for three days without charge.",
    "The 2004 Harbour Act bars foreign companies from running the port, Chile's minister said.",
])
def test_a_law_as_the_subject_of_an_act_is_no_event(analyze, text):
    assert events(analyze(text)) == []


def test_a_party_named_law_still_acts(analyze):
    doc = analyze("Law and Justice condemned the tax on Monday, calling it a gift to Berlin.")
    assert any(e[0] == "ACCUSE" and e[1] == "Law and Justice" for e in events(doc))


def test_summoning_a_minister_to_answer_is_a_demand(analyze):
    doc = analyze("The Senate budget committee said it would summon the finance minister, "
                  "Ana Lopes, to explain the missing funds.")
    assert ("REQUEST", "Senate budget committee", "Ana Lopes") in events(doc)
    assert not [e for e in events(doc) if e[0] == "ACCUSE"]


def test_summoning_an_ambassador_is_still_a_complaint(analyze):
    doc = analyze("Chile summoned Peru's ambassador on Monday after the border incident.")
    assert ("ACCUSE", "Chile", "Peru") in events(doc)


@pytest.mark.parametrize("text", [
    "Peru's president dismissed the head of the national police, General Luis Prado, on "
    "Friday.",
    "Ghana's president sacked four ministers on Monday after the audit.",
])
def test_removing_a_person_from_office_is_a_sanction_not_a_rejection(analyze, text):
    types = [e[0] for e in events(analyze(text))]
    assert "SANCTION" in types and "REJECT" not in types


def test_dismissing_a_claim_is_still_a_rejection(analyze):
    doc = analyze("Poland dismissed the Russian proposal as a provocation on Monday.")
    assert any(e[0] == "REJECT" and e[1] == "Poland" for e in events(doc))


def test_an_agentless_passive_aside_is_no_event(analyze):
    doc = analyze("The mayor of Tarna said on Monday that two council officers had been "
                  "attacked near the market.")
    assert not [e for e in events(doc) if e[0] == "ASSAULT"]


def test_an_agentless_passive_as_the_main_clause_is_still_an_event(analyze_agentless):
    analyze = analyze_agentless  # (acts whose doer names no actor kept)
    # the sentence's own news, as the CAMEO sentences code it
    doc = analyze("Three opposition activists were arrested in Minsk on Monday.")
    assert any(e[0] == "COERCE" for e in events(doc))


def test_a_direct_question_asserts_no_act(analyze):
    doc = analyze("So did the Senate defend Chile's sovereignty or give Lima a propaganda "
                  "victory?")
    assert events(doc) == []


def test_a_statement_with_the_same_verbs_is_still_an_act(analyze):
    doc = analyze("The Senate defended Chile's sovereignty on Monday.")
    assert any(e[0] == "SUPPORT" and e[1] == "Senate" for e in events(doc))
