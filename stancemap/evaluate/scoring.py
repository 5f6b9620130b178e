"""Shared scoring: content tokens, one-to-one matching and per-layer precision/recall."""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger("stancemap")

GOLD_FORMAT = "stancemap-gold/1"

LAYERS = (
    "actors",
    "statements",
    "statements_attributed",
    "stances",
    "stances_country",
    "events",
    "events_target",
)

#: Function words left out of content tokens (statements, proposition phrases). Negations,
#: modals and quantifiers are kept on purpose: they carry stance ("must not", "no such plans").
STOP_WORDS = frozenset(
    """
    a an the and or but of to in on at by for with from into as than that this these those
    which who it its he his she her they them their we our you your be is are was were been
    being has have had do does did s
    """.split()
)

# Thresholds of SCORING.md, as integer ratios so that "at least 30%" is exact.
STATEMENT_GOLD_COVER = (1, 2)  # system content covers >= 50% of the gold content tokens
STATEMENT_SYSTEM_COVER = (3, 10)  # >= 30% of the system content tokens are in the gold content
PROPOSITION_COVER = (3, 5)  # >= 60% of a gold phrase's tokens in the system proposition text

_WORD = re.compile(r"[^\W_]+")


# --------------------------------------------------------------------------------------------
# Text helpers


def tokens(text: str | None) -> list[str]:
    """Lower-cased runs of Unicode letters and digits; everything else separates."""
    if not text:
        return []
    return _WORD.findall(unicodedata.normalize("NFKC", text).lower())


def normalize(text: str | None) -> str:
    """Text as SCORING.md compares it: ``"Kalinak's"`` -> ``"kalinak s"``."""
    return " ".join(tokens(text))


def content_tokens(text: str | None) -> frozenset[str]:
    """Set of lower-cased words minus :data:`STOP_WORDS` (all words if only stop words)."""
    words = tokens(text)
    content = frozenset(w for w in words if w not in STOP_WORDS)
    return content if content else frozenset(words)


def _at_least(part: int, whole: int, ratio: tuple[int, int]) -> bool:
    """``part / whole >= num / den`` in integers; false for an empty whole."""
    num, den = ratio
    return whole > 0 and part * den >= num * whole


# --------------------------------------------------------------------------------------------
# Scores


@dataclass
class LayerScore:
    """Precision, recall and F1 of one layer.

    ``tp`` is the number of matched gold items. ``tp_system`` is the number of system items
    that count as right when that differs from ``tp`` (only the ``actors`` layer, where several
    system actors may map to one gold actor); ``None`` means "same as ``tp``".
    ``checks`` holds extra ``name -> [right, total]`` counts reported beside the layer.
    """

    tp: int = 0
    n_system: int = 0
    n_gold: int = 0
    tp_system: int | None = None
    checks: dict[str, list[int]] = field(default_factory=dict)

    @property
    def tp_sys(self) -> int:
        return self.tp if self.tp_system is None else self.tp_system

    @property
    def precision(self) -> float:
        return self.tp_sys / self.n_system if self.n_system else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: LayerScore) -> LayerScore:
        tp_system = None
        if self.tp_system is not None or other.tp_system is not None:
            tp_system = self.tp_sys + other.tp_sys
        checks = {k: list(v) for k, v in self.checks.items()}
        for k, (right, total) in other.checks.items():
            acc = checks.setdefault(k, [0, 0])
            acc[0] += right
            acc[1] += total
        return LayerScore(
            self.tp + other.tp,
            self.n_system + other.n_system,
            self.n_gold + other.n_gold,
            tp_system,
            checks,
        )

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "tp": self.tp,
            "n_system": self.n_system,
            "n_gold": self.n_gold,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }
        if self.tp_system is not None:
            d["tp_system"] = self.tp_system
        if self.checks:
            d["checks"] = {k: _accuracy(r, t) for k, (r, t) in self.checks.items()}
        return d


def _accuracy(right: int, total: int) -> dict[str, Any]:
    return {"right": right, "total": total, "accuracy": round(right / total, 4) if total else 0.0}


def _match(pairs: Iterable[tuple[float, int, int]]) -> dict[int, int]:
    """One-to-one matching ``system index -> gold index`` over scored candidate pairs.

    Greedy best-first (score desc, then system index, then gold index), then augmenting paths
    so that the matching has maximum cardinality.
    """
    ordered = sorted(pairs, key=lambda p: (-p[0], p[1], p[2]))
    sys_to_gold: dict[int, int] = {}
    gold_to_sys: dict[int, int] = {}
    adj: dict[int, list[int]] = {}
    for _, i, j in ordered:
        adj.setdefault(i, []).append(j)
        if i not in sys_to_gold and j not in gold_to_sys:
            sys_to_gold[i] = j
            gold_to_sys[j] = i

    def augment(i: int, seen: set[int]) -> bool:
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in gold_to_sys or augment(gold_to_sys[j], seen):
                sys_to_gold[i] = j
                gold_to_sys[j] = i
                return True
        return False

    for i in adj:
        if i not in sys_to_gold:
            augment(i, set())
    return sys_to_gold


# --------------------------------------------------------------------------------------------
# stancemap-gold/1
