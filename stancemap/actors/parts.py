"""A counted part of a body is not the body: "four Democrats", "several EPP members", "three
of its lawmakers" hold no stance of their party and are no source of its acts; "the two
countries", "its 27 members" and "most Democrats" are the whole.

Shared by the stance and event stages; the words are classes of ``data/actors/words.tsv``.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from ..model import Actor
from .words import WORDS

COUNT_WORDS = WORDS["count_words"]
COUNTED_MEMBERS = WORDS["counted_members"]
PLURAL_TAGS = ("NNS", "NNPS")


def counted_part(np: Token, mmap: Mapping[int, str], actors: Mapping[str, Actor]) -> bool:
    """Is ``np`` (a noun phrase's head) a counted part of a body? ``mmap`` maps token indexes
    to actor ids, ``actors`` ids to actors."""
    if np.pos_ == "NUM" or np.lower_ in COUNT_WORDS:
        return _counted_of(np)
    counts = [c for c in np.children if _counts(c)]
    if np.tag_ not in PLURAL_TAGS or not counts:
        return False
    body = _body(np, mmap)
    if body is not None and all(mmap.get(c.i) == body for c in counts):
        return False  # the count is part of the actor's own mention: "several environmental groups"
    actor = actors.get(body) if body is not None else None
    if actor is not None and np.i in mmap:
        return actor.type == "organization"  # "the four Democrats who voted yes"
    if any(c.dep_ in ("det", "poss") and c.lower_ not in COUNT_WORDS for c in np.children):
        return False
    return np.lemma_.lower() in COUNTED_MEMBERS


def _counted_of(np: Token) -> bool:
    """"three of its lawmakers", "several of the members"."""
    part = next((g for c in np.children if c.dep_ == "prep" and c.lower_ == "of"
                 for g in c.children if g.dep_ == "pobj"), None)
    return part is not None and part.tag_ in PLURAL_TAGS


def _counts(word: Token) -> bool:
    """A number or a counting quantifier on the noun ("four", "several")."""
    return (word.dep_ == "nummod" and word.ent_type_ == "CARDINAL") or (
        word.dep_ in ("amod", "det") and word.lower_ in COUNT_WORDS)


def _body(np: Token, mmap: Mapping[int, str]) -> str | None:
    """The actor the noun or its compound names ("EPP members")."""
    if np.i in mmap:
        return mmap[np.i]
    return next((mmap[c.i] for c in np.children if c.dep_ == "compound" and c.i in mmap), None)
