"""The pair model (issue #13, stance recall): an (actor, proposition) the rules never propose,
tied by a link (the actor speaks of, or is the subject of a clause holding, a recurrence of a
proposition), judged by a logistic regression. Stop 34 measured it and ships no weights (a held
fold fell): without ``model/pairs.npz`` the engine gives the rules' stances alone; with a model
it adds the pairs over the cut, with the mention's sentence as evidence. Sentences of our own."""

from __future__ import annotations

import numpy as np
import pytest

from stancemap.stances import pairs
from stancemap.statements.hashed import hash_features

TEXT = ("Treasury chief Mara Olsen said on Tuesday that the river toll would ruin ferry "
        "operators. Councillor Piet Varga mocked the river toll at a rally.")


def holders(doc) -> dict[str, str]:
    names = {a.id: a.name for a in doc.actors}
    return {names[s.actor]: s.polarity for s in doc.stances}


@pytest.fixture
def no_model(monkeypatch):
    monkeypatch.setattr(pairs, "load_model", lambda *a: None)


def test_no_shipped_model_leaves_the_rules_alone(analyze) -> None:
    assert not pairs.MODEL.exists()
    got = holders(analyze(TEXT))
    assert got.get("Mara Olsen") == "oppose"
    assert "Piet Varga" not in got


def test_a_recurrence_links_its_speaker(analyze, no_model) -> None:
    pairs.TRACE = []
    try:
        analyze(TEXT)
        traced = pairs.TRACE[0]["pairs"]
    finally:
        pairs.TRACE = None
    varga = [p for p in traced if "river toll" in " ".join(p["words"])
             and "Varga" in p["evidence"]]
    assert varga and varga[0]["link"] in pairs.JUDGED
    assert "Mara Olsen" not in varga[0]["evidence"]


def test_a_model_adds_the_pair_with_its_sentence(analyze, monkeypatch) -> None:
    w = np.zeros((len(pairs.CLASSES), 1 << pairs.BITS), dtype=np.float32)
    for feat in ("link=speaker", "link=subject"):
        w[pairs.OPPOSE, hash_features([feat])[0] & pairs.MASK] = 5.0
    monkeypatch.setattr(pairs, "load_model", lambda *a: pairs.PairModel(w, 0.5))
    doc = analyze(TEXT)
    got = holders(doc)
    assert got.get("Piet Varga") == "oppose"
    assert got.get("Mara Olsen") == "oppose"
    varga = next(s for s in doc.stances if s.actor in {a.id for a in doc.actors
                                                         if a.name == "Piet Varga"})
    assert varga.evidence is not None and varga.evidence.text.startswith("Councillor Piet")
