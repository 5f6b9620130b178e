"""Stop 32: stances told by acts.

Procedural votes (``stancemap/stances/procedural.py``, ``stance_procedural.tsv``): a vote to
move a text a step on ("voted to admit the motion", "voted to open debate on a motion to
censure X") is a vote on the text, and a later bare "voted against" or "abstained" is on it
too."""

from __future__ import annotations

import pytest
from stance_support import stances

from stancemap.stances.procedural import procedural_words

CENSURE = "motion to censure the finance minister"

PROCEDURAL: list[tuple[str, tuple[str, str, str]]] = [
    ("The Farmers Party voted on Monday to open debate on a motion to censure the finance "
     "minister.", ("Farmers Party", "support", CENSURE)),
    ("The Farmers Party voted 80-41 on Monday to open debate on a motion to censure the "
     "finance minister.", ("Farmers Party", "support", CENSURE)),
    # "admit it": the text last voted on
    ("The Farmers Party voted on Monday to open debate on a motion to censure the finance "
     "minister. The Green Party also voted to admit it.", ("Green Party", "support", CENSURE)),
    # a bare vote after it is on the text admitted
    ("The Farmers Party voted on Monday to open debate on a motion to censure the finance "
     "minister. The Labour Party voted against.", ("Labour Party", "oppose", CENSURE)),
    ("The Farmers Party voted on Monday to open debate on a motion to censure the finance "
     "minister. The Labour Party abstained.", ("Labour Party", "neutral", CENSURE)),
]


@pytest.mark.parametrize(("text", "want"), PROCEDURAL, ids=[t[-40:] for t, _ in PROCEDURAL])
def test_a_procedural_vote_is_on_the_text_moved_on(engine, text: str,
                                                   want: tuple[str, str, str]) -> None:
    assert want in stances(engine, text)


@pytest.mark.parametrize("text", [
    # what is admitted is no text: no procedural step
    "The Farmers Party voted on Monday to admit two new members to the council.",
    # a debate opened on no text
    "The Farmers Party voted on Monday to open a debate on the state of the economy.",
])
def test_a_step_on_no_text_is_no_procedural_vote(engine, text: str) -> None:
    assert not [s for s in stances(engine, text) if s[2] in ("members", "economy")]


def test_procedural_words_load() -> None:
    w = procedural_words()
    assert "admit" in w.moving and "debate" in w.debates and "motion" in w.texts
