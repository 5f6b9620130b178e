"""Event recall (stop 46): a party vote whose drafter is not named goes to the home government
also where the actor stage knows no country for a voting party or for the government; a summoned
envoy's attendance is a CONSULT toward the summoner, and an agentless passive summons names its
summoner in its "to" phrase; a quoted verdict that turns on "but" to approval is SUPPORT. Our
own sentences, through the real engine."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text, expected", [
    # "the CDA": a party whose country the actor stage does not find
    ("The government said it had run out of half measures. The House of "
     "Representatives approved a nationwide ban on fireworks by 79 votes to 71. D66 and the CDA "
     "voted in favour.", ("SUPPORT", "CDA", "government")),
    ("Britain will ban imports of hunting trophies, the government said. The House of Commons "
     "voted for the bill on Wednesday. Labour and the Greens voted in favour.",
     ("SUPPORT", "Greens", "United Kingdom")),
])
def test_a_party_of_no_known_country_votes_on_its_governments_measure(analyze, text, expected):
    assert expected in events(analyze(text))


def test_a_vote_of_parties_of_two_states_stays_no_event(analyze):
    found = events(analyze("The European Parliament approved the ban on Tuesday. Germany's "
                           "Social Democratic Party and France's Socialist Party voted in "
                           "favour."))
    assert not [e for e in found if e[0] == "SUPPORT" and e[1] in (
        "Social Democratic Party", "Socialist Party")]


@pytest.mark.parametrize("text, expected", [
    ("Spain summoned Argentina's ambassador on Wednesday after a trawler was seized.",
     ("CONSULT", "Argentina's ambassador", "Spain")),
    # the agentless passive: the ministry it is summoned to is the summoner's
    ("Norway's ambassador in Rabat was summoned to the Moroccan foreign ministry on Tuesday.",
     ("CONSULT", "Norway's ambassador", "Morocco")),
    ("Norway's ambassador in Rabat was summoned to the Moroccan foreign ministry on Tuesday.",
     ("ACCUSE", "Morocco", "Norway")),
])
def test_a_summoned_envoy_attends(analyze, text, expected):
    assert expected in events(analyze(text))


def test_a_summons_to_come_is_no_attendance(analyze):
    found = events(analyze("Germany said it would summon the Russian ambassador, Sergei "
                           "Malyshev, to lodge a formal protest."))
    assert not [e for e in found if e[0] == "CONSULT"]


PLAN = "Chile will close three coal plants by 2030, the government said on Monday. "


@pytest.mark.parametrize("verdict", [
    'The Green Party called the plan "slow but necessary."',
    'The Green Party said the plan was "timid but welcome."',
])
def test_a_verdict_that_turns_on_but_to_approval_is_support(analyze, verdict):
    found = events(analyze(PLAN + verdict))
    assert ("SUPPORT", "Green Party", "Chile") in found
    assert not [e for e in found if e[0] in ("ACCUSE", "REJECT") and e[1] == "Green Party"]


@pytest.mark.parametrize("verdict", [
    'The Green Party called the plan "timid and useless."',
    # what follows "but" denies: no approval
    'The Green Party called the plan "sad but not surprising."',
])
def test_a_verdict_that_does_not_turn_to_approval_stays_an_accusation(analyze, verdict):
    found = events(analyze(PLAN + verdict))
    assert [e for e in found if e[0] == "ACCUSE" and e[1] == "Green Party"]
    assert not [e for e in found if e[0] == "SUPPORT"]
