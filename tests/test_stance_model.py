"""The stance model's plumbing (issue #13; ``stancemap/stances/learned.py``,
``scripts/train_stance_model.py``). Sentences of our own. No model ships (its leave-one-set-out
figures gained nothing, see README), so the engine's stances are the rules'; a model given by hand
shows what the engine does with one: drop a stance judged WRONG, flip one judged FLIP, keep an
item a gate dropped when judged RIGHT."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest

from stancemap.model import Article
from stancemap.stances import learned

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

import train_stance_model as tsm  # noqa: E402

LEVY = "The farmers' union said it strongly opposes the new water levy."
BRIDGE = "Brazil will build a new bridge over the river, the minister said."


def _stances(engine, text: str) -> list[tuple[str, str]]:
    doc = engine.analyze(Article(id="t", text=text))
    names = {a.id: a.name for a in doc.actors}
    return sorted((names[s.actor], s.polarity) for s in doc.stances)


def _traced(engine, text: str) -> list[dict]:
    learned.TRACE = []
    try:
        engine.analyze(Article(id="t", text=text))
        return [it for t in learned.TRACE for it in t["items"]]
    finally:
        learned.TRACE = None


def _model(cls: int, cuts: tuple[float, float, float]) -> learned.StanceModel:
    """A hand-made model that puts all its weight on one class."""
    w = np.zeros((len(learned.CLASSES), 1 << learned.BITS), dtype=np.float32)
    w[cls, :] = 0.5  # every feature votes for ``cls``
    return learned.StanceModel(w, np.array(cuts, dtype=np.float32))


def test_no_model_ships_and_the_rules_stand(engine) -> None:
    assert not learned.MODEL.exists()
    assert learned.load_model() is None
    assert _stances(engine, LEVY) == [("farmers' union", "oppose")]


def test_broad_candidates_carry_the_gate_and_the_rule(engine) -> None:
    items = _traced(engine, LEVY)
    assert [(it["kind"], it["pol"]) for it in items] == [("emitted", "oppose")]
    assert "main=verbs.obj_frame>add" in items[0]["f"]
    # an announced act no one else addresses: dropped by the "weak" gate, still an item
    items = _traced(engine, BRIDGE)
    assert items and {it["kind"] for it in items} == {"weak"}
    assert _stances(engine, BRIDGE) == []


@pytest.mark.parametrize("cls,cuts,want", [
    (learned.WRONG, (0.5, 1.01, 1.01), []),
    (learned.FLIP, (1.01, 0.5, 1.01), [("farmers' union", "support")]),
    (learned.RIGHT, (0.5, 0.5, 0.5), [("farmers' union", "oppose")]),
])
def test_a_model_drops_or_flips_a_stance(engine, monkeypatch, cls, cuts, want) -> None:
    monkeypatch.setattr(learned, "load_model", lambda *a: _model(cls, cuts))
    assert _stances(engine, LEVY) == want


def test_a_model_keeps_what_a_gate_dropped(engine, monkeypatch) -> None:
    monkeypatch.setattr(learned, "load_model",
                        lambda *a: _model(learned.RIGHT, (1.01, 1.01, 0.5)))
    assert ("Brazil", "support") in _stances(engine, BRIDGE)


def test_training_fits_three_classes_and_chooses_cuts() -> None:
    rows = [np.array([1, 2]), np.array([1, 3]), np.array([1, 4])]
    w = tsm.fit(rows, np.array([learned.RIGHT, learned.FLIP, learned.WRONG]))
    assert w.shape == (len(learned.CLASSES), 1 << learned.BITS)
    assert np.argmax(tsm.probs(w, [np.array([1, 4])])[0]) == learned.WRONG
    # one document, one gold stance: the wrong item should go, the right one stay
    doc = {"fold": "x", "gold": [["A", "p", "support"]], "gold_c": [],
           "items": [{"kind": "emitted", "a": "A", "p": "p", "pol": "support", "y": 0,
                      "pr": np.array([0.9, 0.05, 0.05])},
                     {"kind": "emitted", "a": "B", "p": "q", "pol": "oppose", "y": 2,
                      "pr": np.array([0.05, 0.05, 0.9])}]}
    assert list(tsm.score([doc], None)) == [1, 2, 1]
    cuts = tsm.choose_cuts([doc])
    assert list(tsm.score([doc], cuts)) == [1, 1, 1]
