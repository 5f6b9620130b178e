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


@pytest.mark.parametrize("text, etype, speaker", [
    # a bare "the union", "the company" that names no actor, in a clause its speaker reports,
    # is the speaker's own body: the act is the speaker's, not an event without a source
    # (a strike to come is a threat of one: THREATEN since stop 39)
    ("The head of the transport workers' federation, Mary Wanjiku, said the union would call "
     "a national strike.", "THREATEN", "Mary Wanjiku"),
    ("A spokesman for the bus operators, Peter Mwangi, said the firm would comply with "
     "the tribunal's ruling.", "CONCEDE", "Peter Mwangi"),
])
def test_speakers_own_body_is_the_source(analyze, text, etype, speaker):
    found = events(analyze(text))
    assert any(t == etype and s == speaker for t, s, _ in found), found
    assert not any(t == etype and s is None for t, s, _ in found), found


def test_an_unnamed_group_does_not_speak_for_the_body(analyze):
    found = events(analyze("Sources close to the negotiations said the firm would comply "
                           "with the tribunal's ruling."))
    assert not any(s == "Sources close to the negotiations" for _, s, _ in found), found
