"""Train the event keep model (``stancemap/events/keep.py``) on the gold of the readable sets.

    .venv/bin/python scripts/train_event_model.py [--cache /tmp/evmodel-cands.json] [--cv]

One engine pass (the keep model off) over the 30 folds (``tests/gold`` and the twenty-nine dev
sets dev13, dev21 ... dev49) notes, per document, the rules' events and the candidates their
gates dropped (``events.stage.code_candidates``), each with its features and its (source,
type, target) as the scorer keys them; ``--cache`` keeps them (a few minutes to make, then
seconds). A candidate is right (label 1) when the document's gold holds an event with its
source and type, as ``evaluate`` matches events.

``--cv``: leave one set out. For each fold, fit on the other folds, choose T1 and T2 on those folds
(``select`` over the grid, the best summed events F1 there without a fall of events_target),
apply to the held fold and score it as ``evaluate`` does; prints the held rows (events and
events_target, tp/sys/gold) beside the rules' rows and their micro sum. Also prints the
CEILING: of the gold events the rules miss, how many have a dropped candidate with that source
and type.

Without ``--cv``: fit on all the folds, choose T1 and T2 on them the same way, write
``stancemap/events/model/keep.npz``. ``SEED`` seeds the fit (deterministic).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from gold_folds import FOLDS, fold_files  # noqa: E402

BITS = 16
SEED = int(os.environ.get("SEED", 0))
EPOCHS = int(os.environ.get("EVMODEL_EPOCHS", 30))
L2 = float(os.environ.get("EVMODEL_L2", 1e-2))
RATE = 0.05
MAX_FOLD_DROP = float(os.environ.get("EVMODEL_MAX_DROP", 0.005))
GROUPS = 5  # inner groups of folds the thresholds are chosen on
T1_GRID = [float(x) for x in os.environ.get("EVMODEL_T1", "0,0.1,0.2,0.25,0.3,0.35,0.4").split(",")]
T2_GRID = [float(x) for x in os.environ.get("EVMODEL_T2", "1").split(",")]
OUT = ROOT / "stancemap" / "events" / "model" / "keep.npz"




def _k(key: object) -> str | None:
    return None if key is None else repr(key)


def examples(cache: str | None) -> dict[str, list[dict]]:
    """fold -> documents: gold events' keys, the rules' events and the dropped candidates."""
    path = Path(cache) if cache else None
    if path is not None and path.exists():
        return json.loads(path.read_text())
    os.environ["STANCEMAP_EVENT_MODEL"] = "0"
    from stancemap.evaluate.gold import _GoldActors, _SystemKeys, load_gold
    from stancemap.events import stage
    from stancemap.pipeline import default_engine

    notes: dict[str, tuple] = {}
    original = stage.EventStage.__call__

    def noting(self, doc):  # type: ignore[no-untyped-def]
        events, feats, dropped = stage.code_candidates(doc, self.lexicon,
                                                       self.future_concession)
        if not self.agentless:  # the stage leaves out an act whose doer names no actor
            kept = [k for k, e in enumerate(events) if e.source is not None]
            events, feats = [events[k] for k in kept], [feats[k] for k in kept]
        doc._.events = events
        notes["last"] = (events, feats, dropped)
        return doc

    stage.EventStage.__call__ = noting
    engine = default_engine()
    out: dict[str, list[dict]] = {}
    t0 = time.time()
    try:
        for fold in FOLDS:
            docs = []
            for gp in fold_files(fold):
                gold = load_gold(gp)
                doc = engine.analyze(gold.article())
                events, feats, dropped = notes.pop("last")
                index = _GoldActors(gold.actors)
                keys = _SystemKeys(index, doc)
                gold_ev = [[_k(index.ref(e.get("source"))), str(e["type"]).upper(),
                            _k(index.ref(e.get("target")))] for e in gold.events]

                def row(e, f, gate, keys=keys):  # type: ignore[no-untyped-def]
                    return {"s": _k(keys.key(e.source)), "t": e.type.upper(),
                            "g": _k(keys.key(e.target)), "id": [e.source, e.type, e.target],
                            "gate": gate, "f": f}

                docs.append({
                    "id": gold.id, "gold": gold_ev,
                    "emitted": [row(e, f, "emitted") for e, f in zip(events, feats, strict=True)],
                    "dropped": [row(c.event, c.features, c.gate) for c in dropped],
                })
            out[fold] = docs
            print(f"  {fold}: {len(docs)} documents ({time.time() - t0:.0f} s)", file=sys.stderr)
    finally:
        stage.EventStage.__call__ = original
    if path is not None:
        path.write_text(json.dumps(out))
    return out


# ---- scoring, as ``evaluate`` scores events --------------------------------------------------

def score_doc(doc: dict, chosen: list[dict]) -> tuple[int, int, int, int]:
    """(events tp, events_target tp, n_system, n_gold) of a document's chosen records."""
    from stancemap.evaluate.scoring import _match

    pairs, with_target = [], []
    for k, e in enumerate(chosen):
        for i, (gs, gt, gg) in enumerate(doc["gold"]):
            if e["s"] != gs or e["t"] != gt:
                continue
            pairs.append((1.0 if e["g"] == gg else 0.5, k, i))
            if gg is None or e["g"] == gg:
                with_target.append((1.0 if e["g"] == gg else 0.5, k, i))
    return len(_match(pairs)), len(_match(with_target)), len(chosen), len(doc["gold"])


