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
