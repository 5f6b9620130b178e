"""Under PolNeAR's conventions a verb that starts or ends an activity ("began her career",
"ended her speech with X") is no report: the attribution model's report of one beside the rules
is dropped (``phase`` of ``statement_words.tsv``, ``learned._rejection``; stop 45)."""

from __future__ import annotations

import pytest

from stancemap.model import Article
from stancemap.pipeline import with_statements
from stancemap.statements import load_words


@pytest.fixture(scope="module")
def polnear(engine):
    return with_statements(engine, "combined", polnear_spans=True, join_quotes=True)


def cues(engine, text: str) -> list[str]:
    return [s.cue.text for s in engine.analyze(Article(id="t", text=text)).statements if s.cue]


@pytest.mark.parametrize("text, verb", [
    ("Senator Ana Ruiz began her career in state politics in the 1990s.", "began"),
    ("Mayor Lisa Chen began her day at a diner in the old port.", "began"),
    ("Senator Ana Ruiz ended her speech with a warning about the deficit.", "ended"),
    ("Mayor Lisa Chen has begun to attract attention to her plan for the port.", "begun"),
])
def test_polnear_conventions_report_no_activitys_start_or_end(polnear, text, verb) -> None:
    assert verb not in cues(polnear, text)


def test_polnear_conventions_still_report_a_position_verbs_object(polnear) -> None:
    text = "Senator Ana Ruiz floated the notion of a joint ticket with the governor."
    assert cues(polnear, text) == ["floated"]


def test_the_phase_verbs_are_data() -> None:
    assert {"begin", "end", "start"} <= load_words().phase
