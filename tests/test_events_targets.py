"""Targets of the rules' untargeted acts (``stancemap.events.targets``), on our own sentences.

The ranker's weights are trained by ``scripts/train_event_targets.py``. These tests give the
stage a small hand-made model, so they check what the stage does with one (an untargeted act
of a type the model knows gets the option it rates highest, when the probability reaches the
type's floor, in a text of more than one sentence; targeted acts are left alone), not what the
shipped weights choose.
"""

from __future__ import annotations

import numpy as np
import pytest
from event_support import events

from stancemap.events import spoken, targets
from stancemap.statements.hashed import hash_features

TAXES = ("Kenya raised fuel taxes last week. Kenyan truckers' unions demanded a reversal "
         "within seven days.")
ALONE = "Kenyan truckers' unions demanded a reversal within seven days."


def _model(floor: float = 0.0, types: tuple[str, ...] = ("REQUEST",),
           skip: frozenset[str] = frozenset()) -> targets.TargetModel:
    """A ranker that prefers a country the act's source belongs to (about 0.95)."""
    wt = np.zeros(1 << spoken.BITS, dtype=np.float32)
    wt[hash_features(["own_state"])[0] & spoken.MASK] = 3.0
    return targets.TargetModel(wt, dict.fromkeys(types, floor), skip=skip)


@pytest.fixture
def with_model(monkeypatch):
    def use(model):
        monkeypatch.setattr(targets, "load_model", lambda path=None: model)
    return use


def test_without_weights_the_demand_has_no_target(analyze, with_model):
    with_model(None)
    assert ("REQUEST", "truckers' unions", None) in events(analyze(TAXES))


def test_the_demand_is_aimed_at_the_state_the_story_names(analyze, with_model):
    with_model(_model())
    doc = analyze(TAXES)
    assert ("REQUEST", "truckers' unions", "Kenya") in events(doc)
    filled = [e for e in doc.events if e.type == "REQUEST"]
    assert filled[0].rule.endswith(targets.TAG)


def test_a_lone_sentence_is_left_as_the_rules_code_it(analyze, with_model):
    with_model(_model())
    assert not [e for e in events(analyze(ALONE)) if e[0] == "REQUEST" and e[2] is not None]


def test_a_floor_above_the_probability_or_another_type_leaves_it(analyze, with_model):
    with_model(_model(floor=0.99))
    assert ("REQUEST", "truckers' unions", None) in events(analyze(TAXES))
    with_model(_model(types=("ACCUSE",)))
    assert ("REQUEST", "truckers' unions", None) in events(analyze(TAXES))


def test_an_act_of_a_rule_the_model_skips_keeps_no_target(analyze, with_model):
    with_model(None)
    demand = next(e for e in analyze(TAXES).events if e.type == "REQUEST")
    family = targets.rule_family(demand.rule)
    assert family != "reported"
    with_model(_model(skip=frozenset({family})))
    assert ("REQUEST", "truckers' unions", None) in events(analyze(TAXES))
    with_model(_model(skip=frozenset({"reported"})))  # another rule's acts are skipped
    assert ("REQUEST", "truckers' unions", "Kenya") in events(analyze(TAXES))


def _gate(signal: str, weight: float) -> np.ndarray:
    """Gate weights that rate one signal of an act (``targets.act_signals``) and nothing else."""
    gate = np.zeros(1 << spoken.BITS, dtype=np.float32)
    gate[hash_features([signal])[0] & spoken.MASK] = weight
    return gate


def test_a_demand_the_gate_finds_aimed_at_no_one_keeps_no_target(analyze, with_model):
    with_model(None)
    family = targets.rule_family(next(e for e in analyze(TAXES).events
                                      if e.type == "REQUEST").rule)
    model = _model()
    model.gate, model.gate_floor = _gate(f"fam={family}", -3.0), 0.5  # about 0.05
    with_model(model)
    assert ("REQUEST", "truckers' unions", None) in events(analyze(TAXES))
    model.gate = _gate("fam=reported", -3.0)  # another rule's acts are held back
    assert ("REQUEST", "truckers' unions", "Kenya") in events(analyze(TAXES))


