"""Cue matching: which token is a speech, belief or intention cue of the lexicon."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.tokens import parse, table
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
    # on the per-Doc tables: a Token is made only for the word found
    doc, i = t.doc, t.i
    p, words = parse(doc), table(doc)
    dep, head, lower = p.dep, p.head, words.lower
    phrases = rules.lex.phrases
    lem = words.lemma[i]  # ``t.lemma_.lower()``
    for j in p.kids[i]:
        if dep[j] in ("prep", "prt") and j > i and j - i <= 2:
            cue = phrases.get((lem, lower[j]))
            if cue is not None:
                return cue, doc[j]
    for j in range(i + 1, min(len(doc), i + 3)):
        # "called for footage to be released": the particle parsed as a clause's mark
        if dep[j] == "mark" and head[head[j]] == i:
            cue = phrases.get((lem, lower[j]))
            if cue is not None:
                return cue, doc[j]
    if i + 1 < len(doc):
        cue = phrases.get((lem, lower[i + 1]))
        if cue is not None and dep[i + 1] in ("prep", "prt", "agent"):
            return cue, doc[i + 1]
    return None


def from_verb_ok(rules: Rules, t: Token) -> bool:
    """Could cue verb ``t`` (inside another report) make a statement of its own?"""
    cue = verb_cue(rules, t)
    return cue is not None and any(
        c.dep_ in ("ccomp", "dobj", "xcomp", "oprd", "prep") and c.i > t.i
        for c in t.children)
