"""The polarity reader: given a holder and a mention of a proposition in an evidence sentence,
which polarity (SUPPORT, OPPOSE, NEUTRAL, CONDITIONAL) the holder takes on it.

The pair model (:mod:`.pairs`) decides *whether* an (actor, proposition) pair is a stance; this
reader decides *which* polarity. Its features name phenomena: the words on the path from the
mention up to the sentence's root (their lemmas, their rows in the stance tables and CAMEO,
their VADER valence), the sign of that path with every negation and reversal word flipping it
("did not rule out X" supports X, "refused to back a text that omits X" takes no side on X by
the sign of "omit" alone), the preposition that takes the mention ("against", "for",
"without"), conditional markers (``stance_conditions.tsv``) and contrast ("but") in the
sentence, modals, the cue verb of the statement whose content holds the mention, and whether
the holder is the subject of the mention's nearest predicate. A multi-class logistic regression
over hashed features; trained by ``scripts/train_stance_pairs.py`` on every gold stance of the
training folds the engine reaches (the rules' stances on a gold holder and proposition, and the
pairs on one), weights in ``model/polarity.npz``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from spacy.tokens import Token

from ..statements.hashed import bucket, hashed_softmax
from . import rules
from .context import Reading

MODEL = Path(__file__).resolve().parent / "model" / "polarity.npz"
BITS = 16
MASK = (1 << BITS) - 1
CLASSES = ("support", "oppose", "neutral", "conditional")
#: the polarity reader is off (``STANCEMAP_POLARITY_MODEL=off``)
OFF = os.environ.get("STANCEMAP_POLARITY_MODEL", "") == "off"
UP = 6  # the heads above the mention read, at most
CONTRAST = frozenset({"but", "however", "although", "though", "yet", "while", "whereas"})
MODALS = frozenset({"would", "should", "must", "could", "might", "may", "will", "can"})
POSITIVE = ("support", "positive", "pos")
NEGATIVE = ("oppose", "negative", "neg")


@lru_cache(maxsize=1)
def _valence() -> dict[str, float]:
    from ..relations.lexicon import load_lexicon

    return load_lexicon().valence


def _sign(x: str) -> int:
    v = x.split("=", 1)[-1]
    return 1 if v in POSITIVE else -1 if v in NEGATIVE else 0


def _vsign(t: Token) -> int:
    val = _valence()
    v = val.get(t.lower_, val.get(t.lemma_.lower(), 0.0))
    return 1 if v >= 1.0 else -1 if v <= -1.0 else 0


def features(r: Reading, s: int, e: int, tok: int = -1) -> list[str]:
    """The features of a holder (token ``tok``, -1 where it is not in the sentence) on the
    mention ``doc[s:e]``."""
    from .pairs import _classes  # the stance-table and CAMEO rows of a word

    doc = r.doc
    if not 0 <= s < e <= len(doc):
        return ["bias", "nomention"]
    span = doc[s:e]
    root = span.root
    sent = root.sent
    f = ["bias", f"pdep={root.dep_}", f"ppos={root.pos_}", f"plen={bucket(e - s)}"]
    # inside the mention: its own polar and negating words ("an end to X", "no new sanctions")
    inner = set()
    for t in span:
        for x in _classes(r, t):
            inner.add(x)
        if t.dep_ == "neg" or t.lower_ in ("no", "not", "never", "without"):
            inner.add("neg")
    f += sorted(f"in:{x}" for x in inner)
    if rules.negated(root):
        f.append("pneg")
    path, verb = _path(r, root)
    f += path
    # the sentence: conditions, contrast, modals, question
    words = f" {' '.join(r.tab.lower[sent.start:sent.end])} "
    for mk, padded, kind in r.lex.padded_conditions:
        if padded in words:
            f += [f"cond={kind}", f"condw={mk}"]
    for t in sent:
        if t.lower_ in CONTRAST and t.dep_ in ("cc", "mark", "advmod"):
            f.append(f"contrast={'before' if t.i < s else 'after'}")
    if verb is not None:
        f += sorted({f"modal={c.lower_}" for c in verb.children
                     if c.dep_ == "aux" and c.lower_ in MODALS})
        f.append(f"verb={verb.lemma_.lower()}")
        subj = r.subject(verb) if verb.pos_ == "VERB" else None
        if tok >= 0 and subj is not None:
            f.append("hsubj" if subj.i == tok or tok in {x.i for x in subj.subtree}
                     else "hnotsubj")
    if tok < 0:
        f.append("nohtok")
    if sent.text.rstrip().endswith("?"):
        f.append("question")
    # the balance of the sentence's VADER valence outside the mention, flipped where negated
    bal = 0
    for t in sent:
        if s <= t.i < e:
            continue
        v = _vsign(t)
        if v and rules.negated(t):
            v = -v
        bal += v
    f.append(f"vader={'pos' if bal > 0 else 'neg' if bal < 0 else 'zero'}")
    f += _cue(r, s)
    return f


def _path(r: Reading, root: Token) -> tuple[list[str], Token | None]:
    """The heads above the mention: lemmas, classes, the sign of the path (each negation and
    reversal word flipping it), the preposition and the marks; and the nearest verb."""
    from .pairs import _classes

    f: list[str] = []
    sign, signed, negs, first = 1, 0, 0, ""
    child, t = root, root.head
    prep = ""
    marks: list[str] = []
    verb: Token | None = None
    for d in range(1, UP + 1):
        if t.i == child.i:
            break
        lem = t.lemma_.lower()
        if d <= 3:
            f += [f"up{d}={lem}", f"up{d}dep={child.dep_}"]
        f.append(f"uplem={lem}")
        if t.pos_ == "ADP" and not prep:
            prep = lem
        if verb is None and t.pos_ in ("VERB", "AUX"):
            verb = t
        marks += [c.lower_ for c in t.children if c.dep_ == "mark"]
        cls = _classes(r, t)
        f += [f"upcls={x}" for x in cls]
        ws = next((_sign(x) for x in cls if _sign(x)), 0) or _vsign(t)
        if lem in r.lex.reversal:
            f.append("reversal")
            ws = ws or -1
        if ws:
            sign *= ws
            signed += 1
            if not first:
                first = f"{'pos' if ws > 0 else 'neg'}|{lem}"
        if t.pos_ in ("VERB", "AUX", "ADJ", "NOUN") and rules.negated(t):
            negs += 1
            sign = -sign
            f.append(f"negat={lem}")
        child, t = t, t.head
    f.append(f"negs={min(negs, 2)}")
    f.append(f"chain={'none' if not signed else 'pos' if sign > 0 else 'neg'}")
    f.append(f"chain={'none' if not signed else 'pos' if sign > 0 else 'neg'}|negs={negs % 2}")
    if first:
        f += [f"first={first.split('|')[0]}", f"first={first}"]
    if prep:
        f.append(f"prep={prep}")
    f += [f"mark={m}" for m in sorted(set(marks))]
    return f, verb


def _cue(r: Reading, s: int) -> list[str]:
    """The cue of the statement whose content holds the mention (``narration`` where none)."""
    from .pairs import _classes

    doc = r.doc
    f: list[str] = []
    st = r.stmt_of.get(s)
    if st is not None:
        statement = next((x for x in doc._.statements or [] if x.id == st[1]), None)
        if statement is not None and statement.cue is not None:
            cue_span = doc.char_span(statement.cue.start, statement.cue.end,
                                     alignment_mode="expand")
            if cue_span is not None and len(cue_span):
                cue = cue_span.root
                f.append(f"cue={cue.lemma_.lower()}")
                f += [f"cuecls={x}" for x in _classes(r, cue)]
                if rules.negated(cue):
                    f.append("cueneg")
    else:
        f.append("narration")
    return f


def locate(r: Reading, mentions: list[tuple[int, int]], ev: tuple[int, int],
           actor: str) -> tuple[int, int, int]:
    """The mention in the evidence ``ev`` (the first one inside it, else the first of all) and
    the holder's token nearest it in the evidence (-1 where none): (start, end, token)."""
    lo, hi = ev
    s, e = next(((a, b) for a, b in mentions if lo <= a < hi), mentions[0] if mentions
                else (lo, min(hi, lo + 1)))
    toks = [i for i in range(lo, hi) if r.mmap.get(i) == actor and not s <= i < e]
    tok = min(toks, key=lambda i: abs(i - s)) if toks else -1
    return s, e, tok


@dataclass
class PolarityModel:
    """The weights (``CLASSES`` x 2**BITS)."""

    w: np.ndarray

    def probs(self, feats: list[str]) -> np.ndarray:
        return hashed_softmax(self.w, feats, MASK)


@lru_cache(maxsize=2)
def load_model(path: Path = MODEL) -> PolarityModel | None:
    """The shipped polarity reader, None where there is none (or it is switched off)."""
    if OFF or not path.exists():
        return None
    with np.load(path) as z:
        return PolarityModel(z["w"].astype(np.float32))
