"""Stop 41: document stances (issue #13): a state's own body named by the state's possessive
holds for the state; a failed override is no stance; a wire dateline ends a headline; a
headline's present tense tells the doer's act."""

from __future__ import annotations

from stance_support import stances

from stancemap.pipeline import Engine
from stancemap.readers import Article


def test_a_states_parliament_votes_for_the_state(engine: Engine) -> None:
    got = stances(engine, "Norway's parliament voted on Monday to leave the fisheries treaty.")
    assert [(h, p) for h, p, _ in got] == [("Norway", "support")]
    assert "fisheries treaty" in got[0][2]


def test_a_states_government_holds_for_the_state(engine: Engine) -> None:
    got = stances(engine, "Kenya's government rejected the new mining code on Friday.")
    assert [(h, p) for h, p, _ in got] == [("Kenya", "oppose")]


def test_a_body_of_a_person_is_not_a_state(engine: Engine) -> None:
    got = stances(engine, "Senator Ruiz's staff rejected the new mining code on Friday.")
    assert not [s for s in got if s[0] != "Ruiz"]


def test_failing_to_override_a_veto_is_no_stance(engine: Engine) -> None:
    got = stances(engine, "The assembly failed on Tuesday to override the governor's veto of "
                          "the water bill.")
    assert not [s for s in got if s[0] == "assembly"]


def test_a_dateline_ends_the_headline_line(engine: Engine) -> None:
    text = ("Norway votes to leave fisheries treaty\n"
            "OSLO, March 3 - Norway's parliament voted on Tuesday to leave the fisheries "
            "treaty with Iceland.\n")
    doc = engine.analyze(Article(id="t", text=text))
    assert all("\n" not in p.label and "OSLO" not in p.label for p in doc.propositions)
    assert all("OSLO" not in m.text for p in doc.propositions for m in p.mentions)


def test_a_live_blog_time_stamp_ends_the_headline_line(engine: Engine) -> None:
    text = ("LIVE: Farmers block the ring road\n"
            "08:30 - Good morning. Farmers have blocked the ring road around Lyon.\n")
    doc = engine.analyze(Article(id="t", text=text))
    assert all("08:30" not in p.label for p in doc.propositions)


def test_a_headline_in_the_present_tense_tells_the_doers_act(engine: Engine) -> None:
    got = stances(engine, "Latvia bans Russian television channels\n\nRIGA, May 2 - The channels "
                          "will go dark on Friday, officials said. Russia condemned the ban, and "
                          "Estonia welcomed it.")
    ban = next(s[2] for s in got if s[0] == "Russia")
    assert ("Latvia", "support", ban) in got
    assert ("Russia", "oppose", ban) in got


def test_a_present_tense_outside_the_headline_is_no_act(engine: Engine) -> None:
    got = stances(engine, "Officials say Latvia bans Russian television channels every winter. "
                          "Russia condemned the ban.")
    assert not [s for s in got if s[0] == "Latvia"]
