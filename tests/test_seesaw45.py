"""Stop 45's SEESAW relation forms and state leaders (issue #13), with sentences written here.

- choosing a person is standing for them: "X picked Y", "X chose Y", "Y, whom X selected"
  (``verb`` rows of relation_cues.tsv: pick, choose, select);
- "X accepted the endorsement of Y" and "X welcomed the support of Y" are Y's, taken by X
  (``receive`` accept, welcome);
- "X shook hands with Y" is a friendly act (``prep`` shake "with");
- a demonym's leaders are the state's own voice, like its officials ("Iranian leaders
  accused X": ``gov_bodies`` of data/actors/words.tsv), named by the whole phrase.
"""

from __future__ import annotations

import pytest


def _relations(doc) -> set[tuple[str, str, str]]:
    names = {a.id: a.name for a in doc.actors}
    return {(names[r.source], r.polarity, names[r.target]) for r in doc.relations}


@pytest.mark.parametrize("text", [
    "Governor Maria Lopez picked Daniel Ortiz to lead the state police.",
    "Governor Maria Lopez chose Daniel Ortiz to lead the state police.",
    "Daniel Ortiz, whom Governor Maria Lopez selected last year, resigned on Monday.",
])
def test_choosing_a_person_stands_for_them(analyze, text: str) -> None:
    got = _relations(analyze(text))
    assert ("Maria Lopez", "positive", "Daniel Ortiz") in got, got


def test_picking_a_fight_names_no_one_chosen(analyze) -> None:
    got = _relations(analyze("The union picked a fight with Governor Ann Hale over pensions."))
    assert not any(s == "union" and p == "positive" for s, p, _ in got), got


@pytest.mark.parametrize("text", [
    "Governor Tom Reyes accepted the endorsement of Senator Ana Ruiz on Friday.",
    "Governor Tom Reyes welcomed the support of Senator Ana Ruiz on Friday.",
])
def test_an_endorsement_taken_is_the_givers(analyze, text: str) -> None:
    got = _relations(analyze(text))
    assert ("Ana Ruiz", "positive", "Tom Reyes") in got, got


def test_a_handshake_is_friendly(analyze) -> None:
    got = _relations(analyze("Senator Ana Ruiz shook hands with Governor Tom Reyes at the fair."))
    assert ("Ana Ruiz", "positive", "Tom Reyes") in got, got


def test_a_states_leaders_speak_for_it_by_their_whole_name(analyze) -> None:
    doc = analyze("Iranian leaders accused the senators of standing in the way of peace.")
    iran = next(a for a in doc.actors if a.name == "Iran")
    assert "Iranian leaders" in {m.text for m in iran.mentions}
    events = {(e.source, e.type) for e in doc.events}
    assert (iran.id, "ACCUSE") in events, events


def test_a_states_leader_alone_is_a_person(analyze) -> None:
    doc = analyze("The Iranian leader accused the senators of standing in the way of peace.")
    assert not any("Iranian leader" == m.text for a in doc.actors for m in a.mentions)
