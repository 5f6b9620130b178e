"""Stances told by reference to another actor's (stancemap/stances/echoes.py): an elided
predicate ("So did B", "as did B", "B did the same", "B followed suit", "B did likewise")
repeats the stances of the clause it stands for; "B voted with A" takes A's position."""

from __future__ import annotations

from pathlib import Path

import pytest
from stance_support import stances

from stancemap.lexicon import LexiconError
from stancemap.stances.echoes import echo_words

ECHOED: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("Poland backed the carbon tax on Tuesday. So did Hungary.",
     [("Hungary", "support", "carbon tax"), ("Poland", "support", "carbon tax")]),
    ("Poland backed the carbon tax, as did Hungary and Romania.",
     [("Hungary", "support", "carbon tax"), ("Poland", "support", "carbon tax"),
      ("Romania", "support", "carbon tax")]),
    ("Poland rejected the carbon tax on Tuesday. Hungary followed suit.",
     [("Hungary", "oppose", "carbon tax"), ("Poland", "oppose", "carbon tax")]),
    ("Poland rejected the carbon tax on Tuesday. Hungary did likewise.",
     [("Hungary", "oppose", "carbon tax"), ("Poland", "oppose", "carbon tax")]),
    # every stance of the clause is repeated, each with its own polarity
    ("Chile and Peru issued statements backing the fishing ban and rejecting the new port "
     "levy. Bolivia and Ecuador did the same.",
     [("Bolivia", "oppose", "new port levy"), ("Bolivia", "support", "fishing ban"),
      ("Chile", "oppose", "new port levy"), ("Chile", "support", "fishing ban"),
      ("Ecuador", "oppose", "new port levy"), ("Ecuador", "support", "fishing ban"),
      ("Peru", "oppose", "new port levy"), ("Peru", "support", "fishing ban")]),
    # a vote alongside a named actor takes that actor's position, and an ellipsis passes it on
    ("The Greens voted against the carbon tax. The Liberals voted with the Greens. So did "
     "Labour.",
     [("Greens", "oppose", "carbon tax"), ("Labour Party", "oppose", "carbon tax"),
      ("Liberals", "oppose", "carbon tax")]),
]

NOT_ECHOED: list[tuple[str, list[tuple[str, str, str]]]] = [
    # a negated cue repeats nothing
    ("Poland backed the carbon tax on Tuesday. Hungary did not follow suit.",
     [("Poland", "support", "carbon tax")]),
    # an antecedent with no stance lends none
    ("Poland held elections on Sunday. Hungary did the same.", []),
    # a vote with a named actor who holds no position lends none
    ("The Liberals voted with the Greens.", []),
]


@pytest.mark.parametrize(("text", "want"), ECHOED, ids=[t[:40] for t, _ in ECHOED])
def test_an_elided_predicate_repeats_the_stances(engine, text: str,
                                                 want: list[tuple[str, str, str]]) -> None:
    assert stances(engine, text) == want


@pytest.mark.parametrize(("text", "want"), NOT_ECHOED, ids=[t[:40] for t, _ in NOT_ECHOED])
def test_no_echo_without_a_stated_antecedent(engine, text: str,
                                            want: list[tuple[str, str, str]]) -> None:
    assert stances(engine, text) == want


def test_asking_another_to_do_the_same_is_no_stance_of_the_other(engine) -> None:
    """"urged B to do the same" is a request: B holds nothing."""
    got = stances(engine, "Poland backed the carbon tax and urged Hungary to do the same.")
    assert ("Poland", "support", "carbon tax") in got
    assert not [s for s in got if s[0] == "Hungary"]


def test_the_echo_words_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "stance_echoes.tsv"
    path.write_text("adverbs\tso\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="missing word class"):
        echo_words(path)
    assert "so" in echo_words().adverbs


POSITIONS = [
    # a position noun summing up the clause before lends its stance to who backs or echoes it
    ("Germany said it would vote against making the duties permanent, a position backed by "
     "Hungary.", [("Germany", "oppose", "making the duties permanent"),
                  ("Hungary", "oppose", "making the duties permanent")]),
    ("Germany said it would vote against making the duties permanent, a position echoed by "
     "Hungary.", [("Germany", "oppose", "making the duties permanent"),
                  ("Hungary", "oppose", "making the duties permanent")]),
    # with no stance before, the position noun is no proposition of its own
    ("Malawi said no creditor could be treated as exempt, a position backed by the IMF.", []),
]


@pytest.mark.parametrize(("text", "want"), POSITIONS, ids=[t[:50] for t, _ in POSITIONS])
def test_a_position_backed_by_another_is_theirs_too(engine, text: str,
                                                    want: list[tuple[str, str, str]]) -> None:
    assert stances(engine, text) == want
