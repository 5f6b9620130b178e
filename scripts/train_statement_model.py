"""Train the attribution model (stancemap/statements/learned.py) on PolNeAR's train split.

    .venv/bin/python scripts/train_statement_model.py [--data ../shared/data/polnear/train]

Parses the train articles with the engine's spaCy pipeline; fits the cue model (one example
per candidate cue word: is it the head of a gold Cue?), then the pair model (one example per
candidate content span of each word the cue model lets through outside the statements the
rules find, as the engine uses it: is the word a gold cue whose Content the span matches?),
by default (``JOINT=1``, stop 31) as a softmax ranking each word's spans and a logistic
"any content" score, all by numpy's mini-batch Adam with L2, and writes
``stancemap/statements/model/attribution.npz``. One article in ten (by a hash of its id) is
held out of training; the cue model's and the pair model's figures there are printed. PolNeAR's
text never ships: only the weights do. About 8 minutes on two cores, most of it spaCy's parse
and the rules (``--cache FILE`` keeps both for the next run: then under 2 minutes). ``EPOCHS``
and ``L2`` in the environment override the defaults; ``CUE_L2``, ``CUE_EPOCHS``, ``CUE_RATE``,
``CUE_DECAY`` (the step's shrinking per epoch) and ``PAIR_DECAY`` those of one model, and
``RICH=1`` (the default since stop 31) gives the cue model ``learned._rich_features`` too;
``PREFILTER``, ``THRESHOLD``, ``LENIENT``, ``ANY_DECAY``, ``SPAN_DECAY`` set the joint pair
model's, and ``CUE_FROM=FILE`` takes the cue model of a model file trained before (README,
"A joint pair model"); ``SEED`` (default 0) seeds every fit, so one cache always gives the
same file. ``TENSORS=1`` (stop 42; default 0, not shipped) gives the cue model and the "any
content" models the contextual vectors spaCy's parse computes (``doc.tensor``, 96 a word: the
word's, its head's, its subject's, its first complement's; ``learned.tensor_features``), kept
beside the parse cache in ``FILE.tensors.npz`` (tok2vec run again on the cached words: about 2
minutes); ``TENSOR_HIDDEN=64`` adds a ReLU layer of that width over them to the cue model and
``SPAN_TENSORS=1`` gives the span rankers the span's first, last and head words' vectors. On
the held-out tenth none beat the shipped weights (README, stop 42's figures in the stop's
report), and a plain refit with today's lexicon and rules does not reproduce them either (its
cue model reads ``cues.tsv``, which has grown since stop 30). From scratch, ``--cache
/tmp/polnear-train.spacy``: about 8 minutes on the shared
two-core machine (parse 3 minutes, the rules 3, the fits 2). The shipped weights were fitted
from stop 30's cached parse and rules' statements (README, "The attribution model").
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import zlib
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from stancemap.evaluate.polnear import PolnearArticle, load_polnear
from stancemap.pipeline import load_nlp
from stancemap.statements.hashed import BITS, hash_features
from stancemap.statements.learned import (
    HIDDEN_MASK,
    MODEL,
    AttributionModel,
    any_features,
    content_candidates,
    cue_context,
    cue_features,
    is_cue_candidate,
    pair_features,
    quote_test,
    span_features,
    span_tensor,
    tensor_features,
    unit,
)
from stancemap.statements.quotes import find_quotes

HELD_OUT = 10  # one article in HELD_OUT is kept for choosing the threshold
MATCH = 0.5  # a span overlapping the gold content by this share of the longer one is right
# words the cue model gives less than this are not paired (stop 31: 0.1 -> 0.04 with the joint
# pair model, which judges the weak cues itself)
PREFILTER = float(os.environ.get("PREFILTER", 0.04))
# the threshold of the pair model beside the rules, chosen end to end on the held-out tenth
# under PolNeAR's conventions (``evaluate --polnear``'s scoring). Stop 31's joint model (its
# "any content" probability): 0.2-0.5 give overlap F1 0.8027-0.8021, best 0.8033 at 0.4, which
# also keeps exact F1 and cue accuracy highest (the stop-30 logistic model had 0.25)
THRESHOLD = float(os.environ.get("THRESHOLD", 0.4))
EPOCHS = int(os.environ.get("EPOCHS", 5))
BATCH = 512
L2 = float(os.environ.get("L2", 1e-3))  # chosen on the held-out tenth among 1e-6 .. 1e-3
RATE = 0.05
CUE_L2 = float(os.environ.get("CUE_L2", L2))
CUE_EPOCHS = int(os.environ.get("CUE_EPOCHS", EPOCHS))
CUE_RATE = float(os.environ.get("CUE_RATE", RATE))
CUE_DECAY = float(os.environ.get("CUE_DECAY", 0.5))
PAIR_DECAY = float(os.environ.get("PAIR_DECAY", 1.0))
# whether the cue model reads ``learned._rich_features`` too (stop 30)
RICH = int(os.environ.get("RICH", 1))
# the joint pair model (stop 31): a softmax over each cue's spans and a logistic "any content"
# score (``learned.span_features``, ``learned.any_features``; 0: one logistic score per span)
JOINT = int(os.environ.get("JOINT", 1))
ANY_DECAY = float(os.environ.get("ANY_DECAY", 0.5))
# the random seed of every fit (the shuffling of the examples and the initial weights)
SEED = int(os.environ.get("SEED", 0))
SPAN_DECAY = float(os.environ.get("SPAN_DECAY", 0.5))
# the joint model learns from spans the scorer would match (``overlaps``) where a cue has no
# span that matches closely (``MATCH``): its "any content" label and its ranking's targets
LENIENT = int(os.environ.get("LENIENT", 1))
# whether the cue and pair models read the contextual vectors spaCy computes (``doc.tensor``,
# stop 42; ``learned.TENSOR_SLOTS``)
TENSORS = int(os.environ.get("TENSORS", 0))
# width of a hidden ReLU layer of the cue model over those vectors (0: none)
TENSOR_HIDDEN = int(os.environ.get("TENSOR_HIDDEN", 0))
# whether the span rankers read them too (the span's first and last word and its head)
SPAN_TENSORS = int(os.environ.get("SPAN_TENSORS", 0))
HIDDEN = int(os.environ.get("HIDDEN", 0))  # width of the cue model's hidden layer (0: linear)
HIDDEN_EPOCHS = int(os.environ.get("HIDDEN_EPOCHS", EPOCHS))
HIDDEN_RATE = float(os.environ.get("HIDDEN_RATE", 0.01))
HIDDEN_L2 = float(os.environ.get("HIDDEN_L2", 1e-4))
# whether the hidden layer reads the feature strings too (0: only the context's vectors)
HIDDEN_FEATURES = int(os.environ.get("HIDDEN_FEATURES", 1))


@dataclass
class Examples:
    """Sparse hashed features (CSR-like), optional dense vectors, labels."""

    idx: list[np.ndarray] = field(default_factory=list)
    vec: list[np.ndarray] = field(default_factory=list)
    y: list[int] = field(default_factory=list)
    # the cue model's hidden layer: each example's context words (orth, 0 for none) and the
    # unit vector of each orth
    context: list[tuple[int, ...]] = field(default_factory=list)
    vectors: dict[int, np.ndarray] = field(default_factory=dict)

    def add(self, features: list[str], label: bool, vector: np.ndarray | None = None,
            context: tuple | None = None) -> None:
        self.idx.append(hash_features(features))
        self.y.append(int(label))
        if vector is not None:
            self.vec.append(vector)
        if context is not None:
            orths = []
            for w in context:
                if w is None or not w.has_vector:
                    orths.append(0)
                    continue
                orths.append(w.orth)
                if w.orth not in self.vectors:
                    self.vectors[w.orth] = unit(w.vector).astype(np.float32)
            self.context.append(tuple(orths))


# one half of the other nine tenths held out too (0 or 1; None: none), for fitting a model whose
# reports on that half are out of its sample (``scripts/train_keep_model.py``, stop 33)
FOLD: int | None = None


def held_out(article: PolnearArticle) -> bool:
    crc = zlib.crc32(article.id.encode())
    return crc % HELD_OUT == 0 or FOLD is not None and (crc // HELD_OUT) % 2 == FOLD


def fold_of(article: PolnearArticle) -> int | None:
    """Which half of the nine tenths ``article`` is in (None: the held-out tenth)."""
    crc = zlib.crc32(article.id.encode())
    return None if crc % HELD_OUT == 0 else (crc // HELD_OUT) % 2


def census_part(articles: list[PolnearArticle], tenth: bool, nine: bool,
                span: list[int] | None) -> list[PolnearArticle]:
    """The articles a census of train reads: the held-out tenth, the nine tenths or all (neither
    flag), then the slice ``span`` (start, end) of those."""
    if tenth or nine:
        articles = [a for a in articles if (fold_of(a) is None) == tenth]
    return articles[span[0]:span[1]] if span else articles


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


def overlaps(lo: int, hi: int, doc, frags) -> bool:
    """Does the span overlap the gold content by half the shorter of the two (the scorer's
    match, ``evaluate.polnear``)?"""
    cs, ce = doc[lo].idx, doc[hi].idx + len(doc[hi])
    ov = sum(max(0, min(ce, e) - max(cs, s)) for s, e in frags)
    glen = sum(e - s for s, e in frags)
    return bool(glen) and ov >= min(ce - cs, glen) / 2


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


def ruled_words(articles: list[PolnearArticle], cache: str | None) -> dict[str, list]:
    """Per article, the rules' statements under PolNeAR's conventions (``--statements rules``):
    each one's cue and content, as character spans (kept in ``cache``.rules.json)."""
    import json

    path = Path(f"{cache}.rules.json") if cache else None
    if path is not None and path.exists():
        return json.loads(path.read_text())
    from stancemap.model import Article
    from stancemap.pipeline import default_engine, with_statements

    engine = with_statements(default_engine(), "rules", polnear_spans=True, join_quotes=True)
    out = {}
    for a in articles:
        doc = engine.analyze(Article(id=a.id, text=a.text, path=a.ann_path))
        out[a.id] = [((s.cue.start, s.cue.end) if s.cue else None,
                      (s.content.start, s.content.end)) for s in doc.statements]
    if path is not None:
        path.write_text(json.dumps(out))
    return out


