"""Train the spoken-event classifier (``stancemap.events.spoken``) on the readable gold folds.

    .venv/bin/python scripts/train_spoken_events.py [--cache /tmp/spoken-cache.pkl] [--cv]

One engine pass (the classifier off) over the 30 folds (tests/gold and tests/gold/dev13, dev21,
dev23 ... dev49) keeps each document's output and its candidates: one per statement whose
speaker is an actor (``spoken.candidates``). A candidate is right for type T when the
document's gold holds an event (speaker, T) that the engine's own events leave unmatched (the
scorer's matching, ``evaluate.gold``); candidates of a type the rules already give that speaker
are left out, as the engine never adds one. The targets' model learns which of the actors
offered (``spoken.target_features``) is the gold target of such an event.

``--cv``: leave one set out. For each fold, the models are fitted on the other folds, their
events added to the held fold's cached output and scored as ``evaluate`` scores it; the held
rows and the micro sum of the dev sets are printed beside the baseline. The thresholds per type
are chosen inside each training part, on its nested folds (``choose_thresholds``; each nested
model is fitted once per pair of folds left out, ``fit_cached``). About 11 minutes on the
shared machine (the fits run over the hashed indices in use only: the same weights as a fit
over all 2**18, an order faster).
``--census``: the gold events the engine misses whose source is a statement's speaker, by type
and by what the speaker's statements hold (a cue verb of the type, a negative evaluative, a
demand form; gold's target named in the content, offered elsewhere, not offered, none).
``--precision``: per type, the out-of-fold proposals (each document read by the models fitted
without its fold) over each threshold of ``SPOKEN_GRID`` and target floor of ``SPOKEN_FLOORS``:
how many, how many of a (speaker, type) gold leaves unmatched, and how many aimed at the target
gold names (a triplet source-act-target as SEESAW counts it: right only where gold names that
target). About a minute and a half from the cache.
Without ``--cv``: fit on all the folds, choose the thresholds on the folds' out-of-fold
probabilities and write ``stancemap/events/model/spoken.npz``. ``SEED`` (default 0).
No weights ship: ``SPOKEN_PRECISION=0.6`` over the 29 folds (stop 48) raised the dev sets'
events out of fold but lowered SEESAW's triplet precision (``--precision``: at no threshold are
the added accusations aimed at gold's target as often as the engine's triplets are right).

Knobs (environment): ``SPOKEN_TYPES`` (the types asked about), ``SPOKEN_GRID`` and
``SPOKEN_FLOORS`` (the thresholds and target floors tried), ``SPOKEN_MARGIN`` (how much the
training folds' events_target F1 must rise for a threshold to be taken), ``SPOKEN_RANKER=1``
(the target of an added event chosen by the rules' target ranker, ``targets.npz``, over the
options of the act its first statement is, ``targets.statement_act``; its probability is then
what the target floor reads) and ``SPOKEN_RANKER_FOLDS`` (with ``--cv``: an .npz of ranker
weights per held fold, each fitted without it, instead of the shipped ranker that saw every
fold).
"""

from __future__ import annotations

import argparse
import copy
import os
import pickle
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
sys.path.insert(0, str(ROOT))

from gold_folds import FOLDS, traced_pass  # noqa: E402

from stancemap.evaluate.gold import (  # noqa: E402
    _event_pairs,
    _GoldActors,
    _SystemKeys,
    load_gold,
    score_document,
)
from stancemap.evaluate.scoring import _match  # noqa: E402
from stancemap.events import spoken  # noqa: E402
from stancemap.events.targets import load_model as ranker_model  # noqa: E402
from stancemap.statements.hashed import hash_features  # noqa: E402

