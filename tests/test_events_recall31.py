"""Event recall, stop 31: acts the coder used to miss, on our own sentences."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text, source", [
    # a walk-out spelt with a hyphen and a work stoppage are protests, as "walkout" is
    ("The Labour Party staged a walk-out from the assembly hall on Tuesday.", "Labour Party"),
    ("The dockers' union Unite began a two-day stoppage on Monday.", "Unite"),
    ("The teachers' union NZPF joined the stoppage on Tuesday.", "NZPF"),
])
def test_walk_out_and_stoppage_are_protest(analyze, text, source):
    assert ("PROTEST", source) in [(t, s) for t, s, _ in events(analyze(text))]


def test_act_in_protest_at_a_measure_is_also_accuse(analyze):
    # suspending aid in protest at a law criticises the law's maker (here the aid's recipient,
    # however the parse hangs "in protest at")
    found = events(analyze("Norway and Finland on Monday suspended budget support to Malawi "
                           "worth roughly 30 million euros annually in protest at the press law."))
    assert ("ACCUSE", "Norway", "Malawi") in found
    assert ("ACCUSE", "Finland", "Malawi") in found
    assert ("SANCTION", "Norway", "Malawi") in found


@pytest.mark.parametrize("text", [
    # a bare "in protest" names nothing protested; a plan is not yet an act
    "Ghana recalled its ambassador from Togo in protest.",
    "Norway said it might suspend aid to Malawi in protest at the media law.",
    # a protest done in protest at a measure is that protest alone, no criticism beside it
    "Greenpeace held a march in Oslo in protest against the oil licensing round.",
])
def test_protest_motive_needs_a_thing_and_an_act(analyze, text):
    assert "ACCUSE" not in [t for t, _, _ in events(analyze(text))]


def test_campaigning_for_or_against_a_party(analyze):
    # campaigning for a candidate backs the candidate; against one is criticism of it
    found = events(analyze("The Teachers Federation and the Nurses Union are campaigning for "
                           "Ruth Adler."))
    assert ("SUPPORT", "Teachers Federation", "Ruth Adler") in found
    assert ("SUPPORT", "Nurses Union", "Ruth Adler") in found
    found = events(analyze("The Greens campaigned against Mayor Ruth Adler in 2022."))
    assert ("ACCUSE", "Greens", "Ruth Adler") in found
    # campaigning for a measure or a vote is a position, no event of its own
    assert not events(analyze("The Pirate Party is campaigning for a yes vote in the poll."))


@pytest.mark.parametrize("text", [
    # seeking talks with a party is an offer to meet it, said of the future or done
    "Norway said it would seek talks with Russia on the fishing quota.",
    "Norway sought talks with Russia on Monday.",
])
def test_seeking_talks_is_an_offer_to_meet(analyze, text):
    assert ("AGREE", "Norway", "Russia") in events(analyze(text))


@pytest.mark.parametrize("text, target", [
    # halting a party's licences to trade, or putting it on a blacklist, is a sanction
    ("China suspended export licences to Japan.", "Japan"),
    ("China put Tokai Etch on its entity list on Monday.", "Tokai Etch"),
    ("The United States added Huawei to its entity list.", "Huawei"),
])
def test_licences_and_blacklists_are_sanctions(analyze, text, target):
    assert [(t, tg) for t, _, tg in events(analyze(text))] == [("SANCTION", target)]


def test_a_list_of_topics_is_no_blacklist(analyze):
    assert not events(analyze("The chairman put the issue on the list of topics."))


def test_overriding_a_veto_rejects_and_sustaining_it_supports(analyze):
    # overriding a veto rejects its author; voting to sustain one backs the author
    for text, source in [("Idaho Democrats overrode the governor's veto on Friday.",
                          "Democratic Party"),
                         ("The Liberal Party voted to override Governor Adler's veto of the "
                          "housing bill.", "Liberal Party")]:
        assert ("REJECT", source) in [(t, s) for t, s, _ in events(analyze(text))]
    found = events(analyze("The Labour Party and the Greens voted to sustain Governor Ruth "
                           "Adler's veto."))
    assert [(t, s) for t, s, _ in found] == [("SUPPORT", "Labour Party"), ("SUPPORT", "Greens")]


@pytest.mark.parametrize("text, target", [
    # bringing a motion of censure or no confidence criticises whom it is aimed at
    ("VIENNA - Austria's chancellor lost a vote. The Freedom Party lodged a motion of no "
     "confidence in the cabinet of Austria late on Friday.", "Austria"),
    ("The Liberal Party filed a no-confidence motion against Prime Minister Ana Ruiz.",
     "Ana Ruiz"),
    ("The censure motion against the Commission, tabled by the Liberal Party, failed.",
     "European Commission"),
])
def test_censure_motion_is_accuse(analyze, text, target):
    sources = {"Freedom Party", "Liberal Party"}
    assert [(t, tg) for t, s, tg in events(analyze(text)) if s in sources] == [
        ("ACCUSE", target)]


@pytest.mark.parametrize("text", [
    # a motion of another kind, a confidence motion and a motion promised on a condition
    "The Liberal Party moved a motion to adjourn the debate.",
    "The Liberal Party warned it would lodge a censure motion against Ana Ruiz unless she "
    "quit by Friday.",
])
def test_no_censure_motion_event(analyze, text):
    assert "ACCUSE" not in [t for t, _, _ in events(analyze(text))]
