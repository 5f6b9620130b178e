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
taken when its probability reaches the model's floor for the type, unless the act's rule is
one the model skips (stop 48: the families whose acts the choices were right for about one
time in eight, read leave one set out: a reported stance, a denial, an obligation), and
unless the model's gate (stop 49, ``act_signals``: a scorer over the act's own signals, of
whether gold names a target for such an act at all) rates it under its floor.

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
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from ..model import Span as TextSpan
from ..statements.hashed import hash_features
from . import spoken
from .records import PloverEvent
from .vocab import GOVERNMENT_NOUNS, OFFICE_HOLDER_NOUNS, QUAD, VOTING_VERBS

MODEL = Path(__file__).resolve().parent / "model" / "targets.npz"
#: trace hook of the training script: a list collects each document's options
TRACE: list[Any] | None = None
#: the sector code of a legislature, which a vote is cast in and never aimed at
LEGISLATURE = "LEG"
#: what the filled events' rule gets appended
TAG = "+target"
#: the act's own features (``act_features``); off: the stop-35 features alone
ACT_FEATURES = os.environ.get("STANCEMAP_TARGETS_ACT", "1") != "0"
_FIRST_PERSON = frozenset(("we", "i", "us", "me", "ourselves", "myself"))


@dataclass
class TargetModel:
    wt: np.ndarray  # (2**BITS,) option scorer
    floors: dict[str, float]  # per type: the least probability of the chosen option
    #: the fewest sentences a text must have: the scorer reads the story (who is most
    #: targeted, most mentioned, named before), which a lone sentence does not tell
    min_sentences: int = 2
    #: the proposing rules (a rule's family: its name before the first colon, "reported",
    #: "denial") whose acts are given no target: those whose acts the ranker's choices were
    #: seldom right for, read leave one set out (``scripts/train_event_targets.py``)
    skip: frozenset[str] = frozenset()
    #: the abstention gate (stop 49, issue #13): hashed weights over the act's own signals
    #: (``act_signals``) rating whether gold names a target for the act at all; a fill is
    #: made only where that probability reaches ``gate_floor`` (``None``: no gate)
    gate: np.ndarray | None = None
    gate_floor: float = 0.0

    def ranked(self, options: list[tuple[str, list[str]]], etype: str
               ) -> list[tuple[float, str]]:
        """The options' probabilities for an act of type ``etype``, highest first (ties in
        the options' order, as ``best`` breaks them)."""
        return sorted(((self.best([o], etype)[1], o[0]) for o in options), key=lambda x: -x[0])

    def aimed(self, signals: list[str]) -> bool:
        """Does the gate let an act with these signals (``act_signals``) be given a target?"""
        if self.gate is None:
            return True
        z = float(self.gate[hash_features(signals) & spoken.MASK].sum())
        return 1.0 / (1.0 + float(np.exp(-z))) >= self.gate_floor

    def takes(self, e: PloverEvent) -> bool:
        """Is ``e`` an act the model gives targets to (its type has a floor, its rule is not
        skipped)?"""
        return e.type in self.floors and rule_family(e.rule) not in self.skip

    def choose(self, e: PloverEvent, options: list[tuple[str, list[str]]],
               speakers: set[str]) -> str | None:
        """The target the model gives the untargeted act ``e`` (``speakers``: the story's
        speakers), or ``None``: the act is not taken, its best option is under the type's
        floor or the gate finds it aimed at no one."""
        if not options or not self.takes(e):
            return None
        ranked = self.ranked(options, e.type)
        q, target = ranked[0]
        if q < self.floors[e.type]:
            return None
        if self.gate is not None and not self.aimed(act_signals(e, options, ranked, speakers)):
            return None
        return target

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
    skip = frozenset(str(r) for r in z["skip_rules"]) if "skip_rules" in z else frozenset()
    gate = z["gate"].astype(np.float32) if "gate" in z else None
    gate_floor = float(z["gate_floor"]) if "gate_floor" in z else 0.0
    return TargetModel(z["wt"].astype(np.float32), floors, int(z["min_sentences"]), skip,
                       gate, gate_floor)


#: the option features whose presence on any option is a signal of the act (an object or a
#: recipient the parse finds, an option named after the trigger, a role in the source's words)
OPTION_SIGNALS = ("objname", "objelse", "recipelse", "objpron", "objgov", "after_trigger",
                  "r=", "answering", "spk_target", "subject", "content", "addressed", "side")
