"""Adjective cues beside the rules under PolNeAR's conventions (stop 43, ``statements.adjcues``):
a copula or adjective that reports a position, with its complement, is an attribution PolNeAR
counts ("the minister is open to talks"); the default engine (the gold files' convention) is
unchanged."""

from __future__ import annotations

import pytest

from stancemap.model import Article
from stancemap.pipeline import load_nlp
from stancemap.statements import adjcues
from stancemap.statements.adjcues import (
    ADJ_BITS,
    ADJ_CUE_MODEL,
    adj_candidates,
    adj_speaker,
    load_adj_cues,
)
from stancemap.statements.stage import StatementStage


def reports(engine, text: str) -> list[tuple[str | None, str]]:
    doc = engine.analyze(Article(id="t", text=text))
    return [(s.cue.text if s.cue else None, s.content_text) for s in doc.statements]


def candidates(text: str) -> list[tuple[str, str, str]]:
    doc = load_nlp()(text)
    return [(c.kind, doc[c.cue_start:c.cue_end + 1].text, doc[c.lo:c.hi + 1].text)
            for t in doc for c in adj_candidates(t)]


@pytest.mark.parametrize("text, cand", [
    ("The minister is open to talks with the rebels.",
     ("a:p:to", "is open to", "talks with the rebels")),
    ("Officials wary of the toll plan met on Monday.", ("a:p:of", "wary of", "the toll plan")),
    ("She is confident that voters will back her.",
     ("a:that", "is confident", "that voters will back her")),
    ("It is clear that the ferry deal will fail.",
     ("a:cop-that", "is clear", "that the ferry deal will fail")),
])
def test_an_adjective_and_its_complement_is_a_candidate(text, cand):
    assert candidates(text) == [cand]


def test_an_adjective_without_a_complement_is_no_candidate():
    assert candidates("The red ferry is fast and the harbour is calm.") == []


def test_the_speaker_is_the_copulas_subject_or_the_modified_noun():
    rules = StatementStage(polnear_spans=True, mode="rules", join_quotes=True).rules
    doc = load_nlp()("The governor remains skeptical of the proposal.")
    spk, how = adj_speaker(rules, next(t for t in doc if t.lower_ == "skeptical"))
    assert (spk.text, how) == ("governor", "subj")
    doc = load_nlp()("Officials wary of the toll plan met on Monday.")
    spk, how = adj_speaker(rules, next(t for t in doc if t.lower_ == "wary"))
    assert (spk.text, how) == ("Officials", "amod")


OPEN = "Senator Maria Okafor is open to talks with the rebel leaders."
CAGEY = "Mayor Ana Lind has been cagey about her plans for the harbour."


@pytest.mark.parametrize("text, report", [
    (OPEN, ("is open to", "talks with the rebel leaders")),
    (CAGEY, ("been cagey about", "her plans for the harbour")),
])
def test_a_named_holders_adjective_frame_is_a_report_under_polnear(polnear_engine, text, report,
                                                                   monkeypatch):
    assert reports(polnear_engine, text) == [report]
    monkeypatch.setattr(adjcues, "load_adj_cues", lambda path=None: None)
    assert reports(polnear_engine, text) == []


@pytest.mark.parametrize("text", [OPEN, CAGEY])
def test_the_default_conventions_are_unchanged(engine, text):
    assert reports(engine, text) == []


def test_an_adjective_of_no_position_is_no_report(polnear_engine):
    assert reports(polnear_engine, "Finance Minister Ken Ode was second with 18 percent.") == []


def test_the_shipped_model_loads_small():
    model = load_adj_cues()
    assert model is not None
    assert model.w.shape == (1 << ADJ_BITS,)
    assert 0 < model.threshold <= model.no_speaker
    assert ADJ_CUE_MODEL.stat().st_size < 1_000_000
