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
