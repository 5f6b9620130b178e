"""Events from what speakers say: a trained classifier over the engine's attributed statements.

Gold codes many events from the words of a statement alone: a quoted verdict with no word of
blame is the speaker's ACCUSE ('the vote was "a farce"'), "the council must act now" a
REQUEST, "this is not on the table" a REJECT. The rules code such acts only where a trigger
word says so. This module asks, for each speaker actor of the document's statements (gold codes
a speaker's act per document, so one candidate per speaker: the union of its statements'
features), a one-vs-rest logistic regression per PLOVER type (``TYPES``) over hashed features
(:func:`statement_features`: lemmas, negation, second person and imperatives, modal verbs, the
word classes of ``data/stance_*.tsv`` and the event tables, VADER's valence, the actors named
in the content and their types, the cue verb's event type; the speaker's mentions, stances and
the types the rules give it). Where a type's probability is over its threshold the speaker gets
one event of that type, aimed at the actor a second model (:func:`target_features`) rates
highest among the actors named in or around its statements, the targets and sources of the
rules' events and the most mentioned actors (or none), when that choice's probability reaches
the model's target floor. Never a type the rules already give that source in the document.

Weights: ``model/spoken.npz``, written by ``scripts/train_spoken_events.py``. **None ship**
(stop 34): on the leave-one-set-out folds the classifier did not raise events F1 without
lowering events_target (README, "Where the event model lives"); without the file, or with
``STANCEMAP_SPOKEN_EVENTS=0``, the stage adds nothing and costs nothing.
"""

from __future__ import annotations

import os
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc, Span

from ..model import Span as TextSpan
from ..statements.hashed import bucket, hash_features
from .lexicon import load_lexicon
from .records import PloverEvent
from .vocab import QUAD

MODEL = Path(__file__).resolve().parent / "model" / "spoken.npz"
DATA = Path(__file__).resolve().parents[1] / "data"
BITS = 18
MASK = (1 << BITS) - 1
#: the types the classifier is asked about (the types gold codes from statements)
TYPES = ("ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT", "AGREE", "CONSULT", "CONCEDE")
#: the rule name the events carry
RULE = "spoken"
#: trace hook of the training script: a list collects each document's candidates
TRACE: list[Any] | None = None

_SECOND = frozenset(("you", "your", "yours", "yourself", "yourselves"))
_FIRST = frozenset(("we", "our", "us", "ours", "i", "my", "me"))


@dataclass
class Candidate:
    """One speaker of attributed statements: its features, where its first statement's content
    lies (the evidence) and the actors its event may be aimed at, each with its features."""

    speaker: str
    features: list[str]
    start: int  # char offsets of the content (the event's evidence)
    end: int
    targets: list[tuple[str | None, list[str]]] = field(default_factory=list)
    sentence: int = 0


# ------------------------------------------------------------------------------------------
# word classes


def _rows(name: str) -> list[list[str]]:
    path = DATA / name
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        out.append(line.split("\t"))
    return out


@lru_cache(maxsize=1)
def word_classes() -> dict[str, tuple[str, ...]]:
    """Lemma -> the word classes it belongs to, from the stance and event tables."""
    classes: dict[str, set[str]] = {}

    def add(word: str, cls: str) -> None:
        word = word.strip().lower()
        if word and " " not in word and "[" not in word:
            classes.setdefault(word, set()).add(cls)

    for r in _rows("stance_evaluatives.tsv"):
        if len(r) >= 2:
            add(r[0], f"eval:{r[1]}")
    for r in _rows("stance_verbs.tsv"):
        if len(r) >= 2:
            add(r[0], f"sverb:{r[1]}")
    for r in _rows("stance_accusation.tsv"):
        add(r[0], "accusation")
    for r in _rows("stance_words.tsv"):
        if len(r) >= 2:
            for w in r[1].split():
                add(w, f"sw:{r[0]}")
    for r in _rows("stance_hedges.tsv"):
        add(r[0], "hedge")
    lex = load_lexicon()
    for key, e in lex.verbs.items():
        add(key, f"ev:{e.type}")
    for key, e in lex.speaker.items():
        add(key, f"evspk:{e.type}")
    for key, n in lex.nouns.items():
        if n.type:
            add(key, f"en:{n.type}")
    return {k: tuple(sorted(v)) for k, v in classes.items()}


@lru_cache(maxsize=1)
def _vader() -> _VaderView:
    from ..relations.lexicon import load_lexicon as relation_lexicon

    return _VaderView(relation_lexicon())


