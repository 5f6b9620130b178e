"""Train the target ranker of the rules' untargeted acts (``stancemap.events.targets``).

    .venv/bin/python scripts/train_event_targets.py [--cache /tmp/targets-cache.pkl] [--cv]
        [--floors-only]

One engine pass (the ranker off) over the 30 readable folds (tests/gold and tests/gold/dev13,
dev21, dev23 ... dev49, ``gold_folds.FOLDS``) keeps each document's output and the options of
each event with a source and no target (``targets.event_options``). An event is an example
where the scorer matches it to a gold event (source and type) that names a target; the option
that is that target is the positive. The scorer is a logistic regression over the options'
hashed features crossed with the event's type (``spoken.typed``), ``TARGETS_L2`` (0.5; 1.0
through stop 35).

``--cv``: leave one set out: per fold, the ranker fitted on the other folds fills the held
fold's untargeted events and the fold is scored as ``evaluate`` scores it; the held rows and
the dev sets' micro sum are printed beside the baseline, with how often the chosen target was
gold's. Without ``--cv``: fit on all the folds and write ``stancemap/events/model/targets.npz``
for the types ``TARGETS_TYPES`` (default: every type with 20 examples), each with the floor
``TARGETS_FLOOR`` (0.4, as shipped; a target gold does not name is no error, so the floor only
trades relations and SEESAW triplets).

``TARGETS_COST`` (off by default; stop 35 wave 2, measured and not shipped): per-type floors,
each chosen over the training folds read leave one set out (nested in ``--cv``): a number
gives each type the floor of ``GRID`` with most right targets less that cost per other target
filled; "match" gives the per-type floors that fill no more than the one floor does and get the
most right. Leave one set out, devsum events_target: one floor 0.4 0.400 (871 tp, 229 filled);
"match" 0.397 (864, 195); cost 0.25 0.392 (854, 137); cost 0.1 0.411 (894, 444), as the one
floor 0.2 (894, 476): the chosen floors swing from fold to fold and lie on the one floor's curve.
``TARGETS_MIN_EXAMPLES`` (20): the fewest examples a type needs to be given targets.

Stop 48 (issue #13: on SEESAW, which counts every event with a source and a target as a
triplet, a filled target gold does not name costs precision). Read leave one set out over the
29 folds, the ranker's choices for acts matched to a gold event are gold's target 110 times in
313 (0.35; the rules' own targets: 0.75), and the probability hardly tells the right ones:
``TARGETS_RULE_PRECISION`` (shipped: 0.2, ``--floors-only``) gives no target to the acts of the
rule families whose choices were right less often than that over at least ``RULE_MIN`` matched
acts: a reported stance, a denial, an obligation (3 right of 23 matched); leave one set out
devsum events_target 0.387 -> 0.385, SEESAW train precision 0.548 -> 0.552 (F1 0.287 ->
0.288). Measured, not shipped: ``TARGETS_PRECISION`` (per-type floors where the choices are
right at least that often, ``precise_floors``): 0.55 leaves SUPPORT alone (devsum 0.364, SEESAW
F1 0.282, as with no ranker); ``TARGETS_NEGATIVES=none`` (the acts gold leaves untargeted read
as having no right option): devsum 0.372, SEESAW F1 0.283.

Stop 49 (issue #13, an abstention gate): ``TARGETS_GATE`` (shipped: 0.4, ``--gate-only`` keeps
the rest of the model) fits a logistic scorer over the act's own signals
(``targets.act_signals``: type, rule family, mode, does the source speak, the best option's
probability and margin, which parse roles any option has, ...) on the untargeted acts matched
to a gold event, read leave one set out (30 folds, 734 acts), with the label "gold names a
target"; a fill is made only where it reaches the floor. The floor is the highest that gives
SEESAW train's first half its best F1 (0.4 and 0.5 tie there: 330/549 -> 330/545) and, of those,
loses fewest right fills on the folds in sample (0.4: one tp, dev29; 0.5: nine). SEESAW train,
the second half unread: 539/978 -> 539/972, P 0.5511 -> 0.5545, F1 0.2873 -> 0.2878, no right
triplet lost in either half (floor 0.5: 539/968, P 0.5568). Leave one set out (30 folds) the
gate hardly separates: AUC 0.66 for "gold names a target" over the matched fills, and at 0.4
it takes back two fills (devsum events_target 0.389, 1550 -> 1549 tp; the check folds
dev40-dev49 403 tp both; at 0.5: 1545, right over matched 115/303 -> 110/291). Measured, not
shipped: a second gate "the choice is gold's" (AUC under the option's own probability; filling
only where both say yes loses right triplets on SEESAW), the best option's own features as
signals (AUC 0.64 with them, 0.66 without), and gating the rules' own targets (a scorer over the
same signals, leave one set out: the 41 of 1,697 matched targeted acts it rates least likely
are still right 30 times).
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

L2 = float(os.environ.get("TARGETS_L2", 0.5))
#: the options' features changed (stop 36: ``targets.act_features``): an older cache is read
#: again rather than fitted on features the engine no longer gives (3, stop 38: the options an
#: object or recipient of the act does not name, ``objelse`` and ``recipelse``)
CACHE_VERSION = 3
FLOOR = float(os.environ.get("TARGETS_FLOOR", 0.4))
TYPES = tuple(x for x in os.environ.get("TARGETS_TYPES", "").split(",") if x)
MIN_EXAMPLES = int(os.environ.get("TARGETS_MIN_EXAMPLES", 20))
#: per-type floors: each type's floor is the one of ``GRID`` that, over the training folds read
#: leave one set out, gains most right targets less ``TARGETS_COST`` per other filled target
#: (empty: the one floor ``TARGETS_FLOOR`` for all types)
COST = os.environ.get("TARGETS_COST", "")
#: feature prefixes left out of the fit (comma-separated; measuring only)
DROP = tuple(x for x in os.environ.get("TARGETS_DROP", "").split(",") if x)
#: per-type floors by precision (stop 48, issue #13): each type's floor is the lowest of ``GRID``
#: over which, read leave one set out, the choices for events matched to a gold event are right
#: at least this often (``precise_floors``; empty: off)
PRECISION = os.environ.get("TARGETS_PRECISION", "")
#: the fewest matched choices a floor is judged on
PRECISION_MIN = int(os.environ.get("TARGETS_PRECISION_MIN", 10))
#: untargeted acts the fit reads as having no right option (stop 48, comma-separated): "none",
#: those matched to a gold event that names no target; "unmatched", those matched to none
NEGATIVES = tuple(x for x in os.environ.get("TARGETS_NEGATIVES", "").split(",") if x)
#: rule families given no target (stop 48, issue #13): those whose acts matched to a gold event
#: the choices over the floor were right for less than this often, read leave one set out, over
#: at least ``RULE_MIN`` acts (``weak_rules``; empty: off; shipped: 0.2)
RULE_PRECISION = os.environ.get("TARGETS_RULE_PRECISION", "")
RULE_MIN = int(os.environ.get("TARGETS_RULE_MIN", 5))
#: the abstention gate (stop 49, issue #13): a logistic scorer over the act's own signals
#: (``targets.act_signals``) fitted on the untargeted acts matched to a gold event, read leave
#: one set out, with the label "gold names a target"; a fill is made only where its
#: probability reaches this floor (empty: no gate)
GATE = os.environ.get("TARGETS_GATE", "")
GATE_L2 = float(os.environ.get("TARGETS_GATE_L2", 5.0))
GRID = (0.0, 0.1, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7, 0.8, 1.01)


def engine_pass(cache: str) -> list[dict]:
    """Per document: fold, gold path, the engine's output (ranker off) and the options of its
    untargeted events, each keyed by the event's place in the output."""
    path = Path(cache)
    if path.exists():
        got = pickle.loads(path.read_bytes())
        if isinstance(got, dict) and got.get("version") == CACHE_VERSION:
            return got["recs"]
        print(f"  {cache}: written by an older script, read again", file=sys.stderr)
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
    path.write_bytes(pickle.dumps({"version": CACHE_VERSION, "recs": out}))
    return out


