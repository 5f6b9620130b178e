"""Noun cues beside the rules under PolNeAR's conventions (stop 34, ``statements.nouncues``): a
position or belief noun with its complement is an attribution PolNeAR counts ("the senator's
endorsement of X"); the default engine (the gold files' convention) is unchanged."""

from __future__ import annotations

import pytest

from stancemap.model import Article
from stancemap.pipeline import load_nlp
from stancemap.statements.nouncues import (
    NOUN_BITS,
    NOUN_CUE_MODEL,
    load_noun_cues,
    noun_candidates,
)

ENDORSED = "Senator Okafor's endorsement of the mayor came as a surprise to the party."
CRITICISED = "Several unions chimed in with criticism of the city's budget cuts."


def reports(engine, text: str) -> list[tuple[str | None, str]]:
    doc = engine.analyze(Article(id="t", text=text))
    return [(s.cue.text if s.cue else None, s.content_text) for s in doc.statements]


@pytest.mark.parametrize("text, report", [
    (ENDORSED, ("endorsement of", "the mayor")),
    (CRITICISED, ("criticism of", "the city's budget cuts")),
])
def test_a_position_noun_and_its_object_is_a_report_under_polnear(polnear_engine, text, report):
    assert report in reports(polnear_engine, text)


@pytest.mark.parametrize("text", [ENDORSED, CRITICISED])
def test_the_default_conventions_are_unchanged(engine, text):
    assert not any(cue and cue.split()[0] in ("endorsement", "criticism")
                   for cue, _ in reports(engine, text))


def test_the_candidates_are_the_nouns_complements():
    doc = load_nlp()(ENDORSED)
    noun = next(t for t in doc if t.lower_ == "endorsement")
    cands = noun_candidates(noun)
    assert [(c.kind, doc[c.lo:c.hi + 1].text) for c in cands] == [("n:p:of", "the mayor")]
    assert noun_candidates(next(t for t in doc if t.lower_ == "came")) == []


def test_the_shipped_model_loads_small():
    model = load_noun_cues()
    assert model is not None
    assert model.w.shape == (1 << NOUN_BITS,)
    assert 0 < model.threshold <= model.no_speaker
    assert NOUN_CUE_MODEL.stat().st_size < 5_000_000