class _VaderView(dict):
    """VADER's valence of a word, through the relation lexicon (cached per word)."""

    def __init__(self, lex: Any) -> None:
        super().__init__()
        self.lex = lex

    def __missing__(self, word: str) -> float:
        v = float(self.lex.word_valence(word))
        self[word] = v
        return v


def _cue_type(lemma: str) -> str | None:
    lex = load_lexicon()
    e = lex.verbs.get(lemma) or lex.speaker.get(lemma)
    if e is None and lex.cameo is not None:
        e = lex.cameo.verbs.get(lemma)
    return e.type if e is not None else None


# ------------------------------------------------------------------------------------------
# features


def _tokens(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _cue_features(doc: Doc, st: Any, classes: dict[str, tuple[str, ...]]) -> list[str]:
    """The cue's lemma, part of speech, event type and word classes, and its negation."""
    if st.cue is None:
        return ["cue=none"]
    cue = _tokens(doc, st.cue.start, st.cue.end)
    if cue is None or not len(cue):
        return []
    head = cue.root
    lem = head.lemma_.lower()
    f = [f"cue={lem}", f"cuepos={head.pos_}", f"cuetype={_cue_type(lem)}"]
    f += [f"cuecls={c}" for c in classes.get(lem, ())]
    if any(c.dep_ == "neg" for c in head.children):
        f.append("cueneg")
    return f


def statement_features(doc: Doc, st: Any, actor_by_id: dict[str, Any]) -> list[str]:
    """The hashed feature strings of one statement (content and cue)."""
    f = ["bias", f"kind={st.kind}", f"attr={getattr(st, 'attribution', '')}"]
    speaker = actor_by_id.get(st.speaker)
    stype = speaker.type if speaker is not None else "?"
    f.append(f"spk={stype}")
    span = _tokens(doc, st.content.start, st.content.end)
    classes = word_classes()
    vader = _vader()
    mmap = doc._.mention_map or {}
    f += _cue_features(doc, st, classes)
    if span is None or not len(span):
        return f
    n = len(span)
    f.append(f"len={bucket(n)}")
    neg = pos = 0.0
    actors: list[str] = []
    for t in span:
        if t.is_punct or t.is_space:
            continue
        lem = t.lemma_.lower()
        low = t.lower_
        if not t.is_stop and t.is_alpha:
            f.append(f"l={lem}")
        for c in classes.get(lem, ()):
            f.append(f"c={c}")
        if t.dep_ == "neg":
            f.append("neg")
            f.append(f"neg={t.head.lemma_.lower()}")
            for c in classes.get(t.head.lemma_.lower(), ()):
                f.append(f"negc={c}")
        if t.tag_ == "MD":
            f.append(f"md={lem}")
            f.append(f"md>{t.head.lemma_.lower()}")
        if low in _SECOND:
            f.append("2p")
        if low in _FIRST:
            f.append("1p")
        if t.dep_ == "ROOT" or (t.head.i < span.start or t.head.i >= span.end):
            if t.pos_ in ("VERB", "AUX", "ADJ", "NOUN"):
                f.append(f"root={lem}")
                if t.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux")
                                              for c in t.children):
                    f.append("imp")
                    f.append(f"imp={lem}")
        if t.is_alpha:
            v = vader[lem]
            if v < 0:
                neg += v
            elif v > 0:
                pos += v
        a = mmap.get(t.i)
        if a is not None and (not actors or actors[-1] != a):
            actors.append(a)
    f.append(f"vneg={int(max(-4, neg))}")
    f.append(f"vpos={int(min(4, pos))}")
    if neg < -1 and pos < 1:
        f.append("vnegonly")
    others = [a for a in dict.fromkeys(actors) if a != st.speaker]
    f.append(f"nact={min(3, len(others))}")
    for a in others:
        act = actor_by_id.get(a)
        f.append(f"act={act.type if act is not None else '?'}")
    if st.speaker in actors:
        f.append("self")
    if any(q in doc.text[max(0, st.content.start - 1):st.content.end + 1] for q in "\"“”"):
        f.append("quoted")
    return f


