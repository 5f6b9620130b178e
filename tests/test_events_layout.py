"""The event stage keeps no per-document state. (The size limits of issue #9, once checked here
for stancemap/events only, are checked over the whole package in test_layout.py.)"""

from __future__ import annotations

from stancemap.events import EventStage


def test_the_stage_keeps_no_document_state():
    assert set(vars(EventStage())) == {"lexicon", "future_concession", "agentless"}
