"""Where PolNeAR ends a content: a trained choice among the places the parse offers.

PolNeAR's annotators end a report's content where the reported proposition ends, and where
that is depends on more than one rule can see: "said X, which Y" keeps the relative clause in
one article and leaves it out in the next; "said X and Y" may run on past a second verb. The
rules draw one end; this model, trained on PolNeAR's train split by
``scripts/train_boundary_model.py`` (weights in ``statements/model/boundary.npz``), scores
that end and every other place in the sentence where a constituent ends (before a comma, a
conjunction, a preposition, a relative or subordinate clause, the sentence's end) and moves
the end only where another place beats the rules' by the margin chosen on held-out articles.
It runs only with ``polnear_spans=True``: the gold files end contents by their own
convention (the rules').
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Token

from .hashed import bucket, hash_features, sigmoid

MODEL = Path(__file__).resolve().parent / "model" / "boundary.npz"
REACH_BACK = 30  # candidate ends at most this many tokens before the rules' end
REACH_ON = 40  # ... or after it, within its sentence
START_REACH_ON = 10  # candidate starts at most this many words into the rules' content
OPENERS = frozenset({"CCONJ", "SCONJ", "ADP"})  # a word that opens a new constituent
FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
CLAUSE_DEPS = frozenset({"relcl", "advcl", "appos", "conj", "prep", "acl", "cc", "mark",
                         "npadvmod", "parataxis"})


def _word(t: Token) -> bool:
    return not (t.is_punct or t.is_space)


def _next_word(doc: Doc, j: int, stop: int) -> Token | None:
    k = j + 1
    while k < stop and not _word(doc[k]):
        k += 1
    return doc[k] if k < stop else None


def _is_boundary(doc: Doc, j: int, stop: int) -> bool:
    """Does a constituent end after word ``j`` (the next token is punctuation, or opens a
    clause, a phrase or a coordination; or the sentence ends)?"""
    if j + 1 >= stop:
        return True
    nxt = doc[j + 1]
    if not _word(nxt):
        return True
    return nxt.pos_ in OPENERS or nxt.dep_ in CLAUSE_DEPS or nxt.tag_ in ("WDT", "WP", "WP$")


def end_candidates(doc: Doc, lo: int, hi: int) -> list[int]:
    """Words after which the content of tokens ``lo..hi`` could end (``hi`` among them)."""
    stop = doc[hi].sent.end
    first = max(lo, hi - REACH_BACK)
    last = min(stop - 1, hi + REACH_ON)
    out = [j for j in range(first, last + 1)
           if _word(doc[j]) and (j == hi or _is_boundary(doc, j, stop))]
    return out if hi in out else out + [hi]


def start_candidates(doc: Doc, lo: int, hi: int, cue: Token | None) -> list[int]:
    """Words at which the content of tokens ``lo..hi`` could begin (``lo`` among them): from
    just after its cue (when the cue comes first) to a few words into it."""
    sent = doc[lo].sent
    first = max(sent.start, lo - REACH_BACK)
    if cue is not None and cue.i < lo:
        first = max(first, cue.i + 1)
    last = min(hi, lo + START_REACH_ON)
    out = [i for i in range(first, last + 1)
           if _word(doc[i]) and (i == lo or _starts(doc, i))]
    return out if lo in out else [lo] + out


def _starts(doc: Doc, i: int) -> bool:
    prev = doc[i - 1] if i else None
    return (prev is None or not _word(prev) or prev.pos_ in OPENERS | {"PART", "VERB", "AUX"}
            or doc[i].left_edge.i == i)


def start_features(doc: Doc, lo: int, hi: int, i: int, cue: Token | None,
                   kind: str) -> list[str]:
    """Feature strings of word ``i`` as the first of a content the rules drew as ``lo..hi``."""
    side = "same" if i == lo else "less" if i < lo else "more"
    dist = bucket(abs(i - lo))
    t = doc[i]
    prev = doc[i - 1] if i else None
    pw = prev.lower_ if prev is not None else "<s>"
    pp = prev.pos_ if prev is not None else "<s>"
    head = _constituent(t)
    hc = "cue" if cue is not None and head.head.i == cue.i else "other"
    lem = cue.lemma_.lower() if cue is not None else "-"
    after_cue = cue is not None and prev is not None and prev.i == cue.i
    return [
        "S:bias", f"S:s={side}", f"S:sd={side}|{dist}", f"S:k={kind}|{side}", f"S:pw={pw}",
        f"S:spw={side}|{pw}", f"S:pp={pp}", f"S:spp={side}|{pp}", f"S:fw={t.lower_}",
        f"S:sfw={side}|{t.lower_}", f"S:fp={t.pos_}", f"S:fd={t.dep_}", f"S:sfd={side}|{t.dep_}",
        f"S:hd={head.dep_}|{hc}", f"S:shd={side}|{head.dep_}|{hc}", f"S:cue={lem}|{side}",
        f"S:cuefw={lem}|{t.lower_}", f"S:ac={after_cue}|{side}", f"S:q={t.is_quote}",
    ]


def _inside(t: Token, lo: int, hi: int) -> str:
    return "in" if lo <= t.i <= hi else "out"


def end_features(doc: Doc, lo: int, hi: int, j: int, cue: Token | None, kind: str) -> list[str]:
    """Feature strings of word ``j`` as the last of a content the rules drew as ``lo..hi``."""
    stop = doc[hi].sent.end
    side = "same" if j == hi else "less" if j < hi else "more"
    dist = bucket(abs(j - hi))
    nxt = _next_word(doc, j, stop)
    punct = doc[j + 1].text if j + 1 < stop and not _word(doc[j + 1]) else "-"
    nx = nxt.lower_ if nxt is not None else "</s>"
    nd = nxt.dep_ if nxt is not None else "</s>"
    head = _constituent(nxt) if nxt is not None else None
    hd = head.dep_ if head is not None else "</s>"
    hin = _inside(head.head, lo, j) if head is not None else "-"
    lem = cue.lemma_.lower() if cue is not None else "-"
    last = doc[j]
    return [
        "bias", f"s={side}", f"sd={side}|{dist}", f"k={kind}|{side}", f"p={punct}",
        f"sp={side}|{punct}", f"nx={nx}", f"snx={side}|{nx}", f"pnx={punct}|{nx}",
        f"nd={nd}", f"snd={side}|{nd}", f"np={nxt.pos_ if nxt is not None else '-'}",
        f"hd={hd}|{hin}", f"shd={side}|{hd}|{hin}", f"phd={punct}|{hd}|{hin}",
        f"lw={last.lower_}", f"lp={last.pos_}", f"ld={last.dep_}", f"slp={side}|{last.pos_}",
        f"end={nxt is None}", f"send={side}|{nxt is None}", f"cue={lem}|{side}",
        f"q={last.is_quote or j + 1 < stop and doc[j + 1].is_quote}",
        *_crossed(doc, min(j, hi), max(j, hi), side, lo),
    ]


def _crossed(doc: Doc, a: int, b: int, side: str, lo: int) -> list[str]:
    """Features of the words between the rules' end and a candidate one (``a+1..b``)."""
    if a == b:
        return []
    words = doc[a + 1:b + 1]
    finite = sum(w.tag_ in FINITE for w in words)
    commas = sum(w.text == "," for w in words)
    first = _next_word(doc, a, b + 1)
    head = _constituent(first) if first is not None else None
    hd = head.dep_ if head is not None else "-"
    hin = _inside(head.head, lo, a) if head is not None else "-"
    return [f"xf={side}|{min(finite, 3)}", f"xc={side}|{min(commas, 3)}",
            f"xcc={side}|{any(w.dep_ in ('cc', 'conj') for w in words)}",
            f"xh={side}|{hd}|{hin}", f"xfh={side}|{min(finite, 2)}|{hd}",
            f"xq={side}|{any(w.is_quote for w in words)}"]


