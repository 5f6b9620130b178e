"""Stop 37's SEESAW mends (issue #13), each with sentences written for these tests.

- a neutral noun of words or ties whose adjectives rate it ("warm words for Y", "harsh words
  for Y", "friendly relations with Y": ``rated`` rows of relation_cues.tsv) says how its
  holder (the possessor, or the subject of "have" and the light verbs) stands toward Y; with
  no rated adjective it says nothing;
- "X's ties to Y" are a tie of X's to Y (``noun tie``);
- contesting what another decided or said ("appealed Y's ruling", "rebutted Y's claims",
  "downplayed Y's remarks", "trampled Y's rights") is against its owner; "caucused for Y" is
  for Y;
- nouns of attitude ("warmth toward Y", "contempt for Y") are relation nouns;
- conjoined subjects of a mutual verb with a purpose ("X and Y are fighting to keep ...")
  strive side by side, no rivals of each other.
"""

from __future__ import annotations

import pytest


def _relations(doc) -> set[tuple[str, str, str]]:
    names = {a.id: a.name for a in doc.actors}
    return {(names[r.source], r.polarity, names[r.target]) for r in doc.relations}


def _has(doc, source: str, polarity: str, target: str) -> bool:
    return any(source in s and p == polarity and target in t for s, p, t in _relations(doc))


@pytest.mark.parametrize(("text", "polarity"), [
    ("Senator Tom Marlow had harsh words for Governor Ana Ruiz on Monday.", "negative"),
    ("Senator Tom Marlow's warm words for Governor Ana Ruiz surprised the delegates.",
     "positive"),
    ("Senator Tom Marlow has kept friendly relations with Governor Ana Ruiz for years.",
     "positive"),
])
def test_rated_words_or_relations_say_how_the_holder_stands(analyze, text: str,
                                                             polarity: str) -> None:
    doc = analyze(text)
    assert _has(doc, "Marlow", polarity, "Ruiz"), _relations(doc)


@pytest.mark.parametrize("text", [
    "Senator Tom Marlow had a few words for Governor Ana Ruiz on Monday.",
    "Senator Tom Marlow's relations with Governor Ana Ruiz were discussed.",
])
def test_an_unrated_word_or_relation_says_nothing(analyze, text: str) -> None:
    doc = analyze(text)
    assert not any("Marlow" in s and "Ruiz" in t for s, _, t in _relations(doc)), \
        _relations(doc)


def test_ties_to_an_actor_are_a_positive_relation(analyze) -> None:
    doc = analyze("Investigators looked into Senator Tom Marlow's ties to Governor Ana Ruiz.")
    assert _has(doc, "Marlow", "positive", "Ruiz"), _relations(doc)


@pytest.mark.parametrize("text", [
    "The Interior Ministry appealed Judge Ana Ruiz's ruling on Tuesday.",
    "Senator Tom Marlow rebutted Governor Ana Ruiz's claims in a long letter.",
    "Senator Tom Marlow downplayed Governor Ana Ruiz's remarks about the budget.",
])
def test_contesting_what_another_decided_or_said_is_against_its_owner(analyze,
                                                                     text: str) -> None:
    doc = analyze(text)
    assert any(p == "negative" and "Ruiz" in t for _, p, t in _relations(doc)), \
        _relations(doc)


def test_caucusing_for_a_candidate_is_for_the_candidate(analyze) -> None:
    doc = analyze("Governor Ana Ruiz caucused for Senator Tom Marlow on Tuesday night.")
    assert _has(doc, "Ruiz", "positive", "Marlow"), _relations(doc)


@pytest.mark.parametrize(("text", "polarity"), [
    ("Senator Tom Marlow's warmth toward Governor Ana Ruiz worried his party.", "positive"),
    ("Senator Tom Marlow never hid his contempt for Governor Ana Ruiz.", "negative"),
])
def test_nouns_of_attitude_toward_an_actor(analyze, text: str, polarity: str) -> None:
    doc = analyze(text)
    assert _has(doc, "Marlow", polarity, "Ruiz"), _relations(doc)


def test_conjoined_subjects_striving_toward_a_purpose_are_no_rivals(analyze) -> None:
    doc = analyze("Senator Tom Marlow and Governor Ana Ruiz are fighting to keep the "
                  "hospital open.")
    assert not any(p == "negative" for _, p, _ in _relations(doc)), _relations(doc)


def test_conjoined_subjects_of_a_clash_still_clash(analyze) -> None:
    doc = analyze("Senator Tom Marlow and Governor Ana Ruiz clashed over the budget on Monday.")
    assert _has(doc, "Marlow", "negative", "Ruiz"), _relations(doc)
