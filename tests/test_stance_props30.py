"""False and misattached stances (issue #13, stop 30): each table one phenomenon, in
sentences of our own, with the (holder, polarity, proposition label) a user sees."""

from __future__ import annotations

import pytest
from stance_support import stances as labelled

Row = tuple[str, list[tuple[str, str, str]]]


# An offer awaiting its acceptance ("if both sides wished", "if asked") is no condition the
# holder sets: the stance stays as said. Terms the holder does set keep it conditional.
ACCEPTED_OFFER: list[Row] = [
    ("Bolivia said it was willing to host the two trade ministers if both sides wished.",
     [("Bolivia", "support", "host the two trade ministers")]),
    ("The Asian Development Bank said it was prepared to fund a survey of the bridge if both "
     "governments requested it.",
     [("Asian Development Bank", "support", "fund a survey of the bridge")]),
    ("Ecuador offered to shelter the journalist if Paraguay preferred a neutral country.",
     [("Ecuador", "support", "shelter the journalist")]),
    ("Poland said it would back the treaty if the Senate approved it.",
     [("Poland", "conditional", "treaty")]),
    ("Poland said it would back the treaty only if Ukraine asked for it.",
     [("Poland", "conditional", "treaty")]),
]


@pytest.mark.parametrize(("text", "want"), ACCEPTED_OFFER, ids=[t for t, _ in ACCEPTED_OFFER])
def test_an_offer_awaiting_acceptance_is_unconditional(engine, text: str,
                                                       want: list[tuple[str, str, str]]) -> None:
    assert labelled(engine, text) == sorted(want)


# "Its representative, X" speaks for whom "its" means: the subject of the sentence before (or
# the nearest actor named there), not a state named sentences earlier; an official whose
# title owner is not the state shares none of the state's positions.
ITS_OWNER: list[Row] = [
    ("Botswana backed the closure of the river settlements on Tuesday. The decision took the "
     "housing agency by surprise. Its representative in Botswana, Ana Petrov, said the agency "
     "needed more time. Oxfam condemned the closure of the settlements.",
     [("Botswana", "support", "closure of the river settlements"),
      ("Oxfam", "oppose", "closure of the river settlements")]),
    ("Botswana backed the closure of the river settlements on Tuesday. Its representative in "
     "Gaborone, Ana Petrov, said the agency needed more time. Oxfam condemned the closure of the "
     "settlements.",
     [("Botswana", "support", "closure of the river settlements"),
      ("Ana Petrov", "support", "closure of the river settlements"),
      ("Oxfam", "oppose", "closure of the river settlements")]),
]


@pytest.mark.parametrize(("text", "want"), ITS_OWNER, ids=[t[:60] for t, _ in ITS_OWNER])
def test_its_title_speaks_for_the_actor_just_named(engine, text: str,
                                                    want: list[tuple[str, str, str]]) -> None:
    assert labelled(engine, text) == sorted(want)


# "A, not B": the "not" the parse hangs on A denies B only; A judges as said ("a first step,
# not an answer" backs the ban), and the denied B judges nothing; a plain "not A" and
# "not A, or not only A" still negate.
CONTRAST: list[Row] = [
    ("Mongolia banned coal exports on Friday. Dorjiev said the ban was a first step, not an "
     "answer.", [("Mongolia", "support", "ban"), ("Dorjiev", "support", "ban")]),
    ("Mongolia banned coal exports on Friday. Dorjiev said the ban was a necessary step, not a "
     "punishment.", [("Mongolia", "support", "ban"), ("Dorjiev", "support", "ban")]),
    ("Mongolia banned coal exports on Friday. Dorjiev said the ban was not necessary.",
     [("Mongolia", "support", "ban"), ("Dorjiev", "oppose", "ban")]),
]


@pytest.mark.parametrize(("text", "want"), CONTRAST, ids=[t[40:] for t, _ in CONTRAST])
def test_a_contrasted_denial_negates_only_its_own_noun(engine, text: str,
                                                        want: list[tuple[str, str, str]]) -> None:
    assert labelled(engine, text) == sorted(want)


