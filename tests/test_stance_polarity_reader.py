"""The polarity reader (stop 35): given a holder and a mention of a proposition, which polarity;
it reads the path from the mention up (each polar word's sign, each negation flipping it),
conditions and contrast. Beside the pair model it sets a pair's polarity (the product of both
models' odds). Stop 35 measured it leave-one-set-out and ships no weights (the tests fold and
dev13 fell): without ``model/polarity.npz`` the pair model reads polarity alone. Sentences of
our own."""

from __future__ import annotations

import numpy as np
import pytest

from stancemap.stances import pairs, polarity
from stancemap.statements.hashed import hash_features

TEXT = ("Treasury chief Mara Olsen said on Tuesday that the river toll would ruin ferry "
        "operators. Councillor Piet Varga mocked the river toll at a rally.")


@pytest.fixture
def no_model(monkeypatch):
    monkeypatch.setattr(pairs, "load_model", lambda *a: None)


def read(analyze, text: str, words: str) -> list[str]:
    """The reader's features of the first stance or pair on the proposition of ``words``."""
    pairs.TRACE = []
    try:
        analyze(text)
        traced = pairs.TRACE[0]
    finally:
        pairs.TRACE = None
    its = [*traced["emitted"], *traced["pairs"]]
    return next(it["pf"] for it in its if words in " ".join(it["words"]))


def test_a_refusal_to_back_reads_as_against(analyze, no_model) -> None:
    f = read(analyze, "Labour minister Jana Holt refused to back the port levy on Monday.",
             "port levy")
    assert "chain=neg" in f and "first=pos|back" in f


def test_a_double_negation_reads_as_for(analyze, no_model) -> None:
    f = read(analyze, "Senator Omar Reyes said he would not oppose the fuel subsidy.",
             "fuel subsidy")
    assert "chain=pos" in f and "negs=1" in f


def test_a_condition_is_read(analyze, no_model) -> None:
    f = read(analyze, "Mayor Lena Voss said she would accept the bridge toll only if fares "
             "fell.", "bridge toll")
    assert "cond=condition" in f and "chain=pos" in f


def test_no_shipped_reader() -> None:
    assert not polarity.MODEL.exists()
    assert polarity.load_model() is None


def _models(monkeypatch, reader: bool) -> None:
    """A pair model that takes every spoken pair as support; a reader that takes a negative
    path as opposition."""
    w = np.zeros((len(pairs.CLASSES), 1 << pairs.BITS), dtype=np.float32)
    for feat in ("link=speaker", "link=subject"):
        w[pairs.SUPPORT, hash_features([feat])[0] & pairs.MASK] = 3.0
    monkeypatch.setattr(pairs, "load_model", lambda *a: pairs.PairModel(w, 0.5, 0.6))
    wp = np.zeros((len(polarity.CLASSES), 1 << polarity.BITS), dtype=np.float32)
    wp[1, hash_features(["chain=neg"])[0] & polarity.MASK] = 6.0
    monkeypatch.setattr(polarity, "load_model",
                        lambda *a: polarity.PolarityModel(wp) if reader else None)


def _varga(doc) -> str | None:
    ids = {a.id for a in doc.actors if a.name == "Piet Varga"}
    return next((s.polarity for s in doc.stances if s.actor in ids), None)


def test_the_reader_sets_the_pairs_polarity(analyze, monkeypatch) -> None:
    _models(monkeypatch, reader=False)
    assert _varga(analyze(TEXT)) == "support"  # the pair model alone
    _models(monkeypatch, reader=True)
    assert _varga(analyze(TEXT)) == "oppose"  # "mocked the river toll"
