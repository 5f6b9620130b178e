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
