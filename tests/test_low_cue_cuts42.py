"""Stop 42: under PolNeAR's conventions, the attribution model's report of a lexicon speech verb
under the model's threshold is kept where it has a speaker actor and the pair model gives it at
least its class's cut (``data/low_cue_cuts.tsv``, ``statements.lowcues``)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from statement_support import cues

from stancemap.lexicon import LexiconError
from stancemap.pipeline import with_statements
from stancemap.statements import learned, lowcues, stage


@pytest.fixture(scope="module")
def unsure_engine(engine):
    """The PolNeAR engine with a model that is unsure of every report beside the rules (its
    threshold beside them 0.99), so that each goes through the reports under the threshold."""
    model = learned.load_model()
    strict = dataclasses.replace(model, beside_threshold=0.99)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(stage, "load_model", lambda path=None: strict)
        return with_statements(engine, "combined", polnear_spans=True, join_quotes=True)


def test_a_speech_verb_with_a_speaker_is_kept_under_the_threshold(unsure_engine, monkeypatch):
    text = "Mia Lund replied to the union's letter on Tuesday."
    assert cues(unsure_engine, text) == ["replied"]
    monkeypatch.setattr(lowcues, "load_low_cuts", lambda path=None: {})
    assert cues(unsure_engine, text) == []  # the keep model alone drops it


def test_a_verb_outside_the_lexicon_keeps_the_models_threshold(unsure_engine):
    assert cues(unsure_engine, "Ana Ruiz celebrated the closure of the harbor on Monday.") == []


def test_a_thing_that_confirms_is_no_speaker(unsure_engine):
    assert cues(unsure_engine, "The old bridge confirmed the engineers' worst fears.") == []


def test_the_shipped_cuts_name_speech_verbs_only():
    cuts = lowcues.load_low_cuts()
    assert set(cuts) == {"speech"} and 0.0 < cuts["speech"] < 0.4


def test_a_bad_cut_file_names_its_line(tmp_path: Path):
    bad = tmp_path / "cuts.tsv"
    bad.write_text("# cuts\nspeech\t0.2\nrumor\t0.3\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="rumor"):
        lowcues.load_low_cuts(bad)
    bad.write_text("belief\thigh\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="no number"):
        lowcues.load_low_cuts(bad)
