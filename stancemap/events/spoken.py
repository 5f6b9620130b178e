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

The target may instead be chosen by the rules' target ranker (``targets.npz``), which reads the
speaker's first statement as an act (``targets.statement_act``: the cue as trigger); the
weights file says so (``ranker``, and ``agree``: only where both choices are the same actor).

Weights: ``model/spoken.npz``, written by ``scripts/train_spoken_events.py``. None ship: at
stops 34 and 37 the classifier did not raise events F1 on the leave-one-set-out folds without
lowering events_target or a fold; at stop 48 (29 folds, thresholds chosen for three added events
right in five, ACCUSE alone on) it raised them, but its accusations carry gold's target too
seldom for SEESAW's triplets (precision fell). Without the file, or with
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

from ..actors.dateline import dateline_state
from ..actors.gazetteer import gazetteer
from ..model import Span as TextSpan
from ..statements.hashed import bucket, hash_features
from .lexicon import load_lexicon
from .records import PloverEvent
from .vocab import OFFICE_HOLDER_NOUNS, QUAD

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
    first: Any = None  # the first statement (the act the target ranker reads)
    #: the target ranker's options for the act of ``first`` (``targets.event_options``)
    acts: list[tuple[str, list[str]]] | None = None


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


def _actor_of(tok: Any, mmap: dict[int, str]) -> str | None:
    """The actor a noun phrase names: its head's, else that of a word that modifies it
    ("Russia's actions", "the Kremlin spokesman")."""
    a = mmap.get(tok.i)
    if a is not None:
        return a
    for c in tok.children:
        if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i in mmap:
            return mmap[c.i]
    return None


def _valence(tok: Any, classes: dict[str, tuple[str, ...]]) -> str:
    """'neg', 'pos' or '' of a predicate: VADER's valence of its lemma, an accusation word or a
    negative evaluative of the stance tables, or a negated positive word."""
    lem = tok.lemma_.lower()
    v = _vader()[lem] if tok.is_alpha else 0.0
    cls = classes.get(lem, ())
    if "accusation" in cls or any(c.startswith("eval:neg") for c in cls):
        v = min(v, -1.0)
    if any(c.dep_ == "neg" for c in tok.children):
        v = -v
    return "neg" if v < 0 else "pos" if v > 0 else ""


def parse_roles(doc: Doc, st: Any, span: Span, mmap: dict[int, str],
                sents: list[Span], si: int, states: dict[str, str] | None = None,
                home: str | None = None, own: str | None = None, inside: bool = False
                ) -> dict[str, set[str]]:
    """What the parse says of each actor around one statement (actor -> role strings): the
    addressee of the cue ("urged X to", "told X", "called on X": ``addr``, with the
    preposition), the subject and object of the content's predicates, with the predicate's
    valence and whether the speaker's side ("we", "I", the speaker) is the subject
    (``subj``/``obj``, ``:neg``/``:pos``, ``:self``), the owner of a subject ("X's actions",
    ``subjposs``), and the actor a second-person quote addresses: the cue's addressee, else the
    first other actor named in the sentence before or after (``you``). ``states``: the
    story's country actors by ISO code; a word of the content no actor covers that names a
    state (a capital, a demonym: ``place:capital``) or a word for those who govern
    (``office_holder_nouns``: ``gov``) points at that state, the latter at the speaker's
    state (``own``: ``gov:own``) and at the dateline's (``home``: ``gov:home``). ``inside``:
    the cue lies in ``span`` (an event's trigger in its evidence), its objects are read
    there too."""
    roles: dict[str, set[str]] = {}

    def add(a: str | None, role: str) -> None:
        if a is not None and a != st.speaker:
            roles.setdefault(a, set()).add(role)

    addressees = _cue_roles(doc, st, span, mmap, add, inside)
    _content_roles(st, span, mmap, add)
    if states:
        _state_words(span, mmap, states, home, own, add)
    if any(t.lower_ in _SECOND for t in span):
        you = addressees[:1]
        if not you:
            for k in (si - 1, si + 1):
                if 0 <= k < len(sents):
                    you = [mmap[i] for i in range(sents[k].start, sents[k].end)
                           if i in mmap and mmap[i] != st.speaker][:1]
                    if you:
                        break
        for a in you:
            add(a, "you")
    return roles


