"""Recourse to a court or forum (``stance_recourse.tsv``): "would contest the decree before the
supreme court", "would take the quarrel to an international tribunal", "plans to lodge a
complaint with the WTO", "would appeal to the high court".

A matter carried to a forum ("take the quarrel to X", "file a complaint with X", "appeal to X") is
a step of its own (from the verb to the forum), and the holder of the verb supports it,
whoever else speaks of it; a negated step is no stance. What is contested keeps the stance
verb's reading ("challenge X" opposes X: ``stance_verbs.tsv``), without the forum ("any
new levy", not "any new levy in the courts"); its step gets no proposition of its own, since
its words hold the contested thing's and the two would merge into one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..actors.tokens import tokens_of
from ..lexicon import word_class_record
from .candidates import Cand
from .context import Reading
from .record import add
from .rules import negated

DATA = Path(__file__).resolve().parent.parent / "data" / "stance_recourse.tsv"
OBJECT_DEPS = ("pobj", "pcomp")
CONDITION_MARKS = ("if", "unless")


@dataclass(frozen=True)
class RecourseWords:
    """The word classes of ``stance_recourse.tsv`` (its comments say what each one does)."""

    contesting: frozenset[str]
    referring: frozenset[str]
    filing: frozenset[str]
    filings: frozenset[str]
    appealing: frozenset[str]
    forums: frozenset[str]
    forum_preps: frozenset[str]


@lru_cache(maxsize=4)
def recourse_words(path: Path = DATA) -> RecourseWords:
    """``stance_recourse.tsv``, checked on load (``FILE:LINE: problem``)."""
    return word_class_record(RecourseWords, path)


def find(r: Reading, cands: list[Cand]) -> None:
    """The holder's support for each step of recourse to a forum."""
    w = recourse_words()
    verbs = w.contesting | w.referring | w.filing | w.appealing
    for verb in tokens_of(r.doc, "VERB", verbs):
        lemma = verb.lemma_.lower()
        forum = _forum(r, verb, w)
        if forum is None or negated(verb) or not _step(verb, lemma, w) or not _intended(verb):
            continue
        _without_forum(cands, verb, forum)
        if lemma in w.contesting:
            continue  # the step's phrase holds the contested thing and would merge with it
        holders = [h for h in r.holders(verb) if h not in r.actors_in(forum)]
        if holders:
            add(r, cands, holders, "support", verb, verb, phrase=(verb.i, forum.right_edge.i + 1))


def _without_forum(cands: list[Cand], verb: Token, forum: Token) -> None:
    """"contest any new levy in the courts": what the verb's own stance is on ends before the
    forum (the levy), which names the step, not what is contested."""
    for c in cands:
        if c.trigger == verb.i and c.phrase is not None and (
                c.phrase[0] < forum.i < c.phrase[1]):
            c.phrase = (c.phrase[0], forum.i)


def _forum(r: Reading, verb: Token, w: RecourseWords) -> Token | None:
    """The forum phrase's preposition: "in the courts", "to an international
    tribunal", "with the WTO" (on the verb, or on a filed noun: "a complaint with the WTO")."""
    hosts = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for host in hosts:
        for p in host.children:
            if p.dep_ != "prep" or p.lower_ not in w.forum_preps:
                continue
            obj = next((g for g in p.children if g.dep_ in OBJECT_DEPS), None)
            if obj is not None and any(t.lower_ in w.forums for t in obj.subtree):
                return p
    return None


def _intended(verb: Token) -> bool:
    """A step still to come and not hung on an occasion: "would take the quarrel to X", "is
    ready to refer the row to X" (not "filed a petition", a step told as done, nor
    "would take them to court if they closed the plant", a threat on a condition)."""
    if any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in CONDITION_MARKS
                                     for g in c.children) for c in verb.children):
        return False
    return any(c.dep_ == "aux" and (c.tag_ == "MD" or c.lower_ == "to") for c in verb.children)


def _step(verb: Token, lemma: str, w: RecourseWords) -> bool:
    """The verb's object fits its class: a contested or referred matter (no pronoun test:
    "challenge it before the court"), a filing noun for a filing verb, none needed to appeal."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if lemma in w.filing:
        return obj is not None and obj.lemma_.lower() in w.filings
    if lemma in w.appealing:
        return obj is None
    return obj is not None


__all__ = ["RecourseWords", "find", "recourse_words"]
