"""The stance model: a three-class logistic regression over the stance candidates.

The rules (``stage.find``, ``resolve``) propose stances and drop some at their gates (an
announced action no one else addresses, a counted part's vote, a court's or a go-between's
position). Each stance the rules emit and each (holder, proposition) only a gate dropped is an
*item*; the model reads hashed features of it (the proposing rule, the trigger word and its class
in the ``stance_*.tsv`` tables, negation, nesting, modals, quotation, holder type and how the
holder came, the proposition's kind and mentions, the polarity the rules gave) and gives the
probabilities that it is RIGHT, FLIPped (right with the other polarity) or WRONG (no such stance
of that holder on that proposition). In the engine: an emitted stance is dropped when WRONG is at
least ``cuts[0]``, its polarity flipped when FLIP is at least ``cuts[1]``, and a dropped item
kept when RIGHT is at least ``cuts[2]``. Weights in ``model/keep.npz``, written by
``scripts/train_stance_model.py`` (trained on our own gold: tests/gold and the dev sets).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Token

from ..statements.hashed import bucket, hashed_softmax
from . import rules
from .candidates import Cand, Cluster, decide, flip
from .context import Reading

MODEL = Path(__file__).resolve().parent / "model" / "keep.npz"
BITS = 16
MASK = (1 << BITS) - 1
CLASSES = ("right", "flip", "wrong")
RIGHT, FLIP, WRONG = range(3)
#: the stance model is off (``STANCEMAP_STANCE_MODEL=off``): the rules' stances as they are
OFF = os.environ.get("STANCEMAP_STANCE_MODEL", "") == "off"
#: a list while the training script collects items (one entry per document), else None
TRACE: list[dict[str, Any]] | None = None
MODALS = ("would", "could", "may", "might", "should", "must", "will", "can")
CLAUSE_DEPS = ("ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp")
Resolved = tuple[str, int, str, str | None, tuple[int, int]]


@dataclass
class Item:
    """A stance the rules emit, or a (holder, proposition) only a gate dropped."""

    actor: str
    prop: int  # cluster index (-1: a phrase no cluster holds, dropped before merging)
    polarity: str
    statement: str | None
    evidence: tuple[int, int]
    kind: str  # "emitted", or the gate's reason: "weak", "part", "ruler", "minority", ...
    cands: list[Cand]
    features: list[str] = field(default_factory=list)


def items(r: Reading, found: list[Resolved], dropped: list[tuple[str, Cand, str]],
          groups: dict[tuple[str, int], list[Cand]], clusters: list[Cluster],
          gated: list[tuple[Cand, str]] = ()) -> list[Item]:
    """The emitted stances, then the dropped (holder, proposition) pairs no emitted stance
    holds (and, for measuring only, the minority polarities and the candidates dropped before
    merging, ``gated``), each with its features."""
    out = [Item(a, k, pol, st, ev, "emitted", groups.get((a, k), []))
           for a, k, pol, st, ev in found]
    seen = {(a, k) for a, k, *_ in found}
    by_pair: dict[tuple[str, int], tuple[str, list[Cand]]] = {}
    for h, c, why in dropped:
        if (h, c.prop) in seen:
            continue
        by_pair.setdefault((h, c.prop), (why, []))[1].append(c)
    for (h, k), (why, cs) in by_pair.items():
        pol = decide(cs)
        first = min((c for c in cs if c.polarity == pol), key=lambda c: c.trigger)
        out.append(Item(h, k, pol, first.statement, first.evidence, why, cs))
    if TRACE is not None:
        for it in out[:len(found)]:
            other = [c for c in it.cands if c.polarity != it.polarity]
            if other:
                pol = decide(other)
                first = min((c for c in other if c.polarity == pol), key=lambda c: c.trigger)
                out.append(Item(it.actor, it.prop, pol, first.statement, first.evidence,
                                "minority", other))
        for c, why in gated:
            for h in c.holders:
                out.append(Item(h, -1, c.polarity, c.statement, c.evidence, why, [c]))
    holders_of: dict[int, set[str]] = {}
    for a, k in groups:
        holders_of.setdefault(k, set()).add(a)
    for it in out:
        it.features = features(r, it, clusters, holders_of)
    return out


def _main(it: Item) -> Cand | None:
    """The candidate whose expression is the item's evidence (resolve's choice)."""
    own = [c for c in it.cands if c.polarity == it.polarity] or it.cands
    if not own:
        return None
    return min(own, key=lambda c: (c.phrase is None and c.anaphor is None, c.trigger))


def _depth(tok: Token) -> tuple[int, int]:
    """Ancestors up to the sentence root, and how many of them are clause links."""
    n = clauses = 0
    t = tok
    while t.head.i != t.i and n < 30:
        if t.dep_ in CLAUSE_DEPS:
            clauses += 1
        t = t.head
        n += 1
    return n, clauses


def _table_class(r: Reading, lemma: str, lower: str) -> list[str]:
    """The trigger word's rows in the stance tables."""
    lex = r.lex
    out = []
    v = lex.verbs.get(lemma)
    if v is not None:
        out += [f"verb={v[0]}", *(f"frame={f}" for f in v[1])]
    n = lex.nouns.get(lemma)
    if n is not None:
        out.append(f"noun={n[0]}")
    e = lex.evaluatives.get(lemma) or lex.evaluatives.get(lower)
    if e is not None:
        out.append(f"eval={e[0]}/{e[1]}")
    if lemma in lex.agreement:
        out.append("agreement")
    w = r.words
    for name in ("vote_verbs", "undecided", "weighing", "rule_verbs", "protests", "offering",
                 "refusing", "withheld"):
        if lemma in getattr(w, name, ()):
            out.append(f"class={name}")
    return out


