"""Evaluation gate: CI fails when accuracy drops below the floors the issues set.

Gold articles are scored exactly as ``stancemap evaluate`` does (SCORING.md). The floors are
the issues' "done when" figures; raise them when the engine improves.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from stancemap.evaluate import evaluate_cameo, evaluate_gold, evaluate_polnear

SHARED = Path(__file__).resolve().parents[2] / "shared"
GOLD = SHARED / "gold"
OWN_GOLD = Path(__file__).resolve().parent / "gold"  # our own annotations, all layers

# layer -> (floor on the seed, floor on every other shared gold article or None); the issues
# set 1.0 / 17 of 19 / 0.9 / 0.8 on the seed and 0.8 / 0.75 / 0.7 on the others, raised since
FLOORS = {
    "actors": (1.0, 0.95),
    "statements_attributed": (17 / 19 - 1e-9, 0.8),
    "stances": (0.9, 0.8),
    "stances_country": (0.9, None),
    "events": (0.9, 0.8),
}
# Our own articles (tests/gold): micro-averaged F1 over all of them, and a floor per article.
OWN_FLOORS = {"actors": (0.97, 0.9), "statements_attributed": (0.93, 0.85),
              "stances": (0.8, 0.6), "events": (0.8, 0.65)}

needs_shared = pytest.mark.skipif(not GOLD.is_dir(), reason="../shared/gold not present")


@pytest.fixture(scope="module")
def engine():
    from stancemap.pipeline import Engine

    return Engine()


@pytest.fixture(scope="module")
def report(engine):
    return evaluate_gold(sorted(GOLD.glob("*.gold.json")), analyze=engine.analyze)


@needs_shared
@pytest.mark.parametrize("layer", sorted(FLOORS))
def test_layer_floor(report, layer):
    seed_floor, other_floor = FLOORS[layer]
    low = []
    for doc in report.documents:
        floor = seed_floor if doc.id == "seed" else other_floor
        f1 = doc.layers[layer].f1
        if floor is not None and f1 < floor:
            low.append(f"{doc.id}: {layer} F1 {f1:.3f} < {floor:.3f}")
    assert not low, "; ".join(low)


@needs_shared
def test_actor_countries_and_types(report):
    """Mapped actors carry the gold type and ISO3 country (checked over all gold articles)."""
    right = total = 0
    for doc in report.documents:
        checks = doc.layers["actors"].to_dict().get("checks", {})
        right += checks.get("country", {}).get("right", 0)
        total += checks.get("country", {}).get("total", 0)
        t = checks.get("type", {})
        assert t.get("right") == t.get("total"), f"{doc.id}: actor type mismatch {t}"
    assert total and right / total >= 0.95, f"country accuracy {right}/{total}"


@pytest.fixture(scope="module")
def own_report(engine):
    return evaluate_gold(sorted(OWN_GOLD.glob("*.gold.json")), analyze=engine.analyze)


@pytest.mark.parametrize("layer", sorted(OWN_FLOORS))
def test_own_gold_floor(own_report, layer):
    total_floor, doc_floor = OWN_FLOORS[layer]
    assert len(own_report.documents) >= 11
    total = own_report.total[layer].f1
    low = [f"{d.id}: {d.layers[layer].f1:.3f}" for d in own_report.documents
           if d.layers[layer].f1 < doc_floor]
    assert total >= total_floor and not low, (f"micro F1 {total:.3f}", low)


@pytest.mark.skipif(not (SHARED / "data" / "polnear").is_dir(), reason="no PolNeAR data")
def test_polnear_dev_floor(engine):
    from stancemap.pipeline import with_statements

    # PolNeAR's conventions, as `evaluate --polnear` scores it: quotations and content spans
    joined = with_statements(engine, join_quotes=True, polnear_spans=True)
    r = evaluate_polnear(SHARED / "data" / "polnear" / "dev", joined.analyze)
    assert r["content"]["f1"] >= 0.79, r["content"]  # #11: 0.764 before it; 0.801 now
    assert r["content_exact"]["f1"] >= 0.59, r["content_exact"]  # #11: 0.60; 0.601 now
    # strict as SCORING.md (a mention of the speaker actor overlaps the gold Source): 0.685 when
    # the evaluator was made strict; the lenient figure also credits the speaker's own words
    assert r["source"]["accuracy"] >= 0.853, r["source"]  # #10: 0.85; 0.861 now
    assert r["no_speaker"]["accuracy"] <= 0.10, r["no_speaker"]  # #10 target; 0.093 now
    assert r["source_lenient"]["accuracy"] >= 0.92, r["source_lenient"]


@pytest.mark.skipif(not (SHARED / "data" / "cameo").is_dir(), reason="no CAMEO data")
def test_cameo_floor(engine):
    from stancemap.pipeline import with_concessions

    # as `stancemap evaluate --cameo` scores it: a promised concession is an intent (CAMEO 03x),
    # and an act whose doer names no actor is coded too
    cameo = with_concessions(engine, "AGREE", agentless=True)
    r = evaluate_cameo(SHARED / "data" / "cameo", cameo.analyze)
    assert r["class"]["macro_f1"] >= 0.88, r["class"]["macro_f1"]  # stop 21: 0.891 (PLOVER 0.855)
    assert r["ner"]["spans"]["f1"] >= 0.70, r["ner"]["spans"]  # 0.702 at stop 21 (0.704 at stop 20)
