"""Stop 45: dev45's stance kinds that recur in other sets: a vote to undo a thing decides the
undoing as it stands ("voted to abolish summer time" backs abolishing it, as "proposed to scrap
X" backs scrapping X); a definite text named after such a vote with no words of its own ("The
bill, drafted by A, passed by 101 votes to 84") is what was voted on."""

from __future__ import annotations

from stance_support import stances

from stancemap.pipeline import Engine

LEAD = ("Switzerland's National Council voted on Thursday to abolish summer time. ")


def test_a_vote_to_undo_backs_the_undoing(engine: Engine) -> None:
    got = stances(engine, LEAD)
    assert [(h, p) for h, p, _ in got] == [("National Council", "support")]
    assert "abolish" in got[0][2]


def test_urging_another_to_undo_still_opposes_the_thing(engine: Engine) -> None:
    got = stances(engine, "Poland urged the Commission to scrap the fishing quotas.")
    assert ("Poland", "oppose") in [(h, p) for h, p, _ in got]
    assert all("scrap" not in label for h, _, label in got if h == "Poland")


def test_the_bill_after_a_vote_is_what_was_voted_on(engine: Engine) -> None:
    got = stances(engine, LEAD + "The bill, drafted by the chamber's transport committee, "
                                 "passed by 101 votes to 84. The Federal Council opposes the bill.")
    labels = {h: (p, label) for h, p, label in got}
    assert labels["Federal Council"][0] == "oppose"
    assert labels["Federal Council"][1] == labels["National Council"][1]


def test_a_bill_with_words_of_its_own_stays_apart(engine: Engine) -> None:
    got = stances(engine, LEAD + "The Federal Council opposes the tax bill.")
    labels = {h: label for h, _, label in got}
    assert labels.get("Federal Council") != labels["National Council"]


def test_plural_texts_after_a_vote_stay_apart(engine: Engine) -> None:
    got = stances(engine, LEAD + "The Federal Council opposes the decrees.")
    labels = {h: label for h, _, label in got}
    assert labels.get("Federal Council") != labels["National Council"]
