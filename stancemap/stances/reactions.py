"""Reactions told from the side of their cause (word classes of ``stance_reactions.tsv``).

"The ban drew criticism from X", "Y recognised Z, drawing condemnation from X", "a deal
that has drawn criticism from X": X opposes the cause, which is the drawing verb's non-actor
subject or, when the subject is an actor, that actor's act. "The ban angered farmers" (a
verb of causing anger or pleasure): the object actors oppose (back) the non-actor subject.
An actor subject of the drawing verb itself ("Germany drew criticism from France") names no
proposition, and a negated verb tells no reaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..actors.tokens import tokens_of
from ..lexicon import word_class_record
from .candidates import Cand
from .context import PRONOUNS, SUBJECT_DEPS, Reading
from .record import add
from .rules import negated

DATA = Path(__file__).resolve().parent.parent / "data" / "stance_reactions.tsv"
CLIMB_DEPS = ("conj", "advcl", "relcl", "xcomp", "attr", "acl")  # to the clause of the cause
CLIMB_HOPS = 5
ACT_DEPS = ("dobj", "prt", "dative")  # an act's extent ("recognised Somaliland")
RELATIVE = ("that", "which")


@dataclass(frozen=True)
class ReactionWords:
    """The word classes of ``stance_reactions.tsv`` (its comments say what each one does)."""

    drawing: frozenset[str]
    opposing: frozenset[str]
    supporting: frozenset[str]
    angering: frozenset[str]
    pleasing: frozenset[str]


@lru_cache(maxsize=4)
def reaction_words(path: Path = DATA) -> ReactionWords:
    """``stance_reactions.tsv``, checked on load (``FILE:LINE: problem``)."""
    return word_class_record(ReactionWords, path)


def find(r: Reading, cands: list[Cand]) -> None:
    """Candidate stances of the reacting actors."""
    w = reaction_words()
    doc = r.doc
    # only a drawing, angering or pleasing verb tells a reaction
    cues = w.drawing | w.angering | w.pleasing
    for tok in tokens_of(doc, "VERB", cues):
        lemma = tok.lemma_.lower()
        if negated(tok):
            continue
        if lemma in w.drawing:
            _drawn(r, tok, w, cands)
        elif lemma in w.angering or lemma in w.pleasing:
            pol = "oppose" if lemma in w.angering else "support"
            holders = [a for c in tok.children if c.dep_ == "dobj" for a in r.actors_in(c)]
            verb = tok
            while _subject(verb) is None and verb.dep_ == "conj" and verb.head.pos_ == "VERB":
                verb = verb.head  # "the tariff infuriated X and delighted Y"
            cause = _subject(verb)
            if holders and cause is not None:
                _add_cause(r, verb, tok, cause, holders, pol, cands, own_verb=True)


def _drawn(r: Reading, tok: Token, w: ReactionWords, cands: list[Cand]) -> None:
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [g for o in objs for g in o.children if g.dep_ == "conj"]  # "criticism ... and praise"
    for obj in objs:
        noun = obj.lemma_.lower()
        pol = "oppose" if noun in w.opposing else "support" if noun in w.supporting else None
        if pol is None:
            continue
        froms = [p for p in obj.children if p.dep_ == "prep" and p.lower_ == "from"] or [
            # "criticism from X and praise from Y": the parse hangs Y's "from" on the verb
            p for p in tok.children if p.dep_ == "prep" and p.lower_ == "from" and p.i > obj.i]
        holders = [a for p in froms[:1] for g in p.children if g.dep_ in ("pobj", "conj")
                   for a in r.actors_in(g)]
        if not holders:
            continue
        verb, subj = _cause_clause(tok)
        if subj is not None:
            _add_cause(r, verb, tok, subj, holders, pol, cands, own_verb=verb is tok)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)


def _cause_clause(tok: Token) -> tuple[Token, Token | None]:
    """The nearest verb at or above ``tok`` with a subject of its own, and that subject (a
    reported act's own clause when the verb is a report: "X killed Y, officials said,
    drawing ...")."""
    v = tok
    for _ in range(CLIMB_HOPS):
        subj = _subject(v) if v.pos_ in ("VERB", "AUX") else None
        if subj is not None:
            return v, subj
        if v.dep_ not in CLIMB_DEPS or v.head is v:
            break
        v = v.head
    return v, None


def _add_cause(r: Reading, verb: Token, trigger: Token, subj: Token, holders: list[str],
               pol: str, cands: list[Cand], own_verb: bool) -> None:
    if subj.lower_ in RELATIVE and verb.dep_ == "relcl":
        subj = verb.head  # "a deal that has drawn criticism"
    if verb.lemma_.lower() in r.words.act_tellers:
        told = next((c for c in verb.children if c.dep_ == "ccomp"), None)
        if told is not None and _subject(told) is not None:
            verb, subj = told, _subject(told)  # "X killed Y, officials said, drawing ..."
    if subj.lower_ in PRONOUNS or subj.pos_ not in ("NOUN", "PROPN"):
        return
    holders = [h for h in holders if h not in r.actors_in(subj)]
    if not holders:
        return
    if subj.i not in r.mmap and not r.actors_in(subj):
        add(r, cands, holders, pol, subj, trigger)  # "the ban drew criticism from X"
    elif not own_verb:
        # "Y recognised Z, drawing condemnation from X": X takes a side on Y's act
        end = max((c.right_edge.i + 1 for c in verb.children
                   if c.i > verb.i and c.dep_ in ACT_DEPS), default=verb.i + 1)
        if end > verb.i + 1:
            add(r, cands, holders, pol, verb, trigger, phrase=(verb.i, end))
