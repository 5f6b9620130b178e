"""Reports with no source under PolNeAR's conventions: a raising or passive belief verb between
its subject and its complement ("Republicans appear to be salivating over X", "All three
candidates are expected to speak at Y"). PolNeAR's annotators count these as attributions
without a Source, their content the subject and the complement in two fragments, the verb the
cue; so is a passive judgement nobody is named to make ("X has been criticized for Y"). The
gold files do not count these, so the rule runs only with ``polnear_spans``."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.tokens import by_agents, table
from .context import Context, Found
from .cues import verb_cue
from .speakers import speakers_of

RAISED = ("xcomp", "acomp", "oprd")  # the complement a raising verb's subject goes on in
WH = ("WDT", "WP", "WP$")  # a relative or interrogative pronoun


def raised(ctx: Context, used_cues: set[int]) -> list[Found]:
    """One statement per raising verb (``raising`` in ``statement_words.tsv``: "seem",
    "appear") or passive belief verb (``passive_belief``: "is expected", "are known") with a
    subject and a complement after it, outside quotations and other statements' cues."""
    doc = ctx.doc
    words = ctx.words
    tab = table(doc)
    out: list[Found] = []
    for i, pos in enumerate(tab.pos):
        if pos not in ("VERB", "AUX") or i in used_cues:
            continue
        t = doc[i]
        lem = t.lemma_.lower()
        if lem in words.raising:
            comp = _complement(t, RAISED)
        elif t.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in t.children):
            if lem in words.passive_belief:
                comp = _complement(t, ("xcomp",)) or _label(ctx, t, words.label_preps)
            elif _judged(ctx, t):
                comp = _label(ctx, t, words.objcomp_preps) or _complement(t, ("oprd",))
            else:
                continue
        else:
            continue
        subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i]
        if comp is None or not subj or ctx.in_quote(t.idx) or subj[0].tag_ in WH:
            continue  # "what appeared to be X": mostly inside another report
        s = subj[0]
        first = (doc[s.left_edge.i].idx, s.right_edge.idx + len(s.right_edge))
        second = (comp.left_edge.idx, comp.right_edge.idx + len(comp.right_edge))
        if first[1] > t.idx or second[0] <= t.idx:
            continue
        lo = min([t.i] + [c.i for c in t.children if c.dep_ in ("aux", "auxpass", "neg")
                          and s.i < c.i < t.i])
        hi = comp.head if comp.dep_ in ("pobj", "pcomp") else t  # "is seen as": "as" too
        f = Found([None], "indirect", (doc[lo].idx, hi.idx + len(hi)), (first[0], second[1]),
                  None, t.i, "raising", 1, fragments=[first, second])
        out.append(f)
    return out


def hearsay(ctx: Context, used_cues: set[int]) -> list[Found]:
    """"The group is reportedly spending $1.5 million on ads": a hearsay adverb (``hearsay`` in
    ``statement_words.tsv``) on a verb with a subject before it is PolNeAR's attribution
    without a Source, its content the clause in two fragments around the adverb, the adverb
    its cue. Left out: a verb that is itself a cue ("reportedly said X": the verb's report),
    and an adverb in a quotation."""
    doc = ctx.doc
    out: list[Found] = []
    for i, lower in enumerate(table(doc).lower):
        if lower not in ctx.words.hearsay:
            continue
        t = doc[i]
        v = t.head
        if (t.dep_ != "advmod" or v.pos_ not in ("VERB", "AUX") or v.i in used_cues
                or verb_cue(ctx.rules, v) is not None or ctx.in_quote(t.idx)):
            continue
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i]
        if not subj or subj[0].tag_ in WH or v.right_edge.i <= t.i:
            continue
        lo, hi = ctx.trim(max(subj[0].left_edge.i, ctx.sent_bounds(v.i)[0]), t.i - 1)
        lo2, hi2 = ctx.trim(t.i + 1, min(v.right_edge.i, ctx.sent_bounds(v.i)[1]))
        if lo is None or hi is None or lo2 is None or hi2 is None:
            continue
        first = (doc[lo].idx, doc[hi].idx + len(doc[hi]))
        second = (doc[lo2].idx, doc[hi2].idx + len(doc[hi2]))
        out.append(Found([None], "indirect", (t.idx, t.idx + len(t)), (first[0], second[1]),
                         None, t.i, "hearsay", 1, fragments=[first, second]))
    return out


