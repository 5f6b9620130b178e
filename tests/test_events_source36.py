"""Event sources (stop 36): a state's force named as the subject of a reported clause
("Police detained 40 people, the governor said") is the story's force and the source of its
act, not people of a kind in general. On our own sentences, through the real engine."""

from __future__ import annotations

from event_support import events


def test_police_in_a_reported_clause_are_the_source_of_the_arrest(analyze_agentless):
    analyze = analyze_agentless  # (acts whose doer names no actor kept: none may be left)
    doc = analyze("Riot police cleared the square in Valdora on Friday. Police arrested 40 "
                  "students outside the parliament, the regional governor's office said.")
    assert [e for e in events(doc) if e[0] == "COERCE" and e[1] is not None
            and e[1].lower() == "police"]
    assert not [e for e in events(doc) if e[0] == "COERCE" and e[1] is None]


def test_workers_in_a_reported_clause_are_still_people_in_general(analyze):
    doc = analyze("The union leader Pavel Horak said workers would strike if wages fell.")
    assert not [a for a in doc.actors if a.name.lower() == "workers"]


def test_a_sentence_told_in_the_passive_is_not_the_polices_act(analyze):
    doc = analyze("Riot police cleared the square in Valdora on Friday. The editor Nadia Velkova "
                  "was sentenced to nine years in prison, police said.")
    assert not [e for e in events(doc) if e[0] == "COERCE" and e[1] is not None
                and "police" in e[1].lower()]


def test_a_deportation_from_a_country_is_that_states_act(analyze):
    doc = analyze("Mali protested to Algeria on Tuesday. More than 900 Malians were deported "
                  "from Algeria in the past week.")
    assert ("COERCE", "Algeria", None) in events(doc)


def test_an_arrest_in_raids_in_a_capital_is_that_states_act(analyze_agentless):
    analyze = analyze_agentless  # (acts whose doer names no actor kept: none may be left)
    doc = analyze("Mali condemned the expulsions by Algeria on Tuesday. Most of those expelled "
                  "were detained in overnight raids in Algiers and taken by bus to the border.")
    assert [e for e in events(doc) if e[0] == "COERCE" and e[1] == "Algeria"]
    assert not [e for e in events(doc) if e[0] == "COERCE" and e[1] is None]
