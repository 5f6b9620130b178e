"""Stop 49: "in favour" read outside a vote verb. A tally list with no vote verb of its own
("passed 79 to 61, with A and B in favour and C against") casts each run's vote on what the
deciding verb decides; "spoke in favour of X" backs X as "spoke in support of X" does; a count
of votes won and a court's ruling for a party stay no stance."""

from __future__ import annotations

import pytest
from stance_support import stances

from stancemap.pipeline import Engine

BILL = "The parliament debated the media bill on Tuesday. "


@pytest.mark.parametrize("text, want", [
    # a tally list with no vote verb of its own
    ("The bill passed 79 to 61, with the ruling Fidesz and the Christian Democrats in favour "
     "and Jobbik and Momentum against.",
     [("Fidesz", "support"), ("Christian Democrats", "support"), ("Jobbik", "oppose")]),
    # "in favour of X" outside a vote
    ("Senegal and Greece spoke in favour of the media bill.",
     [("Senegal", "support"), ("Greece", "support")]),
])
def test_in_favour_without_a_vote_verb(engine: Engine, text: str,
                                       want: list[tuple[str, str]]) -> None:
    got = stances(engine, BILL + text)
    held = {(h, p) for h, p, label in got if "bill" in label}
    for pair in want:
        assert pair in held, got


@pytest.mark.parametrize("text", [
    # a count of votes won decides nothing
    "The measure won only 40 votes, with the ruling Fidesz and Jobbik in favour.",
    # a court's ruling for a party is no stance on a proposition
    "The court ruled in favour of Fidesz.",
])
def test_no_tally_or_favour_stance_without_a_decision(engine: Engine, text: str) -> None:
    got = stances(engine, BILL + text)
    assert not [s for s in got if s[0] in ("Fidesz", "Jobbik")], got
