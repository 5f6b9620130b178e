"""Targets for the rules' untargeted acts: a trained ranker over the actors of the story.

Of the rules' events whose source and type gold confirms, about one in five carries no target
where gold names one ("the ministry condemned the attack": the attack's author is named two
sentences before; "the union said the decision was a betrayal": the government the story is
about). An event without a target cannot be wrong about it, and one with a target gold does
not name is no error either (the scorer asks for the target only where gold names one), so
an act whose target is read well gains the events_target layer and costs nothing there.

For each event of the rules with a source and no target (of the types in the model's
``types``), the options are the actors named in its evidence, in its sentence and the one
before, those the parse ties to its trigger and content (``spoken.parse_roles``: the
trigger's objects, the subjects and objects of the content's predicates, a state a capital
or a demonym names), and the story's most targeted, most active and most mentioned actors;
each is described by ``spoken.target_features`` (with the statements of the source when it
is a speaker) and rated by a logistic scorer crossed with the event's type. The best option is
taken when its probability reaches the model's floor for the type.

Weights: ``model/targets.npz``, written by ``scripts/train_event_targets.py``; without it, or
with ``STANCEMAP_EVENT_TARGETS=0``, nothing is changed (``STANCEMAP_EVENT_TARGETS_MODEL``: another
weights file).
"""

from __future__ import annotations

import os
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc

from ..model import Span as TextSpan
from ..statements.hashed import hash_features
from . import spoken
from .records import PloverEvent

MODEL = Path(__file__).resolve().parent / "model" / "targets.npz"
#: trace hook of the training script: a list collects each document's options
TRACE: list[Any] | None = None
#: what the filled events' rule gets appended
TAG = "+target"


@dataclass
class TargetModel:
    wt: np.ndarray  # (2**BITS,) option scorer
    floors: dict[str, float]  # per type: the least probability of the chosen option
    #: the fewest sentences a text must have: the scorer reads the story (who is most
    #: targeted, most mentioned, named before), which a lone sentence does not tell
    min_sentences: int = 2

    def best(self, options: list[tuple[str, list[str]]], etype: str
             ) -> tuple[str | None, float]:
        """The option rated highest for an act of type ``etype`` and its probability."""
        best, prob = None, 0.0
        for a, feats in options:
            z = float(self.wt[hash_features(spoken.typed(feats, etype)) & spoken.MASK].sum())
            q = 1.0 / (1.0 + float(np.exp(-z)))
            if best is None or q > prob:
                best, prob = a, q
        return best, prob


@lru_cache(maxsize=1)
def load_model(path: str | None = None) -> TargetModel | None:
    p = Path(path) if path else MODEL
    if not p.exists():
        return None
    z = np.load(p)
    floors = {str(t): float(f) for t, f in zip(z["types"], z["floors"], strict=True)}
    return TargetModel(z["wt"].astype(np.float32), floors, int(z["min_sentences"]))


def event_options(doc: Doc, events: list[PloverEvent], types: set[str] | None = None
                  ) -> list[tuple[int, list[tuple[str, list[str]]]]]:
    """(index in ``events``, its options with their features) of each event with a source,
    no target and a type of ``types`` (all types: ``None``)."""
    todo = [k for k, e in enumerate(events) if e.source and e.target is None
            and (types is None or e.type in types)]
    if not todo:
        return []
    s = spoken.story(doc, events)
    mmap, actor_by_id, sents, starts = s["mmap"], s["actor_by_id"], s["sents"], s["starts"]
    said: dict[str, list[Any]] = {}
    for st in doc._.statements or []:
        if st.speaker and st.content is not None:
            said.setdefault(st.speaker, []).append(st)
    out = []
    for k in todo:
        e = events[k]
        src = e.source
        span = doc.char_span(e.evidence.start, e.evidence.end, alignment_mode="expand")
        if span is None or not len(span) or src not in actor_by_id:
            continue
        si = max(0, bisect_right(starts, span.start) - 1)
        lo = sents[si - 1].start if si > 0 else sents[si].start
        content = list(dict.fromkeys(mmap[t.i] for t in span if t.i in mmap
                                     and mmap[t.i] != src))
        near = list(dict.fromkeys(mmap[i] for i in range(lo, sents[si].end)
                                  if i in mmap and mmap[i] != src))
        subjects = {mmap[t.i] for t in span if t.i in mmap and t.dep_ in ("nsubj", "nsubjpass")}
        own = actor_by_id[src].country
        roles: dict[str, Counter[str]] = {}
        act = _Act(src, e.trigger)
        for a, rs in spoken.parse_roles(doc, act, span, mmap, sents, si, s["states"],
                                        s["home"], own, inside=True).items():
            roles.setdefault(a, Counter()).update(rs)
        for st in said.get(src, ()):
            sp = doc.char_span(st.content.start, st.content.end, alignment_mode="expand")
            if sp is None or not len(sp):
                continue
            ssi = max(0, bisect_right(starts, sp.start) - 1)
            for a, rs in spoken.parse_roles(doc, st, sp, mmap, sents, ssi, s["states"],
                                            s["home"], own).items():
                roles.setdefault(a, Counter()).update(f"said:{r}" for r in rs)
        ctx = spoken.speaker_context(s, src, content, near, subjects, roles)
        opts = [a for a in spoken.options_of(src, ctx) if a is not None
                and not _own_part(actor_by_id[src], actor_by_id.get(a))]
        if opts:
            out.append((k, [(a, [f"rule={e.rule.split(':')[0]}",
                                 *spoken.target_features(a, src, actor_by_id, ctx)])
                            for a in opts]))
    return out


def _own_part(source: Any, option: Any) -> bool:
    """Is ``option`` a part of the state that ``source`` is (its chamber, ministry, party)?
    A state's act is aimed abroad: on the readable folds one gold target in 79 of a state's
    untargeted acts was of its own country."""
    return source.type == "country" and option is not None and option.country == source.country


@dataclass
class _Act:
    """An event read as a statement by ``spoken.parse_roles``: its source and trigger."""

    speaker: str
    cue: TextSpan | None


def fill_targets(doc: Doc, events: list[PloverEvent], model: TargetModel | None = None
                 ) -> int:
    """Give the rules' untargeted acts of ``doc`` the target the model chooses, in place;
    the number of events given one."""
    if model is None and os.environ.get("STANCEMAP_EVENT_TARGETS", "1") != "0":
        model = load_model(os.environ.get("STANCEMAP_EVENT_TARGETS_MODEL"))
    if model is None and TRACE is None:
        return 0
    types = set(model.floors) if model is not None and TRACE is None else None
    opts = event_options(doc, events, types)
    if TRACE is not None:
        TRACE.append(opts)
    if model is None:
        return 0
    if sum(1 for _ in doc.sents) < model.min_sentences:
        return 0
    n = 0
    for k, options in opts:
        e = events[k]
        if e.type not in model.floors:
            continue
        target, q = model.best(options, e.type)
        if target is None or q < model.floors[e.type]:
            continue
        e.target = target
        e.rule = f"{e.rule}{TAG}"
        n += 1
    return n
