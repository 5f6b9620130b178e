"""Events from what speakers say (``stancemap.events.spoken``), on our own sentences.

The classifier's weights are trained by ``scripts/train_spoken_events.py``; where none ship the
engine adds nothing. These tests give the stage a small hand-made model, so they check what the
stage does with one (one event per speaker and type, never a type the rules already give that
speaker, the target among the actors the speaker names), not what the weights are.
"""

from __future__ import annotations

import numpy as np
import pytest

from stancemap.events import spoken
from stancemap.statements.hashed import hash_features

CRITIC = ('Senator Ruth Calloway said the plan from Norway was "a costly fantasy that '
          'nobody asked for."')


def _model(feature: str, etype: str = "ACCUSE") -> spoken.SpokenModel:
    """A model that gives ``etype`` to every speaker with ``feature``, aimed at the first
    actor named in the speaker's words."""
    w = np.zeros((len(spoken.TYPES), 1 << spoken.BITS), dtype=np.float32)
    k = spoken.TYPES.index(etype)
    w[k, hash_features(["bias"])[0] & spoken.MASK] = -5.0
    w[k, hash_features([feature])[0] & spoken.MASK] = 10.0
    wt = np.zeros(1 << spoken.BITS, dtype=np.float32)
    wt[hash_features(["content#0"])[0] & spoken.MASK] = 3.0
    wt[hash_features(["none"])[0] & spoken.MASK] = -1.0
    th = np.full(len(spoken.TYPES), 1.01, dtype=np.float32)  # the other types: off
    th[k] = 0.5
    return spoken.SpokenModel(w, wt, th, spoken.TYPES)


def _events(doc):
    names = {a.id: a.name for a in doc.actors}
    return [(e.type, names.get(e.source), names.get(e.target)) for e in doc.events]


@pytest.fixture
def with_model(monkeypatch):
    def use(model):
        monkeypatch.setattr(spoken, "load_model", lambda path=None: model)
    return use


def test_no_weights_no_spoken_events(analyze, with_model):
    with_model(None)
    assert not [e for e in analyze(CRITIC).events if getattr(e, "rule", "").startswith("spoken")]


def test_a_speaker_gets_one_event_of_a_type_the_rules_do_not_give(analyze, with_model):
    with_model(None)
    before = _events(analyze(CRITIC))
    with_model(_model("quoted"))
    after = _events(analyze(CRITIC))
    accuse = [e for e in after if e[0] == "ACCUSE" and e[1] == "Ruth Calloway"]
    assert len(accuse) == 1  # the rules' own, or the model's: never a second
    if not [e for e in before if e[0] == "ACCUSE" and e[1] == "Ruth Calloway"]:
        assert accuse == [("ACCUSE", "Ruth Calloway", "Norway")]
        assert len(after) == len(before) + 1


def test_the_event_is_the_speakers_and_carries_the_rule(analyze, with_model):
    with_model(_model("quoted", "REQUEST"))
    doc = analyze(CRITIC)
    added = [e for e in doc.events if getattr(e, "rule", "").startswith("spoken")]
    names = {a.id: a.name for a in doc.actors}
    assert [(e.type, names[e.source]) for e in added] == [("REQUEST", "Ruth Calloway")]
    assert added[0].quad == "VERBAL_CONFLICT"
    assert len({e.id for e in doc.events}) == len(doc.events)


def test_a_feature_the_speaker_lacks_adds_nothing(analyze, with_model):
    with_model(None)
    before = _events(analyze(CRITIC))
    with_model(_model("imp=nonsense"))
    assert _events(analyze(CRITIC)) == before


def test_candidates_one_per_speaker(analyze, with_model):
    text = ('Ruth Calloway said Norway "must drop the plan." Calloway added that the plan '
            '"will fail." Erik Dahl said Norway would keep it.')
    traced: list = []
    with_model(None)
    spoken.TRACE = traced
    try:
        analyze(text)
    finally:
        spoken.TRACE = None
    speakers = [c.speaker for cs in traced for c in cs]
    assert len(speakers) == len(set(speakers)) >= 2


