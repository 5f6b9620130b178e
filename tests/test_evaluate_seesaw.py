"""The SEESAW scorer (SCORING.md, SEESAW) on a tiny SEESAW-shaped split written here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stancemap import evaluate_seesaw as es
from stancemap.errors import StancemapError
from stancemap.model import (
    Actor,
    Article,
    Document,
    Event,
    Proposition,
    Relation,
    Span,
    Stance,
)

SENTENCES = ["Mayor Ana Núñez praised the O'Brien plan.", "", "Núñez blasted Gov. Tom Reyes."]
ENTITIES = [  # name, types, roles, annotators
    ["Ana Núñez", ["People"], ["Main"], ["B", "C"]],
    ["Tom Reyes", ["People"], ["Salient"], ["B"]],
    ["Rita Reyes", ["People"], ["Salient"], ["B"]],
    ["the O'Brien plan", ["Topic"], ["Salient"], ["B"]],
    ["City Council", ["Organization"], ["Salient"], ["C"]],
]
STANCES = {
    "0": [{"id": 0, "subject": "Ana Núñez", "sentiment": "POS", "object": "the O'Brien plan",
           "annotators": ["B"]},
          {"id": 1, "subject": "Ana Núñez", "sentiment": "NEG", "object": "City Council",
           "annotators": ["C"]}],
    "2": [{"id": 0, "subject": "Ana Núñez", "sentiment": "NEG", "object": "Tom Reyes",
           "annotators": ["B", "C"]},
          {"id": 1, "subject": "Not in the list", "sentiment": "NEG", "object": "Tom Reyes",
           "annotators": ["B"]},
          {"id": 2, "subject": "Ana Núñez", "sentiment": "NEG", "object": "Tom Reyes",
           "annotators": ["B"]}],
}


def write_split(root: Path) -> Path:
    (root / "articles").mkdir(parents=True)
    (root / "annotations").mkdir()
    article = {"title": "Mayor and governor", "text": [{"id": i, "text": s}
                                                       for i, s in enumerate(SENTENCES)]}
    ann = {"title": "Mayor and governor", "entity lists": ENTITIES,
           "sentence-level stances": STANCES}
    (root / "articles" / "T_000_DOCUMENT_0.json").write_text(json.dumps(article), "utf-8")
    (root / "annotations" / "T_000_DOCUMENT_0.json").write_text(json.dumps(ann), "utf-8")
    empty = {"title": "Nothing", "text": [{"id": 0, "text": "Quiet day."}]}
    (root / "articles" / "T_001_DOCUMENT_0.json").write_text(json.dumps(empty), "utf-8")
    (root / "annotations" / "T_001_DOCUMENT_0.json").write_text(
        json.dumps({"entity lists": [], "sentence-level stances": {}}), "utf-8")
    return root


def test_fold() -> None:
    assert es.fold("The O'Brien  Plan") == "obrien plan"
    assert es.fold("Ana Núñez") == "ana nunez"
    assert es.fold("U.S. Senate-Republicans") == "us senate republicans"
    assert es.fold("theory") == "theory"


def test_load_takes_the_first_annotator_and_listed_ends(tmp_path) -> None:
    arts = es.load_seesaw(write_split(tmp_path))
    a = arts[0]
    assert a.text == "Mayor Ana Núñez praised the O'Brien plan.\n\nNúñez blasted Gov. Tom Reyes."
    assert a.title == "Mayor and governor" and a.annotator == "B"
    assert "City Council" not in a.entities  # listed by annotator C only
    assert a.gold == {("Ana Núñez", "POS", "the O'Brien plan"), ("Ana Núñez", "NEG", "Tom Reyes")}
    assert arts[1].annotator is None and arts[1].gold == set()


def test_entity_map_rules() -> None:
    emap = es.EntityMap([e[0] for e in ENTITIES])
    assert emap.actor(Actor("a1", "Ana Nunez", "person")) == "Ana Núñez"  # folded name
    by_mention = Actor("a2", "Mayor", "person", mentions=[Span(0, 9, "ana núñez")])
    assert emap.actor(by_mention) == "Ana Núñez"  # folded mention
    assert emap.actor(Actor("a3", "Núñez", "person")) == "Ana Núñez"  # surname, one entity
    assert emap.actor(Actor("a4", "Thomas Reyes", "person")) is None  # two Reyes, no given name
    assert emap.actor(Actor("a5", "Tom A. Reyes", "person")) == "Tom Reyes"
    assert emap.actor(Actor("a6", "Reyes", "person")) is None
    assert emap.actor(Actor("a7", "Reyes", "organization")) is None  # surname rule: persons


def _system_doc(text: str) -> Document:
    def sp(part: str) -> Span:
        i = text.index(part)
        return Span(i, i + len(part), part)

    nunez = Actor("a1", "Ana Núñez", "person", mentions=[sp("Ana Núñez"), sp("Núñez blasted")])
    reyes = Actor("a2", "Tom Reyes", "person", mentions=[sp("Tom Reyes")])
    obrien = Actor("a3", "O'Brien", "person", mentions=[sp("O'Brien")])
    other = Actor("a4", "Mayor", "person", mentions=[sp("Mayor")])
    plan = Proposition("p1", "plan", [sp("the O'Brien plan")])
    return Document(
        "T_000_DOCUMENT_0", text, actors=[nunez, reyes, obrien, other], propositions=[plan],
        stances=[Stance("a1", "p1", "support", None, sp("praised the O'Brien plan")),
                 Stance("a2", "p1", "neutral", None, sp("Tom Reyes"))],
        events=[Event("e1", "ACCUSE", None, "a1", "a2", None, "VERBAL_CONFLICT",
                      sp("Núñez blasted Gov. Tom Reyes")),
                Event("e2", "AID", None, "a4", "a2", None, "MATERIAL_COOPERATION",
                      sp("Tom Reyes"))],
        relations=[Relation("r1", "a1", "a2", "negative", "statement",
                            sp("Núñez blasted Gov. Tom Reyes")),
                   Relation("r2", "a2", "a1", "positive", "statement", sp("Tom Reyes"))])


def test_score_counts_mapped_triplets_only(tmp_path) -> None:
    arts = es.load_seesaw(write_split(tmp_path))
    docs = [_system_doc(arts[0].text), Document("T_001_DOCUMENT_0", arts[1].text)]
    found, origin = es.system_triplets(docs[0], es.EntityMap(arts[0].entities))
    # the stance is toward the entity "the O'Brien plan" that its mention folds to ("O'Brien"
    # is no possessive "X's"); the neutral stance counts nothing; e2's source (Mayor) maps to
    # no entity, so e2 is not counted; e1 and r1 give one triplet.
    assert found == {("Ana Núñez", "POS", "the O'Brien plan"), ("Ana Núñez", "NEG", "Tom Reyes"),
                     ("Tom Reyes", "POS", "Ana Núñez")}
    assert origin == {"relations": 2, "events": 1, "stances": 1}
    res = es.score_seesaw(arts, docs)
    t = res["triplets"]
    assert (t["tp"], t["n_system"], t["n_gold"]) == (2, 3, 2)
    assert (t["precision"], t["recall"], t["f1"]) == (0.6667, 1.0, 0.8)
    assert "0.667" in es.format_seesaw(res)


def test_stance_toward_the_possessor_actor(tmp_path) -> None:
    text = "Reyes rejected Núñez's budget."
    nunez = Actor("a1", "Ana Núñez", "person", mentions=[Span(15, 20, "Núñez")])
    reyes = Actor("a2", "Tom Reyes", "person", mentions=[Span(0, 5, "Reyes")])
    doc = Document("d", text, actors=[nunez, reyes],
                   propositions=[Proposition("p1", "budget", [Span(15, 29, "Núñez's budget")])],
                   stances=[Stance("a2", "p1", "oppose", None, Span(0, 30, text))])
    found, _ = es.system_triplets(doc, es.EntityMap([e[0] for e in ENTITIES]))
    assert found == {("Tom Reyes", "NEG", "Ana Núñez")}


def test_evaluate_runs_the_engine_per_article(tmp_path) -> None:
    root = write_split(tmp_path)
    seen: list[Article] = []

    def analyze(article: Article) -> Document:
        seen.append(article)
        return Document(article.id, article.text)

    res = es.evaluate_seesaw(root, analyze, limit=1)
    assert [a.id for a in seen] == ["T_000_DOCUMENT_0"] and seen[0].title == "Mayor and governor"
    assert res["articles"] == 1 and res["triplets"]["n_gold"] == 2
    with pytest.raises(StancemapError):
        es.evaluate_seesaw(tmp_path / "missing", analyze)
