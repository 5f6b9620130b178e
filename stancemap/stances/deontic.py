"""What someone says another ought to do: "Peru said Chile should lift the tariffs", "said
Chile should not abolish the threshold", '"Chile must reopen the port," X said'.

A reported clause whose verb carries "should" or "must", with an actor other than the speaker
as its subject, states the speaker's position on that course of action
(``stance_deontic.tsv``): the speaker, not the clause's subject, backs it (opposes it when
negated); an undoing reverses onto what it undoes ("should scrap the levy": against the levy,
as in "demanded that X scrap Y"). Left out: a norm of no actor ("aid should not be used as a
weapon", "disputes should be settled peacefully"), the speaker's own course ("we must act"), a
clause no one reports (the narrator's "the appeal must be lodged within ten days"), a
counterfactual ("should have spoken out earlier": blame for the past), a copula or light verb
("should not be bargaining chips"), a stance verb (its own rule reads it), a question
("whether they should be lifted").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..actors.tokens import table
from ..lexicon import word_class_record
from . import phrases
from .candidates import Cand, flip
from .context import Reading
from .record import add
from .rules import negated, reverse

DATA = Path(__file__).resolve().parent.parent / "data" / "stance_deontic.tsv"
PAST = "have"  # "should have summoned X first"
OPEN = ("whether", "if")


@dataclass(frozen=True)
class DeonticWords:
    """The word classes of ``stance_deontic.tsv`` (its comments say what each one does)."""

    modals: frozenset[str]
    stop: frozenset[str]


@lru_cache(maxsize=4)
def deontic_words(path: Path = DATA) -> DeonticWords:
    """``stance_deontic.tsv``, checked on load (``FILE:LINE: problem``)."""
    return word_class_record(DeonticWords, path)


def find(r: Reading, cands: list[Cand]) -> None:
    """The speaker's stance on each course of action a reported clause says ought to be."""
    w = deontic_words()
    tab = table(r.doc)
    modals = w.modals
    for i, low in enumerate(tab.lower):
        if low not in modals:
            continue
        aux = r.doc[i]  # (a Token only for a modal word)
        verb = aux.head
        if aux.dep_ != "aux" or verb.pos_ != "VERB" or not _course(r, verb, w):
            continue
        holders = r.speaker(verb)
        doers = r.actors_in(subj) if (subj := r.subject(verb)) is not None else []
        if not holders or not doers or set(doers) & set(holders):
            continue  # a norm of no one ("disputes should be settled"), or one's own plan
        pol = "oppose" if negated(verb) else "support"
        undone = _undone_subject(r, verb)
        if undone is not None:  # "the sanctions should be lifted": against the sanctions
            add(r, cands, holders, flip(pol), undone, verb)
            continue
        rpol, inner = reverse(r.lex, pol, verb)
        if inner is not verb:  # "should scrap the levy": against the levy
            add(r, cands, holders, rpol, inner, verb)
            continue
        passive = next((g for g in verb.children if g.dep_ == "nsubjpass"
                        and g.i not in r.mmap and g.pos_ == "NOUN"), None)
        start = passive.left_edge.i if passive is not None else verb.i
        add(r, cands, holders, pol, verb, verb, phrase=(start, phrases.phrase(verb, r.words)[1]))


def _course(r: Reading, verb: Token, w: DeonticWords) -> bool:
    """A course of action: no copula, light or stance verb, no counterfactual, no question."""
    lemma = verb.lemma_.lower()
    if lemma in r.words.action_stop or lemma in r.lex.verb_triggers or lemma in w.stop:
        return False
    if any(c.dep_ == "aux" and c.lower_ == PAST for c in verb.children):
        return False
    return not any(c.dep_ == "mark" and c.lower_ in OPEN for c in verb.children)


def _undone_subject(r: Reading, verb: Token) -> Token | None:
    """"the sanctions should be lifted": a passive undoing's non-actor subject."""
    subj = next((g for g in verb.children if g.dep_ == "nsubjpass"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.i in r.mmap:
        return None
    rpol, inner = reverse(r.lex, "support", verb)
    return subj if inner is not verb and rpol == "oppose" else None


__all__ = ["DeonticWords", "deontic_words", "find"]
