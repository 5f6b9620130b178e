"""Actors and speakers, stop 47, on our own sentences: a counted or possessed plural voice that
names back to a list of states or bodies ("the four countries said", "their foreign ministries
said", "the two donors said", "officials from the three countries said") speaks as each listed
or named actor; a body's name the tagger cut at its inner "and" is one organisation ("the Party
of Labour and Solidarity", "the Wildlife and Forest Protection Society"); a body's secretariat
speaks for the body ("The Caribbean Community secretariat said")."""

from __future__ import annotations

import pytest
from actor_support import names
from statement_support import speakers_by_content


@pytest.fixture(scope="module")
def analyze(analyze_undated):
    """Undated texts, on the session's engine (conftest.py)."""
    return analyze_undated


@pytest.mark.parametrize("text, content, speakers", [
    ("Norway, Iceland, Portugal and Chile said on Monday that they would not sign the treaty. "
     "The council met in Geneva and approved the text by nine votes to four. "
     "\"We will not be bound by a vote we lost,\" the four countries said in a joint statement.",
     "We will not be bound by a vote we lost,", ["Norway", "Iceland", "Portugal", "Chile"]),
    ("Peru and Ecuador rejected the plan within hours. In a joint statement, their foreign "
     "ministries said the plan broke the 1998 accord.", "the plan broke the 1998 accord",
     ["Peru", "Ecuador"]),
    ("The World Bank and Norway froze their grants to the fund on Tuesday. In a letter, the two "
     "donors said the fund had not accounted for the money.",
     "the fund had not accounted for the money", ["World Bank", "Norway"]),
])
def test_a_plural_voice_named_back_speaks_as_each(analyze, text, content, speakers):
    found = speakers_by_content(analyze(text))
    assert sorted(found[content]) == sorted(speakers)


@pytest.mark.parametrize("text, content, speakers", [
    ("Kenya has closed the road to Uganda's main port in a dispute over fees, officials in both "
     "countries said on Monday.", "Kenya has closed the road to Uganda's main port in a dispute "
     "over fees", ["Kenya", "Uganda"]),
    ("Chile freed two truck drivers from Bolivia in a deal brokered by Brazil, officials "
     "from the three countries said.", "Chile freed two truck drivers from Bolivia in a "
     "deal brokered by Brazil", ["Chile", "Bolivia", "Brazil"]),
])
def test_officials_of_counted_states_speak_as_each(analyze, text, content, speakers):
    assert sorted(speakers_by_content(analyze(text))[content]) == sorted(speakers)


def test_an_infinitive_report_of_a_plural_voice_stays_a_statement(analyze):
    doc = analyze("Peru and Ecuador rejected the plan within hours. In a joint statement, their "
                  "foreign ministries asked the commission to reject it.")
    assert sorted(speakers_by_content(doc)["the commission to reject it"]) == ["Ecuador", "Peru"]


def test_a_count_that_does_not_match_the_list_names_nobody_of_it(analyze):
    doc = analyze("Peru and Ecuador rejected the plan within hours. The three governments said "
                  "the plan broke the 1998 accord.")
    found = speakers_by_content(doc)["the plan broke the 1998 accord"]
    assert sorted(found) != ["Ecuador", "Peru"]


@pytest.mark.parametrize("text, name", [
    ("Members of the Party of Labour and Solidarity voted for the bill on Tuesday.",
     "Party of Labour and Solidarity"),
    ("The Department of Public Roads and Highways said it would inspect the bridges.",
     "Department of Public Roads and Highways"),
    ("None has been published. The Wildlife and Forest Protection Society called the vote "
     "a mistake.", "Wildlife and Forest Protection Society"),
])
def test_a_body_name_runs_over_its_inner_and(analyze, text, name):
    assert name in names(analyze(text))


@pytest.mark.parametrize("text, kept", [
    ("The Council of Europe and Russia disagreed over the report.", "Russia"),
    ("The Ministry of Defence and Nato said the drill would go ahead.",
     "North Atlantic Treaty Organization"),
    ("Officials from the Bank of England and Barclays met on Monday.", "Barclays"),
])
def test_a_name_after_and_stays_its_own_actor(analyze, text, kept):
    assert kept in names(analyze(text))



def test_a_bodys_secretariat_speaks_for_the_body(analyze):
    doc = analyze("The Caribbean Community secretariat said the vote was lawful but regrettable.")
    assert speakers_by_content(doc)["the vote was lawful but regrettable"] == [
        "Caribbean Community"]
