"""Events (stop 48): a drafter that votes for its own text along with other parties leaves
their votes aimed at it; a strike called for a later day is announced (THREATEN), not held; a
state's protest is a complaint (ACCUSE); on our own sentences, through the real engine."""

from __future__ import annotations

from event_support import events

# the drafter named on the text ("a Pirate Party member's bill"), then voting with others
TEXT = ("Iceland's parliament voted 40-20 on Tuesday to send a Pirate Party member's bill on "
        "whaling quotas to committee. The Independence Party, the Progressive Party and the "
        "Pirate Party voted in favour. The Social Democratic Alliance voted against.")



def test_votes_cast_with_the_drafter_are_aimed_at_it(analyze):
    evs = events(analyze(TEXT))
    assert ("SUPPORT", "Independence Party", "Pirate Party") in evs
    assert ("SUPPORT", "Progressive Party", "Pirate Party") in evs
    assert ("REJECT", "Social Democratic Alliance", "Pirate Party") in evs


def test_the_drafters_own_vote_is_aimed_at_no_other_party(analyze):
    evs = events(analyze(TEXT))
    assert not [e for e in evs if e[0] == "SUPPORT" and e[1] == "Pirate Party" and e[2]]


def test_a_strike_called_for_a_later_day_is_announced_not_held(analyze):
    evs = events(analyze("Peru raised the fuel tax on Monday. The dockworkers' union SINTRAPORT "
                         "called a national strike for Thursday against the tax."))
    assert ("THREATEN", "SINTRAPORT", "Peru") in evs
    assert not [e for e in evs if e[0] == "PROTEST"]
    # a strike begun on a day was held
    evs = events(analyze("Peru raised the fuel tax on Monday. The dockworkers' union SINTRAPORT "
                         "began a national strike on Thursday against the tax."))
    assert ("PROTEST", "SINTRAPORT", "Peru") in evs
    assert not [e for e in evs if e[0] == "THREATEN"]


def test_a_states_protest_is_a_complaint_not_a_demonstration(analyze):
    evs = events(analyze("Chile closed its border crossing with Bolivia on Monday. Bolivia "
                         "protested."))
    assert [e for e in evs if e[0] == "ACCUSE" and e[1] == "Bolivia"]
    assert not [e for e in evs if e[0] == "PROTEST"]
    # civilians protesting demonstrate
    evs = events(analyze("Bolivian truck drivers protested outside the ministry in La Paz."))
    assert not [e for e in evs if e[0] == "ACCUSE"]
