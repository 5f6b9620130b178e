"""A reported judgement told by what a measure does: the predicate's own sentiment.

"The union said the tariff would discourage exporters" opposes the tariff; "the minister
said the law would revive the ports" backs the law: a verb that no stance rule reads, in reported
speech, whose subject is a definite noun that names no actor, judges that subject by the verb's
own sentiment (VADER with relation_cues.tsv's valence rows, from the naming threshold), and
negation reverses it; the subject must head on a noun of a measure, decision or text
(``stance_predicates.tsv``), and a verb judged by what it acts upon is left alone. The
stance is weak (``Cand.weak``): it counts only on a proposition that some other stance names,
so a judgement of a thing no one takes a side on ("the storm damaged roads") adds nothing.
Verbs of ``stance_consequences.tsv`` are left to ``consequences.py``; copulas, naming verbs and
stance triggers to their own rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..actors.tokens import table
from ..lexicon import word_class_record
from .candidates import Cand, flip
from .consequences import consequence_words
from .context import PRONOUNS, Reading
from .nouns import VALENCE_NAMING, _valence, naming_verbs, people_noun
from .record import add
from .rules import negated

DATA = Path(__file__).resolve().parent.parent / "data" / "stance_predicates.tsv"
SUBJECT_DEP = "nsubj"
#: a determiner or possessive that makes the subject a definite description of a referent
DEFINITE_DEPS = ("det", "poss")
INDEFINITE = frozenset({"a", "an", "any", "some", "no", "every", "each", "another"})


@dataclass(frozen=True)
class PredicateWords:
    """The word classes of ``stance_predicates.tsv`` (its comments say what each does)."""

    measures: frozenset[str]
    object_judged: frozenset[str]
    harming: frozenset[str]


@lru_cache(maxsize=4)
def predicate_words(path: Path = DATA) -> PredicateWords:
    """``stance_predicates.tsv``, checked on load (``FILE:LINE: problem``)."""
    return word_class_record(PredicateWords, path)


def find(r: Reading, cands: list[Cand]) -> None:
    """Weak candidate stances of speakers on what a judging predicate is said of."""
    w, pw = consequence_words(), predicate_words()
    left = (w.causing | w.lessening | w.raising | r.lex.triggers | r.words.copulas
            | naming_verbs() | pw.object_judged)
    measures = (pw.measures | frozenset(r.lex.descriptions) | r.words.withdrawn_things
                | r.words.punishing)
    tab = table(r.doc)
    for i, (pos, lemma) in enumerate(zip(tab.pos, tab.lemma, strict=True)):
        if pos != "VERB" or lemma in left:
            continue
        tok = r.doc[i]
        # "the tariff would cost jobs": a verb of loss VADER leaves unrated judges as a harm
        value = -VALENCE_NAMING if lemma in pw.harming else _valence([tok])
        if abs(value) < VALENCE_NAMING:
            continue
        subj = next((c for c in tok.children if c.dep_ == SUBJECT_DEP), None)
        if subj is None or subj.lemma_.lower() not in measures or not _referent(r, subj):
            continue
        speakers = r.speaker(tok)
        if not speakers:
            continue
        pol = "support" if value > 0 else "oppose"
        if negated(tok):
            pol = flip(pol)
        before = len(cands)
        add(r, cands, speakers, pol, subj, tok)
        for c in cands[before:]:
            c.weak = True


def _referent(r: Reading, subj: Token) -> bool:
    """A definite common noun that names no actor and no people ("the decision", "its law")."""
    if subj.pos_ != "NOUN" or subj.i in r.mmap or subj.lower_ in PRONOUNS or people_noun(subj):
        return False
    if r.actors_in(subj):
        return False
    dets = [c for c in subj.children if c.dep_ in DEFINITE_DEPS]
    return bool(dets) and not any(c.lower_ in INDEFINITE for c in dets)
