"""Event precision (stop 36): a naming verb with a quoted name is no call, a labour strike is
no attack, and an act its doer tells in the first person (done or under way) is the speaker's
account, not a news event. On our own sentences, through the real engine."""

from __future__ import annotations

import pytest
from event_support import events


def test_calling_a_thing_a_quoted_name_is_no_consultation(analyze):
    # the quoted name right after the object is parsed as a clause of its own
    doc = analyze('Denmark agreed on Monday to host a returns centre for Norway. The opposition '
                  'Green League called the deal "renting out our coast to Oslo" and said it '
                  "would fight it.")
    assert ("AGREE", "Denmark", "Norway") in events(doc)
    assert not [e for e in events(doc) if e[0] == "CONSULT"]


def test_calling_a_leader_is_still_a_consultation(analyze):
    doc = analyze("Chancellor Karl Brenner called President Ada Mensah on Monday to discuss "
                  "the border.")
    assert ("CONSULT", "Karl Brenner", "Ada Mensah") in events(doc)


def test_a_national_strike_is_a_protest_not_an_attack(analyze):
    doc = analyze("The Federation of Dock Workers began an indefinite national strike on "
                  "Monday over pensions.")
    types = [e[0] for e in events(doc)]
    assert "ASSAULT" not in types
    assert "PROTEST" in types


@pytest.mark.parametrize("text", [
    '"We are asking the judges to act before the vote," said Maria Lund of the Centre Party.',
    '"I refused to sign it," former minister Tomas Varga told reporters on Tuesday.',
    '"We invited the monitors in March," said Ana Ruiz, the head of the election commission.',
])
def test_an_act_told_in_the_first_person_is_the_speakers_account(analyze, text):
    assert events(analyze(text)) == []


def test_a_first_person_condemnation_in_the_present_stays(analyze):
    doc = analyze('"We condemn the attack on the embassy," Foreign Minister Lena Holm said '
                  "of Russia.")
    assert [e for e in events(doc) if e[0] == "ACCUSE"]


def test_the_same_act_told_in_the_narrative_stays(analyze):
    doc = analyze("The Centre Party asked the Supreme Court on Monday to halt the vote.")
    assert any(e[0] == "REQUEST" and e[1] == "Centre Party" for e in events(doc))


def test_a_party_named_we_is_no_first_person_speaker(analyze):
    doc = analyze("Ana Ruiz, a deputy for We Continue the Change, had asked parliament to lift "
                  "her immunity, but her party voted against the motion on Monday.")
    assert [e for e in events(doc) if e[0] == "REJECT"]
