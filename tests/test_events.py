"""PLOVER events on our own sentences: one test per hard case, through the real engine."""

from __future__ import annotations

import pytest

from stancemap.events import QUAD, EventStage, Lexicon, PloverEvent
from stancemap.model import Document

PUB = "2024-03-14"  # a Thursday


@pytest.fixture(scope="module")
def analyze(engine):
    """Text (and a date) to a Document, on the session's engine (conftest.py)."""
    from stancemap.model import Article

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


def test_parties_of_a_symmetric_act_are_named_by_their_coordination(analyze):
    doc = analyze("The armies of Egypt and Sudan held talks on Tuesday.")
    assert len(doc.events) == 2
    assert {(e.source_text.text, e.target_text.text) for e in doc.events} == {
        ("The armies of Egypt and Sudan", "The armies of Egypt and Sudan")}


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


# -- held-out error classes (own sentences) ----------------------------------------------------


def test_voting_for_a_text_is_support_and_voting_no_is_reject(analyze):
    doc = analyze("Norway tabled a resolution on whaling. Kenya voted in favour of the "
                  "resolution. Ghana voted for the text.")
    assert [(t, s) for t, s, _ in events(doc)] == [("SUPPORT", "Kenya"), ("SUPPORT", "Ghana")]
    doc = analyze("Peru voted no.")
    assert [(t, s) for t, s, _ in events(doc)] == [("REJECT", "Peru")]


def test_official_voicing_state_intention_is_the_source(analyze):
    # "X said <X's own state> would ..." is X's act; a state's own statement stays the state's
    doc = analyze("Peruvian Foreign Minister Ana Ruiz said Lima would vote no.")
    assert events(doc) == [("REJECT", "Ana Ruiz", None)]
    doc = analyze("Peruvian Foreign Minister Ana Ruiz said Lima would seek sanctions against "
                  "Bolivia.")
    assert events(doc) == [("THREATEN", "Ana Ruiz", "Bolivia")]
    assert doc.events[0].mode == "sanction"


def test_official_reporting_another_state_keeps_that_state(analyze):
    doc = analyze("Peruvian Foreign Minister Ana Ruiz said Chile would veto the plan.")
    assert [(t, s) for t, s, _ in events(doc)] == [("REJECT", "Chile")]


def test_spoke_with_by_phone_is_consult_but_not_with_one_voice(analyze):
    doc = analyze("Peruvian President Ana Ruiz spoke with Chilean President Jorge Soto by phone "
                  "on Monday.")
    assert events(doc) == [("CONSULT", "Ana Ruiz", "Jorge Soto")]
    assert analyze("The region has spoken with one voice.").events == []


def test_telling_another_leader_is_consult(analyze):
    doc = analyze("Peruvian President Ana Ruiz told Chilean President Jorge Soto that talks "
                  "would resume.")
    assert ("CONSULT", "Ana Ruiz", "Jorge Soto") in events(doc)
    doc = analyze("Peruvian President Ana Ruiz told reporters that talks would resume.")
    assert not only(doc, "CONSULT")


def test_expected_actor_to_act_is_request(analyze):
    doc = analyze("Chile expected Peru to release the fishermen.")
    assert events(doc) == [("REQUEST", "Chile", "Peru")]


def test_presenting_options_is_an_offer_without_a_foreign_owner(analyze, monkeypatch):
    # the rules' reading, the target ranker off: the offer is not aimed at the proposal's owner
    # (the stop-47 ranker, which guesses targets the rules leave open, gives it Poland, a member
    # state the options go to)
    monkeypatch.setenv("STANCEMAP_EVENT_TARGETS", "0")
    doc = analyze("Poland tabled a Polish proposal. The European Commission said it would "
                  "present options to member states.")
    assert ("AGREE", "European Commission", None) in events(doc)


def test_retaliatory_duties_target_where_goods_come_from(analyze):
    doc = analyze("Chile retaliated within days, imposing duties on wine imported from "
                  "Argentina.")
    assert events(doc) == [("SANCTION", "Chile", "Argentina")]
    doc = analyze("The European Union imposed tariffs of up to 20% on electric cars made in "
                  "China.")
    assert events(doc) == [("SANCTION", "European Union", "China")]


def test_warning_of_all_necessary_measures_is_threaten(analyze):
    doc = analyze("Turkish Defence Minister Kemal Aksoy warned that Ankara would take all "
                  "necessary measures to protect its citizens.")
    assert [(t, s) for t, s, _ in events(doc)] == [("THREATEN", "Kemal Aksoy")]


def test_money_in_aid_for_a_country_is_aid(analyze):
    doc = analyze("Japan announced $50 million in new emergency aid for Nepal.")
    assert events(doc) == [("AID", "Japan", "Nepal")]


def test_inquiry_finding_is_accuse_by_its_owner(analyze):
    doc = analyze("The European Commission said its investigation had found that Chile "
                  "subsidised its farmers.")
    assert ("ACCUSE", "European Commission", "Chile") in events(doc)


def test_labelling_conduct_is_accuse_unless_praise(analyze):
    doc = analyze("Peruvian President Ana Ruiz called Chile's conduct \"a deliberate test of our "
                  "patience.\"")
    assert events(doc) == [("ACCUSE", "Ana Ruiz", "Chile")]
    # praise is no criticism; it supports whoever made the thing praised
    assert events(analyze("Peru called Chile's offer a welcome step.")) == [
        ("SUPPORT", "Peru", "Chile")]


def test_disgrace_in_a_quote_is_accuse_and_victims_paying_is_no_threat(analyze):
    doc = analyze("Bolivia vetoed the resolution on Monday. \"This veto is a disgrace. The "
                  "people of Peru will pay the price,\" Chilean Ambassador Ana Ruiz said.")
    assert events(doc) == [("REJECT", "Bolivia", None), ("ACCUSE", "Ana Ruiz", "Bolivia")]


def test_complement_of_urging_through_keep_is_no_event(analyze):
    doc = analyze("Kenya urged Peru to keep working with Chile on a new resolution.")
    assert events(doc) == [("REQUEST", "Kenya", "Peru")]


def test_conditional_on_complement_blocks_support(analyze):
    doc = analyze("Spanish Economy Minister Javier Ortega said Madrid would support making the "
                  "tariffs permanent only if the Commission guaranteed compensation.")
    assert doc.events == []


def test_background_relative_clause_is_no_event(analyze):
    doc = analyze("France, which pushed for the investigation, welcomed the decision.")
    assert [(t, s) for t, s, _ in events(doc)] == [("SUPPORT", "France")]


def test_helping_organise_a_protest_is_not_aid(analyze):
    assert analyze("Nils Eira, a herder who helped organise the rally, spoke.").events == []
    assert [e.type for e in analyze("Japan helped Nepal rebuild schools.").events] == ["AID"]


def test_one_event_per_act_when_some_object_is_an_actor(analyze):
    doc = analyze("The Rapid Support Forces (RSF) shelled camps. The United States imposed "
                  "sanctions on a senior RSF commander and two companies.")
    assert only(doc, "SANCTION") and [e.target for e in only(doc, "SANCTION")] == [
        doc.events[0].source]


def test_signing_an_agreement_targets_the_other_party(analyze):
    doc = analyze("Norway and Canada signed an agreement to share ship-tracking data.")
    assert sorted(events(doc)) == [("SUPPORT", "Canada", "Norway"),
                                   ("SUPPORT", "Norway", "Canada")]


def test_condemning_strikes_targets_who_carried_them_out(analyze):
    doc = analyze("Chile struck rebel positions near the border. Peru condemned the strikes.")
    assert ("ACCUSE", "Peru", "Chile") in events(doc)


def test_both_sides_are_the_parties_just_named(analyze):
    doc = analyze("Kenya urged Chile and Peru to agree to a truce, as mediators from Egypt and "
                  "Qatar pressed both sides to return to talks.")
    reqs = {(s, t) for ty, s, t in events(doc) if ty == "REQUEST"}
    assert {("Egypt", "Chile"), ("Egypt", "Peru"), ("Qatar", "Chile"), ("Qatar", "Peru")} <= reqs


def test_a_comment_after_a_comma_is_no_target(analyze):
    doc = analyze("Peruvian Foreign Minister Ana Ruiz said Lima would vote against the plan, a "
                  "position shared by Chile.")
    assert [(t, s, g) for t, s, g in events(doc)] == [("REJECT", "Ana Ruiz", None)]


def test_reporter_of_a_thing_clause_keeps_a_coordinated_accusation(analyze):
    doc = analyze("Russian spokeswoman Yelena Orlova said the charges were \"pure fantasy\" and "
                  "accused the Nordic states of militarising the region.")
    assert [(t, s) for t, s, _ in events(doc)] == [("ACCUSE", "Yelena Orlova")]


def test_coordinated_past_act_does_not_inherit_the_reported_future(analyze):
    doc = analyze("The Chilean Farmers' Association (CFA) said the tariffs would raise prices, "
                  "and called on Chile and Peru to reach a settlement.")
    assert [(t, g) for t, _, g in events(doc)] == [("REQUEST", "Chile"), ("REQUEST", "Peru")]


def test_voting_for_a_text_targets_its_drafter(analyze):
    doc = analyze("Britain's draft text received 13 votes. Ghana voted for the text.")
    assert events(doc) == [("SUPPORT", "Ghana", "United Kingdom")]


def test_criticising_a_demand_in_an_object_relative_is_reject(analyze):
    doc = analyze("Kenya demands that Peru withdraw its troops, a demand that Chile lambasted as "
                  "absurd.")
    assert [(t, s) for t, s, _ in events(doc)] == [("REQUEST", "Kenya"), ("REJECT", "Chile")]


def test_labelling_participle_in_reported_speech_is_the_speakers_accusation(analyze):
    doc = analyze("Chile tabled a proposal to lift the ban. Peruvian Prime Minister Ana Ruiz said "
                  "her government would veto any decision that weakened the ban, calling the "
                  "plan \"a gift to smugglers.\"")
    # the veto's target is not in its clause: the story's ranker (events/targets.py) gives
    # the proposal's author
    assert events(doc) == [("REJECT", "Ana Ruiz", "Chile"), ("ACCUSE", "Ana Ruiz", "Chile")]


def test_official_reporting_a_completed_act_of_the_state_keeps_the_state(analyze):
    doc = analyze("Peruvian Foreign Minister Ana Ruiz said Lima had rejected the proposal.")
    assert [(t, s) for t, s, _ in events(doc)] == [("REJECT", "Peru")]


# -- non-events, money, labels, meetings (invented sentences) ------------------------------


def test_provided_as_a_conjunction_is_no_aid(analyze):
    doc = analyze("Chile would lift its veto, provided Peru stopped blocking the pipeline.")
    assert "AID" not in [t for t, _, _ in events(doc)]


def test_releasing_money_is_aid_and_releasing_prisoners_is_retreat(analyze):
    assert events(analyze("Washington had released $12 million in aid to Chile.")) == [
        ("AID", "United States", "Chile")]
    assert [t for t, _, _ in events(analyze("Peru released 40 prisoners on Monday."))] == [
        "RETREAT"]


def test_transferring_money_is_aid(analyze):
    assert events(analyze("Ottawa had transferred another C$3 billion to Kyiv.")) == [
        ("AID", "Canada", "Ukraine")]


def test_approving_a_grant_is_aid(analyze):
    assert [t for t, _, _ in events(analyze("The World Bank approved a $200 million grant for "
                                            "Chad."))] == ["AID"]


def test_extending_sanctions_is_sanction(analyze):
    assert events(analyze("The European Union extended sanctions on Iran.")) == [
        ("SANCTION", "European Union", "Iran")]


def test_a_journalists_question_is_no_request(analyze):
    doc = analyze("Asked about the tariffs, Lopez said Chile was ready to talk.")
    assert "REQUEST" not in [t for t, _, _ in events(doc)]


def test_warning_of_consequences_others_would_draw_is_no_threat(analyze):
    doc = analyze("Lopez warned that the tariffs would invite retaliation against Chilean firms.")
    assert events(doc) == []


