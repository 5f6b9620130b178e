"""Stop 32: stances told by acts.

Procedural votes (``stancemap/stances/procedural.py``, ``stance_procedural.tsv``): a vote to
move a text a step on ("voted to admit the censure motion", "voted to open a debate on a motion to
censure X") is a vote on the text, and a later bare "voted against" or "abstained" is on it
too."""

from __future__ import annotations

import pytest
from stance_support import stances

from stancemap.stances.procedural import procedural_words

CENSURE = "motion to censure the finance minister"

PROCEDURAL: list[tuple[str, tuple[str, str, str]]] = [
    ("The Farmers Party voted on Monday to open a debate on a motion to censure the finance "
     "minister.", ("Farmers Party", "support", CENSURE)),
    ("The Farmers Party voted 80-41 on Monday to open a debate on a motion to censure the "
     "finance minister.", ("Farmers Party", "support", CENSURE)),
    # "admit it": the text last voted on
    ("The Farmers Party voted on Monday to open a debate on a motion to censure the finance "
     "minister. The Green Party also voted to admit it.", ("Green Party", "support", CENSURE)),
    # a bare vote after it is on the text admitted
    ("The Farmers Party voted on Monday to open a debate on a motion to censure the finance "
     "minister. The Labour Party voted against.", ("Labour Party", "oppose", CENSURE)),
    ("The Farmers Party voted on Monday to open a debate on a motion to censure the finance "
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


# Protests with no object of their own (``stancemap/stances/rallies.py``,
# ``stance_rallies.tsv``): a crowd that protests, marches or rallies and names nothing it
# protests opposes the story's main question; "rallied in support" backs it.
PENSION = "The government proposed a new pension reform on Monday. "

RALLIES: list[tuple[str, tuple[str, str, str]]] = [
    (PENSION + "About 4,000 people marched through the old town on Tuesday evening.",
     ("protesters", "oppose", "new pension reform")),
    (PENSION + "About 4,000 people rallied outside the ministry on Tuesday, chanting slogans.",
     ("protesters", "oppose", "new pension reform")),
    (PENSION + "The Pensioners Party rallied in support outside the ministry.",
     ("Pensioners Party", "support", "new pension reform")),
]


@pytest.mark.parametrize(("text", "want"), RALLIES, ids=[t[-45:] for t, _ in RALLIES])
def test_a_bare_protest_is_on_the_main_question(engine, text: str,
                                               want: tuple[str, str, str]) -> None:
    assert want in stances(engine, text)


@pytest.mark.parametrize("text", [
    # negated
    PENSION + "About 4,000 people did not march through the old town on Tuesday.",
    # a purpose of its own: read by the other rules, never as the main question
    PENSION + "About 4,000 people marched through the old town to demand lower rents.",
    # the clause before names what the crowd is on
    PENSION + "Italy condemned the air strikes, and about 4,000 people rallied in Rome.",
    # no actor marches: troops are no crowd here
    PENSION + "Troops marched into the capital on Sunday.",
])
def test_a_protest_with_a_cause_or_no_crowd_is_not_read_bare(engine, text: str) -> None:
    assert not [s for s in stances(engine, text) if s[0] == "protesters"
                and s[2] == "new pension reform"]
