"""Noun cues beside the rules, under PolNeAR's conventions only (stop 34): "her endorsement of
X", "their opposition to Y", "the hope that Z", "came out in support of W". PolNeAR counts a
noun that reports a position or a belief with its complement as an attribution; the rules know
only the lexicon's cue nouns with a "that" clause (``reported.from_noun``). Each noun with a
complement (a "that", "whether" or "to" clause, or a preposition's object right after it) is a
candidate; a logistic regression over hashed features of the noun, its complement and its place
in the parse (trained by ``scripts/train_noun_cue_model.py`` on the nine tenths of PolNeAR train,
``model/nouncue.npz``) keeps those it is confident of, with a speaker actor only."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

import numpy as np
from spacy.tokens import Doc, Token

from .context import Context, Found
from .hashed import bucket, hashed_probability
from .speakers import speakers_of, subject_of

NOUN_CUE_MODEL = Path(__file__).resolve().parent / "model" / "nouncue.npz"
NOUN_BITS = 16
# the prepositions whose object right after a noun can be its content ("support for X",
# "opposition to Y", "endorsement of Z", "views on W", "doubts about V")
NOUN_PREPS = frozenset({"of", "for", "to", "against", "on", "about", "over", "toward",
                        "towards", "with"})
CLAUSE_MARKS = frozenset({"that", "whether", "if"})
PRONOUN_POSS = frozenset({"its", "their", "his", "her", "our", "my", "your"})


class NounCandidate(NamedTuple):
    kind: str  # "n:that", "n:to" or "n:p:<preposition>"
    lo: int  # the content's first token
    hi: int  # its last token (inclusive)
    cue_end: int  # the cue's last token (the noun, or its preposition)


def noun_candidates(t: Token) -> list[NounCandidate]:
    """The contents noun ``t`` could report: its clause, or its preposition's object."""
    if t.pos_ != "NOUN":
        return []
    out: list[NounCandidate] = []
    for c in t.children:
        if c.i <= t.i:
            continue
        if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX"):
            kids = list(c.children)
            if any(k.dep_ == "mark" and k.lower_ in CLAUSE_MARKS for k in kids):
                out.append(NounCandidate("n:that", c.left_edge.i, c.right_edge.i, t.i))
            elif any(k.dep_ == "aux" and k.lower_ == "to" for k in kids) and (
                    c.left_edge.i == t.i + 1):
                out.append(NounCandidate("n:to", c.left_edge.i, c.right_edge.i, t.i))
        elif c.dep_ == "prep" and c.i == t.i + 1 and c.lower_ in NOUN_PREPS:
            obj = [k for k in c.children if k.dep_ in ("pobj", "pcomp")]
            if obj:
                out.append(NounCandidate(f"n:p:{c.lower_}", obj[0].left_edge.i,
                                         obj[0].right_edge.i, c.i))
    return out


