"""A refusal the speaker reports of himself or his own side (issue #12, stop 29): our own
sentences, through the engine."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text, source", [
    # a refusal the speaker reports of himself or his own side, whatever the verb
    ("The Swedish prime minister, Ulf Kristersson, said he would not schedule a vote before "
     "the recess.", "Ulf Kristersson"),
    ("Norway's foreign minister, Espen Barth Eide, said Norway would never sit at the same "
     "table as the junta.", "Espen Barth Eide"),
])
def test_reported_own_refusal_is_a_rejection(analyze, text, source):
    found = events(analyze(text))
    assert any(t == "REJECT" and s == source for t, s, _ in found), found


@pytest.mark.parametrize("text", [
    # what another party will not do is a forecast; "would not comment" is no refusal;
    # a refusal on terms is a demand; a past or present negation is no refusal
    "The Swedish prime minister, Ulf Kristersson, said Norway would not schedule a vote.",
    "The Swedish prime minister, Ulf Kristersson, said he would not comment on the report.",
    "The Swedish prime minister, Ulf Kristersson, said he would not schedule a vote unless "
    "the opposition agreed.",
    "The Swedish prime minister, Ulf Kristersson, said he had not scheduled a vote.",
    "The Swedish prime minister, Ulf Kristersson, said Sweden would never forget Norway's "
    "help.",
])
def test_no_reported_refusal(analyze, text):
    found = events(analyze(text))
    assert not any(t == "REJECT" for t, _, _ in found), found
