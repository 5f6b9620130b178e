"""Actors, stop 48, on our own sentences: an office's name runs on over its "on" or "for" and
the capitalised words after it ("the OSCE High Commissioner on National Minorities"), one actor,
not the office and a second body made of its subject."""

from __future__ import annotations

import pytest
from actor_support import names


@pytest.fixture(scope="module")
def analyze(analyze_undated):
    """Undated texts, on the session's engine (conftest.py)."""
    return analyze_undated


@pytest.mark.parametrize("text, office, part", [
    ("The OSCE High Commissioner on National Minorities, who visited the region in June, said "
     "the change was lawful but too fast.", "OSCE High Commissioner on National Minorities",
     "National Minorities"),
    ("The OSCE High Commissioner for Media Freedom said on Monday that the arrests were "
     "unlawful.", "OSCE High Commissioner for Media Freedom", "Media Freedom"),
])
def test_an_office_runs_on_over_its_on_or_for(analyze, text, office, part):
    got = names(analyze(text))
    assert office in got
    assert part not in got