def _cue_roles(doc: Doc, st: Any, span: Span, mmap: dict[int, str], add: Any,
               inside: bool) -> list[str]:
    """The cue's objects and prepositional objects (``addr``); the addressees, in order."""
    addressees: list[str] = []
    cue = _tokens(doc, st.cue.start, st.cue.end) if st.cue is not None else None
    if cue is None or not len(cue):
        return addressees
    for c in cue.root.children:
        if span.start <= c.i < span.end and not inside:
            continue
        if c.dep_ in ("dobj", "dative", "iobj"):
            a = _actor_of(c, mmap)
            add(a, "addr")
            add(a, f"addr:{c.dep_}")
            if a is not None:
                addressees.append(a)
        elif c.dep_ == "prep":
            for o in c.children:
                if o.dep_ == "pobj":
                    a = _actor_of(o, mmap)
                    add(a, f"addr:{c.lower_}")
                    if a is not None and c.lower_ != "by":
                        addressees.append(a)
    return addressees


def _content_roles(st: Any, span: Span, mmap: dict[int, str], add: Any) -> None:
    """The subjects and objects of the content's predicates, with their valence."""
    classes = word_classes()
    for t in span:
        if t.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "attr"):
            continue
        a = _actor_of(t, mmap)
        pred = t.head.head if t.dep_ == "pobj" else t.head
        if not (span.start <= pred.i < span.end):
            continue
        val = _valence(pred, classes)
        subj = _child_of(pred, ("nsubj", "nsubjpass"))
        self_subj = subj is not None and (subj.lower_ in _FIRST or mmap.get(subj.i) == st.speaker)
        role = "subj" if t.dep_ in ("nsubj", "nsubjpass") else "obj"
        if a is None:
            if role == "subj":
                for c in t.children:
                    if c.dep_ == "poss" and c.i in mmap:
                        add(mmap[c.i], "subjposs")
                        add(mmap[c.i], f"subjposs:{val}")
            continue
        add(a, role)
        add(a, f"{role}:{val}")
        if role == "obj" and self_subj:
            add(a, f"obj:self:{val}")
        if pred.dep_ == "ROOT" or not (span.start <= pred.head.i < span.end):
            add(a, f"root{role}")


def _state_words(span: Span, mmap: dict[int, str], states: dict[str, str], home: str | None,
                 own: str | None, add: Any) -> None:
    """Words no actor covers that point at a state: office-holder words, capitals, demonyms."""
    gaz = gazetteer()
    for t in span:
        if t.i in mmap or not t.is_alpha:
            continue
        if t.lower_ in OFFICE_HOLDER_NOUNS or t.lemma_.lower() in OFFICE_HOLDER_NOUNS:
            if own and own in states:
                add(states[own], "gov:own")
            if home and home in states:
                add(states[home], "gov:home")
        elif t.pos_ in ("PROPN", "ADJ"):
            e = gaz.lookup(t.text)
            if e is not None and e.code in states:
                add(states[e.code], f"place:{e.kind}")


def _child_of(tok: Any, deps: tuple[str, ...]) -> Any:
    return next((c for c in tok.children if c.dep_ in deps), None)


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
    for key, ranks in ctx.get("by_type", {}).items():
        if cand_actor in ranks:
            f.append(f"ta:{key}#{ranks.index(cand_actor)}")
    side = ctx.get("sides", {}).get(cand_actor)
    if side:
        f.append(f"side={side}")
    roles = ctx.get("roles", {}).get(cand_actor, Counter())
    for role in sorted(roles):
        f.append(f"r={role}")
    if roles:
        top = roles.most_common(1)[0][1]
        f.append(f"rn={bucket(sum(roles.values()))}")
        f.append(f"rtop={bucket(top)}")
    if act is not None and sp is not None:
        same = bool(act.country and act.country == sp.country)
        if same:
            f.append("same_country")
        f.append(f"pair={sp.type}>{act.type}")
        f.append(f"pair={sp.type}>{act.type}:{'same' if same else 'other'}")
        if same and act.type == "country":
            f.append("own_state")
            f.append(f"own_state&sector={sp.sector}")
    return f


