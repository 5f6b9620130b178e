"""Stop 48: backing told with no object. States that express solidarity, offer support or
issue statements of support, naming nothing they back, back the story's main question; a
backing that is negated, asked for or names its own object is left alone."""

from __future__ import annotations

import pytest
from stance_support import stances

from stancemap.pipeline import Engine

LEAD = ("Latvia on Wednesday ordered Russia to close its consulate in Daugavpils within 30 "
        "days. Russia called the order hostile. ")


@pytest.mark.parametrize("text, backers", [
    ("Lithuania and Estonia expressed solidarity.", ["Lithuania", "Estonia"]),
    ("Finland and Sweden issued statements of support.", ["Finland", "Sweden"]),
    ("Poland offered support on Thursday.", ["Poland"]),
])
def test_bare_backing_backs_the_main_question(engine: Engine, text: str,
                                              backers: list[str]) -> None:
    got = stances(engine, LEAD + text)
    held = {h: (p, label) for h, p, label in got}
    for backer in backers:
        assert held.get(backer, ("", ""))[0] == "support", got
        assert held[backer][1] == held["Latvia"][1], got


@pytest.mark.parametrize("text, silent", [
    ("Hungary did not express solidarity.", "Hungary"),
    ("The United States urged Germany to offer support.", "Germany"),
])
def test_withheld_or_asked_backing_is_no_stance(engine: Engine, text: str, silent: str) -> None:
    got = stances(engine, LEAD + text)
    assert silent not in {h for h, _, _ in got}, got


# a legislature the actor stage folds into its state still decides what later bare votes
# and "the vote" are on
FOLDED = ("Vanuatu's parliament on Wednesday approved a 25-year lease of the naval wharf at "
          "Luganville to Australia. China said it opposed any attempt to bring military blocs "
          "into the Pacific. ")


@pytest.mark.parametrize("text, holder, polarity", [
    ("New Zealand and Fiji welcomed the vote.", "Fiji", "support"),
    ("The Green Party and the Labour Party voted against.", "Labour Party", "oppose"),
])
def test_votes_after_a_folded_legislature_decides_are_on_what_it_decided(
        engine: Engine, text: str, holder: str, polarity: str) -> None:
    got = stances(engine, FOLDED + text)
    held = {h: (p, label) for h, p, label in got}
    assert held.get(holder, ("", ""))[0] == polarity, got
    assert "lease" in held[holder][1], got


# companions set off by a comma after a vote with its own side cast the same vote
TRAM = "Tampere's city council on Tuesday approved a tram line to the airport. "


@pytest.mark.parametrize("text, holder", [
    ("The Greens and the Left Alliance voted for the tram line, together with five members of "
     "the Finns Party.", "five members of the Finns Party"),
    ("The Greens and the Left Alliance voted for the tram line, with the Centre Party.",
     "Centre Party"),
])
def test_companions_after_a_comma_cast_the_same_vote(engine: Engine, text: str,
                                                      holder: str) -> None:
    got = stances(engine, TRAM + text)
    held = {h: (p, label) for h, p, label in got}
    assert held.get(holder, ("", ""))[0] == "support", got
    assert held[holder][1] == held["Greens"][1], got


def test_a_tally_after_a_comma_keeps_its_own_vote(engine: Engine) -> None:
    got = stances(engine, TRAM + "The Finns Party voted against the tram line, with the Centre "
                  "Party voting in favour.")
    held = {h: p for h, p, _ in got}
    assert held.get("Finns Party") == "oppose", got
    assert held.get("Centre Party") != "oppose", got


# a small count on a party's plural name that votes is a group of its own
SPEED = "Germany's Bundestag on Thursday passed a motorway speed limit. "


@pytest.mark.parametrize("text, group", [
    ("The Greens, the Left and 46 Social Democrats voted for it.", "46 Social Democrats"),
    ("The Greens and the Left voted for the speed limit, with 12 Free Democrats.",
     "12 Free Democrats"),
])
def test_a_counted_party_name_votes_as_a_group(engine: Engine, text: str, group: str) -> None:
    got = stances(engine, SPEED + text)
    held = {h: (p, label) for h, p, label in got}
    assert held.get(group, ("", ""))[0] == "support", got
    assert held[group][1] == held["Greens"][1], got