def test_warning_that_ones_own_side_could_cut_trade_is_a_threat(analyze):
    doc = analyze("Lopez warned that Chile could cut off all remaining trade with Peru.")
    assert [t for t, _, _ in events(doc)] == ["THREATEN"]


def test_gerund_subject_and_means_of_a_response_are_no_coercion(analyze):
    doc = analyze("Seizing the funds outright, she told reporters, was \"overdue.\"")
    assert events(doc) == []
    doc = analyze("Spokesman Ivan Petrov warned that Moscow would respond by seizing Western "
                  "property.")
    assert [(t, s, g) for t, s, g in events(doc)] == [("THREATEN", "Ivan Petrov", None)]


def test_present_tense_time_clause_is_no_event(analyze):
    assert events(analyze("The ministers would settle the matter before leaders meet in "
                          "July.")) == []


def test_blame_label_without_an_actor_is_still_an_accusation(analyze):
    doc = analyze("Spokesman Ivan Petrov called any confiscation \"robbery.\"")
    assert events(doc) == [("ACCUSE", "Ivan Petrov", None)]


def test_label_of_a_thing_blames_by_vader(analyze):
    # a label VADER rates negative blames even when no actor is behind the thing labelled
    doc = analyze("The Federation of Farmers called the fuel levy \"a punishment for rural "
                  "families.\"")
    assert events(doc) == [("ACCUSE", "Federation of Farmers", None)]
    # a neutral label of a thing with no actor behind it is no event
    assert events(analyze("The Teachers' Union called the reform \"a step in the right "
                          "direction.\"")) == []


def test_quoted_label_parsed_as_second_object(analyze):
    # 'calling Y "a mouthpiece ..."': the parse reads the label as a second object
    doc = analyze("The Teachers' Union urged lawmakers to vote against the bill, calling "
                  "Senator Mark Ellison \"a mouthpiece of the private schools.\"")
    assert ("ACCUSE", "Teachers' Union", "Mark Ellison") in events(doc)
    assert ("CONSULT", "Teachers' Union", "Mark Ellison") not in events(doc)


def test_finite_verb_coordinated_with_an_infinitive_is_the_main_clause(analyze):
    # the parse hangs "accused" on "sign"; its tense says it goes with "urged"
    doc = analyze("The dockworkers' union urged the Liberal Party to sign the pact and accused "
                  "it of stalling the talks.")
    assert ("ACCUSE", "dockworkers' union", "Liberal Party") in events(doc)
    # a verb spelled like its base ("put") is no finite verb: "to stop X and put Y" stays
    doc = analyze("Treasury Secretary Ann Hale urged her counterparts to stop waiting and put "
                  "the money to work for Ukraine.")
    assert [e for e in events(doc) if e[0] == "ACCUSE"] == []


def test_official_offering_his_states_help_acts_for_the_state(analyze):
    doc = analyze("Italian Foreign Minister Giorgio Rossi offered Rome's help in finding a "
                  "compromise.")
    assert [e for e in events(doc) if e[0] == "AGREE"] == [("AGREE", "Italy", None)]
    # another state's help: the minister still acts himself
    doc = analyze("Italian Foreign Minister Giorgio Rossi offered France's help.")
    assert [e[1] for e in events(doc) if e[0] == "AGREE"] == ["Giorgio Rossi"]


def test_support_received_is_the_givers_act(analyze):
    # "won the backing of X": X supports the subject
    doc = analyze("Senator Ellen Marsh won the backing of the AFL-CIO on Tuesday.")
    assert events(doc) == [("SUPPORT", "AFL-CIO", "Ellen Marsh")]
    doc = analyze("Governor Tom Reyes has the support of the party's chairman, Paul Adler.")
    assert events(doc) == [("SUPPORT", "Paul Adler", "Tom Reyes")]
    # support with no giver named is no event, and a hoped-for one is none either
    assert events(analyze("Senator Ellen Marsh has broad support.")) == []
    assert events(analyze("Senator Ellen Marsh would win the backing of the AFL-CIO if she "
                          "dropped the plan.")) == []


def test_described_as_intimidation_accuses_the_actors(analyze):
    doc = analyze("Chile and Peru began naval drills on Sunday, an exercise Bolivian officials "
                  "described as \"pure intimidation.\"")
    assert [(t, s, g) for t, s, g in events(doc) if t == "ACCUSE"] == [
        ("ACCUSE", "Bolivia", "Chile"), ("ACCUSE", "Bolivia", "Peru")]


def test_accusing_the_body_one_just_described_is_the_speakers_act(analyze):
    doc = analyze("Lopez said the EU was \"not a fair referee\" and accused Brussels of bias.")
    assert events(doc) == [("ACCUSE", "Lopez", "European Union")]


def test_days_of_talks_ended_are_mutual_consultation(analyze):
    doc = analyze("Chile and Peru ended three days of talks in Lima on Tuesday.")
    assert events(doc) == [("CONSULT", "Chile", "Peru"), ("CONSULT", "Peru", "Chile")]


def test_meeting_face_to_face_is_mutual_consultation(analyze):
    doc = analyze("Chilean President Juan Soto and Peruvian Prime Minister Ana Vega met face to "
                  "face for the first time.")
    assert events(doc) == [("CONSULT", "Juan Soto", "Ana Vega"),
                           ("CONSULT", "Ana Vega", "Juan Soto")]


def test_stopping_cooperation_is_a_sanction(analyze):
    doc = analyze("Peru had stopped sharing intelligence with Chile.")
    assert [(t, s) for t, s, _ in events(doc)] == [("SANCTION", "Peru")]


def test_no_longer_negates(analyze):
    doc = analyze("Peru would no longer allow Chilean inspectors to visit the mines.")
    assert "CONCEDE" not in [t for t, _, _ in events(doc)]


def test_defending_ones_own_sales_is_no_support(analyze):
    doc = analyze("Spain, which sold radars to Chile in May, defended the sales.")
    assert "SUPPORT" not in [t for t, _, _ in events(doc)]


def test_a_purpose_is_no_demand(analyze):
    doc = analyze("Chile says the canal, the region's largest project, is essential to lifting "
                  "millions out of poverty.")
    assert events(doc) == []


def test_calling_in_a_statement_for_something_is_a_request(analyze):
    doc = analyze("The Arab League called in a statement for \"a binding agreement.\"")
    assert [(t, s) for t, s, _ in events(doc)] == [("REQUEST", "Arab League")]


def test_a_meeting_in_a_relative_clause_is_news(analyze):
    doc = analyze("Iranian Deputy Foreign Minister Ali Karimi, who visited Yerevan last week, said "
                  "Tehran regarded the border as a red line.")
    assert ("CONSULT", "Ali Karimi", "Armenia") in events(doc)


def test_calling_for_a_clause_is_a_request(analyze):
    doc = analyze("Chilean Foreign Minister Ana Vega called for the tariffs on Peru to be lifted.")
    assert [(t, s) for t, s, _ in events(doc)] == [("REQUEST", "Ana Vega")]


def test_a_promised_concession_of_the_speakers_state_is_the_speakers(analyze):
    doc = analyze("Chilean Foreign Minister Ana Vega said Santiago would open its border with "
                  "Peru as soon as the treaty was signed.")
    assert events(doc) == [("CONCEDE", "Ana Vega", "Peru")]


def test_an_attempt_at_mediation_takes_the_type_of_mediation(analyze):
    doc = analyze("The African Union said it would make a new attempt at mediation.")
    assert [(t, s) for t, s, _ in events(doc)] == [("AGREE", "African Union")]


def test_a_step_planned_after_a_future_decision_is_no_event(analyze):
    doc = analyze("The Chilean Socialist Party said it would decide its position after "
                  "consulting miners' unions.")
    assert "CONSULT" not in [t for t, _, _ in events(doc)]


def test_a_thing_used_as_a_shield_is_no_assault(analyze_agentless):
    analyze = analyze_agentless  # (acts whose doer names no actor kept)
    doc = analyze("\"Lima will not keep a treaty that Chile uses as a shield,\" Vega said.")
    assert "ASSAULT" not in [t for t, _, _ in events(doc)]
    assert [t for t, _, _ in events(analyze("The rebels used villagers as human shields."))] == [
        "ASSAULT"]


def test_being_met_with_force_is_the_speakers_threat(analyze):
    doc = analyze("Chile's Foreign Office said any attempt to divert the river would be met "
                  "with force.")
    assert [(t, s) for t, s, _ in events(doc)] == [("THREATEN", "Chile")]


def test_a_mediation_team_takes_the_type_of_mediation(analyze):
    assert events(analyze("The African Union sent a mediation team to Lima.")) == [
        ("CONSULT", "African Union", "Peru")]


# -- political news: contests, addressees, prepositions the parse leaves bare -------------


def test_a_contest_between_candidates_is_no_event(analyze):
    doc = analyze("Senator Dunmore led Governor Marlow by four points in the poll, and he "
                  "beats Marlow among young voters.")
    assert events(doc) == []
    doc = analyze("Russian forces defeated Ukrainian troops near Bakhmut.")
    assert events(doc) == [("ASSAULT", "Russia", "Ukraine")]


def test_facing_a_deadline_or_leaving_a_post_is_no_meeting(analyze):
    doc = analyze("President Marlow and Senate Republicans are facing a deadline. Chief "
                  "Wilson, who has left the department, declined to comment.")
    assert [e for e in events(doc) if e[0] == "CONSULT"] == []


def test_call_on_with_the_object_hung_on_the_verb_is_a_request(analyze):
    doc = analyze("President Marlow and Democrats have continued to call on House Speaker "
                  "John Dunmore to bring up a clean bill.")
    assert set(events(doc)) == {("REQUEST", "Marlow", "John Dunmore"),
                                ("REQUEST", "Democratic Party", "John Dunmore")}


def test_urging_people_to_back_someone_is_no_request_to_him(analyze):
    doc = analyze("Mr. Marlow urged people to support Mr. Quinn when early voting begins.")
    assert [e[2] for e in events(doc) if e[0] == "REQUEST"] in ([], [None])
    doc = analyze("President Joe Biden urged Poland to release the prisoners.")
    assert events(doc) == [("REQUEST", "Joe Biden", "Poland")]


def test_detached_possessive_clitic_reads_as_attached(analyze):
    # pre-tokenized corpora write "May ’ s": one possessive token, as "May’s"
    attached = analyze("Germany rejected Theresa May’s offer on Monday.")
    detached = analyze("Germany rejected Theresa May ’ s offer on Monday .")
    assert events(detached) == events(attached) == [("REJECT", "Germany", "Theresa May")]
    assert [e.target_text.text for e in detached.events] == ["Theresa May ’ s offer"]


def test_appeal_in_an_issued_statement_is_the_issuers(analyze):
    doc = analyze("Amnesty International issued a statement urging Belarus to free him.")
    assert events(doc) == [("REQUEST", "Amnesty International", "Belarus")]
    doc = analyze("Greenpeace released a report accusing Shell of lying.")
    assert events(doc) == [("ACCUSE", "Greenpeace", "Shell")]  # a report it published
    doc = analyze("The Green Party posted a video condemning Hungary.")
    assert events(doc) == [("ACCUSE", "Green Party", "Hungary")]
    doc = analyze("The Green Party issued a statement mocking Hungary.")  # a dictionary verb
    assert events(doc) == [("ACCUSE", "Green Party", "Hungary")]


def test_phrase_keeps_place_and_posting_not_topic(analyze):
    doc = analyze("Rebel fighters near the border attacked an army base.")
    assert [e.source_text.text for e in doc.events] == ["Rebel fighters near the border"]
    doc = analyze("Saudi Arabia's ambassador to the United Kingdom criticized Israel.")
    assert [e.source_text.text for e in doc.events] == [
        "Saudi Arabia's ambassador to the United Kingdom"]
    doc = analyze("France rejected the resolution of the Arab League on weapons.")
    assert [e.target_text.text for e in doc.events] == ["the resolution of the Arab League"]


def test_phrase_leaves_out_a_relative_clause_deep_inside(analyze):
    doc = analyze("The U.S. lifted sanctions against a unit of China's biggest shipping company "
                  "that was accused of hauling Iranian crude.")
    assert [e.target_text.text for e in doc.events] == [
        "a unit of China's biggest shipping company"]


