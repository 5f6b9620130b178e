"""Stop 42: split propositions (issue #13): a text named by a participle that restates a vote
is what was voted on, and the act a bare "the decision" names may be told in a fourth opening
sentence."""

from __future__ import annotations

from stance_support import stances

from stancemap.pipeline import Engine


def test_a_participle_restating_the_vote_names_what_was_voted_on(engine: Engine) -> None:
    got = stances(engine, "The Danish parliament voted on Monday to ban disposable vapes, "
                          "backing the ministry's health bill by 90 votes to 20. The Social "
                          "Democrats and the Green Left voted for the bill.")
    labels = {label for _, _, label in got}
    assert len(labels) == 1, got
    assert {h for h, p, _ in got if p == "support"} >= {"Social Democrats", "Green Left"}


def test_a_participle_of_the_other_sign_stays_apart(engine: Engine) -> None:
    got = stances(engine, "The Danish parliament voted on Monday to ban disposable vapes, "
                          "rejecting the ministry's health bill by 90 votes to 20. The Social "
                          "Democrats voted for the bill.")
    labels = {label for _, _, label in got}
    assert len(labels) == 2, got


def test_a_lead_act_in_the_fourth_sentence_is_the_decision(engine: Engine) -> None:
    got = stances(engine, "Anna Berg opens her bakery in Malmo at five every morning. She works "
                          "the oven herself. On Friday she heard the news. Sweden's parliament "
                          "voted on Friday to cut the value added tax on bread. The Bakers' "
                          "Federation backed the decision.")
    labels = {label for h, _, label in got if h == "Bakers' Federation"}
    gov = {label for h, _, label in got if h != "Bakers' Federation"}
    assert labels and labels <= gov, got
