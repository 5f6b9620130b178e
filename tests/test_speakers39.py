"""Speakers of stop 39, on our own sentences: a description's mention stops at a clause set
off by a comma inside it, and a name speaking through its office keeps "'s office"."""

from __future__ import annotations


def _forms(doc) -> set[str]:
    return {m.text for a in doc.actors for m in a.mentions}


def test_a_comma_clause_inside_the_phrase_is_left_out(analyze_undated) -> None:
    doc = analyze_undated("The governor of the Tolna province, where the factory employs "
                          "about 900 people, called the ruling \"a disaster.\"")
    assert "The governor of the Tolna province" in _forms(doc)


def test_a_restrictive_clause_inside_the_phrase_stays(analyze_undated) -> None:
    doc = analyze_undated("The mayor of the town that hosts the refinery said the closure "
                          "would cost jobs.")
    assert "The mayor of the town that hosts the refinery" in _forms(doc)


def test_a_name_speaking_through_its_office_keeps_the_office(analyze_undated) -> None:
    doc = analyze_undated("The Ombudsman's office said the new fee broke the constitution. "
                          "Parliament will debate the fee on Monday.")
    assert "The Ombudsman's office" in _forms(doc)


def _said(doc) -> set[tuple[str | None, str]]:
    names = {a.id: a.name for a in doc.actors}
    return {(names.get(s.speaker), s.content_text) for s in doc.statements}


def test_a_question_put_to_the_answerer_is_not_his_statement(analyze_undated) -> None:
    doc = analyze_undated('Asked whether the tariff could return, Ivo Melnik said that '
                          'nothing was decided. Karel Petrov, asked whether he would resign, '
                          'said: "We are open to talks."')
    contents = {c for _, c in _said(doc)}
    assert not any(c.startswith("whether") for c in contents)
    assert ("Ivo Melnik", "nothing was decided") in _said(doc)
    assert ("Karel Petrov", "We are open to talks.") in _said(doc)


def test_one_who_asks_whether_still_says_it(analyze_undated) -> None:
    doc = analyze_undated("Senator Ruth Vane asked whether the minister would resign, and "
                          "said the inquiry was over.")
    assert ("Ruth Vane", "whether the minister would resign") in _said(doc)


def test_a_boxs_title_is_no_statement(analyze_undated) -> None:
    doc = analyze_undated("Dock strike enters third week\n\nThe dockers' union said on Monday "
                          "the strike would go on.\n\nTIMELINE: How the port dispute keeps "
                          "dragging\n\n2024 - The union rejects the first offer.")
    assert not any("port dispute" in s.content_text for s in doc.statements)
    assert ("dockers' union", "the strike would go on") in _said(doc)


def test_an_order_or_a_refusal_is_an_act_not_a_statement(analyze_undated) -> None:
    doc = analyze_undated("The court ordered the agency to stop the deportations. The union "
                          "refused to sign the deal, its leader said.")
    contents = {c for _, c in _said(doc)}
    assert "the agency to stop the deportations" not in contents
    assert any("refused to sign the deal" in c for c in contents)  # the leader's words
    assert "court" in {a.name for a in doc.actors}  # the one who ordered stays an actor