def noun_speaker(rules: object, t: Token) -> tuple[Token | None, str]:
    """Who holds noun cue ``t``'s position, and how it was found: its possessor ("Trump's
    claim"), its "by" agent, the subject of the verb it is the object of ("X voiced support"),
    or of the verb its preposition hangs on ("X came out in support of Y")."""
    for c in t.children:
        if c.dep_ == "poss":
            if c.lower_ in PRONOUN_POSS and t.dep_ == "dobj":
                subj = subject_of(rules, t.head)
                if subj:
                    return subj[0], "poss-subj"
            return c, "poss"
    for c in t.children:
        if c.dep_ == "prep" and c.lower_ == "by" and c.i > t.i:
            obj = [k for k in c.children if k.dep_ == "pobj"]
            if obj:
                return obj[0], "by"
    head = t.head
    if t.dep_ in ("dobj", "attr", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        subj = subject_of(rules, head)
        return (subj[0], "subj") if subj else (None, "none")
    if t.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        subj = subject_of(rules, head.head)
        return (subj[0], "prep-subj") if subj else (None, "none")
    return None, "none"


def noun_features(t: Token, cand: NounCandidate, spk: Token | None, how: str,
                  in_quote: bool) -> list[str]:
    """Feature strings of noun cue ``t`` with content ``cand``: the noun, its complement, its
    place in the parse, its modifiers and how its speaker was found (general properties only)."""
    lem, head = t.lemma_.lower(), t.head
    mods = [c for c in t.children if c.i < t.i]
    out = cue_features(t, cand, how, in_quote)
    if head.dep_ == "prep":
        out += [f"hh={head.lower_}|{head.head.lemma_.lower()}", f"hhp={head.lower_}|{lem}"]
    for c in mods:
        if c.dep_ in ("amod", "compound", "det", "poss"):
            out += [f"m={c.dep_}|{c.lemma_.lower()}", f"mt={c.dep_}|{c.pos_}"]
    return out + speaker_features(spk, how)


def cue_features(t: Token, cand: Any, how: str, in_quote: bool) -> list[str]:
    """The feature strings every cue-word model (nouns, adjectives) reads of cue ``t`` and its
    content ``cand`` (``kind``, ``lo``, ``hi``): the word, its place in the parse, the
    content's kind, first word and length, how its speaker was found."""
    lem, kind = t.lemma_.lower(), cand.kind
    doc = t.doc
    first, head = doc[cand.lo], t.head
    return ["bias", f"l={lem}", f"k={kind}", f"lk={lem}|{kind}", f"d={t.dep_}",
            f"ld={lem}|{t.dep_}", f"tag={t.tag_}", f"hl={head.lemma_.lower()}|{t.dep_}",
            f"hp={head.pos_}|{t.dep_}", f"hlk={head.lemma_.lower()}|{kind}", f"how={how}",
            f"howk={how}|{kind}", f"lhow={lem}|{how}", f"first={first.lower_}|{kind}",
            f"fpos={first.pos_}|{kind}", f"len={bucket(cand.hi - cand.lo + 1)}|{kind}",
            f"inq={in_quote}", f"prev={doc[t.i - 1].lower_ if t.i else '^'}"]


def speaker_features(spk: Token | None, how: str) -> list[str]:
    """The feature strings of a cue's speaker (none without one)."""
    if spk is None:
        return []
    return [f"sp={spk.pos_}|{how}", f"se={spk.ent_type_}|{how}",
            f"spl={spk.lemma_.lower() if spk.pos_ == 'PRON' else spk.pos_}"]


class HashedCueModel(NamedTuple):
    """A cue-word model over hashed features (the noun and the adjective cues): kept from
    ``threshold`` with a speaker actor, from ``no_speaker`` without (above 1: never)."""

    w: np.ndarray
    threshold: float
    no_speaker: float = 2.0
    bits: int = NOUN_BITS

    def score(self, features: list[str]) -> float:
        return hashed_probability(self.w, features, self.bits)


NounCueModel = HashedCueModel


def read_cue_model(path: Path, bits: int) -> HashedCueModel | None:
    """A shipped cue-word model and its cuts (None where there is none)."""
    if not path.exists():
        return None
    with np.load(path) as z:
        cuts = [float(c) for c in z["cuts"]]
        return HashedCueModel(z["w"].astype(np.float32), *cuts, bits=bits)


@lru_cache(maxsize=2)
def load_noun_cues(path: Path = NOUN_CUE_MODEL) -> HashedCueModel | None:
    """The shipped noun-cue model (None where there is none)."""
    return read_cue_model(path, NOUN_BITS)


def scored_nouns(doc: Doc, rules: object, in_quote: object, taken: list[tuple[int, int]]
                 ) -> list[tuple[Token, NounCandidate, Token | None, str, list[str]]]:
    """Each noun candidate outside the spans ``taken`` (character spans of statements already
    found: their cues and contents), with its speaker and features."""
    out = []
    spans = sorted(taken)
    for t in doc:
        if t.pos_ != "NOUN":
            continue
        cands = noun_candidates(t)
        if not cands:
            continue
        s0 = t.idx
        if any(a <= s0 < b for a, b in spans):
            continue
        spk, how = noun_speaker(rules, t)
        for cand in cands:
            c0, c1 = doc[cand.lo].idx, doc[cand.hi].idx + len(doc[cand.hi])
            if any(a < c1 and c0 < b for a, b in spans):
                continue
            out.append((t, cand, spk, how, noun_features(t, cand, spk, how, in_quote(t.idx))))
    return out


def noun_found(ctx: Context, found: list[Found]) -> list[Found]:
    """Noun-cue statements the model keeps beside ``found`` (PolNeAR's conventions only): the
    likeliest content of each noun whose score reaches the threshold, with a speaker actor."""
    model = load_noun_cues()
    if model is None or not ctx.polnear_spans:
        return []
    taken = [f.content for f in found] + [f.cue for f in found if f.cue is not None]
    scored = scored_nouns(ctx.doc, ctx.rules, ctx.in_quote, taken)
    return model_statements(ctx, model, scored, "noun-model", lambda t, cand: t)


def model_statements(ctx: Context, model: HashedCueModel, scored: list,
                     rule: str, cue_first: Callable[[Token, Any], Token]) -> list[Found]:
    """The likeliest content of each cue word of ``scored`` (word, candidate, speaker word,
    speaker's kind, features) whose score reaches the model's cut for its speaker, as
    statements of ``rule``; the cue runs from ``cue_first(word, candidate)`` to the
    candidate's ``cue_end``."""
    best: dict[int, tuple[float, Token, Any, Token | None]] = {}
    for t, cand, spk, _how, feats in scored:
        p = model.score(feats)
        if p >= model.threshold and (t.i not in best or p > best[t.i][0]):
            best[t.i] = (p, t, cand, spk)
    out: list[Found] = []
    doc = ctx.doc
    for p, t, cand, spk in best.values():
        speakers = speakers_of(ctx, spk) if spk is not None else [None]
        if not any(speakers) and p < model.no_speaker:
            continue
        start, end = cue_first(t, cand), doc[cand.cue_end]
        content = (doc[cand.lo].idx, doc[cand.hi].idx + len(doc[cand.hi]))
        out.append(Found(speakers, "indirect", (start.idx, end.idx + len(end)), content,
                         ctx.np_chars(spk) if spk is not None else None, t.i, rule, 0))
    return out
