"""Event recall, stop 29: acts the coder used to miss, on our own sentences."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text, source", [
    # a warning of what the speaker's own side will do is a threat, whatever the act
    ("Labour's spokesman, John Smith, warned that his party would back a fresh challenge in "
     "the Supreme Court if the bill became law.", "John Smith"),
    # (the office speaks for its unnamed holder, a person actor since actors29)
    ("The Israeli prime minister's office warned that Israel will act alone if it must.",
     "Israeli prime minister"),
    ("Senator Jane Doe warned that she would oppose any final version.", "Jane Doe"),
])
def test_warning_of_own_step_is_threaten(analyze, text, source):
    assert ("THREATEN", source) in [(t, s) for t, s, _ in events(analyze(text))]


@pytest.mark.parametrize("text", [
    # what others or things would do is a forecast, no threat
    "The minister warned that investors would demand higher rates.",
    "The Russian Defence Ministry warned that its departure would leave a vacuum.",
    "He urged creditors to act, warning that Mozambique would otherwise spend more on loans.",
    # a refusal stays a refusal
    "Iran warned that it would not accept any change to the borders.",
])
def test_warning_of_consequence_is_no_threat(analyze, text):
    assert "THREATEN" not in [t for t, _, _ in events(analyze(text))]


@pytest.mark.parametrize("text, expected", [
    # an act told again by ellipsis is the new subject's act, with the same type and target
    ("Brazil and Chile issued statements backing Peru's claim. Uruguay and Bolivia did the "
     "same.", [("SUPPORT", "Uruguay", "Peru"), ("SUPPORT", "Bolivia", "Peru")]),
    ("Spain condemned the raid on the embassy, as did Portugal.",
     [("ACCUSE", "Portugal", None)]),
    ("The Green Party voted with the Social Democrats. So did Poland's Law and Justice "
     "delegation.",
     [("SUPPORT", "Law and Justice", "Social Democrats")]),
])
def test_act_repeated_by_ellipsis(analyze, text, expected):
    evs = events(analyze(text))
    for e in expected:
        assert e in evs


def test_negated_ellipsis_repeats_nothing(analyze):
    evs = events(analyze("Germany condemned the attack. France did not do the same."))
    assert [s for _, s, _ in evs] == ["Germany"]


def test_list_hung_on_appositions_gives_each_member_the_act(analyze):
    # the parse hangs "A, B, C and D" on appositions of A: every named member acts
    evs = events(analyze("Sinn Féin, Labour, the Social Democrats and the Green Party voted "
                         "against the treaty."))
    sources = {s for t, s, _ in evs if t == "REJECT"}
    assert {"Sinn Fein", "Labour Party", "Social Democrats"} <= sources



def test_apposition_without_a_list_adds_no_member(analyze):
    # a title in apposition ("Sweden's prime minister, Ulf Kristersson") names one actor
    evs = events(analyze("Sweden's prime minister, Ulf Kristersson, condemned the attack."))
    assert len([e for e in evs if e[0] == "ACCUSE"]) == 1


@pytest.mark.parametrize("text, expected", [
    # being in contact / in touch with a party is an ongoing consultation
    ("India said it was in constant contact with Iran.", ("CONSULT", "India", "Iran")),
    ("Peru said it had been in touch with Chile overnight.", ("CONSULT", "Peru", "Chile")),
])
def test_in_contact_with_is_consult(analyze, text, expected):
    assert expected in events(analyze(text))


@pytest.mark.parametrize("text, expected", [
    # a label praised by its modifier or a praising adjective is support, not criticism
    ("The International Criminal Court issued a warrant for Ruto. Amnesty International "
     "called the warrant a turning point for victims.",
     ("SUPPORT", "Amnesty International", "International Criminal Court")),
    ("Belgium passed the pension reform. The employers' federation FEB called the reform "
     "\"indispensable.\"", ("SUPPORT", "FEB", "Belgium")),
])
def test_praising_label_is_support(analyze, text, expected):
    evs = events(analyze(text))
    assert expected in evs
    assert ("ACCUSE", expected[1], expected[2]) not in evs


@pytest.mark.parametrize("text, source", [
    # a legal challenge or a forum complaint announced for later is a threat
    ("Hai Tong said it would challenge the decision before the regional administrative court.",
     "Hai Tong"),
    ("Malaysia said it would raise the matter at the next meeting of ASEAN ministers.",
     "Malaysia"),
])
def test_announced_legal_challenge_is_threaten(analyze, text, source):
    assert ("THREATEN", source) in [(t, s) for t, s, _ in events(analyze(text))]


def test_past_legal_challenge_is_no_threat(analyze):
    evs = events(analyze("Hai Tong said it had challenged the decision before the regional "
                         "administrative court."))
    assert "THREATEN" not in [t for t, _, _ in evs]


def test_person_named_in_apposition_to_the_speaker_voices_the_state(analyze):
    # "a State Department spokeswoman, Jane Miller, said ...": the named person speaks
    evs = events(analyze("In Washington, a State Department spokeswoman, Jane Miller, said "
                         "the United States supported Peru's decision."))
    assert ("SUPPORT", "Jane Miller", "Peru") in evs


def test_unnamed_spokesman_leaves_the_state_its_act(analyze):
    evs = events(analyze("A State Department spokesman said the United States stands with "
                         "Britain."))
    assert ("SUPPORT", "United States", "United Kingdom") in evs


@pytest.mark.parametrize("text, expected", [
    # a step the actor would consider: a threat when it is one of conflict, else an offer
    ("Thailand would consider asking the International Court of Justice to rule on the "
     "border.", ("THREATEN", "Thailand")),
    ("Chile said it would consider easing some sanctions on Peru.", ("AGREE", "Chile")),
    ("Chile said it would consider visa restrictions on Peruvian officials.",
     ("THREATEN", "Chile")),
])
def test_step_held_out_by_consider(analyze, text, expected):
    assert expected in [(t, s) for t, s, _ in events(analyze(text))]


@pytest.mark.parametrize("text", [
    "Chile considered sending troops to Peru.",
    "Chile would not consider sending troops to Peru.",
    "Will Chile consider sending troops to Peru?",
])
def test_considered_step_in_the_past_negated_or_asked_is_none(analyze, text):
    assert [t for t, _, _ in events(analyze(text))] == []


@pytest.mark.parametrize("text, expected", [
    # whoever joins an act ("joined by Y") does it too; the joining is no consultation
    ("Fianna Fáil and Fine Gael voted against the bill, joined by Labour.",
     ("REJECT", "Labour Party", None)),
    ("Poland condemned the attack, joined by Sweden.", ("ACCUSE", "Sweden", None)),
])
def test_act_joined_by_another_is_its_act_too(analyze, text, expected):
    evs = events(analyze(text))
    assert expected in evs
    assert "CONSULT" not in [t for t, _, _ in evs]