def _judged(ctx: Context, t: Token) -> bool:
    """Is passive ``t`` a judgement of its subject with no one named to make it ("was
    criticized for X", "was accused of Y"): a cue of ``cues.tsv`` with an object's complement
    (``objcomp``) and no agent?"""
    cue = verb_cue(ctx.rules, t)
    return cue is not None and "objcomp" in cue.frames and not any(
        c.dep_ == "agent" for c in t.children)


def _label(ctx: Context, t: Token, preps: frozenset[str]) -> Token | None:
    """"is seen as X", "was criticized for Y": the object of the preposition in ``preps``
    after the passive verb."""
    for c in t.children:
        if c.dep_ == "prep" and c.i > t.i and c.lower_ in preps:
            objs = [k for k in c.children if k.dep_ in ("pobj", "pcomp")]
            return objs[0] if objs else None
    return None


def _complement(t: Token, deps: tuple[str, ...]) -> Token | None:
    """The verb's complement after it: an infinitive ("to X") or, for a raising verb, a
    predicate adjective ("seemed impervious to X")."""
    for c in t.children:
        if c.i > t.i and c.dep_ in deps and (c.dep_ != "xcomp" or c.pos_ != "VERB" or any(
                k.dep_ == "aux" and k.lower_ == "to" for k in c.children)):
            return c
    return None


def passive_agent(ctx: Context, used_cues: set[int]) -> list[Found]:
    """"The move was criticized by economists": a passive cue verb of ``cues.tsv`` with its
    agent after it: the agent is the speaker, the subject what is reported (the rules leave
    every passive cue out: "is expected to", "was told")."""
    doc = ctx.doc
    out: list[Found] = []
    for i, tag in enumerate(table(doc).tag):
        if tag != "VBN" or i in used_cues:
            continue
        v = doc[i]
        agent = by_agent(v)
        if agent is None or verb_cue(ctx.rules, v) is None or ctx.in_quote(v.idx):
            continue
        subj = [c for c in v.children if c.dep_ == "nsubjpass" and c.i < v.i]
        if not subj or subj[0].tag_ in WH:
            continue
        s = subj[0]
        content = (doc[s.left_edge.i].idx, s.right_edge.idx + len(s.right_edge))
        out.append(Found(speakers_of(ctx, agent), "indirect", (v.idx, v.idx + len(v)), content,
                         ctx.np_chars(agent, v), v.i, "passive", 1))
    return out


def by_agent(v: Token) -> Token | None:
    """The agent of passive verb ``v`` ("was criticized by X": X), or None."""
    if not any(c.dep_ == "auxpass" for c in v.children):
        return None
    return next((g for g in by_agents(v) if g.i > v.i), None)


def asked(ctx: Context, used_cues: set[int]) -> list[Found]:
    """"Asked whether X, she said Y", "when asked about Z": a reporter's question told by a
    participle without a subject is PolNeAR's attribution of its own (cue "asked", content the
    question: the whether- or wh-clause, the infinitive, or "about" and its object), never the
    answerer's statement; its speaker is the asker named by "by", else none. Under PolNeAR's
    conventions only: the gold files do not count questions (stop 27; on half of PolNeAR's train
    split 25 of the 29 it finds are attributions)."""
    doc = ctx.doc
    out: list[Found] = []
    for i, lower in enumerate(table(doc).lower):
        if lower not in ctx.words.question_forms or i in used_cues:
            continue
        t = doc[i]
        if t.tag_ != "VBN" or ctx.in_quote(t.idx) or any(
                c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in t.children):
            continue
        comp = next((c for c in t.children if c.i > t.i and (
            c.dep_ in ("ccomp", "xcomp") or c.dep_ == "prep" and c.lower_ == "about")), None)
        if comp is None:
            continue
        lo, hi = comp.left_edge.i, min(comp.right_edge.i, ctx.sent_bounds(t.i)[1])
        hi = next((k - 1 for k in range(lo + 1, hi + 1) if doc[k].text in (".", "?", "!")), hi)
        while hi > lo and (doc[hi].is_punct and doc[hi].text not in ")\"”’'" or doc[hi].is_space):
            hi -= 1
        agent = next((k for k in by_agents(t) if k.i < comp.i), None)
        speakers = speakers_of(ctx, agent) if agent is not None else [None]
        source = ctx.np_chars(agent, t) if agent is not None else None
        out.append(Found(speakers, "indirect", (t.idx, t.idx + len(t)),
                         (doc[lo].idx, doc[hi].idx + len(doc[hi])), source, t.i, "asked", 1))
    return out
