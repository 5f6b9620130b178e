"""Train the pair model (``stancemap.stances.pairs``) on our own gold, or measure it by
leave-one-set-out cross-validation.

    .venv/bin/python scripts/train_stance_pairs.py [--cache /tmp/stance-pairs.json]
    .venv/bin/python scripts/train_stance_pairs.py --cv [--cache /tmp/stance-pairs.json]

The 30 folds are tests/gold/*.gold.json and the dev sets tests/gold/dev13, dev21, dev23 ...
dev49 (never ../shared/gold, the blind sets, dev50, PolNeAR dev, CAMEO or SEESAW). One engine
pass with the pair model off (``pairs.TRACE``) gives every document's emitted stances and its
pairs (actor, proposition the rules do not emit, tied by a link), each keyed as the scorer keys
it (``evaluate.gold``: the holder's gold key, the gold proposition the evidence and the
proposition's words cover by the 60% rule) and labelled with the gold polarity of that holder on
that proposition (SUPPORT, OPPOSE, NEUTRAL, CONDITIONAL) or NONE, each with the polarity
reader's features (``stances.polarity``). The pass takes under a minute; ``--cache FILE`` keeps
the items (delete it after changing the engine or the features).

It first prints the ceiling: of the gold stances the rules miss, how many a pair reaches (the
right holder and proposition), by link kind, and how many of the pairs are wrong.

Two models: the pair model (whether a pair is a stance: SUPPORT, OPPOSE, NEUTRAL, CONDITIONAL or
NONE over the pairs of the judged links) and the polarity reader (which polarity, trained on
every gold stance the engine reaches: the rules' stances on a gold holder and proposition and
the pairs on one, of any link). ``PAIR_POL_MODE``: ``product`` (default; a pair's polarity is
the larger of the pair model's SUPPORT and OPPOSE each times the reader's), ``reader`` (the
reader's alone), ``pair`` (the pair model's alone, as at stop 34), ``oracle`` (the gold
polarity: measuring only). A pair is emitted where max(SUPPORT, OPPOSE) of the pair model is at
least the cut and its polarity's share of the two is at least ``sure`` (``SURES``).
``POL_MEND=0.8`` measures the reader correcting a rule stance it contradicts that surely (off in
the engine; stop 35: where it contradicts the rules at 0.6, the rules are right 25 times of 35,
the reader 3 times).

Measuring only (``--cv``; the engine reads neither): ``PAIR_REQUIRE`` judges only the pairs
with, for each ","-separated group, a feature starting with one of its "|"-separated prefixes
(``hother=``: holders that hold another stance of the document); ``PAIR_EXTRA=1`` adds the
holder's role (``extra``: another actor is the subject of a clause over the proposition, the
holder's own stance count). Stop 35, wave 2: neither passes the gates (the tests fold's pairs
are right about one in four in every kind measured).

``--cv``: for each fold, a model trained on the other folds (its cut chosen on them by an inner
cross-validation over them: the best micro F1 at which none of those folds, out of fold, falls
by more than the gates allow; ``PAIR_GATED=0`` takes the best micro F1 alone) judges the held
fold; the held fold's stances and stances_country are scored as ``evaluate`` scores them,
against the rules alone, with the micro sums over the dev sets and over all 16, and the
out-of-fold polarity accuracy. Without ``--cv``: the models trained on all the folds (the cut
from their leave-one-set-out pass) are written to ``stancemap/stances/model/pairs.npz`` and
``polarity.npz``, only where the out-of-fold micro stances F1 of the folds rises by
``MIN_GAIN`` or more, no fold's stances or stances_country falls by more than ``MAX_FALL`` and
the tests fold by no more than ``TESTS_FALL`` (``--force`` writes them anyway; stops 34 and 35
measured them short of that: nothing ships). The fits are full-batch and deterministic.
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

from stancemap.stances import pairs, polarity  # noqa: E402
from stancemap.statements.hashed import hash_features  # noqa: E402

L2 = float(os.environ.get("PAIR_L2", 3e-2))
ITERS = int(os.environ.get("PAIR_ITERS", 150))
RATE = float(os.environ.get("PAIR_RATE", 0.5))
INNER = int(os.environ.get("PAIR_INNER", 5))  # inner groups of folds for choosing the cut
SURES = tuple(float(x) for x in os.environ.get("POL_SURES", "0.5,0.7,0.8,0.9").split(","))
CUTS = (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 1.01)
MIN_GAIN = float(os.environ.get("PAIR_MIN_GAIN", 0.005))
TESTS_FALL = 0.005  # the most the tests fold may fall
GATED = os.environ.get("PAIR_GATED", "1") == "1"  # the cut: the best no fold of its own
# folds (out of fold) falls under by more than the gates allow
MAX_FALL = 0.01  # the most any fold's out-of-fold stances (or stances_country) F1 may fall
POLS = {c: n for n, c in enumerate(pairs.CLASSES)}
# how a pair's polarity is chosen: "reader" (the pair model decides whether, the polarity
# reader which of support and oppose), "pair" (the pair model alone, as at stop 34)
MODE = os.environ.get("PAIR_POL_MODE", "product")
JOINT = os.environ.get("PAIR_JOINT", "") == "1"  # the pair model reads the reader's features
POL_L2 = float(os.environ.get("POL_L2", 1e-2))
MEND = float(os.environ.get("POL_MEND", 0))  # >0: a rule stance the reader contradicts this
# surely takes the reader's polarity (measured only: off in the engine)




def collect(cache: str | None) -> list[dict]:
    """One record per document: fold, gold triples (and by country), the rules' stances and
    the pairs with their scorer keys, labels and features."""
    path = Path(cache) if cache else None
    if path is not None and path.exists():
        return json.loads(path.read_text())
    from stancemap.pipeline import default_engine

    pairs.load_model = lambda *a: None  # the rules alone
    docs: list[dict] = []
    for fold, f, gold, doc, traced in traced_pass(default_engine(), pairs):
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
            y = POLS.get(gpol.get((a, p), "none"), pairs.NONE)
            emitted.append({"a": a, "c": c, "p": p, "pol": it["pol"], "prop": it["prop"],
                            "y": y, "pf": it["pf"]})
        out = []
        for it in tr["pairs"]:
            a, c, p = key(it)
            y = POLS.get(gpol.get((a, p), "none"), pairs.NONE)
            out.append({"a": a, "c": c, "p": p, "y": y, "link": it["link"], "f": it["f"],
                        "pf": it["pf"]})
        docs.append({"fold": fold, "file": f, "gold": sorted(gt), "gold_c": sorted(sg.gc),
                     "emitted": emitted, "items": out, "check": sg.rules})
    if path is not None:
        path.write_text(json.dumps(docs))
    return docs


# -- the model --------------------------------------------------------------------------------


def fit(rows: list[np.ndarray], ys: np.ndarray) -> np.ndarray:
    """Multi-class logistic regression (``gold_folds.fit_softmax``)."""
    return fit_softmax(rows, ys, len(pairs.CLASSES), pairs.BITS, l2=L2, iters=ITERS, rate=RATE)


def fit_polarity(docs: list[dict]) -> np.ndarray:
    """The polarity reader over every gold stance the engine reaches in ``docs``: the rules'
    stances on a gold holder and proposition and the pairs on one (any link), with the gold
    polarity."""
    its = [it for d in docs for it in (*d["emitted"], *d.get("traced", d["items"]))
           if it["y"] < pairs.NONE]
    return fit_softmax([it["px"] for it in its], np.array([it["y"] for it in its], dtype=int),
                       len(polarity.CLASSES), polarity.BITS, l2=POL_L2, iters=ITERS, rate=RATE)


def _softmax(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    z = w[:, x].sum(axis=1)
    z -= z.max()
    e = np.exp(z)
    return e / e.sum()


EXTRA = os.environ.get("PAIR_EXTRA", "") == "1"  # measuring: the role features below


def extra(d: dict) -> None:
    """Measuring: whether another actor is the subject of a clause over the proposition
    (``othersubj``) and how many stances the holder holds (``mine=``)."""
    subj: dict[str, set] = {}
    for it in d["items"]:
        if "has=subject" in it["f"]:
            subj.setdefault(it["p"], set()).add(it["a"])
    for it in d["items"]:
        n = sum(1 for e in d["emitted"] if e["a"] == it["a"])
        other = "othersubj" if subj.get(it["p"], set()) - {it["a"]} else "alone"
        it["f"] = it["f"] + [other, f"{other}|link={it['link']}", f"mine={min(n, 2)}",
                             f"mine={min(n, 2)}|link={it['link']}"]


def hashed(docs: list[dict]) -> None:
    """Hashes the features; the pairs the model never judges (``pairs.JUDGED``) are set aside
    (``d["traced"]``) once the ceiling is measured."""
    for d in docs:
        if EXTRA:
            extra(d)
        for it in d["items"]:
            if "x" not in it:
                it["x"] = hash_features(
                    it["f"] + ([f"P:{x}" for x in it["pf"]] if JOINT else [])) & pairs.MASK
                it["px"] = hash_features(it["pf"]) & polarity.MASK
        for it in d["emitted"]:
            if "px" not in it:
                it["px"] = hash_features(it["pf"]) & polarity.MASK


# measuring a restriction: only the pairs with, for each ","-separated group, a feature
# starting with one of its "|"-separated prefixes (e.g. "hother=,link=speaker": holders that
# hold another stance of the document, speaking of the proposition)
REQUIRE = [tuple(x.split("|")) for x in os.environ.get("PAIR_REQUIRE", "").split(",") if x]


def judged(docs: list[dict]) -> None:
    for d in docs:
        d["traced"] = d["items"]
        d["items"] = [it for it in d["items"] if it["link"] in pairs.JUDGED and (
            all(any(x.startswith(r) for x in it["f"]) for r in REQUIRE))]


Weights = tuple[np.ndarray, np.ndarray | None]


def train_on(docs: list[dict]) -> Weights:
    """The pair model, and the polarity reader (``MODE`` "reader")."""
    its = [it for d in docs for it in d["items"]]
    w = fit([it["x"] for it in its], np.array([it["y"] for it in its], dtype=int))
    return w, (fit_polarity(docs) if MODE != "pair" or MEND else None)


def predict(ws: Weights, docs: list[dict]) -> None:
    """Sets each pair's ``pr`` (max(SUPPORT, OPPOSE) of the pair model) and ``pol`` (the
    larger of the two, or the polarity reader's where it is used); each rule stance's ``mpol``
    (its polarity, or the reader's where ``MEND`` is set and the reader is that sure)."""
    w, wp = ws
    for d in docs:
        for it in d["items"]:
            p = _softmax(w, it["x"])
            it["pr"] = float(max(p[pairs.SUPPORT], p[pairs.OPPOSE]))
            two = p[[pairs.SUPPORT, pairs.OPPOSE]]
            if wp is not None and MODE == "reader":
                two = _softmax(wp, it["px"])[:2]
            elif wp is not None and MODE == "product":  # both models' odds
                two = two * _softmax(wp, it["px"])[:2]
            it["conf"] = float(two.max() / two.sum())
            if wp is not None and MODE in ("reader", "product"):
                it["pol"] = "support" if two[0] >= two[1] else "oppose"
            elif MODE == "oracle" and it["y"] < pairs.NONE:  # measuring: the gold polarity
                it["pol"] = pairs.CLASSES[it["y"]]
            else:
                it["pol"] = "support" if p[pairs.SUPPORT] >= p[pairs.OPPOSE] else "oppose"
            it["ppair"] = "support" if p[pairs.SUPPORT] >= p[pairs.OPPOSE] else "oppose"
        for it in d["emitted"]:
            it["mpol"] = it["pol"]
            if wp is not None:
                q = _softmax(wp, it["px"])
                it["rpol"] = polarity.CLASSES[int(np.argmax(q))]
                if MEND and q.max() >= MEND and it["rpol"] != it["pol"]:
                    it["mpol"] = it["rpol"]


# -- scoring ----------------------------------------------------------------------------------


Cut = tuple[float, float]  # the pair model's cut and the polarity's (``SURES``)


def score(docs: list[dict], cut: Cut | None, country: bool = False) -> np.ndarray:
    """tp, system, gold of the stances (or stances_country) layer over ``docs``: the rules'
    stances and (cut not None) the pairs at or over the cut whose polarity is that sure."""
    k = "c" if country else "a"
    tot = np.zeros(3, dtype=int)
    for d in docs:
        g = {tuple(x) for x in d["gold_c" if country else "gold"]}
        s = {(it[k], it["p"], it.get("mpol", it["pol"])) for it in d["emitted"]}
        if cut is not None:
            s |= {(it[k], it["p"], it["pol"]) for it in d["items"]
                  if it["pr"] >= cut[0] and it["conf"] >= cut[1]}
        tot += (len(s & g), len(s), len(g))
    return tot


def f1(t: np.ndarray) -> float:
    return 2 * t[0] / max(1, t[1] + t[2])


def choose_cut(docs: list[dict]) -> Cut:
    """The cut of the best micro F1 over ``docs`` (their pairs' ``pr`` out of fold); the most
    cautious on a tie."""
    best = (f1(score(docs, None)), (1.01, 1.01))
    folds = sorted({d["fold"] for d in docs})
    by = {f: [d for d in docs if d["fold"] == f] for f in folds}
    base = {(f, c): f1(score(by[f], None, c)) for f in folds for c in (False, True)}
    for c in sorted(CUTS, reverse=True):
        for sure in sorted(SURES, reverse=True):
            v = f1(score(docs, (c, sure)))
            if v <= best[0] + 1e-9:
                continue
            if GATED and any(base[f, k] - f1(score(by[f], (c, sure), k)) > (
                    TESTS_FALL if f == "tests" else MAX_FALL) for f in folds
                    for k in (False, True)):
                continue  # a fold of these would fall more than the gates allow
            best = (v, (c, sure))
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
    """Leave-one-set-out: each fold judged by models of the other folds, the cut chosen on them."""
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
        accuracy(mine, held.setdefault("_acc", {}))
        held[f] = {"cut": cut, "base": score(mine, None), "model": score(mine, cut),
                   "base_c": score(mine, None, True), "model_c": score(mine, cut, True)}
        h = held[f]
        print(f"{f:7s} stances {row(h['base'])} -> {row(h['model'])}   stances_country "
              f"{row(h['base_c'])} -> {row(h['model_c'])}   cut {cut} "
              f"({time.time() - t0:.0f} s)", flush=True)
    acc = held.pop("_acc")
    print("out-of-fold polarity, right / judged: " + ", ".join(
        f"{k} {v[0]}/{v[1]} ({v[0] / max(1, v[1]):.3f})" for k, v in sorted(acc.items())))
    for name, group in (("devsum", DEV), ("all16", FOLDS)):
        s = {k: sum((held[f][k] for f in group), np.zeros(3, dtype=int))
             for k in ("base", "model", "base_c", "model_c")}
        print(f"{name:7s} stances {row(s['base'])} -> {row(s['model'])}   "
              f"stances_country {row(s['base_c'])} -> {row(s['model_c'])}")


def accuracy(docs: list[dict], acc: dict[str, list[int]]) -> None:
    """Polarity right / judged: the pairs on a gold stance of support or oppose (the pair
    model's polarity, the reader's) and the rules' stances on a gold holder and proposition
    (the rules' polarity, the reader's)."""
    def add(k: str, ok: bool) -> None:
        a = acc.setdefault(k, [0, 0])
        a[0] += ok
        a[1] += 1
    for d in docs:
        for it in d["items"]:
            if it["y"] in (pairs.SUPPORT, pairs.OPPOSE):
                add("pairs:pair", it["ppair"] == pairs.CLASSES[it["y"]])
                add("pairs:used", it["pol"] == pairs.CLASSES[it["y"]])
                if it["pr"] >= 0.5:
                    add("pairs>=0.5:used", it["pol"] == pairs.CLASSES[it["y"]])
        for it in d["emitted"]:
            if it["y"] < pairs.NONE:
                add("rules:rules", it["pol"] == pairs.CLASSES[it["y"]])
                if "rpol" in it:
                    add("rules:reader", it["rpol"] == pairs.CLASSES[it["y"]])
                add("rules:mended", it["mpol"] == pairs.CLASSES[it["y"]])


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
    if EXTRA or REQUIRE:  # the engine reads neither: a model of them would not match it
        sys.exit("PAIR_EXTRA and PAIR_REQUIRE are for measuring (--cv) only")
    out_of_fold(docs, FOLDS, len(FOLDS))
    cut = choose_cut(docs)
    base, gain = f1(score(docs, None)), f1(score(docs, cut)) - f1(score(docs, None))
    print(f"out of fold over the folds, cut {cut}: stances F1 {base:.4f} -> "
          f"{base + gain:.4f}", file=sys.stderr)
    falls = []
    for f in FOLDS:
        mine = [d for d in docs if d["fold"] == f]
        for country in (False, True):
            drop = f1(score(mine, None, country)) - f1(score(mine, cut, country))
            if drop > (TESTS_FALL if f == "tests" else MAX_FALL):
                falls.append(f"{f}{' (country)' if country else ''} -{drop:.3f}")
    if (gain < MIN_GAIN or falls) and not args.force:
        print(f"the gain is under {MIN_GAIN} or a fold falls by more than {MAX_FALL} "
              f"({', '.join(falls) or 'none'}): nothing written (--force writes it anyway)",
              file=sys.stderr)
        return
    w, wp = train_on(docs)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, w=w.astype(np.float32), cut=np.float32(cut[0]),
                        sure=np.float32(cut[1]))
    print(f"wrote {args.out}: cut {cut}", file=sys.stderr)
    if wp is not None and MODE in ("reader", "product"):
        np.savez_compressed(polarity.MODEL, w=wp.astype(np.float32))
        print(f"wrote {polarity.MODEL}", file=sys.stderr)


if __name__ == "__main__":
    main()