def test_appositive_describing_a_place_is_not_its_name_a_title_is(analyze):
    doc = analyze("Estonia, a small country in Northern Europe, has condemned Russia.")
    assert [e.source_text.text for e in doc.events] == ["Estonia"]
    doc = analyze("Alice Wells, a senior US official, criticized Pakistan.")
    assert [e.source_text.text for e in doc.events] == ["Alice Wells, a senior US official"]


def test_passive_participle_with_its_agent_is_in_the_phrase_not_for_its_own_act(analyze):
    doc = analyze("Syrian government warplanes supported by Russia pounded the rebel enclave of "
                  "Ghouta on Friday.")
    spans = {e.type: (e.source_text.text, e.target_text.text) for e in doc.events}
    assert spans["ASSAULT"] == ("Syrian government warplanes supported by Russia",
                                "the rebel enclave of Ghouta")
    assert spans["SUPPORT"] == ("Russia", "Syrian government warplanes")


def test_aid_purpose_on_what_is_given_names_the_helped(analyze):
    doc = analyze("The U.S. government has donated a shipment of ventilators and other equipment "
                  "to assist Ethiopia with its response to the pandemic.")
    assert events(doc) == [("AID", "United States", "Ethiopia")]


def test_toll_of_an_attack_in_a_trailing_participle_is_no_second_act(analyze_agentless):
    analyze = analyze_agentless  # (acts whose doer names no actor kept)
    doc = analyze("Taliban militants stormed an Afghan army base in Herat, killing 17 soldiers "
                  "and wounding 20 others.")
    assert [(e.type, e.target_text.text) for e in doc.events] == [
        ("ASSAULT", "an Afghan army base in Herat")]


def test_detached_abbreviation_point_reads_as_attached(analyze):
    attached = analyze("Germany rejected a request by Mr. Erdogan to hold a rally.")
    detached = analyze("Germany rejected a request by Mr . Erdogan to hold a rally .")
    assert events(detached) == events(attached)
    assert [e.target_text.text for e in detached.events] == ["a request by Mr . Erdogan"]


def test_complement_target_is_not_the_controllers_own_source(analyze):
    doc = analyze("Sudan agreed to withdraw its troops from Abyei.")
    assert [(e.type, e.target_text.text) for e in doc.events] == [("CONCEDE", "Abyei")]


def test_place_of_a_ceasefire_is_its_target_phrase(analyze):
    doc = analyze("Libya's renegade Gen. Khalifa Haftar has declared a ceasefire in Tripoli.")
    assert [(e.type, e.target_text.text) for e in doc.events] == [("CONCEDE", "Tripoli")]


def test_particle_parsed_as_adverb_still_keys_the_phrasal_verb(analyze):
    doc = analyze("The U.S. rolled back tariffs on Chinese goods .")
    assert [(e.type, e.target_text.text) for e in doc.events] == [("RETREAT", "Chinese goods")]


def test_detached_thousands_separator_reads_as_one_number(analyze):
    doc = analyze("Turkish authorities have deported more than 16 , 000 Syrians to Idlib .")
    assert [e.target_text.text for e in doc.events] == ["more than 16 , 000 Syrians"]


def test_placed_act_without_a_party_names_its_place(analyze):
    doc = analyze("Azerbaijani troops participate in peacekeeping operations in Afghanistan.")
    assert [(e.type, e.target, e.target_text.text) for e in doc.events] == [
        ("AID", None, "Afghanistan")]
    doc = analyze("Egypt said it would send aid after floods that hit villages in Sudan.")
    assert [e.target_text for e in doc.events] == [None]  # not in a clause of its own


def test_conjuncts_sharing_their_modifiers_are_one_phrase(analyze):
    doc = analyze("Ireland provides aid to the Palestinian people and organizations.")
    assert [e.target_text.text for e in doc.events] == [
        "the Palestinian people and organizations"]
    doc = analyze("Qatar sent aid to Syrian refugees and other displaced people.")
    assert [e.target_text.text for e in doc.events] == ["Syrian refugees"]


def test_force_used_with_is_the_means_not_the_target(analyze):
    doc = analyze("Iraqi warplanes pounded Islamic State positions in eastern Syria with deadly "
                  "airstrikes on Thursday.")
    assert [e.target_text.text for e in doc.events] == [
        "Islamic State positions in eastern Syria"]


def test_of_phrase_that_names_the_event_noun_is_no_target(analyze):
    doc = analyze("Egypt has lifted the state of emergency that followed the coup.")
    assert [(e.type, e.target_text) for e in doc.events] == [("RETREAT", None)]


def test_placed_act_aimed_at_an_act_takes_that_acts_place(analyze):
    doc = analyze("Vietnam is ready to contribute more to United Nations peacekeeping operations "
                  "in Syria.")
    assert [(e.type, e.target_text.text) for e in doc.events] == [("AGREE", "Syria")]


def test_ultimatum_with_its_condition_is_still_a_demand(analyze):
    doc = analyze("Erdogan has issued an ultimatum to Damascus, warning of military action if "
                  "the Syrian government does not withdraw.")
    assert [(e.type, e.mode) for e in doc.events][:1] == [("REQUEST", "ultimatum")]


def test_failing_to_reach_agreement_together_is_mutual(analyze):
    doc = analyze("Ukraine and Russia have failed to reach agreement on a prisoner exchange.")
    assert sorted(events(doc)) == [("REJECT", "Russia", "Ukraine"), ("REJECT", "Ukraine", "Russia")]


def test_accord_with_a_party_the_actors_do_not_know_is_still_mutual(analyze_agentless):
    analyze = analyze_agentless  # (acts whose doer names no actor kept)
    doc = analyze("South Kordofan and Blue Nile have agreed to allow humanitarian access.")
    assert len(doc.events) == 2
    assert {(e.source_text.text, e.target_text.text) for e in doc.events} == {
        ("South Kordofan and Blue Nile", "South Kordofan and Blue Nile")}


def test_people_an_act_of_force_is_done_to_beat_where_it_happens(analyze):
    doc = analyze("Militants are holding Iraqi civilians as human shields in the Old City of "
                  "Mosul.")
    assert [e.target_text.text for e in doc.events] == ["Iraqi civilians"]


def test_suspension_of_a_thing_names_whom_it_went_to(analyze):
    doc = analyze("Denmark announced a suspension of aid to Egypt.")
    assert events(doc) == [("SANCTION", "Denmark", "Egypt")]


def test_mobilisation_for_an_attack_takes_the_attacks_target(analyze):
    doc = analyze("Israel mobilized the army for a ground assault against Gaza.")
    assert [(e.type, e.target_text.text) for e in doc.events] == [("MOBILIZE", "Gaza")]


def test_protest_purpose_clause_names_what_is_protested(analyze):
    doc = analyze("Alexei Navalny has started a hunger strike to protest against Russian "
                  "authorities.")
    assert [(e.type, e.target_text.text) for e in doc.events] == [
        ("PROTEST", "Russian authorities")]


def test_time_phrase_is_no_source_of_a_participle_hanging_on_it(analyze_agentless):
    analyze = analyze_agentless  # (acts whose doer names no actor kept)
    doc = analyze("Government air strikes hit the rebel enclave of Ghouta for a sixth straight "
                  "day killing 32 civilians.")
    assert [(e.source_text.text, e.target_text.text) for e in doc.events] == [
        ("Government air strikes", "the rebel enclave of Ghouta")]


def test_date_set_beside_a_phrase_is_not_part_of_it(analyze):
    doc = analyze("US authorities have deported a 95-year-old man Friday who worked as a guard.")
    assert [e.target_text.text for e in doc.events] == ["a 95-year-old man"]


def test_detached_accented_letter_is_part_of_its_word(analyze):
    doc = analyze("Colombian President Iv á n Duque rejected the rebels ' demands .")
    assert [e.source_text.text for e in doc.events] == ["Colombian President Iv á n Duque"]


def test_detached_initials_are_one_token(analyze):
    doc = analyze("Ethiopia has issued an ultimatum to the Tigray People's Liberation Front "
                  "( T . P . L . F . ) , giving the Front 72 hours .")
    assert [e.target_text.text for e in doc.events][:1] == [
        "the Tigray People's Liberation Front ( T . P . L . F . )"]


def test_common_noun_named_by_an_actor_appositive_is_an_actor_object(analyze):
    doc = analyze("Xi Jinping will meet his regional rival, Japanese Prime Minister Shinzo Abe.")
    assert [(t, s) for t, s, _ in events(doc)] == [("AGREE", "Xi Jinping")]


def test_correlative_belongs_to_the_coordination_not_its_first_conjunct(analyze):
    doc = analyze("Japan lifted sanctions against both India and Pakistan.")
    assert [e.target_text.text for e in doc.events] == ["India", "Pakistan"]


def test_calling_a_bill_a_name_is_no_phone_call(analyze_agentless):
    analyze = analyze_agentless  # (acts whose doer names no actor kept)
    doc = analyze('House Speaker Randall Pryce called the bill "a responsible budget that puts '
                  'the taxpayer first." The minister called his Russian counterpart on Monday.')
    consults = [e for e in doc.events if e.type == "CONSULT"]
    assert len(consults) == 1 and "counterpart" in consults[0].evidence.text


def test_whose_relative_clause_tells_an_act_of_its_own(analyze):
    doc = analyze("Ruth Adler campaigned in Ohio. Adler picked up a significant endorsement "
                  "on Friday from the American Federation of Teachers, whose president, Karen "
                  "Hill, praised her as \"the only candidate who has stood with teachers.\"")
    assert ("SUPPORT", "Karen Hill", "Ruth Adler") in events(doc)  # "her" is not Hill


def test_conditional_protest_is_a_threat_to_whom_the_condition_names(analyze):
    doc = analyze("Chile's two largest dock unions struck on Monday. The unions said they "
                  "would hold further strikes and protests next week if Chile did not "
                  "withdraw the reform.")
    assert ("THREATEN", "dock unions", "Chile") in events(doc)


def test_an_open_question_asserts_no_event(analyze):
    doc = analyze("EU ministers will decide on Monday whether to impose sanctions on Belarus.")
    assert [e for e in events(doc) if e[0] in ("SANCTION", "THREATEN")] == []
    doc = analyze("Voters in Oslo will decide whether the city should host the talks.")
    assert events(doc) == []


def test_promised_backing_of_nobody_is_no_event(analyze):
    doc = analyze("Norway said it would back any plan that lowers emissions.")
    assert events(doc) == []
    doc = analyze("Poland said it would back Ukraine's bid.")
    assert ("AGREE", "Poland", "Ukraine") in events(doc)


def test_a_thing_named_in_someones_title_is_not_that_person(analyze):
    doc = analyze("The union named a special envoy for the dam, Maria Lopes. Egypt says the "
                  "dam threatens its water supply.")
    assert not any(e[0] == "THREATEN" and e[1] == "Maria Lopes" for e in events(doc))


def test_going_somewhere_to_protest_is_a_protest(analyze):
    doc = analyze("Thousands of fishermen sailed into the port of Lisbon on Monday to protest "
                  "against Portugal's new quotas.")
    assert any(e[0] == "PROTEST" and e[1] and "fishermen" in e[1] for e in events(doc))


def test_a_court_granting_an_injunction_gives_no_aid(analyze):
    doc = analyze("U.S. District Judge Ann Cole granted a preliminary injunction sought by "
                  "Oregon.")
    assert not any(e[0] == "AID" for e in events(doc))


def test_millions_of_people_is_a_quantity_of_whom_a_restriction_is_on(analyze):
    doc = analyze("Kuwait eased travel restrictions on millions of foreign workers in March.")
    assert [(e.type, e.target_text.text) for e in doc.events] == [
        ("RETREAT", "millions of foreign workers")]


def test_whom_a_release_frees_is_its_target_before_the_recipient(analyze_agentless):
    analyze = analyze_agentless  # (acts whose doer names no actor kept)
    doc = analyze("Iran freed a jailed university lecturer on Sunday.")
    assert [(e.type, e.target_text.text) for e in doc.events] == [
        ("RETREAT", "a jailed university lecturer")]
    doc = analyze("The rebels released a Cuban doctor to the Red Cross on Friday.")
    assert [(e.type, e.target_text.text) for e in doc.events] == [
        ("RETREAT", "a Cuban doctor")]


