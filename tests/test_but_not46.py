"""Stop 46: a stance verb that backs one thing "but not" another stands the other way on the
denied noun, whatever the first object looks like ("backed stricter enforcement but not a
ban": for enforcement, against the ban), also where the parse hangs the denied noun on the
verb ("supports regulation but not 'a ban written in a hurry'"); a naming's "welcome, but not
a solution" is a verdict, no stance against solutions. A named day or month after "for" is
when, not what ("called a national strike for Monday")."""

from __future__ import annotations

from stance_support import stances

from stancemap.pipeline import Engine

LEAD = "The Dutch parliament voted on Tuesday to ban consumer fireworks. "


def test_the_noun_after_but_not_is_opposed(engine: Engine) -> None:
    got = stances(engine, LEAD + "The VVD said it backed stricter enforcement but not a ban.")
    mine = {(p, label) for h, p, label in got if h.endswith("Democracy") or h == "VVD"}
    assert ("support", "stricter enforcement") in mine
    assert any(p == "oppose" and "ban" in label for p, label in mine)
    assert not any(p == "support" and "ban" in label for p, label in mine)


def test_a_denied_noun_hung_on_the_verb_is_opposed(engine: Engine) -> None:
    got = stances(engine, "Thailand's health ministry moved on Monday to return cannabis to "
                          "the narcotics list. The opposition People's Party says it supports "
                          "regulation but not \"a ban written in a hurry.\"")
    party = {(p, label) for h, p, label in got if h == "People's Party"}
    assert ("support", "regulation") in party
    assert any(p == "oppose" and "ban" in label for p, label in party)


def test_a_naming_that_denies_a_noun_takes_no_stance_on_it(engine: Engine) -> None:
    got = stances(engine, "Poland and Belarus swapped prisoners on Friday. Viasna called the "
                          "exchange \"welcome, but not a solution.\"")
    assert not any("solution" in label for _, _, label in got)


def test_a_date_called_for_is_no_proposition(engine: Engine) -> None:
    got = stances(engine, "Panama agreed on Friday to reopen the copper mine. The construction "
                          "union SUNTRACS called a national strike for Monday.")
    assert not any("Monday" in label for _, _, label in got)


def test_a_span_named_by_a_common_noun_stays_a_proposition(engine: Engine) -> None:
    got = stances(engine, "The union called for a four-day week.")
    assert ("union", "support", "four-day week") in got
