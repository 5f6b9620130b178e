"""Event precision (stop 32): "ask" that tells a question set inside it ("Who, she asked,
would pay?") or a quoted question the parser splits off ('"Where is it?" he asked.') asks
nothing of anybody; our own sentences, through the real engine."""

from __future__ import annotations

import pytest
from event_support import events

LEAD = "The Danish finance minister, Lars Holm, criticised the new levy on Tuesday. "


@pytest.mark.parametrize("question", [
    "Who, he asked, would pay for the damage done to farmers?",
    "What, he asked, was a treaty worth if Oslo could simply ignore it?",
    '"Where is the money?" Holm asked.',
    '"Who will pay for this?" Holm asked.',
])
def test_a_question_told_with_ask_is_no_request(analyze, question):
    evs = events(analyze(LEAD + question))
    assert not [e for e in evs if e[0] == "REQUEST"]
    assert [e for e in evs if e[0] == "ACCUSE" and e[1] == "Lars Holm"]


def test_asking_somebody_to_act_is_still_a_request(analyze):
    evs = events(analyze(LEAD + "He asked Sweden to reopen the border, and why, he added, "
                                "had Oslo waited so long?"))
    assert [e for e in evs if e[0] == "REQUEST" and e[1] == "Lars Holm" and e[2] == "Sweden"]
