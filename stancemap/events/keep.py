"""The event keep model: a logistic regression that judges the rule and dictionary candidates.

The coder's gates (negation and modality, a relative clause told as background, a dictionary
verb without a target actor, a position voiced without an act, a denial, a recalled or
background act in the last pass ...) drop candidates that are sometimes the gold's events.
While the coder runs, :class:`KeepCandidates` notes for each emitted event and each dropped
candidate (one per source actor and target) a list of general features: its type, mode, the
rule and lexicon key that proposed it, the gate that dropped it, the trigger's lemma,
dependency and tag, the context's negation and modality flags, whether the trigger stands in a
quotation or a statement's content (and whether the source is that statement's speaker), the
source's and target's actor types, the sentence index. :func:`apply_keep_model` then drops an
emitted event whose probability is under ``T1`` and keeps a dropped candidate whose probability
is over ``T2`` (each may be off). The weights (``model/keep.npz``) are written by
``scripts/train_event_model.py`` from the gold of the readable sets; without the file the stage
is the rules alone."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Token

from ..statements.hashed import hashed_probability
from .frames import Args, Context, Frame
from .records import PloverEvent
from .vocab import QUAD

MODEL_PATH = Path(__file__).parent / "model" / "keep.npz"
#: the environment variable that turns the model off (``0``) for training and comparison
ENV = "STANCEMAP_EVENT_MODEL"

Pair = tuple[str | None, Token | None, str | None, Token | None]


@dataclass
class Candidate:
    """A record the gates dropped (or the engine emitted), the gate, and its features."""

    event: PloverEvent
    gate: str
    features: list[str]


def _rule_name(rule: str) -> str:
    return rule.split(":", 1)[0]


class KeepCandidates:
    """The coder's notes for the keep model: features of emitted events
    (``self.ev_feats``, by the record's id) and the dropped candidates (``self.dropped``).
    A part of the event coder (``coder._Coder``)."""

    noting: bool  # a model reads the notes
    ev_feats: dict[int, list[str]]
    dropped: list[Candidate] | None  # None: no model, or one that takes none back

    def _features(self, ev: PloverEvent, f: Frame, ctx: Context | None, gate: str) -> list[str]:
        v = f.verb
        tok = self.doc[v.i]
        feats = [f"t={ev.type}", f"m={ev.mode}", f"r={_rule_name(ev.rule)}", f"k={f.key}",
                 f"g={gate}", f"lem={tok.lemma_.lower()}", f"dep={tok.dep_}", f"tag={tok.tag_}",
                 f"hdep={tok.head.dep_}", f"cam={int(bool(f.cameo))}",
                 f"noun={int(f.noun is not None)}", f"sent={min(ev.sentence or 0, 12) // 3}"]
        if ctx is not None:
            for name in ("negated", "future", "hypothetical", "conditional", "obligation",
                         "reported", "failed"):
                if getattr(ctx, name):
                    feats.append(f"ctx={name}")
            if ctx.blocked:
                feats.append("blocked")
            if ctx.speaker:
                feats.append("ctx=speaker")
                if ev.source in ctx.speaker:
                    feats.append("src=ctxspeaker")
        at = tok.idx
        quoted = any(s <= at < e for s, e in self._quotes())
        feats.append("quote" if quoted else "narr")
        spk = [sp for s, e, sp in self.statements if s <= at < e]
        if spk:
            feats.append("instmt")
            if ev.source in spk:
                feats.append("src=speaker")
        src = self.actor_by_id.get(ev.source) if ev.source else None
        tgt = self.actor_by_id.get(ev.target) if ev.target else None
        feats.append(f"sa={src.type if src is not None else 'none'}")
        ta = tgt.type if tgt is not None else ("text" if ev.target_text else "none")
        feats.append(f"ta={ta}")
        feats.append(f"speaker={int(any(sp == ev.source for _, _, sp in self.statements))}")
        base = list(feats)
        for extra in (f"g={gate}", f"r={_rule_name(ev.rule)}", f"lem={tok.lemma_.lower()}",
                      feats[-3], feats[-2]):
            feats.append(f"t={ev.type}|{extra}")
        feats.append(f"g={gate}|{base[-3]}")
        feats.append(f"g={gate}|{base[-2]}")
        feats.append(f"g={gate}|{'quote' if quoted else 'narr'}")
        feats.append("bias")
        return feats

    def _note_features(self, ev: PloverEvent, f: Frame, ctx: Context | None, gate: str) -> None:
        """Note an emitted record's features, and its broad alternatives: the type the CAMEO
        dictionary gives its verb where ours differs (``cameo-type``), and the speaker of a
        statement whose content holds the trigger as the source (``speaker-source``)."""
        if not self.noting:
            return
        self.ev_feats[id(ev)] = self._features(ev, f, ctx, gate)
        if self.dropped is None:
            return
        v = f.verb
        if ev.source is not None and f.cameo is None and self.lex.cameo is not None \
                and v.is_verb:
            try:
                cf = self._lookup_frame(v, self.lex.cameo.verbs)
            except Exception:  # a candidate is a guess
                cf = None
            if cf is not None and cf.type in QUAD and cf.type != ev.type:
                alt = replace(ev, type=cf.type, mode=cf.mode, quad=QUAD[cf.type],
                              rule=ev.rule + "+cameo-type")
                self.dropped.append(Candidate(alt, "cameo-type",
                                              self._features(alt, f, ctx, "cameo-type")))
        at = self.doc[v.i].idx
        for s, e, sp in self.statements:
            if s <= at < e and sp != ev.source and sp != ev.target:
                alt = replace(ev, source=sp, source_text=None, rule=ev.rule + "+speaker")
                self.dropped.append(Candidate(alt, "speaker-source",
                                              self._features(alt, f, ctx, "speaker-source")))

    def _drop_pairs(self, f: Frame, ctx: Context | None, rule: str, pairs: list[Pair],
                    gate: str) -> None:
        """Note the records a gate dropped (those with a source actor)."""
        if self.dropped is None:
            return
        v = f.verb
        for a, st, b, tt in pairs:
            if a is None or a == b:
                continue
            try:
                ev = self._record(f, rule, (a, st, b, tt), (v.i, v.i + 1), [], None, None)
            except Exception:  # a candidate is a guess: a phrase the record cannot place
                continue
            self.dropped.append(Candidate(ev, gate, self._features(ev, f, ctx, gate)))

    def _drop_args(self, f: Frame, ctx: Context | None, rule: str, args: Args,
                   gate: str) -> None:
        if self.dropped is None:
            return
        targets = [(b, t) for b, t in args.targets if b] or [(None, None)]
        self._drop_pairs(f, ctx, rule, [(a, s, b, t) for a, s in args.sources if a
                                        for b, t in targets], gate)

    def _drop(self, v: Token, f: Frame, ctx: Context, rule: str, gate: str,
              etype: str | None = None, mode: str | None = None) -> None:
        """Note a trigger the gates dropped before its arguments were read."""
        if self.dropped is None:
            return
        try:
            args = self.arguments(v, f)
            sources = self._pronoun_sources(args.sources or [(None, None)], ctx)
        except Exception:  # a candidate is a guess: arguments the rules never read
            return
        nf = Frame(etype or f.type, mode if etype else f.mode, f.key, v, noun=f.noun,
                   obj=f.obj, cameo=f.cameo, cameo_type=f.cameo_type, alone=f.alone)
        self._drop_args(nf, ctx, rule, Args(sources, args.targets), gate)

    def _drop_trigger(self, v: Token, ctx: Context | None, gate: str) -> None:
        """Note a verb a trigger gate left before its frame was read."""
        if self.dropped is None:
            return
        try:
            f = self._verb_frame(v)
            if f is None or f.type not in QUAD:
                return
            ctx = ctx or self.context(v)
        except Exception:  # a candidate is a guess
            return
        self._drop(v, f, ctx, "verb", gate)

    def _dropped_late(self, ev: PloverEvent, gate: str) -> None:
        """An event the last pass leaves out (recalled, background ...)."""
        if self.dropped is None or ev.source is None:
            return
        feats = self.ev_feats.get(id(ev))
        if feats is None:
            return
        feats = [x for x in feats if not x.startswith("g=") and "|g=" not in x
                 and not x.startswith("g=")] + [f"g={gate}", f"t={ev.type}|g={gate}"]
        self.dropped.append(Candidate(ev, gate, feats))


def context_features(source: str | None, etype: str, emitted: list[tuple[str | None, str]],
                     own: int | None = None) -> list[str]:
    """What the rules' other events of the document say of a record: whether its source has
    another event, and another of its type (``own``: the record's own index in ``emitted``,
    the rules' (source, type) pairs)."""
    others = [p for k, p in enumerate(emitted) if k != own]
    st = sum(1 for p in others if p == (source, etype))
    s = sum(1 for p in others if p[0] == source)
    return [f"have_st={min(st, 2)}", f"have_s={min(s, 3)}", f"t={etype}|have_st={min(st, 2)}",
            f"own={int(own is not None)}|have_st={min(st, 2)}"]


@lru_cache(maxsize=4)
def _load(path: str) -> dict[str, Any] | None:
    p = Path(path)
    if not p.exists():
        return None
    with np.load(p) as z:
        return {"w": z["w"].astype(np.float32), "t1": float(z["t1"]), "t2": float(z["t2"]),
                "bits": int(z["bits"])}


def load_keep_model(path: Path | None = None) -> dict[str, Any] | None:
    """The shipped weights and thresholds, or None (no file, or ``STANCEMAP_EVENT_MODEL=0``)."""
    if os.environ.get(ENV, "1") == "0":
        return None
    return _load(str(path or MODEL_PATH))


def takes_dropped(model: dict[str, Any]) -> bool:
    """Can the model keep a candidate the gates dropped? Not with ``t2`` 1 (off): no
    probability is over 1, so the coder need not note them (``select``)."""
    return model["t2"] < 1.0


def score(model: dict[str, Any], feats: list[str]) -> float:
    return hashed_probability(model["w"], feats, model["bits"])


def select(emitted: list[tuple[PloverEvent, float | None]],
           dropped: list[tuple[PloverEvent, float]], t1: float, t2: float
           ) -> list[PloverEvent]:
    """The events kept: the emitted ones not under ``t1`` (a score of None is kept), and the
    dropped ones over ``t2`` whose (source, type, target) no kept event has (an untargeted one
    only where no kept event has its source and type). ``t1`` 0 and ``t2`` 1 are off."""
    out = [e for e, p in emitted if p is None or p >= t1]
    have = {(e.source, e.type, e.target) for e in out}
    pairs = {(e.source, e.type) for e in out}
    added = False
    for e, p in sorted(dropped, key=lambda x: -x[1]):
        if p <= t2:
            continue
        key = (e.source, e.type, e.target)
        if key in have or (e.target is None and (e.source, e.type) in pairs):
            continue
        have.add(key)
        pairs.add((e.source, e.type))
        out.append(e)
        added = True
    if added:
        out.sort(key=lambda e: (e.evidence.start, e.trigger.start if e.trigger else 0))
    return out


def apply_keep_model(model: dict[str, Any], events: list[PloverEvent],
                     ev_feats: dict[int, list[str]], dropped: list[Candidate]
                     ) -> list[PloverEvent]:
    """The document's events after the model: see :func:`select`; ids given anew."""
    pairs = [(e.source, e.type) for e in events]
    emitted = [(e, score(model, ev_feats[id(e)] + context_features(e.source, e.type, pairs, k))
                if id(e) in ev_feats and e.source is not None else None)
               for k, e in enumerate(events)]
    cands = [(c.event, score(model, c.features + context_features(c.event.source,
                                                                  c.event.type, pairs)))
             for c in dropped]
    out = select(emitted, cands, model["t1"], model["t2"])
    for n, e in enumerate(out, 1):
        e.id = f"e{n}"
        if e.rule and not e.rule.startswith("model+") and any(e is c.event for c in dropped):
            e.rule = "model+" + e.rule
    return out
