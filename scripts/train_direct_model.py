"""Train the attribution model's direct-report filter (``learned._direct_kept``) on PolNeAR train.

    .venv/bin/python scripts/train_direct_model.py --parse-cache /tmp/polnear-train.spacy
                                                   [--cache /tmp/polnear-direct.json]

The shipped ``model/direct.npz`` is that of ``DIRECT_HALVES=0`` (half 0 read by the attribution
model fitted on half 1; stop 44, about 25 minutes on the loaded shared machine after the parse).

Under PolNeAR's conventions, beside the rules, the attribution model's reports that no filter
drops ("direct" reports, with or without a speaker actor) are kept unless a logistic regression
over ``learned.keep_features`` (reason "direct") scores them under a threshold. Its examples
come from the whole engine (``evaluate --polnear``'s, with the filter off) over the train split:
one per direct report that reaches the output, right when the scorer (``evaluate.polnear``)
matches its statement to a gold attribution. Each half of the nine tenths is read by an
attribution model fitted without it (``train_statement_model.half_models``), the tenth by the
shipped one: read by the shipped model, its own training articles' reports are false 2% of the
time against 30% on new text, so only out-of-fold reports can teach a filter.

The threshold is chosen on the nine tenths alone (``DIRECT_HALVES``: the halves read, default
both): each of two parts' reports (``part``) is scored by a filter fitted on the other part,
and the threshold is the one whose drops gain the nine tenths the most (units of F1 x
statements - 2 x matched dropped; at least ``MIN_GAIN``, else no filter: 0). The shipped filter
is then fitted on both parts; its effect on the held-out tenth is printed as a check. Writes
``stancemap/statements/model/direct.npz``. ``--cache FILE`` keeps the examples (then seconds;
the same cache gives the same file byte for byte); from scratch about as long as
``train_keep_model.py`` (half of it with one half read). ``SEED`` (default 0) seeds the fits.
"""

from __future__ import annotations

import json
import os
import sys
import time
import zlib
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

import train_statement_model as tsm  # noqa: E402
from train_statement_model import Examples, fit  # noqa: E402

from stancemap.evaluate.polnear import _polnear_matches, load_polnear  # noqa: E402
from stancemap.statements import learned  # noqa: E402
from stancemap.statements.hashed import hash_features  # noqa: E402

EPOCHS = int(os.environ.get("DIRECT_EPOCHS", 5))
L2 = float(os.environ.get("DIRECT_L2", 1e-2))
# the least gain on the nine tenths (units of 2 x matched - F1 x statements) a threshold needs
MIN_GAIN = float(os.environ.get("DIRECT_MIN_GAIN", 2.0))
CUTS = np.arange(0.05, 0.61, 0.05)
# the halves of the nine tenths read (each by an attribution model fitted without it): one half
# halves the time (the engine's run and the fits), and its reports are as out of fold
HALVES = tuple(int(h) for h in os.environ.get("DIRECT_HALVES", "0,1").split(","))