LAYERS = ("actors", "statements_attributed", "stances", "events", "events_target")
SEED = int(os.environ.get("SEED", 0))
EPOCHS = int(os.environ.get("SPOKEN_EPOCHS", 8))
L2 = float(os.environ.get("SPOKEN_L2", 1.0))
TARGET_L2 = float(os.environ.get("SPOKEN_TARGET_L2", 1.0))
RATE = 0.05
BATCH = 256
#: types asked about (``spoken.TYPES`` unless narrowed)
TYPES = tuple(os.environ.get("SPOKEN_TYPES", ",".join(spoken.TYPES)).split(","))
#: the target of an added event chosen by the rules' target ranker (``targets.npz``)
RANKER = os.environ.get("SPOKEN_RANKER", "0") in ("1", "agree")
#: ``SPOKEN_RANKER=agree``: an event only where the ranker and the own target model choose the
#: same actor (the ranker's probability read against the floor)
AGREE = os.environ.get("SPOKEN_RANKER", "0") == "agree"
#: with ``RANKER`` and ``--cv``: an .npz of target-ranker weights per held fold (a key per
#: fold, each fitted without it: ``train_event_targets.fit``), read instead of the shipped
#: ``targets.npz``, which saw every fold
RANKER_FOLDS = os.environ.get("SPOKEN_RANKER_FOLDS", "")
_RANKER_W: list[np.ndarray] = []  # the ranker weights in use (empty: the shipped ones)
#: feature prefixes left out (an experiment's knob; empty: all)
DROP = tuple(x for x in os.environ.get("SPOKEN_DROP", "").split(",") if x)


def feats(c: spoken.Candidate) -> list[str]:
    return [f for f in c.features if not f.startswith(DROP)] if DROP else c.features


#: hashed features, computed once per candidate and per (option, type): the fits and the
#: threshold search read them hundreds of times
_HASHED: dict[object, np.ndarray] = {}


def hashed(c: spoken.Candidate) -> np.ndarray:
    """A candidate's hashed feature indices."""
    k = id(c)
    if k not in _HASHED:
        _HASHED[k] = hash_features(feats(c)) & spoken.MASK
    return _HASHED[k]


def hashed_option(tf: list[str], etype: str) -> np.ndarray:
    """A target option's hashed features crossed with the type (``spoken.typed``)."""
    k = (id(tf), etype)
    if k not in _HASHED:
        _HASHED[k] = hash_features(spoken.typed(tf, etype)) & spoken.MASK
    return _HASHED[k]


def choose_target(model: spoken.SpokenModel, c: spoken.Candidate, etype: str
                  ) -> tuple[str | None, float]:
    """``model.choose`` over the cached hashes."""
    if model.ranker:
        rk = ranker_model()
        if rk is None or not c.acts:
            return None, 0.0
        options, wt = c.acts, _RANKER_W[0] if _RANKER_W else rk.wt
        if model.agree:
            own, _ = choose_target(spoken.SpokenModel(model.w, model.wt, model.thresholds,
                                                      model.types), c, etype)
            best, q = _best(options, wt, etype)
            return (best, q) if best == own else (None, -1.0)
    else:
        options = [x for x in c.targets if x[0] is not None] or c.targets
        wt = model.wt
    return _best(options, wt, etype)


def _best(options: list, wt: np.ndarray, etype: str) -> tuple[str | None, float]:
    best, score = None, -1e9
    for a, tf in options:
        z = float(wt[hashed_option(tf, etype)].sum())
        if z > score:
            best, score = a, z
    return best, 1.0 / (1.0 + float(np.exp(-score)))




def engine_pass(cache: str) -> list[dict]:
    """Per document: fold, gold path, the engine's output (classifier off), candidates."""
    path = Path(cache)
    if path.exists():
        return pickle.loads(path.read_bytes())
    os.environ["STANCEMAP_SPOKEN_EVENTS"] = "0"
    from stancemap.pipeline import default_engine

    out = [{"fold": fold, "gold": f, "doc": doc, "cands": [c for cs in traced for c in cs]}
           for fold, f, _, doc, traced in traced_pass(default_engine(), spoken)]
    path.write_bytes(pickle.dumps(out))
    return out


def label(recs: list[dict]) -> None:
    """Add to each record the gold, the scorer's keys and each candidate's labels."""
    for r in recs:
        gold = load_gold(r["gold"])
        doc = r["doc"]
        index = _GoldActors(gold.actors)
        keys = _SystemKeys(index, doc)
        pairs, _ = _event_pairs(gold, doc, keys)
        done = set(_match(pairs).values())
        left = [(index.ref(e.get("source")), str(e["type"]).upper(), index.ref(e.get("target")))
                for i, e in enumerate(gold.events) if i not in done]
        r["gold_obj"] = gold
        r["left"] = left
        r["rule_pairs"] = {(e.source, e.type) for e in doc.events if e.source}
        r["labels"] = []
        r["keys"] = keys
        for c in r["cands"]:
            sk = keys.key(c.speaker)
            ys = {t: [g[2] for g in left if g[0] == sk and g[1] == t] for t in TYPES}
            tkeys = [keys.key(a) for a, _ in c.targets]
            r["labels"].append((ys, tkeys))


