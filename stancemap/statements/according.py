"""Attributions without a speech verb: ``according to X, ...``."""

from __future__ import annotations

from collections.abc import Collection, Iterator

from spacy.tokens import Doc, Token

from ..actors.tokens import span_text, table
from .content import token_span
from .context import SUBJ, Context, Found
from .cues import verb_cue
from .lexicon import Rules
from .speakers import speakers_of


def according_to(ctx: Context) -> list[Found]:
    """``according to X, ...`` and the other ``source`` cues of ``cues.tsv``."""
    doc = ctx.doc
    out: list[Found] = []
    source_first = ctx.rules.source_first
    tab = table(doc)
    for i, lower in enumerate(tab.lower):
        cands = source_first.get(lower)
        if not cands:
            continue
        for words, _cue in cands:  # (Tokens made only where the words match)
            if span_text(doc, i, i + len(words)).lower().split() != list(words):
                continue
            if ctx.in_quote(tab.idx[i]):
                continue
            f = _according_at(ctx, doc[i], doc[i + len(words) - 1])
            if f is not None:
                out.append(f)
                break
    return out


def in_source(ctx: Context) -> list[Found]:
    """"In a poll released Monday, 50 percent chose X": a text or poll (``in_sources``) after
    "in" that opens its clause, comma after it, gives the words of the rest of the clause."""
    out: list[Found] = []
    for t, _ in _in_phrases(ctx.doc, ctx.words.in_sources):
        if not _opens(ctx, t):
            continue
        f = _according_at(ctx, t, t)
        if f is not None:
            out.append(f)
    return out


def in_poll(ctx: Context, used_cues: set[int], found: list[Found]) -> list[Found]:
    """"Mr. X is ahead in the latest polls", "she fell to 10 percent in a CNN poll": a poll
    (``polls``) after "in" that trails its clause is PolNeAR's attribution, cue "in", source
    the poll, content the clause's subject and verb before it. Under PolNeAR's conventions
    only; a clause whose verb is itself a cue is that verb's report, and a clause inside a
    content ``found`` ("shocked that X is leading in the polls") or a relative clause ("who
    leads in the polls") is none."""
    doc = ctx.doc
    out: list[Found] = []
    for t, src in _in_phrases(doc, ctx.words.polls):
        if t.dep_ != "prep":
            continue
        v = t.head
        if v.pos_ not in ("VERB", "AUX") and v.head.i != v.i:
            v = v.head  # "is ahead in the polls"
        if (v.pos_ not in ("VERB", "AUX") or v.i > t.i or v.i in used_cues
                or verb_cue(ctx.rules, v) is not None or ctx.in_quote(t.idx)
                or any(f.content[0] <= t.idx < f.content[1] for f in found)):
            continue
        subj = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < v.i]
        if not subj or subj[0].tag_ in ("WDT", "WP", "WP$"):
            continue
        lo, hi = ctx.trim(max(subj[0].left_edge.i, ctx.sent_bounds(v.i)[0]), t.i - 1)
        if lo is None or hi is None:
            continue
        out.append(Found(speakers_of(ctx, author_of(ctx.rules, src)), "indirect",
                         (t.idx, t.idx + len(t)), (doc[lo].idx, doc[hi].idx + len(doc[hi])),
                         (doc[src.left_edge.i].idx, src.right_edge.idx + len(src.right_edge)),
                         t.i, "in_poll", 1))
    return out


