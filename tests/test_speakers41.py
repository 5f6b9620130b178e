"""Speakers of stop 41, on our own sentences: a passive report of telling with its teller
after "by" ("she had been told by B that X") is B's statement beside the report it is told in."""

from __future__ import annotations

from statement_support import speakers_by_content as _said


def test_a_passive_telling_is_the_tellers_statement(analyze_undated) -> None:
    doc = analyze_undated("The mayor of Arles, Paul Girard, said he had been told by the "
                          "interior minister, Anne Roux, that the bridge would stay open.")
    said = _said(doc)
    assert said["the bridge would stay open"] == ["Anne Roux"]
    outer = next(c for c in said if c.startswith("he had been told"))
    assert said[outer] == ["Paul Girard"]


def test_a_passive_telling_to_do_something(analyze_undated) -> None:
    doc = analyze_undated("One Slovak diplomat said colleagues had been told by the ministry's "
                          "legal department to keep every letter.")
    st = next(s for s in doc.statements if s.content_text == "to keep every letter")
    assert st.source is not None and st.source.text == "the ministry's legal department"


def test_a_passive_warning_by_a_named_teller(analyze_undated) -> None:
    doc = analyze_undated("Marta Kovac said she had been warned by Ivan Horvat that the "
                          "contract would be cancelled.")
    assert _said(doc)["the contract would be cancelled"] == ["Ivan Horvat"]


def test_a_passive_without_a_teller_reports_nothing_of_its_own(analyze_undated) -> None:
    doc = analyze_undated("Marta Kovac said she had been told that the contract would be "
                          "cancelled.")
    assert "the contract would be cancelled" not in _said(doc)


def test_a_school_that_told_someone_is_no_she(analyze_undated) -> None:
    doc = analyze_undated("A teacher from Split, Ana Babic, said her daughter had been told "
                          "by her school that the trip was off. She said she would complain.")
    said = _said(doc)
    assert said["she would complain"] == ["Ana Babic"]
    school = said["the trip was off"][0]
    assert school is not None and "school" in school.lower()
    kinds = {a.name: a.type for a in doc.actors}
    assert kinds[school] == "organization"


def test_not_saying_whether_is_no_statement(analyze_undated) -> None:
    doc = analyze_undated("The port authority said it would study the ruling. It did not say "
                          "whether it would appeal. Its director has not explained how the "
                          "fines would be paid.")
    said = _said(doc)
    assert "it would study the ruling" in said
    assert not any(c.startswith(("whether", "how")) for c in said)


def test_declining_to_say_whether_stays_a_statement(analyze_undated) -> None:
    doc = analyze_undated("Marta Kovac, the port director, declined to say whether she had "
                          "met the minister.")
    assert _said(doc)["whether she had met the minister"] == ["Marta Kovac"]


def test_not_saying_a_claim_is_still_reported(analyze_undated) -> None:
    doc = analyze_undated("Marta Kovac did not say the deal was dead.")
    assert "the deal was dead" in _said(doc)


def test_a_position_hedged_with_but_stays_whole(analyze_undated) -> None:
    doc = analyze_undated("The farmers' union said it backed the water limits but wanted "
                          "money to adapt.")
    said = _said(doc)
    assert "it backed the water limits but wanted money to adapt" in said
    assert "it backed the water limits" not in said


def test_and_with_a_report_of_its_own_is_still_cut(analyze_undated) -> None:
    doc = analyze_undated("The farmers' union said the limits were unfair and urged the "
                          "minister to resign.")
    said = _said(doc)
    assert "the limits were unfair" in said
    assert "the minister to resign" in said


def test_but_warned_is_a_report_of_its_own(analyze_undated) -> None:
    doc = analyze_undated("The farmers' union said it backed the water limits but warned "
                          "that growers would need money to adapt.")
    said = _said(doc)
    assert "it backed the water limits" in said
    assert "growers would need money to adapt" in said


def test_a_relayed_report_in_a_second_that_clause(analyze_undated) -> None:
    doc = analyze_undated("Marta Kovac said she had resigned, and that the party chairman had "
                          "assured her that the seat was safe.")
    said = _said(doc)
    speaker = said["the seat was safe"][0]
    assert speaker is not None and "chairman" in speaker.lower()
