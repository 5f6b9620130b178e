"""Own words: an actor that speaks of a proposition and holds no stance on it takes the stance
its own words read (``stance_own.tsv``).

"The Greens backed the levy. Their leader said the party would oppose any delay of the levy": the
rules read the Greens' stance on the levy, and the leader's "oppose any delay" where "delay" is a
proposition of its own; where the leader's statement holds a mention of a proposition the rules
give the leader no stance on, the nearest heads above the mention decide it. The polarity is the
polarity reader's path (:func:`.polarity.features`): the first word of a stance table or CAMEO row
(``verb=``, ``noun=``, ``eval=``, ``cameo=``) at most ``REACH`` heads above the mention ("said it
would *oppose* the ban", "said the plan *violated* the accord"), the path's sign flipped by each
negation and reversal word on it. Read only for an actor tied by a ``links`` kind of
``stance_own.tsv`` that holds another stance of the document (``holders``), and never where the
first word is a naming verb over its object ("called the decision 'a farce'": the complement
judges, read by the naming rule). The evidence is the mention's sentence.

A bare noun of the speaker's own sentence that names the proposition ("said the ban 'does not go
far enough'", :func:`.verdicts.bare_mentions`) is read by the speaker's verdict on it alone
(:func:`.verdicts.verdict`: the predicate said of it, a naming's complement), for any speaker,
engaged or not: measured at stop 44 over the readable folds, the verdicts were right 8 times of
9 and the path reader's reading of such nouns 0 of 5.

Measured before it was switched on (stop 39, the 20 folds' pairs keyed as the scorer keys them):
chosen on the odd folds (dev13, dev23, dev25 ... dev39: 11 right of 36 read), checked on the even
folds (dev21, dev24 ... dev38: 8 right of 22).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..lexicon import word_class_record
from . import pairs, polarity, verdicts
from .candidates import Cluster
from .context import Reading
from .nouns import naming_verbs

DATA = Path(__file__).resolve().parent.parent / "data" / "stance_own.tsv"
Found = pairs.Found
REACH = 2  # the heads above the mention whose word may decide
HOLDERS = ("engaged",)
OBJECT = "dobj"


@dataclass(frozen=True)
class OwnWords:
    """The word classes of ``stance_own.tsv`` (its comments say what each one does)."""

    links: frozenset[str]
    holders: frozenset[str]
    short: frozenset[str]
    hollow: frozenset[str]


@lru_cache(maxsize=4)
def own_words(path: Path = DATA) -> OwnWords:
    """``stance_own.tsv``, checked on load (a word no class knows: ``ValueError``)."""
    w = word_class_record(OwnWords, path)
    for name, words, known in (("links", w.links, pairs.JUDGED),
                               ("holders", w.holders, HOLDERS)):
        if not words <= set(known):
            raise ValueError(f"{path}: {name}: unknown {sorted(words - set(known))}, "
                             f"known: {' '.join(known)}")
    return w


def read(feats: list[str]) -> str | None:
    """support / oppose as the polarity reader's path features read them (None where no
    stance-table word within ``REACH`` heads decides, or it names its object)."""
    first = next((x.split("=", 1)[1] for x in feats if x.startswith("first=") and "|" in x),
                 None)
    if first is None:
        return None
    sign, lemma = first.split("|", 1)
    ups = [x.split("=", 1)[1] for n in range(1, REACH + 1) for x in feats
           if x.startswith(f"up{n}=")]
    if lemma not in ups:
        return None
    if lemma in naming_verbs() and any(f"up{n}dep={OBJECT}" in feats
                                       for n in range(1, REACH + 1)):
        return None  # "called the decision 'a farce'": the complement judges
    chain = next((x.split("=", 1)[1] for x in feats if x.startswith("chain=") and "|" not in x),
                 "none")
    return "support" if chain == "pos" else "oppose" if chain == "neg" else None


def propose(r: Reading, found: list[Found], clusters: list[Cluster]) -> list[Found]:
    """The stances found and the ones the actors' own words read."""
    w = own_words()
    if not found:
        return found
    out = list(found)
    extra = verdicts.bare_mentions(r, clusters)
    bare = {m for ms in extra.values() for m in ms}
    for p in pairs.pairs(r, found, clusters, extra):
        if p.link not in w.links:
            continue
        if p.mention in bare:  # "said the ban was unconstitutional": the verdict alone
            pol = verdicts.verdict(r, *p.mention)
        elif "engaged" in w.holders and not any(f.startswith("hother=") for f in p.features):
            continue
        else:
            pol = read(polarity.features(r, *p.mention, p.tok))
        if pol is not None:
            out.append((p.actor, p.prop, pol, None, p.sent))
    out.sort(key=lambda x: x[4])
    return out
