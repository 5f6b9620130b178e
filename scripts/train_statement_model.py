"""Train the attribution model (stancemap/statements/learned.py) on PolNeAR's train split.

    .venv/bin/python scripts/train_statement_model.py [--data ../shared/data/polnear/train]

Parses the train articles with the engine's spaCy pipeline, builds one example per candidate
cue word (is it the head of a gold Cue?) and one per candidate content span of each gold cue
(does it cover the gold Content?), fits two logistic regressions (numpy, Adam, L2) and writes
``stancemap/statements/model/attribution.npz``. One article in ten (by a hash of its id) is
held out of training to choose the cue threshold; its figures are printed. PolNeAR's text
never ships: only the weights do. About 3 minutes on two cores (most of it spaCy's parse).
``EPOCHS`` and ``L2`` in the environment override the defaults.
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from stancemap.evaluate.polnear import PolnearArticle, load_polnear
from stancemap.pipeline import load_nlp
from stancemap.statements.learned import (
    BITS,
    MODEL,
    AttributionModel,
    _hash,
    content_candidates,
    content_features,
    cue_features,
    is_cue_candidate,
    quote_test,
    unit,
)
from stancemap.statements.quotes import find_quotes

HELD_OUT = 10  # one article in HELD_OUT is kept for choosing the threshold
CONTENT_MATCH = 0.7  # a candidate within this overlap ratio of the gold content is right
EPOCHS = int(os.environ.get("EPOCHS", 5))
BATCH = 512
L2 = float(os.environ.get("L2", 1e-3))  # chosen on the held-out tenth among 1e-6 .. 1e-3
RATE = 0.05


@dataclass
class Examples:
    """Sparse hashed features (CSR-like), optional dense vectors, labels."""

    idx: list[np.ndarray] = field(default_factory=list)
    vec: list[np.ndarray] = field(default_factory=list)
    y: list[int] = field(default_factory=list)

    def add(self, features: list[str], label: bool, vector: np.ndarray | None = None) -> None:
        self.idx.append(_hash(features))
        self.y.append(int(label))
        if vector is not None:
            self.vec.append(vector)


def held_out(article: PolnearArticle) -> bool:
    return zlib.crc32(article.id.encode()) % HELD_OUT == 0


def token_set(doc, frags) -> set[int]:
    return {t.i for t in doc if any(s <= t.idx < e for s, e in frags)}


def cue_heads(doc, frags) -> set[int]:
    toks = token_set(doc, frags)
    return {i for i in toks if doc[i].head.i not in toks or doc[i].head.i == i}


def ratio(lo: int, hi: int, doc, frags) -> float:
    cs, ce = doc[lo].idx, doc[hi].idx + len(doc[hi])
    ov = sum(max(0, min(ce, e) - max(cs, s)) for s, e in frags)
    glen = sum(e - s for s, e in frags)
    return ov / max(ce - cs, glen) if glen else 0.0


def examples_of(doc, article: PolnearArticle, cues: Examples, contents: Examples) -> None:
    in_quote = quote_test(find_quotes(article.text))
    heads: dict[int, list] = {}
    inside: set[int] = set()
    for g in article.attributions:
        if g.cue and g.content:
            inside |= token_set(doc, g.cue)
            for i in cue_heads(doc, g.cue):
                heads.setdefault(i, g.content)
    for t in doc:
        if not is_cue_candidate(t) or (t.i in inside and t.i not in heads):
            continue
        cues.add(cue_features(t, in_quote), t.i in heads,
                 unit(t.vector) if t.has_vector else np.zeros(doc.vocab.vectors_length))
        if t.i in heads:
            for c in content_candidates(t):
                contents.add(content_features(t, c),
                             ratio(c[1], c[2], doc, heads[t.i]) >= CONTENT_MATCH)


def fit(ex: Examples, dense: bool, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Logistic regression by mini-batch Adam: hashed weights and dense weights."""
    rng = np.random.default_rng(seed)
    y = np.array(ex.y, dtype=np.float64)
    lens = np.array([len(i) for i in ex.idx])
    starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
    flat = np.concatenate(ex.idx)
    vec = np.stack(ex.vec) if dense and ex.vec else np.zeros((len(y), 0))
    w = np.zeros(1 << BITS)
    v = np.zeros(vec.shape[1])
    opt = {k: [np.zeros_like(a), np.zeros_like(a)] for k, a in (("w", w), ("v", v))}
    step = 0
    for epoch in range(EPOCHS):
        order = rng.permutation(len(y))
        loss = 0.0
        for b in range(0, len(y), BATCH):
            rows = order[b:b + BATCH]
            ids = np.concatenate([flat[starts[r]:starts[r] + lens[r]] for r in rows])
            seg = np.repeat(np.arange(len(rows)), lens[rows])
            z = np.bincount(seg, weights=w[ids], minlength=len(rows)) + vec[rows] @ v
            p = 1 / (1 + np.exp(-z))
            err = p - y[rows]
            loss -= float(np.sum(y[rows] * np.log(p + 1e-9) + (1 - y[rows]) * np.log(1 - p + 1e-9)))
            gw = np.bincount(ids, weights=err[seg], minlength=w.size) + L2 * w
            gv = vec[rows].T @ err + L2 * v
            step += 1
            for key, arr, g in (("w", w, gw), ("v", v, gv)):
                m, s = opt[key]
                m *= 0.9
                m += 0.1 * g
                s *= 0.999
                s += 0.001 * g * g
                arr -= RATE * (m / (1 - 0.9 ** step)) / (np.sqrt(s / (1 - 0.999 ** step)) + 1e-8)
        print(f"  epoch {epoch + 1}: loss {loss / len(y):.4f}", file=sys.stderr)
    return w.astype(np.float32), v.astype(np.float32)


