"""Train the stance model (``stancemap.stances.learned``) on our own gold, or measure it by
leave-one-set-out cross-validation.

    .venv/bin/python scripts/train_stance_model.py [--cache /tmp/stance-items.json]
    .venv/bin/python scripts/train_stance_model.py --cv [--cache /tmp/stance-items.json]

The 30 folds are tests/gold/*.gold.json and the dev sets tests/gold/dev13, dev21, dev23 ...
dev49 (never ../shared/gold, the blind sets, dev50, PolNeAR dev, CAMEO or SEESAW). One engine
pass with the model off (``learned.TRACE``) gives every item: each stance the rules emit and each
(holder, proposition) only a gate dropped, with its features, labelled as the scorer matches
(``evaluate.gold``: the holder's gold key, the gold proposition its words cover by the 60% rule,
the polarity): RIGHT (a gold stance), FLIP (a gold stance with the other polarity), WRONG (else).
The pass takes a few minutes; ``--cache FILE`` keeps the items (then the rest takes seconds).

``--cv``: for each fold, a model trained on the other folds (its cuts chosen on those folds by an
inner leave-one-set-out pass) judges the held fold; the held fold is scored as ``evaluate``
scores it (stances and stances_country; the other layers do not depend on the stance model);
printed against the rules alone, with the micro sum over the dev sets and over all 16. Without
``--cv``: the model trained on all the folds (cuts from their leave-one-set-out pass) is written to
``stancemap/stances/model/keep.npz``, only where the folds' out-of-fold micro stances F1
rises by ``MIN_GAIN`` or more (``--force`` writes it anyway). The fit is full-batch and
deterministic (no seed).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from gold_folds import DEV, FOLDS, StanceGold, fit_softmax, traced_pass  # noqa: E402

from stancemap.stances import learned  # noqa: E402
from stancemap.stances.candidates import flip  # noqa: E402
from stancemap.statements.hashed import hash_features  # noqa: E402

L2 = float(os.environ.get("STANCE_L2", 3e-3))
ITERS = int(os.environ.get("STANCE_ITERS", 300))
RATE = float(os.environ.get("STANCE_RATE", 0.5))
# the cuts tried (drop on WRONG, flip on FLIP, keep on RIGHT); 1.01 never acts
DROP_CUTS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
FLIP_CUTS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
KEEP_CUTS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
TRAINED = ("emitted", "weak", "part", "ruler")  # the kinds the engine asks about
# the least out-of-fold rise of the folds' micro stances F1 for which a model is written
MIN_GAIN = float(os.environ.get("STANCE_MIN_GAIN", 0.005))




def collect(cache: str | None) -> list[dict]:
    """One record per document: fold, gold triples (holder, proposition, polarity; and by
    country), and its items with their scorer keys, labels and features."""
    path = Path(cache) if cache else None
    if path is not None and path.exists():
        return json.loads(path.read_text())
    from stancemap.pipeline import default_engine

    learned.load_model = lambda *a: None  # the rules alone
    docs: list[dict] = []
    for fold, f, gold, doc, traced in traced_pass(default_engine(), learned):
        its = [it for t in traced for it in t["items"]]
        sg = StanceGold(gold, doc)
        gt = sg.gt
        out = []
        for it in its:
            ak, ck, pk = sg.key(it, no_prop="\x00none")
            pol = it["pol"]
            if (ak, pk, pol) in gt:
                y = learned.RIGHT
            elif pol in ("support", "oppose") and (ak, pk, flip(pol)) in gt:
                y = learned.FLIP
            else:
                y = learned.WRONG
            other = any((ak, pk, p) in gt for p in ("support", "oppose", "neutral",
                                                    "conditional"))
            out.append({"kind": it["kind"], "a": ak, "c": ck, "p": pk, "pol": pol,
                        "y": y, "any": other, "f": it["f"]})
        docs.append({"fold": fold, "file": f, "gold": sorted(gt), "gold_c": sorted(sg.gc),
                     "items": out, "check": sg.rules})
    if path is not None:
        path.write_text(json.dumps(docs))
    return docs


# -- the model --------------------------------------------------------------------------------


def fit(rows: list[np.ndarray], ys: np.ndarray) -> np.ndarray:
    """Three-class logistic regression (``gold_folds.fit_softmax``)."""
    return fit_softmax(rows, ys, len(learned.CLASSES), learned.BITS, l2=L2, iters=ITERS,
                       rate=RATE)


def probs(w: np.ndarray, rows: list[np.ndarray]) -> np.ndarray:
    out = np.zeros((len(rows), len(learned.CLASSES)))
    for i, r in enumerate(rows):
        z = w[:, r].sum(axis=1)
        z -= z.max()
        e = np.exp(z)
        out[i] = e / e.sum()
    return out


def hashed(docs: list[dict]) -> None:
    for d in docs:
        for it in d["items"]:
            if "x" not in it:
                it["x"] = hash_features(it["f"]) & learned.MASK


def train_on(docs: list[dict]) -> np.ndarray:
    its = [it for d in docs for it in d["items"] if it["kind"] in TRAINED]
    return fit([it["x"] for it in its], np.array([it["y"] for it in its], dtype=int))


def predict(w: np.ndarray, docs: list[dict]) -> None:
    """Sets each asked item's ``pr`` (the three probabilities)."""
    its = [it for d in docs for it in d["items"] if it["kind"] in TRAINED]
    for it, p in zip(its, probs(w, [it["x"] for it in its]), strict=True):
        it["pr"] = p


