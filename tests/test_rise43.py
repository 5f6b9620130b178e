"""Stop 43: one act, two propositions (issue #13): a later definite noun of an act
(``stance_act_nouns.tsv``: "the rise", "the refusal") is the proposition its verb was told on
("voted to raise the levy", "refused to sign the treaty")."""

from __future__ import annotations

from stance_support import stances

from stancemap.pipeline import Engine


def _props(got: list[tuple[str, str, str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for h, pol, label in got:
        out.setdefault(label, set()).add(f"{h}:{pol}")
    return out


def test_the_rise_is_the_raise_voted_on(engine: Engine) -> None:
    got = stances(engine, "Chile's Senate voted on Monday to raise the fishing levy. The "
                          "Socialist Party welcomed the rise.")
    props = _props(got)
    assert len(props) == 1
    label, holders = props.popitem()
    assert "levy" in label
    assert "Socialist Party:support" in holders


def test_the_increase_in_the_same_thing_joins(engine: Engine) -> None:
    got = stances(engine, "Chile's Senate voted on Monday to raise the fishing levy. The "
                          "Socialist Party welcomed the increase in the levy.")
    assert len(_props(got)) == 1


def test_the_rise_in_another_thing_stays_apart(engine: Engine) -> None:
    got = stances(engine, "Chile's Senate voted on Monday to raise the fishing levy. The "
                          "Socialist Party condemned the rise in bread prices.")
    assert len(_props(got)) == 2


def test_a_refusal_turns_the_stance(engine: Engine) -> None:
    got = stances(engine, "Bolivia refused to sign the water treaty on Monday. Peru condemned "
                      "the refusal.")
    props = _props(got)
    assert len(props) == 1
    label, holders = props.popitem()
    assert "treaty" in label
    assert holders >= {"Bolivia:oppose", "Peru:support"}


def test_an_act_on_a_person_keeps_its_noun_apart(engine: Engine) -> None:
    got = stances(engine, "Zambia's president dismissed the central bank governor on Monday. "
                          "The Patriotic Front condemned the sacking.")
    assert ("Patriotic Front", "oppose", "sacking") in got


def test_it_after_the_rise_is_the_raise(engine: Engine) -> None:
    got = stances(engine, "Chile's Senate voted on Monday to raise the fishing levy. The "
                          "Socialist Party said the rise was fair and would not seek to "
                          "reverse it.")
    assert len(_props(got)) == 1
