"""Stop 40: under PolNeAR's conventions the nested-report choice (``statements.nesting``) is
on, and the keep model is asked about the attribution model's reports under its threshold
("low") where a speaker actor or a text says them."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from statement_support import cues

from stancemap.statements import learned, nesting


def test_the_shipped_engine_keeps_the_reply_not_the_saying(polnear_engine, monkeypatch):
    # PolNeAR draws "hit back by saying X" as the outer verb's report; without the nested
    # choice the rules keep "saying"
    # (stop 41: the model that reads the cues' probabilities doubts "hit" as a cue and leaves
    # "hit back by saying" to the priorities; "fired back" it keeps)
    text = "Ana Ruiz fired back by saying the fund was solvent."
    assert cues(polnear_engine, text) == ["fired"]
    monkeypatch.setattr(nesting, "ON", False)
    assert cues(polnear_engine, text) == ["saying"]


@pytest.fixture
def keeps_all(monkeypatch):
    """A keep model that keeps every candidate it is asked about, from a floor of 0.02."""
    shipped = learned.load_keep()
    assert shipped is not None and "low" in shipped.reasons
    keeper = dataclasses.replace(shipped, w=np.full_like(shipped.w, 50.0), floor=0.02)
    monkeypatch.setattr(learned, "load_keep", lambda path=None: keeper)
    return keeper


def test_an_unsure_report_with_a_speaker_is_asked_about(polnear_engine, keeps_all,
                                                        monkeypatch):
    text = "Ana Ruiz joined the protest against the harbor plan."
    assert cues(polnear_engine, text) == ["joined"]
    unasked = dataclasses.replace(keeps_all, reasons=keeps_all.reasons - {"low"})
    monkeypatch.setattr(learned, "load_keep", lambda path=None: unasked)
    assert cues(polnear_engine, text) == []


def test_an_unsure_report_of_a_thing_is_never_asked_about(polnear_engine, keeps_all):
    # however sure the keep model is, a river's "includes" is no report
    assert cues(polnear_engine, "The river includes a stretch of rapids near the old mill.") == []
    assert cues(polnear_engine, "The poll includes a question on the harbor plan.") == [
        "includes"]
