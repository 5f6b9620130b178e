"""The nested-report choice under PolNeAR's conventions: a small trained model.

PolNeAR never nests attributions: where one report stands inside another ("insisted that he
never said X"), its annotators mark one of the two. The merge keeps one of a nested pair by
the rules' priorities unless :data:`NESTED_MODEL` (``scripts/train_nested_model.py``, fitted
on PolNeAR train) is sure which of the two the annotators draw: a logistic regression over
:func:`pair_features` (both cues' words, the rules that found them, the dependency path from
the inner cue up to the outer one) giving the probability that the inner report is the one.
Since stop 41 it also reads both cues' probabilities under the attribution model
(:func:`score_features`, ``Context.cue_p``; ``scores`` in the model file). Since stop 46 a
report in a non-restrictive relative clause of the outer content is not asked: both stand, the
outer content ended before the clause (:func:`trimmed_outer`, a rule on the clause kind).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Doc, Token

from .context import Context, Found
from .hashed import hashed_probability

NESTED_MODEL = Path(__file__).parent / "model" / "nested.npz"
#: switched on at stop 40, together with the keep model asked about the attribution model's
#: reports under its threshold that a speaker actor or a text says (``learned._low_spoken``):
#: the model alone raised PolNeAR dev's cue accuracy (0.931 -> 0.936) but lowered its overlap
#: by 2 matches (stop 39); the recall it makes room for is what pays
ON = True
#: hashed feature space of the model
BITS = 16
#: steps up the parse from the inner cue that the path feature records
PATH_STEPS = 4
#: the cue probabilities are rounded to this many digits (as the training pairs keep them)
SCORE_DIGITS = 4
#: the marks that set a clause off from the words before it
CLAUSE_MARKS = frozenset({",", ";", "--", "\u2014", "\u2013"})
#: the tags of a relative clause's first word that open it ("which", "whom", "whose")
RELATIVE_TAGS = frozenset({"WDT", "WP", "WP$"})
#: the subjects of a clause: a relative pronoun that is one names the inner report's speaker
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
#: the fewest words an outer content keeps before the clause it is ended at
TRIM_MIN_WORDS = 2


@dataclass(frozen=True)
class NestedModel:
    """Weights and the two cuts: under ``outer`` the outer report is kept, over ``inner`` the
    inner one; between them the rules' priorities decide."""

    w: np.ndarray
    outer: float
    inner: float
    #: the features include both cues' probabilities under the attribution model (stop 41)
    scores: bool = False

    def choice(self, ctx: Context, outer: Found, inner: Found) -> str | None:
        """"outer", "inner", or None (the model is not sure)."""
        x = pair_features(ctx.doc, outer, inner)
        if self.scores:
            x += score_features(cue_probability(ctx, outer), cue_probability(ctx, inner))
        p = hashed_probability(self.w, x, BITS)
        return "inner" if p > self.inner else "outer" if p < self.outer else None


@lru_cache(maxsize=1)
def load_nested(path: Path = NESTED_MODEL) -> NestedModel | None:
    """The shipped nested-report model (None where there is none)."""
    if not path.exists():
        return None
    with np.load(path) as z:
        cuts = [float(c) for c in z["cuts"]]
        scores = "scores" in z.files and bool(z["scores"][0])
        return NestedModel(z["w"].astype(np.float32), cuts[0], cuts[1], scores)


def _rule(f: Found) -> str:
    return f.rule.split(":")[0]


def _path(inner: Token, outer: Token | None) -> str:
    """The dependency labels from ``inner`` up towards ``outer`` ("ccomp>ROOT"), "^" where
    ``outer`` is reached, at most :data:`PATH_STEPS` steps."""
    steps: list[str] = []
    t = inner
    for _ in range(PATH_STEPS):
        if outer is not None and t.i == outer.i:
            steps.append("^")
            break
        steps.append(t.dep_)
        if t.head.i == t.i:
            break
        t = t.head
    return ">".join(steps)