def ceiling(recs: list[dict]) -> None:
    """Of the gold events the engine misses, how many have a statement's speaker as source."""
    from collections import Counter

    missed, spk, spk_type = Counter(), Counter(), Counter()
    for r in recs:
        gold, doc = r["gold_obj"], r["doc"]
        keys = _SystemKeys(_GoldActors(gold.actors), doc)
        speakers = {keys.key(s.speaker) for s in doc.statements if s.speaker}
        cand_speakers = {keys.key(c.speaker) for c in r["cands"]}
        for src, t, _ in r["left"]:
            missed[r["fold"]] += 1
            if src in speakers:
                spk[r["fold"]] += 1
            if src in cand_speakers:
                spk_type[t] += 1
    print(f"missed gold events: {sum(missed.values())}; source a statement's speaker: "
          f"{sum(spk.values())}")
    for fold in FOLDS:
        print(f"  {fold:6s} missed {missed[fold]:4d}  by a speaker {spk[fold]:4d}")
    print("by type (source the speaker of an attributed statement):",
          ", ".join(f"{t} {n}" for t, n in spk_type.most_common()))


#: what a missed event's speaker says, by class (``census``): the content's demand forms
_DEMAND = frozenset(("imp", "md=should", "md=must", "md=need"))


def _census_classes(c: spoken.Candidate, etype: str, target: str | None, keys: _SystemKeys
                    ) -> list[str]:
    """The classes of one missed (speaker, type, target): the cue's type, a negative
    evaluative, a demand form, where gold's target lies among the options."""
    f = set(c.features)
    neg = "vnegonly" in f or any(x.startswith("c=eval:neg") or x == "c=accusation" for x in f)
    out = ["cue-of-type" if f"cuetype={etype}" in f else "cue-other",
           "evaluative-neg" if neg else "no-evaluative-neg",
           "demand-form" if f & _DEMAND else "no-demand-form"]
    opts = {keys.key(a) if a else None: tf for a, tf in c.targets}
    if target is None:
        out.append("no-gold-target")
    elif target in opts:
        out.append("target-in-content" if "content" in opts[target] else "target-offered")
    else:
        out.append("target-not-offered")
    return out


def census(recs: list[dict]) -> None:
    """The gold events the engine misses whose source is a statement's speaker, by type and
    by what the speaker's statements hold (``_census_classes``), with the folds they are in."""
    from collections import Counter

    by: dict[str, Counter] = {}
    sets: dict[str, set[str]] = {}
    for r in recs:
        cands = {r["keys"].key(c.speaker): c for c in r["cands"]}
        for src, t, target in r["left"]:
            if src in cands:
                by.setdefault(t, Counter())["all"] += 1
                sets.setdefault(t, set()).add(r["fold"])
                by[t].update(_census_classes(cands[src], t, target, r["keys"]))
    for t, n in sorted(by.items(), key=lambda x: -x[1]["all"]):
        print(f"{t} {n['all']} ({len(sets[t])} folds): "
              + ", ".join(f"{k} {v}" for k, v in n.most_common() if k != "all"))


