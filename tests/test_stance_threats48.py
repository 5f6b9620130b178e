"""Stop 48: a hostile step threatened for when a text is enacted opposes the text
(stances/threats.py, stance_threats.tsv): "threatened a general strike if the budget is
adopted", "would stop work if it was signed", "would call further strikes unless the government
withdrew the penalty". A backing step on the same occasion stays a
condition, and a negated or friendly step tells nothing."""

from __future__ import annotations

import pytest
from stance_support import stances

from stancemap.pipeline import Engine

THREATS: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("The Civil Service Union threatened a general strike if the budget is adopted unchanged.",
     [("Civil Service Union", "oppose", "budget")]),
    ("The Greens said they would leave the coalition if the bill is adopted.",
     [("Greens", "oppose", "bill"), ("Greens", "oppose", "coalition")]),
    # a pronoun subject names the text told earlier in the sentence, not the step's own object
    ("The Malawi Medical Union called the law unjust and said members would stop work for a "
     "week if it was signed.", [("Malawi Medical Union", "oppose", "law")]),
    # an occasion that keeps the text: "unless X is withdrawn", "if X is not reversed"; a strike
    # called is a step
    ("The Civil Service Union said it would call further strikes in March unless the government "
     "withdrew the pension penalty.", [("Civil Service Union", "oppose", "pension penalty")]),
    ("The Civil Service Union said it would call a national strike if the fuel rise was not "
     "reversed by July.", [("Civil Service Union", "oppose", "fuel rise")]),
    ("The Civil Service Union said it would call a strike unless the bill is passed.", []),
    # a backing step on the same occasion is conditional; a negated or friendly step is no threat
    ("The union said it would back the treaty if the Senate approved it.",
     [("union", "conditional", "treaty")]),
    ("The union said it would not strike if the bill passed.", []),
    ("The union said it would stop the strike if the bill is adopted.", []),
]


@pytest.mark.parametrize(("text", "want"), THREATS, ids=[t for t, _ in THREATS])
def test_a_step_threatened_on_enactment_opposes_the_text(
        engine: Engine, text: str, want: list[tuple[str, str, str]]) -> None:
    assert stances(engine, text) == want
