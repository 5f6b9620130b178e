"""Event precision and targets (stop 31): votes pledged on a measure, on our own sentences,
through the real engine."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text, source", [
    # a party saying it will back or vote for a bill or motion: a position on the measure
    ("The Green Party said on Monday it would back the censure motion next week.",
     "Green Party"),
    ("The Liberal Democrats said they will endorse the housing bill.", "Liberal Democrats"),
    ("The Social Democrats said on Monday that they would support such a motion.",
     "Social Democrats"),
])
def test_a_pledged_vote_on_a_measure_is_support_not_an_offer(analyze, text, source):
    evs = events(analyze(text))
    assert [e for e in evs if e[0] == "SUPPORT" and e[1] == source]
    assert not [e for e in evs if e[0] == "AGREE" and e[1] == source]


def test_a_pledged_vote_is_aimed_at_the_measure_s_drafter(analyze):
    doc = analyze("Britain's Labour Party tabled a censure motion against the home secretary. "
                  "The Liberal Democrats said on Friday that they would back the motion.")
    assert ("SUPPORT", "Liberal Democrats", "Labour Party") in events(doc)


def test_backing_a_party_to_come_stays_an_offer(analyze):
    doc = analyze("Britain said it would support Ireland in the talks.")
    assert [e for e in events(doc) if e[0] == "AGREE" and e[1] == "United Kingdom"]


@pytest.mark.parametrize("text, source, drafters", [
    # a veto of a draft aimed at whoever the next sentence says wrote it
    ("China vetoed a draft resolution on the famine in Yemen on Monday. The draft, written by "
     "France and Germany, had eleven votes in favour.", "China", {"France", "Germany"}),
    # a hyphenated drafting modifier on the text itself
    ("Japan called an emergency meeting. Russia blocked a Japanese-drafted statement on the "
     "missile tests, diplomats said.", "Russia", {"Japan"}),
    # a chamber rejecting a motion tabled by a group
    ("The House of Representatives of the Netherlands rejected a censure motion against the "
     "cabinet on Tuesday. The motion, tabled by the Party for Freedom, won 31 votes.",
     "House of Representatives", {"Party for Freedom"}),
])
def test_a_rejected_draft_is_aimed_at_its_drafters(analyze, text, source, drafters):
    targets = {e[2] for e in events(analyze(text)) if e[0] == "REJECT" and e[1] == source}
    assert drafters <= targets


def test_a_rejected_text_with_no_drafter_named_gets_none(analyze):
    doc = analyze("Russia vetoed a draft resolution on Syria on Friday. The vote was 13 to 1.")
    assert {e[2] for e in events(doc) if e[0] == "REJECT" and e[1] == "Russia"} == {None}


def test_backing_a_fine_is_aimed_at_whoever_fined(analyze):
    # "the fine" names the act of the verb "fined" (a nominalization row), so its maker's
    doc = analyze("The European Commission fined Meta 800 million euros on Monday. The German "
                  "economy minister, Lena Hartmann, said she backed the fine.")
    assert ("SUPPORT", "Lena Hartmann", "European Commission") in events(doc)


@pytest.mark.parametrize("text, source", [
    # a vote to come with no party it is aimed at is a position, as a vote cast is: no offer
    ("The Green Party said it would vote yes in the referendum on the pension reform.",
     "Green Party"),
    ("Senator Alma Reyes said she would vote for the nominee next week.", "Alma Reyes"),
])
def test_a_vote_to_come_with_no_party_is_no_offer(analyze, text, source):
    assert not [e for e in events(analyze(text)) if e[0] == "AGREE" and e[1] == source]
