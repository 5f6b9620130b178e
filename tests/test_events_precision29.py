"""Event precision and targets (stop 29): what describes an actor is no event, on our own
sentences, through the real engine."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text, gone", [
    # a relative clause inside the role that introduces a person says who the person is
    ("Karl Ostby, the Norwegian envoy who negotiated the 2019 fisheries accord with Russia, "
     "said the talks had stalled.", "CONSULT"),
    ("Marie Duval, a French MEP who led the censure motion against the Commission, said "
     "the vote was a warning.", "COOPERATE"),
    ("Pavel Horak, a Czech senator who helped Ukraine buy shells, said the plan was sound.",
     "AID"),
])
def test_a_relative_clause_in_a_role_apposition_is_background(analyze, text, gone):
    assert not [e for e in events(analyze(text)) if e[0] == gone]


def test_a_relative_clause_on_the_name_itself_is_still_news(analyze):
    # "X, who met Y" (no role noun between) still tells what X did
    doc = analyze("Ukrainian Finance Minister Oksana Petrenko, who met Treasury Secretary "
                  "John Hale on Tuesday, appealed to the G7 for more aid.")
    assert ("CONSULT", "Oksana Petrenko", "John Hale") in events(doc)


@pytest.mark.parametrize("text, expected", [
    # the people the police detain in a protest story are the protesters
    ("Thousands of fishermen blocked the port of Valletta on Monday to protest against new "
     "quotas. Police fired tear gas at a group of protesters, and 12 people were detained.",
     ("COERCE", "fishermen")),
    ("Thousands of fishermen blocked the port of Valletta on Monday to protest against new "
     "quotas. Police fired tear gas at a group of protesters, and 12 people were detained.",
     ("ASSAULT", "fishermen")),
    ("Protesters stormed the ministry of finance in Lusaka on Friday. Police said 30 people "
     "were arrested.", ("COERCE", "protesters")),
])
def test_force_on_a_crowd_is_aimed_at_the_story_protesters(analyze, text, expected):
    etype, crowd = expected
    assert any(e[0] == etype and (e[2] or "").lower() == crowd for e in events(analyze(text)))


def test_force_on_people_with_no_protest_in_the_story_keeps_no_target(analyze):
    doc = analyze("Police in Lusaka said 30 people were arrested on Friday in raids on "
                  "illegal gold mines.")
    assert all(e[2] is None for e in events(doc) if e[0] == "COERCE")


@pytest.mark.parametrize("text", [
    # a negated "should" advises against an act: an opinion, no demand on its subject
    "Portugal's prime minister, Rui Mendes, said Europe should not outsource its border "
    "controls to its neighbours.",
    "The Russian envoy said the Security Council should not reward the blockade.",
    "Opposition lawmakers said Japan ought not to apologise for the boycott.",
])
def test_should_not_is_advice_not_a_demand(analyze, text):
    assert not [e for e in events(analyze(text)) if e[0] == "REQUEST"]


def test_must_not_is_still_a_demand(analyze):
    doc = analyze("The Russian envoy said the Security Council must not reward the blockade.")
    assert any(e[0] == "REQUEST" for e in events(doc))


@pytest.mark.parametrize("text", [
    # standing by a thing is keeping a position, not an act toward anyone
    "A party spokeswoman said the Liberals stood by the coalition agreement.",
    "\"Europe will stand by its farmers,\" the commissioner said.",
])
def test_standing_by_a_thing_is_no_event(analyze, text):
    assert not [e for e in events(analyze(text)) if e[0] in ("SUPPORT", "AGREE")]


def test_standing_by_a_party_is_support_for_it(analyze):
    doc = analyze("Poland stood by Lithuania in its dispute with Belarus.")
    assert ("SUPPORT", "Poland", "Lithuania") in events(doc)
