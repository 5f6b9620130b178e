"""Stop 35's SEESAW mends (issue #13), each with sentences written for these tests.

- reported speech that tells an actor what it must do ("Y needs to explain ...") is the
  speaker's disapproval of Y (``demand_modals``, ``demand_verbs`` of relation_words.tsv);
- an act named by a noun with its doer after "by"/"from" in a speaker's content ("reckless
  obstruction from Y") is judged like a thing of Y's;
- an unnamed source opened by a quantifier ("Many conservatives say") is named without it
  (``source_leading_words`` of actors/words.tsv).
"""

from __future__ import annotations

import pytest


def _relations(doc) -> set[tuple[str, str, str]]:
    names = {a.id: a.name for a in doc.actors}
    return {(names[r.source], r.polarity, names[r.target]) for r in doc.relations}


def _has(doc, source: str, polarity: str, target: str) -> bool:
    return any(source in s and p == polarity and target in t for s, p, t in _relations(doc))


@pytest.mark.parametrize("text", [
    "Governor Ana Ruiz needs to explain the decision in detail, Senator Tom Marlow said.",
    "Senator Tom Marlow said Governor Ana Ruiz ought to apologise to the families.",
])
def test_a_reported_demand_on_an_actor_is_disapproval(analyze, text: str) -> None:
    doc = analyze(text)
    assert _has(doc, "Marlow", "negative", "Ruiz"), _relations(doc)


@pytest.mark.parametrize("text", [
    # the predicate rates the actor: its valence decides, not the modal
    "Senator Tom Marlow said Governor Ana Ruiz should be proud of her brave record.",
    # a need that is no demand on the actor
    "Senator Tom Marlow said Governor Ana Ruiz needs more time.",
])
def test_a_rated_predicate_or_a_plain_need_is_no_demand(analyze, text: str) -> None:
    doc = analyze(text)
    assert not _has(doc, "Marlow", "negative", "Ruiz"), _relations(doc)


def test_a_judged_act_with_its_doer_after_from_judges_the_doer(analyze) -> None:
    doc = analyze('"All we get is reckless obstruction from Senator Tom Marlow," '
                  "Governor Ana Ruiz said on Monday.")
    assert _has(doc, "Ruiz", "negative", "Marlow"), _relations(doc)


def test_a_neutral_act_with_its_doer_is_no_judgement(analyze) -> None:
    doc = analyze('"We received a letter from Senator Tom Marlow," Governor Ana Ruiz said.')
    assert not any("Marlow" in t for _, _, t in _relations(doc)), _relations(doc)


def test_a_quantified_source_is_named_without_its_quantifier(analyze) -> None:
    doc = analyze("Many farmers said they would block the new road on Friday.")
    groups = [a for a in doc.actors if a.type == "group"]
    assert [a.name for a in groups] == ["farmers"], [(a.name, a.type) for a in doc.actors]
    assert groups[0].mentions[0].text == "Many farmers"


@pytest.mark.parametrize(("text", "polarity"), [
    ("Senator Tom Marlow touted the new farm bill on Monday.", "support"),
    ("Senator Tom Marlow excoriated the new farm bill on Monday.", "oppose"),
    ("Senator Tom Marlow railed against the new farm bill on Monday.", "oppose"),
])
def test_news_verbs_of_praise_or_scorn_take_a_stance_on_their_object(
        analyze, text: str, polarity: str) -> None:
    doc = analyze(text)
    props = {p.id: p.label for p in doc.propositions}
    got = {(props[s.proposition], s.polarity) for s in doc.stances}
    assert any("farm bill" in label and pol == polarity for label, pol in got), got
