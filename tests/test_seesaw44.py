"""Stop 44's SEESAW stance forms over named objects (issue #13), with sentences written here.

- a push or advocacy for Y is support of Y; a crusade or fight takes its preposition's
  polarity ("X's crusade against Y" opposes Y): rows of stance_nouns.tsv;
- a non-restrictive relative clause on an actor with a verb of a held view in the present
  ("X, who supports Y,") is the actor's stance; in the past ("X, which opposed Y last year,")
  it still only describes the actor (``held_views`` of stance_words.tsv);
- "X, an appointee of Y" says Y picked X (``chosen`` rows of relation_cues.tsv take their
  chooser from "of" too);
- "X was sworn in by Y" is an oath of office, no accusation (event_verbs.tsv "swear in").
"""

from __future__ import annotations

import pytest


def _stances(doc) -> set[tuple[str, str, str]]:
    names = {a.id: a.name for a in doc.actors}
    labels = {p.id: p.label for p in doc.propositions}
    return {(names[s.actor], s.polarity, labels[s.proposition]) for s in doc.stances}


def _relations(doc) -> set[tuple[str, str, str]]:
    names = {a.id: a.name for a in doc.actors}
    return {(names[r.source], r.polarity, names[r.target]) for r in doc.relations}


@pytest.mark.parametrize(("text", "polarity"), [
    ("Senator Tom Marlow's push for the border wall angered Democrats.", "support"),
    ("Senator Tom Marlow's advocacy for the border wall drew scrutiny.", "support"),
    ("Senator Tom Marlow's crusade against the border wall continued.", "oppose"),
    ("Senator Tom Marlow's fight against the border wall continued.", "oppose"),
    ("Senator Tom Marlow led the fight for the border wall.", "support"),
])
def test_a_push_crusade_or_fight_is_its_holders_stance(analyze, text: str,
                                                        polarity: str) -> None:
    got = _stances(analyze(text))
    assert ("Tom Marlow", polarity, "border wall") in got, got


def test_a_push_into_a_place_is_no_stance(analyze) -> None:
    assert not _stances(analyze("Senator Tom Marlow made a push into Iowa."))


@pytest.mark.parametrize(("text", "polarity"), [
    ("Senator Ana Ruiz, who supports the border wall, spoke on Monday.", "support"),
    ("Senator Ana Ruiz, who opposes the border wall, spoke on Monday.", "oppose"),
])
def test_a_held_view_in_a_relative_clause_on_an_actor_is_a_stance(
        analyze, text: str, polarity: str) -> None:
    got = _stances(analyze(text))
    assert ("Ana Ruiz", polarity, "border wall") in got, got


@pytest.mark.parametrize("text", [
    "Russia and China, which opposed the restoration of sanctions last year, said the "
    "Europeans should drop conditions.",
    "Germany and France, which drafted the 2023 agreement, said they would meet.",
])
def test_a_past_act_in_a_relative_clause_only_describes_the_actor(analyze, text: str) -> None:
    got = _stances(analyze(text))
    assert not any(p in ("restoration of sanctions", "2023 agreement") for _, _, p in got), got


@pytest.mark.parametrize("text", [
    "Judge Ana Ruiz, an appointee of President Tom Marlow, ruled on Monday.",
    "Judge Ana Ruiz, President Tom Marlow's appointee, ruled on Monday.",
])
def test_an_appointee_is_chosen_by_the_appointer(analyze, text: str) -> None:
    got = _relations(analyze(text))
    assert ("Tom Marlow", "positive", "Ana Ruiz") in got, got


def test_being_sworn_in_is_no_accusation(analyze) -> None:
    doc = analyze("Ana Ruiz was sworn in by Vice President Tom Marlow.")
    assert not [e for e in doc.events if e.type == "ACCUSE"], doc.events
    assert ("Tom Marlow", "negative", "Ana Ruiz") not in _relations(doc)