RIVALS = ('Norway proposed a new fishing quota on Monday. Senator Ruth Calloway said the plan '
          'from Sweden was "a costly fantasy that nobody asked for."')


def _ranker(feature: str, weight: float):
    from stancemap.events import targets

    wt = np.zeros(1 << spoken.BITS, dtype=np.float32)
    wt[hash_features([feature])[0] & spoken.MASK] = weight
    return targets.TargetModel(wt, {"ACCUSE": 0.4})


def test_the_target_ranker_may_choose_the_target(analyze, with_model, monkeypatch):
    from stancemap.events import targets

    own = _model("quoted")
    with_model(own)
    assert ("ACCUSE", "Ruth Calloway", "Sweden") in _events(analyze(RIVALS))
    # the rules' target ranker, told to prefer an actor the speaker's words do not name
    monkeypatch.setattr(targets, "load_model", lambda path=None: _ranker("content", -3.0))
    own.ranker = True
    assert ("ACCUSE", "Ruth Calloway", "Norway") in _events(analyze(RIVALS))


def test_without_the_ranker_or_under_its_floor_no_event(analyze, with_model, monkeypatch):
    from stancemap.events import targets

    model = _model("quoted")
    model.ranker = True
    with_model(model)
    monkeypatch.setattr(targets, "load_model", lambda path=None: None)
    assert not [e for e in _events(analyze(RIVALS)) if e[0] == "ACCUSE" and e[2] == "Norway"]
    monkeypatch.setattr(targets, "load_model", lambda path=None: _ranker("content", -3.0))
    model.target_floor = 0.99
    assert not [e for e in analyze(RIVALS).events if e.rule.startswith("spoken")]


def test_a_statement_read_as_an_act_spans_its_cue_and_words(analyze):
    from stancemap.events import targets

    doc = analyze(CRITIC)
    st = next(s for s in doc.statements if s.speaker)
    act = targets.statement_act(doc, st.speaker, st)
    assert act.source == st.speaker and act.target is None
    assert act.trigger is not None and act.trigger.text == "said"
    assert act.evidence.text.startswith("Senator Ruth Calloway said")
    assert "costly fantasy" in act.evidence.text


def test_where_ranker_and_own_model_must_agree_a_disagreement_adds_nothing(analyze, with_model,
                                                                            monkeypatch):
    from stancemap.events import targets

    model = _model("quoted")
    model.ranker = model.agree = True
    with_model(model)
    monkeypatch.setattr(targets, "load_model", lambda path=None: _ranker("content", -3.0))
    assert not [e for e in analyze(RIVALS).events if e.rule.startswith("spoken")]
    monkeypatch.setattr(targets, "load_model", lambda path=None: _ranker("content", 3.0))
    assert ("ACCUSE", "Ruth Calloway", "Sweden") in _events(analyze(RIVALS))


VERDICT = ('Opposition leader Marta Kovacs said the census run by the Interior Ministry was '
           '"a shameful fraud from start to finish."')


def test_a_quoted_verdict_is_the_speakers_accusation_of_the_actor_it_names(analyze, with_model,
                                                                            monkeypatch):
    with_model(_model("quoted"))
    doc = analyze(VERDICT)
    names = {a.id: a.name for a in doc.actors}
    accused = [(e.type, names.get(e.source), names.get(e.target), e.rule) for e in doc.events
               if e.type == "ACCUSE"]
    assert accused == [("ACCUSE", "Marta Kovacs", "Interior Ministry", "spoken:ACCUSE")]
    monkeypatch.setenv("STANCEMAP_SPOKEN_EVENTS", "0")  # the classifier switched off
    assert not [e for e in analyze(VERDICT).events if e.type == "ACCUSE"]
