"""Stop 31: walking out of or boycotting a vote opposes what was voted on
(``votes.walkouts``, ``walkouts`` and ``walkout_times`` of ``stance_words.tsv``)."""

from __future__ import annotations

import pytest
from stance_support import stances

LEAD = "The lower house approved the mining tax bill on Tuesday by 90 votes to 40. "

WALKED: list[tuple[str, tuple[str, str, str]]] = [
    (LEAD + "The Farmers Party walked out of the hall before the ballot.",
     ("Farmers Party", "oppose", "mining tax bill")),
    (LEAD + "The Farmers Party stormed out ahead of the vote.",
     ("Farmers Party", "oppose", "mining tax bill")),
    # members of a party walk out for the party
    (LEAD + "Lawmakers of the Farmers Party walked out before the vote.",
     ("Farmers Party", "oppose", "mining tax bill")),
    ("The senate passed a bill banning coal plants, in a vote the opposition Labour Party "
     "boycotted.", ("Labour Party", "oppose", "bill banning coal plants")),
]


@pytest.mark.parametrize(("text", "want"), WALKED, ids=[t[-50:] for t, _ in WALKED])
def test_a_walkout_from_a_vote_opposes_what_was_voted_on(engine, text: str,
                                                         want: tuple[str, str, str]) -> None:
    assert want in stances(engine, text)


@pytest.mark.parametrize("text", [
    LEAD + "The Farmers Party did not walk out before the vote.",  # negated
    LEAD + "The Farmers Party walked out of the talks on the budget.",  # no vote
    LEAD + "The Farmers Party walked to the chamber before the vote.",  # no walk-out
])
def test_no_walkout_from_a_vote_no_stance(engine, text: str) -> None:
    assert not [s for s in stances(engine, text) if s[0] == "Farmers Party"]