def story(doc: Doc, events: list[Any]) -> dict[str, Any]:
    """What the story is, for the target options of any act in it: the actors, the mention
    map, the targets of the rules' events (most frequent first: ``addressed``; per type and
    quad class: ``by_type``), their sources (``doers``), each source's targets and the sources
    aimed at each actor, the actors most mentioned, the stances each actor holds, the
    sentences, the story's country actors by code and the dateline's state."""
    actor_by_id = {a.id: a for a in doc._.actors or []}
    mmap = doc._.mention_map or {}
    by_source: dict[str, set[str]] = {}
    kinds: dict[str, set[str]] = {}
    aimed: dict[str, set[str]] = {}
    for e in events:
        if e.source:
            kinds.setdefault(e.source, set()).add(e.type)
            if e.target:
                by_source.setdefault(e.source, set()).add(e.target)
                aimed.setdefault(e.target, set()).add(e.source)
    stances: dict[str, Counter[str]] = {}
    held: dict[str, dict[str, str]] = {}  # actor -> proposition -> polarity
    for st in doc._.stances or []:
        stances.setdefault(st.actor, Counter())[str(st.polarity).lower()] += 1
        held.setdefault(st.actor, {})[st.proposition] = str(st.polarity).lower()
    by_type: dict[str, list[str]] = {}
    for key in {*(e.type for e in events), *(QUAD.get(e.type, "") for e in events)}:
        by_type[key] = [a for a, _ in Counter(
            e.target for e in events if e.target and key in (e.type, QUAD.get(e.type))
        ).most_common(3)]
    mentions = Counter(mmap.values())
    sents = list(doc.sents)
    return {
        "actor_by_id": actor_by_id, "mmap": mmap, "by_source": by_source, "kinds": kinds,
        "aimed": aimed, "stances": stances, "held": held, "by_type": by_type,
        "mentions": mentions,
        "addressed": [a for a, _ in Counter(
            e.target for e in events if e.target).most_common(3)],
        "doers": [a for a, _ in Counter(e.source for e in events if e.source).most_common(3)],
        "mentioned": [a for a, _ in mentions.most_common(3)],
        "sents": sents, "starts": [x.start for x in sents],
        "states": {a.country: a.id for a in actor_by_id.values()
                   if a.type == "country" and a.country},
        "home": dateline_state(doc, gazetteer()),
    }


def speaker_context(s: dict[str, Any], speaker: str, content: list[str], near: list[str],
                    subjects: set[str], roles: dict[str, Counter[str]]) -> dict[str, Any]:
    """The ``ctx`` of :func:`target_features` for acts of ``speaker``."""
    return {"content": content, "near": near, "addressed": s["addressed"],
            "actors": s["doers"], "mentioned": s["mentioned"], "subjects": subjects,
            "speaker_targets": s["by_source"].get(speaker, set()),
            "answering": s["aimed"].get(speaker, set()), "roles": roles,
            "by_type": s["by_type"], "sides": _sides(speaker, s["held"])}


def options_of(speaker: str, ctx: dict[str, Any]) -> list[str | None]:
    """The possible targets of an act of ``speaker`` (``None`` first)."""
    return [None, *dict.fromkeys(
        a for a in [*ctx["content"], *ctx["near"], *ctx["roles"], *ctx["addressed"],
                    *ctx["actors"], *ctx["mentioned"]] if a != speaker)]


def candidates(doc: Doc, events: list[Any], s: dict[str, Any] | None = None
               ) -> list[Candidate]:
    """One candidate per speaker actor of the document's statements: the union of its
    statements' features (gold codes a speaker's act per document, not per statement) with
    what the speaker is in the story, and the actors its event may be aimed at."""
    s = s or story(doc, events)
    stmts = doc._.statements or []
    actor_by_id, mmap, mentions = s["actor_by_id"], s["mmap"], s["mentions"]
    kinds, stances = s["kinds"], s["stances"]
    sents, starts, states, home = s["sents"], s["starts"], s["states"], s["home"]
    top = [a for a, _ in mentions.most_common(2)]
    per: dict[str, Candidate] = {}
    seen: dict[str, set[str]] = {}
    options: dict[str, tuple[list[str], list[str], list[str]]] = {}
    roles: dict[str, dict[str, Counter[str]]] = {}
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
                                            [], si, st)
            seen[st.speaker] = set()
            options[st.speaker] = ([], [], [])
        for a, rs in parse_roles(doc, st, span, mmap, sents, si, states, home,
                                 actor_by_id[st.speaker].country).items():
            roles.setdefault(st.speaker, {}).setdefault(a, Counter()).update(rs)
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
        ctx = speaker_context(s, speaker, in_content, near, set(options[speaker][2]),
                              roles.get(speaker, {}))
        opts = options_of(speaker, ctx)
        c.targets = [(a, target_features(a, speaker, actor_by_id, ctx)) for a in opts]
    return list(per.values())


# ------------------------------------------------------------------------------------------
# the model


