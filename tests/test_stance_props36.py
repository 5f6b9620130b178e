"""Stop 36: propositions that carry to new news (issue #13).

A vote with nothing named (a bare "voted against", "abstained") is on the text last named
("the bill, drafted by A"), not on a later proposition that is no text ("defied their
leadership"); with no text named it is still on the question just raised."""

from __future__ import annotations

from stance_support import stances

BILL = ("The lower house of Ruritania passed the bill, drafted by the Green Party, by 239 votes "
        "to 222. The bill passed with the votes of the Labour Party and 19 members of the "
        "ruling Union Party who defied their leadership. ")


def test_a_bare_vote_is_on_the_text_named_before(engine) -> None:
    got = stances(engine, BILL + "The Liberal Party voted against.")
    assert ("Liberal Party", "oppose", "bill, drafted by the Green Party") in got
    assert not [s for s in got if s[2] == "their leadership"]


def test_a_bare_abstention_is_on_the_text_named_before(engine) -> None:
    got = stances(engine, BILL + "The Liberal Party abstained.")
    assert ("Liberal Party", "neutral", "bill, drafted by the Green Party") in got


def test_with_no_text_a_bare_vote_is_on_the_question_raised(engine) -> None:
    got = stances(engine, "The Farmers Party backs a new pension reform, while the Labour "
                          "Party will vote against it.")
    assert any(s[:2] == ("Labour Party", "oppose") and "pension" in s[2] for s in got)