def test_recipient_the_parse_hangs_on_what_is_given_is_the_target(analyze):
    doc = analyze("The EU is prepared to provide a fresh loan guarantee to Tunisia .")
    assert [(e.type, e.target_text.text) for e in doc.events] == [("AGREE", "Tunisia")]


def test_object_the_source_owns_is_not_whom_the_act_reaches(analyze):
    doc = analyze("Poland has opened its borders to refugees fleeing the war .")
    assert [(e.type, e.target_text.text) for e in doc.events] == [("RETREAT", "refugees")]


def test_of_after_an_act_of_force_names_whom_it_hit(analyze_agentless):
    analyze = analyze_agentless  # (acts whose doer names no actor kept)
    doc = analyze("The army carried out the bombing of a rebel hospital on Monday .")
    assert [(e.type, e.target_text.text) for e in doc.events] == [
        ("ASSAULT", "a rebel hospital")]
    doc = analyze("The militia was responsible for the massacre of Yazidi villagers last week .")
    assert [(e.type, e.target_text.text) for e in doc.events] == [
        ("ASSAULT", "Yazidi villagers")]


def test_participle_that_says_which_one_stays_in_the_phrase(analyze):
    doc = analyze("Washington cut off aid to the militia known as the Popular Mobilization "
                  "Forces .")
    assert [(e.type, e.target_text.text) for e in doc.events] == [
        ("SANCTION", "the militia known as the Popular Mobilization Forces")]


def test_phrase_keeps_the_whole_mention_the_parse_cut_apart(analyze):
    doc = analyze("NLRB General Counsel Jennifer Abruzzo has declined to resign from her "
                  "position .")
    assert [e.source_text.text for e in doc.events] == [
        "NLRB General Counsel Jennifer Abruzzo"]


def test_mediation_is_aimed_at_the_parties_its_purpose_names(analyze):
    doc = analyze("Kuwait launched a mediation effort to end the dispute between Egypt and "
                  "Ethiopia .")
    assert sorted((e.type, e.target_text.text) for e in doc.events) == [
        ("CONSULT", "Egypt"), ("CONSULT", "Ethiopia")]


def test_plea_for_refuge_naming_no_party_concerns_where_it_is_sought(analyze_agentless):
    analyze = analyze_agentless  # (acts whose doer names no actor kept)
    doc = analyze("Thousands of Syrians have sought refuge in Jordan since the war began .")
    assert [(e.type, e.target_text.text) for e in doc.events if e.type == "REQUEST"] == [
        ("REQUEST", "Jordan")]


def test_the_first_time_is_a_time_not_a_party(analyze):
    doc = analyze("The EU has deployed election observers in Kenya for the first time .")
    assert [(e.type, e.target_text.text) for e in doc.events] == [
        ("AID", "election observers in Kenya")]


def test_exchanging_ambassadors_is_done_to_each_other(analyze):
    doc = analyze("Israel and Morocco will exchange ambassadors next month .")
    assert sorted(events(doc)) == [("AGREE", "Israel", "Morocco"), ("AGREE", "Morocco", "Israel")]
    assert {(e.source_text.text, e.target_text.text) for e in doc.events} == {
        ("Israel and Morocco", "Israel and Morocco")}


def test_must_be_ready_to_in_reported_speech_is_the_speakers_demand(analyze):
    doc = analyze("Merkel said the EU must be ready to mediate talks between Serbia and Kosovo .")
    assert [(e.type, e.mode, e.source_text.text, e.target_text.text) for e in doc.events] == [
        ("REQUEST", "demand", "Merkel", "the EU")]


def test_conjunct_without_its_own_modal_shares_the_obligation(analyze):
    doc = analyze("Merkel said Russia must halt the offensive and withdraw its troops from "
                  "Ukraine .")
    assert [(e.type, e.source_text.text, e.target_text.text) for e in doc.events] == [
        ("REQUEST", "Merkel", "Russia")]


def test_accepting_an_invitation_to_meet_is_aimed_at_whom_it_proposes_to_meet(analyze):
    doc = analyze("Putin has accepted an invitation to meet with Erdogan in Ankara next month .")
    assert events(doc) == [("AGREE", "Putin", "Erdogan")]


def test_purpose_of_a_sending_naming_no_party_concerns_where_they_were_sent(analyze_agentless):
    analyze = analyze_agentless  # (acts whose doer names no actor kept)
    doc = analyze("The agency sent a team to Ohio to investigate the crash .")
    assert [(e.type, e.target_text.text) for e in doc.events] == [("ACCUSE", "Ohio")]


def test_what_an_inquiry_is_against_or_into_is_its_target_even_a_thing(analyze_agentless):
    analyze = analyze_agentless  # (acts whose doer names no actor kept)
    doc = analyze("Prosecutors opened fraud investigations against hundreds of banks in March .")
    assert [(e.type, e.target_text.text) for e in doc.events] == [
        ("ACCUSE", "hundreds of banks")]
    doc = analyze("The regulator launched an inquiry into the collapse of the bank .")
    assert [(e.type, e.target_text.text) for e in doc.events] == [
        ("ACCUSE", "the collapse of the bank")]


def test_on_before_the_verb_is_a_date_not_the_addressee_of_call_on(analyze):
    doc = analyze("On Nov . 2 , US Secretary of State Rex Tillerson called Russian Foreign "
                  "Minister Sergey Lavrov to discuss a number of Ukraine - related topics on "
                  "which the two sides disagree .")
    assert [e.source_text.text for e in doc.events] == ["US Secretary of State Rex Tillerson"]


def test_protest_against_a_measure_someone_imposed_is_aimed_at_them(analyze):
    doc = analyze("Farmers staged a rally in protest against new laws imposed by the Indian "
                  "government .")
    assert [(e.type, e.target_text.text) for e in doc.events] == [
        ("PROTEST", "the Indian government")]
    doc = analyze("American activists have launched a hunger strike to protest the immigration "
                  "policy imposed by the Trump administration .")
    assert [(e.type, e.target_text.text) for e in doc.events] == [
        ("PROTEST", "the Trump administration")]


def test_agreeing_to_stop_fighting_is_a_concession_not_a_threat(analyze):
    doc = analyze("The rebels agreed to stop attacks on government forces .")
    assert [(e.type, e.source_text.text) for e in doc.events] == [("CONCEDE", "The rebels")]


def test_two_parties_restoring_ties_act_toward_each_other(analyze):
    doc = analyze("Israel and Turkey restored diplomatic ties .")
    assert sorted(events(doc)) == [("SUPPORT", "Israel", "Turkey"), ("SUPPORT", "Turkey", "Israel")]
    doc = analyze("Israel restored diplomatic ties with Turkey .")
    assert events(doc) == [("SUPPORT", "Israel", "Turkey")]


def test_a_dinner_hosted_for_someone_is_a_meeting_with_them(analyze_agentless):
    analyze = analyze_agentless  # (acts whose doer names no actor kept)
    doc = analyze("Macron will host a working dinner for Chancellor Scholz on Friday .")
    assert [(e.type, e.mode, e.target_text.text) for e in doc.events] == [
        ("AGREE", "meet", "Chancellor Scholz")]


def test_having_talks_or_lunch_with_someone_is_a_meeting(analyze):
    doc = analyze("Merkel had talks with Macron on Sunday .")
    assert [(e.type, e.source_text.text, e.target_text.text) for e in doc.events] == [
        ("CONSULT", "Merkel", "Macron")]


def test_subject_key_reads_the_subject_of_the_controlling_verb_and_past_a_quantity(analyze):
    doc = analyze("French troops began leaving Mali on Monday .")
    assert events(doc) == [("RETREAT", "France", "Mali")]
    doc = analyze("Hundreds of French troops have left Mali .")
    assert events(doc) == [("RETREAT", "France", "Mali")]


def test_troops_arriving_are_deployed_or_sent_to_help(analyze):
    doc = analyze("Russian troops arrived in Belarus for joint military drills .")
    assert events(doc) == [("MOBILIZE", "Russia", "Belarus")]
    doc = analyze("Hundreds of Irish troops have arrived in Lebanon to join the UN peacekeeping "
                  "mission .")
    assert events(doc) == [("AID", "Ireland", "Lebanon")]


def test_where_an_envoy_serves_is_not_part_of_the_envoy(analyze):
    doc = analyze("Italy summoned the French ambassador in Rome to protest the remarks .")
    assert [(e.type, e.target_text.text) for e in doc.events] == [
        ("ACCUSE", "the French ambassador")]
    doc = analyze("Saudi Arabia's ambassador to the United Kingdom criticized Israel.")
    assert [e.source_text.text for e in doc.events] == [
        "Saudi Arabia's ambassador to the United Kingdom"]


def test_to_death_is_the_outcome_of_an_act_not_part_of_whom_it_hit() -> None:
    import spacy
    from spacy.tokens import Doc

    from stancemap.events.parse import _phrase

    words = ["Police", "tortured", "an", "inmate", "to", "death", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 3, 4, 1],
              deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
              pos=["NOUN", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT"])
    assert doc[slice(*_phrase(doc[3]))].text == "an inmate"


def test_the_charge_is_not_part_of_whom_it_is_laid_on(analyze):
    doc = analyze("Iran accused the Iranian opposition of economic sabotage .")
    assert [(e.type, e.target_text.text) for e in doc.events] == [
        ("ACCUSE", "the Iranian opposition")]


def test_a_region_of_a_country_is_a_place_for_a_placed_act(analyze_agentless):
    analyze = analyze_agentless  # (acts whose doer names no actor kept)
    doc = analyze("Thousands of Sudanese have sought refuge in Chad ’ s Ouaddai region this year .")
    assert [(e.type, e.target_text.text) for e in doc.events] == [
        ("REQUEST", "Chad ’ s Ouaddai region")]


def test_a_count_set_beside_a_phrase_is_not_its_name() -> None:
    import spacy
    from spacy.tokens import Doc

    from stancemap.events.parse import _phrase

    words = ["Refugees", "reached", "the", "region", ",", "some", "7,660", "since", "May", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 3, 6, 3, 6, 7, 1],
              deps=["nsubj", "ROOT", "det", "dobj", "punct", "det", "appos", "prep", "pobj",
                    "punct"],
              pos=["NOUN", "VERB", "DET", "NOUN", "PUNCT", "DET", "NUM", "ADP", "PROPN",
                   "PUNCT"])
    assert doc[slice(*_phrase(doc[3]))].text == "the region"


def test_placed_act_aimed_at_an_act_with_no_place_of_its_own_takes_its_own_place(analyze_agentless):
    analyze = analyze_agentless  # (acts whose doer names no actor kept)
    doc = analyze("Some 200 Ghanaian peacekeepers arrived in Lebanon on Monday for a peacekeeping "
                  "mission .")
    assert [(e.type, e.target_text.text) for e in doc.events] == [("AID", "Lebanon")]


def test_its_own_forces_named_as_its_mention_are_not_a_target(analyze):
    doc = analyze("China has strengthened its forces in the South China Sea .")
    assert [(e.type, e.target_text) for e in doc.events] == [("MOBILIZE", None)]


def test_a_place_along_another_keeps_it_in_the_phrase(analyze):
    doc = analyze("Israel agreed to withdraw its troops from a buffer zone along the frontier .")
    assert [(e.type, e.target_text.text) for e in doc.events] == [
        ("CONCEDE", "a buffer zone along the frontier")]


def test_a_counted_part_of_a_party_is_not_the_party(analyze):
    doc = analyze("The Senate passed the bill. Four Democrats voted for it.")
    assert not any(e[1] == "Democratic Party" for e in events(doc))


@pytest.mark.parametrize("text", [
    "Some Democrats criticized Israel on Tuesday.",
    "A number of Republicans praised the Saudi government.",
])
def test_a_part_counted_by_a_quantifier_is_not_the_party(analyze, text):
    """The stance layer's rule (shared, ``actors/parts.py``): "some Democrats" is no source."""
    assert not any(e[1] in ("Democratic Party", "Republican Party") for e in events(analyze(text)))


