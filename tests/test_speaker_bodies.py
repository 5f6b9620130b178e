"""Unnamed state bodies as speakers: "the foreign ministry said", "officials said" with no
state in their own words speak for a state (the gold convention of tests/gold/dev21 and dev26),
on our own sentences."""

from __future__ import annotations

import pytest

from stancemap.model import Article, Document


@pytest.fixture(scope="module")
def analyze():
    from stancemap.pipeline import Engine

    engine = Engine()
    return lambda text: engine.analyze(Article(id="t", text=text))


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
