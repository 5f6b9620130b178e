"""Domestic party politics (stop 30, domestic30), on our own sentences through the real
engine: a semicolon between two clauses of a vote tally ends a sentence before the parser, so
one party's vote is not reported by the next party's; a party's vote on a measure whose drafter
the story does not name is aimed at the one actor the story calls its government."""

from __future__ import annotations

import pytest
from event_support import events

TALLY = ("WELLINGTON, May 5 - The government survived a confidence vote on Tuesday, 61 to 59. "
         "The housing bill, which caps rent increases at inflation, passed its third reading "
         "after a long debate. The Green Party voted against; the National Party voted for.")


@pytest.fixture(scope="module")
def nlp():
    from stancemap.pipeline import load_nlp

    return load_nlp()


def _starts(doc) -> list[str]:
    return [s[0].text for s in doc.sents if not s[0].is_space]


def test_a_semicolon_between_two_clauses_starts_a_sentence(nlp):
    doc = nlp("Four members voted against the motion; the rest of the caucus abstained.")
    assert _starts(doc) == ["Four", "the"]


def test_a_semicolon_in_a_list_of_names_starts_nothing(nlp):
    doc = nlp("The signatories: Austria, Belgium; Denmark, Finland.")
    assert _starts(doc) == ["The"]


def _stances(doc) -> set[tuple[str, str]]:
    names = {a.id: a.name for a in doc.actors}
    return {(names[s.actor], s.polarity) for s in doc.stances if s.actor in names}


def test_each_side_of_a_semicolon_tally_keeps_its_own_vote(analyze):
    got = _stances(analyze(TALLY))
    # a New Zealand story's "National Party" and "Green Party" are New Zealand's (stop 31),
    # shown by their names as written (stop 49)
    national, green = "National Party", "Green Party"
    assert (national, "support") in got and (green, "oppose") in got
    assert (national, "oppose") not in got


def test_a_vote_on_the_government_measure_is_aimed_at_the_government(analyze):
    got = events(analyze(TALLY))
    assert ("REJECT", "Green Party", "New Zealand") in got
    assert ("SUPPORT", "National Party", "New Zealand") in got


def test_a_state_voting_abroad_is_not_aimed_at_a_government_the_story_names(analyze):
    doc = analyze("GENEVA, May 5 - A proposal on deep-sea mining was put to a vote on Tuesday. "
                  "The government of Nauru called the result a mistake. Russia voted against "
                  "it; Germany voted for it.")
    assert not [e for e in events(doc) if e[2] == "Nauru" and e[1] in ("Russia", "Germany")]


STRIKE = ("LISBON, Mar 3 - More than 20,000 nurses walked out across Portugal on Tuesday in "
          "the largest hospital strike since 2012, after wage talks broke down. The government "
          "called the strike reckless.")


def test_a_counted_crowd_that_walks_out_is_a_group_that_protests(analyze):
    got = events(analyze(STRIKE, "2026-03-03"))
    assert ("PROTEST", "More than 20,000 nurses", "Portugal") in got


def test_the_year_a_superlative_is_measured_from_does_not_date_the_strike(analyze):
    doc = analyze("LISBON, Mar 3 - More than 30,000 nurses walked out across Portugal in the "
                  "largest nursing strike since 2016.", "2026-03-03")
    assert [e for e in events(doc) if e[0] == "PROTEST"]


def test_an_act_dated_by_a_past_year_is_still_background(analyze):
    doc = analyze("LISBON, Mar 3 - The union said 30,000 nurses had walked out in 2011 over "
                  "staffing.", "2026-03-03")
    assert not [e for e in events(doc) if e[0] == "PROTEST"]


def test_a_union_strike_that_names_no_target_is_aimed_at_the_government(analyze):
    doc = analyze("BRUSSELS, Feb 12 - The government approved its pension reform on Monday. The "
                  "General Labour Federation called a national strike for Friday.", "2026-02-12")
    # (a strike called for a later day is announced, a THREATEN of protest, from stop 48)
    got = [e for e in events(doc) if e[0] in ("PROTEST", "THREATEN")]
    assert got and all(e[2] == "Belgium" for e in got)