def _in_phrases(doc: Doc, heads: Collection[str]) -> Iterator[tuple[Token, Token]]:
    """Each "in" of ``doc`` with its first object, where that object's lemma is in ``heads``."""
    for i, lower in enumerate(table(doc).lower):
        if lower != "in":
            continue
        t = doc[i]
        obj = next((c for c in t.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.lemma_.lower() in heads:
            yield t, obj


def _opens(ctx: Context, t: Token) -> bool:
    """Does "in" phrase ``t`` open a clause with no cue verb in it, with a comma after it and a
    subject after that ("In a statement, the ministry said X" has its cue: no)?"""
    v = t.head
    if t.dep_ != "prep" or v.pos_ not in ("VERB", "AUX") or v.i < t.i or ctx.in_quote(t.idx):
        return False
    if t.i != v.left_edge.i or _has_cue(ctx, v):
        return False  # "In an interview, X said Y": the cue's own statement
    end = t.right_edge.i + 1
    return end < len(ctx.doc) and ctx.doc[end].text == "," and any(
        k.dep_ in SUBJ and k.i > end for k in v.children)


def _has_cue(ctx: Context, v: Token) -> bool:
    return any(k.pos_ == "VERB" and k.lemma_.lower() in ctx.lex.verbs for k in v.subtree)


def _according_at(ctx: Context, t: Token, last: Token) -> Found | None:
    """The statement of the source phrase ``t`` .. ``last`` ("according to") and its source."""
    doc = ctx.doc
    objs = [c for c in last.children if c.dep_ == "pobj"] or [
        c for c in t.subtree if c.dep_ == "pobj"]
    if objs:
        src_tok = objs[0]
    elif last.i + 1 < len(doc):
        src_tok = doc[last.i + 1]
    else:
        return None
    head = t.head if t.head.i != t.i else t
    while head.dep_ in ("prep", "pobj", "pcomp") and head.head.i != head.i:
        head = head.head
    src_s, src_e = src_tok.left_edge.i, src_tok.right_edge.i
    if objs and head.pos_ in ("VERB", "AUX") and not any(
            k.dep_ in SUBJ for k in head.children):
        src_e = _source_end(ctx, src_tok, head, src_e)
    src_e = max(src_e, last.i + 1)
    span = token_span(ctx, *_according_content(ctx, t, head, src_e), mark=True)
    if span is None:
        return None
    speaker_chars = (doc[src_s].idx, doc[src_e].idx + len(doc[src_e]))
    if objs:
        speakers = speakers_of(ctx, author_of(ctx.rules, src_tok))
    else:
        speakers = [ctx.actor_for_chars(*speaker_chars)]
    cue_chars = (t.idx, last.idx + len(last))
    return Found(speakers, "indirect", cue_chars, span, speaker_chars, t.i, "according", 2)


def _source_end(ctx: Context, src_tok: Token, head: Token, src_e: int) -> int:
    """"According to X, any step that ... could push ...": the parser took the subject of the
    reported clause for an apposition to the source; the source ends before it."""
    doc = ctx.doc
    for c in src_tok.children:
        if c.dep_ == "appos" and c.i > src_tok.i and c.right_edge.i + 1 < len(
                doc) and doc[c.right_edge.i + 1].head.i == head.i:
            src_e = c.left_edge.i - 1
            while src_e > src_tok.i and doc[src_e].is_punct:
                src_e -= 1
            break
    return src_e


def _according_content(ctx: Context, t: Token, head: Token, phrase_e: int) -> tuple[int, int]:
    """The tokens reported: the clause the source phrase ``t`` .. ``phrase_e`` hangs on (or its
    sentence), on the side of the phrase that holds the longer part."""
    phrase_s = t.i
    sent = ctx.sent_bounds(t.i)
    if head.pos_ in ("VERB", "AUX") and head.i != t.i:
        head = _first_conjunct(head)
        lo, hi = head.left_edge.i, head.right_edge.i
    else:
        lo, hi = sent
    lo, hi = max(lo, sent[0]), min(hi, sent[1])
    if phrase_s <= lo + 1:
        return phrase_e + 1, hi
    if phrase_e >= hi - 1:
        return lo, phrase_s - 1
    left = (lo, phrase_s - 1)
    right = (phrase_e + 1, hi)
    if own_clause(ctx, phrase_e + 1, hi):
        # "X happened, according to Y, while Z said W": the clause after is another one
        return left
    return left if left[1] - left[0] >= right[1] - right[0] else right


def _first_conjunct(v: Token) -> Token:
    """"It extends X and cuts Y, but does not reduce Z, according to W": the source phrase
    hangs on the last of verbs sharing one subject; what it reports is all of them, from the
    first, which has the subject (not where that verb is itself reported: "officials said
    they backed X but wanted Y, according to Z" is the speech verb's statement)."""
    while v.dep_ == "conj" and v.head.pos_ in ("VERB", "AUX") and not any(
            k.dep_ in SUBJ for k in v.children) and any(
            k.dep_ in SUBJ for k in v.head.children) and v.head.dep_ not in ("ccomp", "xcomp"):
        v = v.head
    return v


def own_clause(ctx: Context, s: int, e: int) -> bool:
    """Does ``doc[s:e+1]`` open a clause of its own (", while the army said X")?"""
    doc = ctx.doc
    k = s
    while k <= e and (doc[k].is_punct or doc[k].is_space):
        k += 1
    if k > e:
        return False
    t = doc[k]
    return t.lower_ in ctx.words.own_clause and (
        t.dep_ in ("mark", "cc")) and any(
        x.dep_ in SUBJ for x in doc[k:e + 1])


def author_of(rules: Rules, t: Token) -> Token:
    """The author behind a document: "a statement from the ministry" -> the ministry."""
    if t.lemma_.lower() not in rules.lex.nouns:
        return t
    for c in t.children:
        if c.dep_ == "poss":
            return c
        if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by", "of") and c.i > t.i:
            objs = [k for k in c.children if k.dep_ == "pobj"]
            if objs:
                return objs[0]
    return t
