"""Stance stage: propositions, merging, anaphora and polarity on small invented texts."""

from __future__ import annotations

import pytest

from stancemap.model import Article, Document

TEXT = (
    "German Chancellor Hans Weber has taken a firm stance against sending NATO troops to "
    "Moldova, labeling it a \"red line\". "
    "Danish Prime Minister Mette Holm backed Weber's idea. "
    "Austria and Ireland insisted they had no such plans. "
    "Spanish Foreign Minister Luis Ortega said that deploying NATO soldiers to Moldova is "
    "\"not unthinkable.\" "
    "Weber was echoed by Czech President Pavel Novak. "
    "Greek Foreign Minister Nikos Pappas called for negotiations between Russia and Moldova. "
    "Portugal did not back the negotiations. "
    "Romanian Foreign Minister Ana Pop said Bucharest would support talks with Russia only if "
    "Moscow withdrew its forces. "
    "Serbia demanded a ceasefire, a demand that Croatia lambasted as \"absurd.\""
)


# ``engine``: the session's shared Engine (tests/conftest.py).


@pytest.fixture(scope="module")
def doc(engine) -> Document:
    return engine.analyze(Article(id="t", text=TEXT))


def stance(doc: Document, actor: str) -> list[tuple[str, str]]:
    names = {a.id: a.name for a in doc.actors}
    props = {p.id: p for p in doc.propositions}
    return [(props[s.proposition].label, s.polarity) for s in doc.stances
            if actor in names[s.actor]]


def prop_of(doc: Document, actor: str) -> str:
    names = {a.id: a.name for a in doc.actors}
    return next(s.proposition for s in doc.stances if actor in names[s.actor])


def test_offsets(doc: Document) -> None:
    for p in doc.propositions:
        for m in p.mentions:
            assert doc.text[m.start:m.end] == m.text
    for s in doc.stances:
        assert doc.text[s.evidence.start:s.evidence.end] == s.evidence.text


def test_stance_noun_and_label(doc: Document) -> None:
    (label, pol), = stance(doc, "Weber")
    assert pol == "oppose"
    assert "NATO troops to Moldova" in label


def test_backed_idea_anaphora(doc: Document) -> None:
    assert stance(doc, "Holm") == [(stance(doc, "Weber")[0][0], "support")]


def test_no_such_plans_negation(doc: Document) -> None:
    assert stance(doc, "Austria")[0][1] == "oppose"
    assert prop_of(doc, "Austria") == prop_of(doc, "Weber")


def test_hedge_not_unthinkable_and_paraphrase_merge(doc: Document) -> None:
    assert stance(doc, "Ortega")[0][1] == "support"
    assert prop_of(doc, "Ortega") == prop_of(doc, "Weber")  # soldiers ~ troops, deploy ~ send


def test_echo_agreement(doc: Document) -> None:
    assert stance(doc, "Novak") == stance(doc, "Weber")


def test_call_for_and_did_not_back(doc: Document) -> None:
    assert stance(doc, "Pappas")[0][1] == "support"
    assert stance(doc, "Portugal")[0][1] == "oppose"
    assert prop_of(doc, "Portugal") == prop_of(doc, "Pappas")


def test_condition(doc: Document) -> None:
    pols = {p for _, p in stance(doc, "Pop")}
    assert pols == {"conditional"}
    assert prop_of(doc, "Pop") == prop_of(doc, "Pappas")  # talks ~ negotiations


def test_absurd_rebuts_demand(doc: Document) -> None:
    assert stance(doc, "Serbia")[0][1] == "support"
    assert stance(doc, "Croatia")[0][1] == "oppose"
    assert prop_of(doc, "Croatia") == prop_of(doc, "Serbia")


def test_lexicons_load() -> None:
    from stancemap.stances import load_lexicon

    lex = load_lexicon()
    assert lex.verbs["back"][0] == "support"
    assert lex.conditions["only if"] == "condition"
    assert lex.synonyms["soldiers"] == lex.synonyms["troops"]