def typed(features: list[str], etype: str) -> list[str]:
    """A target option's features, alone and crossed with the event's type; the ranks among
    the targets of the rules' events of the same type or quad class (``ta:TYPE#k``) are
    also given as ``tasame#k`` / ``tqsame#k``."""
    same = f"ta:{etype}#"
    quad = f"ta:{QUAD.get(etype, '')}#"
    extra = [f"tasame#{f[len(same):]}" for f in features if f.startswith(same)]
    extra += [f"tqsame#{f[len(quad):]}" for f in features if f.startswith(quad)]
    feats = [f for f in features if not f.startswith("ta:")] + extra
    return [*feats, *(f"{etype}&{f}" for f in feats)]


def _sides(speaker: str, held: dict[str, dict[str, str]]) -> dict[str, str]:
    """Each other actor's side towards the speaker from their stances on the same
    propositions: ``opposed`` where some polarity differs and none agrees, ``same`` where
    they agree and none differs, ``mixed`` otherwise."""
    mine = held.get(speaker, {})
    out: dict[str, str] = {}
    if not mine:
        return out
    for actor, props in held.items():
        if actor == speaker:
            continue
        agree = sum(1 for p, pol in props.items() if p in mine and mine[p] == pol)
        differ = sum(1 for p, pol in props.items() if p in mine and mine[p] != pol)
        if agree or differ:
            out[actor] = "mixed" if agree and differ else "same" if agree else "opposed"
    return out


@dataclass
class SpokenModel:
    w: np.ndarray  # (len(types), 2**BITS)
    wt: np.ndarray  # (2**BITS,) target scorer
    thresholds: np.ndarray  # per type
    types: tuple[str, ...]
    target_floor: float = 0.0  # the least probability of the chosen target
    #: the target chosen by the rules' target ranker (``targets``) instead of ``wt``
    ranker: bool = False
    #: with ``ranker``: an event only where the ranker's choice is also ``wt``'s
    agree: bool = False

    def probs(self, features: list[str]) -> np.ndarray:
        idx = hash_features(features) & MASK
        z = self.w[:, idx].sum(axis=1)
        return 1.0 / (1.0 + np.exp(-z))

    def target(self, targets: list[tuple[str | None, list[str]]], etype: str
               ) -> tuple[str | None, float]:
        """The named option the target scorer rates highest for an event of type ``etype``
        (``None`` only where no actor is offered: a target gold does not name is no error,
        so a named one never costs), and its probability of being the gold target."""
        best, score = None, -1e9
        named = [x for x in targets if x[0] is not None] or targets
        for a, feats in named:
            s = float(self.wt[hash_features(typed(feats, etype)) & MASK].sum())
            if s > score:
                best, score = a, s
        return best, 1.0 / (1.0 + float(np.exp(-score)))

    def choose(self, c: Candidate, etype: str) -> tuple[str | None, float]:
        """The target of ``c``'s act of type ``etype`` and its probability: the rules' target
        ranker's choice among ``c.acts`` where ``ranker`` is set (no target and 0.0 where it
        offers none; with ``agree``, no target and -1.0 where :meth:`target` chooses another
        actor), else :meth:`target`'s."""
        if not self.ranker:
            return self.target(c.targets, etype)
        from .targets import load_model as ranker_model

        rk = ranker_model()
        if rk is None or not c.acts:
            return None, 0.0
        best, q = rk.best(c.acts, etype)
        if self.agree and best != self.target(c.targets, etype)[0]:
            return None, -1.0
        return best, q


@lru_cache(maxsize=1)
def load_model(path: str | None = None) -> SpokenModel | None:
    p = Path(path) if path else MODEL
    if not p.exists():
        return None
    z = np.load(p)
    return SpokenModel(z["w"].astype(np.float32), z["wt"].astype(np.float32),
                       z["thresholds"].astype(np.float32), tuple(str(t) for t in z["types"]),
                       float(z["target_floor"]), bool(z["ranker"]) if "ranker" in z else False,
                       bool(z["agree"]) if "agree" in z else False)


def ranker_options(doc: Doc, events: list[Any], cands: list[Candidate]) -> None:
    """Give each candidate the target ranker's options for the act of its first statement
    (``Candidate.acts``), in place."""
    from .targets import event_options, statement_act

    acts = [statement_act(doc, c.speaker, c.first) for c in cands]
    opts = dict(event_options(doc, events, acts=acts))
    for k, c in enumerate(cands):
        c.acts = opts.get(k, [])


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
        target, q = model.choose(c, t)
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
    if cands and (TRACE is not None or (model is not None and model.ranker)):
        ranker_options(doc, events, cands)
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
