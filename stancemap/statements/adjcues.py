"""Adjective cues beside the rules, under PolNeAR's conventions only (stop 43): "the minister is
open to talks", "officials wary of the plan", "she has been cagey about her plans", "he is
confident that voters will back him", "it is clear that ...". PolNeAR counts a copula or an
adjective that reports a position or a belief, with its complement, as an attribution; the rules
and the attribution model never take an adjective (or its copula) as a cue. Each adjective with
a complement (a preposition's object right after it, a "that"/"whether" clause, a "to" clause,
or the copula's "that" clause after it) is a candidate; a logistic regression over hashed
features of the adjective, its complement and its place in the parse (trained by
``scripts/train_adj_cue_model.py`` on the nine tenths of PolNeAR train, ``model/adjcue.npz``)
keeps those it is confident of: from one cut with a speaker actor, from another without."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from spacy.tokens import Doc, Token

from ..lexicon import parse_rows
from .context import Context, Found
from .lexicon import DATA
from .nouncues import (
    HashedCueModel,
    cue_features,
    model_statements,
    read_cue_model,
    speaker_features,
)
from .speakers import subject_of

ADJ_CUE_MODEL = Path(__file__).resolve().parent / "model" / "adjcue.npz"
ADJ_CUE_WORDS = DATA / "adj_cue_words.tsv"
ADJ_BITS = 15
# the dependencies that make the adjective its head's predicate ("is open", "remains wary",
# "has been cagey"): the head (a copula or a verb) opens the cue and gives the subject
PREDICATE_DEPS = frozenset({"acomp", "attr", "oprd"})


class AdjWords(NamedTuple):
    preps: frozenset[str]
    clause_marks: frozenset[str]


@lru_cache(maxsize=2)
def load_adj_words(path: Path = ADJ_CUE_WORDS) -> AdjWords:
    """The prepositions and clause marks of ``adj_cue_words.tsv``."""
    got: dict[str, frozenset[str]] = {}
    for row in parse_rows(path.read_text(encoding="utf-8"), path, 2):
        cls, words = row.cells
        if cls not in AdjWords._fields:
            row.fail(f"unknown class {cls!r}")
        got[cls] = frozenset(words.split())
    return AdjWords(**{k: got.get(k, frozenset()) for k in AdjWords._fields})


class AdjCandidate(NamedTuple):
    kind: str  # "a:that", "a:to", "a:bare", "a:cop-that" or "a:p:<preposition>"
    lo: int  # the content's first token
    hi: int  # its last token (inclusive)
    cue_start: int  # the cue's first token (the copula, or the adjective)
    cue_end: int  # the cue's last token (the adjective, or its preposition)


def _clause_kind(c: Token, words: AdjWords) -> str | None:
    """How clause ``c`` after an adjective can be its content ("that", "to", a bare clause)."""
    if c.pos_ not in ("VERB", "AUX"):
        return None
    kids = list(c.children)
    if any(k.dep_ == "mark" and k.lower_ in words.clause_marks for k in kids):
        return "that"
    if any(k.dep_ == "aux" and k.lower_ == "to" for k in kids):
        return "to"
    return "bare" if c.dep_ == "ccomp" else None


def adj_candidates(t: Token, words: AdjWords | None = None) -> list[AdjCandidate]:
    """The contents adjective ``t`` could report: its preposition's object, its clause, or (as
    a copula's predicate) the copula's "that" clause after it."""
    if t.pos_ != "ADJ":
        return []
    words = words or load_adj_words()
    pred = t.dep_ in PREDICATE_DEPS and t.head.i < t.i and t.head.pos_ in ("AUX", "VERB")
    start = t.head.i if pred else t.i
    out: list[AdjCandidate] = []
    for c in t.children:
        if c.i <= t.i:
            continue
        if c.dep_ == "prep" and c.i == t.i + 1 and c.lower_ in words.preps:
            obj = [k for k in c.children if k.dep_ in ("pobj", "pcomp")]
            if obj:
                out.append(AdjCandidate(f"a:p:{c.lower_}", obj[0].left_edge.i,
                                        obj[0].right_edge.i, start, c.i))
        elif c.dep_ in ("ccomp", "xcomp", "advcl"):
            kind = _clause_kind(c, words)
            if kind is not None and (kind != "to" or c.left_edge.i == t.i + 1):
                out.append(AdjCandidate(f"a:{kind}", c.left_edge.i, c.right_edge.i, start, t.i))
    if pred and not out:
        for c in t.head.children:
            if c.i > t.i and c.dep_ == "ccomp" and _clause_kind(c, words) == "that":
                out.append(AdjCandidate("a:cop-that", c.left_edge.i, c.right_edge.i, start,
                                        t.i))
    return out


def adj_speaker(rules: object, t: Token) -> tuple[Token | None, str]:
    """Who holds adjective cue ``t``'s position, and how it was found: the subject of the copula
    or verb it is the predicate of ("the minister is open to"), or the noun it modifies
    ("officials wary of")."""
    if t.dep_ in PREDICATE_DEPS and t.head.pos_ in ("AUX", "VERB"):
        subj = subject_of(rules, t.head)
        return (subj[0], "subj") if subj else (None, "none")
    if t.dep_ == "amod" and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
        return t.head, "amod"
    return None, "none"


def adj_features(t: Token, cand: AdjCandidate, spk: Token | None, how: str,
                 in_quote: bool) -> list[str]:
    """Feature strings of adjective cue ``t`` with content ``cand``: the adjective, its
    complement, its copula, its modifiers and how its speaker was found (general properties)."""
    out = cue_features(t, cand, how, in_quote)
    for c in t.children:
        if c.i < t.i and c.dep_ in ("advmod", "neg", "npadvmod"):
            out += [f"m={c.dep_}|{c.lemma_.lower()}"]
    if any(c.dep_ == "neg" for c in t.head.children):
        out.append("neg")
    return out + speaker_features(spk, how)


AdjCueModel = HashedCueModel


@lru_cache(maxsize=2)
def load_adj_cues(path: Path = ADJ_CUE_MODEL) -> HashedCueModel | None:
    """The shipped adjective-cue model (None where there is none)."""
    return read_cue_model(path, ADJ_BITS)


def scored_adjs(doc: Doc, rules: object, in_quote: object, taken: list[tuple[int, int]]
                ) -> list[tuple[Token, AdjCandidate, Token | None, str, list[str]]]:
    """Each adjective candidate whose cue and content are outside the spans ``taken``
    (character spans of statements already found: their cues and contents), with its speaker
    and features."""
    out = []
    words = load_adj_words()
    for t in doc:
        if t.pos_ != "ADJ":
            continue
        cands = adj_candidates(t, words)
        if not cands:
            continue
        spk, how = adj_speaker(rules, t)
        for cand in cands:
            s0 = doc[cand.cue_start].idx
            c0, c1 = doc[cand.lo].idx, doc[cand.hi].idx + len(doc[cand.hi])
            if any(a <= s0 < b or a <= t.idx < b or (a < c1 and c0 < b) for a, b in taken):
                continue
            out.append((t, cand, spk, how, adj_features(t, cand, spk, how, in_quote(t.idx))))
    return out


def adj_found(ctx: Context, found: list[Found]) -> list[Found]:
    """Adjective-cue statements the model keeps beside ``found`` (PolNeAR's conventions only):
    the likeliest content of each adjective whose score reaches the cut for its speaker."""
    model = load_adj_cues()
    if model is None or not ctx.polnear_spans:
        return []
    taken = [f.content for f in found] + [f.cue for f in found if f.cue is not None]
    scored = scored_adjs(ctx.doc, ctx.rules, ctx.in_quote, taken)
    return model_statements(ctx, model, scored, "adj-model",
                            lambda t, cand: ctx.doc[cand.cue_start])
