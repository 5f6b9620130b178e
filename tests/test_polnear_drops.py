"""scripts/polnear_drops.py: a dropped report of the attribution model labelled by what keeping
it would match, and whether today's engine keeps it anyway."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from statement_support import Marked

from stancemap.statements.learned import KeepModel

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from polnear_drops import kept_today, label  # noqa: E402

TEXT = ("The harbour master warned that the pier was unsafe. The ferry captain insisted the "
        "crossing was fine, and the mayor hinted the budget would fall.")
MARKED = Marked(TEXT)
GOLD = [MARKED.attribution(1, "warned", "the pier was unsafe"),
        MARKED.attribution(2, "insisted", "the crossing was fine"),
        MARKED.attribution(3, "hinted", "the budget would fall")]


def at(word: str) -> int:
    return MARKED.frag(word)[0]


def test_a_report_of_an_unmatched_gold_attribution_is_right():
    assert label(GOLD, set(), MARKED.frag("the pier was unsafe"), at("warned")) == "right"


def test_the_same_report_is_a_duplicate_once_the_engine_matched_it():
    assert label(GOLD, {0}, MARKED.frag("the pier was unsafe"), at("warned")) == "dup"


def test_a_gold_cue_with_the_wrong_content_and_a_stray_content():
    assert label(GOLD, set(), MARKED.frag("The ferry captain"), at("insisted")) == "cue"
    assert label(GOLD, set(), MARKED.frag("the budget would fall"), at("mayor")) == "other"
    assert label(GOLD, set(), MARKED.frag("The harbour master"), at("captain")) == "false"


KEEP = KeepModel(np.zeros(4, np.float32), threshold=0.7, floor=0.15,
                 reasons=frozenset({"low", "clause"}))


def test_kept_today_follows_the_keep_model_and_the_class_cut():
    assert kept_today("clause", 0.9, 0.8, False, False, None, KEEP)
    assert not kept_today("clause", 0.9, 0.6, True, False, None, KEEP)
    assert not kept_today("asked", 0.9, 0.9, True, False, None, KEEP)  # a reason never asked
    assert not kept_today("low", 0.3, 0.9, False, False, None, KEEP)  # no speaker, no text
    assert kept_today("low", 0.3, 0.9, False, True, None, KEEP)
    assert kept_today("low", 0.25, 0.0, True, False, 0.2, KEEP)  # the speech class's cut
    assert not kept_today("low", 0.1, 0.9, True, False, 0.2, KEEP)  # under the keep floor