def features(r: Reading, it: Item, clusters: list[Cluster],
             holders_of: dict[int, set[str]]) -> list[str]:
    """General properties of an item as feature strings (no article's words but the trigger
    lemma, a word of the stance tables or of the engine's vocabulary)."""
    doc = r.doc
    pol = it.polarity
    f = ["bias", f"kind={it.kind}", f"pol={pol}", f"kind={it.kind}|pol={pol}"]
    c = _main(it)
    actor = r.actors.get(it.actor)
    if actor is not None:
        f += [f"htype={actor.type}", f"hsector={(actor.sector or '-').lower()}",
              f"htype={actor.type}|pol={pol}", f"hmentions={bucket(len(actor.mentions))}"]
    pols = {x.polarity for x in it.cands}
    f.append(f"ncands={bucket(len(it.cands))}")
    if len(pols) > 1:
        f += ["mixed", *(f"also={p}" for p in sorted(pols - {pol}))]
    rules_ = sorted({x.rule for x in it.cands})
    f += [f"rule={x}" for x in rules_]
    f += [f"rulemod={x.split('.')[0]}" for x in rules_]
    if c is None:
        return f
    f += [f"main={c.rule}", f"main={c.rule}|pol={pol}"]
    if c.lent:
        f += [f"lent={c.lent}", f"lent={c.lent}|pol={pol}"]
    for flag in ("past", "vote", "aside", "weak", "part"):
        if getattr(c, flag):
            f.append(flag)
    if c.anaphor is not None:
        f.append("anaphor" if not c.anaphor else "anaphor=owner")
    if c.antecedents:
        f.append("antecedents")
    f.append(f"nholders={bucket(len(c.holders))}")
    f.append("stmt" if c.statement else "nostmt")
    if c.statement and any(st.id == c.statement and st.speaker == it.actor
                           for st in doc._.statements or []):
        f.append("holder=speaker")
    if 0 <= c.trigger < len(doc):
        f += _trigger_features(r, it, c, doc[c.trigger])
    f += _phrase_features(r, c, pol)
    if 0 <= c.trigger < len(doc):
        f.append(f"place={bucket(1 + 8 * c.trigger // max(1, len(doc)))}")
    if 0 <= it.prop < len(clusters):
        cl = clusters[it.prop]
        n = len(cl.mentions)
        others = len(holders_of.get(it.prop, set()) - {it.actor})
        size = sorted((len(v) for v in holders_of.values()), reverse=True)
        mine = len(holders_of.get(it.prop, ()))
        f += [f"prank={bucket(1 + size.index(mine)) if mine in size else 0}",
              f"nprops={bucket(len(holders_of))}"]
        if cl.mentions and cl.mentions[0][0] < len(doc):
            first = doc[cl.mentions[0][0]].sent.start
            f.append(f"pfirst={bucket(1 + 8 * first // max(1, len(doc)))}")
        f += [f"mentions={bucket(n)}", f"others={bucket(others)}",
              f"others={bucket(others)}|kind={it.kind}"]
        if cl.loosen:
            f.append("loosen")
    return f


