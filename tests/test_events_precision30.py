"""Event precision and targets (stop 30): enacting a measure, on our own sentences, through
the real engine."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text, chamber, state", [
    # a chamber passing a measure backs its own state's government, whose measure it enacts
    ("Moldova's government sent a new media law to parliament in March. The Parliament of "
     "Moldova passed the bill on Friday by 54 votes to 40.", "Parliament of Moldova", "Moldova"),
    ("Kenya wants to tax digital services. The National Assembly of Kenya passed the "
     "amendment late on Tuesday.", "National Assembly of Kenya", "Kenya"),
    # told in a participle on the measure's name
    ("Ghana defended the new rules. The Broadcasting Act, passed by the Parliament of Ghana "
     "in May, caps foreign ownership.", "Parliament of Ghana", "Ghana"),
])
def test_a_chamber_passing_a_measure_backs_its_state(analyze, text, chamber, state):
    assert ("SUPPORT", chamber, state) in events(analyze(text))


def test_passing_a_bill_is_no_concession(analyze):
    doc = analyze("Moldova's government sent a new media law to parliament in March. The "
                  "Parliament of Moldova passed the bill on Friday.")
    assert not [e for e in events(doc) if e[0] in ("CONCEDE", "RETREAT")]


@pytest.mark.parametrize("text", [
    # a state (its cabinet) approving its own measure enacts it: no SUPPORT toward no one
    "The closure of the border crossing was approved by the Latvian cabinet on Monday.",
    "The Iranian cabinet approved a new budget for the ports on Sunday.",
])
def test_a_state_approving_its_own_measure_is_no_support(analyze, text):
    assert not [e for e in events(analyze(text)) if e[0] == "SUPPORT"]


def test_approving_a_measure_that_names_a_party_stays(analyze):
    doc = analyze("The State Department on Tuesday approved the sale of twelve helicopters "
                  "to Morocco.")
    assert [e for e in events(doc) if e[0] == "SUPPORT" and e[1] == "United States"]


@pytest.mark.parametrize("text, expected", [
    # a party's vote on a measure whose drafter the text does not name: the government's
    ("Sweden's parliament ratified the fisheries agreement on Thursday. The Sweden Democrats "
     "voted against.", ("REJECT", "Sweden Democrats", "Sweden")),
    ("Moldova's parliament passed the media law on Friday. The Liberal Democratic Party of "
     "Moldova voted for the bill.", ("SUPPORT", "Liberal Democratic Party of Moldova",
                                     "Moldova")),
])
def test_a_party_vote_with_no_drafter_is_on_its_government(analyze, text, expected):
    assert expected in events(analyze(text))


def test_a_state_voting_in_a_body_gets_no_government_target(analyze):
    doc = analyze("The plan was adopted by a majority of member states. Poland voted against.")
    assert ("REJECT", "Poland", None) in events(doc)


@pytest.mark.parametrize("text", [
    # the parse hangs the forum on the object ("challenge [the decree in the courts]"):
    # a legal challenge still to come is a threat, not an accusation
    "Austria renewed the permit of the plant. WWF said it would challenge the permit in the "
    "courts.",
    "Poland adopted the decree on Monday. The Civic Platform party said it would challenge the "
    "decree before the Constitutional Tribunal.",
])
def test_a_challenge_to_come_in_court_is_a_threat(analyze, text):
    found = events(analyze(text))
    assert [e for e in found if e[0] == "THREATEN"]
    assert not [e for e in found if e[0] == "ACCUSE"]


@pytest.mark.parametrize("text", [
    # a relative clause in the simple present says whom an actor hosts as what it is
    "Tajikistan, which hosts the air base run by India, said it would stay neutral.",
    "Chile, which hosts the Pacific Alliance next year, urged calm.",
])
def test_a_habitual_host_in_a_relative_clause_is_no_visit(analyze, text):
    assert not [e for e in events(analyze(text)) if e[0] == "CONSULT"]


def test_a_host_in_a_past_relative_clause_is_still_a_visit(analyze):
    doc = analyze("Qatar, which hosted Iranian negotiators last week, said talks would resume.")
    assert [e for e in events(doc) if e[0] == "CONSULT"]


@pytest.mark.parametrize("text", [
    "Zambia wants to tax lotteries. The lotteries law, passed by the National Assembly of "
    "Zambia in March and later signed by the president, takes effect in June.",
    "Zambia wants to tax lotteries. The National Assembly of Zambia passed the bill in March. "
    "The bill was signed by President Joseph Banda on Monday.",
])
def test_signing_a_law_a_chamber_passed_backs_the_chamber(analyze, text):
    assert any(e[0] == "SUPPORT" and e[1] != "National Assembly of Zambia"
               and e[2] == "National Assembly of Zambia" for e in events(analyze(text)))


def test_signing_an_accord_after_a_law_passed_names_no_chamber(analyze):
    doc = analyze("The National Assembly of Zambia passed the bill in March. Zambia signed the "
                  "accord on Tuesday.")
    assert not [e for e in events(doc) if e[0] == "SUPPORT" and e[1] == "Zambia"
                and e[2] == "National Assembly of Zambia"]
