"""The nested-report choice under PolNeAR's conventions (stop 39, ``statements.nesting``):
PolNeAR marks one of two nested reports, and a small trained model says which where it is
sure; the default engine (the gold files' convention) never asks it. Switched on since stop 40."""

from __future__ import annotations

import numpy as np
import pytest
from statement_support import cues

from stancemap.statements import merge, nesting

NESTED = "The governor insisted on Tuesday that she never said the bridge would close."


@pytest.fixture(autouse=True)
def switched_on(monkeypatch):
    # ``nesting.ON`` switches the model; these tests hold it on
    monkeypatch.setattr(nesting, "ON", True)


def test_switched_off_the_priorities_keep_the_inner_report(polnear_engine, monkeypatch):
    monkeypatch.setattr(nesting, "ON", False)
    assert "saying" in cues(polnear_engine, "The mayor responded by saying the budget was "
                                            "balanced.")


def always(choice: str) -> nesting.NestedModel:
    """A model that always picks ``choice`` (its probability is 0.5 everywhere)."""
    w = np.zeros(1 << nesting.BITS, dtype=np.float32)
    return nesting.NestedModel(w, 0.6, 1.0) if choice == "outer" else nesting.NestedModel(
        w, 0.0, 0.4)


@pytest.mark.parametrize("choice, kept, gone", [("outer", "insisted", "said"),
                                                ("inner", "said", "insisted")])
def test_the_model_picks_one_of_two_nested_reports(polnear_engine, monkeypatch, choice, kept,
                                                   gone):
    monkeypatch.setattr(merge, "load_nested", lambda: always(choice))
    found = cues(polnear_engine, NESTED)
    assert kept in found and gone not in found


def test_an_unsure_model_leaves_the_choice_to_the_priorities(polnear_engine, monkeypatch):
    monkeypatch.setattr(merge, "load_nested", lambda: None)
    before = cues(polnear_engine, NESTED)
    w = np.zeros(1 << nesting.BITS, dtype=np.float32)
    monkeypatch.setattr(merge, "load_nested", lambda: nesting.NestedModel(w, 0.4, 0.6))
    assert cues(polnear_engine, NESTED) == before


def test_the_default_engine_never_asks_the_model(engine, monkeypatch):
    before = cues(engine, NESTED)
    monkeypatch.setattr(merge, "load_nested", lambda: always("inner"))
    assert cues(engine, NESTED) == before


@pytest.mark.parametrize("text, cue, gone", [
    ("The mayor responded by saying the budget was balanced.", "responded", "saying"),
    ("The senator balked at the governor's proposal to close the port.", "balked", "proposal"),
    ("He quoted the treasurer as saying the deficit would grow.", "quoted", "saying"),
])
def test_the_shipped_model_keeps_the_governing_report_polnear_draws(polnear_engine, text, cue,
                                                                    gone):
    # PolNeAR draws "responded by saying X" and "balked at the proposal to X" as the outer
    # verb's report; the rules' priorities alone keep the inner one
    assert nesting.load_nested() is not None
    found = cues(polnear_engine, text)
    assert cue in found and gone not in found

