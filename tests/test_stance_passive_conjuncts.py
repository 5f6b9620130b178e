"""A conjoined passive shares its head's subject ("X was proposed by A and approved by B":
B backs X too; stancemap/stances/verbs.passive)."""

from __future__ import annotations

from stance_support import stances


def test_a_conjoined_passive_agent_holds_the_stance(engine) -> None:
    got = stances(engine, "The fishing levy was proposed by Chile and approved by Peru.")
    assert got == [("Chile", "support", "fishing levy"), ("Peru", "support", "fishing levy")]


def test_a_conjoined_passive_keeps_its_own_polarity(engine) -> None:
    got = stances(engine, "The fishing levy was proposed by Chile and rejected by Peru.")
    assert got == [("Chile", "support", "fishing levy"), ("Peru", "oppose", "fishing levy")]


def test_a_conjoined_active_verb_is_not_a_passive(engine) -> None:
    """"The levy was proposed by Chile and Peru rejected it": Peru is the second verb's own
    subject, not a passive agent."""
    got = stances(engine, "The fishing levy was proposed by Chile, and Peru rejected it.")
    assert ("Peru", "oppose", "fishing levy") in got
    assert ("Peru", "support", "fishing levy") not in got
