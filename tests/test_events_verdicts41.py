"""Events of political news, stop 41: a quoted verdict on an act whose author the parse does
not name is an accusation when the story names who acted; a quoted verdict on nothing anybody
did, or one that praises, is none (own sentences)."""

from __future__ import annotations

from event_support import events


def test_a_quoted_verdict_on_a_decision_told_before_is_an_accusation(analyze):
    text = ("Freedonia closed its border with Sylvania on Monday. Sylvania's transport "
            "minister, Anna Berg, called the decision \"a gift to smugglers\" and said the two "
            "countries should talk.")
    found = events(analyze(text))
    assert any(t == "ACCUSE" and s == "Anna Berg" and g is not None
               for t, s, g in found), found


def test_a_quoted_verdict_with_nobody_behind_the_act_is_no_event(analyze):
    found = events(analyze("The Sylvanian Truckers Union called the weather "
                           "\"a gift to smugglers\"."))
    assert not any(t == "ACCUSE" for t, _, _ in found), found


def test_a_quoted_verdict_that_praises_is_no_accusation(analyze):
    text = ("Freedonia reopened its border with Sylvania on Monday. Sylvania's transport "
            "minister, Anna Berg, called the decision \"a historic day for our drivers\".")
    found = events(analyze(text))
    assert not any(t == "ACCUSE" and s == "Anna Berg" for t, s, _ in found), found


def test_a_label_inside_a_longer_quotation_is_no_verdict(analyze):
    text = ("Freedonia's parliament approved the budget on Monday. The opposition leader, "
            "Marta Kos, said: \"They cut the schools and call it reform.\"")
    found = events(analyze(text))
    assert not any(t == "ACCUSE" and s == "Marta Kos" for t, s, _ in found), found


def test_a_quoted_verdict_on_a_kind_of_act_is_no_accusation(analyze):
    text = ("Sylvania asked Freedonia on Monday to halt its nuclear programme. Freedonia's "
            "foreign minister, Ivo Dren, said his country would not give it up, calling "
            "nuclear research on Freedonian soil \"a red line for any government\".")
    found = events(analyze(text))
    assert not any(t == "ACCUSE" and s == "Ivo Dren" for t, s, _ in found), found