# -- scoring ----------------------------------------------------------------------------------


def system(d: dict, cuts: tuple[float, float, float] | None) -> list[dict]:
    """The document's stances (items with the polarity the engine gives) under ``cuts``
    (None: the rules alone)."""
    out = []
    for it in d["items"]:
        if it["kind"] not in TRAINED:
            continue
        pol = it["pol"]
        if cuts is None:
            if it["kind"] == "emitted":
                out.append({**it, "out": pol})
            continue
        p = it["pr"]
        if it["kind"] == "emitted":
            if p[learned.WRONG] >= cuts[0]:
                continue
            if p[learned.FLIP] >= cuts[1] and pol in ("support", "oppose"):
                pol = flip(pol)
        elif p[learned.RIGHT] < cuts[2]:
            continue
        out.append({**it, "out": pol})
    return out


def score(docs: list[dict], cuts: tuple[float, float, float] | None,
          country: bool = False) -> np.ndarray:
    """tp, system, gold of the stances (or stances_country) layer over ``docs``."""
    tot = np.zeros(3, dtype=int)
    for d in docs:
        g = {tuple(x) for x in d["gold_c" if country else "gold"]}
        s = {(it["c" if country else "a"], it["p"], it["out"]) for it in system(d, cuts)}
        tot += (len(s & g), len(s), len(g))
    return tot


def f1(t: np.ndarray) -> float:
    return 2 * t[0] / max(1, t[1] + t[2])


def choose_cuts(docs: list[dict]) -> tuple[float, float, float]:
    """The cuts of the best micro F1 over ``docs`` (their items' ``pr`` out of fold), each cut
    in turn (drop, then flip, then keep), the most cautious on a tie."""
    cuts = [1.01, 1.01, 1.01]
    for k, grid in enumerate((DROP_CUTS, FLIP_CUTS, KEEP_CUTS)):
        best = (f1(score(docs, tuple(cuts))), cuts[k])
        for c in grid:
            trial = list(cuts)
            trial[k] = c
            v = f1(score(docs, tuple(trial)))
            if v > best[0] + 1e-9:
                best = (v, c)
        cuts[k] = best[1]
    return (cuts[0], cuts[1], cuts[2])


def out_of_fold(docs: list[dict], folds: list[str]) -> None:
    """Each document's items judged by a model trained on the other ``folds``."""
    for f in folds:
        w = train_on([d for d in docs if d["fold"] != f and d["fold"] in folds])
        predict(w, [d for d in docs if d["fold"] == f])


def row(name: str, t: np.ndarray) -> str:
    return f"{f1(t):.3f}({t[0]}/{t[1]}/{t[2]})"