def label(recs: list[dict]) -> None:
    """Each record's gold, the base scores and, per option list, the gold target key (None:
    no example) and the options' keys; ``matched``: per option list, whether its event is
    matched to a gold event (one that names a target or not)."""
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
        r["matched"] = []
        for m, options in r["opts"]:
            i = matched.get(m)
            r["matched"].append(i is not None)
            g = index.ref(gold.events[i].get("target")) if i is not None else None
            r["labels"].append((g, [keys.key(a) for a, _ in options]))


def examples(recs: list[dict]) -> tuple[list[np.ndarray], list[float], Counter]:
    """The options' hashed features and labels: each option of an event matched to a gold
    event that names a target (1 for that target); with ``NEGATIVES``, each option of an
    event matched to a gold event that names none ("none") or matched to none ("unmatched"),
    labelled 0; ``per_type``: the events with a gold target, per type."""
    idx, y, per_type = [], [], Counter()
    for r in recs:
        for (m, options), (g, okeys), matched in zip(r["opts"], r["labels"], r["matched"],
                                                     strict=True):
            if g is None and ("none" if matched else "unmatched") not in NEGATIVES:
                continue
            etype = r["doc"].events[m].type
            per_type[etype] += g is not None
            for (_a, feats), key in zip(options, okeys, strict=True):
                idx.append(hash_features(spoken.typed(feats, etype)) & spoken.MASK)
                y.append(1.0 if key == g else 0.0)
    return idx, y, per_type


