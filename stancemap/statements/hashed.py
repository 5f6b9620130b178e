"""What the engine's small trained models share: hashed feature strings, length buckets and
the logistic function (the attribution model, :mod:`.learned`, the boundary model,
:mod:`.boundary`, the noun-cue model, :mod:`.nouncues`, and the event keep model,
:mod:`stancemap.events.keep`; their training scripts in ``scripts/``)."""

from __future__ import annotations

import zlib

import numpy as np

BITS = 18  # hashed feature space: 2**18 weights per model
MASK = (1 << BITS) - 1
LENGTH_BUCKETS = (1, 2, 4, 8, 16, 32, 64)


_INDEX: dict[str, int] = {}  # feature string -> its weight index, shared by the process
_INDEX_LIMIT = 1 << 20  # strings kept at most (a long-running process reads new words)


def hash_features(features: list[str]) -> np.ndarray:
    """The weight index of each feature string (CRC32, masked to ``BITS``), each string
    hashed once per process (most recur: "bias", "p=VERB", the common words)."""
    index = _INDEX
    try:
        return np.fromiter(map(index.__getitem__, features), dtype=np.int32,
                           count=len(features))
    except KeyError:
        pass
    if len(index) > _INDEX_LIMIT:
        index.clear()
    for f in features:
        if f not in index:
            index[f] = zlib.crc32(f.encode()) & MASK
    return np.fromiter(map(index.__getitem__, features), dtype=np.int32, count=len(features))


def bucket(n: int) -> int:
    """``n`` rounded up to a power of two up to 64 (65 beyond): lengths and distances."""
    return next((b for b in LENGTH_BUCKETS if n <= b), LENGTH_BUCKETS[-1] + 1)


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + float(np.exp(-z)))


def hashed_probability(w: np.ndarray, features: list[str], bits: int) -> float:
    """A logistic model's probability: the sum of the features' weights in a hashed space of
    ``bits`` bits, through the logistic function."""
    return sigmoid(float(w[hash_features(features) & ((1 << bits) - 1)].sum()))


def hashed_softmax(w: np.ndarray, features: list[str], mask: int) -> np.ndarray:
    """A multi-class logistic model's probabilities: per class (a row of ``w``), the sum of the
    features' weights at their hashes under ``mask``, through the softmax."""
    z = w[:, hash_features(features) & mask].sum(axis=1)
    z = z - z.max()
    ex = np.exp(z)
    return ex / ex.sum()
