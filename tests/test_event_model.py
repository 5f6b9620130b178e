"""The event keep model (``stancemap/events/keep.py``): the candidates the gates drop, the
model's choice, and the shipped weights (sentences of our own)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from stancemap.events import stage
from stancemap.events.keep import ENV, MODEL_PATH, load_keep_model, select
from stancemap.events.records import PloverEvent
from stancemap.model import Article, Span

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def engine():
    from stancemap.pipeline import Engine

    return Engine()


def _candidates(engine, text: str):  # type: ignore[no-untyped-def]
    """The rules' events and the dropped candidates of ``text``, with actor names."""
    got = {}
    original = stage.EventStage.__call__

    def noting(self, doc):  # type: ignore[no-untyped-def]
        events, feats, dropped = stage.code_candidates(doc, self.lexicon)
        doc._.events = events
        got["x"] = (events, feats, dropped)
        return doc

    stage.EventStage.__call__ = noting  # type: ignore[method-assign]
    try:
        doc = engine.analyze(Article(id="t", text=text, date="2024-03-14"))
    finally:
        stage.EventStage.__call__ = original  # type: ignore[method-assign]
    names = {a.id: a.name for a in doc.actors}
    return names, *got["x"]


def test_a_negated_act_is_a_dropped_candidate_with_its_gate(engine):
    names, events, feats, dropped = _candidates(engine, "Norway will not condemn Sweden.")
    assert events == []
    assert [(c.gate, c.event.type, names[c.event.source], names[c.event.target])
            for c in dropped] == [("modality", "ACCUSE", "Norway", "Sweden")]
    assert "ctx=negated" in dropped[0].features and "g=modality" in dropped[0].features


def test_the_rules_events_carry_their_features(engine):
    names, events, feats, _ = _candidates(engine, "Germany accused Russia of hacking the "
                                                  "Bundestag.")
    assert [(e.type, names[e.source], names[e.target]) for e in events] == [
        ("ACCUSE", "Germany", "Russia")]
    assert feats[0] is not None and "t=ACCUSE" in feats[0] and "g=emitted" in feats[0]


def _event(source: str, etype: str, target: str | None, at: int) -> PloverEvent:
    span = Span(at, at + 1, "x")
    return PloverEvent(id="", type=etype, mode=None, source=source, target=target,
                       date=None, quad="VERBAL_CONFLICT", evidence=span, trigger=span)


def test_select_drops_under_t1_and_keeps_over_t2_without_repeats():
    a, b = _event("a1", "ACCUSE", "a2", 0), _event("a1", "REJECT", None, 5)
    kept = select([(a, 0.9), (b, 0.1)], [(_event("a1", "ACCUSE", "a2", 9), 0.95),
                                         (_event("a3", "REQUEST", None, 3), 0.8),
                                         (_event("a4", "AGREE", None, 4), 0.2)], 0.3, 0.5)
    assert [(e.source, e.type) for e in kept] == [("a1", "ACCUSE"), ("a3", "REQUEST")]
    # off: every emitted event, no candidate
    assert select([(a, 0.0), (b, None)], [(_event("a3", "REQUEST", None, 3), 0.99)],
                  0.0, 1.0) == [a, b]


def test_the_shipped_model_loads_and_keeps_a_plain_accusation(engine):
    model = load_keep_model()
    assert model is not None and MODEL_PATH.stat().st_size < 5_000_000
    assert model["w"].shape == (1 << model["bits"],) and 0.0 <= model["t1"] < 1.0
    doc = engine.analyze(Article(id="t", text="Germany accused Russia of hacking the "
                                 "Bundestag.", date="2024-03-14"))
    names = {x.id: x.name for x in doc.actors}
    assert [(e.type, names[e.source]) for e in doc.events] == [("ACCUSE", "Germany")]


def test_the_model_can_be_turned_off(monkeypatch):
    monkeypatch.setenv(ENV, "0")
    assert load_keep_model() is None


@pytest.mark.skipif(not Path("/tmp/evmodel-cands.json").exists(),
                    reason="no cached candidates (made by scripts/train_event_model.py)")
def test_the_training_script_writes_the_shipped_weights(tmp_path):
    """From the cached candidates, the script writes weights of the shipped shape, the same
    thresholds and (deterministic) the same weights."""
    shipped = np.load(MODEL_PATH)
    code = (f"import sys; sys.path.insert(0, {str(ROOT / 'scripts')!r}); "
            "import train_event_model as t; from pathlib import Path; "
            f"t.OUT = Path({str(tmp_path / 'keep.npz')!r}); "
            "t.train_all(t.examples('/tmp/evmodel-cands.json'))")
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, cwd=ROOT,
                   env={**os.environ, ENV: "0"})
    made = np.load(tmp_path / "keep.npz")
    assert made["w"].shape == shipped["w"].shape
    assert float(made["t1"]) == float(shipped["t1"]) and float(made["t2"]) == float(shipped["t2"])
    assert np.array_equal(made["w"], shipped["w"])
