"""Stop 44, under PolNeAR's conventions only: how a thing or person was received is an
attribution (statements/reception.py: "the levy drew criticism from the farm unions", source the
judges, content the subject); a report in a relative clause on another report's speaker stands
beside it where its content is the verb's clause (merge._in_relative: '"A," said X, who noted
that B'). The default engine (the gold files' conventions) counts neither."""

from __future__ import annotations

import pytest

from stancemap.model import Article


def reports(engine, text: str) -> list[tuple[str | None, str, str | None]]:
    doc = engine.analyze(Article(id="t", text=text))
    return [(s.cue.text if s.cue else None, s.content_text, s.source.text if s.source else None)
            for s in doc.statements]


@pytest.mark.parametrize("text, cue, content, source", [
    ("The harbour levy has drawn sharp criticism from the farm unions.",
     "drawn sharp criticism", "The harbour levy", "the farm unions"),
    ("The mayor of Lyon received strong support from older voters in the suburbs.",
     "received strong support", "The mayor of Lyon", "older voters in the suburbs"),
    ("The port plan has the backing of the dock workers' union.",
     "has the backing", "The port plan", "the dock workers' union"),
])
def test_a_reception_is_the_judges_attribution_about_its_subject(polnear_engine, text, cue,
                                                                  content, source):
    assert (cue, content, source) in reports(polnear_engine, text)


@pytest.mark.parametrize("text", [
    "The pianist drew applause from the crowd in Lyon.",  # applause is no judgement noun
    "The harbour levy drew sharp criticism last week.",  # nobody named to judge it
    '"The levy will win support from farmers," the minister said.',  # inside a quotation
])
def test_no_reception_without_judgement_judges_or_outside_quotations(polnear_engine, text):
    assert not any(cue and ("applause" in cue or "criticism" in cue or "support" in cue)
                   for cue, _, _ in reports(polnear_engine, text))


def test_the_gold_convention_counts_no_reception(engine):
    text = "The harbour levy has drawn sharp criticism from the farm unions."
    assert reports(engine, text) == []


def test_a_relative_clause_report_stands_beside_the_quotation_its_speaker_gave(polnear_engine):
    text = ('"Prices fell a bit," said Mr. Ekovich, who noted that the price of some golf '
            "courses had cratered.")
    got = [(cue, content) for cue, content, _ in reports(polnear_engine, text)]
    assert ("noted", "that the price of some golf courses had cratered") in got
    assert any(cue == "said" for cue, _ in got)
