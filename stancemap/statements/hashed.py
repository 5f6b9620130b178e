"""What the statement stage's small trained models share: hashed feature strings, length
buckets and the logistic function (the attribution model, :mod:`.learned`, and the boundary
model, :mod:`.boundary`; their training scripts in ``scripts/``)."""

from __future__ import annotations

import zlib

import numpy as np

BITS = 18  # hashed feature space: 2**18 weights per model
MASK = (1 << BITS) - 1
LENGTH_BUCKETS = (1, 2, 4, 8, 16, 32, 64)


def hash_features(features: list[str]) -> np.ndarray:
    """The weight index of each feature string (CRC32, masked to ``BITS``)."""
    return np.fromiter((zlib.crc32(f.encode()) & MASK for f in features), dtype=np.int32,
                       count=len(features))


def bucket(n: int) -> int:
    """``n`` rounded up to a power of two up to 64 (65 beyond): lengths and distances."""
    return next((b for b in LENGTH_BUCKETS if n <= b), LENGTH_BUCKETS[-1] + 1)


def sigmoid(z: float) -> float:
    return 1.0 / (1.0 + float(np.exp(-z)))
