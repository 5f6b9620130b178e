"""A hostile step threatened for when a text is enacted or kept: "unions threatened a general
strike if the budget is adopted unchanged", "warned that it would respond with corresponding
measures if it passed", "said members would stop work for a week if it was signed", "would call
further strikes unless the government withdrew the penalty".

The step is the verb an "if" or "unless" clause hangs on: a verb of a hostile step (``stepping`` of
``stance_threats.tsv``), a verb of halting with a work object ("stop work"), or a verb of
threatening, or a strike called (``calling`` with an object of ``actions``). The clause's verb
enacts (``enacting`` of ``stance_words.tsv``, shared with ``rules.enacted_occasion``) and is not
negated, or undoes (``undoing``) negated after "if" or plain after "unless"; it has a thing
pronoun or a definite noun naming no actor as its subject or object: the holder opposes that text. A
negated step ("would not strike if X passed") and a backing one ("would back the treaty if the
Senate approved it") are left to the other rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..lexicon import word_class_record
from .candidates import Cand
from .context import Reading
from .record import add
from .rules import DEFINITE, THING_PRONOUNS, marker, negated

DATA = Path(__file__).resolve().parent.parent / "data" / "stance_threats.tsv"
PLAIN_IF = "if"
UNLESS = "unless"
CONDITIONAL = "conditional"
ENACTED_DEPS = ("nsubjpass", "dobj", "nsubj")  # "if it is passed", "passes it", "if it passed"
SINGULAR = "NN"
WORK_DEPS = ("dobj", "prt")  # "stop work", "down tools"


@dataclass(frozen=True)
class ThreatWords:
    """The word classes of ``stance_threats.tsv`` (its comments say what each one does)."""

    stepping: frozenset[str]
    threatening: frozenset[str]
    halting: frozenset[str]
    work: frozenset[str]
    undoing: frozenset[str]
    calling: frozenset[str]
    actions: frozenset[str]


@lru_cache(maxsize=4)
def threat_words(path: Path = DATA) -> ThreatWords:
    """``stance_threats.tsv``, checked on load (``FILE:LINE: problem``)."""
    return word_class_record(ThreatWords, path)


def find(r: Reading, cands: list[Cand]) -> None:
    """Each hostile step hung on the enacting of a text: the holder opposes the text."""
    w = threat_words()
    for clause in r.doc:
        if clause.dep_ != "advcl" or not _occasion(r, clause, w):
            continue
        step = clause.head
        if not _hostile(step, w) or negated(step):
            continue
        text = _enacted(r, clause)
        if text is not None and text.lower_ in THING_PRONOUNS:
            text = _antecedent(r, text, step) or text
        holders = r.holders(step) if text is not None else []
        if not holders:
            continue
        n = len(cands)
        add(r, cands, holders, "oppose", text, step)
        for c in cands[n:]:  # the clause is the occasion of the threat, no term the holder sets
            if c.polarity == CONDITIONAL:
                c.polarity = "oppose"


def _occasion(r: Reading, clause: Token, w: ThreatWords) -> bool:
    """"if X is adopted", "unless X is withdrawn", "if X is not reversed": the text stays."""
    lemma, mk = clause.lemma_.lower(), marker(r.lex, clause)
    if lemma in r.words.enacting:
        return mk == PLAIN_IF and not negated(clause)
    if lemma in w.undoing:
        return (mk == PLAIN_IF and negated(clause)) or (mk == UNLESS and not negated(clause))
    return False


def _hostile(step: Token, w: ThreatWords) -> bool:
    """A verb of a hostile step, a halting of work or a threat."""
    lemma = step.lemma_.lower()
    if step.pos_ != "VERB":
        return False
    if lemma in w.stepping or lemma in w.threatening:
        return True
    if lemma in w.calling and any(
            c.dep_ == "dobj" and c.lemma_.lower() in w.actions for c in step.children):
        return True
    return lemma in w.halting and any(
        c.dep_ in WORK_DEPS and c.lower_ in w.work for c in step.children)


def _enacted(r: Reading, clause: Token) -> Token | None:
    """The text the clause enacts: a thing pronoun or a definite noun naming no actor."""
    kids = sorted((g for g in clause.children if g.dep_ in ENACTED_DEPS),
                  key=lambda g: ENACTED_DEPS.index(g.dep_))
    for g in kids[:1]:  # the thing acted on first: "unless the government withdrew X" is X
        if g.i in r.mmap:
            continue
        if g.lower_ in THING_PRONOUNS:
            return g
        if g.pos_ == "NOUN" and any(
                d.dep_ == "det" and d.lower_ in DEFINITE for d in g.children):
            return g
    return None


def _antecedent(r: Reading, it: Token, step: Token) -> Token | None:
    """"called the law X and said members would stop work if it was signed": the nearest
    singular definite noun before the step's own clause in the sentence, the subject or object
    of its verb, naming no actor."""
    sent = it.sent
    for t in reversed(r.doc[sent.start:step.left_edge.i]):
        if t.dep_ in ENACTED_DEPS and t.pos_ == "NOUN" and t.tag_ == SINGULAR and (
                t.i not in r.mmap) and any(
                d.dep_ == "det" and d.lower_ in DEFINITE for d in t.children):
            return t
    return None


__all__ = ["ThreatWords", "find", "threat_words"]