def test_coordinated_speakers_each_make_the_demand(analyze):
    doc = analyze("Germany and France, which drafted the accord, said in a joint statement that "
                  "Serbia must implement it.")
    got = events(doc)
    assert ("REQUEST", "Germany", "Serbia") in got and ("REQUEST", "France", "Serbia") in got


def test_repeating_a_call_or_an_offer_makes_it_again(analyze):
    assert events(analyze("France reiterated its call for a ceasefire in Gaza.")) == [
        ("REQUEST", "France", None)]
    assert [e[0] for e in events(analyze("Turkey repeated its offer to host talks."))] == [
        "AGREE"]


def test_deploying_warships_is_a_show_of_force(analyze):
    assert [e[0] for e in events(analyze("Venezuela deployed warships to the disputed "
                                         "waters."))] == ["MOBILIZE"]
    assert events(analyze("Kenya deployed peacekeepers to Haiti.")) == [
        ("AID", "Kenya", "Haiti")]


def test_a_role_with_its_own_nationality_is_not_the_earlier_holder(analyze):
    doc = analyze("Germany recalled its ambassador on Monday. China summoned the Japanese "
                  "ambassador to protest the visit.")
    assert not any(e[0] == "ACCUSE" and e[2] == "Germany" for e in events(doc))


# -- targets named by a description or a body's members ------------------------------------


def test_own_government_described_is_the_opposition_target(analyze):
    doc = analyze("LISBON - The Portuguese government on Monday raised fuel taxes. Opposition "
                  "leader Rui Costa of the Liberal Initiative party accused the Socialist-led "
                  "government of punishing drivers.")
    assert ("ACCUSE", "Rui Costa", "Portugal") in events(doc)


def test_bare_lawmakers_and_parliament_are_the_one_legislature(analyze):
    doc = analyze("Hungary's National Assembly will vote on the budget on Tuesday. Budget "
                  "Minister Anna Kovacs urged lawmakers to approve the tax plan, and the "
                  "farmers' union warned that parliament must not raise diesel duties.")
    requests = [(s, t) for e, s, t in events(doc) if e == "REQUEST"]
    assert requests == [("Anna Kovacs", "National Assembly"),
                        ("farmers' union", "National Assembly")]


def test_lawmakers_with_two_chambers_name_neither(analyze):
    doc = analyze("The House and the Senate will vote on the budget on Tuesday. Budget "
                  "director Anna Kovacs urged lawmakers to approve the tax plan.")
    assert events(doc) == [("REQUEST", "Anna Kovacs", None)]


def test_welcoming_the_vote_supports_the_body_that_passed_it(analyze):
    doc = analyze("Slovakia's National Council on Monday passed a new media law. The European "
                  "Commission welcomed the vote.")
    # (passing the law is the National Council's own approval of it, stop 30)
    assert events(doc) == [("SUPPORT", "National Council", None),
                           ("SUPPORT", "European Commission", "National Council")]


def test_support_a_spokesman_voices_for_his_state_is_his(analyze):
    doc = analyze("German government spokesman Tobias Lenz said Berlin supports the Dutch "
                  "proposal.")
    assert events(doc) == [("SUPPORT", "Tobias Lenz", None)]


def test_a_quote_restating_the_state_act_stays_the_state_act(analyze):
    doc = analyze("Spain backed the Dutch proposal. \"Spain supports this plan,\" said Spanish "
                  "Foreign Minister Ana Ruiz.")
    assert events(doc) == [("SUPPORT", "Spain", None)]


# -- parses that hang a participant elsewhere -----------------------------------------------


def test_name_after_a_descriptive_subject_is_the_source(analyze):
    doc = analyze("Several district chapters have come out against it.\nThe opposition "
                  "Christian Democratic Union backed the bid.")
    assert ("SUPPORT", "Christian Democratic Union", None) in events(doc)


def test_apposition_the_parse_hangs_on_the_verb_names_the_target(analyze):
    doc = analyze("Senator Ana Lopez on Monday accused her main rival for the nomination, "
                  "Governor Mark Hill of Ohio, of lying to voters.")
    assert events(doc) == [("ACCUSE", "Ana Lopez", "Mark Hill")]


def test_event_noun_parsed_as_a_measure_of_a_light_verb(analyze):
    doc = analyze("A citizens' group, Clean Air Now, has collected 5,000 signatures against "
                  "the plan and organised a march through the city centre on Saturday that "
                  "police said drew about 3,000 people.")
    assert events(doc) == [("PROTEST", "Clean Air Now", None)]


def test_welcoming_an_injunction_supports_the_judge_who_granted_it(analyze):
    doc = analyze("U.S. District Judge Anna Berg granted a preliminary injunction on Monday. "
                  "The American Civil Liberties Union welcomed the injunction.")
    assert ("SUPPORT", "American Civil Liberties Union", "Anna Berg") in events(doc)


def test_what_a_state_approved_is_its_own_for_later_sentences(analyze):
    doc = analyze("The State Department on Thursday approved the sale of fighter jets to Saudi "
                  "Arabia. Iran condemned the sale. Saudi Arabia welcomed the decision.")
    assert events(doc)[1:] == [("ACCUSE", "Iran", "United States"),
                               ("SUPPORT", "Saudi Arabia", "United States")]


def test_a_walk_out_is_a_protest(analyze):
    assert events(analyze("The Greens walked out of the chamber before the vote.")) == [
        ("PROTEST", "Greens", None)]


def test_a_past_response_by_an_act_is_that_act(analyze):
    doc = analyze("Russia responded by expelling ten German embassy staff.")
    assert events(doc) == [("SANCTION", "Russia", "Germany")]


def test_committing_to_a_ceasefire_is_a_concession(analyze_agentless):
    analyze = analyze_agentless  # (acts whose doer names no actor kept)
    doc = analyze("The government and the rebels signed a peace agreement in Addis Ababa on "
                  "Friday, committing to a permanent ceasefire.")
    assert "CONCEDE" in [t for t, _, _ in events(doc)]


def test_rejecting_an_accusation_rejects_the_accuser(analyze):
    doc = analyze("Japan blamed China for the attack. China rejected the accusation.")
    assert events(doc) == [("ACCUSE", "Japan", "China"), ("REJECT", "China", "Japan")]


def test_rejecting_an_accusation_with_no_accuser_is_a_denial(analyze):
    assert events(analyze("China rejected the accusation.")) == []


def test_help_names_whom_it_helps_as_the_clause_subject(analyze):
    doc = analyze("The United States said it would help Japan strengthen the defences of its "
                  "ports.")
    assert events(doc) == [("AGREE", "United States", "Japan")]


def test_statements_of_support_are_support(analyze):
    doc = analyze("Britain issued a statement of support for Japan.")
    assert events(doc) == [("SUPPORT", "United Kingdom", "Japan")]


def test_plain_past_after_a_perfect_goes_with_the_reporting_verb(analyze):
    doc = analyze("Human Rights Watch said the court had done the right thing and urged "
                  "European governments to stop honouring the notices.")
    assert [(t, s) for t, s, _ in events(doc)] == [("REQUEST", "Human Rights Watch")]


def test_cutting_gas_deliveries_to_a_party_is_a_sanction(analyze):
    doc = analyze("Algeria cut gas deliveries through the Medgaz pipeline to Spain by almost "
                  "half on Thursday.")
    assert events(doc) == [("SANCTION", "Algeria", "Spain")]


def test_an_act_dated_by_an_earlier_year_is_background(analyze):
    doc = analyze("Algeria cut gas deliveries to Spain on Thursday. The older pipeline was shut "
                  "after Algiers broke off relations with Morocco in 2021.", date="2026-02-26")
    assert events(doc) == [("SANCTION", "Algeria", "Spain")]


def test_an_act_in_a_when_clause_on_an_earlier_year_is_background(analyze):
    """"since 2019, when police arrested X": the clause hangs on the year, so the arrest is
    of 2019 (background); the news of the day stays."""
    doc = analyze("Belarus expelled a Polish diplomat on Monday. Relations have been tense since "
                  "2019, when Belarusian police arrested two Polish journalists.",
                  date="2026-02-26")
    assert [(t, s) for t, s, _ in events(doc)] == [("SANCTION", "Belarus")]


def test_voting_with_a_side_supports_it(analyze):
    doc = analyze("The motion was defeated by 98 votes to 81. NEOS lawmakers voted with the "
                  "government.")
    assert [t for t, _, _ in events(doc)] == ["SUPPORT"]


def test_defending_a_measure_nobody_else_owns_is_no_support(analyze):
    assert events(analyze("Agriculture Minister Lucia Herrero defended the reform on "
                          "Monday.")) == []


def test_a_deployment_near_a_border_aims_at_the_neighbour(analyze):
    doc = analyze("Ethiopia began a week-long military exercise on Tuesday within 40 kilometres "
                  "of its disputed border with Eritrea.")
    assert events(doc) == [("MOBILIZE", "Ethiopia", "Eritrea")]


def test_a_negated_quantifier_subject_names_nobody_who_acted(analyze):
    assert events(analyze("Not everyone signed. Not all members backed the plan.")) == []


def test_praise_label_supports_whoever_the_thing_belongs_to(analyze):
    doc = analyze("Judge Anna Berg ruled against the government on Monday. Attorney General "
                  "Dan Okafor called the ruling \"a victory for every patient.\"")
    assert ("SUPPORT", "Dan Okafor", "Anna Berg") in events(doc)


def test_a_step_backwards_is_no_praise(analyze):
    doc = analyze("Judge Anna Berg ruled against the government on Monday. Attorney General "
                  "Dan Okafor called the ruling \"a step backwards.\"")
    assert "SUPPORT" not in [t for t, _, _ in events(doc)]


# -- quoted characterisations in reported speech (issue #12) -------------------------------


@pytest.mark.parametrize("text, expected", [
    # a quoted predicate on another actor, or on what it owns, is the speaker's accusation
    ("Peruvian Trade Minister Ana Ruiz said Chile's new duties were \"a cynical reprisal "
     "dressed up as a trade case.\"", ("ACCUSE", "Ana Ruiz", "Chile")),
    ("Senator Tom Hale said Democrats had \"spent years writing blank checks\" and now wanted "
     "a shutdown.", ("ACCUSE", "Tom Hale", "Democratic Party")),
    # said of a proposal, it rejects it
    ("Peruvian Foreign Minister Ana Ruiz said Chile's latest offer \"falls well short of what "
     "is needed.\"", ("REJECT", "Ana Ruiz", "Chile")),
])
def test_quoted_characterisation_of_another_actor(analyze, text, expected):
    assert expected in events(analyze(text))


@pytest.mark.parametrize("text", [
    # praise, a forecast, the speaker's own state, an object alone: no accusation
    "Peruvian Foreign Minister Ana Ruiz said Chile's offer was \"a generous and welcome step.\"",
    "Peruvian Foreign Minister Ana Ruiz said Chile would \"take the necessary time.\"",
    "Peruvian Foreign Minister Ana Ruiz said Peru had \"done everything it could.\"",
    "Ana Ruiz said Chile's actions necessitated \"a firm answer\" from the region.",
])
def test_quoted_words_that_are_no_accusation(analyze, text):
    assert not only(analyze(text), "ACCUSE")


def test_quoted_label_parsed_as_an_apposition_is_a_label(analyze):
    doc = analyze("Senator Tom Hale unveiled a health plan. Rival candidate Ana Ruiz called "
                  "Hale's proposal \"a fantasy with a $30 trillion price tag.\"")
    assert ("ACCUSE", "Ana Ruiz", "Tom Hale") in events(doc)


def test_speaking_to_another_actor_is_consult_but_not_to_reporters(analyze):
    doc = analyze("EU Energy Commissioner Marta Kowalczyk said she had spoken to the "
                  "governments of Spain and Algeria.")
    assert ("CONSULT", "Marta Kowalczyk", "Spain") in events(doc)
    assert not only(analyze("French President Paul Roux spoke to reporters in Paris."),
                    "CONSULT")


def test_being_held_accountable_is_a_threat_only_ahead(analyze):
    doc = analyze("\"Those who attacked our allies will be held accountable,\" said "
                  "National Security Council spokeswoman Rachel Moss.")
    assert ("THREATEN", "Rachel Moss", None) in events(doc)
    assert not only(analyze("Anna Berg said the company was held accountable by regulators "
                            "last year."), "THREATEN")


