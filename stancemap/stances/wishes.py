"""A wish that a text or deal be enacted: "said it hoped the annex would be agreed in May",
"hoped the peace treaty would be signed without further delay".

A wishing verb (``stance_wishes.tsv``: "hope", "wish") whose clause is a passive enacting verb
("be agreed", "be signed", "be ratified"), not negated, with a thing as its subject (no actor's
mention): the wisher backs that thing, the text the clause would see enacted. A wish for
another's conduct ("hoped both sides would exercise restraint") or for what a measure brings
("hoped the pardons would open a new page") has no enacting clause and is left alone.
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

DATA = Path(__file__).resolve().parent.parent / "data" / "stance_wishes.tsv"
CLAUSE_DEPS = ("ccomp",)  # "hoped (that) the annex would be agreed"
THING_TAGS = ("NOUN",)  # the subject names a thing, not an actor
COORDINATION = ("cc", "conj")  # "... agreed in May and that no samples would be withheld"


@dataclass(frozen=True)
class WishWords:
    """The word classes of ``stance_wishes.tsv`` (its comments say what each one does)."""

    wishing: frozenset[str]
    enacting: frozenset[str]


@lru_cache(maxsize=4)
def wish_words(path: Path = DATA) -> WishWords:
    """``stance_wishes.tsv``, checked on load (``FILE:LINE: problem``)."""
    return word_class_record(WishWords, path)


def find(r: Reading, cands: list[Cand]) -> None:
    """Each wish that a thing be enacted: the wisher supports the thing."""
    w = wish_words()
    for verb in tokens_of(r.doc, "VERB", w.wishing):
        if negated(verb):
            continue
        for thing, clause in _enacted(r, verb, w):
            holders = r.holders(verb)
            if not holders:
                continue
            n = len(cands)
            add(r, cands, holders, "support", thing, verb)
            for c in cands[n:]:  # the evidence is the wish: "hoped the annex would be agreed"
                c.evidence = (verb.i, _clause_end(clause))


def _enacted(r: Reading, verb: Token, w: WishWords) -> list[tuple[Token, Token]]:
    """(thing, clause) for the wishing verb's passive enacting clauses with a thing subject."""
    out = []
    for c in verb.children:
        if c.dep_ not in CLAUSE_DEPS or c.lemma_.lower() not in w.enacting or negated(c):
            continue
        out += [(g, c) for g in c.children if g.dep_ == "nsubjpass" and g.pos_ in THING_TAGS
                and g.i not in r.mmap]
    return out


def _clause_end(clause: Token) -> int:
    """Where the clause ends, before any clause coordinated with it ("... and that X")."""
    cut = {t.i for g in clause.children if g.dep_ in COORDINATION for t in g.subtree}
    return max(t.i for t in clause.subtree if t.i not in cut and not t.is_punct) + 1


__all__ = ["WishWords", "find", "wish_words"]