def _fit(idx: list[np.ndarray], y: list[float], seed: int, l2: float = L2) -> np.ndarray:
    """Logistic regression by mini-batch Adam over hashed features. The weights of indices no
    example has stay 0 (no gradient, no L2 pull, no Adam moment), so the fit runs over the
    indices in use only and scatters them back: the same weights, an order faster."""
    rng = np.random.default_rng(seed)
    yy = np.array(y, dtype=np.float64)
    lens = np.array([len(i) for i in idx])
    starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
    used, flat = np.unique(np.concatenate(idx), return_inverse=True)
    w = np.zeros(len(used))
    m1, m2 = np.zeros_like(w), np.zeros_like(w)
    step = 0
    for _ in range(EPOCHS):
        order = rng.permutation(len(yy))
        for b in range(0, len(yy), BATCH):
            rows = order[b:b + BATCH]
            ids = np.concatenate([flat[starts[k]:starts[k] + lens[k]] for k in rows])
            seg = np.repeat(np.arange(len(rows)), lens[rows])
            z = np.bincount(seg, weights=w[ids], minlength=len(rows))
            p = 1 / (1 + np.exp(-z))
            err = p - yy[rows]
            g = np.bincount(ids, weights=err[seg], minlength=w.size) + l2 * w
            step += 1
            m1 *= 0.9
            m1 += 0.1 * g
            m2 *= 0.999
            m2 += 0.001 * g * g
            w -= RATE * (m1 / (1 - 0.9 ** step)) / (np.sqrt(m2 / (1 - 0.999 ** step)) + 1e-8)
    out = np.zeros(1 << spoken.BITS, dtype=np.float32)
    out[used] = w
    return out


def fit_models(recs: list[dict], seed: int = SEED) -> tuple[np.ndarray, np.ndarray]:
    """Type weights (one row per type) and the target scorer's weights."""
    w = np.zeros((len(TYPES), 1 << spoken.BITS), dtype=np.float32)
    for k, t in enumerate(TYPES):
        idx, y = [], []
        for r in recs:
            for c, (ys, _) in zip(r["cands"], r["labels"], strict=True):
                if (c.speaker, t) in r["rule_pairs"]:
                    continue
                idx.append(hashed(c))
                y.append(1.0 if ys[t] else 0.0)
        if sum(y):
            w[k] = _fit(idx, y, seed + k)
    tidx, ty = [], []
    for r in recs:
        for c, (ys, tkeys) in zip(r["cands"], r["labels"], strict=True):
            for t in TYPES:
                golds = set(ys[t]) - {None}
                if not golds or (c.speaker, t) in r["rule_pairs"]:
                    continue
                for (a, tf), key in zip(c.targets, tkeys, strict=True):
                    if a is None:
                        continue
                    tidx.append(hashed_option(tf, t))
                    ty.append(1.0 if key in golds else 0.0)
    if not tidx:
        return w, np.zeros(1 << spoken.BITS, dtype=np.float32)
    wt = _fit(tidx, ty, seed + 99, TARGET_L2)
    return w, wt


def model_of(w: np.ndarray, wt: np.ndarray, th: np.ndarray) -> spoken.SpokenModel:
    """``th``: the thresholds per type, then the target floor."""
    return spoken.SpokenModel(w, wt, th[:len(TYPES)], TYPES, float(th[len(TYPES)])
                              if len(th) > len(TYPES) else 0.0, RANKER, AGREE)


def proposals(r: dict, model: spoken.SpokenModel
              ) -> list[tuple[str, str, str | None, float, float]]:
    """Every (speaker, type, target, probability) the model could add to a record's document
    (the thresholds not yet applied; never a type the rules give that speaker)."""
    out = []
    for c in r["cands"]:
        p = 1.0 / (1.0 + np.exp(-model.w[:, hashed(c)].sum(axis=1)))
        for k, t in enumerate(model.types):
            if (c.speaker, t) not in r["rule_pairs"]:
                out.append((c.speaker, t, *choose_target(model, c, t), float(p[k])))
    return out


def add_events(r: dict, props: list[tuple[str, str, str | None, float, float]],
               th: np.ndarray):
    """The record's document with the proposals over their type's threshold added."""
    doc = copy.copy(r["doc"])
    cut = dict(zip(TYPES, th[:-1], strict=True))
    floor = th[-1]
    extra = [spoken.PloverEvent(id="", type=t, mode=None, source=sp, target=target, date=None,
                                quad=spoken.QUAD[t], evidence=spoken.TextSpan(0, 0, ""))
             for sp, t, target, q, p in props if p >= cut[t] and q >= floor]
    if not extra:
        return None
    doc.events = list(doc.events) + extra
    return doc


def _add(tot: dict[str, list[int]], s: dict) -> None:
    for k in LAYERS:
        tot[k][0] += s[k].tp
        tot[k][1] += s[k].n_system
        tot[k][2] += s[k].n_gold
        tot[k][3] += s[k].tp_sys