TEXT2 = (
    "The Labour Party accused the Green Party of blocking the new airport. "
    "Spain, Italy and Greece warned that they would support a tariff on steel imports unless "
    "Turkey lifted its export ban. "
    "Chile changed course on Monday. "
    "Chile's foreign minister, Ana Rojas, said her government would back a ceasefire in the "
    "region. "
    "Kenya's envoy, Daniel Otieno, said the Europeans had \"no right\" to impose carbon tariffs. "
    "\"Rail reform is not optional,\" said Peter Brandt, the Swiss transport minister. "
    "Georgia insists that a withdrawal of Russian forces is necessary before talks can proceed."
)


@pytest.fixture(scope="module")
def doc2(engine) -> Document:
    return engine.analyze(Article(id="t2", text=TEXT2))


def test_accusation_frame(doc2: Document) -> None:
    assert stance(doc2, "Green")[0][1] == "oppose"
    assert stance(doc2, "Labour")[0][1] == "support"
    assert prop_of(doc2, "Green") == prop_of(doc2, "Labour")


def test_joint_statement_and_condition_clause(doc2: Document) -> None:
    for country in ("Spain", "Italy", "Greece"):
        assert [p for _, p in stance(doc2, country)] == ["conditional"]
    assert prop_of(doc2, "Italy") == prop_of(doc2, "Spain")
    assert not stance(doc2, "Turkey")  # "unless Turkey lifted ..." states a condition only


def test_her_government_is_the_state(doc2: Document) -> None:
    assert stance(doc2, "Chile") == [(stance(doc2, "Rojas")[0][0], "support")]


def test_no_right_is_the_speakers_opposition(doc2: Document) -> None:
    assert stance(doc2, "Otieno")[0][1] == "oppose"


def test_not_optional_is_support(doc2: Document) -> None:
    assert stance(doc2, "Brandt")[0][1] == "support"


def test_precondition(doc2: Document) -> None:
    got = dict((pol, label) for label, pol in stance(doc2, "Georgia"))
    assert "withdrawal" in got["support"]
    assert "talks" in got["conditional"]


def test_before_without_necessity_is_no_precondition(engine) -> None:
    # an order of steps asked for, not a term on what follows "before"
    doc = engine.analyze(Article(id="pre", text=(
        "The Canadian Medical Association asked the government to publish guidance for "
        "police and prosecutors before the law takes effect.")))
    assert [pol for _, pol in stance(doc, "Canadian Medical")] == ["support"]


def test_labels_are_clean(doc2: Document) -> None:
    for p in doc2.propositions:
        assert '"' not in p.label and not p.label.lower().startswith(("the ", "a "))


TEXT3 = (
    "Brazil on Monday vetoed a U.N. Security Council resolution demanding a ban on deep-sea "
    "mining. Chile voted in favour, with India abstaining. Kenya voted for the text. "
    "Peru welcomed the veto.\n"
    "Austria would vote against making the steel levies permanent, a position shared by "
    "Croatia. Slovenia would vote no. Malta would support making the steel levies permanent "
    "only if Brussels paid compensation. Latvia said it had not yet decided how it would vote. "
    "Mexico denounced the rice levies.\n"
    "Italy proposed to scrap the fishing quotas. Spanish Foreign Minister Ana Ruiz called for "
    "talks with Morocco. She was backed by Portugal. Canada rejected the Italian proposal. "
    "Ireland urged the Commission to keep the fishing quotas in place. "
    "A spokesperson for the Commission, Eva Lind, declined to say whether the bloc would "
    "extend the quotas.\n"
    "Sweden said it would host a meeting of Nordic leaders. Greenpeace protested against plans "
    "to build a new oil terminal, deepening a rift with the port authority. Qatar urged Israel "
    "not to let the ceasefire lapse.\n"
    "Finland said it would now support a moratorium on seabed drilling. \"We have changed our "
    "view,\" Finnish Environment Minister Mika Virtanen said. Estonian Prime Minister Kaja Tamm "
    "said her government has not been asked and has not said yes.\n"
    "Hungary proposed to lift the sanctions on Iran. Its foreign minister, Peter Nagy, argued "
    "that the sanctions had failed and that dialogue with Tehran was the only way forward. "
    "Hezbollah said it would not negotiate under fire. Pakistan demanded that the court release "
    "the detainees. The draft would have demanded a ban on whaling."
)


