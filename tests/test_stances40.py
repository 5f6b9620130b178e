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


def test_a_refusal_in_the_lead_turns_the_decision(engine) -> None:
    # stop 46: backing the refusal opposes what was refused (it was left alone until then)
    got = stances(engine, "Norway refused on Monday to shut the Swedish fishing office in "
                          "Tromso. The Labour Party backed the decision.")
    refused = next(s[2] for s in got if s[0] == "Norway")
    assert ("Labour Party", "oppose", refused) in got


def test_a_protest_in_the_lead_leaves_the_decision_alone(engine) -> None:
    got = stances(engine, "Sweden protested on Monday against Norway's plan to shut the fishing "
                          "office in Tromso. The Labour Party backed the decision.")
    protested = next(s[2] for s in got if s[0] == "Sweden")
    assert not [s for s in got if s[0] == "Labour Party" and s[2] == protested]


VOTE = ("The U.N. General Assembly adopted a resolution on Tuesday condemning the coup in Gabon "
        "by 120 votes to 9, with 30 abstentions. ")


def test_those_voting_against_included_a_list(engine) -> None:
    got = stances(engine, VOTE + "Those voting against included Cuba, Laos and Venezuela.")
    on = next(s[2] for s in got if s[0] == "UN General Assembly")
    assert {("Cuba", "oppose", on), ("Laos", "oppose", on),
            ("Venezuela", "oppose", on)} <= set(got)


def test_the_abstainers_a_list_is_among_abstain(engine) -> None:
    got = stances(engine, VOTE + "Chile and Peru were among the abstainers. The abstainers "
                                 "also included Ghana.")
    on = next(s[2] for s in got if s[0] == "UN General Assembly")
    assert {("Chile", "neutral", on), ("Peru", "neutral", on),
            ("Ghana", "neutral", on)} <= set(got)


def test_voters_who_say_something_are_no_list(engine) -> None:
    got = stances(engine, VOTE + "Those voting against the resolution said Cuba had been "
                                 "treated unfairly.")
    on = next(s[2] for s in got if s[0] == "UN General Assembly")
    assert ("Cuba", "oppose", on) not in got