def score(recs: list[dict], props: list[list] | None = None, th: np.ndarray | None = None
          ) -> dict[str, list[int]]:
    """The scorer's counts over ``recs`` (with ``props`` over ``th`` added)."""
    tot = {k: [0, 0, 0, 0] for k in LAYERS}
    for n, r in enumerate(recs):
        if "base" not in r:
            r["base"] = score_document(r["gold_obj"], r["doc"])
        doc = add_events(r, props[n], th) if props is not None else None
        _add(tot, score_document(r["gold_obj"], doc) if doc is not None else r["base"])
    return tot


#: how much events_target F1 must rise (on the training folds) for a threshold to be taken
MARGIN = float(os.environ.get("SPOKEN_MARGIN", 0.0))
#: the most a training fold's events or events_target F1 may fall (the no-drops rule's 0.005)
FOLD_DROP = float(os.environ.get("SPOKEN_FOLD_DROP", 0.004))
#: the precision regime (``_precise_thresholds``): the share of added events that must be
#: right on the training folds (0: off, the F1 search of ``choose_thresholds``)
PRECISION = float(os.environ.get("SPOKEN_PRECISION", 0))
PRECISION_MIN = int(os.environ.get("SPOKEN_PRECISION_MIN", 10))
FLOORS = tuple(float(x) for x in os.environ.get("SPOKEN_FLOORS", "0,0.3,0.5").split(","))
GRID = (*(float(x) for x in os.environ.get("SPOKEN_GRID", "0.35,0.45,0.55,0.7").split(",")),
        1.01)


def _f1(x: list[int]) -> float:
    return 2 * x[0] / max(1, x[1] + x[2])


def choose_thresholds(recs: list[dict], models: dict[str, tuple[np.ndarray, np.ndarray]]
                      ) -> np.ndarray:
    """For each target floor of ``FLOORS``, per type (in ``TYPES`` order, each with the
    thresholds of the types before it) the threshold of ``GRID`` that most raises events F1
    over ``recs`` while events_target F1 does not fall and no fold's events or events_target
    F1 falls by more than ``FOLD_DROP``; the best of the floors. Each record is
    read by the model of its fold in ``models`` (fitted without it) and scored as ``evaluate``
    scores; 1.01 is "off"."""
    th = np.full(len(TYPES) + 1, 1.01, dtype=np.float32)
    th[-1] = 0.0
    by_fold: dict[str, list[dict]] = {}
    for r in recs:
        by_fold.setdefault(r["fold"], []).append(r)

    props = {}
    for fold, rs in by_fold.items():
        w, wt = models[fold]
        m = model_of(w, wt, th)
        props[fold] = [proposals(r, m) for r in rs]

    def total(th: np.ndarray) -> tuple[float, float, list[float]]:
        """events F1, events_target F1 and each fold's events_target F1."""
        tot = {k: [0, 0, 0, 0] for k in LAYERS}
        per = []
        for fold, rs in by_fold.items():
            part = score(rs, props[fold], th)
            per.append(min(_f1(part["events"]), _f1(part["events_target"])))
            for k in LAYERS:
                for i in range(4):
                    tot[k][i] += part[k][i]
        return _f1(tot["events"]), _f1(tot["events_target"]), per

    if PRECISION:
        return _precise_thresholds(by_fold, props, th)
    base_ev, base_tgt, base_per = total(th)
    best, chosen = base_ev, th
    for floor in FLOORS:
        cur = th.copy()
        cur[-1] = floor
        cur_ev = base_ev
        for k in range(len(TYPES)):
            for x in GRID[:-1]:
                trial = cur.copy()
                trial[k] = x
                ev, tgt, per = total(trial)
                if ev > cur_ev + 1e-9 and tgt >= base_tgt + MARGIN - 1e-9 and all(
                        a >= b - FOLD_DROP for a, b in zip(per, base_per, strict=True)):
                    cur_ev, cur = ev, trial
        if cur_ev > best + 1e-9:
            best, chosen = cur_ev, cur
    return chosen


_FITS: dict[frozenset[str], tuple[np.ndarray, np.ndarray]] = {}