def scores(ex: Examples, w: np.ndarray, v: np.ndarray) -> np.ndarray:
    z = np.array([w[i].sum() for i in ex.idx])
    if v.size:
        z += np.stack(ex.vec) @ v
    return 1 / (1 + np.exp(-z))


def best_threshold(p: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    best = (0.5, 0.0)
    for th in np.arange(0.2, 0.9, 0.05):
        tp = float(np.sum((p >= th) & (y == 1)))
        prec, rec = tp / max(1, np.sum(p >= th)), tp / max(1, np.sum(y == 1))
        f = 2 * prec * rec / (prec + rec) if tp else 0.0
        if f > best[1]:
            best = (float(th), f)
    return best


def _examples(articles: list[PolnearArticle], cache: str | None
              ) -> tuple[tuple[Examples, Examples], tuple[Examples, Examples]]:
    """(cue, content) examples of the training and the held-out articles."""
    if cache and Path(cache).exists():
        with open(cache, "rb") as f:
            return pickle.load(f)
    nlp = load_nlp()
    sets = {False: (Examples(), Examples()), True: (Examples(), Examples())}
    for doc, art in zip(nlp.pipe(a.text for a in articles), articles, strict=True):
        examples_of(doc, art, *sets[held_out(art)])
    if cache:
        with open(cache, "wb") as f:
            pickle.dump((sets[False], sets[True]), f)
    return sets[False], sets[True]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[1].parent
                                          / "shared" / "data" / "polnear" / "train"))
    ap.add_argument("--out", default=str(MODEL))
    ap.add_argument("--cache", help="Keep the examples in this pickle file (and reuse it).")
    args = ap.parse_args()
    t0 = time.time()
    articles = load_polnear(args.data)
    train, test = _examples(articles, args.cache)
    print(f"{len(articles)} articles parsed in {time.time() - t0:.0f} s; cue examples "
          f"{len(train[0].y)} train / {len(test[0].y)} held out; content examples "
          f"{len(train[1].y)} / {len(test[1].y)}", file=sys.stderr)
    cue_w, cue_v = fit(train[0], dense=True)
    content_w, _ = fit(train[1], dense=False)
    th, f = best_threshold(scores(test[0], cue_w, cue_v), np.array(test[0].y))
    print(f"held out: cue-word F1 {f:.3f} at threshold {th:.2f}", file=sys.stderr)
    model = AttributionModel(cue_w, cue_v, content_w, th)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    model.save(Path(args.out))
    print(f"wrote {args.out} ({Path(args.out).stat().st_size / 1e6:.1f} MB) in "
          f"{time.time() - t0:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
