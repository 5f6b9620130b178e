"""The measuring switches of ``scripts/train_stance_pairs.py``: a restriction of the judged
pairs (``PAIR_REQUIRE``) and the holder-role features (``PAIR_EXTRA``). Records of our own."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

T = pytest.importorskip("train_stance_pairs")


def _doc() -> dict:
    def item(a: str, p: str, link: str, f: list[str]) -> dict:
        return {"a": a, "c": a, "p": p, "y": 4, "link": link, "f": [f"link={link}", *f],
                "pf": []}
    return {"fold": "x", "gold": [], "gold_c": [], "emitted": [
        {"a": "lisbon", "c": "lisbon", "p": "toll", "pol": "support", "y": 0, "pf": []}],
        "items": [item("lisbon", "bridge", "speaker", ["hother=support"]),
                  item("porto", "bridge", "subject", ["has=subject"]),
                  item("faro", "toll", "near", []),
                  item("braga", "toll", "cooccur", [])]}


def test_require_keeps_judged_pairs_with_every_group(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(T, "REQUIRE", [("hother=",), ("link=speaker", "link=near")])
    d = _doc()
    T.judged([d])
    assert [it["a"] for it in d["items"]] == ["lisbon"]
    assert len(d["traced"]) == 4  # the ceiling still sees them all


def test_no_requirement_keeps_every_judged_link(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(T, "REQUIRE", [])
    d = _doc()
    T.judged([d])
    assert [it["a"] for it in d["items"]] == ["lisbon", "porto", "faro"]  # never cooccur


def test_extra_reads_the_other_subject_and_the_holders_stances() -> None:
    d = _doc()
    T.extra(d)
    f = {it["a"]: it["f"] for it in d["items"]}
    assert "othersubj" in f["lisbon"] and "mine=1" in f["lisbon"]  # porto is the subject
    assert "alone" in f["porto"] and "mine=0" in f["porto"]  # no one else's
    assert "alone" in f["faro"]