def fit_cached(recs: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    """``fit_models`` once per set of folds (the nested folds of two held sets are the same
    training set: fitted once)."""
    key = frozenset(r["fold"] for r in recs)
    if key not in _FITS:
        _FITS[key] = fit_models(recs)
    return _FITS[key]


def _precise_thresholds(by_fold: dict[str, list[dict]], props: dict[str, list],
                        th: np.ndarray) -> np.ndarray:
    """``PRECISION`` regime: per target floor, each type's lowest threshold of ``GRID`` at
    which the training folds' proposals (each read by a model fitted without its fold) are of
    a (speaker, type) gold leaves unmatched ``PRECISION`` of the time or more, and have gold's
    target (or gold names none) half that often, with at least ``PRECISION_MIN`` proposals;
    the floor that adds most right events."""
    rows = []  # (type, probability, target probability, type right, target right)
    for fold, rs in by_fold.items():
        for r, ps in zip(rs, props[fold], strict=True):
            ys = {}
            for c, (y, _) in zip(r["cands"], r["labels"], strict=True):
                ys[c.speaker] = y
            for sp, t, target, q, p in ps:
                golds = ys[sp][t]
                rows.append((t, p, q, bool(golds), any(
                    g is None or g == r["keys"].key(target) for g in golds)))
    best, chosen = -1, th
    for floor in FLOORS:
        cur, gain = th.copy(), 0
        cur[-1] = floor
        for k, t in enumerate(TYPES):
            for x in GRID[:-1]:
                got = [r for r in rows if r[0] == t and r[1] >= x and r[2] >= floor]
                right = sum(r[3] for r in got)
                if len(got) >= PRECISION_MIN and right >= PRECISION * len(got) and \
                        sum(r[4] for r in got) >= PRECISION / 2 * len(got):
                    cur[k], gain = x, gain + right
                    break
        if gain > best:
            best, chosen = gain, cur
    return chosen


def out_of_fold(recs: list[dict], folds: list[str]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """Per fold, the models fitted on the other folds of ``recs``."""
    return {fold: fit_cached([r for r in recs if r["fold"] != fold]) for fold in folds}


def precision_rows(recs: list[dict], models: dict[str, tuple[np.ndarray, np.ndarray]]
                   ) -> list[tuple[str, float, float, bool, bool]]:
    """Each proposal of each record, read by the models of its fold: (type, probability,
    target probability, right on (speaker, type), aimed at a target gold names)."""
    th = np.full(len(TYPES) + 1, 1.01, dtype=np.float32)
    rows = []
    for r in recs:
        ys = {c.speaker: y for c, (y, _) in zip(r["cands"], r["labels"], strict=True)}
        for sp, t, target, q, p in proposals(r, model_of(*models[r["fold"]], th)):
            golds = ys[sp][t]
            named = target is not None and r["keys"].key(target) in golds
            rows.append((t, p, q, bool(golds), named))
    return rows


def precision_table(rows: list[tuple[str, float, float, bool, bool]], grid: tuple[float, ...],
                    floors: tuple[float, ...]) -> list[tuple[str, float, float, int, int, int]]:
    """Per type, threshold and target floor: (type, threshold, floor, proposals, right on
    type, with gold's named target); cells with no proposal left out."""
    out = []
    for t in sorted({r[0] for r in rows}):
        for x in grid:
            for f in floors:
                got = [r for r in rows if r[0] == t and r[1] >= x and r[2] >= f]
                if got:
                    out.append((t, x, f, len(got), sum(r[3] for r in got),
                                sum(r[4] for r in got)))
    return out


def print_precision(recs: list[dict]) -> None:
    """``--precision``: the out-of-fold table of ``precision_table``."""
    rows = precision_rows(recs, out_of_fold(recs, list(FOLDS)))
    for t, x, f, n, right, named in precision_table(rows, GRID[:-1], FLOORS):
        print(f"{t:9s} threshold {x:.2f} floor {f:.2f}: {n:4d} proposed, {right:4d} right "
              f"({right / n:.2f}), {named:4d} with gold's target ({named / n:.2f})")


def fmt(x: list[int], micro: bool = False) -> str:
    """F1 as ``evaluate`` computes it (precision over the system items that count as right),
    with tp/system/gold; ``micro``: 2 tp / (system + gold), as the devsum rows of the
    baseline are summed."""
    tp, ns, ng, tps = x
    if micro:
        return f"{2 * tp / max(1, ns + ng):.3f}({tp}/{ns}/{ng})"
    p, r = tps / ns if ns else 0.0, tp / ng if ng else 0.0
    return f"{2 * p * r / (p + r) if p + r else 0.0:.3f}({tp}/{ns}/{ng})"


def cv(recs: list[dict], nested: bool = True) -> None:
    """Leave one set out: the held rows against the baseline, and the dev sets' micro sum."""
    sums = {"base": {k: [0, 0, 0, 0] for k in LAYERS}, "cv": {k: [0, 0, 0, 0] for k in LAYERS}}
    oof = None if nested else out_of_fold(recs, list(FOLDS))
    t0 = time.time()
    folds_w = np.load(RANKER_FOLDS) if RANKER and RANKER_FOLDS else None
    for fold in FOLDS:
        train = [r for r in recs if r["fold"] != fold]
        held = [r for r in recs if r["fold"] == fold]
        if folds_w is not None:
            _RANKER_W[:] = [folds_w[fold]]
        w, wt = fit_models(train)
        if nested:  # thresholds from models fitted on 14 of the 15, read on the 15th
            models = out_of_fold(train, [f for f in FOLDS if f != fold])
        else:  # from the models of the 16-fold split (the held fold among their data)
            assert oof is not None
            models = {f: m for f, m in oof.items() if f != fold}
        th = choose_thresholds(train, models)
        model = model_of(w, wt, th)
        b, s = score(held), score(held, [proposals(r, model) for r in held], th)
        print(f"{fold:7s} base " + " ".join(fmt(b[k]) for k in LAYERS), flush=True)
        print(f"{'':7s} cv   " + " ".join(fmt(s[k]) for k in LAYERS)
              + "  th " + ",".join(f"{x:.2f}" for x in th) + f"  {time.time() - t0:.0f} s",
              flush=True)
        if fold.startswith("dev"):
            for k in LAYERS:
                for i in range(4):
                    sums["base"][k][i] += b[k][i]
                    sums["cv"][k][i] += s[k][i]
    print("devsum  base " + " ".join(fmt(sums["base"][k], True) for k in LAYERS))
    print("devsum  cv   " + " ".join(fmt(sums["cv"][k], True) for k in LAYERS))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", default="/tmp/spoken-cache.pkl",
                    help="The engine pass's output (made where missing).")
    ap.add_argument("--cv", action="store_true", help="Leave-one-set-out figures.")
    ap.add_argument("--quick", action="store_true",
                    help="With --cv: thresholds from the 16-fold split's models, which saw "
                    "the held fold (faster, not honest; the default is nested folds).")
    ap.add_argument("--ceiling", action="store_true", help="Count the ceiling only.")
    ap.add_argument("--census", action="store_true",
                    help="The missed events of speakers by type and what they say.")
    ap.add_argument("--precision", action="store_true",
                    help="Out-of-fold proposals right on type and target per threshold.")
    ap.add_argument("--out", default=str(spoken.MODEL))
    args = ap.parse_args()
    recs = engine_pass(args.cache)
    label(recs)
    n = sum(len(r["cands"]) for r in recs)
    print(f"{len(recs)} documents, {n} candidates", file=sys.stderr)
    if args.ceiling:
        ceiling(recs)
        return
    if args.census:
        census(recs)
        return
    if args.precision:
        print_precision(recs)
        return
    if args.cv:
        cv(recs, not args.quick)
        return
    w, wt = fit_models(recs)
    th = choose_thresholds(recs, out_of_fold(recs, list(FOLDS)))
    print("thresholds " + ", ".join(f"{t} {x:.2f}" for t, x in zip(TYPES, th, strict=False))
          + f"; target floor {th[-1]:.2f}")
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(args.out, w=w, wt=wt,
                        thresholds=th[:-1], target_floor=np.float32(th[-1]),
                        types=np.array(TYPES), ranker=np.bool_(RANKER), agree=np.bool_(AGREE))


if __name__ == "__main__":
    main()
