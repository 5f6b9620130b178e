"""Stop 40: document stances (issue #13): a bare "the decision" is the act the story leads with
(``propositions.Merger._lead_decision``)."""

from __future__ import annotations

from stance_support import stances

LEAD = ("Norway ordered Sweden on Monday to shut its fishing office in Tromso within 20 days. "
        "The Swedish embassy called it a mistake. ")


def test_a_bare_decision_is_the_act_the_story_leads_with(engine) -> None:
    got = stances(engine, LEAD + "The Labour Party backed the decision, while the Farmers' "
                                 "Union criticised the decision.")
    lead = next(s[2] for s in got if s[0] == "Norway")
    assert "fishing office" in lead
    assert ("Labour Party", "support", lead) in got
    assert ("Farmers' Union", "oppose", lead) in got


def test_a_decision_with_its_own_words_is_not_the_lead(engine) -> None:
    got = stances(engine, LEAD + "The Labour Party backed the decision to raise fuel duties.")
    lead = next(s[2] for s in got if s[0] == "Norway")
    assert ("Labour Party", "support", lead) not in got


def test_a_lead_act_against_something_leaves_the_decision_alone(engine) -> None:
    got = stances(engine, "Norway refused on Monday to shut the Swedish fishing office in "
                          "Tromso. The Labour Party backed the decision.")
    refused = next(s[2] for s in got if s[0] == "Norway")
    assert not [s for s in got if s[0] == "Labour Party" and s[2] == refused]
