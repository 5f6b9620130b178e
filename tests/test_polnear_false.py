"""scripts/polnear_false.py: the engine's PolNeAR statements sorted into matched, false (no gold
content near) and astray, and the forms the census counts them by."""

from __future__ import annotations

import sys
from functools import partial
from pathlib import Path

from statement_support import Marked

from stancemap.evaluate.polnear import PolnearArticle, PolnearAttribution
from stancemap.model import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from polnear_false import forms, verdicts  # noqa: E402

TEXT = ("Harbour Rules Tighten\n"
        "The harbour master said the pier was unsafe. The council began its meeting at noon. "
        "The ferry captain insisted the crossing was fine and the weather would hold.")

MARKED = Marked(TEXT)
frag = MARKED.frag
statement = partial(MARKED.statement, speaker="a1")


def test_each_statement_is_matched_false_or_astray():
    gold = [PolnearAttribution("E1", "Attribution", cue=[frag("said")],
                               content=[frag("the pier was unsafe")]),
            PolnearAttribution("E2", "Attribution", cue=[frag("insisted")],
                               content=[frag("the crossing was fine and the weather would hold")])]
    article = PolnearArticle("harbour", TEXT, "a", "harbour.ann", gold)
    doc = Document(id="harbour", text=TEXT, statements=[
        statement(1, "said", "the pier was unsafe"),
        statement(2, "began", "its meeting at noon"),
        statement(3, "insisted", "The ferry captain insisted the crossing")])
    assert verdicts(article, doc) == ["matched", "false", "astray"]


def test_forms_name_no_speaker_short_and_headline():
    info = {"pos": "verb:out"}
    st = statement(1, "began", "its meeting", speaker=None)
    assert forms(TEXT, st, info) == ["verb:out", "indirect", "no-speaker", "short"]
    head = statement(2, "Tighten", "Harbour Rules")
    assert "headline" in forms(TEXT, head, info)
    assert "headline" not in forms(TEXT, statement(3, "said", "the pier was unsafe"), info)
