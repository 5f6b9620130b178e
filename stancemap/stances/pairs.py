"""The pair model: stances the rules never propose, read from a link between an actor and a
mention of a proposition.

Most gold stances the rules miss have no candidate of the right holder on the right proposition
at all (the holder and the proposition are both reached, never together). A *pair* is an
(actor, proposition) the rules do not emit where the actor is tied to a mention of the
proposition by a general link: the actor is the speaker of a statement whose content holds the
mention (``speaker``), the subject or agent of a clause holding it (``subject``), the speaker of a
statement in the same or the next sentence as a mention in narration (``near``), or named in the
mention's sentence (``cooccur``). A multi-class logistic regression over hashed features of the
pair (the link kinds, the lemmas between the actor and the mention, the cue verb and its CAMEO
class, negation, the stance and evaluative word classes of the sentence, the holder's type, the
holder's other stances, the proposition's kind) gives SUPPORT, OPPOSE, NEUTRAL, CONDITIONAL or
NONE; a pair is emitted, after the rules, with the mention's sentence as evidence where
max(SUPPORT, OPPOSE) is at least the cut; its polarity is the larger of SUPPORT and OPPOSE,
each times the polarity reader's (:mod:`.polarity`) where its weights ship, emitted only where
that is ``sure`` enough. Weights in ``model/pairs.npz``, written by
``scripts/train_stance_pairs.py`` (trained on our own gold: tests/gold and the dev sets).
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
from . import polarity, rules
from .candidates import Cluster
from .context import Reading

MODEL = Path(__file__).resolve().parent / "model" / "pairs.npz"
CAMEO = Path(__file__).resolve().parents[1] / "relations" / "data" / "cameo_verbs.tsv"
BITS = 16
MASK = (1 << BITS) - 1
CLASSES = ("support", "oppose", "neutral", "conditional", "none")
SUPPORT, OPPOSE, NEUTRAL, CONDITIONAL, NONE = range(5)
# the link kinds, in order of preference (the first gives the evidence); the pairs only the
# last two reach (an actor named within two sentences, any speaker of the document) are traced
# for measuring the ceiling, never judged (too few of them are stances: 6-17% at any cut)
LINKS = ("speaker", "subject", "near", "cooccur", "window", "doc")
JUDGED = LINKS[:3]
#: the pair model is off (``STANCEMAP_PAIR_MODEL=off``)
OFF = os.environ.get("STANCEMAP_PAIR_MODEL", "") == "off"
#: a list while the training script collects pairs (one entry per document), else None
TRACE: list[dict[str, Any]] | None = None
SUBJ = ("nsubj", "nsubjpass", "csubj")
BETWEEN = 10  # lemmas between the actor and the mention read as features, at most
Found = tuple[str, int, str, str | None, tuple[int, int]]


@dataclass
class Pair:
    actor: str
    prop: int
    link: str  # the preferred link's kind
    sent: tuple[int, int]  # the evidence: the mention's sentence (token offsets)
    features: list[str] = field(default_factory=list)
    mention: tuple[int, int] = (0, 0)  # the linked mention (token offsets)
    tok: int = -1  # the actor's token the link names, -1 where none


@lru_cache(maxsize=1)
def cameo() -> dict[str, tuple[str, str]]:
    """CAMEO relation verbs: lemma -> (polarity, two-digit CAMEO class)."""
    out: dict[str, tuple[str, str]] = {}
    for line in CAMEO.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        row = line.split("\t")
        if len(row) >= 3:
            out.setdefault(row[0], (row[1], row[2][:2]))
    return out


def _classes(r: Reading, t: Token) -> list[str]:
    """The word's rows in the stance tables and CAMEO."""
    lemma, lower = t.lemma_.lower(), t.lower_
    lex = r.lex
    out = []
    v = lex.verbs.get(lemma)
    if v is not None and t.pos_ in ("VERB", "AUX"):
        out.append(f"verb={v[0]}")
    n = lex.nouns.get(lemma)
    if n is not None and t.pos_ == "NOUN":
        out.append(f"noun={n[0]}")
    e = lex.evaluatives.get(lemma) or lex.evaluatives.get(lower)
    if e is not None:
        out.append(f"eval={e[0]}")
    c = cameo().get(lemma)
    if c is not None and t.pos_ == "VERB":
        out += [f"cameo={c[0]}", f"cameo{c[1]}"]
    return out


