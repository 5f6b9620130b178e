"""Speakers of stop 36 (wave 2), on our own sentences: the unnamed head of an organisation
the story named by its short form ("The WRF president"), and a group description followed by
the group's own name ("the environmental group River Watch")."""

from __future__ import annotations

from statement_support import said

ROWING = ("The Dutch federation's chairman, Pieter van Aalst, said the vote was a mistake. "
          "The World Rowing Federation (WRF) approved it anyway. The WRF president defended "
          "the vote. \"Our rules do not let us punish rowers for what their governments do,\" "
          "he told reporters.")


def test_the_head_of_an_organisation_named_by_its_short_form_is_the_speaker(
        analyze_undated) -> None:
    doc = analyze_undated(ROWING)
    head = next(a for a in doc.actors if a.name == "WRF president")
    assert head.type == "person"
    got = said(doc)
    assert ("WRF president",
            "Our rules do not let us punish rowers for what their governments do,") in got
    assert ("Pieter van Aalst",
            "Our rules do not let us punish rowers for what their governments do,") not in got


def test_a_group_described_and_then_named_is_not_the_body_named_before(analyze_undated) -> None:
    doc = analyze_undated("The Danube Basin Council took no side. Its director said the review had "
                  "found risks. The environmental group River Watch called the permit \"a death "
                  "sentence for the sturgeon\" and urged Austrian banks not to finance it.")
    got = said(doc)
    assert ("Danube Basin Council", "Austrian banks not to finance it") not in got
    assert ("River Watch", "Austrian banks not to finance it") in got


def test_a_bare_group_description_still_points_back(analyze_undated) -> None:
    doc = analyze_undated("Greenpeace sued the ministry on Monday. The group said on Tuesday "
                          "that the permit broke the law.")
    assert ("Greenpeace", "the permit broke the law") in said(doc)
