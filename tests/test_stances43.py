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
