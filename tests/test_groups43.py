"""Counted groups, stop 43, on our own sentences: a counted plural of people that is held,
freed or charged ("police detained 19 people", "Four engineers were freed") or that is the
agent after "by" ("a petition signed by 85 deputies") is a group actor named as the text
counts it; a large figure ("12,000 people were detained"), an object of another verb
("killed 19 people"), a noun that names no people ("Two rockets were seized") and "the two
men" referring back are not."""

from __future__ import annotations

import pytest
from actor_support import by_name, names


@pytest.fixture(scope="module")
def analyze(analyze_undated):
    """Undated texts, on the session's engine (conftest.py)."""
    return analyze_undated


def test_counted_people_detained_are_a_group(analyze):
    doc = analyze("Riot police detained 19 people outside the electoral commission in "
                  "Marovia on Sunday.")
    group = by_name(doc, "19 people")
    assert group.type == "group", group


def test_counted_passive_subject_of_a_release_is_a_group(analyze):
    doc = analyze("Four engineers were freed by the rebels on Monday after weeks of talks.")
    group = by_name(doc, "Four engineers")
    assert group.type == "group", group


def test_counted_agent_after_by_is_a_group(analyze):
    doc = analyze("A petition signed by 85 deputies asks the court to annul the decree.")
    group = by_name(doc, "85 deputies")
    assert group.type == "group", group


@pytest.mark.parametrize("text, phrase", [
    ("Police said 12,000 people were detained during the week of unrest.", "12,000 people"),
    ("The shelling killed 19 people in the border town on Tuesday.", "19 people"),
    ("Two rockets were seized at the port by customs officers.", "Two rockets"),
    ("Border guards arrested the two men near the river crossing.", "two men"),
])
def test_figures_victims_things_and_back_references_are_no_group(analyze, text, phrase):
    doc = analyze(text)
    assert not any(phrase.lower() in n.lower() for n in names(doc)), names(doc)
