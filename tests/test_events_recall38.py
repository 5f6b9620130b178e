"""Events of political news, stop 38: acts the coder missed, on our own sentences."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text, expected", [
    # the parse hangs the act on a clause inside the reported one, under its condition
    ('The Serbian president told reporters that his government would close the crossings "if '
     'that is what security requires" and accused Pristina of "provoking a crisis."',
     ("ACCUSE", "Serbian president")),
    # a present plural of a live blog that the tagger reads as a base form
    ("Denmark and Sweden say any delay helps the smugglers and urge the Commission to act "
     "before the summer.", ("REQUEST", "Denmark")),
])
def test_an_act_coordinated_with_a_reported_clause_is_the_reporters(analyze, text, expected):
    found = {(t, s) for t, s, _ in events(analyze(text))}
    assert expected in found, found


def test_an_act_inside_a_condition_of_the_report_stays_conditional(analyze):
    # the subject of the coordinated verb names an actor: the act is its own, under "if"
    text = ("The Serbian president said his government would close the crossings if Kosovo "
            "raised the tariffs and expelled Serbian diplomats.")
    found = events(analyze(text))
    assert not any(t == "SANCTION" and s == "Kosovo" for t, s, _ in found), found