def ruled(doc, statements: list) -> set[int]:
    """Words the rules account for: a rule's cue, or a word inside a rule's content. Beside the
    rules the model scores neither (``learned.model_found``), so the pair model learns from the
    rest: the reports the rules miss, and the words that look like cues there."""
    starts = sorted(t.idx for t in doc)
    out: set[int] = set()
    for cue, (cs, ce) in statements:
        for lo, hi in ((cs, ce), tuple(cue) if cue else (0, 0)):
            k = bisect_left(starts, lo)
            while k < len(starts) and starts[k] < hi:
                out.add(k)
                k += 1
    return out


def cue_examples(doc, article: PolnearArticle, cues: Examples) -> None:
    """One example per candidate cue word: is it the head of a gold cue?"""
    in_quote = quote_test(find_quotes(article.text))
    heads, inside = gold_cues(doc, article)
    for t in doc:
        if is_cue_candidate(t) and (t.i not in inside or t.i in heads):
            vector = None if HIDDEN else unit(t.vector) if t.has_vector else np.zeros(
                doc.vocab.vectors_length)
            if TENSORS:
                vector = np.concatenate([vector, tensor_features(t, doc.tensor.shape[1])])
            cues.add(cue_features(t, in_quote, RICH), t.i in heads, vector,
                     cue_context(t) if HIDDEN else None)