_QUOTES = '"\u201c\u201d'


def act_signals(e: PloverEvent, options: list[tuple[str, list[str]]],
                ranked: list[tuple[float, str]], speakers: set[str]) -> list[str]:
    """What says whether an act is aimed at anyone at all (the gate's features): its type,
    rule family, mode and quad class, whether its source speaks in the story, how many
    options it has, the best option's probability and its margin over the next, the length of
    its evidence and whether it quotes, and which of ``OPTION_SIGNALS`` any option has (the
    best option's own features, tried too, only blur it: stop 49)."""
    q = ranked[0][0]
    q2 = ranked[1][0] if len(ranked) > 1 else 0.0
    fam = rule_family(e.rule)
    text = e.evidence.text if e.evidence is not None else ""
    out = [f"type={e.type}", f"fam={fam}", f"mode={e.mode}", f"quad={e.quad}",
           f"speaks={e.source in speakers}", f"nopt#{min(6, len(options))}",
           f"q#{min(9, int(q * 10))}", f"marg#{min(5, int((q - q2) * 10))}",
           f"evlen#{min(4, len(text.split()) // 8)}",
           f"quote={any(c in text for c in _QUOTES)}", f"fam={fam}&type={e.type}"]
    have = {p for _, fs in options for x in fs for p in OPTION_SIGNALS if x.startswith(p)}
    return out + [f"any:{p}" for p in sorted(have)]


def rule_family(rule: str) -> str:
    """A rule's family: its name before the first colon ("reported" of "reported:[...]")."""
    return rule.split(":", 1)[0]


def event_options(doc: Doc, events: list[PloverEvent], types: set[str] | None = None,
                  acts: list[PloverEvent] | None = None
                  ) -> list[tuple[int, list[tuple[str, list[str]]]]]:
    """(index in ``events``, its options with their features) of each event with a source,
    no target and a type of ``types`` (all types: ``None``). ``acts``: events outside the
    story (a speaker's act read from its words, ``spoken``) whose options are asked instead,
    indexed in ``acts``; the story is that of ``events``."""
    todo = [k for k, e in enumerate(events) if e.source and e.target is None
            and (types is None or e.type in types)] if acts is None else list(range(len(acts)))
    if not todo:
        return []
    s = spoken.story(doc, events)
    asked = events if acts is None else acts
    mmap, actor_by_id, sents, starts = s["mmap"], s["actor_by_id"], s["sents"], s["starts"]
    said: dict[str, list[Any]] = {}
    for st in doc._.statements or []:
        if st.speaker and st.content is not None:
            said.setdefault(st.speaker, []).append(st)
    out = []
    for k in todo:
        e = asked[k]
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
        voting = _is_vote(doc, e)
        opts = [a for a in spoken.options_of(src, ctx) if a is not None
                and not _own_part(actor_by_id[src], actor_by_id.get(a))
                and not (voting and _legislature(actor_by_id.get(a)))]
        if opts:
            extra = act_features(doc, e, span, s, src, opts, events) if ACT_FEATURES else {}
            out.append((k, [(a, [f"rule={rule_family(e.rule)}",
                                 *spoken.target_features(a, src, actor_by_id, ctx),
                                 *extra.get(a, ())])
                            for a in opts]))
    return out


def statement_act(doc: Any, speaker: str, st: Any) -> PloverEvent:
    """A speaker's act read from one of its statements, as the ranker reads a rule's act: the
    cue as its trigger, the words from the speaker's name or cue to the content's end as its
    evidence (no type: the ranker crosses the options with it). ``doc``: anything with the
    text (a parse or the engine's output)."""
    parts = [x for x in (st.source, st.cue, st.content) if x is not None]
    lo, hi = min(x.start for x in parts), max(x.end for x in parts)
    return PloverEvent(id="", type="", mode=None, source=speaker, target=None, date=None,
                       quad="", evidence=TextSpan(lo, hi, doc.text[lo:hi]), trigger=st.cue,
                       rule=spoken.RULE)


