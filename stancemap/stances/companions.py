"""Holders a list adds to a predicate's subject beyond its conjuncts and appositions.

* companions: "A and B, along with C, opposed X", "A, together with C, backed X", "A opposed X,
  along with C": an actor joined to the subject or to its verb by a companion adverb and
  preposition (``companions`` and ``companion_preps`` of ``stance_words.tsv``) set off by a
  comma shares the verb's predicate. A counted companion ("together with six members of B") is
  left to the vote tallies, which know a counted part of a party from the party.
* partners: "A joined B in opposing X": the object of a verb of taking part (``joining``) that
  a gerund after "in" hangs on does what the gerund says, as its subject does
  (``Reading.joined_in``).

Both are read for every rule family where the holders of a predicate are found
(``Reading.holders``); neither adds a holder to a predicate of its own ("A backed X, and B
opposed it": B is the second verb's subject, never a companion).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from .context import Reading

COMMA = ","
COUNT = "nummod"  # "together with six members of B": a count on a companion
PARTNER_HOPS = 4  # how far up xcomp/conj chains the gerund of "joined B in V-ing" is looked for
CLIMB_DEPS = ("xcomp", "conj")


def companions(r: Reading, subj: Token) -> list[str]:
    """Actors a companion phrase set off by a comma adds to ``subj`` (on it or on its verb)."""
    w = r.words
    out: list[str] = []
    for host in (subj, subj.head):
        for prep in host.children:
            if prep.dep_ != "prep" or prep.lower_ not in w.companion_preps:
                continue
            for g in prep.children:
                if g.dep_ == "pobj" and _set_off(prep, w.companions) and not any(
                        c.dep_ == COUNT for c in g.children):
                    out += [a for a in r.actors_in(g) if a not in out]
        for adv in host.children:  # "along with C": the preposition under the adverb
            if adv.dep_ == "prep" and adv.lower_ in w.companions:
                out += [a for a in companions_under(r, adv) if a not in out]
    return out


def companions_under(r: Reading, adv: Token) -> list[str]:
    """"along with C" parsed as a preposition "along" whose own preposition is "with"."""
    if adv.i == 0 or adv.doc[adv.i - 1].text != COMMA:
        return []
    out: list[str] = []
    for prep in adv.children:
        if prep.dep_ == "prep" and prep.lower_ in r.words.companion_preps:
            for g in prep.children:
                if g.dep_ == "pobj" and not any(c.dep_ == COUNT for c in g.children):
                    out += [a for a in r.actors_in(g) if a not in out]
    return out


def _set_off(prep: Token, adverbs: frozenset[str]) -> bool:
    """", together with C": a companion adverb right before the preposition, a comma before it."""
    doc = prep.doc
    i = prep.i - 1
    return i > 0 and doc[i].lower_ in adverbs and doc[i - 1].text == COMMA


def partners(r: Reading, verb: Token) -> list[str]:
    """"A joined B in opposing X": B's actors, for the gerund (or a verb it governs)."""
    v = verb
    for _ in range(PARTNER_HOPS):
        if r.joined_in(v):
            join = v.head.head
            return [a for o in join.children if o.dep_ == "dobj" for a in r.actors_in(o)]
        if v.dep_ not in CLIMB_DEPS or v.head.i == v.i:
            break
        v = v.head
    return []