@pytest.fixture(scope="module")
def doc3(engine) -> Document:
    return engine.analyze(Article(id="t3", text=TEXT3))


def test_votes(doc3: Document) -> None:
    assert stance(doc3, "Brazil")[0][1] == "oppose"  # vetoed X
    assert "deep-sea mining" in stance(doc3, "Brazil")[0][0]
    assert stance(doc3, "Chile")[0][1] == "support"  # voted in favour
    assert stance(doc3, "India")[0][1] == "neutral"  # with India abstaining
    assert stance(doc3, "Kenya")[0][1] == "support"  # voted for the text
    for who in ("Chile", "India", "Kenya"):
        assert prop_of(doc3, who) == prop_of(doc3, "Brazil")


def test_welcomed_the_veto_opposes_the_vetoed(doc3: Document) -> None:
    assert stance(doc3, "Peru") == [(stance(doc3, "Brazil")[0][0], "oppose")]


def test_vote_against_and_vote_no(doc3: Document) -> None:
    assert stance(doc3, "Austria")[0][1] == "oppose"
    assert stance(doc3, "Slovenia") == stance(doc3, "Austria")


def test_position_shared_by(doc3: Document) -> None:
    assert stance(doc3, "Croatia") == stance(doc3, "Austria")


def test_conditional_with_gerund_object(doc3: Document) -> None:
    assert stance(doc3, "Malta") == [(stance(doc3, "Austria")[0][0], "conditional")]


def test_undecided_is_neutral(doc3: Document) -> None:
    assert stance(doc3, "Latvia") == [(stance(doc3, "Austria")[0][0], "neutral")]
    assert stance(doc3, "Lind")[0][1] == "neutral"  # declined to say whether ...
    assert prop_of(doc3, "Lind") == prop_of(doc3, "Italy")  # extend ~ scrap the quotas
    assert stance(doc3, "Commission") == stance(doc3, "Lind")  # a spokesperson for X
    assert stance(doc3, "Tamm")[0][1] == "neutral"  # has not said yes


def test_different_targets_do_not_merge(doc3: Document) -> None:
    assert stance(doc3, "Mexico")[0][1] == "oppose"
    assert prop_of(doc3, "Mexico") != prop_of(doc3, "Austria")  # rice vs steel levies


def test_passive_backing_and_demonym_proposal(doc3: Document) -> None:
    assert stance(doc3, "Portugal") == stance(doc3, "Ruiz")
    assert stance(doc3, "Canada") == [(stance(doc3, "Italy")[0][0], "oppose")]


def test_keep_is_the_reverse_of_scrap(doc3: Document) -> None:
    assert stance(doc3, "Ireland") == [(stance(doc3, "Italy")[0][0], "oppose")]


def test_hosting_a_meeting_is_no_stance(doc3: Document) -> None:
    assert not stance(doc3, "Sweden")


def test_protest_against_plans_opposes(doc3: Document) -> None:
    (label, pol), = stance(doc3, "Greenpeace")
    assert pol == "oppose"
    assert label.endswith("oil terminal")  # no "deepening a rift" in the label


def test_urged_not_to_flips(doc3: Document) -> None:
    assert stance(doc3, "Qatar")[0][1] == "oppose"  # urged them not to let X


def test_quoted_official_after_state_shares_its_stance(doc3: Document) -> None:
    assert stance(doc3, "Virtanen") == stance(doc3, "Finland")


def test_failed_opposes_what_is_lifted(doc3: Document) -> None:
    got = dict(stance(doc3, "Nagy"))
    lift = stance(doc3, "Hungary")[0][0]
    assert "lift the sanctions" in lift
    assert got[lift] == "support"  # "the sanctions had failed": for lifting them
    assert any("dialogue" in label and pol == "support" for label, pol in got.items())