def act_features(doc: Doc, e: PloverEvent, span: Any, s: dict[str, Any], src: str,
                 opts: list[str], events: list[PloverEvent] | None = None
                 ) -> dict[str, list[str]]:
    """What the act's own words and place say of each option: the words of the trigger's
    objects ("accused Republican leaders", "called on the government", "urged them": the
    option whose name shares a word, the source's own or the dateline's state for a word for
    those who govern, the nearest actor named before for a pronoun; an option they do not name
    when they name someone, and one a recipient does not name: "present options to member
    states" is no offer to the party named before), how near before the trigger the option
    was last named (rank among the options, sentences back), whether it is named after the
    trigger in its sentence, in the story's lede, and how often (rank among the options), and
    whether it is the source or the target of another event of the rules
    in the act's sentence or the two before (with the other event's quad class: "the army
    shelled the town; the ministry condemned ...")."""
    mmap, actor_by_id, sents, starts = s["mmap"], s["actor_by_id"], s["sents"], s["starts"]
    trig = (doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
            if e.trigger is not None else None)
    if trig is None or not len(trig):
        trig = span
    si = max(0, bisect_right(starts, trig.start) - 1)
    sent = sents[si]
    pos: dict[str, list[int]] = {a: [] for a in opts}
    for i, a in mmap.items():
        if a in pos:
            pos[a].append(i)
    before = {a: max((i for i in ps if i < trig.start), default=None) for a, ps in pos.items()}
    ranked = sorted((trig.start - b, a) for a, b in before.items() if b is not None)
    prox = {a: r for r, (_, a) in enumerate(ranked)}
    counts = sorted(((-len(ps), a) for a, ps in pos.items()), key=lambda x: x[0])
    mrank = {a: r for r, (_, a) in enumerate(counts)}
    lede_end = sents[min(1, len(sents) - 1)].end
    words, gov, pron, recip = _object_words(trig, sent)
    src_country = actor_by_id[src].country
    home = s["home"]
    after = list(dict.fromkeys(mmap[i] for i in range(trig.end, sent.end)
                               if i in mmap and mmap[i] in pos))
    nearby: dict[str, set[str]] = {}
    for ev in events or ():
        if ev is e or ev.evidence is None:
            continue
        tok = doc.char_span(ev.evidence.start, ev.evidence.end, alignment_mode="expand")
        if tok is None or not len(tok):
            continue
        back = si - max(0, bisect_right(starts, tok.start) - 1)
        if 0 <= back <= 2:
            quad = QUAD.get(ev.type, "")
            if ev.source:
                nearby.setdefault(ev.source, set()).add(f"nsrc:{quad}")
            if ev.target:
                nearby.setdefault(ev.target, set()).add(f"ntgt:{quad}")
    out: dict[str, list[str]] = {}
    for a in opts:
        act = actor_by_id.get(a)
        f: list[str] = []
        b = before[a]
        if b is None:
            f.append("prox=none")
        else:
            f.append(f"prox#{min(3, prox[a])}")
            sd = si - max(0, bisect_right(starts, b) - 1)
            f.append(f"sback={min(3, sd)}")
            if pron:
                f.append(f"objpron&prox#{min(3, prox[a])}")
        if a in after:
            f.append("after_trigger")
        if any(i < lede_end for i in pos[a]):
            f.append("lede")
        f.append(f"mrank#{min(3, mrank[a])}")
        if act is not None:
            f += _object_features(act, (words, gov, pron, recip), _name_words(doc, act, s),
                                  src_country, home)
        elif words and not gov and not pron:
            f.append("objelse")
        f += sorted(nearby.get(a, ()))
        out[a] = f
    return out


def _object_features(act: Any, objects: tuple[set[str], bool, bool, set[str]],
                     names: set[str], src_country: str | None, home: str | None) -> list[str]:
    """What the trigger's objects (``_object_words``) say of the option ``act``, whose name's
    words are ``names``: it shares a word with them ("objname"), they name something else
    ("objelse"), a recipient is named that is not it ("recipelse"), they name those who govern
    and it is a state (the source's own, the dateline's)."""
    words, gov, pron, recip = objects
    f: list[str] = []
    if words and words & names:
        f.append("objname")
    elif words and not gov and not pron:
        f.append("objelse")
    if recip and not recip & names:
        f.append("recipelse")
    if gov and act.type == "country":
        f.append("objgov")
        if act.country and act.country == src_country:
            f.append("objgov:own")
        if act.country and act.country == home:
            f.append("objgov:home")
    return f


