"""Event targets (stop 33, targets33): an act aimed at an unnamed word for the people who
govern or police a state. A domestic group that "accused ministers" or "called on the
authorities" aims at its own state; one that "urged police" at the police force of its
country named before. The rule only sets targets: the events stay the same. Our own
sentences, through the real engine."""

from __future__ import annotations

from event_support import events


def test_accusing_ministers_is_aimed_at_the_home_state(analyze):
    doc = analyze("WARSAW, May 2 (Reuters) - Poland's government on Monday raised fuel taxes. "
                  "The opposition Green Party accused ministers of punishing drivers.")
    assert ("ACCUSE", "Green Party", "Poland") in events(doc)


def test_a_call_on_the_authorities_is_aimed_at_the_home_state(analyze):
    doc = analyze("LAGOS, May 2 (Reuters) - Nigeria raised fuel prices on Monday. The Nigeria "
                  "Labour Congress called on the authorities to reverse the rise.")
    assert ("REQUEST", "Nigeria Labour Congress", "Nigeria") in events(doc)


def test_a_citizen_urging_the_authorities_keeps_his_state(analyze):
    # he speaks for nobody: "the authorities" are the state he addresses, not his own voice
    doc = analyze("TEHRAN, May 2 (Reuters) - Iran on Monday arrested a French journalist. Her "
                  "brother, Reza Karimi, an engineer in Lyon, urged the authorities to let her "
                  "go home.")
    assert ("REQUEST", "Reza Karimi", "Iran") in events(doc)


def test_urging_police_is_aimed_at_the_force_named_before(analyze):
    doc = analyze("NAIROBI, May 2 (Reuters) - Kenyan police fired tear gas at marchers on "
                  "Monday. The Law Society of Kenya condemned the violence and urged police "
                  "to show restraint.")
    assert ("REQUEST", "Law Society of Kenya", "Kenyan police") in events(doc)


def test_another_countrys_ministers_are_not_the_home_state(analyze):
    # "Greek ministers": a modifier names whose ministers they are; the rule leaves them
    doc = analyze("ATHENS, May 2 (Reuters) - Turkey's Chamber of Shipping on Monday accused "
                  "Greek ministers of blocking its ships.")
    assert not any(t == "ACCUSE" and tgt == "Turkey" for t, _, tgt in events(doc))


def test_a_state_accusing_ministers_gets_no_target_from_the_rule(analyze):
    doc = analyze("MOSCOW, May 2 (Reuters) - Russia on Monday accused ministers of lying.")
    assert not any(t == "ACCUSE" and tgt == "Russia" for t, _, tgt in events(doc))
