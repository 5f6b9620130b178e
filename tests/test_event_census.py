"""scripts/event_census.py: a missed event whose act was read toward another of its gold
targets is told apart from an act not read at all."""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "event_census.py"


def _census():
    spec = importlib.util.spec_from_file_location("event_census", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _doc(missed: list[str], gold: str = "") -> dict:
    return {"gold": gold, "errors": {"actors": {"missed": []},
                                     "events": {"missed": missed, "false": []}}}


def test_a_second_target_of_a_read_appeal_is_another_target() -> None:
    census = _census()
    # gold: "Brazil urged both sides" coded toward Venezuela and Guyana; the engine read the
    # appeal toward Venezuela only
    gold = Counter({("Brazil", "REQUEST"): 2})
    kinds = census.classify(_doc(["Brazil REQUEST -> Guyana"]), gold)
    assert [k for k, _, _ in kinds] == ["missed: another target"]


def test_an_appeal_never_read_is_an_act_not_read() -> None:
    census = _census()
    gold = Counter({("Brazil", "REQUEST"): 2})
    kinds = census.classify(_doc(["Brazil REQUEST -> Guyana", "Brazil REQUEST -> Venezuela"]),
                            gold)
    assert [k for k, _, _ in kinds] == ["missed: act not read"] * 2


def test_the_gold_counts_are_read_from_the_gold_file(tmp_path: Path) -> None:
    census = _census()
    path = tmp_path / "x.gold.json"
    path.write_text(json.dumps({"events": [
        {"source": "Turkey", "type": "request", "target": "Russia"},
        {"source": "Turkey", "type": "REQUEST", "target": "Ukraine"}]}))
    kinds = census.classify(_doc(["Turkey REQUEST -> Ukraine"], str(path)))
    assert [k for k, _, _ in kinds] == ["missed: another target"]
    assert census.gold_pairs(_doc([], str(tmp_path / "missing.gold.json"))) == Counter()
