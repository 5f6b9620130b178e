"""Stop 41: the nested-report choice (``statements.nesting``) also reads both cues'
probabilities under the attribution model (``ctx.cue_p``), bucketed, and their difference."""

from __future__ import annotations

import numpy as np
import pytest
from statement_support import cues

from stancemap.statements import merge, nesting
from stancemap.statements.hashed import hash_features

NESTED = "The governor insisted on Tuesday that she never said the bridge would close."


@pytest.fixture(autouse=True)
def switched_on(monkeypatch):
    monkeypatch.setattr(nesting, "ON", True)


def by_difference(sign: int, scores: bool = True) -> nesting.NestedModel:
    """A model that reads only the difference of the cues' probabilities: with ``sign`` +1
    the surer cue's report is kept, with -1 the other."""
    w = np.zeros(1 << nesting.BITS, dtype=np.float32)
    for k in range(-4, 5):
        w[hash_features([f"csd={k}"]) & (len(w) - 1)] += sign * 3.0 * k
    return nesting.NestedModel(w, 0.4, 0.6, scores)


def test_score_features_bucket_both_cues_and_their_difference() -> None:
    assert nesting.score_features(0.95, 0.12) == ["ocs=9", "ics=1", "csd=-4"]
    assert nesting.score_features(0.31, 0.52) == ["ocs=3", "ics=5", "csd=1"]
    assert nesting.score_features(None, 0.5) == ["ocs=-", "ics=5"]


@pytest.mark.parametrize("sign, kept, gone", [(1, "insisted", "said"), (-1, "said", "insisted")])
def test_the_cue_probabilities_decide_where_the_model_reads_them(polnear_engine, monkeypatch,
                                                                 sign, kept, gone) -> None:
    # the attribution model is sure of "insisted" and doubts the nested "said"
    monkeypatch.setattr(merge, "load_nested", lambda: by_difference(sign))
    found = cues(polnear_engine, NESTED)
    assert kept in found and gone not in found


def test_a_model_without_scores_never_reads_them(polnear_engine, monkeypatch) -> None:
    monkeypatch.setattr(merge, "load_nested", lambda: None)
    before = cues(polnear_engine, NESTED)
    for sign in (1, -1):
        monkeypatch.setattr(merge, "load_nested", lambda s=sign: by_difference(s, scores=False))
        assert cues(polnear_engine, NESTED) == before


def test_the_shipped_model_reads_the_scores() -> None:
    model = nesting.load_nested()
    assert model is not None and model.scores
    assert 0 < model.outer <= model.inner < 1