def fit(recs: list[dict]) -> tuple[np.ndarray, Counter]:
    idx, y, per_type = examples(recs)
    return _fit(idx, y, 7, L2), per_type


def filled(r: dict, model: targets.TargetModel) -> tuple[object, int, int, int]:
    """The record's document with its untargeted events given the model's targets; how many
    were given one, how many of those are the gold target of an example, and how many of
    those given one are matched to a gold event."""
    doc = copy.copy(r["doc"])
    doc.events = list(doc.events)
    speakers = _speakers(doc)
    n = hit = on_gold = 0
    for (m, options), (g, okeys), matched in zip(r["opts"], r["labels"], r["matched"],
                                                 strict=True):
        e = doc.events[m]
        target = model.choose(e, options, speakers)
        if target is None:
            continue
        e2 = copy.copy(e)
        e2.target = target
        doc.events[m] = e2
        n += 1
        on_gold += matched
        if g is not None:
            hit += okeys[[a for a, _ in options].index(target)] == g
    return doc, n, hit, on_gold


Row = tuple[str, float, bool, bool, str, list[str], bool]


def _speakers(doc: object) -> set[str]:
    """The speakers of the engine's output ``doc``."""
    return {st.speaker for st in getattr(doc, "statements", None) or () if st.speaker}


def rows_of(recs: list[dict], model: targets.TargetModel) -> list[Row]:
    """(type, probability of the best option, is it gold's target, is the event matched to a
    gold event, the family of its rule, the act's signals (``targets.act_signals``), does the
    matched gold event name a target) of each option list of ``recs`` whose event is of a
    type of ``model``."""
    out = []
    for r in recs:
        speakers = _speakers(r["doc"])
        for (m, options), (g, okeys), matched in zip(r["opts"], r["labels"], r["matched"],
                                                     strict=True):
            e = r["doc"].events[m]
            if e.type not in model.floors or not options:
                continue
            ranked = model.ranked(options, e.type)
            q, target = ranked[0]
            hit = g is not None and okeys[[a for a, _ in options].index(target)] == g
            out.append((e.type, q, hit, matched, targets.rule_family(e.rule),
                        targets.act_signals(e, options, ranked, speakers), g is not None))
    return out


def fit_gate(rows: list[Row]) -> np.ndarray:
    """The gate's weights: over the rows' acts matched to a gold event, does gold name a
    target for it (``GATE``)."""
    mine = [x for x in rows if x[3]]
    idx = [hash_features(x[5]) & spoken.MASK for x in mine]
    return _fit(idx, [1.0 if x[6] else 0.0 for x in mine], 7, GATE_L2)


def floors_at(rows: list[Row], types: tuple[str, ...], cost: float
              ) -> dict[str, float]:
    """Per type, the floor of ``GRID`` that over ``rows`` (type, probability, right) gains
    most right targets less ``cost`` per other target filled; ties go to the higher floor."""
    floors = {}
    for t in types:
        mine = [(q, hit) for tt, q, hit, *_ in rows if tt == t]
        gain = {f: sum(1.0 if hit else -cost for q, hit in mine if q >= f) for f in GRID}
        best = max(gain.values())
        floors[t] = max(f for f in GRID if gain[f] == best)
    return floors