def _object_words(trig: Any, sent: Any) -> tuple[set[str], bool, bool, set[str]]:
    """The content words of the trigger's objects and prepositional objects (and those of
    a verb it governs: "ready to work with X"), whether one is a word for those who govern,
    whether one is a pronoun, and the content words of a recipient it names without a word
    for those who govern or a pronoun ("present options to member states": the dative or
    the "to" phrase)."""
    root = trig.root
    heads = [root, *(c for c in root.children if c.dep_ in ("xcomp", "acomp"))]
    objs = []
    recipients = []
    for h in heads:
        for c in h.children:
            if c.dep_ in ("dobj", "dative", "iobj"):
                objs.append(c)
                if c.dep_ != "dobj":
                    recipients.append(c)
            elif c.dep_ == "prep" and c.lower_ != "by":
                pobjs = [o for o in c.children if o.dep_ == "pobj"]
                objs += pobjs
                if c.lower_ == "to":
                    recipients += pobjs
    words: set[str] = set()
    recip: set[str] = set()
    gov = pron = False
    for o in objs:
        toks = [t for t in o.subtree if sent.start <= t.i < sent.end][:12]
        o_gov = o_pron = False
        o_words: set[str] = set()
        for t in toks:
            lem = t.lemma_.lower()
            if t.pos_ == "PRON" and t.dep_ != "poss" and t.lower_ not in _FIRST_PERSON:
                o_pron = True
            if lem in GOVERNMENT_NOUNS or lem in OFFICE_HOLDER_NOUNS or \
                    t.lower_ in OFFICE_HOLDER_NOUNS:
                o_gov = True
            elif t.is_alpha and not t.is_stop and len(t) > 2:
                o_words.add(_stem(t.lower_))
        gov, pron = gov or o_gov, pron or o_pron
        words |= o_words
        if o in recipients and not o_gov and not o_pron:
            recip |= o_words
    return words, gov, pron, recip


def _name_words(doc: Doc, act: Any, s: dict[str, Any]) -> set[str]:
    """The content words of an actor's name and of the words that name it in the text, once
    per document and actor (kept in the story ``s``)."""
    cache = s.setdefault("name_words", {})
    if act.id in cache:
        return cache[act.id]
    if "text" not in s:
        s["text"] = doc.text  # (spaCy joins the tokens again on each read of ``doc.text``)
    text = s["text"]
    out = cache[act.id] = set()
    for txt in [act.name, *(text[m.start:m.end] for m in act.mentions)]:
        for w in txt.replace("'s", " ").split():
            w = "".join(ch for ch in w.lower() if ch.isalpha())
            if len(w) > 2 and w not in STOP_WORDS:
                out.add(_stem(w))
    return out


def _stem(w: str) -> str:
    """A crude stem: the plural's "s" and a trailing "e" off ("Conservatives" ~ "conservative")."""
    if len(w) > 4 and w.endswith("s"):
        w = w[:-1]
    return w[:-1] if len(w) > 4 and w.endswith("e") else w


def _own_part(source: Any, option: Any) -> bool:
    """Is ``option`` a part of the state that ``source`` is (its chamber, ministry, party)?
    A state's act is aimed abroad: on the readable folds one gold target in 79 of a state's
    untargeted acts was of its own country."""
    return source.type == "country" and option is not None and option.country == source.country


def _is_vote(doc: Doc, e: PloverEvent) -> bool:
    """Is the act a vote (its trigger a ``voting_verbs`` word)?"""
    if e.trigger is None:
        return False
    trig = doc.char_span(e.trigger.start, e.trigger.end, alignment_mode="expand")
    return trig is not None and any(t.lemma_.lower() in VOTING_VERBS for t in trig)


def _legislature(option: Any) -> bool:
    """Is ``option`` a legislature? A vote is cast in a chamber, not aimed at it ("the
    Commons approved the bill; the Conservatives voted against it")."""
    return option is not None and option.sector == LEGISLATURE


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
    speakers = {st.speaker for st in doc._.statements or () if st.speaker}
    n = 0
    for k, options in opts:
        e = events[k]
        target = model.choose(e, options, speakers)
        if target is None:
            continue
        e.target = target
        e.rule = f"{e.rule}{TAG}"
        n += 1
    return n