def test_pledging_aid_is_a_promise_and_a_pledged_sum_is_aid(analyze):
    doc = analyze("Chile and Peru issued a joint statement welcoming the agreement and pledging "
                  "reconstruction aid.")
    assert {e[0] for e in events(doc) if e[1] in ("Chile", "Peru")} >= {"AGREE"}
    assert not only(doc, "AID")
    doc = analyze("Japan pledged $45 million to help Mozambique recover from the cyclone.")
    assert ("AID", "Japan", "Mozambique") in events(doc)


def test_consequences_ahead_in_reported_speech_are_a_threat(analyze):
    doc = analyze("\"Espionage on our soil will have consequences every time,\" Foreign "
                  "Minister Katharina Albrecht of Germany told reporters.")
    assert ("THREATEN", "Katharina Albrecht", None) in events(doc)
    doc = analyze("Foreign Minister Anna Berg of Sweden said there would be consequences if "
                  "Russia moved troops.")
    assert [e for e in events(doc) if e[0] == "THREATEN"] == [
        ("THREATEN", "Anna Berg", "Russia")]
    assert not only(analyze("Anna Berg of Sweden said the 2019 decision had consequences for "
                            "farmers."), "THREATEN")


def test_warning_a_party_against_a_course_is_a_call_to_refrain(analyze):
    doc = analyze("Chile's foreign minister Ana Ruiz warned Peru against \"any unilateral "
                  "step.\"")
    assert ("REQUEST", "Ana Ruiz", "Peru") in events(doc)
    assert not only(doc, "REJECT")


def test_an_act_nobody_named_does_in_a_modifier_clause_is_background(analyze_agentless):
    analyze = analyze_agentless  # (acts whose doer names no actor kept)
    # a participle or relative clause on a noun, an adverbial clause of its own: no event
    doc = analyze("Chile's parliament passed a law allowing foreign troops to train there.")
    assert not [e for e in doc.events if e.source is None]
    doc = analyze("Celebrations began in Rome after the hostages had been freed.")
    assert not [e for e in doc.events if e.source is None]
    # in the main clause, or in a participle that shares the main clause's doer, it stays
    doc = analyze("At least 20 people were killed in Kabul on Monday.")
    assert [e.type for e in doc.events] == ["ASSAULT"]
    doc = analyze("The government and the rebels signed a peace agreement on Friday, "
                  "committing to a permanent ceasefire.")
    assert "CONCEDE" in [e.type for e in doc.events]


def test_a_warning_that_names_nobody_is_aimed_at_the_last_adversary(analyze):
    doc = analyze("Brazil imposed tariffs on Argentine steel on Monday. Argentine Trade "
                  "Minister Lucas Ortega warned that Buenos Aires would respond.")
    assert ("THREATEN", "Lucas Ortega", "Brazil") in events(doc)
    doc = analyze("Peru expelled two Chilean diplomats. Chile said it would not accept that.")
    assert ("REJECT", "Chile", "Peru") in events(doc)


def test_a_refusal_with_no_conflict_before_it_keeps_no_target(analyze):
    doc = analyze("Kenya said it would never accept the plan.")
    assert [(t, s, g) for t, s, g in events(doc) if t == "REJECT"] == [("REJECT", "Kenya", None)]


def test_a_dictionary_coded_act_needs_an_actor_doing_it(analyze):
    # the CAMEO dictionary codes one actor's act toward another; a passive with nobody
    # named is no event ("were protected": by whom?)
    doc = analyze("The pensions of lower-paid workers were protected in the budget Austria "
                  "passed.")
    assert [e for e in doc.events if e.type == "AID"] == []


def test_a_refusal_answers_the_demand_made_on_its_source(analyze):
    doc = analyze("Chile demanded that Bolivia drop its claim to the coast. La Paz said it "
                  "would never accept.")
    assert ("REJECT", "Bolivia", "Chile") in events(doc)


def test_an_arrest_told_without_an_agent_is_the_authorities_of_the_place(analyze_agentless):
    analyze = analyze_agentless  # (acts whose doer names no actor kept)
    doc = analyze("Belarus jailed two Polish journalists last year. The reporter was "
                  "arrested at Minsk airport on Sunday.")
    assert [s for t, s, _ in events(doc) if t == "COERCE"] == ["Belarus", "Belarus"]
    doc = analyze("Riot police fired tear gas at students marching on parliament, and 30 "
                  "people were arrested.")
    # (the people arrested are the marchers: aims._crowd_targets, stop 29)
    assert ("COERCE", "Riot police", "students") in events(doc)
    doc = analyze("Hundreds of people have been detained since the protests began.")
    assert events(doc) == [("COERCE", None, None)]  # nobody and nowhere named


def test_a_quoted_label_the_parse_hangs_on_the_verb_is_still_a_label(analyze):
    doc = analyze("Argentina's export duties on soybeans took effect on Monday. Brazilian Farm "
                  "Minister Paulo Reis called the duties \"a tax on hungry families dreamed up "
                  "in Buenos Aires.\"")
    assert ("ACCUSE", "Paulo Reis", "Argentina") in events(doc)


def test_a_body_named_by_its_short_name_in_a_title_is_the_speakers_own(analyze):
    # "The AU's special envoy" speaks for the African Union; monitors keep the peace
    doc = analyze("The African Union brokered the ceasefire. The AU's special envoy, Amina "
                  "Bello, said the bloc would deploy ceasefire monitors within a month.")
    assert ("AGREE", "Amina Bello", None) in events(doc)
    assert not [e for e in doc.events if e.type == "THREATEN"]


def test_its_head_speaks_for_the_body_the_sentence_before_was_about(analyze):
    doc = analyze("The European Union extended its naval mission off Somalia. Its commander, "
                  "Paul Okafor, said the bloc had no intention of leaving.")
    assert events(doc) == [("REJECT", "Paul Okafor", None)]


def test_its_officer_speaks_for_the_union_coreference_reads_as_its_owner(analyze):
    """"Its" opening a person's title is read by coreference (``coref.title_owner``): the
    union of the sentence before, whose act the officer then reports."""
    doc = analyze("The Harbour Workers Union walked out of the talks on Monday. Its general "
                  "secretary, Lena Brandt, said the union rejected the employers' final offer.")
    assert ("REJECT", "Lena Brandt", None) in events(doc)


def test_also_repeats_the_target_of_the_same_act_before(analyze):
    doc = analyze("The Labour Party sided with the striking nurses on Monday. The Green Party "
                  "also backed the strike.")
    assert ("SUPPORT", "Green Party", "striking nurses") in events(doc)


def test_a_second_act_of_the_same_kind_in_one_breath_has_the_first_ones_party(analyze):
    doc = analyze("Norway issued a statement welcoming the ceasefire in Yemen and pledging "
                  "reconstruction aid.")
    assert [g for t, s, g in events(doc) if s == "Norway"] == ["Yemen", "Yemen"]


def test_the_mediators_are_whoever_mediated(analyze):
    doc = analyze("The talks were mediated by Norway and Qatar. The rebels walked out after "
                  "the mediators rejected their demand for a seat at the table.")
    assert {s for t, s, _ in events(doc) if t == "REJECT"} == {"Norway", "Qatar"}


def test_an_opposition_party_demand_with_no_addressee_is_aimed_at_its_government(analyze):
    doc = analyze("Kenya suspended the railway contract on Monday. The opposition Orange "
                  "Democratic Movement said it supported the suspension but demanded a full "
                  "inquiry.")
    assert ("REQUEST", "Orange Democratic Movement", "Kenya") in events(doc)


def test_a_party_already_aimed_at_someone_gets_no_government_target(analyze):
    doc = analyze("In Nairobi, the opposition Orange Democratic Movement attacked President "
                  "William Ruto over rising prices while pushing for a new budget.")
    assert ("REQUEST", "Orange Democratic Movement", None) in events(doc)


def test_being_ruled_by_someone_makes_no_ruling_of_ones_own(analyze):
    doc = analyze("ECOWAS extended sanctions on Niger. Mali, which is also ruled by soldiers, "
                  "denounced them. France said it supported the decision.")
    assert [g for t, s, g in events(doc) if s == "France"] == [
        "Economic Community of West African States"]


@pytest.mark.parametrize("text", [
    "Canada told two Chinese diplomats to leave the country.",
    "Germany gave four Russian diplomats seven days to leave the country.",
    "Poland ordered three Belarusian diplomats to leave within 48 hours.",
])
def test_telling_diplomats_to_leave_is_an_expulsion(analyze, text):
    assert [(t, g) for t, _, g in events(analyze(text))] == [
        ("SANCTION", g) for g in ("China", "Russia", "Belarus") if g in text
        or {"China": "Chinese", "Russia": "Russian", "Belarus": "Belarusian"}[g] in text]


def test_asking_diplomats_to_attend_stays_a_request(analyze):
    doc = analyze("Poland asked three Belarusian diplomats to attend the talks.")
    assert [t for t, _, _ in events(doc)] == ["REQUEST"]


def test_troops_of_two_states_trading_fire_fire_at_each_other(analyze):
    doc = analyze("Indian and Pakistani troops traded fire along the border on Monday.")
    assert sorted(events(doc)) == [("ASSAULT", "Indian troops", "Pakistani troops"),
                                   ("ASSAULT", "Pakistani troops", "Indian troops")]


def test_no_threats_said_to_exist_is_no_accusation(analyze):
    doc = analyze("Police said there were no credible threats against the summit.")
    assert events(doc) == []


def test_coming_out_for_or_against_a_position_is_support_or_reject(analyze):
    """"came out for X" / "came out against X" declare for or against a side (phrasal
    verbs of event_verbs.tsv); "came out in favour of X" too."""
    doc = analyze("Austria and Portugal have come out for Kenya's proposal, while Hungary came "
                  "out against it.")
    assert events(doc) == [("SUPPORT", "Austria", "Kenya"), ("SUPPORT", "Portugal", "Kenya"),
                           ("REJECT", "Hungary", None)]
    assert [t for t, _, _ in events(analyze("Chile came out in favour of the Peruvian plan."))
            ] == ["SUPPORT"]


def test_a_source_asking_not_to_be_named_makes_no_request(analyze):
    """"who asked not to be named" sets the terms of a source's anonymity (anonymity_verbs of
    event_words.tsv); asking someone to act stays a REQUEST."""
    doc = analyze("A Kenyan official who asked not to be named said Nairobi would recall its "
                  "envoy. Kenya asked the African Union to mediate.")
    assert [(t, s) for t, s, _ in events(doc) if t == "REQUEST"] == [("REQUEST", "Kenya")]


def test_their_request_refused_in_an_adverbial_clause_is_the_main_subjects(analyze):
    """"X left after Y refused their request": "their" is the main clause's subject, not the
    author of the last request told (here Peru's)."""
    doc = analyze("Peru asked Chile for more time. Delegations from Tuvalu and Fiji have left "
                  "the hall after Turkey refused their request to reopen the text.")
    assert [(t, s, g) for t, s, g in events(doc) if t == "REJECT"] == [
        ("REJECT", "Turkey", "Tuvalu"), ("REJECT", "Turkey", "Fiji")]


def test_an_act_after_a_reported_state_is_the_reporters(analyze):
    """"X said Y was 'safe' and accused Z": the reported clause only describes Y's state, so
    the coordinated act is X's (a person Y, and the tagger's VBN for "accused", included)."""
    doc = analyze('Colonel Omar Diallo said Ibrahim Keita was "safe and well treated" and '
                  "accused ECOWAS of obeying foreign capitals.")
    assert [(t, s) for t, s, _ in events(doc) if t == "ACCUSE"] == [("ACCUSE", "Omar Diallo")]


def test_a_bare_plural_object_is_nobody_named_before(analyze):
    """"accused rich countries": a bare plural is generic; it is not "his countries" of an
    earlier sentence (owners are remembered for "the draft", "its proposal")."""
    doc = analyze("Ghana's ambassador, Kwame Mensah, speaking for the Africa Group, told the "
                  "session that his countries would not sign a text. Aid groups accused rich "
                  "countries of protecting industry profits.")
    assert [(t, s, g) for t, s, g in events(doc) if t == "ACCUSE"] == [
        ("ACCUSE", "Aid groups", None)]


