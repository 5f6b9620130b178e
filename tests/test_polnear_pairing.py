"""scripts/polnear_pairing.py: what PolNeAR's one-to-one pairing leaves unmatched where
contents overlap (one statement for two attributions, two statements for one)."""

from __future__ import annotations

import sys
from pathlib import Path

from statement_support import Marked

from stancemap.evaluate.polnear import PolnearArticle
from stancemap.model import Statement

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from polnear_pairing import census, tally  # noqa: E402

TEXT = ("The mayor said the bridge would reopen in May, warning that the tolls would rise. "
        "The union insisted the strike was over and the pay deal was fair. "
        "Officials hoped for calm weather over the long weekend.")

MARKED = Marked(TEXT)
frag = MARKED.frag
attribution = MARKED.attribution
statement = MARKED.statement


GOLD = [attribution(1, "said", "the bridge would reopen in May"),
        attribution(2, "warning", "that the tolls would rise"),
        attribution(3, "insisted", "the strike was over and the pay deal was fair"),
        attribution(4, "hoped for", "calm weather over the long weekend")]


def kinds(statements: list[Statement]) -> list[tuple[str, str, str]]:
    article = PolnearArticle("bridge", TEXT, "a", "bridge.ann", GOLD)
    return sorted((r["kind"], r["form"], r["order"]) for r in census(article, statements))


def test_each_pairing_loss_gets_its_kind_and_form():
    # the mayor's content runs on over the second report; the union's one report is cut in
    # two at its conjunction; the officials' hope is drawn over the words before it
    statements = [statement(1, "said", "the bridge would reopen in May, warning that the tolls "
                                       "would rise"),
                  statement(2, "insisted", "the strike was over"),
                  statement(3, "insisted", "the pay deal was fair"),
                  statement(4, "hoped", "Officials hoped for calm")]
    assert kinds(statements) == [("boundary", "below half", "first"),
                                 ("gold", "cue inside", "second"),
                                 ("system", "same cue", "first")]


def test_no_loss_when_each_statement_has_its_attribution():
    statements = [statement(1, "said", "the bridge would reopen in May"),
                  statement(2, "warning", "that the tolls would rise"),
                  statement(3, "insisted", "the strike was over and the pay deal was fair")]
    assert kinds(statements) == []
    article = PolnearArticle("bridge", TEXT, "a", "bridge.ann", GOLD)
    t = tally(article, statements)
    assert (t["matched"], t["exact"], t["statements"], t["gold"], t["cue"]) == (3, 3, 3, 4, 3)
