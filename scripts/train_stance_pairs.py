"""Train the pair model (``stancemap.stances.pairs``) on our own gold, or measure it by
leave-one-set-out cross-validation.

    .venv/bin/python scripts/train_stance_pairs.py [--cache /tmp/stance-pairs.json]
    .venv/bin/python scripts/train_stance_pairs.py --cv [--cache /tmp/stance-pairs.json]

The 15 folds are tests/gold/*.gold.json and the dev sets tests/gold/dev13, dev21, dev23 ...
dev35 (never ../shared/gold, the blind sets, dev36, PolNeAR dev, CAMEO or SEESAW). One engine
pass with the pair model off (``pairs.TRACE``) gives every document's emitted stances and its
pairs (actor, proposition the rules do not emit, tied by a link), each keyed as the scorer keys
it (``evaluate.gold``: the holder's gold key, the gold proposition the evidence and the
proposition's words cover by the 60% rule) and labelled with the gold polarity of that holder on
that proposition (SUPPORT, OPPOSE, NEUTRAL, CONDITIONAL) or NONE. The pass takes a few minutes;
``--cache FILE`` keeps the items.

It first prints the ceiling: of the gold stances the rules miss, how many a pair reaches (the
right holder and proposition), by link kind, and how many of the pairs are wrong.

``--cv``: for each fold, a model trained on the other 14 (its cut chosen on those 14 by an inner
cross-validation over them) judges the held fold; the held fold's stances and stances_country
are scored as ``evaluate`` scores them, against the rules alone, with the micro sums over the
dev sets and over all 15. Without ``--cv``: the model trained on all 15 folds (the cut from their
leave-one-set-out pass) is written to ``stancemap/stances/model/pairs.npz``, only where the
out-of-fold micro stances F1 of the 15 folds rises by ``MIN_GAIN`` or more and no fold's
stances or stances_country falls by more than ``MAX_FALL`` (``--force`` writes it anyway; stop
34 measured it short of that: nothing ships). The fit is full-batch and deterministic.
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

from gold_folds import DEV, FOLDS, StanceGold, fit_softmax, fold_files  # noqa: E402

from stancemap.stances import pairs  # noqa: E402
from stancemap.statements.hashed import hash_features  # noqa: E402

L2 = float(os.environ.get("PAIR_L2", 3e-2))
ITERS = int(os.environ.get("PAIR_ITERS", 150))
RATE = float(os.environ.get("PAIR_RATE", 0.5))
INNER = int(os.environ.get("PAIR_INNER", 5))  # inner groups of folds for choosing the cut
CUTS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 1.01)
MIN_GAIN = float(os.environ.get("PAIR_MIN_GAIN", 0.005))
MAX_FALL = 0.01  # the most any fold's out-of-fold stances (or stances_country) F1 may fall
POLS = {c: n for n, c in enumerate(pairs.CLASSES)}




def collect(cache: str | None) -> list[dict]:
    """One record per document: fold, gold triples (and by country), the rules' stances and
    the pairs with their scorer keys, labels and features."""
    path = Path(cache) if cache else None
    if path is not None and path.exists():
        return json.loads(path.read_text())
    from stancemap.evaluate.gold import load_gold
    from stancemap.pipeline import default_engine

    pairs.load_model = lambda *a: None  # the rules alone
    engine = default_engine()
    docs: list[dict] = []
    t0 = time.time()
    for fold in FOLDS:
        for f in fold_files(fold):
            gold = load_gold(f)
            pairs.TRACE = []
            doc = engine.analyze(gold.article())
            traced, pairs.TRACE = pairs.TRACE, None
            sg = StanceGold(gold, doc)
            gt = sg.gt
            gpol: dict[tuple[str, str], str] = {}
            for a, p, pol in sorted(gt, key=lambda x: POLS.get(x[2], 9)):
                gpol.setdefault((a, p), pol)

            key = sg.key
            tr = traced[0] if traced else {"emitted": [], "pairs": []}
            emitted = []
            for it in tr["emitted"]:
                a, c, p = key(it)
                emitted.append({"a": a, "c": c, "p": p, "pol": it["pol"], "prop": it["prop"]})
            out = []
            for it in tr["pairs"]:
                a, c, p = key(it)
                y = POLS.get(gpol.get((a, p), "none"), pairs.NONE)
                out.append({"a": a, "c": c, "p": p, "y": y, "link": it["link"], "f": it["f"]})
            docs.append({"fold": fold, "file": f, "gold": sorted(gt), "gold_c": sorted(sg.gc),
                         "emitted": emitted, "items": out, "check": sg.rules})
        print(f"  {fold}: {len(docs)} documents, {time.time() - t0:.0f} s", file=sys.stderr)
    if path is not None:
        path.write_text(json.dumps(docs))
    return docs


# -- the model --------------------------------------------------------------------------------


def fit(rows: list[np.ndarray], ys: np.ndarray) -> np.ndarray:
    """Multi-class logistic regression (``gold_folds.fit_softmax``)."""
    return fit_softmax(rows, ys, len(pairs.CLASSES), pairs.BITS, l2=L2, iters=ITERS, rate=RATE)


def hashed(docs: list[dict]) -> None:
    """Hashes the features; the pairs the model never judges (``pairs.JUDGED``) are set aside
    (``d["traced"]``) once the ceiling is measured."""
    for d in docs:
        for it in d["items"]:
            if "x" not in it:
                it["x"] = hash_features(it["f"]) & pairs.MASK


def judged(docs: list[dict]) -> None:
    for d in docs:
        d["traced"] = d["items"]
        d["items"] = [it for it in d["items"] if it["link"] in pairs.JUDGED]


def train_on(docs: list[dict]) -> np.ndarray:
    its = [it for d in docs for it in d["items"]]
    return fit([it["x"] for it in its], np.array([it["y"] for it in its], dtype=int))


def predict(w: np.ndarray, docs: list[dict]) -> None:
    """Sets each pair's ``pr`` (max(SUPPORT, OPPOSE)) and ``pol`` (the larger)."""
    for d in docs:
        for it in d["items"]:
            z = w[:, it["x"]].sum(axis=1)
            z -= z.max()
            e = np.exp(z)
            p = e / e.sum()
            it["pr"] = float(max(p[pairs.SUPPORT], p[pairs.OPPOSE]))
            it["pol"] = "support" if p[pairs.SUPPORT] >= p[pairs.OPPOSE] else "oppose"