def choose(doc: dict, pe: list[float | None], pd: list[float], t1: float, t2: float
           ) -> list[dict]:
    """``keep.select`` over the cached records (by their engine ids)."""
    out = [e for e, p in zip(doc["emitted"], pe, strict=True) if p is None or p >= t1]
    have = {tuple(e["id"]) for e in out}
    pairs = {tuple(e["id"][:2]) for e in out}
    for e, p in sorted(zip(doc["dropped"], pd, strict=True), key=lambda x: -x[1]):
        if p <= t2:
            continue
        key = tuple(e["id"])
        if key in have or (e["id"][2] is None and tuple(e["id"][:2]) in pairs):
            continue
        have.add(key)
        pairs.add(tuple(e["id"][:2]))
        out.append(e)
    return out


def label(doc: dict, e: dict) -> tuple[int, int]:
    """Right on source and type; right with the target too (where the gold names one)."""
    st = any(e["s"] == gs and e["t"] == gt for gs, gt, _ in doc["gold"])
    tg = any(e["s"] == gs and e["t"] == gt and (gg is None or e["g"] == gg)
             for gs, gt, gg in doc["gold"])
    return int(st), int(tg)


def labels(doc: dict) -> list[tuple[dict, int]]:
    """Each record with its label: an emitted event is right when the scorer matches it; a
    dropped candidate when a gold event with its source and type is left unmatched by the
    emitted ones (what keeping it would gain)."""
    from stancemap.evaluate.scoring import _match

    em = doc["emitted"]
    pairs = [(1.0, k, i) for k, e in enumerate(em) for i, (gs, gt, _) in enumerate(doc["gold"])
             if e["s"] == gs and e["t"] == gt]
    m = _match(pairs)
    left = [tuple(g[:2]) for i, g in enumerate(doc["gold"]) if i not in set(m.values())]
    return ([(e, int(k in m)) for k, e in enumerate(em)]
            + [(e, int((e["s"], e["t"]) in left)) for e in doc["dropped"]])


# ---- the model ---------------------------------------------------------------------------------

def _idx(feats: list[str]) -> np.ndarray:
    from stancemap.statements.hashed import hash_features
    return hash_features(feats) & ((1 << BITS) - 1)


def fit(docs: list[dict]) -> np.ndarray:
    """Logistic regression (full-batch Adam) over every record of ``docs``."""
    idx, y = [], []
    for doc in docs:
        features(doc)
        for e, right in labels(doc):
            if e["ff"] is None or e["s"] is None:
                continue
            idx.append(_idx(e["ff"]))
            y.append(right)
    yv = np.array(y, dtype=np.float64)
    lens = np.array([len(i) for i in idx])
    flat = np.concatenate(idx)
    seg = np.repeat(np.arange(len(idx)), lens)
    w = np.zeros(1 << BITS)
    m, s = np.zeros_like(w), np.zeros_like(w)
    rng = np.random.default_rng(SEED)
    w += rng.normal(0, 1e-4, w.size)
    for step in range(1, EPOCHS * 10 + 1):
        z = np.bincount(seg, weights=w[flat], minlength=len(idx))
        p = 1 / (1 + np.exp(-z))
        g = np.bincount(flat, weights=(p - yv)[seg], minlength=w.size) / len(idx) + L2 * w
        m = 0.9 * m + 0.1 * g
        s = 0.999 * s + 0.001 * g * g
        w -= RATE * (m / (1 - 0.9 ** step)) / (np.sqrt(s / (1 - 0.999 ** step)) + 1e-8)
    return w.astype(np.float32)


