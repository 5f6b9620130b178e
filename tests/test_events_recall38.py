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


@pytest.mark.parametrize("text, expected", [
    # refusing to yield to pressure, voiced by a state's minister: the minister's refusal
    ("Lithuania expelled two Belarusian diplomats on Monday. The Belarusian foreign minister, "
     "Ivan Karpovich, said Minsk would not be intimidated.", ("REJECT", "Ivan Karpovich")),
    # a group's own refusal
    ("Beijing barred five Canadian lawmakers from entering China. The Canada Tibet Committee "
     "said in a statement that it would not be intimidated and would keep documenting cases.",
     ("REJECT", "Canada Tibet Committee")),
])
def test_refusing_to_be_intimidated_rejects(analyze, text, expected):
    found = {(t, s) for t, s, _ in events(analyze(text))}
    assert expected in found, found


def test_being_intimidated_is_no_refusal(analyze):
    text = ("Lithuania expelled two Belarusian diplomats on Monday. The Belarusian foreign "
            "minister, Ivan Karpovich, said Minsk had been intimidated.")
    found = events(analyze(text))
    assert not any(t == "REJECT" for t, _, _ in found), found