def matched_floors(rows: list[Row], types: tuple[str, ...]
                   ) -> dict[str, float]:
    """The per-type floors (``floors_at``, over a range of costs) that fill no more targets
    than the one floor ``FLOOR`` does over ``rows`` and, of those, get the most right."""
    def counts(floors: dict[str, float]) -> tuple[int, int]:
        chosen = [hit for t, q, hit, *_ in rows if q >= floors.get(t, 2.0)]
        return len(chosen), sum(chosen)

    budget, _ = counts(dict.fromkeys(types, FLOOR))
    best, best_hits = dict.fromkeys(types, FLOOR), counts(dict.fromkeys(types, FLOOR))[1]
    for cost in np.arange(0.02, 1.0, 0.02):
        floors = floors_at(rows, types, float(cost))
        n, hits = counts(floors)
        if n <= budget and hits > best_hits:
            best, best_hits = floors, hits
    return best


def choose_floors(recs: list[dict], types: tuple[str, ...], cost: str) -> dict[str, float]:
    """Per type, the floor chosen over ``recs`` read leave one set out (each fold rated by a
    ranker fitted on the others): ``floors_at`` the cost ``cost``, or with ``cost``
    "match", ``matched_floors``."""
    rows = [x for rs in held_rows(recs, types).values() for x in rs]
    if cost == "match":
        return matched_floors(rows, types)
    return floors_at(rows, types, float(cost))


def held_rows(recs: list[dict], types: tuple[str, ...]) -> dict[str, list[Row]]:
    """Per fold of ``recs``, the rows (``rows_of``) of its option lists rated by a ranker fitted
    on the other folds."""
    out = {}
    for fold in sorted({r["fold"] for r in recs}):
        wt, _ = fit([r for r in recs if r["fold"] != fold])
        out[fold] = rows_of([r for r in recs if r["fold"] == fold],
                            targets.TargetModel(wt, dict.fromkeys(types, 0.0)))
    return out


def precise_floors(rows: list[Row], types: tuple[str, ...], precision: float
                   ) -> dict[str, float]:
    """Per type, the lowest floor of ``GRID`` over which the ranker's choices for the events
    matched to a gold event (``rows``) are gold's target at least ``precision`` of the time,
    over at least ``PRECISION_MIN`` of them (else 1.01: the type is given no target). A target
    gold does not name is no error on the gold folds but a wrong triplet on SEESAW, which
    counts every event with a source and a target."""
    floors = {}
    for t in types:
        mine = [(q, hit) for tt, q, hit, matched, *_ in rows if tt == t and matched]
        ok = [f for f in GRID if _precise([h for q, h in mine if q >= f], precision)]
        floors[t] = min(ok, default=GRID[-1])
    return floors


def weak_rules(rows: list[Row], floors: dict[str, float], precision: float) -> frozenset[str]:
    """The rule families whose acts matched to a gold event, over their type's floor, were
    given gold's target less than ``precision`` of the time over at least ``RULE_MIN`` of
    them (``rows`` read leave one set out): their acts are given no target."""
    got: dict[str, list[bool]] = {}
    for t, q, hit, matched, family, *_ in rows:
        if matched and q >= floors.get(t, 2.0):
            got.setdefault(family, []).append(hit)
    return frozenset(f for f, hits in got.items()
                     if len(hits) >= RULE_MIN and sum(hits) < precision * len(hits))


def _precise(hits: list[bool], precision: float) -> bool:
    return len(hits) >= PRECISION_MIN and sum(hits) >= precision * len(hits)


