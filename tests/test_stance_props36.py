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


# The votes that carried a text (``stance_tallies.tsv``, ``carried_by``): "passed with the
# votes of A and B" is A's and B's support for it; "rejected with the votes of C" C's opposition.
FRACKING = "The Green Party tabled a bill to ban fracking. "


def test_the_votes_that_carried_a_text_support_it(engine) -> None:
    got = stances(engine, FRACKING + "The bill passed with the votes of the Labour Party and "
                                     "the Farmers Party.")
    assert ("Labour Party", "support", "bill") in got
    assert ("Farmers Party", "support", "bill") in got


def test_the_votes_in_a_relative_clause_support_its_noun(engine) -> None:
    got = stances(engine, FRACKING + "The bill, which cleared its first reading last week with "
                                     "the votes of the Union Party, would end fracking by 2030.")
    assert ("Union Party", "support", "bill") in got


def test_the_votes_that_defeated_a_text_oppose_it(engine) -> None:
    got = stances(engine, FRACKING + "The bill was rejected with the votes of the Labour Party.")
    assert ("Labour Party", "oppose", "bill") in got


def test_votes_with_no_carrying_verb_are_no_stance(engine) -> None:
    got = stances(engine, FRACKING + "The minister met the leaders of the bloc with the support "
                                     "of the Labour Party.")
    assert not [s for s in got if s[0] == "Labour Party"]
