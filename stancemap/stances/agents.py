"""Positions held toward a thing, told by who someone is rather than by what they did.

* Agent nouns of a position ("X, a fierce critic of the carbon tax", "X is an advocate of a
  balanced-budget amendment"): the one the noun is said of holds a stance on what its
  preposition names (``stance_agents.tsv``).
* A copula with "against" ("X is against the tax bill"): opposition.

An actor as the object is a relation, not a stance (the relations layer reads "a critic of
Obama")."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from ..lexicon import read_rows
from .candidates import Cand
from .context import Reading
from .lexicon import DATA, POLAR
from .record import add
from .rules import negated

AGENTS_FILE = DATA / "stance_agents.tsv"
COPULA = "be"


@lru_cache(maxsize=4)
def agent_nouns(path: Path = AGENTS_FILE) -> dict[str, tuple[str, tuple[str, ...]]]:
    """noun -> (polarity, prepositions), read and checked once."""
    out: dict[str, tuple[str, tuple[str, ...]]] = {}
    for row in read_rows(path, 3, 3):
        out[row.word(0, "agent noun")] = (row.choice(1, POLAR, "polarity"),
                                          row.words(2, "preposition", sep=","))
    return out


def bearers(r: Reading, noun: Token) -> list[str]:
    """Who an agent noun is said of: "X, a critic of Y" (apposition), "X is a critic of Y"
    (the copula's subject), or the actor whose mention holds the apposition."""
    if noun.i in r.mmap:
        return [r.mmap[noun.i]]
    if noun.dep_ == "appos":
        return r.actors_in(noun.head)
    if noun.dep_ == "attr" and noun.head.lemma_ == COPULA and not negated(noun.head):
        subj = r.subject(noun.head)
        return r.actors_in(subj) if subj is not None else []
    return []


def agent(r: Reading, noun: Token, cands: list[Cand]) -> None:
    """The bearer's stance on the non-actor object of the agent noun's preposition."""
    entry = agent_nouns().get(noun.lemma_.lower())
    if entry is None or noun.pos_ != "NOUN":
        return
    pol, preps = entry
    obj = next((g for c in noun.children if c.dep_ == "prep" and c.lower_ in preps
                for g in c.children if g.dep_ == "pobj"), None)
    if obj is None or r.actors_in(obj) or obj.pos_ == "PRON":
        return
    holders = bearers(r, noun)
    if holders:
        add(r, cands, holders, pol, obj, noun)


AGAINST = "against"


def against(r: Reading, prep: Token, cands: list[Cand]) -> None:
    """"X is against the tax bill", "being against regime change": a copula with "against"
    and a thing (no actor) as its object is the subject's opposition to it."""
    cop = prep.head
    if prep.dep_ != "prep" or cop.lemma_ != COPULA or negated(cop):
        return
    obj = next((g for g in prep.children if g.dep_ in ("pobj", "pcomp")), None)
    if obj is None or obj.pos_ == "PRON" or r.actors_in(obj):
        return
    add(r, cands, r.holders(cop), "oppose", obj, prep)
