"""The source of an event told by a named person speaking for a state or body, stop 33: the
named person, not the state their role phrase names (own sentences)."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text, etype, person, state", [
    # a role phrase with the person's name in apposition: the person acts
    ("A Brazilian foreign ministry spokesman, Paulo Rezende, praised Peru on Tuesday.",
     "SUPPORT", "Paulo Rezende", "Brazil"),
    ("An Italian government spokeswoman, Laura Conti, condemned Peru on Friday.",
     "ACCUSE", "Laura Conti", "Italy"),
])
def test_named_spokesperson_is_the_source(analyze, text, etype, person, state):
    found = events(analyze(text))
    assert (etype, person, "Peru") in found, found
    assert (etype, state, "Peru") not in found, found


def test_unnamed_spokesperson_still_speaks_for_the_state(analyze):
    found = events(analyze("An Italian government spokeswoman condemned Peru on Friday."))
    assert ("ACCUSE", "Italy", "Peru") in found, found
