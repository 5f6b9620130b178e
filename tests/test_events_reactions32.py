"""Event targets (stop 32, targets32): a reaction to a court's act ("welcomed the ruling",
"rejected the verdict") is aimed at the court that acted, not at the story's lead actor; a
reaction to a bare "the warrant" at whoever issued it; "condemned the walk-out by X", with
"by X" hung on the verb by the parse, at X. The rule only sets targets: the events stay the
same. Our own sentences, through the real engine."""

from __future__ import annotations

import pytest
from event_support import events

COURT = ("VIENNA, May 2 (Reuters) - Austria's Constitutional Court on Monday struck down a "
         "ban on street collections, ruling that it breached the freedom of assembly.\n\n"
         "The Freedom Party, which wrote the ban, said it would draft a new law.\n\n")


@pytest.mark.parametrize("reaction, expected", [
    ("The Austrian Red Cross welcomed the ruling.",
     ("SUPPORT", "Austrian Red Cross", "Constitutional Court")),
    ("The People's Party rejected the verdict.",
     ("REJECT", "People's Party", "Constitutional Court")),
    ("The Interior Minister, Karl Brandl, called the judgment \"a gift to fraudsters\".",
     ("ACCUSE", "Karl Brandl", "Constitutional Court")),
])
def test_a_reaction_to_a_court_act_is_aimed_at_the_court(analyze, reaction, expected):
    assert expected in events(analyze(COURT + reaction))


def test_a_court_only_appealed_to_is_not_the_maker(analyze):
    doc = analyze("BRUSSELS, May 2 (Reuters) - The European Commission fined a shipping firm "
                  "on Monday for price fixing. The firm said it would ask the General Court "
                  "to lift the fine. Italy praised the ruling.")
    assert ("SUPPORT", "Italy", "General Court") not in events(doc)


def test_a_reaction_to_the_warrant_is_aimed_at_its_issuer(analyze):
    doc = analyze("LISBON, May 2 (Reuters) - Portugal's Supreme Court on Monday annulled the "
                  "result of a municipal election in Braga and ordered a new vote.\n\n"
                  "The Social Democratic Party condemned the warrant.")
    assert ("ACCUSE", "Social Democratic Party", "Supreme Court") in events(doc)


def test_a_by_phrase_hung_on_the_verb_names_the_maker(analyze):
    doc = analyze("OSLO, May 2 (Reuters) - The Liberal Party said on Monday it would oppose "
                  "the new fuel tax.\n\nSaudi Arabia condemned the walk-out by the Liberal "
                  "Party.")
    assert ("ACCUSE", "Saudi Arabia", "Liberal Party") in events(doc)