def test_both_countries_are_the_two_parties_last_seen_together(analyze):
    """"both countries", "the two governments", "both leaders" name the two parties like
    "both sides" (member_*_nouns of actors/words.tsv, read through actors.sources.both_parties)."""
    doc = analyze("Chile and Peru held talks in Lima on Monday. The United Nations urged both "
                  "countries to show restraint.")
    assert [(t, s, g) for t, s, g in events(doc) if t == "REQUEST"] == [
        ("REQUEST", "United Nations", "Chile"), ("REQUEST", "United Nations", "Peru")]


def test_refusing_someones_demand_tells_that_they_made_it(analyze):
    """"Y refused its demand for X": the owner of the demand asked Y (a REQUEST), besides Y's
    REJECT of it; an ultimatum refused stays the refusal only."""
    doc = analyze("Thailand mediated the talks. The Karen National Union boycotted the final "
                  "session. Its delegation walked out after the mediators refused its demand for "
                  "a seat at the table.")
    assert ("REQUEST", "Karen National Union", "Thailand") in events(doc)
    assert ("REJECT", "Thailand", "Karen National Union") in events(doc)


def test_an_unnamed_official_reports_the_act_of_its_body(analyze):
    # an unnamed source ("an EU official") is a person of its own, but the act it reports
    # stays the body's: it takes over no state's or body's act as a named minister would
    doc = analyze("The European Union met on Monday. An EU official said the bloc welcomed "
                  "closer ties with Chile.")
    assert ("SUPPORT", "European Union", "Chile") in events(doc)


# -- issue #12, stop 24: quoted characterisations of acts, diplomatic threats ----------------


@pytest.mark.parametrize("text, expected", [
    # what a measure, charge or deal "is" in the speaker's quoted words, when they blame it
    ("Chile's trade ministry said the new levy was \"a hidden tariff disguised as green "
     "policy\".", ("ACCUSE", "Chile", None)),
    ("Foreign Minister Ana Ruiz of Peru told lawmakers that the charges against the two "
     "sailors were \"fabricated.\"", ("ACCUSE", "Ana Ruiz", None)),
    ("The opposition Liberal Party said the pension deal was \"a surrender to the banks.\"",
     ("ACCUSE", "Liberal Party", None)),
])
def test_quoted_blame_of_an_act_is_an_accusation(analyze, text, expected):
    assert expected in [(t, s, None) for t, s, _ in events(analyze(text))]


@pytest.mark.parametrize("text", [
    # no blame in the predicate, or what the thing does rather than what it is
    "Foreign Minister Ana Ruiz of Peru said the talks were \"constructive\" and the ceasefire "
    "was \"holding.\"",
    "Foreign Minister Ana Ruiz of Peru said the ruling \"closes a chapter of uncertainty.\"",
])
def test_quoted_words_on_an_act_without_blame_are_no_accusation(analyze, text):
    assert not only(analyze(text), "ACCUSE")


def test_drawing_conclusions_and_responding_with_measures_are_threats(analyze):
    doc = analyze("Peru's foreign ministry spokeswoman, Ana Ruiz, warned that Lima would "
                  "\"draw the appropriate conclusions\" from Chile's decision.")
    assert [(t, s) for t, s, _ in events(doc) if t == "THREATEN"] == [("THREATEN", "Ana Ruiz")]
    doc = analyze("Peru's ambassador, Ana Ruiz, told the Organization of American States that "
                  "Lima would respond with \"appropriate measures.\"")
    assert ("THREATEN", "Ana Ruiz", "Organization of American States") in events(doc)


def test_an_untargeted_accusation_is_not_the_criticism_later_rejected(analyze):
    """"Y rejected the criticism" answers the accusation aimed at Y, not a later remark that
    names no target."""
    doc = analyze("Peru summoned Chile's ambassador on Monday. Foreign Minister Ana Ruiz said "
                  "the charges were \"fabricated.\" Chile rejected the criticism.")
    assert ("REJECT", "Chile", "Peru") in events(doc)


def test_assurances_are_promises_and_their_dismissal_a_rejection(analyze):
    # "assurance"/"guarantee" are AGREE nouns of the proposal class (event_nouns.tsv)
    assert ("AGREE", "Belarus", None) in events(analyze(
        "Belarus gave assurances that the prisoners would be safe."))
    assert ("REJECT", "Latvia", "Belarus") in events(analyze(
        "Latvia's foreign ministry said assurances offered by Belarus were \"not worth the "
        "paper they are written on.\""))


def test_a_demand_coordinated_with_an_accusation_is_on_the_accused(analyze):
    """"X accused Y of ... and demanded that ...": the demand names nobody, so it is made of
    the one just accused (the government, though it is the speaker's own state)."""
    doc = analyze("The opposition Labour Party criticised the budget. Its leader, Tom Hale, "
                  "accused the government of hiding the true deficit and demanded that the "
                  "figures be released.")
    assert ("REQUEST", "Tom Hale", "United Kingdom") in events(doc)
    doc = analyze("Poland's foreign minister, Anna Nowak, accused Belarus of staging the crisis "
                  "and demanded that the border crossings be reopened.")
    assert ("REQUEST", "Anna Nowak", "Belarus") in events(doc)


@pytest.mark.parametrize("text, threat", [
    # every course left open is a threat; some options, or steps, are only deliberation
    ("Japan's chief cabinet secretary, Ken Sato, said Japan had lodged a protest with China "
     "and would consider \"all appropriate responses,\" including sanctions.", True),
    ("Foreign Minister Jan de Boer of the Netherlands said that all options were being "
     "examined with European partners.", True),
    ("A State Department official said Washington was \"reviewing options.\"", False),
    ("The Kazakh foreign ministry said Kazakhstan would consider other legal steps.", False),
])
def test_considering_all_options_is_a_threat(analyze, text, threat):
    assert bool(only(analyze(text), "THREATEN")) is threat


def test_consulting_both_governments_of_the_lead_dispute(analyze):
    """"spoke to both governments" with no pair seen together: the two parties of the first
    dispute the article reports (a conflict event between two non-person actors), one
    CONSULT each; an appeal to "both sides" keeps no target of its own."""
    doc = analyze("Bolivia closed its border with Paraguay on Monday. The UN envoy, Maria "
                  "Lund, said she had spoken to both governments.")
    consult = [(s, g) for t, s, g in events(doc) if t == "CONSULT"]
    assert ("Maria Lund", "Bolivia") in consult and ("Maria Lund", "Paraguay") in consult


def test_the_sanctions_are_the_storys_first_not_the_retaliation(analyze):
    """A bare "the duties" / "the measures" is the sanction the article is about, told first,
    not a later retaliation or parallel one; "the steel duties" names its own."""
    doc = analyze("Canada imposed duties of 20% on Mexican steel on Monday. Mexico imposed "
                  "tariffs on Canadian maple syrup on Tuesday. Chile said it would back the "
                  "duties. Peru condemned the maple syrup tariffs.")
    assert ("AGREE", "Chile", "Canada") in events(doc)
    assert ("AGREE", "Chile", "Mexico") not in events(doc)
    assert ("ACCUSE", "Peru", "Mexico") in events(doc)


def test_a_watchdog_reporting_abuses_in_a_state_accuses_it(analyze):
    """A watchdog (sector NGO, watchdog_sectors) that reports in plain speech what happens in
    or by a state accuses it; not its praise coordinated with an appeal, nor a second
    charge after a blame already told."""
    doc = analyze("Human Rights Watch said Egypt was holding at least 40 activists without "
                  "trial, most of them for posts on social media.")
    assert ("ACCUSE", "Human Rights Watch", "Egypt") in events(doc)
    # (a state named only after "in" on a noun, "activists held without trial in Egypt", is a
    # place, no actor, unless it acts elsewhere in the text: then the report has no target)
    doc = analyze("Amnesty International accused the European Union of looking away and said "
                  "similar deals had led to abuses in Tunisia.")
    assert ("ACCUSE", "Amnesty International", "Tunisia") not in events(doc)
    doc = analyze("Amnesty International said Norway had finally done the right thing.")
    assert ("ACCUSE", "Amnesty International", "Norway") not in events(doc)


def test_an_arrest_in_the_passive_is_the_police_the_story_names(analyze):
    # the police the sentence names, though they only report it
    doc = analyze("Teachers marched through Lyon on Friday. About 40 people were arrested, "
                  "Lyon police said.")
    assert ("COERCE", "Lyon police", "Teachers") in events(doc)  # at the marchers (stop 29)
    # else the police named last before, when the sentence names no doer and no place
    doc = analyze("Riot police blocked the bridge as students marched on the ministry. Later "
                  "that evening, a dozen people were detained.")
    assert ("COERCE", "Riot police", "students") in events(doc)  # at the marchers (stop 29)
    # a person of the police is not the force
    doc = analyze("Police chief Anna Berg spoke to reporters on Monday. Two men were detained.")
    assert ("COERCE", "Anna Berg", None) not in events(doc)


def test_a_crowd_retelling_an_act_the_story_gives_its_doer_is_no_second_event(analyze):
    doc = analyze("The teachers' union SNES called a strike in Paris on Monday. Thousands "
                  "marched through the city.")
    protests = only(doc, "PROTEST")
    assert len(protests) == 1 and protests[0].source is not None  # the union's, once
    # a counted crowd of people is a group actor of its own (stop 29, groups29): its march
    # is its own act, as the gold codes the protesters' PROTEST beside the unions'
    doc = analyze("The teachers' union SNES called a strike in Paris on Monday. About 20,000 "
                  "people marched through the city.")
    assert len([e for e in only(doc, "PROTEST") if e.source is not None]) == 2
    # told alone, the crowd's march is still the story's event
    doc = analyze("About 20,000 people marched through Paris on Monday.")
    assert [(e.type, e.source_text.text) for e in doc.events] == [
        ("PROTEST", "About 20,000 people")]


def test_a_vote_in_favour_naming_no_party_is_toward_the_measures_drafter(analyze):
    doc = analyze("Canada circulated a draft resolution on Haiti at the Security Council. "
                  "Mexico voted in favour.")
    assert ("SUPPORT", "Mexico", "Canada") in events(doc)
    # nobody drafted it in the story: a position on the motion, no act toward a party
    doc = analyze("Parliament debated a motion on fishing quotas on Tuesday. The Liberal Party "
                  "and the Green Party voted in favour.")
    assert only(doc, "SUPPORT") == []


def test_a_relative_clause_act_that_still_holds_is_news_a_past_one_background(analyze):
    doc = analyze("The teachers' union SNES, which has endorsed Marie Dupont, said on Monday "
                  "that the reform was unfair.")
    assert [(t, tgt) for t, _, tgt in events(doc)] == [("SUPPORT", "Marie Dupont")]
    doc = analyze("The teachers' union SNES, which endorsed Marie Dupont in 2019, said on "
                  "Monday that the reform was unfair.")
    assert only(doc, "SUPPORT") == []


# -- the maker of a thing an act is aimed at ----------------------------------------------


def test_foreign_officials_proposal_rejected_is_aimed_at_the_state(analyze):
    doc = analyze("Norway and Sweden resumed talks on fishing rights in Oslo. Norway's foreign "
                  "minister, Lars Eide, proposed a joint patrol on Monday. Sweden rejected the "
                  "proposal.")
    assert ("REJECT", "Sweden", "Norway") in events(doc)


def test_home_officials_proposal_rejected_stays_with_the_person(analyze):
    doc = analyze("Norway's fisheries minister, Lars Eide, proposed a new quota on Monday. The "
                  "opposition Progress Party rejected the proposal.")
    assert ("REJECT", "Progress Party", "Lars Eide") in events(doc)


def test_report_a_body_speaks_in_is_its_own(analyze):
    doc = analyze("The International Atomic Energy Agency said in a report on Tuesday that the "
                  "plant was safe. Japan welcomed the report.")
    assert events(doc) == [("SUPPORT", "Japan", "International Atomic Energy Agency")]