def test_not_negotiate_under_fire_is_conditional(doc3: Document) -> None:
    assert stance(doc3, "Hezbollah")[0][1] == "conditional"


def test_demanded_that_and_counterfactual(doc3: Document) -> None:
    (label, pol), = stance(doc3, "Pakistan")
    assert pol == "support" and label.startswith("release the detainees")
    assert not any("whaling" in p.label for p in doc3.propositions)


def test_talks_with_different_parties_do_not_merge(doc3: Document) -> None:
    dialogue = next(label for label, _ in stance(doc3, "Nagy") if "dialogue" in label)
    assert dialogue != stance(doc3, "Ruiz")[0][0]


TEXT4 = (
    "Chile will expand the lithium mining quota in the Atacama desert, Mining Minister Rosa "
    "Vidal said on Monday. Peru opposed the lithium mining quota. "
    "Ecuador would build a new refinery near the coast, officials said. "
    "Colombian Foreign Minister Pablo Ruiz said Bogota would open its river port to barges "
    "as soon as the customs accord was ratified. "
    "Uruguayan President Marta Sosa said her government was ready to sign the fisheries pact "
    "if Paraguay dropped its objections. "
    "Belize, Honduras and Guatemala backed keeping the fishing ban and the freeze on trawler "
    "licences. Nicaragua argued for lifting them. "
    "Cuba said it would never accept a quota imposed from outside and that the ban would last "
    "as long as the stocks required. "
    "Jamaica urged the ministers to lift the sanctions on Haiti before the rainy season begins. "
    "Portuguese Finance Minister Joao Costa said his country would not accept the bond swap "
    "unless the lenders agreed to share any losses. "
    "Bolivia was still studying the legal questions. Panama remained undecided. "
    "Mexico called for the tariffs on steel to be lifted. "
    "Western Sahara's independence is recognised by several states, but not by Morocco or "
    "Senegal, nor by three Gulf members: Qatar, Oman and Kuwait. "
    "Finnish Finance Minister Aino Virtanen called any seizure \"theft.\" "
    "Latvian Foreign Minister Janis Ozols appealed to the council to release the grain. "
    "Kenya renewed its demand that Uganda drain the border lake before any talks. "
    "Tanzanian President Amina Juma said her government was ready to sign the lake charter. "
    "Rwanda would sign only once the survey had been published, its minister said. "
    "Burundi was sharply critical of the lake charter. "
    "Zambia said it would not sign what it called \"a colonial fishing quota.\" "
    "Malawi had stopped sharing rainfall data with Zambia. "
    "The Nordic Investment Bank said it was reviewing the request. "
    "Angola said it would decide its position after the election. "
    "Estonia backed seizing the frozen grain reserves. Lithuania wanted to expand a credit line "
    "that is repaid from the profits the frozen reserves generate, a plan Norway also supports."
)


@pytest.fixture(scope="module")
def doc4(engine) -> Document:
    return engine.analyze(Article(id="t4", text=TEXT4))


def test_announced_action_discussed_by_others(doc4: Document) -> None:
    assert [p for _, p in stance(doc4, "Chile")] == ["support"]
    assert prop_of(doc4, "Chile") == prop_of(doc4, "Peru")
    assert stance(doc4, "Ecuador") == []  # an announced action no one else addresses


def test_announced_action_with_condition(doc4: Document) -> None:
    assert [p for _, p in stance(doc4, "Pablo Ruiz")] == ["conditional"]


def test_plain_if_on_readiness_is_conditional(doc4: Document) -> None:
    assert [p for _, p in stance(doc4, "Marta Sosa")] == ["conditional"]
    assert "his government" not in " ".join(p.label for p in doc4.propositions)


def test_coordinated_object_and_pronoun_lifting(doc4: Document) -> None:
    (label, pol), = stance(doc4, "Belize")
    assert pol == "support" and "freeze on trawler licences" in label
    assert stance(doc4, "Nicaragua") == [(label, "oppose")]


