"""Stop 49's SEESAW mend (issue #13), with sentences written for these tests: who stands
against an actor stands against those that actor backs in the same sentence (one closure of
structural balance, ``relations._balanced``); the other three closures give nothing."""

from __future__ import annotations

import pytest
import spacy

from stancemap.relations import Collector, _balanced


def _relations(doc) -> set[tuple[str, str, str]]:
    names = {a.id: a.name for a in doc.actors}
    return {(names[r.source], r.polarity, names[r.target]) for r in doc.relations}


def _between(doc, source: str, target: str) -> set[str]:
    return {p for s, p, t in _relations(doc) if source in s and target in t}


@pytest.mark.parametrize("text,source", [
    ("Democrats said Governor Ana Ruiz was too friendly with Mayor Lee Park.", "Democratic"),
    ("Governor Ana Ruiz, a close friend of Mayor Lee Park, often clashed with Senator Tom "
     "Marlow.", "Marlow"),
])
def test_one_against_an_actor_is_against_whom_that_actor_backs(analyze, text, source) -> None:
    doc = analyze(text)
    assert _between(doc, source, "Park") == {"negative"}, _relations(doc)


@pytest.mark.parametrize("text", [
    # the backing is told in another sentence
    "Senator Tom Marlow criticised Governor Ana Ruiz. Governor Ana Ruiz praised Mayor Lee Park.",
    # the enemy of an enemy is no friend
    "Senator Tom Marlow denounced Governor Ana Ruiz, who has feuded with Mayor Lee Park.",
])
def test_no_closure_across_sentences_nor_from_two_enmities(analyze, text) -> None:
    doc = analyze(text)
    assert "positive" not in _between(doc, "Marlow", "Park"), _relations(doc)
    if "." in text[:-1]:
        assert not _between(doc, "Marlow", "Park"), _relations(doc)


def _collector(text: str) -> Collector:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return Collector(nlp(text))


def test_balance_closes_only_against_a_backer_within_its_sentence() -> None:
    col = _collector("Ann attacked Bob, a friend of Cal and a foe of Dan. Bob praised Eve.")
    col.add("a", "b", "negative", "event", 0, 16)
    col.add("b", "c", "positive", "statement", 0, 51)
    col.add("b", "d", "negative", "statement", 0, 51)
    col.add("b", "a", "positive", "statement", 0, 51)  # never back onto the source
    col.add("b", "e", "positive", "statement", 52, 68)  # another sentence
    col.add("c", "b", "positive", "statement", 0, 51)
    _balanced(col)
    added = {(c.source, c.polarity, c.target, c.basis) for c in col.found[6:]}
    assert added == {("a", "negative", "c", "statement")}
    rel = [r for r in col.relations() if (r.source, r.target) == ("a", "c")]
    assert rel and rel[0].evidence.text == "Ann attacked Bob, a friend of Cal and a foe of Dan."
