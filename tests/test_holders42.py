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



def _holders_of(got: list[tuple[str, str, str]], holder: str) -> set[str]:
    """Everyone who takes the same side of the same proposition as ``holder``."""
    mine = {(p, label) for h, p, label in got if h == holder}
    return {h for h, p, label in got if (p, label) in mine}


def test_co_sponsors_coordinated_with_the_drafter_back_the_text(engine: Engine) -> None:
    got = stances(engine, "The resolution, drafted by Norway and co-sponsored by Chile, Ghana "
                          "and Fiji, passed by 30 votes to 12.")
    assert {"Norway", "Chile", "Ghana", "Fiji"} <= _holders_of(got, "Norway")
    assert all(p == "support" for _, p, _ in got)


def test_co_sponsors_listed_after_a_count_back_the_text(engine: Engine) -> None:
    got = stances(engine, "The text, drafted by Norway and co-sponsored by 40 states including "
                          "Chile, Ghana and Fiji, asks the secretariat to report within a year.")
    assert {"Norway", "Chile", "Ghana", "Fiji"} <= _holders_of(got, "Norway")


def test_who_joins_a_vote_casts_it_too(engine: Engine) -> None:
    got = stances(engine, "The Labour Party opposed the fisheries bill and was joined by the "
                          "Greens and the Red Party.")
    assert ("Labour Party", "oppose", "fisheries bill") in got
    assert ("Greens", "oppose", "fisheries bill") in got
    assert ("Red Party", "oppose", "fisheries bill") in got


def test_who_did_not_join_takes_nothing(engine: Engine) -> None:
    got = stances(engine, "The Labour Party opposed the fisheries bill and was not joined by "
                          "the Greens.")
    assert ("Labour Party", "oppose", "fisheries bill") in got
    assert not [s for s in got if s[0] == "Greens"]
