"""False and misattached stances (issue #13, stop 30): each table one phenomenon, in
sentences of our own, with the (holder, polarity, proposition label) a user sees."""

from __future__ import annotations

import pytest

from stancemap.model import Article

Row = tuple[str, list[tuple[str, str, str]]]


def labelled(engine, text: str) -> list[tuple[str, str, str]]:
    doc = engine.analyze(Article(id="t", text=text))
    names = {a.id: a.name for a in doc.actors}
    labels = {p.id: p.label for p in doc.propositions}
    return sorted((names[s.actor], s.polarity, labels[s.proposition]) for s in doc.stances)


# An offer awaiting its acceptance ("if both sides wished", "if asked") is no condition the
# holder sets: the stance stays as said. Terms the holder does set keep it conditional.
ACCEPTED_OFFER: list[Row] = [
    ("Brazil said it was ready to host the two foreign ministers if both sides wished.",
     [("Brazil", "support", "host the two foreign ministers")]),
    ("The World Bank said it was ready to fund a study of the dam if both governments "
     "requested it.", [("World Bank", "support", "fund a study of the dam")]),
    ("Spain offered to receive the dissident if Mexico preferred a third country.",
     [("Spain", "support", "receive the dissident")]),
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
    ("Kenya backed the closure of the refugee camps on Thursday. The announcement caught the "
     "refugee agency off guard. Its representative in Kenya, Maria Lund, said the agency needed "
     "more time. Amnesty International condemned the closure of the camps.",
     [("Kenya", "support", "closure of the refugee camps"),
      ("Amnesty International", "oppose", "closure of the refugee camps")]),
    ("Kenya backed the closure of the refugee camps on Thursday. Its representative in Geneva, "
     "Maria Lund, said the agency needed more time. Amnesty International condemned the closure "
     "of the camps.",
     [("Kenya", "support", "closure of the refugee camps"),
      ("Maria Lund", "support", "closure of the refugee camps"),
      ("Amnesty International", "oppose", "closure of the refugee camps")]),
]


@pytest.mark.parametrize(("text", "want"), ITS_OWNER, ids=[t[:60] for t, _ in ITS_OWNER])
def test_its_title_speaks_for_the_actor_just_named(engine, text: str,
                                                    want: list[tuple[str, str, str]]) -> None:
    assert labelled(engine, text) == sorted(want)


# "A, not B": the "not" the parse hangs on A denies B only; A judges as said ("a first step,
# not a solution" backs the protocol), and the denied B judges nothing; a plain "not A" and
# "not A, or not only A" still negate.
CONTRAST: list[Row] = [
    ("Vietnam banned rice exports on Monday. Karimov said the ban was a first step, not a "
     "solution.", [("Vietnam", "support", "ban"), ("Karimov", "support", "ban")]),
    ("Vietnam banned rice exports on Monday. Karimov said the ban was a necessary step, not a "
     "punishment.", [("Vietnam", "support", "ban"), ("Karimov", "support", "ban")]),
    ("Vietnam banned rice exports on Monday. Karimov said the ban was not necessary.",
     [("Vietnam", "support", "ban"), ("Karimov", "oppose", "ban")]),
]


@pytest.mark.parametrize(("text", "want"), CONTRAST, ids=[t[40:] for t, _ in CONTRAST])
def test_a_contrasted_denial_negates_only_its_own_noun(engine, text: str,
                                                        want: list[tuple[str, str, str]]) -> None:
    assert labelled(engine, text) == sorted(want)


# An unnamed source described as familiar with the matter tells of others' positions and holds
# none: "a person familiar with the deliberations said the army had pushed for X" is no stance
# of the source's.
GO_BETWEEN: list[Row] = [
    ("Pakistan will withdraw from the missile agreement, the foreign office said. A person "
     "familiar with the deliberations said the army had pushed for withdrawal from the "
     "agreement. India condemned the withdrawal.",
     [("Pakistan", "support", "withdrawal from the agreement"),
      ("India", "oppose", "withdrawal from the agreement")]),
    ("People familiar with the talks said Germany backed the plan to cut tariffs.",
     [("Germany", "support", "plan to cut tariffs")]),
]


@pytest.mark.parametrize(("text", "want"), GO_BETWEEN, ids=[t[:50] for t, _ in GO_BETWEEN])
def test_a_source_familiar_with_the_matter_holds_no_stance(
        engine, text: str, want: list[tuple[str, str, str]]) -> None:
    assert labelled(engine, text) == sorted(want)


# An appeal for de-escalation names no course of action: "urged all parties to avoid
# escalation", "called for restraint" are no stances; an appeal with more keeps the rest.
CALMING: list[Row] = [
    ("Saudi Arabia urged all parties to avoid escalation.", []),
    ("Italy urged both governments to lower the tone.", []),
    ("The EU called for restraint.", []),
    ("China urged both neighbours to show restraint and resolve the dispute through dialogue.",
     [("China", "support", "resolve the dispute through dialogue")]),
]


@pytest.mark.parametrize(("text", "want"), CALMING, ids=[t for t, _ in CALMING])
def test_an_appeal_for_calm_is_no_stance(engine, text: str,
                                         want: list[tuple[str, str, str]]) -> None:
    assert labelled(engine, text) == sorted(want)


# Terms that undo a thing: "prepared to negotiate if the penalty were dropped" (an offer
# waiting for the undoing) and "would call a strike if the rise was not reversed" (a threat on
# its failure) oppose the thing; a threat on the undoing itself is left unread.
UNDOING_TERMS: list[Row] = [
    ("The government introduced a pension penalty for early retirement. The union said it was "
     "prepared to negotiate on pensions if the penalty were dropped.",
     [("union", "conditional", "negotiate on pensions"), ("union", "oppose", "penalty")]),
    ("The government raised fuel prices in May. Unions condemned the fuel rise. Mary Banda, the "
     "union leader, said the unions would call a national strike if the fuel rise was not "
     "reversed by the end of July.",
     [("Unions", "oppose", "fuel rise"), ("Mary Banda", "oppose", "fuel rise")]),
    ("The government raised fuel prices in May. Mary Banda, the union leader, said the unions "
     "would call a national strike if the fuel rise was reversed.", []),
]


@pytest.mark.parametrize(("text", "want"), UNDOING_TERMS, ids=[t[-60:] for t, _ in UNDOING_TERMS])
def test_terms_that_undo_a_thing_oppose_it(engine, text: str,
                                           want: list[tuple[str, str, str]]) -> None:
    assert labelled(engine, text) == sorted(want)


# A state that "rejected the decision" states a stance on what a body decided; it casts no vote
# whose outcome later "welcomed the vote" would take a side on.
STATE_REJECTS: list[Row] = [
    ("The committee voted 14-5 with two abstentions to list the temple group as a Cambodian "
     "site. Thailand rejected the decision. Cambodia welcomed the vote.",
     [("Thailand", "oppose", "decision"), ("Cambodia", "support", "decision")]),
]


@pytest.mark.parametrize(("text", "want"), STATE_REJECTS, ids=[t[-40:] for t, _ in STATE_REJECTS])
def test_a_states_rejection_is_no_vote_outcome(engine, text: str,
                                               want: list[tuple[str, str, str]]) -> None:
    assert labelled(engine, text) == sorted(want)
