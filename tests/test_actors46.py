"""Actors and speakers, stop 46, on our own sentences: a name the tagger gives a person that is
the plural of a common noun ("Herders", "MPs", "Britons") is no person, so "he" or "she" does
not resolve to it, while surnames that look like plurals stay people; after an article it is a
body's name ("the Motorists"). A plural voice whose "of" lists several states or bodies ("the
military governments of A, B and C said", "the Olympic committees of A and B said") speaks as
each of them."""

from __future__ import annotations

import pytest
from actor_support import names
from statement_support import speakers_by_content


@pytest.fixture(scope="module")
def analyze(analyze_undated):
    """Undated texts, on the session's engine (conftest.py)."""
    return analyze_undated


def test_a_plural_tagged_as_a_person_takes_no_pronoun(analyze):
    doc = analyze("The health secretary told MPs that the plan was ready. \"We will not wait,\" "
                  "she said.")
    assert "MPs" not in names(doc)
    assert "MPs" not in [n for v in speakers_by_content(doc).values() for n in v]


def test_a_crowd_named_by_a_plural_is_no_person(analyze):
    doc = analyze("Herders in Khanbogd, who accuse the mine of draining the wells, gathered in "
                  "the square. One of them, Batjargal Tseren, said he did not care who owned it.")
    assert not [a for a in doc.actors if a.name == "Herders" and a.type == "person"]
    assert speakers_by_content(doc)["he did not care who owned it"] == ["Batjargal Tseren"]


@pytest.mark.parametrize("text, person", [
    ("Bill Gates said the fund would grow. Gates added that it was fine.", "Bill Gates"),
    ("John Peters said the vote was close. Peters later left the hall.", "John Peters"),
    ("Mr Banks said the vote was close.", "Banks"),
])
def test_surnames_that_look_plural_stay_people(analyze, text, person):
    found = [a for a in analyze(text).actors if a.name == person]
    assert found and found[0].type == "person"


def test_a_plural_after_an_article_is_a_body(analyze):
    doc = analyze("ANO and the Motorists voted for the bill. The labour minister said the cost "
                  "would be covered, and she added that it was fair.")
    assert not [a for a in doc.actors if a.name == "Motorists" and a.type == "person"]
    assert speakers_by_content(doc)["it was fair"] == ["labour minister"]


@pytest.mark.parametrize("text, content, speakers", [
    ("In a joint statement, the military governments of Niger, Mali and Burkina Faso said "
     "they would leave the union.", "they would leave the union",
     ["Niger", "Mali", "Burkina Faso"]),
    ("The Olympic committees of Kyrgyzstan and Tajikistan said the Games would belong to the "
     "region.", "the Games would belong to the region", ["Kyrgyzstan", "Tajikistan"]),
])
def test_a_plural_voice_of_listed_owners_speaks_as_each(analyze, text, content, speakers):
    assert sorted(speakers_by_content(analyze(text))[content]) == sorted(speakers)


def test_supporters_of_listed_states_are_not_the_states(analyze):
    # only voices of their owners ("governments", "committees", ``joint_heads``) speak for them
    doc = analyze("Supporters of Chile and Peru said they would march on Sunday.")
    assert speakers_by_content(doc)["they would march on Sunday"] != ["Chile", "Peru"]


def test_an_untagged_plural_speaker_is_a_crowd_from_its_place(analyze):
    # a live blog's entry; the tagger leaves "Farmers" untagged, a speaker no rule took
    doc = analyze("08:40 - Farmers in Yenga tell our reporter that about 30 soldiers arrived "
                  "with a digger before dawn.")
    crowd = [a for a in doc.actors if a.name == "Farmers in Yenga"]
    assert crowd and crowd[0].type == "group"
    assert speakers_by_content(doc)["about 30 soldiers arrived with a digger before dawn"] == [
        "Farmers in Yenga"]
