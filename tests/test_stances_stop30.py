"""Stop 30's missed-stance rules (branch stances30), as sentences of our own and the
(holder, polarity, proposition label) a user sees."""

from __future__ import annotations

from pathlib import Path

import pytest
from stance_support import stances as labelled

from stancemap.lexicon import LexiconError
from stancemap.stances.deontic import deontic_words
from stancemap.stances.recourse import recourse_words

Row = tuple[str, list[tuple[str, str, str]]]


# an act done "in protest at / against / over X" (or "as a protest against X") opposes X;
# not an actor, not a negated act, not a protest hung on a reporting verb
IN_PROTEST: list[Row] = [
    ("Peru resigned from the commission in protest over the new tariff.",
     [("Peru", "oppose", "new tariff")]),
    ("Sweden recalled its ambassador in protest against the fishing quota.",
     [("Sweden", "oppose", "fishing quota")]),
    ("Norway and Denmark froze loans worth 40 million dollars in protest at the "
     "media law.",
     [("Denmark", "oppose", "media law"), ("Norway", "oppose", "media law")]),
    ("Sweden said it had recalled its ambassador as a protest against the fishing quota.",
     [("Sweden", "oppose", "fishing quota")]),
    ("Sweden recalled its ambassador in protest against Peru.", []),
    ("Sweden did not recall its ambassador in protest against the fishing quota.", []),
    ("Chile will send no minister to the summit, its foreign ministry said on Monday, in a "
     "boycott over the mayor's remarks.", []),
]

# "would not hesitate to X" backs X; hesitating to act holds back from it
HESITATE: list[Row] = [
    ("Peru said it would not hesitate to impose sanctions on Chile.",
     [("Peru", "support", "impose sanctions on Chile")]),
    ('The Commission said it "would not hesitate" to impose new tariffs.',
     [("European Commission", "support", "impose new tariffs")]),
    ("Peru hesitated to back the new tariff.", [("Peru", "oppose", "new tariff")]),
]


@pytest.mark.parametrize(("text", "want"), IN_PROTEST, ids=[t for t, _ in IN_PROTEST])
def test_act_in_protest_opposes_its_cause(engine, text: str, want: list) -> None:
    assert labelled(engine, text) == sorted(want)


@pytest.mark.parametrize(("text", "want"), HESITATE, ids=[t for t, _ in HESITATE])
def test_not_hesitating_backs_the_act(engine, text: str, want: list) -> None:
    assert labelled(engine, text) == sorted(want)


# a matter carried to a court or forum, still to come, is a step its holder backs; a contested
# thing ends before the forum; a step told as done, negated or on a condition is none
RECOURSE: list[Row] = [
    ("The Liberal Party said it would take the quarrel to an international tribunal.",
     [("Liberal Party", "support", "take the quarrel to an international tribunal")]),
    ("Chile said it was ready to refer the fishing row to an international tribunal.",
     [("Chile", "support", "refer the fishing row to an international tribunal")]),
    ("Peru plans to lodge a complaint with the WTO.",
     [("Peru", "support", "lodge a complaint with the WTO")]),
    ("Greenpeace said it would contest any new levy in the courts.",
     [("Greenpeace", "oppose", "new levy")]),
    ("Peru filed a complaint with the WTO.", []),
    ("Peru said it would not take the matter to court.", []),
    ("Peru said it would take the matter to the cabinet.", []),
    ("Peru said it would take Chile to court if it closed the border.", []),
]


@pytest.mark.parametrize(("text", "want"), RECOURSE, ids=[t for t, _ in RECOURSE])
def test_recourse_to_a_forum_is_a_step(engine, text: str, want: list) -> None:
    assert labelled(engine, text) == sorted(want)


def test_the_recourse_words_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "stance_recourse.tsv"
    path.write_text("forums\tcourt\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="missing word class"):
        recourse_words(path)
    assert "tribunal" in recourse_words().forums


# what a speaker says another actor should or must do is the speaker's stance on that course
# (an undoing reverses onto what it undoes); a norm of no actor, the speaker's own course, a
# counterfactual and a state of things are none
DEONTIC: list[Row] = [
    ("Peru said Chile should increase its aid to the region.",
     [("Peru", "support", "increase its aid to the region")]),
    ("Peru said Chile must not extend the fishing ban.",
     [("Peru", "oppose", "extend the fishing ban")]),
    ("Peru said Chile should scrap the fishing ban.", [("Peru", "oppose", "fishing ban")]),
    ("Peru said disputes should be settled peacefully.", []),
    ("Peru said it must protect its farmers.", []),
    ("Peru said Chile should have consulted its neighbours first.", []),
    ("Peru said the Secretariat must not become a debt collector.", []),
]


@pytest.mark.parametrize(("text", "want"), DEONTIC, ids=[t for t, _ in DEONTIC])
def test_what_another_should_do_is_the_speakers_stance(engine, text: str, want: list) -> None:
    assert labelled(engine, text) == sorted(want)


def test_the_deontic_words_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "stance_deontic.tsv"
    path.write_text("modals\tshould\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="missing word class"):
        deontic_words(path)
    assert "must" in deontic_words().modals