def test_a_gate_under_its_floor_lets_the_demand_be_aimed(analyze, with_model):
    model = _model()
    model.gate, model.gate_floor = _gate("type=REQUEST", 3.0), 0.9  # about 0.95
    with_model(model)
    assert ("REQUEST", "truckers' unions", "Kenya") in events(analyze(TAXES))
    model.gate_floor = 0.99
    assert ("REQUEST", "truckers' unions", None) in events(analyze(TAXES))


def test_the_shipped_weights_load():
    model = targets.load_model()
    assert model is not None and model.floors and model.min_sentences == 2
    assert {"ACCUSE", "REQUEST"} <= set(model.floors)
    assert model.gate is not None and 0.0 < model.gate_floor < 1.0


def test_a_states_act_is_not_aimed_at_its_own_chamber(analyze, with_model):
    wt = np.zeros(1 << spoken.BITS, dtype=np.float32)
    wt[hash_features(["same_country"])[0] & spoken.MASK] = 3.0
    with_model(targets.TargetModel(wt, {"SUPPORT": 0.0}))
    doc = analyze("The National Assembly of Kenya approved the bill in May. Kenya signed the "
                  "accord on Friday.")
    kenya = [e for e in events(doc) if e[0] == "SUPPORT" and e[1] == "Kenya"]
    assert kenya and all(e[2] != "National Assembly of Kenya" for e in kenya)


def _weighs(feature: str, types: tuple[str, ...], floor: float = 0.0) -> targets.TargetModel:
    """A ranker that rates one feature of an option 3.0 (about 0.95) and nothing else."""
    wt = np.zeros(1 << spoken.BITS, dtype=np.float32)
    wt[hash_features([feature])[0] & spoken.MASK] = 3.0
    return targets.TargetModel(wt, dict.fromkeys(types, floor))


BUDGET = ("The Conservative Party of Canada delayed the budget vote on Monday, and the Bloc "
          "Quebecois backed the delay. The finance minister accused the Conservatives of "
          "obstruction.")


def test_the_accused_is_the_party_the_objects_word_names(analyze, with_model):
    with_model(_weighs("objname", ("ACCUSE",), floor=0.9))
    assert ("ACCUSE", "finance minister", "Conservative Party of Canada") in events(
        analyze(BUDGET))
    # an act on an object that is no actor, rated by nearness alone: the party named last
    # before it ("the Conservatives" is itself the party's mention since stop 49)
    with_model(_weighs("prox#0", ("ACCUSE",), floor=0.9))
    unnamed = BUDGET.replace("the Conservatives", "the opposition")
    assert ("ACCUSE", "finance minister", "Bloc Quebecois") in events(analyze(unnamed))


FISHING = ("The Ocean Alliance proposed a fishing ban on Monday. The Harbour League opposed the "
           "ban. The fishermen's union said it would fight them in court.")


def test_a_pronoun_object_points_at_the_actor_named_just_before(analyze, with_model,
                                                                monkeypatch):
    with_model(_weighs("objpron&prox#0", ("THREATEN",), floor=0.9))
    assert ("THREATEN", "fishermen's union", "Harbour League") in events(analyze(FISHING))
    # without the act's own features no option reaches the floor
    monkeypatch.setattr(targets, "ACT_FEATURES", False)
    assert ("THREATEN", "fishermen's union", None) in events(analyze(FISHING))


OPTIONS = ("Chile tabled a plan on Monday. The Andean Community said it would present options "
           "to member states.")


def test_an_act_with_a_recipient_that_is_not_the_option_is_left_untargeted(analyze,
                                                                           with_model):
    # nearness alone aims the offer at the party named just before it
    with_model(_weighs("prox#0", ("AGREE",), floor=0.9))
    assert ("AGREE", "Andean Community", "Chile") in events(analyze(OPTIONS))
    # the offer is made "to member states": an option the recipient does not name is rated down
    model = _weighs("prox#0", ("AGREE",), floor=0.9)
    model.wt[hash_features(["recipelse"])[0] & spoken.MASK] = -6.0
    with_model(model)
    assert ("AGREE", "Andean Community", None) in events(analyze(OPTIONS))
    model.wt[hash_features(["recipelse"])[0] & spoken.MASK] = 0.0
    model.wt[hash_features(["objelse"])[0] & spoken.MASK] = -6.0
    with_model(model)
    assert ("AGREE", "Andean Community", None) in events(analyze(OPTIONS))
