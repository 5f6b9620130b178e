"""Actors of domestic politics (stop 32): titles of address of other languages before a
name, legislation the tagger reads as a person, wire slugs before a headline. Sentences of our
own."""

from __future__ import annotations

import pytest
from actor_support import by_name, names


@pytest.fixture(scope="module")
def analyze(engine):
    """Text to a Document dated 2026-03-01, on the session's engine (conftest.py)."""
    from stancemap.model import Article

    return lambda text: engine.analyze(Article(id="t", text=text, date="2026-03-01"))


@pytest.mark.parametrize("text, person", [
    ("Alhaji Musa Bello said the move was welcome.", "Musa Bello"),
    ("Datuk Seri Ahmad Kamal, 61, denied every charge in court.", "Ahmad Kamal"),
    ("His counsel, Tan Sri Michael Wong, said the defence would appeal.", "Michael Wong"),
    ("The union's spokeswoman, Mme Claire Dubois, said the deal was bad.", "Claire Dubois"),
    ("Diputada Lucia Perez Ferrer of Morena told reporters the plan would pass.",
     "Lucia Perez Ferrer"),
    ("Shri Ramesh Kumar, whose party sits in opposition, rejected the motion.",
     "Ramesh Kumar"),
    ("The front said it would strike. Its spokeswoman, Maestra Itzel Robles, said the "
     "unions would march.", "Itzel Robles"),
])
def test_title_of_address_is_no_part_of_the_name(analyze, text, person):
    actor = by_name(analyze(text), person)
    assert actor.type == "person"


def test_given_names_that_look_like_titles_stay(analyze):
    doc = analyze("Don Bacon said he would vote no. Sri Mulyani Indrawati said the budget was "
                  "sound.")
    assert {"Don Bacon", "Sri Mulyani Indrawati"} <= names(doc)


def test_title_of_address_before_an_office_names_no_one(analyze):
    doc = analyze("The deputy rose and said: Señor Presidente, the motion is out of order.")
    assert "Presidente" not in names(doc)


@pytest.mark.parametrize("text", [
    "After Tuesday's debate the Bill heads for a detailed committee reading.",
    "Deputies approved the Regional Fisheries Quota Bill at its second reading on Monday.",
])
def test_a_bill_is_no_person(analyze, text):
    doc = analyze(text)
    assert not [a for a in doc.actors if a.type == "person"], [a.name for a in doc.actors]


def test_the_name_before_a_bill_is_no_body(analyze):
    doc = analyze("Unions promised a campaign against the Press Council (Amendment) Bill after "
                  "deputies approved it on Tuesday. The Press Council of Ruritania said nothing.")
    press = [a for a in doc.actors if a.name.startswith("Press Council")]
    assert [a.name for a in press] == ["Press Council of Ruritania"]


def test_hyphenated_gazetteer_name_is_found(analyze):
    doc = analyze("Party leaders met in Lahore on Friday. The PML-N has 110 seats and "
                  "expects more.")
    party = [a for a in doc.actors if "PML-N" in [m.text for m in a.mentions]]
    assert party and party[0].type == "organization"


def test_wire_slug_is_no_part_of_a_name(analyze):
    doc = analyze("ANALYSIS-Ohio's ballot fight moves to the courts\n\nCOLUMBUS, Ohio, May 2 "
                  "(Reuters) - A coalition of unions sued the state on Friday.")
    assert not [a for a in doc.actors if "ANALYSIS" in a.name]


@pytest.mark.parametrize("text, medium", [
    ("Budi Santoso wrote on Instagram on Sunday that the plan was theft.", "Instagram"),
    ("Fang Li urged the team, in a clip she posted on Douyin, to stay home.", "Douyin"),
])
def test_the_medium_of_a_post_is_no_actor(analyze, text, medium):
    assert medium not in names(analyze(text))


