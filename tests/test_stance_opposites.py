"""Opposite acts (stance_opposites.tsv, rules.opposed_act): a stance phrased by the act that
undoes an act the text names is a stance on that act, reversed; with no such act named, it
stays on the undoing act as said."""

from __future__ import annotations

import pytest

from stancemap.model import Article

Row = tuple[str, list[tuple[str, str, str]]]


def stances(engine, text: str) -> list[tuple[str, str, str]]:
    doc = engine.analyze(Article(id="t", text=text))
    names = {a.id: a.name for a in doc.actors}
    labels = {p.id: p.label for p in doc.propositions}
    return sorted({(names[s.actor], s.polarity, labels[s.proposition]) for s in doc.stances})


OPPOSITES: list[Row] = [
    # keeping open what was closed, restoring what was suspended: against the closing
    ("Iran closed the Strait of Hormuz to tankers on Sunday. "
     "Japan called on Tehran to keep the strait open.",
     [("Japan", "oppose", "closed the Strait of Hormuz to tankers")]),
    ("Its spokesman said visa services across Kenya were suspended until further notice. "
     "Somalia asked Kenya to restore visa services.",
     [("Somalia", "oppose", "visa services across Kenya were suspended until further notice")]),
    ("Ecuador shut the border crossing at Rumichaca in March. "
     "Colombia urged Ecuador to reopen the crossing.",
     [("Colombia", "oppose", "shut the border crossing at Rumichaca")]),
    ("Russia withdrew from the grain deal in July. Turkey urged Russia to return to the deal.",
     [("Turkey", "oppose", "withdrew from the grain deal")]),
    # an undoing act coordinated with another act: a stance of its own on what it undoes
    ("Mali withdrew from the grain deal on Friday. Chad urged both sides to keep hotlines open "
     "and to return to the deal without delay.",
     [("Chad", "oppose", "withdrew from the grain deal"),
      ("Chad", "support", "keep hotlines open")]),
    # returning to what one withdrew from; opposing the undoing backs the act
    ("Ecuador shut the border crossing at Rumichaca in March. "
     "Peru opposed reopening the crossing.",
     [("Peru", "support", "shut the border crossing at Rumichaca")]),
]

AS_SAID: list[Row] = [
    # no undone act named on the same thing: the stance is on the act as phrased
    ("Ghana urged Togo to restore democracy.", [("Ghana", "support", "restore democracy")]),
    ("Iran closed its consulate in Basra. Japan called on Tehran to keep the strait open.",
     [("Japan", "support", "keep the strait open")]),
]


@pytest.mark.parametrize(("text", "want"), OPPOSITES, ids=[t for t, _ in OPPOSITES])
def test_undoing_act_is_a_stance_on_the_act(engine, text: str,
                                            want: list[tuple[str, str, str]]) -> None:
    assert stances(engine, text) == want


@pytest.mark.parametrize(("text", "want"), AS_SAID, ids=[t for t, _ in AS_SAID])
def test_undoing_act_with_no_undone_act_stays(engine, text: str,
                                             want: list[tuple[str, str, str]]) -> None:
    assert stances(engine, text) == want


SCRUTINY: list[Row] = [
    # asking for an inquiry into conduct backs the inquiry (stop 43: no stance on the killings);
    # rejecting one opposes the inquiry
    ("Mali called for an investigation into the killings.",
     [("Mali", "support", "investigation into the killings")]),
    ("Mali rejected a call for a joint investigation into the shooting.",
     [("Mali", "oppose", "joint investigation into the shooting")]),
]


@pytest.mark.parametrize(("text", "want"), SCRUTINY, ids=[t for t, _ in SCRUTINY])
def test_rejected_inquiry_is_against_the_inquiry(engine, text: str,
                                                  want: list[tuple[str, str, str]]) -> None:
    assert stances(engine, text) == want


def test_withdrawing_and_a_withdrawal_are_one_proposition(engine) -> None:
    text = ("Russia announced a troop withdrawal from Moldova. Romania backed withdrawing "
            "Russian troops from Moldova.")
    assert len(engine.analyze(Article(id="t", text=text)).propositions) == 1


WITHDRAWN: list[Row] = [
    # withdrawing or dropping a definite decision or text undoes it; troops stay an act
    ("Serbia urged Kosovo to withdraw the decision.", [("Serbia", "oppose", "decision")]),
    ("Serbia urged the government to drop the bill.", [("Serbia", "oppose", "bill")]),
    ("Serbia opposed withdrawing the bill.", [("Serbia", "support", "bill")]),
    ("Serbia urged Russia to withdraw its troops.",
     [("Serbia", "support", "withdraw its troops")]),
]


@pytest.mark.parametrize(("text", "want"), WITHDRAWN, ids=[t for t, _ in WITHDRAWN])
def test_withdrawing_a_decision_undoes_it(engine, text: str,
                                          want: list[tuple[str, str, str]]) -> None:
    assert stances(engine, text) == want
