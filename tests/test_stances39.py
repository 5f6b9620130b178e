"""Stop 39: document stances (issue #13): a holder's own words on a proposition the rules give it
no stance on (``stances/own.py``), and who casts a vote a participle hangs on a noun
(``votes._voters``)."""

from __future__ import annotations

from stance_support import stances

from stancemap.stances import own

QUOTA = "Norway backed the fishing quota on Monday. "


def test_own_words_give_an_engaged_holder_its_stance(engine) -> None:
    got = stances(engine, QUOTA + "Sweden rejected the ferry tax. Sweden's foreign ministry "
                          "said the fishing quota broke the 1998 treaty.")
    assert ("Sweden", "oppose", "fishing quota") in got


def test_a_negation_on_the_path_turns_the_own_reading(engine) -> None:
    got = stances(engine, QUOTA + "Sweden rejected the ferry tax. Sweden's foreign ministry "
                          "said the fishing quota did not break the 1998 treaty.")
    assert ("Sweden", "support", "fishing quota") in got


def test_a_holder_with_no_other_stance_is_not_read(engine) -> None:
    got = stances(engine, QUOTA + "Sweden's foreign ministry said the fishing quota broke the "
                          "1998 treaty.")
    assert [s for s in got if s[0] == "Sweden"] == []


def test_the_reading_stops_at_the_reach_and_at_naming() -> None:
    assert own.read(["first=neg|break", "up1=break", "up1dep=nsubj", "chain=neg"]) == "oppose"
    assert own.read(["first=neg|break", "up1=say", "up2=think", "up3=break",
                     "chain=neg"]) is None  # three heads up: too far
    assert own.read(["first=pos|call", "up1=call", "up1dep=dobj", "chain=pos"]) is None


def test_a_part_of_a_party_voting_is_no_stance_of_the_party(engine) -> None:
    got = stances(engine, "The Democratic Party split, with 10 of its 42 members voting in "
                          "favour of the mining bill, and the Green Party voted against.")
    assert ("Green Party", "oppose", "mining bill") in got
    assert not [s for s in got if s[1] == "support"]