def content_span(t, cand) -> tuple[int, int]:
    """The words the engine reports as content for candidate ``cand`` of cue ``t`` under
    PolNeAR's conventions: a preposition's object without the preposition (``learned._found``)."""
    kind, lo, hi = cand
    doc = t.doc
    if JOINT and kind == "c:prep" and doc[lo].dep_ == "prep" and lo > t.i:
        obj = [c for c in doc[lo].children if c.dep_ == "pobj"]
        if obj:
            return obj[0].left_edge.i, hi
    return lo, hi


@dataclass
class Groups:
    """The joint pair model's examples: per cue word, its spans' features and whether each is
    right, and its "any content" features."""

    spans: list[list[np.ndarray]] = field(default_factory=list)
    rights: list[list[bool]] = field(default_factory=list)
    any_idx: list[np.ndarray] = field(default_factory=list)
    any_vec: list[np.ndarray] = field(default_factory=list)  # with ``TENSORS``
    span_vec: list[np.ndarray] = field(default_factory=list)  # with ``SPAN_TENSORS``


def pair_examples(doc, article: PolnearArticle, model: AttributionModel,
                  pairs: Examples, best: list[tuple[float, bool]],
                  ruled_: set[int] = frozenset(), groups: Groups | None = None) -> int:
    """One example per (candidate cue, candidate content) of a word the cue model lets
    through, outside the rules' statements (``ruled_``: beside the rules, the engine asks the
    model only about the other words): is it a gold cue whose gold content the span matches?
    ``best`` gets each word's likeliest pair (probability, right) when the model has pair
    weights; returns the number of gold cues among the words."""
    in_quote = quote_test(find_quotes(article.text))
    heads, inside = gold_cues(doc, article)
    for t in doc:
        if not is_cue_candidate(t) or t.i in inside and t.i not in heads or t.i in ruled_:
            continue
        p = model.cue_score(t, in_quote)
        if p < model.prefilter:
            continue
        cands = content_candidates(t, bool(JOINT))
        rights = [t.i in heads and ratio(*content_span(t, c), doc, heads[t.i]) >= MATCH
                  for c in cands]
        if groups is not None and cands:
            groups.spans.append([hash_features(span_features(t, c, p)) for c in cands])
            if LENIENT and t.i in heads and not any(rights):
                groups.rights.append([overlaps(*content_span(t, c), doc, heads[t.i])
                                      for c in cands])
            else:
                groups.rights.append(rights)
            groups.any_idx.append(hash_features(any_features(t, cands, p, in_quote)))
            if TENSORS:
                groups.any_vec.append(tensor_features(t, doc.tensor.shape[1]))
            if SPAN_TENSORS:
                groups.span_vec.append(np.stack([span_tensor(t, c, doc.tensor.shape[1])
                                                 for c in cands]))
        elif groups is None:
            for c, right in zip(cands, rights, strict=True):
                pairs.add(pair_features(t, c, p), right)
        if model.pair_w.any() and cands:
            found = model.best_pair(t, p, in_quote)
            if found is not None:
                best.append((found[0], rights[cands.index(found[1])]))
    return len(set(heads) - ruled_)


