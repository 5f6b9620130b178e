"""Statements of stop 31 (domestic politics), on our own sentences: a question left open
by a refusal ("declined to say whether X") is the refuser's statement."""

from __future__ import annotations

import pytest

from stancemap.model import Article, Document


@pytest.fixture(scope="module")
def analyze(engine):
    """Text to an undated Document, on the session's engine (conftest.py)."""
    return lambda text: engine.analyze(Article(id="t", text=text))


def said(doc: Document) -> list[tuple[str | None, str | None, str]]:
    """(speaker name, cue, content) of each statement, in text order."""
    by_id = {a.id: a.name for a in doc.actors}
    return [(by_id.get(s.speaker) if s.speaker else None, s.cue.text if s.cue else None,
             s.content.text) for s in doc.statements]


def test_a_refusal_to_say_whether_is_a_statement(analyze) -> None:
    doc = analyze("Senator Ada Morrow declined to say whether she would back the farm bill.")
    assert said(doc) == [("Ada Morrow", "declined to say", "whether she would back the farm bill")]


def test_a_refusal_with_if_is_a_statement(analyze) -> None:
    doc = analyze("Governor Ray Dunn refused to say if he would sign the tax bill.")
    assert said(doc) == [("Ray Dunn", "refused to say", "if he would sign the tax bill")]


def test_a_refusal_joined_to_a_report_is_the_same_speakers(analyze) -> None:
    doc = analyze("Councillor Lena Park said the levy was unfair but declined to say whether "
                  "she would vote against it.")
    assert ("Lena Park", "declined to say", "whether she would vote against it") in said(doc)
    assert ("Lena Park", "said", "the levy was unfair") in said(doc)


def test_a_refusal_to_comment_is_still_no_statement(analyze) -> None:
    assert said(analyze("Senator Ada Morrow declined to comment on the farm bill.")) == []


def test_words_relayed_in_a_report_are_the_teller_s_too(analyze) -> None:
    doc = analyze("Senator Ruth Vale said Governor Amos Hart had told her that the levy "
                  "would be dropped.")
    got = said(doc)
    assert ("Ruth Vale", "said",
            "Governor Amos Hart had told her that the levy would be dropped") in got
    assert ("Amos Hart", "told", "the levy would be dropped") in got


def test_an_assurance_relayed_in_a_report(analyze) -> None:
    doc = analyze("The treasurer, Nora Quill, said the mayor Otis Brand had assured her that "
                  "the audit was complete.")
    assert ("Otis Brand", "assured", "the audit was complete") in said(doc)


def test_an_instruction_relayed_in_a_report(analyze) -> None:
    doc = analyze("Clerk Hugo Marsh said Councillor Ida Penn had instructed him to delay "
                  "the count.")
    assert ("Ida Penn", "instructed", "him to delay the count") in said(doc)


def test_a_plain_past_tell_in_a_report_is_not_relayed(analyze) -> None:
    # no perfect: the report's own content, not a second statement
    doc = analyze("Senator Ruth Vale said Governor Amos Hart told reporters the levy was dead.")
    assert [s for s in said(doc) if s[0] == "Amos Hart"] == []


def test_a_quoted_word_before_an_inverted_tag_is_no_speaker(analyze) -> None:
    doc = analyze("The Green Party welcomed the deal. \"This,\" said its national secretary, "
                  "Mara Lind, \"is what our members wanted.\"")
    got = said(doc)
    assert ("Mara Lind", "said", "This,") in got
    assert ("Mara Lind", "said", "is what our members wanted.") in got


def test_a_pronoun_after_an_unnamed_role_holder_is_the_holder(analyze) -> None:
    doc = analyze("The panel's chairman, a Democrat from Iowa, declined to say whether Rep. "
                  "Carl Moss should quit. \"The findings are clear,\" he told reporters.")
    assert ("panel's chairman", "told", "The findings are clear,") in [
        (name, cue, content) for name, cue, content in said(doc)]


def test_a_pronoun_after_a_role_holder_across_a_paragraph(analyze) -> None:
    doc = analyze("Senator Iris Dane voted against the plan.\n\nThe governor called the plan "
                  "\"a tax in disguise.\"\n\nShe said it hurt the farming counties \"most of "
                  "all.\"")
    assert [s[0] for s in said(doc) if "farming counties" in s[2]] == ["governor"]


def test_a_pronoun_after_a_named_subject_keeps_its_person(analyze) -> None:
    doc = analyze("Rep. Carl Moss met the panel's chairman on Monday. \"The findings are "
                  "wrong,\" he told reporters.")
    assert [s[0] for s in said(doc) if "findings" in s[2]] == ["Carl Moss"]


def test_a_second_report_hung_under_an_adjective_clause_is_the_speaker_s(analyze) -> None:
    doc = analyze("The Growers Council said it was \"deeply worried\" that the tariff would "
                  "hurt exports and urged both parties to reopen talks.")
    assert ("Growers Council", "urged", "both parties to reopen talks") in said(doc)


def test_a_second_report_after_a_feeling_clause(analyze) -> None:
    doc = analyze("Mayor Lena Vos said she was afraid that the plant would close and warned "
                  "that hundreds of jobs would go.")
    assert ("Lena Vos", "warned", "hundreds of jobs would go") in said(doc)


def test_a_joint_statement_with_a_participle_is_each_issuer_s(analyze) -> None:
    # "hailing" is no cue of its own: the issued statement's participle reports the words
    doc = analyze("Norway, Chile and Ghana issued a joint statement hailing the truce and "
                  "offering monitors.")
    got = said(doc)
    assert {s[0] for s in got if "the truce" in s[2]} == {"Norway", "Chile", "Ghana"}


def test_a_list_of_states_parsed_as_an_apposition_speaks_for_each(analyze) -> None:
    doc = analyze("Peru, Bolivia, Ecuador and Paraguay issued statements supporting the "
                  "treaty and its review clause.")
    assert {s[0] for s in said(doc) if "treaty" in s[2]} == {
        "Peru", "Bolivia", "Ecuador", "Paraguay"}


def test_an_acronym_in_apposition_is_no_second_speaker(analyze) -> None:
    doc = analyze("The Danish Farmers Federation, DFF, urged the minister to drop the levy.")
    assert len([s for s in said(doc) if "drop the levy" in s[2]]) == 1