# -- scoring ----------------------------------------------------------------------------------


def score(docs: list[dict], cut: float | None, country: bool = False) -> np.ndarray:
    """tp, system, gold of the stances (or stances_country) layer over ``docs``: the rules'
    stances and (cut not None) the pairs at or over the cut."""
    k = "c" if country else "a"
    tot = np.zeros(3, dtype=int)
    for d in docs:
        g = {tuple(x) for x in d["gold_c" if country else "gold"]}
        s = {(it[k], it["p"], it["pol"]) for it in d["emitted"]}
        if cut is not None:
            s |= {(it[k], it["p"], it["pol"]) for it in d["items"] if it["pr"] >= cut}
        tot += (len(s & g), len(s), len(g))
    return tot


def f1(t: np.ndarray) -> float:
    return 2 * t[0] / max(1, t[1] + t[2])


def choose_cut(docs: list[dict]) -> float:
    """The cut of the best micro F1 over ``docs`` (their pairs' ``pr`` out of fold); the most
    cautious on a tie."""
    best = (f1(score(docs, None)), 1.01)
    for c in sorted(CUTS, reverse=True):
        v = f1(score(docs, c))
        if v > best[0] + 1e-9:
            best = (v, c)
    return best[1]


def out_of_fold(docs: list[dict], folds: list[str], groups: int) -> None:
    """Each document's pairs judged by a model trained without its fold's group (``groups``
    groups of ``folds``, round robin)."""
    for g in range(groups):
        held = set(folds[g::groups])
        w = train_on([d for d in docs if d["fold"] not in held and d["fold"] in folds])
        predict(w, [d for d in docs if d["fold"] in held])


def row(t: np.ndarray) -> str:
    return f"{f1(t):.3f}({t[0]}/{t[1]}/{t[2]})"


def cv(docs: list[dict]) -> None:
    """Leave-one-set-out: each fold judged by a model of the other 14, the cut chosen on them."""
    held: dict[str, dict] = {}
    t0 = time.time()
    for f in FOLDS:
        rest = [x for x in FOLDS if x != f]
        inner = [d for d in docs if d["fold"] in rest]
        out_of_fold(inner, rest, INNER)
        cut = choose_cut(inner)
        w = train_on(inner)
        mine = [d for d in docs if d["fold"] == f]
        predict(w, mine)
        held[f] = {"cut": cut, "base": score(mine, None), "model": score(mine, cut),
                   "base_c": score(mine, None, True), "model_c": score(mine, cut, True)}
        h = held[f]
        print(f"{f:7s} stances {row(h['base'])} -> {row(h['model'])}   stances_country "
              f"{row(h['base_c'])} -> {row(h['model_c'])}   cut {cut} "
              f"({time.time() - t0:.0f} s)", flush=True)
    for name, group in (("devsum", DEV), ("all15", FOLDS)):
        s = {k: sum((held[f][k] for f in group), np.zeros(3, dtype=int))
             for k in ("base", "model", "base_c", "model_c")}
        print(f"{name:7s} stances {row(s['base'])} -> {row(s['model'])}   "
              f"stances_country {row(s['base_c'])} -> {row(s['model_c'])}")


