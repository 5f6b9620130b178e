"""Stances on the right proposition (stop 33): what a court's ruling or verdict names.

Each row: a short text of our own and the (holder, polarity, proposition label) stances a user
sees.
"""

from __future__ import annotations

import pytest

from stancemap.model import Article

Labelled = tuple[str, list[tuple[str, str, str]]]
IMPEACHMENT = "impeachment of the interior minister"

ROWS: list[Labelled] = [
    # a court that dismissed an impeachment decided against it: welcoming its verdict (or
    # ruling, judgment) opposes the impeachment, regretting it backs it
    ("The Supreme Court dismissed the impeachment of the interior minister. Hungary welcomed "
     "the judgment.", [("Hungary", "oppose", IMPEACHMENT)]),
    ("The Supreme Court dismissed the impeachment of the interior minister. The Greens "
     "regretted the ruling.", [("Greens", "support", IMPEACHMENT)]),
    # with no decision told before it, "the ruling" stays a phrase of its own
    ("The Greens regretted the ruling on the flights.",
     [("Greens", "oppose", "ruling on the flights")]),
    # a deciding verb of no actor ("harder to pass laws") tells no decision
    ("The court struck down the quota. The minister said this made it harder to pass laws. "
     "The Greens welcomed the ruling.", [("Greens", "support", "ruling")]),
]


def labelled(engine, text: str) -> list[tuple[str, str, str]]:
    doc = engine.analyze(Article(id="t", text=text))
    names = {a.id: a.name for a in doc.actors}
    labels = {p.id: p.label for p in doc.propositions}
    return [(names[s.actor], s.polarity, labels[s.proposition]) for s in doc.stances]


@pytest.mark.parametrize(("text", "want"), ROWS, ids=[t for t, _ in ROWS])
def test_stance_on_the_named_proposition(engine, text: str,
                                         want: list[tuple[str, str, str]]) -> None:
    assert labelled(engine, text) == want