def test_condition_of_a_coordinated_clause_is_not_the_stances(doc4: Document) -> None:
    assert [p for _, p in stance(doc4, "Cuba")] == ["oppose"]


def test_before_a_time_is_no_condition(doc4: Document) -> None:
    assert [p for _, p in stance(doc4, "Jamaica")] == ["support"]


def test_unless_on_his_country(doc4: Document) -> None:
    got = stance(doc4, "Joao Costa")
    assert [p for label, p in got if "bond swap" in label] == ["conditional"]
    # what the condition asks for: the lenders sharing losses
    assert [p for label, p in got if "share any losses" in label] == ["support"]
    assert len(got) == 2


def test_still_studying_and_undecided_are_neutral(doc4: Document) -> None:
    assert [p for _, p in stance(doc4, "Bolivia")] == ["neutral"]
    assert [p for _, p in stance(doc4, "Panama")] == ["neutral"]


def test_called_for_x_to_be_lifted(doc4: Document) -> None:
    (label, pol), = stance(doc4, "Mexico")
    assert pol == "support" and "tariffs" in label


def test_passive_agents_and_colon_list(doc4: Document) -> None:
    for who in ("Morocco", "Senegal", "Qatar", "Kuwait"):
        assert [p for _, p in stance(doc4, who)] == ["oppose"], who


def test_called_it_theft_and_appealed_to(doc4: Document) -> None:
    assert [p for _, p in stance(doc4, "Virtanen")] == ["oppose"]
    (label, pol), = stance(doc4, "Ozols")
    assert pol == "support" and "grain" in label


def test_demand_that_and_sign_without_object(doc4: Document) -> None:
    (label, pol), = stance(doc4, "Kenya")
    assert pol == "support" and "drain the border lake" in label
    assert stance(doc4, "Rwanda") == [(stance(doc4, "Amina Juma")[0][0], "conditional")]
    assert [p for _, p in stance(doc4, "Burundi")] == ["oppose"]


def test_sign_what_he_called_and_stopped_sharing(doc4: Document) -> None:
    (label, pol), = stance(doc4, "Zambia")
    assert pol == "oppose" and "fishing quota" in label
    (label, pol), = stance(doc4, "Malawi")
    assert pol == "oppose" and "rainfall data" in label


def test_reviewing_and_deciding_later_are_neutral(doc4: Document) -> None:
    assert [p for _, p in stance(doc4, "Nordic Investment Bank")] == ["neutral"]
    assert [p for _, p in stance(doc4, "Angola")] == ["neutral"]


def test_want_and_zero_relative_plan(doc4: Document) -> None:
    (label, pol), = stance(doc4, "Lithuania")
    assert pol == "support" and "credit line" in label
    assert stance(doc4, "Norway") == [(label, "support")]
    assert prop_of(doc4, "Estonia") != prop_of(doc4, "Lithuania")


def test_possibility_of_an_action_is_that_action(engine) -> None:
    doc = engine.analyze(Article(id="t4", text=(
        "Danish Prime Minister Mette Holm has taken a firm stance against deploying EU "
        "peacekeepers to Georgia. Her remarks followed comments by the Dutch leader, Jan "
        "Visser, about the possibility of sending EU peacekeepers to Georgia.")))
    assert len({s.proposition for s in doc.stances}) == 1, [p.label for p in doc.propositions]


def test_talks_by_other_names_are_one_proposition(engine) -> None:
    doc = engine.analyze(Article(id="t5", text=(
        "Austrian Chancellor Karl Huber emphasized the need for a peaceful resolution to the "
        "Moldovan conflict. Turkish President Kemal Aydin offered to host negotiations between "
        "Moldova and Russia in March. Greek Defense Minister Nikos Pappas called for the "
        "activation of diplomatic efforts to resolve the conflict.")))
    names = {a.id: a.name for a in doc.actors}
    by_actor = {names[s.actor]: s.proposition for s in doc.stances}
    assert by_actor["Karl Huber"] == by_actor["Kemal Aydin"] == by_actor["Nikos Pappas"], (
        [p.label for p in doc.propositions])


