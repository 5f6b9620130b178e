"""Stop 49: holders a list adds beyond the subject's conjuncts. A companion set off by a comma
("A and B, along with C, opposed X", "A, together with C, ...", "A opposed X, along with C")
and the partner of "A joined B in opposing X" share the predicate, for any rule family; a
companion that is no actor, one with no comma, and an actor of a predicate of its own do not."""

from __future__ import annotations

import pytest
from stance_support import stances

from stancemap.pipeline import Engine
from stancemap.stances.lexicon import load_lexicon

LEAD = "The EU debated a carbon levy on Monday. "


@pytest.mark.parametrize("text, pol, holders", [
    ("France and Spain, along with Italy, opposed the levy.", "oppose",
     ["France", "Spain", "Italy"]),
    ("France, together with Italy, backed the levy.", "support", ["France", "Italy"]),
    ("Poland criticised the levy, along with Hungary.", "oppose", ["Poland", "Hungary"]),
    ("Poland joined Hungary in opposing the levy.", "oppose", ["Poland", "Hungary"]),
])
def test_companions_share_the_predicate(engine: Engine, text: str, pol: str,
                                        holders: list[str]) -> None:
    got = stances(engine, LEAD + text)
    held = {(h, p) for h, p, label in got if label == "levy"}
    for holder in holders:
        assert (holder, pol) in held, got


@pytest.mark.parametrize("text, silent", [
    # a companion with no comma is part of what is told, not a holder
    ("Poland opposed the levy along with Hungary's tax.", "Hungary"),
    # "unlike" sets an actor against the holder
    ("France, unlike Poland, backed the levy.", "Poland"),
])
def test_no_companion_without_the_shared_predicate(engine: Engine, text: str,
                                                    silent: str) -> None:
    got = stances(engine, LEAD + text)
    assert silent not in {h for h, _, label in got if label == "levy"}, got


def test_companion_words_load() -> None:
    words = load_lexicon().words
    assert {"along", "together"} <= words.companions
    assert "with" in words.companion_preps

