"""scripts/polnear_misses.py: the kinds of PolNeAR attributions the statements leave unmatched."""

from __future__ import annotations

import sys
from pathlib import Path

from statement_support import Marked

from stancemap.evaluate.polnear import PolnearArticle
from stancemap.model import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from polnear_misses import miss_kinds  # noqa: E402

TEXT = ("The harbour master said the pier was unsafe, warning that the tide would rise. "
        "The council hoped for calm weather. The ferry captain insisted the crossing was fine.")

MARKED = Marked(TEXT)
frag = MARKED.frag
attribution = MARKED.attribution
statement = MARKED.statement


def test_each_missed_attribution_gets_its_kind():
    gold = [attribution(1, "said", "the pier was unsafe"),
            attribution(2, "warning", "that the tide would rise"),
            attribution(3, "hoped for", "calm weather"),
            attribution(4, "insisted", "the crossing was fine")]
    article = PolnearArticle("harbour", TEXT, "a", "harbour.ann", gold)
    # one content runs on over the second report; the captain's is drawn over the words before
    # it, sharing only "the" with the attribution; the council's hope is never read
    doc = Document(id="harbour", text=TEXT, statements=[
        statement(1, "said", "the pier was unsafe, warning that the tide would rise"),
        statement(2, "insisted", "The ferry captain insisted the")])
    assert sorted(miss_kinds(article, doc)) == [
        ("content over two, this one first", "said"),
        ("no overlap", "hoped for"),
        ("too long", "insisted")]


def test_nothing_is_missed_when_every_attribution_is_matched():
    gold = [attribution(1, "said", "the pier was unsafe")]
    article = PolnearArticle("harbour", TEXT, "a", "harbour.ann", gold)
    doc = Document(id="harbour", text=TEXT,
                   statements=[statement(1, "said", "the pier was unsafe")])
    assert miss_kinds(article, doc) == []
