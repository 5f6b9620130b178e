"""Lines PolNeAR counts no attribution in, under its conventions
(``StatementStage(join_quotes=True, polnear_spans=True)``); the default engine (the gold files'
convention) is unchanged."""

from __future__ import annotations

import pytest

from stancemap.model import Article

STORY = ("The dock workers in Rotterdam voted on Monday to extend their strike by a week.\n\n"
         "The union's leader said the talks with the port operators had stalled.\n\n")


def contents(engine, text: str) -> list[str]:
    doc = engine.analyze(Article(id="t", text=text))
    return [s.content_text for s in doc.statements]


@pytest.mark.parametrize("line", [
    "Contributing: Marta Lindqvist and Joel Okafor, Harbour Wire Service",
    "Twitter: @lindqvist_m",
    "Pledged Delegates: 1,204",
])
def test_a_label_before_names_handles_or_figures_is_no_report(polnear_engine, line):
    found = contents(polnear_engine, STORY + line)
    assert not any(c.strip(" .") in line for c in found)
    assert any("talks with the port operators" in c for c in found)


def test_a_label_before_a_claim_is_still_a_report(polnear_engine):
    found = contents(polnear_engine, STORY + "Lindqvist: The strike will cost the port dearly.")
    assert any("The strike will cost the port dearly" in c for c in found)


def reports(engine, text: str) -> list[tuple[str | None, str]]:
    doc = engine.analyze(Article(id="t", text=text))
    return [(s.cue.text if s.cue else None, s.content_text) for s in doc.statements]


@pytest.mark.parametrize("text, first, second", [
    ("Most farmers said the new tariff would hurt their exports, while a third of them "
     "predicted that prices would rise.",
     ("said", "the new tariff would hurt their exports"),
     ("predicted", "that prices would rise")),
    ("The governor said the bridge was safe, although engineers warned that its cables were "
     "corroded.",
     ("said", "the bridge was safe"),
     ("warned", "that its cables were corroded")),
    ("Two aides said the scrutiny of the mayor is taking a toll on her campaign, pointing to "
     "her losses in three districts.",
     ("said", "the scrutiny of the mayor is taking a toll on her campaign"),
     ("pointing to", "her losses in three districts")),
])
def test_a_content_ends_before_a_trailing_clause_that_reports(polnear_engine, text, first,
                                                               second):
    assert reports(polnear_engine, text) == [first, second]


def test_the_gold_convention_keeps_the_trailing_clause(engine):
    text = ("Most farmers said the new tariff would hurt their exports, while a third of them "
            "predicted that prices would rise.")
    assert reports(engine, text) == [
        ("said", "the new tariff would hurt their exports, while a third of them predicted "
                 "that prices would rise")]
