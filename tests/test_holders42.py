"""Stop 42: holders the stances missed (issue #13): a list the parse hangs on a word inside an
actor's name goes on from the whole name."""

from __future__ import annotations

from stance_support import stances

from stancemap.pipeline import Engine


def test_a_list_hung_inside_a_name_goes_on_from_the_name(engine: Engine) -> None:
    got = stances(engine, "The League of Arab States and Kuwait denounced the blockade of the "
                          "port.")
    assert ("Kuwait", "oppose", "blockade of the port") in got
    assert ("Arab League", "oppose", "blockade of the port") in got


def test_every_party_whose_votes_carried_a_text_supports_it(engine: Engine) -> None:
    got = stances(engine, "The fishing treaty passed with the votes of the Party for the "
                          "Animals, Volt, the Christian Union and Denk.")
    assert {h for h, p, label in got if p == "support" and label == "fishing treaty"} == {
        "Party for the Animals", "Volt", "Christian Union", "Denk"}

