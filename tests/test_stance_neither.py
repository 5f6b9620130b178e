""""neither ... nor" negates: "the returns would be neither safe nor voluntary" opposes the
returns, "Neither A nor B backed X" is A's and B's opposition (stances/rules.negated)."""

from __future__ import annotations

import pytest
from stance_support import stances

NEITHER = [
    ("Chile expelled the migrants. Peru said the expulsions were neither safe nor lawful.",
     [("Peru", "oppose", "expulsions")]),
    ("Peru said the fishing levy was neither necessary nor legal.",
     [("Peru", "oppose", "fishing levy")]),
    ("Neither France nor Germany backed the fishing levy.",
     [("France", "oppose", "fishing levy"), ("Germany", "oppose", "fishing levy")]),
]


@pytest.mark.parametrize(("text", "want"), NEITHER, ids=[t[:40] for t, _ in NEITHER])
def test_neither_nor_negates(engine, text: str, want: list[tuple[str, str, str]]) -> None:
    got = stances(engine, text)
    assert [s for s in got if s[0] != "Chile"] == want
