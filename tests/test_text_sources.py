"""A text, recording or poll as the subject of a report the attribution model finds ("a new
poll shows X ahead", "the lawsuit alleges Y"): under PolNeAR's conventions a statement whose
source is the text, though the text is no speaker actor; the default engine (the gold files'
convention) keeps none of the model's noun-phrase reports ("a poll shows" is a rule's cue
there)."""

from __future__ import annotations

import pytest

from stancemap.model import Article


def reports(engine, text: str) -> list[tuple[str | None, str, str | None]]:
    doc = engine.analyze(Article(id="t", text=text))
    return [(s.cue.text if s.cue else None, s.content.text, s.source.text if s.source else None)
            for s in doc.statements]


@pytest.mark.parametrize("text, cue, content, source", [
    ("A new poll shows the governor with a wide lead among suburban voters.", "shows",
     "the governor with a wide lead among suburban voters", "A new poll"),
    ("The lawsuit alleges a pattern of unpaid overtime at three warehouses.", "alleges",
     "a pattern of unpaid overtime at three warehouses", "The lawsuit"),
])
def test_a_text_reports_what_it_shows(polnear_engine, text, cue, content, source):
    assert reports(polnear_engine, text) == [(cue, content, source)]


def test_the_gold_convention_keeps_no_noun_phrase_report_of_a_text(engine):
    assert reports(engine, "The lawsuit alleges a pattern of unpaid overtime at three "
                           "warehouses.") == []


def test_the_same_verb_after_what_is_no_text_is_no_report(polnear_engine):
    assert reports(polnear_engine, "The email includes a photo of the senator at a hunting "
                                   "lodge.") == [
        ("includes", "a photo of the senator at a hunting lodge", "The email")]
    assert reports(polnear_engine, "The river includes a stretch of rapids near the old "
                                   "mill.") == []
