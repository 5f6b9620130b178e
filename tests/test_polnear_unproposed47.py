"""Reports the engine used to drop or never propose (stop 47): under PolNeAR's conventions a
report told in a quotation's tag, between the quotation's two pieces, stands beside it; a short
quotation after a tag that trails its own reported clause names the text the report is told
in, not the speaker's words; and the census of unproposed attributions by cue syntax."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from stancemap.model import Article
from stancemap.statements.context import Found
from stancemap.statements.merge import in_content

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from polnear_unproposed import cue_head, form_of  # noqa: E402


def reports(engine, text: str) -> list[tuple[str | None, str]]:
    doc = engine.analyze(Article(id="t", text=text))
    return [(st.cue.text if st.cue else None, st.content.text) for st in doc.statements]


BROKEN = [
    ('"The ferries are full in August," said the harbour master, who noted that the new pier '
     'would open in May. "We need it."', "noted", "the new pier would open in May"),
    ('"I never wanted to leave the council," said one former councillor, who said she left '
     'on good terms. "It was my home."', "said", "she left on good terms"),
]


@pytest.mark.parametrize("text, cue, content", BROKEN)
def test_a_report_in_a_broken_quotations_tag_stands_beside_it(polnear_engine, text, cue,
                                                                content):
    found = reports(polnear_engine, text)
    assert any(c == cue and content in words for c, words in found)
    assert any(c == "said" and words.startswith(text[1:12]) for c, words in found)


def test_a_cue_between_the_fragments_is_outside_the_content():
    quote = Found(cue=(20, 24), content=(0, 60), speakers=[], source=None, cue_tok=None,
                  kind="direct", rule="quote-tag", priority=3, fragments=[(0, 18), (40, 60)])
    assert in_content((10, 14), quote, gaps=True)
    assert not in_content((28, 33), quote, gaps=True)
    # without PolNeAR's gaps the extent counts, as before
    assert in_content((28, 33), quote, gaps=False)


TITLED = [
    ('The harbour will close for a year, Ms. Ortiz said in her 2019 book, "Salt and Stone."',
     "said", "The harbour will close for a year"),
    ('The council "never listened to the fishermen," he wrote in his memoir, "Low Tide."',
     "wrote", "The council"),
]


@pytest.mark.parametrize("text, cue, start", TITLED)
def test_a_title_after_a_trailing_tag_is_not_the_content(polnear_engine, text, cue, start):
    found = reports(polnear_engine, text)
    assert any(c == cue and words.startswith(start) for c, words in found)


def test_a_quotation_after_a_leading_tag_is_still_the_content(polnear_engine):
    found = reports(polnear_engine, 'The mayor said, "Close it."')
    assert ("said", "Close it.") in found or ("said", "Close it") in found


@pytest.mark.parametrize("text, cue, form", [
    ("The plan, which the mayor opposed, failed.", "opposed", "relative object"),
    ("The minister left the hall, saying the plan had failed.", "saying", "participial"),
    ("The mayor left early and warned that the pier was unsafe.", "warned", "coordinated"),
    ("His claim that the pier was unsafe surprised nobody.", "claim", "nominal"),
    ("The mayor warned that the pier was unsafe.", "warned", "main verb"),
])
def test_the_census_reads_the_cues_form(engine, text, cue, form):
    from stancemap.pipeline import load_nlp

    doc = load_nlp()(text)
    start = text.index(cue)
    span = [(start, start + len(cue))]
    assert form_of(text, cue_head(doc, span), span) == form