def features(doc: dict) -> None:
    """Each record's features with the document's context (``keep.context_features``)."""
    from stancemap.events.keep import context_features

    if "ff" in doc:
        return
    pairs = [(e["id"][0], e["id"][1]) for e in doc["emitted"]]
    for k, e in enumerate(doc["emitted"]):
        e["ff"] = None if e["f"] is None else e["f"] + context_features(*pairs[k], pairs, k)
    for e in doc["dropped"]:
        e["ff"] = e["f"] + context_features(e["id"][0], e["id"][1], pairs)
    doc["ff"] = True


def probs(w: np.ndarray, docs: list[dict]) -> list[tuple[list[float | None], list[float]]]:
    def p(e: dict) -> float | None:
        if e["ff"] is None or e["id"][0] is None:  # (an act with no source actor: as it is)
            return None
        return float(1 / (1 + np.exp(-float(w[_idx(e["ff"])].sum()))))
    for d in docs:
        features(d)
    return [([p(e) for e in d["emitted"]], [p(e) or 0.0 for e in d["dropped"]]) for d in docs]


def totals(docs: list[dict], ps: list, t1: float, t2: float) -> tuple[int, int, int, int]:
    tp = tpt = ns = ng = 0
    for d, (pe, pd) in zip(docs, ps, strict=True):
        a, b, c, n = score_doc(d, choose(d, pe, pd, t1, t2))
        tp, tpt, ns, ng = tp + a, tpt + b, ns + c, ng + n
    return tp, tpt, ns, ng


def f1(tp: int, ns: int, ng: int) -> float:
    return 2 * tp / max(1, ns + ng)


def thresholds(docs: list[dict], ps: list, folds: list[str] | None = None
               ) -> tuple[float, float]:
    """T1, T2 with the best events F1 on ``docs`` where events_target does not fall and, with
    ``folds`` (each document's fold), no fold's events or events_target F1 falls by more than
    ``MAX_FOLD_DROP`` (the no-drops rule, asked of the thresholds as of the model)."""
    def rows(t1: float, t2: float) -> list[tuple[int, int, int, int]]:
        if folds is None:
            return []
        return [totals([d for d, f in zip(docs, folds, strict=True) if f == k],
                       [p for p, f in zip(ps, folds, strict=True) if f == k], t1, t2)
                for k in sorted(set(folds))]

    base = totals(docs, ps, 0.0, 1.0)
    base_rows = rows(0.0, 1.0)
    best = (f1(base[0], base[2], base[3]), 0.0, 1.0)
    for t1 in T1_GRID:
        for t2 in T2_GRID:
            tp, tpt, ns, ng = totals(docs, ps, t1, t2)
            if f1(tpt, ns, ng) < f1(base[1], base[2], base[3]):
                continue
            if f1(tp, ns, ng) <= best[0] + 1e-9:
                continue
            if any(f1(r[0], r[2], r[3]) < f1(b[0], b[2], b[3]) - MAX_FOLD_DROP
                   or f1(r[1], r[2], r[3]) < f1(b[1], b[2], b[3]) - MAX_FOLD_DROP
                   for r, b in zip(rows(t1, t2), base_rows, strict=True)):
                continue
            best = (f1(tp, ns, ng), t1, t2)
    return best[1], best[2]


def oof_probs(folds: list[str], data: dict[str, list[dict]]
              ) -> tuple[list[dict], list, list[str]]:
    """The documents of ``folds`` with probabilities from models fitted without their own
    group (``GROUPS`` groups of folds, by order), and each one's fold: thresholds chosen on
    the training documents' own probabilities would trust the model too much."""
    docs: list[dict] = []
    ps: list = []
    names: list[str] = []
    for g in range(GROUPS):
        held = folds[g::GROUPS]
        w = fit([d for f in folds if f not in held for d in data[f]])
        for f in held:
            docs += data[f]
            ps += probs(w, data[f])
            names += [f] * len(data[f])
    return docs, ps, names