def test_spokesman_who_relays_the_state_holds_only_what_he_relays(engine) -> None:
    """"Its spokeswoman, X, said Bolivia would ...": an official who names the state in the
    third person relays its position; the state's own earlier label is not hers."""
    doc = engine.analyze(Article(id="t6", text=(
        "LA PAZ, May 3 - Andean trade ministers on Friday approved new tariffs on Bolivian "
        "copper, and Peru and Chile backed the tariffs. In a statement read on state radio, "
        "Bolivia called the tariffs \"unfair and reckless\" and accused Chile of bad faith. "
        "Its spokeswoman, Colonel Carla Rojas, said Bolivia would \"never accept a quota "
        "imposed from abroad\".")))
    assert ("tariffs", "oppose") in stance(doc, "Bolivia")
    assert [label for label, _ in stance(doc, "Carla Rojas")] == ["quota imposed from abroad"]


def test_official_speaking_as_the_state_shares_its_position(engine) -> None:
    doc = engine.analyze(Article(id="t7", text=(
        "Small island states urged the summit to adopt a roadmap away from coal. "
        "Australia said it would not accept language that \"singles out coal.\" "
        "Its lead negotiator, Tom Baxter, told the plenary that countries should be free "
        "to choose their own pathways.")))
    assert stance(doc, "Australia") == [("language", "oppose")]
    assert stance(doc, "Tom Baxter") == [("language", "oppose")]


def test_a_plural_topic_is_labelled_in_the_singular(engine) -> None:
    doc = engine.analyze(Article(id="t", text="Senator Ann Vale rejected spending cuts on "
                                 "Monday."))
    labels = [p.label for p in doc.propositions]
    assert "spending cut" in labels, labels
    assert any(m.text == "spending cuts" for p in doc.propositions for m in p.mentions)


def test_an_evasive_reply_to_a_question_is_neutral_on_it(engine) -> None:
    # the question is the reporter's: "push for" in it is no stance of the one who answers
    doc = engine.analyze(Article(id="t8", text=(
        "Chile's trade minister, Rosa Pinto, met her Peruvian counterpart on Monday. "
        "Asked whether Santiago would push for a ban on copper exports, Pinto said all options "
        "remained on the table. Asked whether talks would resume, she said they would.")))
    got = stance(doc, "Rosa Pinto")
    assert len(got) == 1 and got[0][1] == "neutral", got
    assert "ban on copper exports" in got[0][0]


def test_falsity_and_giving_in_words_oppose_what_they_judge(engine) -> None:
    doc = engine.analyze(Article(id="t9", text=(
        "Peru's interior minister, Jorge Salas, said the smuggling charges were \"fabricated.\" "
        "The Green Party said the fisheries accord was a surrender to foreign fleets. "
        "Bolivia said the OAS report was politically motivated. "
        "The court heard that the invoices were fabricated by the accountant.")))
    assert [p for _, p in stance(doc, "Jorge Salas")] == ["oppose"]
    assert [p for _, p in stance(doc, "Green Party")] == ["oppose"]
    assert [p for _, p in stance(doc, "Bolivia")] == ["oppose"]
    assert not any("invoice" in label for label, _ in stance(doc, "court"))


def test_a_passive_undoing_opposes_what_is_undone(engine) -> None:
    doc = engine.analyze(Article(id="t10", text=(
        "Amnesty International called for the sedition charges to be dropped. "
        "Uruguay demanded that the mining permits be revoked. "
        "Paraguay demanded that the grain embargo be lifted.")))
    assert stance(doc, "Amnesty") == [("sedition charge", "oppose")]
    ev = next(s.evidence.text for s in doc.stances if s.polarity == "oppose")
    assert ev.endswith("to be dropped"), ev
    assert [p for _, p in stance(doc, "Uruguay")] == ["oppose"]
    assert "mining permit" in stance(doc, "Uruguay")[0][0]
    # lifting is a course of action of its own (the gold's "Lifting X" propositions)
    got = stance(doc, "Paraguay")
    assert [p for _, p in got] == ["support"] and "embargo" in got[0][0], got