WIDE = 2  # the sentences either side of a mention read for the ``window`` link
WINDOW = 4  # a recurrence of a proposition: its head word with its other words this near


def _mentions(r: Reading, cl: Cluster) -> list[tuple[int, int]]:
    """The cluster's mentions, and its recurrences in the text no rule read: its first
    mention's head lemma with as many of its words (up to two) within ``WINDOW`` tokens."""
    doc = r.doc
    out = list(cl.mentions)
    if not cl.mentions or not cl.keys:
        return out
    s, e = cl.mentions[0]
    if not 0 <= s < e <= len(doc):
        return out
    head = doc[s:e].root.lemma_.lower()
    if head not in cl.keys:
        return out
    need = min(2, len(cl.keys))
    covered = {i for a, b in cl.mentions for i in range(a, b)}
    lemma = r.tab.lemma
    for i, lem in enumerate(lemma):
        if lem != head or i in covered:
            continue
        lo, hi = max(0, i - WINDOW), min(len(doc), i + WINDOW + 1)
        if len({lemma[j] for j in range(lo, hi)} & cl.keys) >= need:
            out.append((i, i + 1))
    return out


Links = dict[tuple[str, int], list[tuple[str, int, int]]]
Extra = dict[int, list[tuple[int, int]]]


def linked(r: Reading, clusters: list[Cluster], extra: Extra | None = None) -> Links:
    """(actor, proposition) -> [(link kind, actor token or -1, mention start)]: every tie of
    an actor to a mention of a proposition (the rules' stances' pairs included); ``extra``:
    further mentions of a proposition (:func:`.verdicts.bare_mentions`)."""
    doc = r.doc
    sents = list(doc.sents)
    sent_of = {}
    for n, s in enumerate(sents):
        sent_of[s.start] = n
    stmts = [st for st in (doc._.statements or []) if st.speaker]
    out: dict[tuple[str, int], list[tuple[str, int, int]]] = {}

    def add(a: str, k: int, kind: str, tok: int, m: int) -> None:
        out.setdefault((a, k), []).append((kind, tok, m))

    for k, cl in enumerate(clusters):
        for s, e in _mentions(r, cl) + (extra or {}).get(k, []):
            if not 0 <= s < len(doc):
                continue
            sent = doc[s].sent
            ns = sent_of.get(sent.start, -1)
            spoken = False
            for i in range(s, min(e, len(doc))):
                for sp in r.stmt_speakers.get(i, ()):
                    if sp:
                        add(sp, k, "speaker", -1, s)
                        spoken = True
            # the subject (or passive agent) of each clause above the mention
            t = doc[s:e].root if e > s else doc[s]
            for _ in range(8):
                if t.pos_ in ("VERB", "AUX"):
                    subj = r.subject(t) if t.pos_ == "VERB" else None
                    if subj is not None and subj.i in r.mmap:
                        add(r.mmap[subj.i], k, "subject", subj.i, s)
                    for ag in (c for c in t.children if c.dep_ == "agent"):
                        for p in ag.children:
                            if p.i in r.mmap:
                                add(r.mmap[p.i], k, "subject", p.i, s)
                if t.head.i == t.i:
                    break
                t = t.head
            if not spoken and ns >= 0:
                near = sents[ns:ns + 2]
                for st in stmts:
                    if any(x.start_char <= st.content.start < x.end_char for x in near):
                        add(st.speaker, k, "near", -1, s)
            for i in range(sent.start, sent.end):
                a = r.mmap.get(i)
                if a is not None and not (s <= i < e):
                    add(a, k, "cooccur", i, s)
            if ns >= 0 and TRACE is not None:  # named within two sentences either side
                lo, hi = sents[max(0, ns - WIDE)].start, sents[min(len(sents) - 1, ns + WIDE)].end
                for a in {r.mmap[i] for i in range(lo, hi) if i in r.mmap} - {
                        r.mmap[i] for i in range(sent.start, sent.end) if i in r.mmap}:
                    add(a, k, "window", -1, s)
        if cl.mentions and TRACE is not None:  # any speaker of the document
            for a in {st.speaker for st in stmts}:
                add(a, k, "doc", -1, cl.mentions[0][0])
    return out