def cv(docs: list[dict]) -> None:
    """Leave-one-set-out: each fold judged by a model of the other folds, cuts chosen on them."""
    held: dict[str, dict] = {}
    t0 = time.time()
    for f in FOLDS:
        rest = [x for x in FOLDS if x != f]
        inner = [d for d in docs if d["fold"] in rest]
        out_of_fold(inner, rest)  # the 15's items, each out of its own fold
        cuts = choose_cuts(inner)
        w = train_on(inner)
        mine = [d for d in docs if d["fold"] == f]
        predict(w, mine)
        held[f] = {"cuts": cuts, "base": score(mine, None), "model": score(mine, cuts),
                   "base_c": score(mine, None, True), "model_c": score(mine, cuts, True)}
        h = held[f]
        print(f"{f:7s} stances {row(f, h['base'])} -> {row(f, h['model'])}   stances_country "
              f"{row(f, h['base_c'])} -> {row(f, h['model_c'])}   cuts {cuts} "
              f"({time.time() - t0:.0f} s)", flush=True)
    for name, group in (("devsum", DEV), ("all15", FOLDS)):
        s = {k: sum((held[f][k] for f in group), np.zeros(3, dtype=int))
             for k in ("base", "model", "base_c", "model_c")}
        print(f"{name:7s} stances {row(name, s['base'])} -> {row(name, s['model'])}   "
              f"stances_country {row(name, s['base_c'])} -> {row(name, s['model_c'])}")
    print("(actors, statements and events: unchanged; the stance model reads and changes only "
          "the stances, and the relations built from them)")


def ceiling(docs: list[dict]) -> None:
    """Of the gold stances the rules miss, how many some candidate reaches with the right holder
    and proposition (any polarity), by the gate that dropped it."""
    missed = reach = 0
    by_kind: dict[str, int] = {}
    for d in docs:
        gold = {tuple(x) for x in d["gold"]}
        got = {(it["a"], it["p"], it["pol"]) for it in d["items"] if it["kind"] == "emitted"}
        for g in gold - got:
            missed += 1
            kinds = sorted({it["kind"] for it in d["items"] if (it["a"], it["p"]) == g[:2]})
            if kinds:
                reach += 1
                for k in kinds:
                    by_kind[k] = by_kind.get(k, 0) + 1
    print(f"gold stances missed by the rules: {missed}; with a candidate of the right holder "
          f"and proposition: {reach} ({100 * reach / max(1, missed):.1f}%); by kind: "
          + ", ".join(f"{k} {v}" for k, v in sorted(by_kind.items())))
    labels: dict[str, list[int]] = {}
    for d in docs:
        for it in d["items"]:
            lab = labels.setdefault(it["kind"], [0, 0, 0])
            lab[it["y"]] += 1
    print("items by kind (right/flip/wrong): " + ", ".join(
        f"{k} {v[0]}/{v[1]}/{v[2]}" for k, v in sorted(labels.items())))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", help="Keep the items in this JSON file (and reuse it).")
    ap.add_argument("--cv", action="store_true", help="Leave-one-set-out figures, no writing.")
    ap.add_argument("--out", default=str(learned.MODEL))
    ap.add_argument("--force", action="store_true",
                    help="Write the model even where it gains less than MIN_GAIN.")
    args = ap.parse_args()
    docs = collect(args.cache)
    bad = [d["file"] for d in docs if list(score([d], None)) != d["check"]]
    if bad:
        print(f"warning: the items' keys differ from evaluate's on {len(bad)} documents: "
              f"{bad[:3]}", file=sys.stderr)
    hashed(docs)
    ceiling(docs)
    if args.cv:
        cv(docs)
        return
    out_of_fold(docs, FOLDS)
    cuts = choose_cuts(docs)
    base, gain = f1(score(docs, None)), f1(score(docs, cuts)) - f1(score(docs, None))
    print(f"out of fold over the {len(FOLDS)} folds, cuts {cuts}: stances F1 {base:.4f} -> "
          f"{base + gain:.4f}", file=sys.stderr)
    if gain < MIN_GAIN and not args.force:
        print(f"the gain is under {MIN_GAIN}: nothing written (the rules' stances stand; "
              "--force writes the model anyway)", file=sys.stderr)
        return
    w = train_on(docs)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, w=w.astype(np.float32), cuts=np.array(cuts, dtype=np.float32))
    print(f"wrote {args.out}: cuts {cuts}", file=sys.stderr)


if __name__ == "__main__":
    main()
