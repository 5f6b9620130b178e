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