def test_a_reporters_question_is_no_stance_and_a_bare_no_answers_it(engine) -> None:
    doc = engine.analyze(Article(id="t11", text=(
        "Chile and Peru signed a fisheries pact on Monday. The following is a transcript of "
        "the leaders' press conference.\n\n"
        "Q (EFE): President Rojas, will Chile consider closing the northern ports?\n\n"
        "ROJAS: No. The ports stay open, whatever happens.\n\n"
        "Q: Will Peru back a new maritime commission?\n\n"
        "SALAZAR: Let us see what the experts say.\n")))
    names = {a.id: a.name for a in doc.actors}
    props = {p.id: p.label for p in doc.propositions}
    got = {(names[s.actor], s.polarity) for s in doc.stances if "port" in props[s.proposition]}
    assert ("Chile", "oppose") in got, got
    assert not any(pol == "support" for _, pol in got), got
    # an unanswered question says nothing about Peru
    assert not any("commission" in props[s.proposition] for s in doc.stances)


def test_drafting_supports_and_a_clause_describing_an_actor_is_no_stance(engine) -> None:
    doc = engine.analyze(Article(id="t12", text=(
        "The resolution, drafted by Norway and Chile, was adopted on Friday. "
        "Kenya, which hosts a large refugee population, abstained. "
        "Portugal, which drafted the 2019 fisheries accord, said talks must resume.")))
    assert [p for _, p in stance(doc, "Norway")] == ["support"]
    assert "resolution" in stance(doc, "Norway")[0][0]
    assert not any("refugee" in label for label, _ in stance(doc, "Kenya"))
    assert not any("accord" in label for label, _ in stance(doc, "Portugal"))


def test_an_open_passive_question_keeps_its_subject(engine) -> None:
    doc = engine.analyze(Article(id="t13", text=(
        "Britain opposed paying a ransom. "
        "Oman declined to say whether a ransom had been paid for the sailors.")))
    got = stance(doc, "Oman")
    assert [p for _, p in got] == ["neutral"] and "ransom" in got[0][0], got


def test_an_open_question_nobody_debates_is_no_stance(engine) -> None:
    # "declined to say whether X" is neutral on X where someone takes a stance on X, or where
    # X is the holder's own course; a question no one else addresses is the reporter's
    doc = engine.analyze(Article(id="t13b", text=(
        "Oman declined to say whether a ransom had been paid for the sailors.")))
    assert stance(doc, "Oman") == []
    doc = engine.analyze(Article(id="t13c", text=(
        "Oman declined to say whether it would pay a ransom.")))
    assert [p for _, p in stance(doc, "Oman")] == ["neutral"]


def test_taking_note_is_neutral(engine) -> None:
    doc = engine.analyze(Article(id="t14", text=(
        "Brazil and Argentina signed a grain corridor agreement. Chile said it had taken note "
        "of the agreement. Uruguay said it \"takes note\" of the court's findings. "
        "Parliament voted on the motion. The Commission said it took note of the vote.")))
    assert [p for _, p in stance(doc, "Chile")] == ["neutral"]
    assert "agreement" in stance(doc, "Chile")[0][0]
    assert [p for _, p in stance(doc, "Uruguay")] == ["neutral"]
    assert stance(doc, "Commission") == []  # an outcome acknowledged, no position


def test_blaming_each_other_is_no_proposition(engine) -> None:
    doc = engine.analyze(Article(id="t15", text=(
        "The Sudanese army and the Rapid Support Forces blamed each other for the shelling.")))
    assert not any(p.label.lower() in ("other", "each other") for p in doc.propositions)


ENACTED = (
    "LIMA, May 4 - Peru on Monday banned exports of fishmeal, the trade ministry said. "
    "Chile criticised the ban. "
    "Ecuador closed its border with Colombia on Tuesday. Bolivia sent a delegation to Quito."
)


