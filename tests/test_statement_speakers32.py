"""Speakers the parser hides (stop 32): a subjectless cue after a clause the parser hung
before it, and words on protest signs, on our own sentences."""

from __future__ import annotations

import pytest

from stancemap.model import Article, Document


@pytest.fixture(scope="module")
def analyze():
    from stancemap.pipeline import Engine

    engine = Engine()
    return lambda text: engine.analyze(Article(id="t", text=text))


def said(doc: Document, words: str) -> str | None:
    """The speaker's actor name of the statement whose content holds ``words``."""
    names = {a.id: a.name for a in doc.actors}
    for s in doc.statements:
        if words in s.content.text:
            return names.get(s.speaker) if s.speaker else None
    contents = [s.content.text for s in doc.statements]
    raise AssertionError(f"no statement holds {words!r}: {contents}")


def test_cue_after_a_list_of_the_subjects_acts(analyze):
    doc = analyze("Mayor Ines Albrecht, speaking at the harbour on Friday, opened the new ferry "
                  "terminal, said she regretted the long delays and promised to cut fares by "
                  "the summer.")
    assert said(doc, "regretted the long delays") == "Ines Albrecht"


def test_cue_after_a_name_in_apposition_at_the_end_of_a_long_clause(analyze):
    doc = analyze("The council approved the budget late on Tuesday, while the opposition's "
                  "finance critic, Councillor Paul Dremmer, said the plan would \"bury the "
                  "city in debt for a generation.\"")
    assert said(doc, "bury the") == "Paul Dremmer"


def test_placards_speak_for_the_crowd_carrying_them(analyze):
    doc = analyze("Hundreds of nurses marched through central Leeds on Saturday, some carrying "
                  "placards that read \"Safe staffing saves lives.\"")
    assert said(doc, "Safe staffing") is not None
    assert "nurses" in said(doc, "Safe staffing").lower()


def test_banners_held_up_by_a_named_group(analyze):
    doc = analyze("Outside the ministry, members of the Farmers' Union of Wales held up "
                  "banners reading \"No farms, no food.\"")
    assert said(doc, "No farms") is not None
    assert "banner" not in (said(doc, "No farms") or "").lower()


def test_a_claim_another_speaker_labels_is_that_speakers_statement(analyze):
    doc = analyze("Senator Mona Feld said the harbour contract had been \"rigged from the "
                  "start,\" a charge the port authority's director, Ivo Brandt, called "
                  "\"pure fiction.\"")
    assert said(doc, "pure fiction") == "Ivo Brandt"
    assert "charge" not in next(s.content.text for s in doc.statements
                                if "rigged" in s.content.text)


def test_a_move_an_unnamed_ministry_described_is_cut_from_the_report(analyze):
    doc = analyze("Chile said it had sent two more frigates to the northern coast, a move "
                  "the navy in Lima described as \"needlessly provocative.\"")
    before = next(s.content.text for s in doc.statements if "frigates" in s.content.text)
    assert "a move" not in before
    assert any("needlessly provocative" in s.content.text for s in doc.statements)


def test_stopping_short_of_a_report_says_nothing(analyze):
    doc = analyze("The farmers' federation said the subsidy cut was \"a betrayal,\" but its "
                  "president stopped short of calling for the minister to resign.")
    assert not any("resign" in s.content.text for s in doc.statements)
    assert said(doc, "betrayal") is not None


def test_a_headline_holds_no_statement(analyze):
    doc = analyze("Dockworkers say they will strike over pension cuts\n\n"
                  "ROTTERDAM, March 3 - The dockworkers' union said on Monday that its members "
                  "would walk out for 48 hours unless the port authority withdrew its plan.")
    contents = [s.content.text for s in doc.statements]
    assert not any("they will strike" in c for c in contents), contents
    assert any("would walk out" in c for c in contents), contents
