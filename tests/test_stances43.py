"""Stop 43 (issue #13): an inquiry asked for is the measure asked for, not a stance against what
it looks into; asking a party for a thing is a request put to that party, no proposition."""

from __future__ import annotations

from stance_support import stances

from stancemap.pipeline import Engine


def test_calling_for_an_inquiry_into_an_affair_supports_the_inquiry(engine: Engine) -> None:
    got = stances(engine, "The opposition Green Party called for an independent inquiry into "
                          "the bribery affair, which prosecutors closed in 2023 without charges.")
    assert [(h, p) for h, p, _ in got] == [("Green Party", "support")]
    assert "inquiry" in got[0][2]


def test_demanding_an_investigation_of_a_response_does_not_oppose_it(engine: Engine) -> None:
    got = stances(engine, "Students were beaten outside the ministry. The Teachers' Union "
                          "demanded an investigation of the police response.")
    assert ("Teachers' Union", "oppose") not in [(h, p) for h, p, _ in got]


def test_demanding_a_debate_on_a_pact_still_contests_it(engine: Engine) -> None:
    got = stances(engine, "The Liberal Party demanded a parliamentary debate on the defence "
                          "pact.")
    assert got == [("Liberal Party", "oppose", "defence pact")]


def test_asking_a_party_for_a_thing_is_no_stance(engine: Engine) -> None:
    got = stances(engine, "The farmers' union asked the agriculture ministry for clear rules "
                          "on the subsidy.")
    assert got == []


def test_asking_for_a_thing_with_nobody_asked_still_supports_it(engine: Engine) -> None:
    got = stances(engine, "The Pirate Party asked for a special session of parliament on the "
                          "port contracts.")
    assert [(h, p) for h, p, _ in got] == [("Pirate Party", "support")]
    assert "special session" in got[0][2]


def test_a_demand_in_apposition_is_not_the_party_asked(engine: Engine) -> None:
    got = stances(engine, "Rebel negotiators had first asked for the release of two fishermen "
                          "held in Norway, a demand Oslo had refused.")
    assert got == [("Rebel negotiators", "support", "release of two fishermen held in Norway")]