def pair_features(doc: Doc, outer: Found, inner: Found) -> list[str]:
    """Feature strings of a nested pair: each cue's word, part of speech and dependency, the
    rules and kinds that found them, which the priorities keep, the path between the cues."""
    o = doc[outer.cue_tok] if outer.cue_tok is not None else None
    i = doc[inner.cue_tok] if inner.cue_tok is not None else None
    ol = o.lemma_.lower() if o is not None else "-"
    il = i.lemma_.lower() if i is not None else "-"
    prio = (outer.priority > inner.priority) - (outer.priority < inner.priority)
    out = ["bias", f"ol={ol}", f"il={il}", f"oil={ol}|{il}", f"or={_rule(outer)}",
           f"ir={_rule(inner)}", f"rr={_rule(outer)}|{_rule(inner)}", f"ok={outer.kind}",
           f"ik={inner.kind}", f"kk={outer.kind}|{inner.kind}", f"prio={prio}",
           f"ospk={any(outer.speakers)}", f"ispk={any(inner.speakers)}"]
    if o is not None:
        out += [f"op={o.pos_}", f"od={o.dep_}"]
    if i is not None:
        path = _path(i, o)
        gov = o is not None and i.head.i == o.i
        subj = any(c.dep_ in ("nsubj", "nsubjpass") for c in i.children)
        out += [f"ip={i.pos_}", f"id={i.dep_}", f"path={path}", f"ipath={il}|{path}",
                f"opath={ol}|{path}", f"gov={gov}|{i.pos_}", f"isubj={subj}",
                f"isubjp={subj}|{i.pos_}|{i.dep_}"]
    return out


def cue_probability(ctx: Context, f: Found) -> float | None:
    """The attribution model's probability that ``f``'s cue word is a cue (None where no model
    runs or ``f`` has no cue word)."""
    if ctx.cue_p is None or f.cue_tok is None:
        return None
    return round(float(ctx.cue_p(ctx.doc[f.cue_tok])), SCORE_DIGITS)


def score_features(outer: float | None, inner: float | None) -> list[str]:
    """Feature strings of both cues' probabilities (tenths) and of their difference (fifths,
    signed): a rule's cue the model doubts is more often the one PolNeAR leaves out."""
    out = [f"ocs={_tenth(outer)}", f"ics={_tenth(inner)}"]
    if outer is not None and inner is not None:
        d = inner - outer
        out.append(f"csd={int(np.sign(d)) * min(4, int(abs(d) * 5))}")
    return out


def _tenth(p: float | None) -> str:
    return "-" if p is None else str(min(9, int(p * 10)))


def trimmed_outer(doc: Doc, outer: Found, inner: Found) -> tuple[int, int] | None:
    """``outer``'s content ended before the non-restrictive relative clause that holds
    ``inner``'s cue and is set off inside it ("said X, whom he described as Y", "to defeat
    Trump, who he blasted as Y", "the offshoot, which Z blamed for Y"): PolNeAR's annotators
    draw both reports there, the outer one ending at the comma. None where ``inner`` is in no
    such clause, or the clause's relative pronoun is its subject ("a general, who suggested
    X": background told of the noun, which PolNeAR leaves in the outer content)."""
    if inner.cue_tok is None or outer.fragments:
        return None
    lo, hi = outer.content
    t = doc[inner.cue_tok]
    for _ in range(PATH_STEPS):
        if t.dep_ == "relcl" and lo <= t.head.idx < hi and lo < t.left_edge.idx:
            return _before(doc, lo, t.left_edge.i) if _set_off(t) else None
        if t.head.i == t.i:
            break
        t = t.head
    return None


def _set_off(clause: Token) -> bool:
    """Is relative ``clause`` set off by a mark and opened by a relative pronoun that is not
    its subject ("..., whom he described as Y"; not "..., who said Y")?"""
    first = clause.left_edge
    if not first.i or clause.doc[first.i - 1].text not in CLAUSE_MARKS:
        return False
    said_by = any(c.dep_ in SUBJECT_DEPS and c.left_edge.i == first.i for c in clause.children)
    return first.tag_ in RELATIVE_TAGS and not said_by


def _before(doc: Doc, lo: int, k: int) -> tuple[int, int] | None:
    """The content from character ``lo`` to the last word before token ``k`` (None where
    fewer than :data:`TRIM_MIN_WORDS` words are left)."""
    words = [t for t in doc[:k] if t.idx >= lo and not (t.is_punct or t.is_space)]
    if len(words) < TRIM_MIN_WORDS:
        return None
    return lo, words[-1].idx + len(words[-1])
