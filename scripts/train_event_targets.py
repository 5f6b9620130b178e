"""Train the target ranker of the rules' untargeted acts (``stancemap.events.targets``).

    .venv/bin/python scripts/train_event_targets.py [--cache /tmp/targets-cache.pkl] [--cv]

One engine pass (the ranker off) over the 16 readable folds (tests/gold and tests/gold/dev13,
dev21, dev23 ... dev35, ``gold_folds.FOLDS``) keeps each document's output and the options of
each event with a source and no target (``targets.event_options``). An event is an example
where the scorer matches it to a gold event (source and type) that names a target; the option
that is that target is the positive. The scorer is a logistic regression over the options'
hashed features crossed with the event's type (``spoken.typed``), ``TARGETS_L2`` (1.0).

``--cv``: leave one set out: per fold, the ranker fitted on the other 15 fills the held
fold's untargeted events and the fold is scored as ``evaluate`` scores it; the held rows and
the dev sets' micro sum are printed beside the baseline, with how often the chosen target was
gold's. Without ``--cv``: fit on all 16 folds and write ``stancemap/events/model/targets.npz``
for the types ``TARGETS_TYPES`` (default: every type with 20 examples), each with the floor
``TARGETS_FLOOR`` (0.4, as shipped; a target gold does not name is no error, so the floor only
trades relations and SEESAW triplets).
"""

from __future__ import annotations

import argparse
import copy
import os
import pickle
import sys
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

from gold_folds import FOLDS, fold_files  # noqa: E402
from train_spoken_events import LAYERS, _add, _fit, fmt  # noqa: E402

from stancemap.evaluate.gold import (  # noqa: E402
    _event_pairs,
    _GoldActors,
    _SystemKeys,
    load_gold,
    score_document,
)
from stancemap.evaluate.scoring import _match  # noqa: E402
from stancemap.events import spoken, targets  # noqa: E402
from stancemap.statements.hashed import hash_features  # noqa: E402

L2 = float(os.environ.get("TARGETS_L2", 1.0))
FLOOR = float(os.environ.get("TARGETS_FLOOR", 0.4))
TYPES = tuple(x for x in os.environ.get("TARGETS_TYPES", "").split(",") if x)
MIN_EXAMPLES = 20


def engine_pass(cache: str) -> list[dict]:
    """Per document: fold, gold path, the engine's output (ranker off) and the options of its
    untargeted events, each keyed by the event's place in the output."""
    path = Path(cache)
    if path.exists():
        return pickle.loads(path.read_bytes())
    os.environ["STANCEMAP_EVENT_TARGETS"] = "0"
    os.environ["STANCEMAP_SPOKEN_EVENTS"] = "0"
    from stancemap.pipeline import default_engine

    engine = default_engine()
    out = []
    t0 = time.time()
    for fold in FOLDS:
        for f in fold_files(fold):
            gold = load_gold(f)
            targets.TRACE = []
            captured: list = []
            orig = targets.event_options

            def spy(doc, events, types=None, _orig=orig, _cap=captured):
                opts = _orig(doc, events, types)
                _cap.append([((events[k].type, events[k].source, events[k].evidence.start,
                               events[k].evidence.end), o) for k, o in opts])
                return opts

            targets.event_options = spy
            try:
                doc = engine.analyze(gold.article())
            finally:
                targets.event_options = orig
                targets.TRACE = None
            where = {(e.type, e.source, e.evidence.start, e.evidence.end): m
                     for m, e in enumerate(doc.events) if e.target is None}
            opts = [(where[key], o) for cap in captured for key, o in cap if key in where]
            out.append({"fold": fold, "gold": f, "doc": doc, "opts": opts})
        print(f"  {fold}: {len(out)} documents, {time.time() - t0:.0f} s", file=sys.stderr)
    path.write_bytes(pickle.dumps(out))
    return out


def label(recs: list[dict]) -> None:
    """Each record's gold, the base scores and, per option list, the gold target key (None:
    no example) and the options' keys."""
    for r in recs:
        gold = load_gold(r["gold"])
        doc = r["doc"]
        index = _GoldActors(gold.actors)
        keys = _SystemKeys(index, doc)
        pairs, _ = _event_pairs(gold, doc, keys)
        matched = _match(pairs)  # system index -> gold index
        r["gold_obj"] = gold
        r["base"] = score_document(gold, doc)
        r["labels"] = []
        for m, options in r["opts"]:
            i = matched.get(m)
            g = index.ref(gold.events[i].get("target")) if i is not None else None
            r["labels"].append((g, [keys.key(a) for a, _ in options]))


