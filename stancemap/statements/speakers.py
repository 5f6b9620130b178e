"""Speakers: the subject of a cue, climbing through participles, conjuncts and relative
clauses, and the statement a cue and its subject make."""

from __future__ import annotations

from spacy.tokens import Token

from .context import SUBJ, Context, Found, apart
from .cues import verb_cue
from .lexicon import Rules


def subject_of(rules: Rules, v: Token) -> list[Token]:
    """The subject of cue ``v`` (climbing through participles, conjuncts, relatives)."""
    seen = 0
    t = v
    if v.tag_ == "VBG" and v.dep_ in ("advcl", "conj", "xcomp") and v.i > 1 and (
            v.doc[v.i - 1].text in (",", "—", "–") or v.doc[v.i - 1].is_quote and v.doc[
                v.i - 2].text == ",") and not any(
            c.dep_ in SUBJ for c in v.children):
        # "..., ruling that X" / "..., calling Y Z": the participle belongs to the main
        # clause, not to the relative or reported clause it is attached to
        t = matrix(rules, v)
    while seen < 6:
        seen += 1
        subj = [c for c in t.children if c.dep_ in ("nsubj", "csubj")]
        if subj:
            s = subj[0]
            if s.lower_ in rules.words.relative and t.dep_ == "relcl":
                return [t.head]
            if s.lower_ in ("it", "there") and s.dep_ == "nsubj" and t.lemma_ == "be":
                return []
            return [s]
        agent = [c for c in t.children if c.dep_ == "agent"]
        if agent:
            objs = [c for c in agent[0].children if c.dep_ == "pobj"]
            if objs:
                return [objs[0]]
        if report_conj(rules, t):
            # "X said the charges were Y and accused Z of W": the second report is the
            # speaker's, not that of the reported clause's subject
            t = t.head.head
            continue
        if t.dep_ in ("xcomp", "advcl", "conj", "pcomp") and t.head.i != t.i:
            t = t.head
            if t.pos_ in ("NOUN", "PROPN", "PRON") and v.dep_ == "conj":
                return []
            continue
        if t.dep_ == "acl" and t.head.i != t.i:
            h = t.head
            if h.pos_ in ("PROPN", "PRON") or h.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
                return [h]
            if h.lemma_.lower() in rules.lex.nouns:
                # "a statement saying X": the statement's author
                poss = [c for c in h.children if c.dep_ == "poss"]
                if poss:
                    return [poss[0]]
                t = h.head
                while t.dep_ in ("prep", "pobj") and t.head.i != t.i:
                    t = t.head
                continue
            return [h] if h.pos_ == "NOUN" else []
        if t.dep_ == "relcl" and t.head.i != t.i:
            return [t.head]
        return []
    return []


def report_conj(rules: Rules, t: Token) -> bool:
    """Is cue ``t`` a conjunct of the clause another speech cue reports (``said X and
    called on Y``, the second verb parsed as a conjunct of X)?"""
    own = verb_cue(rules, t)
    if t.dep_ != "conj" or own is None or own.cls != "speech" or t.tag_ == "VBG" or (
            t.lemma_ in rules.words.withhold):
        return False
    h = t.head
    if h.dep_ != "ccomp" or h.i > t.i or h.head.i == h.i or h.head.i > h.i:
        return False
    cue = verb_cue(rules, h.head)
    if cue is None or cue.cls != "speech":
        return False
    return any(c.dep_ == "cc" and c.i < t.i for c in h.children) or any(
        c.dep_ == "cc" for c in t.children)


def matrix(rules: Rules, v: Token) -> Token:
    """The main clause a sentence-final participle ``v`` belongs to."""
    h = v.head
    for _ in range(8):
        if h.head.i == h.i or apart(h.head, h):
            break
        if h.dep_ in ("relcl", "acl") or h.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADP"):
            h = h.head
            continue
        if h.dep_ in ("ccomp", "xcomp") and verb_cue(rules, h.head) is not None:
            h = h.head
            continue
        break
    return h if h.pos_ in ("VERB", "AUX") else v


def make_found(ctx: Context, v: Token, kind: str, content: tuple[int, int], rule: str,
          priority: int = 1, colon: bool = False,
          cue_chars: tuple[int, int] | None = None) -> Found | None:
    subj = subject_of(ctx.rules, v) if not colon else []
    if colon:
        subj = [c for c in v.head.children if c.dep_ in SUBJ and c.i < v.i]
        if not subj:
            # a bare name before the colon: its last word's phrase
            k = v.i - 1
            while k >= 0 and ctx.doc[k].is_space:
                k -= 1
            if k >= 0:
                t = ctx.doc[k]
                while t.head.i != t.i and t.head.i < v.i and t.dep_ in (
                        "compound", "flat", "appos", "amod", "nmod", "poss"):
                    t = t.head
                subj = [t]
    if not subj:
        speakers: list[str | None] = [None]
        src = None
        # "said X" with X not parsed as the subject: the name after the verb
        nxt = ctx.next_word(v.i)
        if nxt is not None and rule == "quote-tag" and (
                ctx.doc[nxt].pos_ in ("PROPN", "PRON") or ctx.actor(nxt)):
            subj = [ctx.doc[nxt]]
    if subj and ctx.para_of_tok(subj[0].i) != ctx.para_of_tok(v.i):
        subj = []
        speakers, src = [None], None
    if subj:
        s = subj[0]
        speakers = ctx.speakers_of(s)
        src = ctx.np_chars(s, v)
        rel = [c for c in v.children if c.dep_ in SUBJ and c.lower_ in ctx.words.relative]
        if rel and v.dep_ == "relcl":
            # "..., who said X": the relative pronoun names the speaker here
            src = (rel[0].idx, rel[0].idx + len(rel[0]))
    if cue_chars is None:
        cue_chars = (v.idx, v.idx + len(v))
    return Found(speakers, kind, cue_chars, content, src, v.i, rule, priority)
