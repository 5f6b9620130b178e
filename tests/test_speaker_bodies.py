"""Unnamed state bodies as speakers: "the foreign ministry said", "officials said" with no
state in their own words speak for a state (the gold convention of tests/gold/dev21 and dev26),
on our own sentences."""

from __future__ import annotations

import pytest

from stancemap.model import Document


@pytest.fixture(scope="module")
def analyze(analyze_undated):
    """Undated texts, on the session's engine (conftest.py)."""
    return analyze_undated


def speakers(doc: Document) -> list[tuple[str | None, str | None, str]]:
    """(speaker name, speaker country, content) of each statement."""
    by_id = {a.id: a for a in doc.actors}
    return [(by_id[s.speaker].name if s.speaker in by_id else None,
             by_id[s.speaker].country if s.speaker in by_id else None, s.content.text)
            for s in doc.statements]


def said(doc: Document, words: str) -> tuple[str | None, str | None]:
    hits = [(name, country) for name, country, content in speakers(doc) if words in content]
    assert len(hits) == 1, speakers(doc)
    return hits[0]


def test_a_fronted_capital_names_the_ministry_state(analyze) -> None:
    doc = analyze("Brazil expelled two diplomats on Monday. In Lisbon, the foreign ministry "
                  "said the expulsions were regrettable.")
    assert said(doc, "expulsions were regrettable") == ("Portugal", "PRT")


def test_a_fronted_capital_names_a_state_the_text_named(analyze) -> None:
    doc = analyze("Norway blocked the motion. In Oslo, the foreign ministry said the motion "
                  "was premature.")
    assert said(doc, "motion was premature") == ("Norway", "NOR")
    assert not any(a.name.lower() == "ministry" for a in doc.actors)


def test_officials_after_a_dateline_speak_for_its_state(analyze) -> None:
    doc = analyze("VILNIUS, May 3 - Lithuania will close two border crossings with Belarus, "
                  "the interior minister said on Friday.\n\nThe closure was agreed at a "
                  "night session of the cabinet, officials said.")
    assert said(doc, "closure was agreed") == ("Lithuania", "LTU")


def test_a_bureau_dateline_of_no_actor_leaves_the_home_state(analyze) -> None:
    doc = analyze("NAIROBI, May 3 - Ethiopia freed 300 prisoners on Friday. Ethiopia said "
                  "more would follow. Ethiopia also closed a camp, and Ethiopia reopened "
                  "a road.\n\nOfficials said the releases would go on next week.")
    assert said(doc, "releases would go on") == ("Ethiopia", "ETH")


def test_foreign_officials_are_no_state_of_the_story(analyze) -> None:
    doc = analyze("VILNIUS, May 3 - Lithuania will close two border crossings with Belarus. "
                  "Foreign officials said the closure was hasty.")
    name, country = said(doc, "closure was hasty")
    assert (name, country) != ("Lithuania", "LTU")


def test_where_a_group_comes_from_is_part_of_its_name(analyze) -> None:
    doc = analyze("The navy seized a trawler near the reef. Farmers from Mindanao said they "
                  "would block the port road on Monday.")
    name, _ = said(doc, "block the port road")
    assert name == "Farmers from Mindanao"


def test_where_economists_work_is_part_of_their_name(analyze) -> None:
    doc = analyze("The central bank held rates at 9 percent. Analysts at two Chilean banks "
                  "said the decision was expected.")
    name, _ = said(doc, "decision was expected")
    assert name == "Analysts at two Chilean banks"


def test_from_a_counted_set_of_states_is_no_origin(analyze) -> None:
    doc = analyze("Chile and Peru signed the accord. Officials from the two countries said "
                  "it would take effect in May.")
    assert all("from the two" not in a.name for a in doc.actors)


def test_a_state_aide_of_no_named_state_is_of_the_home_state(analyze) -> None:
    doc = analyze("Latvia raised fuel duties on Monday. Latvia said the money would go to "
                  "schools. Latvia also froze wages. A cabinet aide said the cabinet "
                  "regretted the protests.")
    assert said(doc, "cabinet regretted the protests") == ("cabinet aide", "LVA")


def test_a_fronted_capital_gives_an_aide_a_state(analyze) -> None:
    doc = analyze("The council ended the mission. In Kampala, a senior aide said no troops "
                  "would stay behind.")
    assert said(doc, "troops would stay behind") == ("senior aide", "UGA")


def test_a_state_bodys_spokesperson_speaks_as_the_state(analyze) -> None:
    doc = analyze("Latvia raised fuel duties on Monday. Latvia said the money would go to "
                  "schools. Latvia also froze wages. A government spokeswoman said the "
                  "cabinet regretted the protests.")
    assert said(doc, "cabinet regretted the protests") == ("Latvia", "LVA")
    doc = analyze("The council ended the mission. In Kampala, an army spokesman said no "
                  "Ugandan troops would stay behind.")
    assert said(doc, "troops would stay behind") == ("Uganda", "UGA")


def test_an_unnamed_official_of_a_bloc_takes_no_home_state(analyze) -> None:
    doc = analyze("Latvia raised fuel duties on Monday. Latvia said the money would go to "
                  "schools. Latvia also froze wages. A senior EU official said the duties "
                  "broke no rules.")
    _, country = said(doc, "broke no rules")
    assert country is None


def test_a_naval_rank_is_a_title_not_part_of_the_name(analyze) -> None:
    doc = analyze("The navy said a patrol boat was hit. Its spokesman, Commodore Ana Reyes, "
                  "said the crew was safe.")
    assert said(doc, "crew was safe")[0] == "Ana Reyes"


def test_officials_in_a_capital_are_its_state(analyze) -> None:
    doc = analyze("Chile and Peru signed the accord. Officials in Lima said it would take "
                  "effect in May.")
    assert said(doc, "take effect in May") == ("Peru", "PER")
    assert not any(a.name.startswith("Officials") for a in doc.actors)


def test_officials_in_a_seat_of_a_bloc_stay_a_group(analyze) -> None:
    doc = analyze("The EU delayed the talks. Officials in Brussels said a decision would "
                  "come in June.")
    assert said(doc, "decision would come")[0] == "Officials in Brussels"


def test_a_pronoun_is_not_the_person_its_own_clause_names(analyze) -> None:
    doc = analyze("Marta Lindqvist has the backing of the party's Senate leader, Jonas Berg. "
                  "He said he trusted Lindqvist to lead the campaign.")
    assert said(doc, "trusted Lindqvist")[0] == "Jonas Berg"


def test_a_name_after_a_relative_is_a_person(analyze) -> None:
    # the tagger reads this name as an organisation; the relative before it says a person
    doc = analyze("Ben Okoro was freed. Okoro's sister, Nkechi Okoro, said the family was "
                  "grateful to the mediators. \"We only want him home,\" she said.")
    person = next(a for a in doc.actors if a.name == "Nkechi Okoro")
    assert person.type == "person"
    assert said(doc, "only want him home")[0] == "Nkechi Okoro"


def test_a_body_word_inside_an_office_name_is_no_other_body(analyze) -> None:
    doc = analyze("Human Rights Watch said the raid was unlawful. The U.N. human rights "
                  "office said the deaths must be investigated.")
    assert said(doc, "deaths must be investigated")[0] != "Human Rights Watch"


def test_a_fronted_capital_names_the_government(analyze) -> None:
    doc = analyze("Brazil abstained in the vote. In Nairobi, the government, whose police "
                  "lead the force, said it would bring its officers home.")
    assert said(doc, "bring its officers home") == ("Kenya", "KEN")