def ceiling(docs: list[dict]) -> None:
    """Of the gold stances the rules miss, how many a pair reaches (right holder and
    proposition, any polarity), by link kind; and how many pairs are wrong."""
    missed = reach = both = only_prop = reach_both = reach_prop = 0
    by_link: dict[str, int] = {}
    for d in docs:
        gold = {tuple(x) for x in d["gold"]}
        got = {(it["a"], it["p"], it["pol"]) for it in d["emitted"]}
        holders = {it["a"] for it in d["emitted"]}
        props = {it["p"] for it in d["emitted"]}
        for g in gold - got:
            missed += 1
            links = sorted({it["link"] for it in d["items"] if (it["a"], it["p"]) == g[:2]})
            h, p = g[0] in holders, g[1] in props
            both += h and p
            only_prop += p and not h
            if links:
                reach += 1
                reach_both += h and p
                reach_prop += p and not h
                for k in links:
                    by_link[k] = by_link.get(k, 0) + 1
    n = sum(len(d["items"]) for d in docs)
    wrong = sum(1 for d in docs for it in d["items"] if it["y"] == pairs.NONE)
    lab = np.bincount([it["y"] for d in docs for it in d["items"]], minlength=len(pairs.CLASSES))
    print(f"gold stances missed by the rules: {missed}; reached by a pair: {reach} "
          f"({100 * reach / max(1, missed):.1f}%); by link kind (any of a pair's links): "
          + ", ".join(f"{k} {v}" for k, v in sorted(by_link.items())))
    print(f"  of the missed, holder and proposition both among the rules' stances (never "
          f"together): {both}, reached {reach_both}; proposition only: {only_prop}, reached "
          f"{reach_prop}")
    print(f"pairs: {n}, wrong (NONE) {wrong} ({100 * wrong / max(1, n):.1f}%); labels "
          + ", ".join(f"{c} {v}" for c, v in zip(pairs.CLASSES, lab, strict=True)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", help="Keep the items in this JSON file (and reuse it).")
    ap.add_argument("--cv", action="store_true", help="Leave-one-set-out figures, no writing.")
    ap.add_argument("--out", default=str(pairs.MODEL))
    ap.add_argument("--force", action="store_true",
                    help="Write the model even where it gains less than MIN_GAIN.")
    args = ap.parse_args()
    docs = collect(args.cache)
    bad = [d["file"] for d in docs if list(score([d], None)) != d["check"]]
    if bad:
        print(f"warning: the keys differ from evaluate's on {len(bad)} documents: "
              f"{bad[:3]}", file=sys.stderr)
    hashed(docs)
    ceiling(docs)
    judged(docs)
    ceiling(docs)
    if args.cv:
        cv(docs)
        return
    out_of_fold(docs, FOLDS, len(FOLDS))
    cut = choose_cut(docs)
    base, gain = f1(score(docs, None)), f1(score(docs, cut)) - f1(score(docs, None))
    print(f"out of fold over the 15 folds, cut {cut}: stances F1 {base:.4f} -> "
          f"{base + gain:.4f}", file=sys.stderr)
    falls = []
    for f in FOLDS:
        mine = [d for d in docs if d["fold"] == f]
        for country in (False, True):
            drop = f1(score(mine, None, country)) - f1(score(mine, cut, country))
            if drop > MAX_FALL:
                falls.append(f"{f}{' (country)' if country else ''} -{drop:.3f}")
    if (gain < MIN_GAIN or falls) and not args.force:
        print(f"the gain is under {MIN_GAIN} or a fold falls by more than {MAX_FALL} "
              f"({', '.join(falls) or 'none'}): nothing written (--force writes it anyway)",
              file=sys.stderr)
        return
    w = train_on(docs)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, w=w.astype(np.float32), cut=np.float32(cut))
    print(f"wrote {args.out}: cut {cut}", file=sys.stderr)


if __name__ == "__main__":
    main()
