"""Claims and consequences about a measure (issue #13): a statement that names the measure and
says what good or harm it would do, or what it is (a key, a first step, extortion), is the
speaker's stance on it; a fact told about it is none."""

from __future__ import annotations

import pytest
from stance_support import stances

LEAD = "Chile proposed a grazing levy. "
CLAIMS = [
    ("Peru said the grazing levy would protect the pastures.", "support"),
    ("Peru said the grazing levy could help small farmers.", "support"),
    ("Peru said the grazing levy would save the valley's rivers.", "support"),
    ("Peru said the grazing levy would weaken the herders' cooperatives.", "oppose"),
    ("Peru said the grazing levy would hamper trade along the border.", "oppose"),
    ("Peru said the grazing levy would not help small farmers.", "oppose"),
    ("Peru said the grazing levy was the key to healthier pastures.", "support"),
    ("Peru called the grazing levy a first step.", "support"),
    ("Peru said the grazing levy was \"a step backward\".", "oppose"),
    ("Peru said the grazing levy was a setback for the herders.", "oppose"),
    ("Peru called the grazing levy an act of extortion.", "oppose"),
]


@pytest.mark.parametrize(("text", "pol"), CLAIMS, ids=[t[:45] for t, _ in CLAIMS])
def test_a_claim_about_a_measure_is_a_stance_on_it(engine, text: str, pol: str) -> None:
    assert ("Peru", pol, "grazing levy") in stances(engine, LEAD + text)


NEUTRAL = [
    # a good told as a fact, not foreseen: reporting, no judgement
    "Chile passed a grazing levy. Peru said the grazing levy protected the pastures last year.",
    # "key" as a modifier names an issue, not a way to something
    LEAD + "Peru said the grazing levy was a key issue in the talks.",
    # an actor that would help is no measure
    "Peru said Chile would help small farmers.",
]


@pytest.mark.parametrize("text", NEUTRAL, ids=[t[:45] for t in NEUTRAL])
def test_a_told_fact_or_a_modifier_gives_no_stance(engine, text: str) -> None:
    assert not [s for s in stances(engine, text) if s[0] == "Peru"]


# consequences judged by what they bring (stance_consequences.tsv, stances/consequences.py)
CONSEQUENCES = [
    ("Peru said the grazing levy would bring peace to the valley.", "support"),
    ("Peru said the grazing levy would lead to job losses.", "oppose"),
    ("Peru warned that the grazing levy would put 4,000 jobs at risk.", "oppose"),
    ("Peru said the grazing levy would end in failure.", "oppose"),
    ("Peru said the grazing levy would not bring peace to the valley.", "oppose"),
]


@pytest.mark.parametrize(("text", "pol"), CONSEQUENCES, ids=[t[:45] for t, _ in CONSEQUENCES])
def test_a_foreseen_consequence_judges_the_measure(engine, text: str, pol: str) -> None:
    assert ("Peru", pol, "grazing levy") in stances(engine, LEAD + text)


NO_CONSEQUENCE = [
    LEAD + "Peru said the grazing levy brought changes to the valley.",  # a fact, no sentiment
    LEAD + "Peru said the grazing levy would bring changes to the valley.",  # no sentiment
    "Peru said Chile would bring peace to the valley.",  # an actor's act, no measure
]


@pytest.mark.parametrize("text", NO_CONSEQUENCE, ids=[t[:45] for t in NO_CONSEQUENCE])
def test_a_neutral_or_told_consequence_gives_no_stance(engine, text: str) -> None:
    assert not [s for s in stances(engine, text) if s[0] == "Peru"]


# claims VADER leaves unrated (stance_evaluatives.tsv)
UNRATED = [
    ("Peru called the grazing levy a blow to small farmers.", "oppose"),
    ("Peru said the grazing levy was the last thing the valley needed.", "oppose"),
    ("Peru said the grazing levy was a trap.", "oppose"),
    ("Peru said the grazing levy was long overdue.", "support"),
    ("Peru said the grazing levy was \"the right thing to do.\"", "support"),
    ("Peru said the grazing levy was an internal matter.", "support"),
    ("Peru said the grazing levy was a sovereign decision.", "support"),
    # handing another side a gain: a charge whoever receives it
    ("Peru said the grazing levy was \"a gift to the cattle barons.\"", "oppose"),
    ("Peru called the grazing levy a gift to smugglers.", "oppose"),
    # legality and feasibility words VADER leaves unrated; a concession ("painful but
    # unavoidable") judged by the word the holder stands on
    ("Peru said the grazing levy was unconstitutional.", "oppose"),
    ("Peru called the grazing levy \"unworkable.\"", "oppose"),
    ("Peru said the grazing levy was \"painful but unavoidable.\"", "support"),
]


@pytest.mark.parametrize(("text", "pol"), UNRATED, ids=[t[:45] for t, _ in UNRATED])
def test_an_unrated_claim_about_a_measure_is_a_stance(engine, text: str, pol: str) -> None:
    assert ("Peru", pol, "grazing levy") in stances(engine, LEAD + text)


# a disguise ("disguising" of stance_words.tsv, nouns.disguised)
DISGUISED = [
    "Peru called the grazing levy \"a tax on farmers dressed up as regulation.\"",
    "Peru said the grazing levy was conservation dressed up as a tax.",
    "Peru said the grazing levy was a land grab masquerading as conservation.",
]


@pytest.mark.parametrize("text", DISGUISED, ids=[t[:45] for t in DISGUISED])
def test_a_measure_said_to_be_disguised_is_opposed(engine, text: str) -> None:
    assert ("Peru", "oppose", "grazing levy") in stances(engine, LEAD + text)


def test_people_in_costume_are_no_disguised_measure(engine) -> None:
    got = stances(engine, "Peru said hundreds of protesters dressed up as sheep marched "
                          "through the capital.")
    assert not got


# a burden raised or lessened (raising / burdens of stance_consequences.tsv)
BURDENS = [
    (LEAD + "Peru said the grazing levy would raise food prices.", "oppose", "grazing levy"),
    (LEAD + "Peru said the grazing levy would push up bills for farmers.", "oppose",
     "grazing levy"),
    (LEAD + "Peru said the grazing levy would lower food prices.", "support", "grazing levy"),
    ("Chile proposed closing the port. Peru said closing the port would raise food prices.",
     "oppose", "closing the port"),
]


@pytest.mark.parametrize(("text", "pol", "label"), BURDENS, ids=[t[30:75] for t, *_ in BURDENS])
def test_a_burden_a_measure_would_raise_judges_it(engine, text: str, pol: str,
                                                  label: str) -> None:
    assert ("Peru", pol, label) in stances(engine, text)


def test_a_burden_raised_as_a_fact_gives_no_stance(engine) -> None:
    got = stances(engine, LEAD + "Peru said the grazing levy raised prices last year.")
    assert not [s for s in got if s[0] == "Peru"]