def test_what_two_signatories_commit_to_is_toward_each_other(analyze):
    doc = analyze("Peru and Chile signed a trade agreement in Lima on Monday, committing the two "
                  "countries to cut tariffs.")
    assert ("AGREE", "Peru", "Chile") in events(doc)
    assert ("AGREE", "Chile", "Peru") in events(doc)


def test_parties_blaming_each_other_accuse_each_other(analyze):
    doc = analyze("Armenia and Azerbaijan accused each other of shelling border villages on "
                  "Sunday.")
    assert sorted(events(doc)) == [("ACCUSE", "Armenia", "Azerbaijan"),
                                   ("ACCUSE", "Azerbaijan", "Armenia")]


# -- figurative phrasal verbs (issue #12, stop 25: false events kept by the literal verb) ----


def test_figurative_phrasal_verbs_are_not_violence(analyze):
    # "seized on" a crisis: made use of it, nothing was seized
    assert only(analyze("The Liberal Party seized on the scandal in Ottawa."), "COERCE") == []
    assert [e.type for e in analyze("Iran seized a British tanker on Tuesday.").events] == [
        "COERCE"]  # a seizure dated "on ..." is still one
    # forcing a crowd back is coercion, not the lobbying sense of "push"
    doc = analyze("Police in Lisbon used tear gas to push back demonstrators.")
    assert [e.type for e in doc.events] == ["COERCE"]


def test_asking_a_question_is_no_request(analyze):
    # an indirect question asks nothing of anybody
    assert only(analyze("Senator Lena Ortiz asked whether the minister would resign."),
                "REQUEST") == []
    assert only(analyze("Lena Ortiz asked me if Canada had paid the bill."), "REQUEST") == []
    # asking somebody to do something, or for something, still is
    assert only(analyze("Senator Lena Ortiz asked the minister to resign."), "REQUEST")
    assert events(analyze("Germany asked Russia for an explanation.")) == [
        ("REQUEST", "Germany", "Russia")]


def test_a_quoted_or_topical_question_is_no_request(analyze):
    # a direct question in quotes, a topic asked about, and a question put to the subject
    # ("Asked by a reporter whether ...") ask nothing of anybody (issue #12, stop 27)
    assert only(analyze('Chinese Foreign Minister Wang Yi met reporters in Beijing. A reporter '
                        'asked Wang: "Do you accept that the strike killed children?"'),
                "REQUEST") == []
    assert only(analyze("China's foreign ministry, asked about the visit, said Beijing "
                        "respected Indonesia's policy."), "REQUEST") == []
    assert only(analyze("The Philippines asked Vietnam about its export plans."),
                "REQUEST") == []
    assert only(analyze("Asked by a reporter whether he would respect the ruling, Serbian "
                        "President Aleksandar Vucic said the court had overstepped."),
                "REQUEST") == []
    # asking somebody to act still is a request
    assert events(analyze("Egypt asked the U.N. Security Council to hold an emergency "
                          "meeting.")) == [("REQUEST", "Egypt", "UN Security Council")]


# -- reactions to the story's act (issue #12, stop 26: "condemned the decision" had no target) --


def test_reacting_to_the_decision_targets_the_story_act(analyze):
    doc = analyze("Peru formally recognised Kosovo as an independent state on Monday. Serbia "
                  "condemned the decision. Albania welcomed the recognition.")
    assert ("ACCUSE", "Serbia", "Peru") in events(doc)
    assert ("SUPPORT", "Albania", "Peru") in events(doc)
    doc = analyze("Peru expelled two Bolivian diplomats on Monday. Bolivia criticised the step.")
    assert ("ACCUSE", "Bolivia", "Peru") in events(doc)


def test_a_decision_that_names_its_maker_keeps_it(analyze):
    # "the decision of X" names whose act it is; the bare subject is no object of a reaction
    doc = analyze("Peru formally recognised Kosovo on Monday. Serbia condemned the decision "
                  "of the Albanian parliament.")
    assert ("ACCUSE", "Serbia", "Peru") not in events(doc)


# -- a position held before the news (issue #12, stop 26) ------------------------------------


def test_support_told_in_the_past_perfect_is_background(analyze_agentless):
    analyze = analyze_agentless  # (acts whose doer names no actor kept)
    doc = analyze("Chile recalled its ambassador on Tuesday. An official said the foreign "
                  "minister had privately favoured a joint statement.")
    assert only(doc, "SUPPORT") == []
    # an appeal aimed at somebody stays, and so does support told as the news
    doc = analyze("Peru said it had urged Bolivia to reopen the border.")
    assert events(doc) == [("REQUEST", "Peru", "Bolivia")]
    assert only(analyze("The foreign minister favoured a joint statement."), "SUPPORT")


def test_a_politicians_fight_is_no_assault(analyze):
    # politicians and parties fight, hit back and damage interests only in words
    for text in ("Senator Maria Lopez hit back at the Liberal Party on Monday.",
                 "Maria Lopez said President Juan Ortega had damaged Peru's interests.",
                 "Senator Maria Lopez said the Liberal Party was fighting the Conservative "
                 "Party."):
        assert only(analyze(text), "ASSAULT") == []
    # armed forces still attack
    doc = analyze("The Sudanese army shelled rebel positions near Khartoum on Monday.")
    assert only(doc, "ASSAULT")


def test_an_offer_with_no_party_is_to_the_other_side_of_the_dispute(analyze):
    doc = analyze("Peru accused Bolivia of closing the border on Monday. Peru said it was ready "
                  "to go to arbitration.")
    assert ("AGREE", "Peru", "Bolivia") in events(doc)
    # with no dispute told, nobody is named
    doc = analyze("Peru said it was ready to go to arbitration.")
    assert [(t, g) for t, s, g in events(doc) if t == "AGREE"] in ([], [("AGREE", None)])


def test_it_after_a_bare_act_noun_targets_that_act(analyze, monkeypatch):
    # "The decision ... X welcomed it": "it" is the act the sentence before names, and the
    # target is whoever made it, as for "welcomed the decision" (issue #12, stop 27). The rules'
    # reading, the target ranker off (the stop-47 ranker gives the untargeted "welcomed it"
    # below the document's other group, "Officials": a guess the rules do not make)
    monkeypatch.setenv("STANCEMAP_EVENT_TARGETS", "0")
    lead = "Kyrgyzstan on Monday ordered Russia to close its air base at Kant. "
    assert events(analyze(lead + "The decision was popular at home. Kazakhstan's foreign "
                          "ministry welcomed it."))[-1] == ("SUPPORT", "Kazakhstan", "Kyrgyzstan")
    # with no act named in the sentence before, "it" names nothing
    assert events(analyze(lead + "Officials said the base had cost too much. Kazakhstan's "
                          "foreign ministry welcomed it."))[-1] == ("SUPPORT", "Kazakhstan", None)
    # a party asked or urged ("urged it to reconsider") is no act: the rules leave the request
    # untargeted (the target ranker of stancemap.events.targets may still fill it, and says so)
    urged = only(analyze(lead + "The decision was popular at home. Kazakhstan urged it to "
                         "reconsider."), "REQUEST")[-1]
    assert urged.target is None or urged.rule.endswith("+target")


def test_delivering_a_note_is_no_aid(analyze):
    # a diplomatic note or a letter handed over is a message, not aid (issue #12, stop 27)
    assert only(analyze("Pakistan said on Monday it would stop notifying India of missile "
                        "tests. A note informing New Delhi of the decision was delivered to "
                        "the Indian high commission in Islamabad."), "AID") == []
    assert only(analyze("Russia delivered a letter to the Kyrgyz government."), "AID") == []
    # delivering goods still is
    assert events(analyze("The United Nations delivered food and medicine to Gaza.")) == [
        ("AID", "United Nations", None)]


def test_should_have_done_is_a_reproach_not_a_demand(analyze):
    # "should have + participle" blames a past omission; it asks nothing now (issue #12,
    # stop 27)
    assert only(analyze("Lithuania's opposition Homeland Union said Justice Minister Rasa "
                        "Mockute should have spoken out earlier."), "REQUEST") == []
    # "should resign" still is the speaker's demand
    assert events(analyze("The Homeland Union said Justice Minister Rasa Mockute should "
                          "resign.")) == [("REQUEST", "Homeland Union", "Rasa Mockute")]


def test_co_mediators_are_one_side(analyze):
    # "mediated by X and Y": X and Y mediate together; neither consults the other
    # (issue #12, stop 27)
    doc = analyze("Sudan's army and the Rapid Support Forces signed a peace agreement on "
                  "Saturday. The talks were mediated jointly by the African Union and the "
                  "United Nations.")
    assert [e for e in events(doc) if e[0] == "CONSULT" and e[2] is not None] == []
    assert {e[1] for e in events(doc) if e[0] == "CONSULT"} == {"African Union",
                                                                 "United Nations"}
    # parties that hold talks still consult each other
    assert events(analyze("Egypt and Saudi Arabia held talks in Cairo.")) == [
        ("CONSULT", "Egypt", "Saudi Arabia"), ("CONSULT", "Saudi Arabia", "Egypt")]


def test_senators_are_the_chamber_beside_its_committees(analyze):
    # bare "senators" stand for the one legislature the article names; beside its
    # committees that is the chamber (issue #12, stop 27)
    doc = analyze("The Senate Judiciary Committee voted 12-10 on Tuesday to advance the "
                  "nomination. The full United States Senate is expected to vote next week. "
                  "The AFL-CIO urged senators to reject the nominee.")
    assert events(doc) == [("REQUEST", "AFL-CIO", "United States Senate")]


def test_summoning_a_diplomat_targets_the_state_it_serves(analyze):
    # "summoned the Russian ambassador, Sergei Malyshev": a protest to Russia, not to the man
    # (issue #12, stop 27)
    doc = analyze("German prosecutors charged two men with spying for Russia. Germany "
                  "summoned the Russian ambassador, Sergei Malyshev.")
    assert ("ACCUSE", "Germany", "Russia") in events(doc)
    doc = analyze("China rejected the protest. The Philippines summoned the Chinese "
                  "ambassador on Tuesday.")
    assert ("ACCUSE", "Philippines", "China") in events(doc)
    assert events(analyze("Russia expelled two German diplomats.")) == [
        ("SANCTION", "Russia", "Germany")]


def test_respecting_a_choice_is_no_praise(analyze):
    # "respects X's sovereign choices" acknowledges; it praises nobody (issue #12, stop 27)
    doc = analyze("Kyrgyzstan ordered Russia to close its air base. China's foreign ministry "
                  "said it respected Kyrgyzstan's sovereign choices.")
    assert only(doc, "SUPPORT") == [] and only(doc, "AGREE") == []
    # praising still is support
    assert ("SUPPORT", "China", "Kyrgyzstan") in events(analyze(
        "Kyrgyzstan ordered Russia to close its air base. China praised Kyrgyzstan."))


def test_letting_a_measure_pass_or_an_unnamed_permission_is_no_concession(analyze):
    # "allowing the sanctions to pass" lets a measure through, not a party; "was allowed to
    # visit" names nobody who allowed it (issue #12, stop 27)
    assert only(analyze("Hungary abstained, allowing the sanctions to pass."), "RETREAT") == []
    assert only(analyze("Dutch diplomats were denied access for 11 days. A consular officer "
                        "was finally allowed to visit her."), "RETREAT") == []
    # letting aid or a party through still is
    assert events(analyze("Israel allowed aid trucks into Gaza.")) == [
        ("RETREAT", "Israel", None)]


def test_mediation_in_a_describing_clause_is_no_act(analyze):
    # "China, which has mediated between the two neighbours, ...": who China is, not an act
    # the story reports (issue #12, stop 27)
    doc = analyze("China, which has mediated between the two neighbours, called on both sides "
                  "to exercise restraint.")
    assert only(doc, "CONSULT") == [] and only(doc, "REQUEST")
    assert only(analyze("Turkey, which trains Somalia's army and mediated between the two "
                        "neighbours last year, said it was deeply concerned."), "CONSULT") == []
    # mediation the story reports still is
    assert only(analyze("Qatar mediated between Israel and Hamas on Monday."), "CONSULT")