def _constituent(t: Token) -> Token:
    """The highest word whose subtree starts at ``t``."""
    while t.head.i != t.i and t.head.left_edge.i == t.left_edge.i == t.i:
        t = t.head
    return t


@dataclass(frozen=True, eq=False)
class BoundaryModel:
    weights: np.ndarray  # (2**BITS,)
    margin: float  # another end must beat the rules' by this much (in probability)
    start_margin: float = 1.0  # ... and another start

    def __deepcopy__(self, memo: dict) -> BoundaryModel:
        return self

    def score(self, features: list[str]) -> float:
        return sigmoid(float(self.weights[hash_features(features)].sum()))

    def best_end(self, doc: Doc, lo: int, hi: int, cue: Token | None, kind: str) -> int:
        """The content's last word: the rules' ``hi`` unless another place beats it."""
        scored = [(self.score(end_features(doc, lo, hi, j, cue, kind)), j)
                  for j in end_candidates(doc, lo, hi)]
        rules = next(p for p, j in scored if j == hi)
        p, j = max(scored)
        return j if p >= rules + self.margin else hi

    def best_start(self, doc: Doc, lo: int, hi: int, cue: Token | None, kind: str) -> int:
        """The content's first word: the rules' ``lo`` unless another place beats it."""
        scored = [(self.score(start_features(doc, lo, hi, i, cue, kind)), i)
                  for i in start_candidates(doc, lo, hi, cue)]
        rules = next(p for p, i in scored if i == lo)
        p, i = max(scored)
        return i if p >= rules + self.start_margin else lo

    def save(self, path: Path) -> None:
        np.savez_compressed(path, weights=self.weights.astype(np.float32),
                            margin=np.array([self.margin, self.start_margin],
                                            dtype=np.float32))


@lru_cache(maxsize=2)
def load_boundary(path: Path = MODEL) -> BoundaryModel | None:
    """The shipped boundary model, or None before it is trained."""
    if not path.exists():
        return None
    with np.load(path) as z:
        return BoundaryModel(z["weights"], float(z["margin"][0]), float(z["margin"][1]))
