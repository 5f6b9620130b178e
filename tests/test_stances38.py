"""Stop 38: document stances on votes and hedged positions (issue #13).

Conjoined ballots ("voted for X and against Y"), "voted down X", a recourse or act whose "if"
clause only says that what it is on gets enacted ("would challenge the law if it is passed": no
condition of the holder's), a body approving another's text, and a source asking not to be named
(no stance)."""

from __future__ import annotations

from stance_support import stances

from stancemap.model import Article


def test_a_conjoined_ballot_is_a_second_stance(engine) -> None:
    got = stances(engine, "The Green Party voted for the pension reform and against the "
                          "amendment on ferries.")
    assert ("Green Party", "support", "pension reform") in got
    assert ("Green Party", "oppose", "amendment on ferries") in got


def test_a_ballot_conjoined_with_but_is_read_too(engine) -> None:
    got = stances(engine, "Labour voted against the budget but for the amendment on ferries.")
    assert ("Labour Party", "oppose", "budget") in got
    assert ("Labour Party", "support", "amendment on ferries") in got


def test_voting_down_a_text_opposes_it(engine) -> None:
    got = stances(engine, "Parliament voted down the pension amendment.")
    assert got == [("Parliament", "oppose", "pension amendment")]


def test_a_later_bare_vote_down_is_on_what_was_voted_down(engine) -> None:
    got = stances(engine, "Parliament approved the pension bill on Wednesday, but voted down an "
                          "amendment that would have extended it to farmers. Labour voted it "
                          "down too.")
    assert ("Labour Party", "oppose", "amendment") in got


def test_a_challenge_if_the_law_passes_is_opposition_not_a_condition(engine) -> None:
    got = stances(engine, "The Farmers Union said it would challenge the pension law in court "
                          "if it is passed in its current form.")
    assert got == [("Farmers Union", "oppose", "pension law")]


def test_a_condition_on_another_text_stays_a_condition(engine) -> None:
    got = stances(engine, "The Farmers Union said it would back the pension law if the Senate "
                          "passes the farm subsidy bill.")
    assert ("Farmers Union", "conditional", "pension law") in got


def test_only_if_it_is_passed_unchanged_stays_a_condition(engine) -> None:
    got = stances(engine, "The Farmers Union said it would back the pension law only if it is "
                          "passed unchanged.")
    assert ("Farmers Union", "conditional", "pension law") in got


def test_a_body_approving_a_bill_supports_it(engine) -> None:
    got = stances(engine, "The Senate approved a bill setting national rules for ferry "
                          "subsidies.")
    assert got == [("Senate", "support", "bill setting national rules for ferry subsidies")]


def test_a_source_asking_not_to_be_named_takes_no_stance(engine) -> None:
    got = stances(engine, "The ministry backed the pension reform. A senior official, who asked "
                          "not to be named, said the cabinet had discussed it.")
    assert not [s for s in got if s[0] == "senior official"]


def test_backing_one_thing_but_not_another_splits_them(engine) -> None:
    got = stances(engine, "The Green Party backed the pension reform but not the ferry "
                          "subsidies.")
    assert ("Green Party", "support", "pension reform") in got
    assert ("Green Party", "oppose", "ferry subsidy") in got
    assert not [s for s in got if "but not" in s[2]]


def test_backing_a_text_if_another_body_approves_it_stays_a_condition(engine) -> None:
    got = stances(engine, "The Farmers Union said it would back the pension law if the Senate "
                          "approved it.")
    assert ("Farmers Union", "conditional", "pension law") in got


def test_a_second_ballot_is_told_by_its_own_words(engine) -> None:
    doc = engine.analyze(Article(id="t", text="The Green Party voted for the pension reform "
                                             "and against the amendment on ferries."))
    labels = {p.id: p.label for p in doc.propositions}
    ev = {labels[s.proposition]: s.evidence.text for s in doc.stances}
    assert ev["amendment on ferries"] == "against the amendment on ferries"