class HashedRows:
    """The examples' hashed feature ids, flattened once, and a batch's ids with the row each
    belongs to (``bits`` of the hash kept)."""

    def __init__(self, ex: Examples, bits: int) -> None:
        self.lens = np.array([len(i) for i in ex.idx])
        self.starts = np.concatenate([[0], np.cumsum(self.lens)[:-1]])
        self.flat = np.concatenate(ex.idx) & ((1 << bits) - 1)

    def batch(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        ids = np.concatenate([self.flat[self.starts[r]:self.starts[r] + self.lens[r]]
                              for r in rows])
        return ids, np.repeat(np.arange(len(rows)), self.lens[rows])


def batches(rng: np.random.Generator, n: int) -> Iterator[np.ndarray]:
    """One epoch's mini-batches: the rows 0..n-1 in a fresh random order, ``BATCH`` at a time."""
    order = rng.permutation(n)
    for b in range(0, n, BATCH):
        yield order[b:b + BATCH]


def log_loss(p: np.ndarray, y: np.ndarray) -> float:
    """The summed logistic loss of probabilities ``p`` against labels ``y``."""
    return -float(np.sum(y * np.log(p + 1e-9) + (1 - y) * np.log(1 - p + 1e-9)))


def adam_step(params: dict[str, np.ndarray], opt: dict[str, list[np.ndarray]],
              grads: dict[str, np.ndarray], step: int, rate: float) -> None:
    """One Adam update, in place, of each array of ``params`` by its gradient in ``grads``
    (``opt`` keeps each array's two moments; ``step`` counts from 1)."""
    for key, g in grads.items():
        m, s = opt[key]
        m *= 0.9
        m += 0.1 * g
        s *= 0.999
        s += 0.001 * g * g
        params[key] -= rate * (m / (1 - 0.9 ** step)) / (np.sqrt(s / (1 - 0.999 ** step)) + 1e-8)


def fit(ex: Examples, dense: bool, seed: int | None = None, bits: int = BITS, l2: float = L2,
        epochs: int = EPOCHS, rate: float = RATE, decay: float = 1.0
        ) -> tuple[np.ndarray, np.ndarray]:
    """Logistic regression by mini-batch Adam: hashed weights (``bits`` of them) and dense
    weights; the step shrinks by ``decay`` each epoch."""
    rng = np.random.default_rng(SEED if seed is None else seed)
    y = np.array(ex.y, dtype=np.float64)
    hashed = HashedRows(ex, bits)
    vec = np.stack(ex.vec) if dense and ex.vec else np.zeros((len(y), 0))
    w = np.zeros(1 << bits)
    v = np.zeros(vec.shape[1])
    opt = {k: [np.zeros_like(a), np.zeros_like(a)] for k, a in (("w", w), ("v", v))}
    step = 0
    for epoch in range(epochs):
        loss = 0.0
        for rows in batches(rng, len(y)):
            ids, seg = hashed.batch(rows)
            z = np.bincount(seg, weights=w[ids], minlength=len(rows)) + vec[rows] @ v
            p = 1 / (1 + np.exp(-z))
            err = p - y[rows]
            loss += log_loss(p, y[rows])
            gw = np.bincount(ids, weights=err[seg], minlength=w.size) + l2 * w
            gv = vec[rows].T @ err + l2 * v
            step += 1
            adam_step({"w": w, "v": v}, opt, {"w": gw, "v": gv}, step, rate * decay ** epoch)
        print(f"  epoch {epoch + 1}: loss {loss / len(y):.4f}", file=sys.stderr)
    return w.astype(np.float32), v.astype(np.float32)


def fit_layer(ex: Examples, offset: int, seed: int | None = None) -> tuple[np.ndarray, ...]:
    """The cue model with a hidden layer over the contextual vectors: the logistic regression's
    hashed and dense weights, and ``TENSOR_HIDDEN`` ReLU units over the dense vectors from
    ``offset`` on (:func:`.learned.tensor_features`), all fitted together by mini-batch Adam
    (the cue model's step, L2 and decay; the layer's L2 ``HIDDEN_L2``)."""
    rng = np.random.default_rng(SEED if seed is None else seed)
    y = np.array(ex.y, dtype=np.float64)
    hashed = HashedRows(ex, BITS)
    vec = np.stack(ex.vec).astype(np.float32)
    dim = vec.shape[1] - offset
    params = {"w": np.zeros(1 << BITS), "v": np.zeros(vec.shape[1]),
              "p": rng.normal(0, 1 / np.sqrt(dim), (dim, TENSOR_HIDDEN)),
              "b": np.zeros(TENSOR_HIDDEN),
              "o": rng.normal(0, 1 / np.sqrt(TENSOR_HIDDEN), TENSOR_HIDDEN)}
    opt = {k: [np.zeros_like(a), np.zeros_like(a)] for k, a in params.items()}
    step = 0
    for epoch in range(CUE_EPOCHS):
        loss = 0.0
        for rows in batches(rng, len(y)):
            ids, seg = hashed.batch(rows)
            x, xt = vec[rows], vec[rows, offset:]
            w, v, pp, bb, o = (params[k] for k in "wvpbo")
            pre = xt @ pp + bb
            h = np.maximum(pre, 0)
            z = np.bincount(seg, weights=w[ids], minlength=len(rows)) + x @ v + h @ o
            p = 1 / (1 + np.exp(-z))
            err = p - y[rows]
            loss += log_loss(p, y[rows])
            dh = err[:, None] * o[None, :] * (pre > 0)
            grads = {"w": np.bincount(ids, weights=err[seg], minlength=w.size) + CUE_L2 * w,
                     "v": x.T @ err + CUE_L2 * v, "p": xt.T @ dh + HIDDEN_L2 * pp,
                     "b": dh.sum(axis=0), "o": h.T @ err + HIDDEN_L2 * o}
            step += 1
            adam_step(params, opt, grads, step, CUE_RATE * CUE_DECAY ** epoch)
        print(f"  epoch {epoch + 1}: loss {loss / len(y):.4f}", file=sys.stderr)
    return tuple(params[k].astype(np.float32) for k in "wvpbo")


def fit_softmax(groups: Groups, seed: int | None = None, epochs: int = EPOCHS, rate: float = RATE,
                l2: float = L2, decay: float = SPAN_DECAY) -> tuple[np.ndarray, np.ndarray | None]:
    """The span ranker: hashed weights of a softmax over each cue's spans (and, with
    ``SPAN_TENSORS``, its contextual vectors' weights), fitted by mini-batch Adam to the spans
    that are right (only cues with a right span teach it)."""
    keep = [k for k, r in enumerate(groups.rights) if any(r)]
    rng = np.random.default_rng(SEED if seed is None else seed)
    w = np.zeros(1 << BITS)
    m1, m2 = np.zeros_like(w), np.zeros_like(w)
    u = np.zeros(groups.span_vec[0].shape[1] if groups.span_vec else 0)
    u1, u2 = np.zeros_like(u), np.zeros_like(u)
    step = 0
    for epoch in range(epochs):
        order = rng.permutation(len(keep))
        loss = 0.0
        for b in range(0, len(keep), BATCH // 4):
            rows = [keep[k] for k in order[b:b + BATCH // 4]]
            cands = [f for r in rows for f in groups.spans[r]]
            gid = np.repeat(np.arange(len(rows)), [len(groups.spans[r]) for r in rows])
            lens = np.array([len(f) for f in cands])
            ids = np.concatenate(cands)
            seg = np.repeat(np.arange(len(cands)), lens)
            z = np.bincount(seg, weights=w[ids], minlength=len(cands))
            vec = np.concatenate([groups.span_vec[r] for r in rows]) if u.size else None
            if vec is not None:
                z = z + vec @ u
            top = np.full(len(rows), -np.inf)
            np.maximum.at(top, gid, z)
            e = np.exp(z - top[gid])
            pr = e / np.bincount(gid, weights=e, minlength=len(rows))[gid]
            right = np.array([x for r in rows for x in groups.rights[r]], dtype=float)
            mass = np.bincount(gid, weights=pr * right, minlength=len(rows))
            loss -= float(np.log(mass + 1e-12).sum())
            err = pr - pr * right / mass[gid]
            g = np.bincount(ids, weights=err[seg], minlength=w.size) + l2 * w
            step += 1
            m1 = 0.9 * m1 + 0.1 * g
            m2 = 0.999 * m2 + 0.001 * g * g
            w -= rate * decay ** epoch * (m1 / (1 - 0.9 ** step)) / (
                np.sqrt(m2 / (1 - 0.999 ** step)) + 1e-8)
            if vec is not None:
                gu = vec.T @ err + l2 * u
                u1 = 0.9 * u1 + 0.1 * gu
                u2 = 0.999 * u2 + 0.001 * gu * gu
                u -= rate * decay ** epoch * (u1 / (1 - 0.9 ** step)) / (
                    np.sqrt(u2 / (1 - 0.999 ** step)) + 1e-8)
        print(f"  epoch {epoch + 1}: loss {loss / max(len(keep), 1):.4f}", file=sys.stderr)
    return w.astype(np.float32), u.astype(np.float32) if u.size else None


def fit_joint(groups: Groups) -> tuple[np.ndarray, np.ndarray, np.ndarray | None,
                                       np.ndarray | None]:
    """The joint pair model: the span ranker and the "any content" score (their hashed weights,
    and with ``TENSORS``, ``SPAN_TENSORS`` their contextual vectors' weights)."""
    ranks, span_t = fit_softmax(groups)
    anyex = Examples()
    anyex.idx = list(groups.any_idx)
    anyex.vec = list(groups.any_vec)
    anyex.y = [int(any(r)) for r in groups.rights]
    any_w, any_t = fit(anyex, dense=bool(TENSORS), decay=ANY_DECAY)
    return ranks, any_w, any_t if TENSORS else None, span_t


def fit_hidden(ex: Examples, seed: int | None = None) -> tuple[np.ndarray, ...]:
    """The cue model with a hidden layer: the logistic regression's hashed and vector weights,
    plus a ReLU layer of ``HIDDEN`` units over the same feature strings (hashed again into
    ``2**HIDDEN_BITS`` embeddings) and the static vectors of the word's context
    (:func:`.learned.cue_context`), all trained together by mini-batch Adam."""
    rng = np.random.default_rng(SEED if seed is None else seed)
    y = np.array(ex.y, dtype=np.float64)
    n = len(y)
    hashed = HashedRows(ex, BITS)
    orths = sorted(ex.vectors)
    width = len(next(iter(ex.vectors.values())))
    table = np.vstack([np.zeros((1, width), np.float32)] + [ex.vectors[o][None] for o in orths])
    row = {o: k + 1 for k, o in enumerate(orths)}
    ctx = np.array([[row.get(o, 0) for o in c] for c in ex.context], dtype=np.int64)
    slots = ctx.shape[1]
    params = {
        "w": np.zeros(1 << BITS), "v": np.zeros(width),
        "e": rng.normal(0, 0.01, (HIDDEN_MASK + 1, HIDDEN)) * HIDDEN_FEATURES,
        "p": rng.normal(0, 1 / np.sqrt(width * slots), (slots, width, HIDDEN)),
        "b": np.zeros(HIDDEN), "o": rng.normal(0, 1 / np.sqrt(HIDDEN), HIDDEN),
    }
    opt = {k: [np.zeros_like(a), np.zeros_like(a)] for k, a in params.items()}
    step = 0
    for epoch in range(HIDDEN_EPOCHS):
        loss = 0.0
        for rows in batches(rng, n):
            ids, seg = hashed.batch(rows)
            offs = np.concatenate([[0], np.cumsum(hashed.lens[rows])[:-1]])
            small = ids & HIDDEN_MASK
            vecs = table[ctx[rows]]  # (B, slots, width)
            w, v, e, pp, bb, o = (params[k] for k in "wvepbo")
            pre = (np.add.reduceat(e[small], offs, axis=0) + np.einsum("bsd,sdh->bh", vecs, pp)
                   + bb)
            h = np.maximum(pre, 0)
            z = np.bincount(seg, weights=w[ids], minlength=len(rows)) + vecs[:, 0] @ v + h @ o
            p = 1 / (1 + np.exp(-z))
            err = p - y[rows]
            loss += log_loss(p, y[rows])
            dh = err[:, None] * o[None, :] * (pre > 0)
            ge = np.zeros_like(e)
            np.add.at(ge, small, dh[seg])
            grads = {
                "w": np.bincount(ids, weights=err[seg], minlength=w.size) + L2 * w,
                "v": vecs[:, 0].T @ err + L2 * v,
                "e": ge + HIDDEN_L2 * e,
                "p": np.einsum("bsd,bh->sdh", vecs, dh) + HIDDEN_L2 * pp,
                "b": dh.sum(axis=0),
                "o": h.T @ err + HIDDEN_L2 * o,
            }
            step += 1
            for key, g in grads.items():
                m, s = opt[key]
                m *= 0.9
                m += 0.1 * g
                s *= 0.999
                s += 0.001 * g * g
                rate = RATE if key in ("w", "v") else HIDDEN_RATE
                if key == "e" and not HIDDEN_FEATURES:
                    continue
                params[key] -= rate * (m / (1 - 0.9 ** step)) / (
                    np.sqrt(s / (1 - 0.999 ** step)) + 1e-8)
        print(f"  epoch {epoch + 1}: loss {loss / n:.4f}", file=sys.stderr)
    return tuple(params[k].astype(np.float32) for k in "wvepbo")


def cue_report(model: AttributionModel, docs: list, articles: list[PolnearArticle],
               split: list[bool]) -> str:
    """The cue model on the held-out words: gold cue heads let through the prefilter, and
    precision / recall at 0.5."""
    scored: list[tuple[float, bool]] = []
    for doc, art, h in zip(docs, articles, split, strict=True):
        if not h:
            continue
        in_quote = quote_test(find_quotes(art.text))
        heads, inside = gold_cues(doc, art)
        for t in doc:
            if is_cue_candidate(t) and (t.i not in inside or t.i in heads):
                scored.append((model.cue_score(t, in_quote), t.i in heads))
    gold = sum(y for _, y in scored)
    ps = np.array([p for p, _ in scored])
    ys = np.array([y for _, y in scored], dtype=float)
    loss = -float(np.mean(ys * np.log(ps + 1e-9) + (1 - ys) * np.log(1 - ps + 1e-9)))
    order = np.argsort(-ps, kind="stable")
    hits = np.cumsum(ys[order])
    ap = float(np.sum(hits[ys[order] == 1] / (np.flatnonzero(ys[order] == 1) + 1)) / max(gold, 1))
    extra = f"log loss {loss:.4f}, average precision {ap:.4f}; "
    passed = sum(y for p, y in scored if p >= model.prefilter)
    n_pass = sum(p >= model.prefilter for p, _ in scored)
    tp = sum(y for p, y in scored if p >= 0.5)
    n = sum(p >= 0.5 for p, _ in scored)
    return (extra + f"held-out cues: {gold} gold heads; past the prefilter {passed} of "
            f"{n_pass} words; "
            f"at 0.5 P {tp / max(n, 1):.3f} R {tp / max(gold, 1):.3f}")


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
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
    else:
        docs = list(nlp.pipe(a.text for a in articles))
        if cache:
            DocBin(docs=docs, store_user_data=False).to_disk(cache)
    if TENSORS:
        with_tensors(nlp, docs, cache)
    return docs


def with_tensors(nlp, docs: list, cache: str | None) -> None:
    """Give each parsed article its ``doc.tensor`` (the pipeline's tok2vec output, which a
    DocBin does not keep): read from ``cache``.tensors.npz, else tok2vec run again on the
    cached words (the same output as in the full pipeline) and kept there."""
    path = Path(f"{cache}.tensors.npz") if cache else None
    if path is not None and path.exists():
        with np.load(path) as z:
            flat, ends = z["flat"], z["ends"]
        for doc, lo, hi in zip(docs, np.concatenate([[0], ends[:-1]]), ends, strict=True):
            doc.tensor = flat[lo:hi].astype(np.float32)
        return
    tok2vec = nlp.get_pipe("tok2vec")
    for k, doc in enumerate(tok2vec.pipe(docs, batch_size=16)):
        docs[k] = doc
    if path is not None:
        np.savez(path, flat=np.concatenate([d.tensor for d in docs]).astype(np.float16),
                 ends=np.cumsum([len(d) for d in docs]))


def engine_trainer_args(doc: str, out: Path, cache_help: str) -> argparse.ArgumentParser:
    """The command line the trainers over the whole engine share (keep, nested, direct):
    PolNeAR train, the file written, a cache of their examples, this script's parse cache."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[1].parent
                                          / "shared" / "data" / "polnear" / "train"))
    ap.add_argument("--out", default=str(out))
    ap.add_argument("--cache", help=cache_help)
    ap.add_argument("--parse-cache", help="The parse and the rules' statements of "
                    "train_statement_model.py's --cache FILE (made there where missing).")
    return ap


def polnear_engine() -> tuple:
    """The whole engine as ``evaluate --polnear`` runs it, and its statement stage."""
    from stancemap.pipeline import default_engine, with_statements
    from stancemap.statements import StatementStage

    engine = with_statements(default_engine(), "combined", polnear_spans=True, join_quotes=True)
    return engine, next(s for s in engine.stages if isinstance(s, StatementStage))


def half_models(articles: list[PolnearArticle], parse_cache: str | None,
                shipped: AttributionModel, folds: tuple[int, ...] = (0, 1)
                ) -> dict[int | None, AttributionModel]:
    """The attribution model each article is read by: for each half of the nine tenths (of
    ``folds``) one fitted without it (its reports there are out of sample, as on new text), for
    the tenth ``shipped`` (keys: ``fold_of``'s values)."""
    global FOLD
    models: dict[int | None, AttributionModel] = {None: shipped}
    docs = parsed(articles, parse_cache)
    rules = ruled_words(articles, parse_cache)
    skips = [ruled(doc, rules[a.id]) for doc, a in zip(docs, articles, strict=True)]
    for fold in folds:
        FOLD = fold
        models[fold] = train(docs, articles, skips, THRESHOLD)
    FOLD = None
    return models


def train(docs: list, articles: list[PolnearArticle], skips: list[set[int]],
          threshold: float | None = None) -> AttributionModel:
    """The cue model; the pair model on the words it lets through (for the model alone), its
    threshold chosen on the held-out tenth; and the pair model beside the rules, on the words
    outside the rules' statements (``skips``), with ``threshold`` (or one chosen likewise)."""
    split = [held_out(a) for a in articles]
    cues = Examples()
    for doc, art, h in zip(docs, articles, split, strict=True):
        if not h and not os.environ.get("CUE_FROM"):
            cue_examples(doc, art, cues)
    print(f"cue examples {len(cues.y)}", file=sys.stderr)
    hidden: tuple = ()
    tens: list = []
    if os.environ.get("CUE_FROM"):  # the cue model of a model file trained before
        from stancemap.statements.learned import load_model
        given = load_model(Path(os.environ["CUE_FROM"]))
        cue_w, cue_v = given.cue_w, given.cue_v
        hidden = tuple(x for x in (given.hid_e, given.hid_p, given.hid_b, given.hid_o)
                       if x is not None)
        assert given.rich == bool(RICH), "RICH must match the cue model's"
    elif HIDDEN:
        cue_w, cue_v, *hidden = fit_hidden(cues)
    elif TENSORS and TENSOR_HIDDEN:
        cue_w, cue_v, *tens = fit_layer(cues, docs[0].vocab.vectors_length)
    else:
        cue_w, cue_v = fit(cues, dense=True, l2=CUE_L2, epochs=CUE_EPOCHS,
                           rate=CUE_RATE, decay=CUE_DECAY)
    cue_t = None
    if TENSORS:  # the static vector's weights, then the contextual vectors'
        width = docs[0].vocab.vectors_length
        cue_v, cue_t = cue_v[:width], cue_v[width:]
    tensor_layer = dict(zip(("tens_p", "tens_b", "tens_o"), tens, strict=True)) if (
        TENSORS and TENSOR_HIDDEN) else {}
    model = AttributionModel(cue_w, cue_v, np.zeros_like(cue_w), PREFILTER, 0.5, None, 0.5,
                             *hidden, rich=bool(RICH), cue_t=cue_t, **tensor_layer)
    print(cue_report(model, docs, articles, split), file=sys.stderr)
    if os.environ.get("CUE_ONLY"):
        return model
    fitted = []
    for name, ruled_ in (("alone", [frozenset()] * len(docs)), ("beside the rules", skips)):
        pairs, groups = Examples(), Groups() if JOINT else None
        for doc, art, h, skip in zip(docs, articles, split, ruled_, strict=True):
            if not h:
                pair_examples(doc, art, model, pairs, [], skip, groups)
        any_w = any_t = span_t = None
        if groups is not None:
            print(f"pair groups, {name}: {len(groups.rights)}", file=sys.stderr)
            pair_w, any_w, any_t, span_t = fit_joint(groups)
        else:
            print(f"pair examples, {name}: {len(pairs.y)}", file=sys.stderr)
            pair_w, _ = fit(pairs, dense=False, decay=PAIR_DECAY)
        scoring = AttributionModel(cue_w, cue_v, pair_w, PREFILTER, 0.5, None, 0.5, *hidden,
                                   rich=bool(RICH), any_w=any_w, cue_t=cue_t, any_t=any_t,
                                   span_t=span_t, **tensor_layer)
        best: list[tuple[float, bool]] = []
        n_gold = sum(pair_examples(doc, art, scoring, Examples(), best, skip)
                     for doc, art, h, skip in zip(docs, articles, split, ruled_, strict=True)
                     if h)
        th, f = best_threshold(best, n_gold)
        print(f"held out, {name}: statement F1 (likeliest pair per word) {f:.3f} at "
              f"threshold {th:.2f}", file=sys.stderr)
        fitted.append((pair_w, th, any_w, any_t, span_t))
    (pair_w, th, any_w, any_t, span_t), (beside_w, beside_th, beside_any_w, beside_any_t,
                                         beside_span_t) = fitted
    return AttributionModel(cue_w, cue_v, pair_w, PREFILTER, th, beside_w,
                            beside_th if threshold is None else threshold, *hidden, rich=bool(RICH),
                            any_w=any_w, beside_any_w=beside_any_w, cue_t=cue_t, any_t=any_t,
                            beside_any_t=beside_any_t, span_t=span_t, beside_span_t=beside_span_t,
                            **tensor_layer)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[1].parent
                                          / "shared" / "data" / "polnear" / "train"))
    ap.add_argument("--out", default=str(MODEL))
    ap.add_argument("--cache", help="Keep the parsed articles in this DocBin file (and reuse "
                    "it).")
    ap.add_argument("--threshold", type=float, default=THRESHOLD,
                    help="The threshold of the pair model beside the rules (default "
                    "%(default)s; 0 picks the best F1 of the held-out words' likeliest pairs).")
    args = ap.parse_args()
    t0 = time.time()
    articles = load_polnear(args.data)
    docs = parsed(articles, args.cache)
    print(f"{len(articles)} articles parsed in {time.time() - t0:.0f} s", file=sys.stderr)
    rules = ruled_words(articles, args.cache)
    skips = [ruled(doc, rules[a.id]) for doc, a in zip(docs, articles, strict=True)]
    print(f"the rules' statements found in {time.time() - t0:.0f} s", file=sys.stderr)
    model = train(docs, articles, skips, args.threshold or None)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    model.save(Path(args.out))
    print(f"wrote {args.out} ({Path(args.out).stat().st_size / 1e6:.1f} MB) in "
          f"{time.time() - t0:.0f} s", file=sys.stderr)


if __name__ == "__main__":
    main()
