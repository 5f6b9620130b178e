"""Consequences a measure would bring (word classes of ``stance_consequences.tsv``).

"Peru said the levy would bring peace" backs the levy; "would lead to job losses", "would put
4,000 jobs at risk" oppose it; "would reduce pollution" backs it (a lessening verb reverses
what it takes away); "would raise prices" opposes it and "would lower prices" backs it (a
burden raised or lessened, whatever the sentiment lexicon says). Otherwise the judgement
is the summed sentiment of what is brought (VADER with relation_cues.tsv's valence rows, as
the copula rule reads "X is a disaster"), at the naming threshold. Only a foreseen
consequence (a modal on the verb) of a subject that is no actor (or a gerund clause, "closing
the port would raise prices") counts: "the levy brought changes" or "Chile would bring peace"
tell no stance on a measure.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..actors.tokens import tokens_of
from ..lexicon import word_class_record
from .candidates import Cand, flip
from .context import PRONOUNS, Reading
from .nouns import VALENCE_NAMING, _valence
from .record import add
from .rules import negated

DATA = Path(__file__).resolve().parent.parent / "data" / "stance_consequences.tsv"
OBJECT_DEPS = ("dobj", "prep")  # what is brought, and "to"/"in"/"at" phrases of it
SUBJECT_DEP = "nsubj"


@dataclass(frozen=True)
class ConsequenceWords:
    """The word classes of ``stance_consequences.tsv`` (its comments say what each does)."""

    causing: frozenset[str]
    lessening: frozenset[str]
    raising: frozenset[str]
    burdens: frozenset[str]


@lru_cache(maxsize=4)
def consequence_words(path: Path = DATA) -> ConsequenceWords:
    """``stance_consequences.tsv``, checked on load (``FILE:LINE: problem``)."""
    return word_class_record(ConsequenceWords, path)


def find(r: Reading, cands: list[Cand]) -> None:
    """Candidate stances of speakers on measures by the consequences they foresee."""
    w = consequence_words()
    doc = r.doc
    cues = w.causing | w.lessening | w.raising
    # only a verb of a consequence can tell one
    for tok in tokens_of(doc, "VERB", cues):
        lemma = tok.lemma_.lower()
        if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in tok.children):
            continue  # a consequence told as a fact reports it
        subj = next((c for c in tok.children if c.dep_ == SUBJECT_DEP), None)
        if subj is None or subj.i in r.mmap or subj.lower_ in PRONOUNS or r.actors_in(subj) or (
                subj.pos_ not in ("NOUN", "PROPN")):
            subj = _clause_subject(r, tok)  # "closing the plant would raise prices"
            if subj is None:
                continue
        burden = _burden(tok, w)
        if burden is not None:
            pol = "support" if lemma in w.lessening else "oppose" if lemma in w.raising else None
            if pol is None:
                continue
            add(r, cands, r.speaker(tok), flip(pol) if negated(tok) else pol, subj, tok)
            continue
        if lemma in w.raising:
            continue
        pol = _judged(r, tok)
        if pol is None:
            continue
        if lemma in w.lessening:
            pol = flip(pol)
        if negated(tok):
            pol = flip(pol)
        add(r, cands, r.speaker(tok), pol, subj, tok)


def _judged(r: Reading, verb: Token) -> str | None:
    """support / oppose by the summed sentiment of what the verb brings, actors left out."""
    words = [t for c in verb.children if c.dep_ in OBJECT_DEPS for t in c.subtree
             if t.i not in r.mmap]
    if not any(c.dep_ == "dobj" or c.dep_ == "prep" and any(g.dep_ == "pobj" for g in c.children)
               for c in verb.children):
        return None
    value = _valence(words)
    if abs(value) < VALENCE_NAMING:
        return None
    return "support" if value > 0 else "oppose"


def _clause_subject(r: Reading, verb: Token) -> Token | None:
    """A gerund clause as the subject ("closing the plant would raise prices"), no actor's."""
    subj = next((c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG"), None)
    if subj is None or any(t.i in r.mmap for t in subj.subtree):
        return None
    return subj


def _burden(verb: Token, w: ConsequenceWords) -> Token | None:
    """The verb's object when it is a burden ("prices", "power bills")."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj if obj is not None and obj.lemma_.lower() in w.burdens else None