def target_features(cand_actor: str | None, speaker: str, actor_by_id: dict[str, Any],
                    ctx: dict[str, Any]) -> list[str]:
    """Features of one possible target of a speaker's event (``None``: no target). ``ctx``:
    the actors named in the speaker's statements (``content``, in order; ``subjects``, as a
    clause's subject there), around them (``near``), the targets of the rules' events, most
    frequent first (``addressed``), the sources of the rules' events (``actors``), the actors
    most mentioned (``mentioned``), the rules' targets of this speaker (``speaker_targets``)
    and the sources of events aimed at it (``answering``)."""
    content = ctx["content"]
    if cand_actor is None:
        return ["none", f"none&n={min(3, len(content))}"]
    act = actor_by_id.get(cand_actor)
    sp = actor_by_id.get(speaker)
    f = ["bias", f"type={act.type if act is not None else '?'}"]
    if cand_actor in content:
        f.append("content")
        f.append(f"content#{min(3, content.index(cand_actor))}")
    if cand_actor in ctx["subjects"]:
        f.append("subject")
    if cand_actor in ctx["near"]:
        f.append("near")
    for name in ("addressed", "actors", "mentioned"):
        ranks = ctx[name]
        if cand_actor in ranks:
            f.append(f"{name}#{ranks.index(cand_actor)}")
            f.append(name)
    if cand_actor in ctx["speaker_targets"]:
        f.append("spk_target")
    if cand_actor in ctx["answering"]:
        f.append("answering")
    if act is not None and sp is not None:
        if act.country and act.country == sp.country:
            f.append("same_country")
        f.append(f"pair={sp.type}>{act.type}")
    return f


def candidates(doc: Doc, events: list[Any]) -> list[Candidate]:
    """One candidate per speaker actor of the document's statements: the union of its
    statements' features (gold codes a speaker's act per document, not per statement) with
    what the speaker is in the story, and the actors its event may be aimed at."""
    stmts = doc._.statements or []
    actor_by_id = {a.id: a for a in doc._.actors or []}
    mmap = doc._.mention_map or {}
    # the story's addressed actors: targets of the engine's events, most frequent first
    addressed = [a for a, _ in Counter(e.target for e in events if e.target).most_common(3)]
    by_source: dict[str, set[str]] = {}
    kinds: dict[str, set[str]] = {}
    for e in events:
        if e.source:
            kinds.setdefault(e.source, set()).add(e.type)
            if e.target:
                by_source.setdefault(e.source, set()).add(e.target)
    stances: dict[str, Counter[str]] = {}
    for st in doc._.stances or []:
        stances.setdefault(st.actor, Counter())[str(st.polarity).lower()] += 1
    mentions = Counter(mmap.values())
    top = [a for a, _ in mentions.most_common(2)]
    mentioned = [a for a, _ in mentions.most_common(3)]
    doers = [a for a, _ in Counter(e.source for e in events if e.source).most_common(3)]
    aimed: dict[str, set[str]] = {}
    for e in events:
        if e.source and e.target:
            aimed.setdefault(e.target, set()).add(e.source)
    sents = list(doc.sents)
    starts = [s.start for s in sents]
    per: dict[str, Candidate] = {}
    seen: dict[str, set[str]] = {}
    options: dict[str, tuple[list[str], list[str]]] = {}
    for st in stmts:
        if not st.speaker or st.speaker not in actor_by_id or st.content is None:
            continue
        span = _tokens(doc, st.content.start, st.content.end)
        if span is None or not len(span):
            continue
        in_content = [mmap[t.i] for t in span if t.i in mmap and mmap[t.i] != st.speaker]
        si = max(0, bisect_right(starts, span.start) - 1)
        lo = sents[si - 1].start if si > 0 else sents[si].start
        near = [mmap[i] for i in range(lo, span.end) if i in mmap and mmap[i] != st.speaker]
        feats = statement_features(doc, st, actor_by_id)
        c = per.get(st.speaker)
        if c is None:
            c = per[st.speaker] = Candidate(st.speaker, [], st.content.start, st.content.end,
                                            [], si)
            seen[st.speaker] = set()
            options[st.speaker] = ([], [], [])
        new = [x for x in feats if x not in seen[st.speaker]]
        seen[st.speaker].update(new)
        c.features += new
        options[st.speaker][0].extend(in_content)
        options[st.speaker][1].extend(near)
        options[st.speaker][2].extend(
            mmap[t.i] for t in span if t.i in mmap and t.dep_ in ("nsubj", "nsubjpass"))
    for speaker, c in per.items():
        n = sum(1 for st in stmts if st.speaker == speaker)
        c.features += [f"nst={bucket(n)}", f"ment={bucket(mentions[speaker])}"]
        if speaker in top:
            c.features.append(f"top{top.index(speaker)}")
        c.features += [f"has={t}" for t in sorted(kinds.get(speaker, ()))]
        for pol, k in sorted(stances.get(speaker, Counter()).items()):
            c.features.append(f"stance={pol}")
            c.features.append(f"stance={pol}:{bucket(k)}")
        in_content = list(dict.fromkeys(options[speaker][0]))
        near = list(dict.fromkeys(options[speaker][1]))
        ctx = {"content": in_content, "near": near, "addressed": addressed,
               "actors": doers, "mentioned": mentioned, "subjects": set(options[speaker][2]),
               "speaker_targets": by_source.get(speaker, set()),
               "answering": aimed.get(speaker, set())}
        opts = [None, *dict.fromkeys(
            a for a in [*in_content, *near, *addressed, *doers, *mentioned] if a != speaker)]
        c.targets = [(a, target_features(a, speaker, actor_by_id, ctx)) for a in opts]
    return list(per.values())


