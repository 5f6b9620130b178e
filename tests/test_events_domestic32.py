"""Events of domestic politics, stop 32: acts the coder left without a target or missed, on
our own sentences."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text, source, target", [
    # a rejection whose object only points back answers whoever spoke just before
    ("Peru's Green Party said Finance Minister Julia Moreno had misled Congress about the "
     "contract. Moreno rejected that.", "Julia Moreno", "Green Party"),
    ("The Liberal Party said Senator Tom Avery had hidden his debts. Avery rejected that "
     "claim on Friday.", "Tom Avery", "Liberal Party"),
    # a rejection in a relative clause on a demand answers the demand's maker
    ("Human Rights Watch called for an independent inquiry into the killings, a call that "
     "Interior Minister Peter Mwangi rejected on Monday.", "Peter Mwangi", "Human Rights Watch"),
])
def test_rejection_that_points_back(analyze, text, source, target):
    assert ("REJECT", source, target) in events(analyze(text))


def test_denial_of_a_charge_with_no_accuser_stays_a_statement(analyze):
    # "the allegations" points at nobody: a denial with no accuser is no event
    assert "REJECT" not in [t for t, _, _ in events(
        analyze("Senator Tom Avery rejected the allegations on Friday."))]


def test_denied_that_clause_is_no_pointer(analyze):
    # "denied that ..." opens a clause: no pointer back at the Green Party's words
    found = events(analyze("Peru's Green Party said Finance Minister Julia Moreno had misled "
                           "Congress. Moreno denied that she had seen the contract."))
    assert ("REJECT", "Julia Moreno", "Green Party") not in found


@pytest.mark.parametrize("text", [
    # a party's lawmakers named as a group act for the party
    "Most lawmakers of the Liberty Union party accused the speaker of bias on Monday.",
])
def test_lawmakers_of_a_party_are_the_party(analyze, text):
    sources = {s for t, s, _ in events(analyze(text)) if t == "ACCUSE"}
    assert sources and all(s and s.startswith("Liberty Union") for s in sources), sources


def test_a_faction_named_by_an_adjective_stays_a_group(analyze):
    # "Nationalist lawmakers from X" is a faction of its own, not the whole party
    found = events(analyze('Nationalist lawmakers from the ruling Liberty Union party called '
                           'the treaty "a surrender" on Monday.'))
    assert not any(s and s.startswith("Liberty Union") for _, s, _ in found)


@pytest.mark.parametrize("text", [
    # a walk-out from a vote or a chamber protests the legislature the story is about
    "Kenya's National Assembly debated the media bill for six hours on Tuesday. The "
    "Liberty Union party walked out ahead of the final vote.",
    "Kenya's National Assembly approved the media bill 188-40 on Tuesday, after most "
    "lawmakers of the Liberty Union party had walked out of the hall.",
])
def test_walk_out_from_a_vote_protests_the_legislature(analyze, text):
    found = [(t, s, g) for t, s, g in events(analyze(text)) if t == "PROTEST"]
    assert found and all(g == "National Assembly" for _, _, g in found), found


def test_walk_out_of_a_coalition_is_not_aimed_at_the_legislature(analyze):
    found = events(analyze("Kenya's National Assembly debated the media bill on Tuesday. "
                           "The Liberty Union party then walked out of the governing coalition."))
    assert not any(t == "PROTEST" and g == "National Assembly" for t, _, g in found)


@pytest.mark.parametrize("text", [
    # "not going to" negates as "would not" does: a refusal, no concession
    '"I stand by the advert, and I am not going to apologise," Senator Mark Ellis said.',
    "Senator Mark Ellis said on Tuesday that he was not going to resign.",
])
def test_not_going_to_is_a_refusal(analyze, text):
    found = [t for t, s, _ in events(analyze(text)) if s == "Mark Ellis"]
    assert "REJECT" in found and "CONCEDE" not in found


def test_going_to_is_still_a_promise(analyze):
    found = [t for t, s, _ in events(analyze("Senator Mark Ellis said on Tuesday that he was "
                                             "going to resign."))]
    assert "CONCEDE" in found and "REJECT" not in found