def test_chamber_offices_are_their_own_people(analyze):
    doc = analyze("WASHINGTON (Reuters) - The U.S. Senate rejected a funding bill on Friday. "
                  "The Senate majority leader blamed Democrats. Sen. Travis Holt, a Republican, "
                  "opposed it. The Senate minority leader promised that his side would back a "
                  "new draft. On Saturday the majority leader ruled out any talks.")
    majority = by_name(doc, "Senate majority leader")
    assert majority.type == "person"
    assert "the majority leader" in [m.text for m in majority.mentions]
    assert "Senate minority leader" in names(doc)
    holt = by_name(doc, "Travis Holt")
    assert not [m for m in holt.mentions if "leader" in m.text]


def test_chamber_president_is_not_the_head_of_state(analyze):
    doc = analyze("ABUJA (Reuters) - Nigeria's president dismissed seven ministers on Monday. "
                  "The Senate president promised quick hearings for their successors, and "
                  "thanked the president for acting.")
    speaker = by_name(doc, "Senate president")
    assert [m.text for m in speaker.mentions] == ["The Senate president"]


def test_named_chamber_officer_keeps_the_bare_office(analyze):
    doc = analyze("House Speaker Mike Johnson met the caucus. The speaker said the vote would "
                  "be held on Friday.")
    assert "The speaker" in [m.text for m in by_name(doc, "Mike Johnson").mentions]


@pytest.mark.parametrize("text, office", [
    ("Kenya's parliament passed the bill on Tuesday, and Kenya's president will sign it. The "
     "information cabinet secretary told reporters the law protected the public.",
     "information cabinet secretary"),
    ("Mexico's Chamber of Deputies voted. Mexico's president backs the plan. The labour "
     "secretary told reporters that employers had been heard.", "labour secretary"),
])
def test_portfolio_office_the_gazetteer_lacks(analyze, text, office):
    assert by_name(analyze(text), office).type == "person"


@pytest.mark.parametrize("text, place", [
    ("The case was brought by Tomas Reiner, a former warehouse worker from Oberhausen, "
     "with the backing of a welfare group.", "Oberhausen"),
    ("Its latest spot accuses Kowalski of moving 300 jobs to Querétaro after his firm "
     "expanded.", "Querétaro"),
])
def test_lone_name_after_from_or_to_is_a_place(analyze, text, place):
    assert place not in names(analyze(text))


def test_full_name_after_to_stays_a_person(analyze):
    doc = analyze("The Conservative reply fell to Marguerite Okonkwo, the party's deputy leader, "
                  "who called the budget reckless.")
    assert by_name(doc, "Marguerite Okonkwo").type == "person"


@pytest.mark.parametrize("text, noun", [
    ("The union's leader said workers would walk out in nine provinces next month.", "workers"),
    ("The senator said she believed farmers should be paid for the drought.", "farmers"),
])
def test_people_in_general_are_no_group(analyze, text, noun):
    assert noun not in names(analyze(text))


def test_a_bare_collective_acting_stays_a_group(analyze):
    doc = analyze("Farmers blocked three motorways on Monday. Police said protesters had thrown "
                  "stones at the prefecture.")
    assert {"Farmers", "protesters"} <= names(doc)


def test_the_state_party_and_court_are_the_states_own(analyze):
    doc = analyze("Ohio's governor signed the map, while the state Republican Party's "
                  "chairwoman, Dana Kettering, praised it. The losers may appeal to the state "
                  "Supreme Court before May. Republicans in Washington cheered.")
    party = by_name(doc, "state Republican Party")
    assert "the state Republican Party's" in [m.text for m in party.mentions]
    assert "state Supreme Court" in names(doc)
    assert "Supreme Court of the United States" not in names(doc)


def test_titled_name_after_to_stays_a_person(analyze):
    doc = analyze("President Halvorsen spoke on Monday. A senior aide to President Halvorsen "
                  "said the cuts would hurt.")
    assert "Halvorsen" not in names(doc) or by_name(doc, "Halvorsen").type == "person"
    assert any(a.type == "person" and "Halvorsen" in a.name for a in doc.actors)


def test_chamber_office_named_with_its_holder_is_that_person(analyze):
    doc = analyze("House Speaker John Beckett and Senate Minority Leader Mitch Harlan offered "
                  "different views of the cuts. The House Speaker insisted he did everything "
                  "he could and blamed the president.")
    assert "The House Speaker" in [m.text for m in by_name(doc, "John Beckett").mentions]
    assert "House Speaker" not in names(doc)
