"""The sibling census tells a holder left out of a list from one named in another sentence:
two names stand in a list only with list words between them ("A, B and C", "A, joined by B"),
never across a verb."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from proposition_splits import sentences  # noqa: E402
from sibling_census import _adjacent, _listed  # noqa: E402

TEXT = ("The Greens, the Left and most Liberals voted for it. "
        "The Moderates said the Greens were wrong.")


def _at(name: str, start: int = 0) -> tuple[int, int]:
    i = TEXT.index(name, start)
    return i, i + len(name)


def test_names_joined_by_list_words_are_adjacent() -> None:
    assert _adjacent(_at("Greens"), _at("Left"), TEXT, 80)
    assert _adjacent(_at("Left"), _at("Liberals"), TEXT, 80)  # "and most"


def test_names_across_a_verb_are_not_adjacent() -> None:
    second = TEXT.index("Moderates")
    assert not _adjacent(_at("Moderates"), _at("Greens", second), TEXT, 80)


def test_a_list_mate_only_counts_in_the_siblings_sentence() -> None:
    first, second = sentences(TEXT)
    assert _listed([_at("Liberals")], [_at("Left")], first, TEXT)
    assert not _listed([_at("Moderates")], [_at("Left")], second, TEXT)
