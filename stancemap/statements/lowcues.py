"""Cuts per cue class under the attribution model's threshold (PolNeAR's conventions only,
stop 42). Beside the rules, the model's report of a word it is unsure of ("low") goes to the
keep model, which mostly drops it. Where the word is a verb of the cue lexicon whose class has a
cut in ``low_cue_cuts.tsv`` ("speech": "confirmed", "acknowledged", "defended"), the report has
a speaker actor and the pair model gives it at least that cut, it is kept: the lexicon vouches
for the verb as a cue, the speaker for the report."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..lexicon import parse_rows
from .context import Context, Found
from .lexicon import CUE_CLASSES, DATA

LOW_CUTS = DATA / "low_cue_cuts.tsv"


@lru_cache(maxsize=4)
def load_low_cuts(path: Path = LOW_CUTS) -> dict[str, float]:
    """Cue class -> cut (``low_cue_cuts.tsv``); empty where the file is missing."""
    if not path.exists():
        return {}
    cuts: dict[str, float] = {}
    for row in parse_rows(path.read_text(encoding="utf-8"), path, 2):
        cls, cut = row.cells
        if cls not in CUE_CLASSES:
            row.fail(f"unknown cue class {cls!r}")
        try:
            cuts[cls] = float(cut)
        except ValueError:
            row.fail(f"cut {cut!r} is no number")
        if not 0.0 <= cuts[cls] <= 1.0:
            row.fail(f"cut {cut!r} is not between 0 and 1")
    return cuts


def low_cue_cut(ctx: Context, t: Token) -> float | None:
    """The cut of cue word ``t``'s class where ``t`` is a verb of the cue lexicon whose class
    has one (None otherwise)."""
    if t.pos_ not in ("VERB", "AUX"):
        return None
    cue = ctx.rules.lex.verbs.get(t.lemma_.lower())
    return None if cue is None else load_low_cuts().get(cue.cls)


def kept_low(ctx: Context, t: Token, f: Found, p: float) -> bool:
    """Is the model's report ``f`` of cue ``t``, scored ``p`` under the model's threshold, kept
    by its cue class's cut (a speaker actor needed)?"""
    if not ctx.polnear_spans or not any(f.speakers):
        return False
    cut = low_cue_cut(ctx, t)
    return cut is not None and p >= cut
