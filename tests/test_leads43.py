"""Stop 43: propositions never reached (issue #13): the story's lead act named later by another
noun ("walked out ... the stoppage", "expels ... the expulsions"), and a claim of fact told in
reported speech named later as "the charge"."""

from __future__ import annotations

from pathlib import Path

import pytest
from stance_support import stances

from stancemap.pipeline import Engine
from stancemap.stances import LexiconError, load_lexicon
from stancemap.stances.lexicon import DATA


def _props(got: list[tuple[str, str, str]]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for h, pol, label in got:
        out.setdefault(label, set()).add(f"{h}:{pol}")
    return out


def test_headline_act_is_named_by_its_noun(engine: Engine) -> None:
    got = stances(engine, "Norway expels two Iranian diplomats over spying plot\n\n"
                          "OSLO, May 4 - Two Iranian diplomats must leave within a week, the "
                          "foreign ministry said. Denmark backed the expulsions on Tuesday.")
    assert _props(got)["expulsions"] == {"Norway:support", "Denmark:support"}


def test_a_walkout_is_the_later_stoppage(engine: Engine) -> None:
    got = stances(engine, "More than 20,000 nurses walked out across Ireland on Monday. The "
                          "health minister condemned the stoppage.")
    props = _props(got)
    assert len(props) == 1
    assert props.popitem()[1] == {"More than 20,000 nurses:support",
                                  "health minister:oppose"}


def test_a_passive_act_is_its_agents(engine: Engine) -> None:
    got = stances(engine, "Two Iranian diplomats were declared persona non grata by Norway on "
                          "Tuesday. Sweden welcomed the expulsions.")
    assert _props(got) == {"expulsions": {"Norway:support", "Sweden:support"}}


def test_an_act_told_late_needs_another_stance(engine: Engine) -> None:
    text = ("Fishing talks between Norway and Iceland resumed in Bergen on Monday. The two "
            "sides met for six hours. Officials described the mood as calm. Both delegations "
            "will meet again in June. Iceland later expelled a Norwegian trawler from its "
            "waters. The expulsion was the first in a decade.")
    assert not [s for s in stances(engine, text) if s[0] == "Iceland"]


def test_a_reported_claim_is_the_later_charge(engine: Engine) -> None:
    got = stances(engine, "Peru said Ecuador had moved troops across the border without "
                          "notice. Ecuador rejected the charge on Friday.")
    props = _props(got)
    assert len(props) == 1
    label, holders = props.popitem()
    assert "moved troops across the border" in label
    assert holders == {"Peru:support", "Ecuador:oppose"}


def test_a_reported_claim_no_one_takes_up_is_no_stance(engine: Engine) -> None:
    got = stances(engine, "Peru said Ecuador had moved troops across the border without notice.")
    assert got == []


def test_act_nouns_are_read_from_the_data() -> None:
    table = load_lexicon().act_nouns
    assert "stoppage" in table["walk out"]
    assert "expulsion" in table["expel"]


def test_an_act_of_three_words_is_refused(tmp_path: Path) -> None:
    for f in DATA.glob("*.tsv"):
        (tmp_path / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "stance_act_nouns.tsv").write_text("walk out on\tstrike\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="at most one more word"):
        load_lexicon(tmp_path)


def test_a_government_noun_acts_for_its_actor(engine: Engine) -> None:
    got = stances(engine, "The U.N. suspended its flood relief in the valley on Monday after "
                          "the Taliban administration barred Afghan women from working in the "
                          "camps. Amnesty International condemned the order.")
    assert _props(got)["order"] == {"Taliban:support", "Amnesty International:oppose"}