def examples(recs: list[dict]) -> tuple[list[np.ndarray], list[float], Counter]:
    idx, y, per_type = [], [], Counter()
    for r in recs:
        for (m, options), (g, okeys) in zip(r["opts"], r["labels"], strict=True):
            if g is None:
                continue
            etype = r["doc"].events[m].type
            per_type[etype] += 1
            for (_a, feats), key in zip(options, okeys, strict=True):
                idx.append(hash_features(spoken.typed(feats, etype)) & spoken.MASK)
                y.append(1.0 if key == g else 0.0)
    return idx, y, per_type


def fit(recs: list[dict]) -> tuple[np.ndarray, Counter]:
    idx, y, per_type = examples(recs)
    return _fit(idx, y, 7, L2), per_type


def filled(r: dict, model: targets.TargetModel) -> tuple[object, int, int]:
    """The record's document with its untargeted events given the model's targets; how many
    were given one, and how many of those are the gold target of an example."""
    doc = copy.copy(r["doc"])
    doc.events = list(doc.events)
    n = hit = 0
    for (m, options), (g, okeys) in zip(r["opts"], r["labels"], strict=True):
        e = doc.events[m]
        if e.type not in model.floors:
            continue
        target, q = model.best(options, e.type)
        if target is None or q < model.floors[e.type]:
            continue
        e2 = copy.copy(e)
        e2.target = target
        doc.events[m] = e2
        n += 1
        if g is not None:
            hit += okeys[[a for a, _ in options].index(target)] == g
    return doc, n, hit


def cv(recs: list[dict]) -> None:
    sums = {"base": {k: [0, 0, 0, 0] for k in LAYERS}, "cv": {k: [0, 0, 0, 0] for k in LAYERS}}
    total_n = total_hit = total_ex = 0
    for fold in FOLDS:
        train = [r for r in recs if r["fold"] != fold]
        held = [r for r in recs if r["fold"] == fold]
        wt, per_type = fit(train)
        types = TYPES or tuple(t for t, n in per_type.items() if n >= MIN_EXAMPLES)
        model = targets.TargetModel(wt, dict.fromkeys(types, FLOOR))
        b = {k: [0, 0, 0, 0] for k in LAYERS}
        s = {k: [0, 0, 0, 0] for k in LAYERS}
        n = hit = ex = 0
        for r in held:
            _add(b, r["base"])
            doc, dn, dh = filled(r, model)
            n, hit = n + dn, hit + dh
            ex += sum(1 for g, _ in r["labels"] if g is not None)
            _add(s, score_document(r["gold_obj"], doc))
        total_n, total_hit, total_ex = total_n + n, total_hit + hit, total_ex + ex
        print(f"{fold:7s} base {fmt(b['events'])} {fmt(b['events_target'])}   cv "
              f"{fmt(s['events'])} {fmt(s['events_target'])}   filled {n}, gold's {hit} "
              f"of {ex} examples", flush=True)
        if fold.startswith("dev"):
            for k in LAYERS:
                for i in range(4):
                    sums["base"][k][i] += b[k][i]
                    sums["cv"][k][i] += s[k][i]
    print("devsum  base " + " ".join(fmt(sums["base"][k], True) for k in LAYERS))
    print("devsum  cv   " + " ".join(fmt(sums["cv"][k], True) for k in LAYERS))
    print(f"filled {total_n}; the gold target in {total_hit} of {total_ex} examples")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", default="/tmp/targets-cache.pkl")
    ap.add_argument("--cv", action="store_true", help="Leave-one-set-out figures.")
    ap.add_argument("--out", default=str(targets.MODEL))
    args = ap.parse_args()
    recs = engine_pass(args.cache)
    label(recs)
    n = sum(1 for r in recs for g, _ in r["labels"] if g is not None)
    print(f"{len(recs)} documents, {sum(len(r['opts']) for r in recs)} untargeted events, "
          f"{n} examples", file=sys.stderr)
    if args.cv:
        cv(recs)
        return
    wt, per_type = fit(recs)
    types = TYPES or tuple(sorted(t for t, k in per_type.items() if k >= MIN_EXAMPLES))
    print("types " + ", ".join(f"{t} {per_type[t]}" for t in types))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, wt=wt, types=np.array(types),
                        floors=np.full(len(types), FLOOR, dtype=np.float32),
                        min_sentences=np.int32(2))


if __name__ == "__main__":
    main()
