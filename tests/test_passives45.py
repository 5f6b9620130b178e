"""Stop 45: the story's act told in the passive ("Montenegro was admitted to the Union for the
Mediterranean after a vote") is the proposition the bare votes, "welcomed the decision" and
"the vote" that follow are on; its patient is the act's object ("admit Montenegro to ...")."""

from __future__ import annotations

from stance_support import stances

from stancemap.pipeline import Engine

LEAD = ("Montenegro was admitted to the Union for the Mediterranean on Monday after a vote "
        "of its members. ")
VOTES = "Albania, Hungary and Croatia voted against. Slovenia and Austria abstained. "


def test_bare_votes_land_on_the_passive_act(engine: Engine) -> None:
    got = {h: (p, label) for h, p, label in stances(engine, LEAD + VOTES)}
    assert got["Albania"][0] == "oppose"
    assert got["Slovenia"][0] == "neutral"
    assert "admit" in got["Albania"][1]
    assert got["Albania"][1] == got["Slovenia"][1]


def test_the_decision_names_the_passive_act(engine: Engine) -> None:
    got = {h: (p, label) for h, p, label in stances(
        engine, LEAD + VOTES + "Germany and France welcomed the decision.")}
    assert got["Germany"][0] == "support"
    assert got["Germany"][1] == got["Albania"][1]

