"""Event precision and targets (stop 28): reactions aimed at the maker of the act they name,
on our own sentences, through the real engine."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text, expected", [
    # "the hijacking" names the act of whoever hijacked (nominalization of event_words.tsv)
    ("Al-Shabaab hijacked a cargo ship off the coast of Kenya on Monday. The Kenyan "
     "government condemned the hijacking.", ("ACCUSE", "Kenya", "al-Shabaab")),
    # a bare "the launch" is an act noun: with no maker named, the story's lead act
    ("Serbia fired a missile over Bosnia on Tuesday. Croatia and Germany condemned the "
     "launch in a joint statement.", ("ACCUSE", "Germany", "Serbia")),
])
def test_condemning_a_named_act_targets_its_maker(analyze, text, expected):
    assert expected in events(analyze(text))


def test_dismay_with_no_cause_named_is_at_the_lead_act(analyze):
    # "said it was disappointed" with no "by"/"at" phrase: the act the story leads with
    doc = analyze("Chile banned copper exports on Monday. Peru said it was disappointed and "
                  "would raise the matter with the WTO.")
    assert ("ACCUSE", "Peru", "Chile") in events(doc)


def test_dismay_with_its_cause_named_keeps_that_cause(analyze):
    doc = analyze("Chile banned copper exports on Monday. Peru said it was disappointed by "
                  "Bolivia's decision to raise gas prices.")
    assert ("ACCUSE", "Peru", "Bolivia") in events(doc)
