"""Speakers of stop 42, on our own sentences: a report relayed inside another's report by an
indefinite teller ("several nurses had told her that X", "he had been told by a senior
official that Y") is the teller's statement beside the report it is told in."""

from __future__ import annotations

from statement_support import speakers_by_content as _said


def test_an_indefinite_teller_of_a_relayed_report(analyze_undated) -> None:
    doc = analyze_undated("Lena Brandt said a night nurse had told her that the ward had run "
                          "out of gloves.")
    said = _said(doc)
    teller = said["the ward had run out of gloves"]
    assert len(teller) == 1 and teller[0] is not None and "nurse" in teller[0]
    outer = next(c for c in said if c.startswith("a night nurse"))
    assert said[outer] == ["Lena Brandt"]


def test_a_counted_teller(analyze_undated) -> None:
    doc = analyze_undated("Anna Berg said two inspectors had told the union that the mine was "
                          "unsafe.")
    teller = _said(doc)["the mine was unsafe"]
    assert len(teller) == 1 and teller[0] is not None and "inspectors" in teller[0]


def test_an_indefinite_teller_after_by(analyze_undated) -> None:
    doc = analyze_undated("Tomas Dvorak said he had been told by a senior official in March "
                          "that the plant would close.")
    teller = _said(doc)["the plant would close"]
    assert len(teller) == 1 and teller[0] is not None and "official" in teller[0]


def test_a_relayed_report_with_a_time_between(analyze_undated) -> None:
    # the tagger reads "told" after "had" and an object with a time phrase as a past form
    doc = analyze_undated("Ivo Kral said the mayor had told him on Tuesday morning that the "
                          "bridge was closed.")
    assert _said(doc)["the bridge was closed"] == ["mayor"]


def test_a_teller_who_is_named_nowhere_and_is_no_noun_stays_out(analyze_undated) -> None:
    doc = analyze_undated("Carla Mendes said she had been told that the contract was safe.")
    assert "the contract was safe" not in _said(doc)


def test_one_counted_out_of_a_group_and_named_speaks_as_the_name(analyze_undated) -> None:
    doc = analyze_undated("Labour MPs split on the bill. One of the Labour rebels, Geoffrey "
                          "Hale, said he had no quarrel with teenagers.")
    assert _said(doc)["he had no quarrel with teenagers"] == ["Geoffrey Hale"]


def test_a_tag_before_and_splits_the_report_in_two(analyze_undated) -> None:
    doc = analyze_undated("Back home, Mira Tan did the sums. She does not blame the unions, she "
                          "said, and she does not blame the government.")
    said = _said(doc)
    assert said["She does not blame the unions"] == ["Mira Tan"]
    assert said["she does not blame the government"] == ["Mira Tan"]


def test_a_tag_before_but_splits_the_report_in_two(analyze_undated) -> None:
    doc = analyze_undated("The bakers' union met on Monday. Its leader, Rui Costa, spoke after "
                          "the vote. The union would accept the offer, he said, but would "
                          "strike again in May.")
    said = _said(doc)
    assert said["The union would accept the offer"] == ["Rui Costa"]
    assert said["would strike again in May"] == ["Rui Costa"]



def test_a_partys_leader_is_not_the_prime_minister(analyze_undated) -> None:
    doc = analyze_undated("CANBERRA (Reuters) - The Liberals voted against the tax bill.\n\n"
                          "The prime minister said the vote was a good day for families.\n\n"
                          "The Liberal leader called the bill a cash grab.")
    said = _said(doc)
    assert said["the vote was a good day for families"] == ["prime minister"]
    leader = said["the bill a cash grab"]
    assert leader != ["prime minister"] and leader[0] is not None and "leader" in leader[0]
