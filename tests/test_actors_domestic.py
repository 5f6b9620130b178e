"""Actors of domestic party politics (stop 31): party officers named by their office,
parties of the gazetteer, state chapters of national organisations. Sentences of our own."""

from __future__ import annotations

import pytest
from actor_support import by_name, names


@pytest.fixture(scope="module")
def analyze(engine):
    """Text to a Document dated 2026-03-01, on the session's engine (conftest.py)."""
    from stancemap.model import Article

    return lambda text: engine.analyze(Article(id="t", text=text, date="2026-03-01"))


@pytest.mark.parametrize("text, person, mention", [
    ("The People Power Party tabled a motion on Monday. The People Power Party's leader said "
     "the vote was rushed.", "People Power Party leader", "The People Power Party's leader"),
    ("Fidesz lost two seats in the by-election. Its leader said the count was unfair.",
     "Fidesz leader", "Its leader"),
    ("Fidesz lost two seats in the by-election. Its deputy leader said the count was unfair.",
     "Fidesz deputy leader", "Its deputy leader"),
    ("Komeito lost two seats in the by-election. Its co-leader told reporters the party "
     "would fight on.", "Komeito co-leader", "Its co-leader"),
])
def test_party_officer_named_by_office_is_a_person(analyze, text, person, mention):
    doc = analyze(text)
    officer = by_name(doc, person)
    assert officer.type == "person"
    assert mention in [m.text for m in officer.mentions]


def test_officer_with_a_name_is_that_person(analyze):
    doc = analyze("Fidesz lost two seats. Its leader, Karl Benedek, said the count was unfair.")
    assert "Fidesz leader" not in names(doc)
    assert "Karl Benedek" in names(doc)


def test_parties_of_the_gazetteer(analyze):
    doc = analyze("ActionSA walked out of the sitting on Tuesday; so did the Inkatha Freedom "
                  "Party, and Build One South Africa stayed away.")
    for party in ("Inkatha Freedom Party", "ActionSA", "Build One South Africa"):
        actor = by_name(doc, party)
        assert actor.type == "organization" and actor.country == "ZAF"
    assert "Build" not in names(doc)


def test_shared_party_name_is_the_home_states(analyze):
    doc = analyze("WELLINGTON - New Zealand's parliament met on Monday. New Zealand First and "
                  "ACT backed the schools bill in Wellington, while Labour voted against it.")
    assert by_name(doc, "New Zealand First").country == "NZL"
    labour = by_name(doc, "Labour")  # New Zealand's party, shown as written
    assert labour.country == "NZL" and "Labour Party" not in names(doc)


def test_two_parties_the_tagger_joined_are_two(analyze):
    doc = analyze("The Tisza Party, the Democratic Coalition and Momentum voted down the "
                  "budget in Budapest on Friday.")
    assert "Democratic Coalition" in names(doc)
    assert "Democratic Coalition and Momentum" not in names(doc)


@pytest.mark.parametrize("text, chapter, national", [
    ("The ACLU of Nebraska filed suit against the new map on Friday.",
     "ACLU of Nebraska", "ACLU"),
    ("The Audubon Society of Ohio asked the court to block the pipeline.",
     "Audubon Society of Ohio", "Audubon Society"),
    ("On Tuesday the Nebraska NAACP said it would join the suit.", "Nebraska NAACP", "NAACP"),
])
def test_state_chapter_is_one_organisation(analyze, text, chapter, national):
    doc = analyze(text)
    assert by_name(doc, chapter).type == "organization"
    assert national not in names(doc)


def test_state_before_a_party_is_no_chapter(analyze):
    doc = analyze("Nebraska Republicans overrode the governor's veto on Thursday.")
    assert "Nebraska Republicans" not in names(doc)


def test_hyphenated_given_name_is_whole(analyze):
    doc = analyze("Rep. Choi Jung-won said the bill was rushed. Rep. Han Ji-woo disagreed.")
    assert {"Choi Jung-won", "Han Ji-woo"} <= names(doc)
    assert not names(doc) & {"Choi Jung-", "Han Ji"}


@pytest.mark.parametrize("text, person, country, mention", [
    ("The Nebraska governor offered on television to send 300 troops.",
     "Nebraska governor", "USA", "The Nebraska governor"),
    ("Ohio's attorney general sued the agency on Monday.",
     "Ohio attorney general", "USA", "Ohio's attorney general"),
    ("Ontario's premier, a longtime critic of the bill, said it was a mistake.",
     "Ontario premier", "CAN", "Ontario's premier"),
    ("The president thanked the Texas governor for the offer.",
     "Texas governor", "USA", "the Texas governor"),
])
def test_unnamed_regional_office_holder_is_a_person(analyze, text, person, country, mention):
    doc = analyze(text)
    holder = by_name(doc, person)
    assert holder.type == "person" and holder.country == country
    assert mention in [m.text for m in holder.mentions]


def test_named_regional_office_holder_is_that_person(analyze):
    doc = analyze("The Iowa governor, Kim Reynolds, stayed silent on the plan.")
    assert "Iowa governor" not in names(doc)
    assert "Kim Reynolds" in names(doc)


def test_body_in_a_members_title_is_no_actor(analyze):
    doc = analyze("OTTAWA - A Liberal member of Parliament from Toronto quit the party on Monday.")
    assert "Parliament" not in names(doc)


def test_body_as_the_building_is_no_actor_unless_it_acts(analyze):
    doc = analyze("WELLINGTON - About 2,000 nurses rallied on the lawn of Parliament on Tuesday.")
    assert "Parliament" not in names(doc)
    doc = analyze("WELLINGTON - About 2,000 nurses rallied on the lawn of Parliament on Tuesday. "
                  "Parliament passed the pay bill a week later.")
    assert "Parliament" in names(doc)


def test_second_regional_office_holder_is_not_the_first(analyze):
    doc = analyze("SALEM - Ohio's governor refused the request on Monday. The Utah governor "
                  "offered on radio to send 200 troops.")
    assert by_name(doc, "Utah governor").mentions[0].text == "The Utah governor"
    assert "Ohio governor" in names(doc)


def test_party_name_ending_in_a_number(analyze):
    doc = analyze("WARSAW - Polska 2050 and the Polish People's Party backed the bill.")
    assert by_name(doc, "Polska 2050").country == "POL"


def test_electorate_is_no_group_actor(analyze):
    doc = analyze("The senator lost her seat after voters deserted her in the farm towns. "
                  "Under the new rule only citizens may register.")
    assert not {a.name for a in doc.actors if a.type == "group"} & {"voters", "citizens"}


def test_acting_collective_is_still_a_group(analyze):
    doc = analyze("Thousands of nurses marched on the ministry on Tuesday.")
    assert any(a.type == "group" and "nurses" in a.name for a in doc.actors)


def test_court_named_as_a_forum_is_an_actor(analyze):
    doc = analyze("LUSAKA - The opposition said on Monday it would contest the tally in the "
                  "Constitutional Court.")
    assert by_name(doc, "Constitutional Court").type == "organization"


def test_court_building_is_no_actor(analyze):
    doc = analyze("Reporters waited in the Supreme Court building for the ruling.")
    assert "Supreme Court" not in names(doc)
