"""Event targets (stop 29, evsource29): a reaction to an act whose maker the sentence does not
name ("the decision", "the veto") is aimed at the maker of the story's lead act, on our own
sentences, through the real engine."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text, expected", [
    # the act noun as the subject of a reported verdict
    ("Croatia vetoed the opening of accession talks with Montenegro on Monday. Montenegrin "
     "Prime Minister Ivo Markovic said the decision was a mistake.",
     ("ACCUSE", "Ivo Markovic", "Croatia")),
    ("Kenya ordered the closure of two refugee camps on Friday. Amnesty International said "
     "the decision was cruel and unlawful.", ("ACCUSE", "Amnesty International", "Kenya")),
    # "the order" names an act as "the decision" does
    ("Kenya ordered the closure of two refugee camps on Friday. Amnesty International called "
     "the order \"a threat to refugees\".", ("ACCUSE", "Amnesty International", "Kenya")),
    # the act noun as an object labelled with "as"
    ("Croatia vetoed the opening of accession talks with Montenegro on Monday. Germany "
     "criticised the decision as short-sighted.", ("ACCUSE", "Germany", "Croatia")),
])
def test_a_verdict_on_the_story_act_is_aimed_at_its_maker(analyze, text, expected):
    assert expected in events(analyze(text))


def test_a_verdict_on_an_act_that_names_its_maker_keeps_that_maker(analyze):
    doc = analyze("Croatia vetoed the opening of accession talks with Montenegro on Monday. "
                  "Slovenia said the decision of the court was a mistake.")
    assert not [e for e in events(doc) if e[0] == "ACCUSE" and e[2] == "Croatia"]


def test_a_verdict_on_a_thing_that_is_no_act_stays_unaimed(analyze):
    doc = analyze("Croatia vetoed the opening of accession talks with Montenegro on Monday. "
                  "Montenegrin Prime Minister Ivo Markovic said the weather was a mistake.")
    assert not [e for e in events(doc) if e[0] == "ACCUSE" and e[2] == "Croatia"]
