"""Train the attribution model (stancemap/statements/learned.py) on PolNeAR's train split.

    .venv/bin/python scripts/train_statement_model.py [--data ../shared/data/polnear/train]

Parses the train articles with the engine's spaCy pipeline; fits the cue model (one example
per candidate cue word: is it the head of a gold Cue?), then the pair model (one example per
candidate content span of each word the cue model lets through: is the word a gold cue whose
Content the span matches?), both logistic regressions (numpy, Adam, L2), and writes
``stancemap/statements/model/attribution.npz``. One article in ten (by a hash of its id) is
held out of training to choose the pair threshold; its figure is printed. PolNeAR's text
never ships: only the weights do. About 3 minutes on two cores, most of it spaCy's parse
(``--cache FILE`` keeps the parse for the next run). ``EPOCHS`` and ``L2`` in the environment
override the defaults.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import zlib
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from stancemap.evaluate.polnear import PolnearArticle, load_polnear
from stancemap.pipeline import load_nlp
from stancemap.statements.hashed import BITS, hash_features
from stancemap.statements.learned import (
    MODEL,
    AttributionModel,
    content_candidates,
    cue_features,
    is_cue_candidate,
    pair_features,
    quote_test,
    unit,
)
from stancemap.statements.quotes import find_quotes

HELD_OUT = 10  # one article in HELD_OUT is kept for choosing the threshold
MATCH = 0.5  # a span overlapping the gold content by this share of the longer one is right
PREFILTER = 0.1  # words the cue model gives less than this are not paired
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
        self.idx.append(hash_features(features))
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


def gold_cues(doc, article: PolnearArticle) -> tuple[dict[int, list], set[int]]:
    """Cue head token -> its gold content fragments; and every token of a gold cue."""
    heads: dict[int, list] = {}
    inside: set[int] = set()
    for g in article.attributions:
        if g.cue and g.content:
            inside |= token_set(doc, g.cue)
            for i in cue_heads(doc, g.cue):
                heads.setdefault(i, g.content)
    return heads, inside


def cue_examples(doc, article: PolnearArticle, cues: Examples) -> None:
    """One example per candidate cue word: is it the head of a gold cue?"""
    in_quote = quote_test(find_quotes(article.text))
    heads, inside = gold_cues(doc, article)
    for t in doc:
        if is_cue_candidate(t) and (t.i not in inside or t.i in heads):
            cues.add(cue_features(t, in_quote), t.i in heads,
                     unit(t.vector) if t.has_vector else np.zeros(doc.vocab.vectors_length))


def pair_examples(doc, article: PolnearArticle, model: AttributionModel,
                  pairs: Examples, best: list[tuple[float, bool]]) -> int:
    """One example per (candidate cue, candidate content) of a word the cue model lets
    through: is it a gold cue whose gold content the span matches? ``best`` gets each word's
    likeliest pair (probability, right) when the model has pair weights; returns the number
    of gold cues."""
    in_quote = quote_test(find_quotes(article.text))
    heads, inside = gold_cues(doc, article)
    for t in doc:
        if not is_cue_candidate(t) or t.i in inside and t.i not in heads:
            continue
        p = model.cue_score(t, in_quote)
        if p < model.prefilter:
            continue
        scored = []
        for c in content_candidates(t):
            right = t.i in heads and ratio(c[1], c[2], doc, heads[t.i]) >= MATCH
            pairs.add(pair_features(t, c, p), right)
            if model.pair_w.any():
                scored.append((model.pair_score(t, c, p), right))
        if scored:
            best.append(max(scored))
    return len(heads)


def fit(ex: Examples, dense: bool, seed: int = 0, bits: int = BITS
        ) -> tuple[np.ndarray, np.ndarray]:
    """Logistic regression by mini-batch Adam: hashed weights (``bits`` of them) and dense
    weights."""
    rng = np.random.default_rng(seed)
    y = np.array(ex.y, dtype=np.float64)
    lens = np.array([len(i) for i in ex.idx])
    starts = np.concatenate([[0], np.cumsum(lens)[:-1]])
    flat = np.concatenate(ex.idx) & ((1 << bits) - 1)
    vec = np.stack(ex.vec) if dense and ex.vec else np.zeros((len(y), 0))
    w = np.zeros(1 << bits)
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


def best_threshold(best: list[tuple[float, bool]], n_gold: int) -> tuple[float, float]:
    """The pair threshold with the best F1 of the held-out words' likeliest pairs."""
    out = (0.5, 0.0)
    for th in np.arange(0.1, 0.9, 0.05):
        n_sys = sum(p >= th for p, _ in best)
        tp = sum(p >= th and right for p, right in best)
        f = 2 * tp / (n_sys + n_gold) if tp else 0.0
        if f > out[1]:
            out = (float(th), f)
    return out


def parsed(articles: list[PolnearArticle], cache: str | None) -> list:
    """The articles parsed by the engine's spaCy pipeline (kept in ``cache``, a DocBin)."""
    from spacy.tokens import DocBin

    nlp = load_nlp()
    if cache and Path(cache).exists():
        return list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    docs = list(nlp.pipe(a.text for a in articles))
    if cache:
        DocBin(docs=docs, store_user_data=False).to_disk(cache)
    return docs


def train(docs: list, articles: list[PolnearArticle]) -> AttributionModel:
    """The cue model, then the pair model on the words it lets through, then the threshold
    chosen on the held-out tenth."""
    split = [held_out(a) for a in articles]
    cues = Examples()
    for doc, art, h in zip(docs, articles, split, strict=True):
        if not h:
            cue_examples(doc, art, cues)
    cue_w, cue_v = fit(cues, dense=True)
    model = AttributionModel(cue_w, cue_v, np.zeros_like(cue_w), PREFILTER, 0.5)
    pairs = Examples()
    for doc, art, h in zip(docs, articles, split, strict=True):
        if not h:
            pair_examples(doc, art, model, pairs, [])
    print(f"cue examples {len(cues.y)}, pair examples {len(pairs.y)}", file=sys.stderr)
    pair_w, _ = fit(pairs, dense=False)
    model = AttributionModel(cue_w, cue_v, pair_w, PREFILTER, 0.5)
    best: list[tuple[float, bool]] = []
    n_gold = sum(pair_examples(doc, art, model, Examples(), best)
                 for doc, art, h in zip(docs, articles, split, strict=True) if h)
    th, f = best_threshold(best, n_gold)
    print(f"held out: statement F1 (likeliest pair per word) {f:.3f} at threshold {th:.2f}",
          file=sys.stderr)
    return AttributionModel(cue_w, cue_v, pair_w, PREFILTER, th)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[1].parent
                                          / "shared" / "data" / "polnear" / "train"))
    ap.add_argument("--out", default=str(MODEL))
    ap.add_argument("--cache", help="Keep the parsed articles in this DocBin file (and reuse "
                    "it).")
    args = ap.parse_args()
    t0 = time.time()
    articles = load_polnear(args.data)
    docs = parsed(articles, args.cache)
    print(f"{len(articles)} articles parsed in {time.time() - t0:.0f} s", file=sys.stderr)
    model = train(docs, articles)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    model.save(Path(args.out))
    print(f"wrote {args.out} ({Path(args.out).stat().st_size / 1e6:.1f} MB) in "
          f"{time.time() - t0:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
