"""Stop 37: sides (issue #13, ``stancemap/stances/sides.py``, ``stance_sides.tsv``).

An actor tied to a proposition (it speaks of it) that holds no stance there itself takes the
stance of its side: a party's member the party's, a party the stance its member holds."""

from __future__ import annotations

import pytest
from stance_support import stances

from stancemap.stances.sides import side_words

PIPELINE = "the planned gas pipeline through Lusatia. "


def test_a_member_who_speaks_of_it_takes_the_party_stance(engine) -> None:
    got = stances(engine, "The Green Party opposes " + PIPELINE + "Green Party MP Anna Berg "
                          "said the gas pipeline would be debated on Friday.")
    assert ("Anna Berg", "oppose", "planned gas pipeline") in got


def test_the_party_that_speaks_of_it_takes_its_member_stance(engine) -> None:
    got = stances(engine, "Green Party MP Anna Berg supports " + PIPELINE + "The Green Party "
                          "said in a statement that the gas pipeline would be debated on Friday.")
    assert ("Green Party", "support", "planned gas pipeline") in got


def test_a_speaker_of_another_party_takes_no_side(engine) -> None:
    got = stances(engine, "The Green Party opposes " + PIPELINE + "Labour MP Tom Hale said "
                          "the gas pipeline would be debated on Friday.")
    assert not [s for s in got if s[0] == "Tom Hale"]


def test_an_open_question_is_passed_to_no_one(engine) -> None:
    got = stances(engine, "The Green Party has not decided whether to back " + PIPELINE
                  + "Green Party MP Anna Berg said the gas pipeline would be debated on Friday.")
    assert not [s for s in got if s[0] == "Anna Berg"]


def test_the_sides_table_refuses_an_unknown_link(tmp_path) -> None:
    bad = tmp_path / "sides.tsv"
    bad.write_text("links\tspeaker gossip\nsides\tbody\npolarities\tsupport\n")
    with pytest.raises(ValueError, match="gossip"):
        side_words(bad)
    assert side_words().links  # the shipped table loads
