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


@pytest.fixture(scope="module")
def doc() -> Document:
    from stancemap.pipeline import Engine

    return Engine().analyze(Article(id="t", text=TEXT))


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
def doc2() -> Document:
    from stancemap.pipeline import Engine

    return Engine().analyze(Article(id="t2", text=TEXT2))


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
def doc3() -> Document:
    from stancemap.pipeline import Engine

    return Engine().analyze(Article(id="t3", text=TEXT3))


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
