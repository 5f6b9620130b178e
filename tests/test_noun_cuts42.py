"""Stop 42: the noun-cue model's cuts (``model/nouncue.npz``) are 0.3 with a speaker actor and
0.6 without (0.5 and 0.8 since stop 34; the weights unchanged)."""

from __future__ import annotations

from statement_support import cues

from stancemap.statements import nouncues


def test_a_likely_noun_report_is_kept_from_the_lower_cuts(polnear_engine, monkeypatch):
    text = "The governor's criticism of the port authority drew a sharp reply."
    assert cues(polnear_engine, text) == ["criticism of"]
    model = nouncues.load_noun_cues()
    assert model is not None
    old = model._replace(threshold=0.5, no_speaker=0.8)
    monkeypatch.setattr(nouncues, "load_noun_cues", lambda path=None: old)
    assert cues(polnear_engine, text) == []


def test_an_unlikely_noun_is_still_no_report(polnear_engine):
    assert cues(polnear_engine, "Public hostility to the toll plan has grown since spring.") == []
    assert cues(polnear_engine, "Fears of a strike at the port grew on Tuesday.") == []