def pairs(r: Reading, found: list[Found], clusters: list[Cluster],
          extra: Extra | None = None) -> list[Pair]:
    """The pairs the rules do not emit, each with its features (``extra``: further mentions,
    as :func:`linked` reads them)."""
    doc = r.doc
    emitted = {(a, k) for a, k, *_ in found}
    mine: dict[str, list[tuple[int, str]]] = {}
    theirs: dict[int, list[str]] = {}
    for a, k, pol, *_ in found:
        mine.setdefault(a, []).append((k, pol))
        theirs.setdefault(k, []).append(pol)
    speakers = {st.speaker for st in doc._.statements or [] if st.speaker}
    out = []
    extra = extra or {}
    for (a, k), links in linked(r, clusters, extra).items():
        if (a, k) in emitted or a not in r.actors:
            continue
        links.sort(key=lambda x: (LINKS.index(x[0]), x[2]))
        kind, tok, m = links[0]
        sent = doc[m].sent
        ms, me = next(((x, y) for x, y in _mentions(r, clusters[k]) + extra.get(k, [])
                       if x == m), (m, m + 1))
        p = Pair(a, k, kind, (sent.start, sent.end), mention=(ms, me), tok=tok)
        p.features = _features(r, p, links, clusters[k], mine.get(a, []), theirs.get(k, []),
                               a in speakers)
        out.append(p)
    return out


def _features(r: Reading, p: Pair, links: list[tuple[str, int, int]], cl: Cluster,
              mine: list[tuple[int, str]], theirs: list[str], speaker: bool) -> list[str]:
    doc = r.doc
    kinds = sorted({x[0] for x in links})
    f = ["bias", f"link={p.link}", *(f"has={x}" for x in kinds), "|".join(kinds),
         f"nlinks={bucket(len(links))}"]
    actor = r.actors[p.actor]
    f += [f"htype={actor.type}", f"hsector={(actor.sector or '-').lower()}",
          f"hmentions={bucket(len(actor.mentions))}", "hspeaker" if speaker else "hsilent",
          f"htype={actor.type}|link={p.link}"]
    # the holder's other stances, and the others' stances on this proposition
    f.append(f"hstances={bucket(len(mine))}")
    f += sorted({f"hother={pol}" for _, pol in mine})
    f.append(f"pstances={bucket(len(theirs))}")
    f += sorted({f"pother={pol}" for pol in theirs})
    f += [f"pother={pol}|link={p.link}" for pol in sorted(set(theirs))]
    # the proposition
    f += [f"mentions={bucket(len(cl.mentions))}", "loosen" if cl.loosen else "tight"]
    kind, tok, m = links[0]
    s, e = next(((a, b) for a, b in cl.mentions if a == m), (m, m + 1))
    span = doc[s:e]
    if len(span):
        root = span.root
        f += [f"proot={root.pos_}", f"pdep={root.dep_}", f"plen={bucket(e - s)}",
              f"phdep={root.head.dep_}", f"phlem={root.head.lemma_.lower()}"]
        f += [f"pcls={x}" for x in _classes(r, root.head)]
        if rules.negated(root.head):
            f += ["pneg", f"pneg|link={p.link}"]
    # the cue of the statement whose content holds the mention
    st = r.stmt_of.get(m)
    if st is not None:
        f.append("in_statement")
        statement = next((x for x in doc._.statements or [] if x.id == st[1]), None)
        cue_span = None
        if statement is not None and statement.cue is not None:
            cue_span = doc.char_span(statement.cue.start, statement.cue.end,
                                     alignment_mode="expand")
        if statement is not None and cue_span is not None and len(cue_span):
            cue = cue_span.root
            f += [f"cue={cue.lemma_.lower()}", f"attr={statement.attribution}"]
            f += [f"cuecls={x}" for x in _classes(r, cue)]
    else:
        f.append("narration")
    if r.quoted(doc[m]):
        f.append("quoted")
    # the sentence: negation, stance and evaluative classes, modals
    sent = doc[p.sent[0]:p.sent[1]]
    cls: set[str] = set()
    for t in sent:
        if s <= t.i < e:
            continue
        for x in _classes(r, t):
            cls.add(x)
        if t.dep_ == "neg":
            cls.add("neg")
    f += _signed(r, sent, s, e)
    f += sorted(f"s:{x}" for x in cls)
    f += [f"s:{x}|link={p.link}" for x in sorted(cls)]
    # the words between the actor and the mention
    if tok >= 0:
        lo, hi = (tok + 1, s) if tok < s else (e, tok)
        gap = hi - lo
        f.append(f"gap={bucket(max(0, gap))}")
        f.append("actor_first" if tok < s else "mention_first")
        if 0 < gap <= BETWEEN:
            ws = [doc[i] for i in range(lo, hi) if not doc[i].is_punct]
            f += sorted({f"w={t.lemma_.lower()}" for t in ws if t.pos_ in (
                "VERB", "NOUN", "ADJ", "ADP", "PART", "ADV", "AUX", "SCONJ")})
            f += sorted({f"wcls={x}" for t in ws for x in _classes(r, t)})
        hd = doc[tok].head
        f += [f"adep={doc[tok].dep_}", f"ahead={hd.lemma_.lower()}"]
        f += [f"ahcls={x}" for x in _classes(r, hd)]
    return f