def _trigger_features(r: Reading, it: Item, c: Cand, t: Token) -> list[str]:
    """The trigger word: its lemma, table rows, negation, nesting, modals, quotation,
    subject and where the holder is named."""
    pol = it.polarity
    f: list[str] = []
    lemma, lower = t.lemma_.lower(), t.lower_
    f += [f"lem={lemma}", f"lem={lemma}|pol={pol}", f"tpos={t.pos_}", f"tdep={t.dep_}",
          f"hdep={t.head.dep_}", f"tpos={t.pos_}|pol={pol}"]
    cls = _table_class(r, lemma, lower)
    f += cls + [f"{x}|pol={pol}" for x in cls]
    neg = rules.negated(t)
    if neg:
        f += ["neg", f"neg|pol={pol}", f"neg|main={c.rule}"]
    if rules.negated(t.head) and t.head.i != t.i:
        f.append("headneg")
    depth, clauses = _depth(t)
    f += [f"depth={bucket(depth)}", f"clauses={min(clauses, 3)}",
          f"clauses={min(clauses, 3)}|pol={pol}"]
    modal = [x.lower_ for x in t.children if x.dep_ == "aux" and x.lower_ in MODALS]
    f += [f"modal={m}" for m in modal]
    if r.quoted(t):
        f += ["quoted", f"quoted|pol={pol}"]
    subj = r.subject(t) if t.pos_ == "VERB" else None
    if subj is not None:
        who = r.mmap.get(subj.i)
        f.append("subj=holder" if who == it.actor else "subj=actor" if who else
                 f"subj={subj.pos_}")
        if subj.lower_ in r.words.pronouns:
            f.append("subj=pronoun")
    sent = t.sent
    if any(r.mmap.get(i) == it.actor for i in range(sent.start, sent.end)):
        f.append("holder_in_sentence")
    else:
        f.append("holder_elsewhere")
    return f


def _phrase_features(r: Reading, c: Cand, pol: str) -> list[str]:
    """The proposition phrase: its head, length, parts of speech, actors inside."""
    doc = r.doc
    f: list[str] = []
    if c.phrase is not None:
        s, e = c.phrase
        span = doc[s:e]
        f.append(f"plen={bucket(e - s)}")
        if len(span):
            root = span.root
            f += [f"phead={root.pos_}", f"phead={root.pos_}|pol={pol}", f"pdep={root.dep_}"]
            if root.ent_type_:
                f.append(f"pent={root.ent_type_}")
            if any(i in r.mmap for i in range(s, e)):
                f.append("phrase_actor")
            if root.pos_ == "VERB" and root.lemma_.lower() in r.lex.verbs:
                f.append("phrase_stanceverb")
            f.append(f"plem_in_table={root.lemma_.lower() in r.lex.triggers}")
            f += [f"proot={root.lemma_.lower()}", f"proot={root.lemma_.lower()}|pol={pol}"]
            content = [t for t in span if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ")]
            f.append(f"pcontent={bucket(len(content))}")
            f += sorted({f"ppos={t.pos_}" for t in content})
    else:
        f.append("nophrase")
    return f


@dataclass
class StanceModel:
    """The weights (``CLASSES`` x 2**BITS) and the three cuts (drop, flip, keep)."""

    w: np.ndarray
    cuts: np.ndarray

    def probs(self, feats: list[str]) -> np.ndarray:
        return hashed_softmax(self.w, feats, MASK)

    def apply(self, its: list[Item]) -> list[Resolved]:
        """The stances the engine emits: the items the model keeps, flipped where it says."""
        drop, flp, keep = (float(x) for x in self.cuts)
        out: list[Resolved] = []
        for it in its:
            if it.kind == "minority" or it.prop < 0:
                continue
            p = self.probs(it.features)
            pol = it.polarity
            if it.kind == "emitted":
                if p[WRONG] >= drop:
                    continue
                if p[FLIP] >= flp and pol in ("support", "oppose"):
                    pol = flip(pol)
            elif p[RIGHT] < keep:
                continue
            out.append((it.actor, it.prop, pol, it.statement, it.evidence))
        out.sort(key=lambda x: x[4])
        return out


@lru_cache(maxsize=2)
def load_model(path: Path = MODEL) -> StanceModel | None:
    """The shipped stance model, None where there is none (or it is switched off)."""
    if OFF or not path.exists():
        return None
    with np.load(path) as z:
        return StanceModel(z["w"].astype(np.float32), z["cuts"].astype(np.float32))