def part(article_id: str) -> int:
    """Which of two parts an article is in for the filter's own cross-fit (a hash bit that is
    neither the tenth's nor the halves')."""
    return (zlib.crc32(article_id.encode()) // (4 * tsm.HELD_OUT)) % 2


def _statement_of(doc, ci: int, content: tuple[int, int]) -> int:
    """The index of the output statement whose cue holds character ``ci`` and whose content
    overlaps ``content`` (-1: the report did not reach the output)."""
    for k, s in enumerate(doc.statements):
        if s.cue is not None and s.cue.start <= ci < s.cue.end and (
                s.content.start < content[1] and content[0] < s.content.end):
            return k
    return -1


def examples(data: str, cache: str | None, parse_cache: str | None) -> list[dict]:
    """One record per direct report: article id, fold (None: the held-out tenth), features,
    whether its statement reached the output and whether it is matched; last, the engine's own
    counts per fold."""
    path = Path(cache) if cache else None
    if path is not None and path.exists():
        return json.loads(path.read_text())
    from stancemap.model import Article

    articles = load_polnear(data)
    engine, stage = tsm.polnear_engine()
    shipped = stage.model
    models = tsm.half_models(articles, parse_cache, shipped, HALVES)
    learned.DIRECT_OFF = True
    out: list[dict] = []
    base: dict[str, dict[str, int]] = {}
    t0 = time.time()
    for n, a in enumerate(articles):
        fold = tsm.fold_of(a)
        if fold not in models:
            continue
        stage.model = models[fold]
        learned.DIRECT_TRACE = []
        doc = engine.analyze(Article(id=a.id, text=a.text, path=a.ann_path))
        trace, learned.DIRECT_TRACE = learned.DIRECT_TRACE, None
        gold = [g for g in a.attributions if g.content]
        matched, _ = _polnear_matches(a, doc.statements, gold)
        counts = base.setdefault(str(fold), {"matched": 0, "statements": 0, "gold": 0})
        counts["matched"] += len(matched)
        counts["statements"] += len(doc.statements)
        counts["gold"] += len(gold)
        for pdoc, cue, found, feats in trace:
            k = _statement_of(doc, pdoc[cue].idx, found.content)
            out.append({"id": a.id, "fold": fold, "part": part(a.id), "f": feats,
                        "out": int(k >= 0), "y": int(k in matched)})
        if n % 100 == 0:
            print(f"  {n} articles, {len(out)} reports, {time.time() - t0:.0f} s",
                  file=sys.stderr)
    stage.model = shipped
    learned.DIRECT_OFF = False
    out.append({"base": base})
    if path is not None:
        path.write_text(json.dumps(out))
    return out


def fitted(recs: list[dict]) -> np.ndarray:
    ex = Examples()
    for r in recs:
        ex.idx.append(hash_features(r["f"]))
        ex.y.append(r["y"])
    w, _ = fit(ex, dense=False, bits=learned.KEEP_BITS, l2=L2, epochs=EPOCHS)
    return w


def scores(w: np.ndarray, recs: list[dict]) -> np.ndarray:
    mask = (1 << learned.KEEP_BITS) - 1
    return np.array([1 / (1 + np.exp(-float(w[hash_features(r["f"]) & mask].sum())))
                     for r in recs])


def gains(s: np.ndarray, ys: np.ndarray, counts: dict[str, int], label: str) -> dict[float, float]:
    """Each cut's overlap F1 where the reports scored under it are dropped (printed)."""
    m, n, g = counts["matched"], counts["statements"], counts["gold"]
    print(f"{label}: {len(ys)} reports in the output, {int(ys.sum())} matched; engine {m} "
          f"matched of {n} statements, {g} gold: F1 {2 * m / (n + g):.4f}", file=sys.stderr)
    out = {}
    for cut in CUTS:
        drop = s < cut
        k, right = int(drop.sum()), int(ys[drop].sum())
        f1 = 2 * (m - right) / (n - k + g)
        units = 2 * m / (n + g) * k - 2 * right
        out[round(float(cut), 2)] = units
        print(f"  cut {cut:.2f}: drops {k}, {right} matched -> {m - right} / {n - k}, F1 "
              f"{f1:.4f} ({units:+.1f} units)", file=sys.stderr)
    return out


def main() -> None:
    ap = tsm.engine_trainer_args(__doc__, learned.DIRECT_MODEL,
                                 "Keep the reports in this JSON file (and reuse it).")
    args = ap.parse_args()
    recs = examples(args.data, args.cache, args.parse_cache)
    base = recs[-1]["base"]
    recs = [r for r in recs[:-1] if r["out"]]
    nine = [r for r in recs if r["fold"] is not None]
    parts = [[r for r in nine if r["part"] == h] for h in (0, 1)]
    oof = np.concatenate([scores(fitted(parts[1 - h]), parts[h]) for h in (0, 1)])
    ys = np.array([r["y"] for h in parts for r in h])
    counts = {k: sum(base[h][k] for h in base if h != "None") for k in base["None"]}
    units = gains(oof, ys, counts, "nine tenths (the halves read), out of fold")
    cut, best = max(units.items(), key=lambda kv: (kv[1], -kv[0]))
    cut = cut if best >= MIN_GAIN else 0.0
    print(f"cut {cut}", file=sys.stderr)
    w = fitted(parts[0] + parts[1])
    held = [r for r in recs if r["fold"] is None]
    gains(scores(w, held), np.array([r["y"] for r in held]), base["None"], "held-out tenth")
    np.savez_compressed(args.out, w=w.astype(np.float32),
                        cuts=np.array([cut, 0.0], dtype=np.float32),
                        reasons=np.array([learned.DIRECT_REASON]))


if __name__ == "__main__":
    main()
