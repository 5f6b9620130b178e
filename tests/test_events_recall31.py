"""Event recall, stop 31: acts the coder used to miss, on our own sentences."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text, source", [
    # a walk-out spelt with a hyphen and a work stoppage are protests, as "walkout" is
    ("The Labour Party staged a walk-out in the chamber on Monday.", "Labour Party"),
    ("The dockers' union Unite began a two-day stoppage on Monday.", "Unite"),
    ("The teachers' union NZPF joined the stoppage on Tuesday.", "NZPF"),
])
def test_walk_out_and_stoppage_are_protest(analyze, text, source):
    assert ("PROTEST", source) in [(t, s) for t, s, _ in events(analyze(text))]