# An unnamed source described as familiar with the matter tells of others' positions and holds
# none: "a source familiar with the planning said the navy had argued for X" is no stance of
# the source's.
GO_BETWEEN: list[Row] = [
    ("Ecuador will withdraw from the fishing accord, the foreign ministry said. A source "
     "familiar with the planning said the navy had argued for withdrawal from the accord. Peru "
     "condemned the withdrawal.",
     [("Ecuador", "support", "withdrawal from the accord"),
      ("Peru", "oppose", "withdrawal from the accord")]),
    ("People familiar with the negotiations said Paraguay backed the plan to lower tariffs.",
     [("Paraguay", "support", "plan to lower tariffs")]),
]


@pytest.mark.parametrize(("text", "want"), GO_BETWEEN, ids=[t[:50] for t, _ in GO_BETWEEN])
def test_a_source_familiar_with_the_matter_holds_no_stance(
        engine, text: str, want: list[tuple[str, str, str]]) -> None:
    assert labelled(engine, text) == sorted(want)


# An appeal for de-escalation names no course of action: "pressed every side to avoid
# escalation", "called for restraint" are no stances; an appeal with more keeps the rest.
CALMING: list[Row] = [
    ("Mongolia pressed every side to avoid escalation.", []),
    ("Fiji urged the two governments to reduce tensions.", []),
    ("The EU called for restraint.", []),
    ("Bhutan urged the two neighbours to show restraint and settle the quarrel by negotiation.",
     [("Bhutan", "support", "settle the quarrel by negotiation")]),
]


@pytest.mark.parametrize(("text", "want"), CALMING, ids=[t for t, _ in CALMING])
def test_an_appeal_for_calm_is_no_stance(engine, text: str,
                                         want: list[tuple[str, str, str]]) -> None:
    assert labelled(engine, text) == sorted(want)


# Terms that undo a thing: "prepared to bargain if the fine were dropped" (an offer waiting
# for the undoing) and "would stage a walkout if the increase was not withdrawn" (a threat on
# its failure) oppose the thing; a threat on the undoing itself is left unread.
UNDOING_TERMS: list[Row] = [
    ("The board introduced a fine for missed shifts. The union said it was prepared to bargain "
     "over hours if the fine were dropped.",
     [("union", "conditional", "bargain over hours"), ("union", "oppose", "fine")]),
    ("The council raised bus fares in March. Drivers condemned the fare increase. Tomas Okafor, "
     "the drivers' leader, said the drivers would stage a walkout if the fare increase was not "
     "withdrawn within a month.",
     [("Drivers", "oppose", "fare increase"), ("Tomas Okafor", "oppose", "fare increase")]),
    ("The council raised bus fares in March. Tomas Okafor, the drivers' leader, said the drivers "
     "would stage a walkout if the fare increase was withdrawn.", []),
]


@pytest.mark.parametrize(("text", "want"), UNDOING_TERMS, ids=[t[-60:] for t, _ in UNDOING_TERMS])
def test_terms_that_undo_a_thing_oppose_it(engine, text: str,
                                           want: list[tuple[str, str, str]]) -> None:
    assert labelled(engine, text) == sorted(want)


# A state that "rejected the decision" states a stance on what a body decided; it casts no vote
# whose outcome later "welcomed the vote" would take a side on.
STATE_REJECTS: list[Row] = [
    ("The panel voted 12-7 with one abstention to list the old salt mine as a Bolivian site. "
     "Paraguay rejected the decision. Bolivia welcomed the vote.",
     [("Paraguay", "oppose", "decision"), ("Bolivia", "support", "decision")]),
]


@pytest.mark.parametrize(("text", "want"), STATE_REJECTS, ids=[t[-40:] for t, _ in STATE_REJECTS])
def test_a_states_rejection_is_no_vote_outcome(engine, text: str,
                                               want: list[tuple[str, str, str]]) -> None:
    assert labelled(engine, text) == sorted(want)
