"""Holding back from a step (stancemap/stances/holdbacks.py): "stopped short of endorsing X"
is neutral on X."""

from __future__ import annotations

from pathlib import Path

import pytest
from stance_support import stances

from stancemap.lexicon import LexiconError
from stancemap.stances.holdbacks import holdback_words

HELD_BACK = [
    ("Chile proposed a fishing levy. Peru stopped short of endorsing the fishing levy.",
     ("Peru", "neutral", "fishing levy")),
    ("Chile proposed a fishing levy. Peru welcomed the talks but stopped short of backing "
     "the fishing levy.", ("Peru", "neutral", "fishing levy")),
    ("The dam gave way on Tuesday. Chile stopped short of calling it negligence.",
     ("Chile", "neutral", "negligence")),
]


@pytest.mark.parametrize(("text", "want"), HELD_BACK, ids=[t[:40] for t, _ in HELD_BACK])
def test_stopping_short_of_a_stance_is_neutral(engine, text: str,
                                                want: tuple[str, str, str]) -> None:
    assert want in stances(engine, text)


NOTHING = [
    # an actor is who, not what
    "Peru stopped short of criticising Chile.",
    # a step that is no stance verb states no stance on its object
    "Peru stopped short of setting a date for the talks.",
    # "either/any" object: each one, not a proposition of its own
    "Peru stopped short of endorsing either candidate's plan.",
]


@pytest.mark.parametrize("text", NOTHING, ids=[t[:40] for t in NOTHING])
def test_no_holdback_stance(engine, text: str) -> None:
    assert not [s for s in stances(engine, text) if s[0] == "Peru"]


def test_the_holdback_words_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "stance_holdbacks.tsv"
    path.write_text("verbs\tstop\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="missing word class"):
        holdback_words(path)
    assert "short" in holdback_words().adverbs
