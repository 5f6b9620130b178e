"""Stop 46: verdicts on the story's main act. A bare "the decision" after a lead act the
narrator tells against its thing ("refused to extradite X", "rejected the bill") names that act,
and a verdict on it takes the reverse side of the thing: welcoming the refusal opposes the
extradition."""

from __future__ import annotations

from stance_support import stances

from stancemap.pipeline import Engine

LEAD = "Norway's government on Tuesday refused to extradite the dissident to Belarus. "


def test_welcoming_a_refusal_opposes_what_was_refused(engine: Engine) -> None:
    got = stances(engine, LEAD + "Amnesty International welcomed the decision.")
    held = {h: (p, label) for h, p, label in got}
    assert held["Amnesty International"][0] == "oppose", got
    assert held["Amnesty International"][1] == held["Norway"][1], got


def test_regretting_a_refusal_backs_what_was_refused(engine: Engine) -> None:
    got = stances(engine, LEAD + "Belarus regretted the decision.")
    held = {h: (p, label) for h, p, label in got}
    assert held["Belarus"][0] == "support", got
    assert held["Belarus"][1] == held["Norway"][1], got