def test_past_act_named_by_others_is_its_actors_stance(engine) -> None:
    """"Peru banned exports ... Chile said the ban was unfortunate": Peru backs its ban, on
    the proposition Chile opposes; an act no one else addresses is no stance."""
    doc = engine.analyze(Article(id="enacted", text=ENACTED))
    assert [p for _, p in stance(doc, "Peru")] == ["support"]
    assert [p for _, p in stance(doc, "Chile")] == ["oppose"]
    assert prop_of(doc, "Peru") == prop_of(doc, "Chile")
    assert stance(doc, "Ecuador") == [] and stance(doc, "Bolivia") == []


def test_announced_act_named_by_others_is_its_actors_stance(engine) -> None:
    """"Peru will withdraw from the treaty ... Chile called the withdrawal reckless": Peru
    backs the withdrawal Chile opposes."""
    doc = engine.analyze(Article(id="announced", text=(
        "LIMA, May 4 - Peru will withdraw from its fishing treaty with Chile, the foreign "
        "ministry said. Chile called the withdrawal reckless.")))
    assert [p for _, p in stance(doc, "Peru")] == ["support"]
    assert prop_of(doc, "Peru") == prop_of(doc, "Chile")


# -- a text named by what it does (stop 44, ``acting_texts`` of stance_words.tsv) ----------
def test_a_law_told_by_its_act_is_the_act_described(engine) -> None:
    doc = engine.analyze(Article(id="t", text=(
        "Chile backs ban on plastic bags in shops. "
        "Chile's Senate on Tuesday approved a law banning plastic bags in shops. "
        "Peru praised the law.")))
    assert prop_of(doc, "Senate") == prop_of(doc, "Peru")
    assert len({s.proposition for s in doc.stances}) == 1


def test_a_laws_clause_on_what_it_does_is_part_of_what_it_names(engine) -> None:
    doc = engine.analyze(Article(id="t", text=(
        "Norway's parliament passed a law that will merge the country's 356 municipalities "
        "into 120.")))
    assert any("merge" in m.text for p in doc.propositions for m in p.mentions)


@pytest.mark.parametrize("text", [
    "Norway's parliament passed the law, which will take effect in May.",
    "Norway's parliament passed the bill that the opposition tabled in May.",
])
def test_a_comment_on_a_law_is_not_part_of_it(engine, text: str) -> None:
    doc = engine.analyze(Article(id="t", text=text))
    assert doc.stances
    assert not any("May" in m.text for p in doc.propositions for m in p.mentions)


# -- a verdict told on a stray thing (stop 44, ``strays.py``) -------------------------------
STRAY_STORY = (
    "Chile backs a ban on plastic bags in shops. "
    "Peru supported the ban on plastic bags. Brazil welcomed the ban on plastic bags. "
    "Argentina praised the ban on plastic bags. Bolivia endorsed the ban on plastic bags. "
    "Ecuador backed the ban on plastic bags. ")


def test_a_verdict_told_on_a_stray_thing_is_on_the_main_question(engine) -> None:
    doc = engine.analyze(Article(id="t", text=STRAY_STORY + "Uruguay condemned the fishermen."))
    assert prop_of(doc, "Uruguay") == prop_of(doc, "Peru")
    assert [p for _, p in stance(doc, "Uruguay")] == ["oppose"]


def test_an_act_of_ones_own_is_no_stray_thing(engine) -> None:
    doc = engine.analyze(Article(id="t", text=STRAY_STORY + (
        "Uruguay urged the government to compensate the fishermen.")))
    assert prop_of(doc, "Uruguay") != prop_of(doc, "Peru")


def test_an_act_named_by_a_noun_is_no_stray_thing(engine) -> None:
    doc = engine.analyze(Article(id="t", text=STRAY_STORY + "Uruguay opposed a pension freeze."))
    assert prop_of(doc, "Uruguay") != prop_of(doc, "Peru")
