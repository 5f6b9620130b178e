"""How a thing or person was received, under PolNeAR's conventions only: "the proposal has
drawn harsh criticism from fellow candidates", "she drew support from a large majority of
voters", "Mr. Ryan's ideas have met with resistance in the House", "the plan is met with relief
among allies". PolNeAR's annotators count these as attributions: the verb and its noun of
judgement the cue (``reception_verbs``, ``reception_nouns`` of ``statement_words.tsv``), the
people the preposition after them names (``reception_preps``) the source, and the subject the
content (the thing judged). The gold files count no such statement, so the rule runs only with
``polnear_spans``. Chosen on PolNeAR train's held-out tenth and 300 articles of its other nine
tenths: of 71 such verb and noun pairs, 35 are attributions; with a preposition naming the
judges, a subject and outside quotations and other contents, most are."""

from __future__ import annotations

from spacy.tokens import Token

from .context import Context, Found
from .speakers import speakers_of

# the relations that make a noun of judgement its verb's complement: "drew criticism",
# "met with resistance" (the preposition's object)
OBJECT_DEPS = ("dobj",)
WH = ("WDT", "WP", "WP$")  # a relative pronoun subject ("who has won the support of X")


def received(ctx: Context, used_cues: set[int], found: list[Found]) -> list[Found]:
    """One statement per noun of judgement (``reception_nouns``) that a reception verb
    (``reception_verbs``) takes with a preposition naming who judges (``reception_preps``):
    cue the verb to the noun, source the preposition's object, content the verb's subject."""
    words = ctx.words
    out: list[Found] = []
    for t in ctx.doc:
        if t.pos_ != "NOUN" or t.lemma_.lower() not in words.reception_nouns:
            continue
        v = _verb_of(t)
        if (v is None or v.lemma_.lower() not in words.reception_verbs or v.i in used_cues
                or ctx.in_quote(t.idx) or _inside(found, t.idx)):
            continue
        judges = _judges(t, v, words.reception_preps)
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < v.i]
        if judges is None or not subj or subj[0].tag_ in WH:
            continue
        out.append(_statement(ctx, v, t, judges, subj[0]))
    return out


def _verb_of(t: Token) -> Token | None:
    """The verb noun ``t`` completes: its head for an object ("drew criticism"), the verb a
    "with" hangs on for its object ("met with resistance")."""
    if t.dep_ in OBJECT_DEPS:
        return t.head
    h = t.head
    if t.dep_ == "pobj" and h.dep_ == "prep" and h.lower_ == "with" and h.head.i < h.i:
        return h.head
    return None


def _judges(t: Token, v: Token, preps: frozenset[str]) -> Token | None:
    """The object of the first preposition of ``preps`` after noun ``t``, on it or its verb
    ``v`` ("criticism from X", "support among Y")."""
    for p in sorted((c for c in (*t.children, *v.children) if c.i > t.i), key=lambda c: c.i):
        if p.dep_ == "prep" and p.lower_ in preps:
            obj = next((k for k in p.children if k.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    return None


def _inside(found: list[Found], c: int) -> bool:
    """Is character ``c`` inside another statement's content ("X has support from 52
    percent, the poll found")?"""
    return any(f.content[0] <= c < f.content[1] for f in found)


def _statement(ctx: Context, v: Token, t: Token, judges: Token, subj: Token) -> Found:
    doc = ctx.doc
    lo, hi = ctx.trim(subj.left_edge.i, subj.right_edge.i)
    content = ((doc[lo].idx, doc[hi].idx + len(doc[hi])) if lo is not None and hi is not None
               else (subj.idx, subj.idx + len(subj)))
    source = (judges.left_edge.idx, judges.right_edge.idx + len(judges.right_edge))
    return Found(speakers_of(ctx, judges), "indirect", (v.idx, t.idx + len(t)), content,
                 source, v.i, "reception", 1)
