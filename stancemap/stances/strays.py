"""Strays: a holder's verdict told on a stray thing of its own sentence is a stance on the
story's main question.

"Kyiv said the offer was 'an insult to 31 coffins'": the stance read on "31 coffins" is
Kyiv's verdict on the question the story is about, told in words whose object is a thing, not
an act. Where a proposition names no act (no verb and no singular noun of an act, WordNet's
noun.act nouns with a verb derived: "a pension freeze", "a second vote", in its one mention),
only one actor holds it, and that actor holds nothing on the story's main question (the
proposition clearly most actors hold), the stance is moved to the main question, its polarity
and evidence kept.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Token

from .candidates import Cluster
from .context import Reading

#: (actor, proposition, polarity, statement, evidence): a settled stance of the stage
Found = tuple

STRAYS_MOVED = True
#: the distinct holders that make a proposition the story's main question
MAIN_MIN_HOLDERS = 5
#: how many more holders the main question has than the next proposition
MAIN_LEAD = 2
#: the mentions of a stray proposition at most (a thing named once)
STRAY_MENTIONS = 1
#: the part of speech whose presence makes a phrase an act, not a stray thing
ACT_POS = "VERB"
#: the part of speech of a word that names an act by a noun ("pension freeze", "second vote")
ACT_NOUN_POS = "NOUN"
#: the number of a noun that names a class of things, not one act ("its measures", "emissions")
PLURAL = "Plur"
#: nouns of acts (WordNet's noun.act with a verb derived; scripts/build_act_nouns.py)
ACT_NOUNS = Path(__file__).resolve().parent.parent / "data" / "act_nouns.txt"
#: polarities that keep their own proposition: a condition sets terms on that very thing
#: ("would not accept the bond swap unless lenders share losses")
KEPT_POLARITIES = frozenset({"conditional"})


def _holders(found: list[Found]) -> dict[int, set[str]]:
    """The actors holding a stance on each proposition."""
    out: dict[int, set[str]] = {}
    for f in found:
        out.setdefault(f[1], set()).add(f[0])
    return out


def main_question(found: list[Found]) -> int | None:
    """The proposition most actors hold, when it has ``MAIN_MIN_HOLDERS`` at least and leads
    the next one by ``MAIN_LEAD``; else None."""
    held = sorted(_holders(found).items(), key=lambda kv: (-len(kv[1]), kv[0]))
    if not held or len(held[0][1]) < MAIN_MIN_HOLDERS:
        return None
    if len(held) > 1 and len(held[0][1]) - len(held[1][1]) < MAIN_LEAD:
        return None
    return held[0][0]


@lru_cache(maxsize=1)
def act_nouns() -> frozenset[str]:
    """The nouns that name an act ("freeze", "election", "vote", "closure")."""
    lines = ACT_NOUNS.read_text(encoding="utf-8").splitlines()
    return frozenset(w for w in lines if w and not w.startswith("#"))


def _act(t: Token) -> bool:
    """Whether a word makes its phrase an act: a verb, or a singular noun of an act (a plural
    names the things done, as a class: "its measures", "emissions")."""
    return t.pos_ == ACT_POS or (t.pos_ == ACT_NOUN_POS and t.lemma_.lower() in act_nouns()
                                 and PLURAL not in t.morph.get("Number"))


def stray(r: Reading, cl: Cluster) -> bool:
    """Whether a proposition is a thing named in passing: mentioned ``STRAY_MENTIONS`` times
    at most, with no verb and no noun of an act ("31 coffins", "the army"; not "conduct
    exercises", "a pension freeze", "the 2035 closure date")."""
    return len(cl.mentions) <= STRAY_MENTIONS and not any(
        _act(t) for s, e in cl.mentions for t in r.doc[s:e])


def _movable(r: Reading, f: Found, holders: dict[int, set[str]], cl: Cluster,
             main: Cluster) -> bool:
    """Whether a stance is a lone holder's verdict on a stray thing: no condition set on it
    (``KEPT_POLARITIES``), held by its holder only, and sharing no word with the main question
    (a "fishing quota" kept apart from a "mining quota" is another question, not a stray)."""
    return f[2] not in KEPT_POLARITIES and holders[f[1]] == {f[0]} and stray(r, cl) and (
        not cl.keys & main.keys)


def move(r: Reading, found: list[Found], clusters: list[Cluster]) -> list[Found]:
    """``found`` with each lone holder's stance on a stray thing moved to the main question
    (one per holder: the first)."""
    main = main_question(found) if STRAYS_MOVED else None
    if main is None:
        return found
    holders = _holders(found)
    out = []
    for f in found:
        actor, k = f[0], f[1]
        if k != main and _movable(r, f, holders, clusters[k], clusters[main]) and (
                actor not in holders[main]):
            f = (actor, main, *f[2:])
            holders[main].add(actor)
        out.append(f)
    return out
