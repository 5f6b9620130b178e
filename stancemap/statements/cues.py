"""Cue matching: which token is a speech, belief or intention cue of the lexicon."""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Cue, Rules


def verb_cue_word(rules: Rules, word: str) -> bool:
    w = word.lower()
    for form in (w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("ed") else w,
                 w[:-1] if w.endswith("ed") else w):
        if form in rules.lex.verbs:
            return True
    return w in rules.words.irregular_cue_forms


def verb_cue(rules: Rules, t: Token) -> Cue | None:
    cue = rules.lex.verbs.get(t.lemma_.lower())
    if cue is None and t.lower_ in rules.words.said_forms:
        cue = rules.lex.verbs.get("say")
    return cue


def phrase_cue(rules: Rules, t: Token) -> tuple[Cue, Token] | None:
    doc = t.doc
    for c in t.children:
        if c.dep_ in ("prep", "prt") and c.i > t.i and c.i - t.i <= 2:
            cue = rules.lex.phrases.get((t.lemma_.lower(), c.lower_))
            if cue is not None:
                return cue, c
    for c in doc[t.i + 1:min(len(doc), t.i + 3)]:
        # "called for footage to be released": the particle parsed as a clause's mark
        if c.dep_ == "mark" and c.head.head.i == t.i:
            cue = rules.lex.phrases.get((t.lemma_.lower(), c.lower_))
            if cue is not None:
                return cue, c
    if t.i + 1 < len(doc):
        nxt = doc[t.i + 1]
        cue = rules.lex.phrases.get((t.lemma_.lower(), nxt.lower_))
        if cue is not None and nxt.dep_ in ("prep", "prt", "agent"):
            return cue, nxt
    return None


def from_verb_ok(rules: Rules, t: Token) -> bool:
    """Could cue verb ``t`` (inside another report) make a statement of its own?"""
    cue = verb_cue(rules, t)
    return cue is not None and any(
        c.dep_ in ("ccomp", "dobj", "xcomp", "oprd", "prep") and c.i > t.i
        for c in t.children)
