"""Speakers of stop 38, on our own sentences: "he" and "she" after an unnamed spokesperson
speak for the state or body the spokesperson is the voice of."""

from __future__ import annotations

from statement_support import said


def test_he_after_a_states_spokesman_is_the_state(analyze_undated) -> None:
    doc = analyze_undated('The British ambassador called the move "a mistake." Russia\'s '
                          'foreign ministry spokesman rejected the criticism. Outsiders '
                          'should stop "meddling," he said.')
    assert ("Russia", 'Outsiders should stop "meddling,"') in said(doc)


def test_she_after_a_spokesman_is_not_the_state(analyze_undated) -> None:
    doc = analyze_undated('The British ambassador, Clara Hobbs, called the move "a mistake." '
                          "Russia's foreign ministry spokesman rejected the criticism. "
                          'Outsiders should stop "meddling," she said.')
    assert ("Clara Hobbs", 'Outsiders should stop "meddling,"') in said(doc)


def test_he_after_a_spokesman_for_a_party_is_the_party(analyze_undated) -> None:
    doc = analyze_undated("Senator Paul Ridley backed the bill on Monday. A spokesman for the "
                          "Green Party said it would vote against it. He said the bill "
                          "ignored farmers.")
    assert ("Green Party", "the bill ignored farmers") in said(doc)


def test_a_named_spokesman_keeps_his_name(analyze_undated) -> None:
    doc = analyze_undated("Russia's foreign ministry spokesman, Pavel Orlov, rejected the "
                          "criticism. He said outsiders should stop meddling.")
    assert ("Pavel Orlov", "outsiders should stop meddling") in said(doc)


def test_an_unnamed_bodys_mention_runs_over_its_noun_phrase(analyze_undated) -> None:
    doc = analyze_undated("The health authority in Bergamo told the court it would wait for "
                          "the new law.")
    forms = {m.text for a in doc.actors for m in a.mentions}
    assert "The health authority in Bergamo" in forms


def test_a_restrictive_relative_clause_is_part_of_the_mention(analyze_undated) -> None:
    doc = analyze_undated("The judge who signed the order asked Peru to explain the delay. "
                          "One Danish striker, who asked not to be named, said the team "
                          "would have played.")
    forms = {m.text for a in doc.actors for m in a.mentions}
    assert "The judge who signed the order" in forms
    assert "One Danish striker" in forms  # set off by a comma: not part of it
