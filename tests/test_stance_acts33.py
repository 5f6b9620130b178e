"""Stop 33: stances told by acts.

Vote tallies (``stancemap/stances/tallies.py``, ``stance_tallies.tsv``): a list of voters told
alongside a vote ("with A and B voting in favour and C against", "with D abstaining") or as the
group the voters were among ("E, F and G were among those who voted in favour") gives each listed
actor the stance of its vote on what was voted on; "voted against, along with B and C" gives B
and C the same vote.

Protests taken up (``stancemap/stances/protests.py``, ``earlier_cause``): joining or backing
"the strike" opposes what the strike was named as being against before."""

from __future__ import annotations

import pytest
from stance_support import stances

from stancemap.stances.tallies import tally_words

LEVY = "fuel levy"

TALLIES: list[tuple[str, tuple[str, str, str]]] = [
    ("Hungary's parliament passed the fuel levy by 120 votes to 80, with the ruling Fidesz and "
     "the Christian Democrats voting in favour and Jobbik and Momentum against.",
     ("Fidesz", "support", LEVY)),
    ("Hungary's parliament passed the fuel levy by 120 votes to 80, with the ruling Fidesz and "
     "the Christian Democrats voting in favour and Jobbik and Momentum against.",
     ("Jobbik", "oppose", LEVY)),
    ("The council adopted a resolution on Haiti by 13 votes, with China abstaining.",
     ("China", "neutral", "resolution on Haiti")),
    ("The board approved a resolution on the fishing quota. India, Brazil and Egypt were among "
     "those that abstained.", ("Brazil", "neutral", "resolution on the fishing quota")),
    ("The assembly adopted a resolution condemning the blockade of Gaza. Spain, Italy and "
     "Portugal were among those who voted in favour.",
     ("Italy", "support", "resolution condemning the blockade of Gaza")),
    # companions of a vote: "along with B and C"
    ("The Liberal Party voted against the media bill along with the Greens.",
     ("Greens", "oppose", "media bill")),
    ("The assembly passed the media bill on Tuesday. Eleven Labour members broke ranks and "
     "voted against, along with the Green Party and the Left Party.",
     ("Left Party", "oppose", "media bill")),
]


@pytest.mark.parametrize(("text", "want"), TALLIES, ids=[w[0] for _, w in TALLIES])
def test_each_voter_of_a_tally_takes_its_vote(engine, text: str,
                                              want: tuple[str, str, str]) -> None:
    assert want in stances(engine, text)


@pytest.mark.parametrize("text", [
    # a count of votes won, no decision a list rides on
    "The measure won only 40 votes in the upper house, with Labour and the Greens voting "
    "with the government.",
    # a warning against something is no vote against the levy
    "The parliament passed the fuel levy, with Labour voting for it and the Greens warning "
    "against haste.",
])
def test_no_tally_stance_without_a_vote_marker(engine, text: str) -> None:
    got = stances(engine, text)
    assert not [s for s in got if s[0] == "Green Party" and s[1] == "oppose"]
    assert not [s for s in got if s[2].startswith("only 40 votes")]


def test_tally_words_load() -> None:
    w = tally_words()
    assert "with" in w.lists and "against" in w.against and "abstain" in w.abstaining
    assert "along" in w.alongside


STRIKE = ("The farmers' federation began a national strike on Monday against the new fuel "
          "levy. ")


@pytest.mark.parametrize(("text", "want"), [
    (STRIKE + "The Teachers Union joined the strike on Tuesday.",
     ("Teachers Union", "oppose", "new fuel levy")),
    (STRIKE + "The Green Party backed the strike.", ("Green Party", "oppose", "new fuel levy")),
])
def test_taking_up_a_strike_named_before_opposes_its_cause(engine, text: str,
                                                           want: tuple[str, str, str]) -> None:
    assert want in stances(engine, text)


def test_not_joining_the_strike_takes_no_side(engine) -> None:
    got = stances(engine, STRIKE + "The Teachers Union did not join the strike.")
    assert not [s for s in got if s[0] == "Teachers Union"]


# A failure to act (``refusing`` of ``stance_words.tsv``): "the Senate failed to ratify X"
# is the chamber turning X down, as a refusal is.
def test_a_chamber_that_failed_to_ratify_opposes(engine) -> None:
    got = stances(engine, "The Senate failed on Monday to ratify a defence pact with Japan.")
    assert ("Senate", "oppose", "defence pact with Japan") in got
    assert ("Senate", "support", "defence pact with Japan") not in got


# Organisers named in a participle on the protesters (``stancemap/stances/organisers.py``).
def test_organisers_of_protesters_hold_their_stance(engine) -> None:
    got = stances(engine, "Outside parliament, some 300 protesters organised by Greenpeace and "
                          "the Dublin Tenants Union marched against ratification of the "
                          "trade pact.")
    assert ("Greenpeace", "oppose", "ratification of the trade pact") in got
    assert ("Dublin Tenants Union", "oppose", "ratification of the trade pact") in got


def test_organisers_of_a_protest_with_no_cause_take_no_side(engine) -> None:
    got = stances(engine, "Some 300 protesters organised by Greenpeace marched through the city.")
    assert not [s for s in got if s[0] == "Greenpeace"]