def _cell(tp: int, ns: int, ng: int) -> str:
    return f"{f1(tp, ns, ng):.3f}({tp}/{ns}/{ng})"


def ceiling(data: dict[str, list[dict]]) -> None:
    """Of the gold events the rules miss, how many have a dropped candidate (source, type)."""
    missed = covered = 0
    gates: dict[str, int] = {}
    for fold in FOLDS:
        for d in data[fold]:
            from stancemap.evaluate.scoring import _match
            pairs = [(1.0, k, i) for k, e in enumerate(d["emitted"])
                     for i, (gs, gt, _) in enumerate(d["gold"]) if e["s"] == gs and e["t"] == gt]
            hit = set(_match(pairs).values())
            for i, (gs, gt, _) in enumerate(d["gold"]):
                if i in hit:
                    continue
                missed += 1
                found = [e["gate"] for e in d["dropped"] if e["s"] == gs and e["t"] == gt]
                if found:
                    covered += 1
                    gates[found[0]] = gates.get(found[0], 0) + 1
    print(f"CEILING: {covered} of the {missed} gold events the rules miss on the {len(FOLDS)} "
          f"folds have a dropped candidate with their source and type; by first gate: "
          + ", ".join(f"{g} {n}" for g, n in sorted(gates.items(), key=lambda x: -x[1])))
    n_drop = sum(len(d["dropped"]) for f in FOLDS for d in data[f])
    right = sum(label(d, e)[0] for f in FOLDS for d in data[f] for e in d["dropped"])
    print(f"dropped candidates: {n_drop}, right on source and type: {right}")


def cv(data: dict[str, list[dict]]) -> None:
    ceiling(data)
    rows = []
    sums = {k: [0] * 6 for k in ("dev", "all")}
    for held in FOLDS:
        train = [d for f in FOLDS if f != held for d in data[f]]
        w = fit(train)
        t1, t2 = thresholds(*oof_probs([f for f in FOLDS if f != held], data))
        test = data[held]
        pst = probs(w, test)
        b = totals(test, pst, 0.0, 1.0)
        m = totals(test, pst, t1, t2)
        rows.append((held, b, m, t1, t2))
        print(f"{held:7s} base ev {_cell(b[0], b[2], b[3])} tgt {_cell(b[1], b[2], b[3])}   "
              f"model ev {_cell(m[0], m[2], m[3])} tgt {_cell(m[1], m[2], m[3])}  "
              f"T1 {t1} T2 {t2}", flush=True)
        for k in ("dev", "all"):
            if k == "dev" and held == "tests":
                continue
            acc = sums[k]
            for j, x in enumerate((b[0], b[1], b[2], m[0], m[1], m[2])):
                acc[j] += x
    for k in ("dev", "all"):
        ng = sum(r[1][3] for r in rows if k == "all" or r[0] != "tests")
        a = sums[k]
        print(f"{k + 'sum':7s} base ev {_cell(a[0], a[2], ng)} tgt {_cell(a[1], a[2], ng)}   "
              f"model ev {_cell(a[3], a[5], ng)} tgt {_cell(a[4], a[5], ng)}")


def train_all(data: dict[str, list[dict]]) -> None:
    docs = [d for f in FOLDS for d in data[f]]
    w = fit(docs)
    t1, t2 = thresholds(*oof_probs(FOLDS, data))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(OUT, w=w.astype(np.float16).astype(np.float32), t1=np.float32(t1),
                        t2=np.float32(t2), bits=np.int32(BITS))
    print(f"wrote {OUT} (T1 {t1}, T2 {t2})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", default="/tmp/evmodel-cands.json")
    ap.add_argument("--cv", action="store_true")
    args = ap.parse_args()
    t0 = time.time()
    data = examples(args.cache)
    if args.cv:
        cv(data)
    else:
        train_all(data)
    print(f"({time.time() - t0:.0f} s)", file=sys.stderr)


if __name__ == "__main__":
    main()