# ------------------------------------------------------------------------------------------
# the model


def typed(features: list[str], etype: str) -> list[str]:
    """A target option's features, alone and crossed with the event's type."""
    return [*features, *(f"{etype}&{f}" for f in features)]


@dataclass
class SpokenModel:
    w: np.ndarray  # (len(types), 2**BITS)
    wt: np.ndarray  # (2**BITS,) target scorer
    thresholds: np.ndarray  # per type
    types: tuple[str, ...]
    target_floor: float = 0.0  # the least probability of the chosen target

    def probs(self, features: list[str]) -> np.ndarray:
        idx = hash_features(features) & MASK
        z = self.w[:, idx].sum(axis=1)
        return 1.0 / (1.0 + np.exp(-z))

    def target(self, targets: list[tuple[str | None, list[str]]], etype: str
               ) -> tuple[str | None, float]:
        """The option the target scorer rates highest for an event of type ``etype``, and
        its probability of being the gold target."""
        best, score = None, -1e9
        for a, feats in targets:
            s = float(self.wt[hash_features(typed(feats, etype)) & MASK].sum())
            if s > score:
                best, score = a, s
        return best, 1.0 / (1.0 + float(np.exp(-score)))


@lru_cache(maxsize=1)
def load_model(path: str | None = None) -> SpokenModel | None:
    p = Path(path) if path else MODEL
    if not p.exists():
        return None
    z = np.load(p)
    return SpokenModel(z["w"].astype(np.float32), z["wt"].astype(np.float32),
                       z["thresholds"].astype(np.float32), tuple(str(t) for t in z["types"]),
                       float(z["target_floor"]))


def decide(cands: list[Candidate], rule_pairs: set[tuple[str, str]], model: SpokenModel
           ) -> list[tuple[Candidate, str, str | None, float]]:
    """The (candidate, type, target, probability) of the events to add: per (speaker, type)
    the most probable statement over the type's threshold, where the rules give that speaker
    no event of that type."""
    best: dict[tuple[str, str], tuple[float, Candidate]] = {}
    for c in cands:
        p = model.probs(c.features)
        for k, t in enumerate(model.types):
            if (c.speaker, t) in rule_pairs or p[k] < model.thresholds[k]:
                continue
            if (c.speaker, t) not in best or p[k] > best[(c.speaker, t)][0]:
                best[(c.speaker, t)] = (float(p[k]), c)
    out = []
    for (_, t), (p, c) in best.items():
        target, q = model.target(c.targets, t)
        if q >= model.target_floor:
            out.append((c, t, target, p))
    return out


def spoken_events(doc: Doc, events: list[PloverEvent], model: SpokenModel | None = None
                  ) -> list[PloverEvent]:
    """The events the classifier adds to ``events`` (the rules' events of ``doc``)."""
    model = model or (None if os.environ.get("STANCEMAP_SPOKEN_EVENTS", "1") == "0"
                      else load_model())
    if model is None and TRACE is None:
        return []
    cands = candidates(doc, events)
    if TRACE is not None:
        TRACE.append(cands)
    if model is None or not cands:
        return []
    rule_pairs = {(e.source, e.type) for e in events if e.source}
    article = doc._.article
    pub = getattr(article, "date", None) if article is not None else None
    out = []
    for c, t, target, _p in sorted(decide(cands, rule_pairs, model), key=lambda x: (
            x[0].start, x[1])):
        text = doc.text[c.start:c.end]
        out.append(PloverEvent(
            id="", type=t, mode=None, source=c.speaker, target=target, date=pub,
            quad=QUAD[t], evidence=TextSpan(c.start, c.end, text), rule=f"{RULE}:{t}",
            sentence=c.sentence, date_granularity="day" if pub else None))
    return out