def cv(recs: list[dict]) -> None:
    sums = {"base": {k: [0, 0, 0, 0] for k in LAYERS}, "cv": {k: [0, 0, 0, 0] for k in LAYERS}}
    total_n = total_hit = total_ex = total_on = 0
    every = tuple(sorted({e.type for r in recs for e in r["doc"].events}))
    loso = held_rows(recs, every) if PRECISION or RULE_PRECISION or GATE else {}
    for fold in FOLDS:
        train = [r for r in recs if r["fold"] != fold]
        held = [r for r in recs if r["fold"] == fold]
        wt, per_type = fit(train)
        types = TYPES or tuple(t for t, n in per_type.items() if n >= MIN_EXAMPLES)
        if PRECISION:  # (the other folds' held rows, each rated by a ranker that saw this fold)
            floors = precise_floors([x for f, rs in loso.items() if f != fold for x in rs],
                                    types, float(PRECISION))
        else:
            floors = (choose_floors(train, types, COST) if COST
                      else dict.fromkeys(types, FLOOR))
        skip = (weak_rules([x for f, rs in loso.items() if f != fold for x in rs], floors,
                           float(RULE_PRECISION)) if RULE_PRECISION else frozenset())
        gate = (fit_gate([x for f, rs in loso.items() if f != fold for x in rs]) if GATE
                else None)
        model = targets.TargetModel(wt, floors, skip=skip, gate=gate,
                                    gate_floor=float(GATE or 0.0))
        if COST or PRECISION or RULE_PRECISION:
            print("  floors " + " ".join(f"{t} {f:g}" for t, f in sorted(floors.items()))
                  + "  skip " + ",".join(sorted(skip)), flush=True)
        b = {k: [0, 0, 0, 0] for k in LAYERS}
        s = {k: [0, 0, 0, 0] for k in LAYERS}
        n = hit = ex = 0
        for r in held:
            _add(b, r["base"])
            doc, dn, dh, don = filled(r, model)
            n, hit, total_on = n + dn, hit + dh, total_on + don
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
    print(f"filled {total_n} ({total_on} matched to a gold event); the gold target in "
          f"{total_hit} of {total_ex} examples")


def write_gate(recs: list[dict], out: str) -> None:
    """Keep the model at ``out`` and give it the gate fitted over ``recs`` read leave one set
    out, with the floor ``GATE``."""
    kept = dict(np.load(out))
    types = tuple(str(t) for t in kept["types"])
    rows = [x for rs in held_rows(recs, types).values() for x in rs]
    kept["gate"], kept["gate_floor"] = fit_gate(rows), np.float32(GATE)
    print(f"gate over {sum(1 for x in rows if x[3])} matched acts, floor {GATE}")
    np.savez_compressed(out, **kept)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", default="/tmp/targets-cache.pkl")
    ap.add_argument("--cv", action="store_true", help="Leave-one-set-out figures.")
    ap.add_argument("--out", default=str(targets.MODEL))
    ap.add_argument("--floors-only", action="store_true",
                    help="Keep the weights and types of the model at --out; write its floors.")
    ap.add_argument("--gate-only", action="store_true",
                    help="Keep the model at --out (weights, floors, skipped rules); write its "
                    "gate (TARGETS_GATE).")
    args = ap.parse_args()
    recs = engine_pass(args.cache)
    if DROP:
        for r in recs:
            r["opts"] = [(m, [(a, [f for f in feats if not f.startswith(DROP)])
                              for a, feats in options]) for m, options in r["opts"]]
    label(recs)
    n = sum(1 for r in recs for g, _ in r["labels"] if g is not None)
    print(f"{len(recs)} documents, {sum(len(r['opts']) for r in recs)} untargeted events, "
          f"{n} examples", file=sys.stderr)
    if args.cv:
        cv(recs)
        return
    if args.gate_only:
        write_gate(recs, args.out)
        return
    wt, per_type = fit(recs)
    types = TYPES or tuple(sorted(t for t, k in per_type.items() if k >= MIN_EXAMPLES))
    if args.floors_only:
        kept = np.load(args.out)
        wt, types = kept["wt"], tuple(str(t) for t in kept["types"])
    rows = ([x for rs in held_rows(recs, types).values() for x in rs]
            if PRECISION or RULE_PRECISION or GATE else [])
    if PRECISION:
        floors = precise_floors(rows, types, float(PRECISION))
    else:
        floors = (choose_floors(recs, types, COST) if COST
                  else dict.fromkeys(types, FLOOR))
    skip = weak_rules(rows, floors, float(RULE_PRECISION)) if RULE_PRECISION else frozenset()
    print("types " + ", ".join(f"{t} {per_type[t]} floor {floors[t]:g}" for t in types)
          + "; rules given no target: " + (", ".join(sorted(skip)) or "none"))
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    gate = {"gate": fit_gate(rows), "gate_floor": np.float32(GATE)} if GATE else {}
    np.savez_compressed(args.out, wt=wt, types=np.array(types),
                        floors=np.array([floors[t] for t in types], dtype=np.float32),
                        min_sentences=np.int32(2), skip_rules=np.array(sorted(skip), dtype=str),
                        **gate)


if __name__ == "__main__":
    main()