POSITIVE = ("support", "positive", "pos")
NEGATIVE = ("oppose", "negative", "neg")


def _sign(x: str) -> int:
    v = x.split("=", 1)[-1]
    return 1 if v in POSITIVE else -1 if v in NEGATIVE else 0


def _signed(r: Reading, sent: Any, s: int, e: int) -> list[str]:
    """The polar words of the sentence (stance tables, CAMEO), each signed and flipped where
    negated: the nearest one to the mention, and the balance of all."""
    best: tuple[int, int, str] | None = None
    total = 0
    for t in sent:
        if s <= t.i < e:
            continue
        for x in _classes(r, t):
            sign = _sign(x)
            if not sign:
                continue
            if rules.negated(t):
                sign = -sign
            total += sign
            dist = s - t.i if t.i < s else t.i - e + 1
            if best is None or dist < best[0]:
                best = (dist, sign, x.split("=", 1)[0])
    f = [f"balance={'pos' if total > 0 else 'neg' if total < 0 else 'zero'}"]
    if best is not None:
        side = "pos" if best[1] > 0 else "neg"
        f += [f"nearest={side}", f"nearest={side}|{best[2]}",
              f"nearest={side}|dist={bucket(best[0])}"]
    return f


@dataclass
class PairModel:
    """The weights (``CLASSES`` x 2**BITS) and the cut."""

    w: np.ndarray
    cut: float
    sure: float = 0.5  # the polarity's confidence a pair needs (with the polarity reader)

    def probs(self, feats: list[str]) -> np.ndarray:
        return hashed_softmax(self.w, feats, MASK)

    def apply(self, r: Reading, found: list[Found], ps: list[Pair]) -> list[Found]:
        """The rules' stances and the pairs over the cut."""
        out = list(found)
        for p in ps:
            if p.link not in JUDGED:
                continue
            pr = self.probs(p.features)
            if max(pr[SUPPORT], pr[OPPOSE]) < self.cut:
                continue
            two = pr[[SUPPORT, OPPOSE]]
            reader = polarity.load_model()
            if reader is not None:  # the pair model's odds times the polarity reader's
                two = two * reader.probs(polarity.features(r, *p.mention, p.tok))[:2]
            if two.max() < self.sure * two.sum():
                continue
            pol = CLASSES[SUPPORT] if two[0] >= two[1] else CLASSES[OPPOSE]
            out.append((p.actor, p.prop, pol, None, p.sent))
        out.sort(key=lambda x: x[4])
        return out


@lru_cache(maxsize=2)
def load_model(path: Path = MODEL) -> PairModel | None:
    """The shipped pair model, None where there is none (or it is switched off)."""
    if OFF or not path.exists():
        return None
    with np.load(path) as z:
        sure = float(z["sure"]) if "sure" in z.files else 0.5
        return PairModel(z["w"].astype(np.float32), float(z["cut"]), sure)
