"""Paragraph breaks end sentences before the parser runs (stancemap/segment.py)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def nlp():
    from stancemap.pipeline import load_nlp

    return load_nlp()


def starts(doc) -> list[str]:
    return [s[0].text for s in doc.sents if not s[0].is_space]


def test_a_line_break_after_a_full_stop_or_quote_starts_a_sentence(nlp):
    doc = nlp('Marek Ellison told reporters in Oslo on Tuesday that "talks went well"\n'
              "Iceland's foreign minister, Sigrun Einarsdottir, welcomed the deal.\n"
              "She said Reykjavik would host the next round.")
    assert "Iceland" in starts(doc) and "She" in starts(doc)


def test_a_blank_line_ends_a_headline_without_a_full_stop(nlp):
    doc = nlp("Ministers split over frozen assets\n\nFinance ministers from seven states met.")
    assert starts(doc)[:2] == ["Ministers", "Finance"]


def test_hard_wrapped_lines_keep_their_sentence(nlp):
    doc = nlp("The foreign minister of Portugal said on Monday that the\n"
              "government would not support the proposal.")
    assert len([s for s in doc.sents if not s[0].is_space]) == 1


def test_a_pronoun_after_a_paragraph_break_finds_the_new_paragraph_subject():
    from stancemap.model import Article
    from stancemap.pipeline import Engine

    doc = Engine().analyze(Article(id="p", text=(
        "U.S. Assistant Secretary of State Mark Ellison told reporters that the U.S. would "
        "abstain on any vote over fishing quotas, leaving the decision to the others.\n"
        "Iceland's foreign minister, Sigrun Einarsdottir, welcomed the agreement, calling it "
        "\"a real step.\" She also said Reykjavik would host a follow-up meeting in June.")))
    she = next(s for s in doc.statements if "Reykjavik" in s.content.text)
    speaker = next(a for a in doc.actors if a.id == she.speaker)
    assert speaker.name == "Sigrun Einarsdottir"
