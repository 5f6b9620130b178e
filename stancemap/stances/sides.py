"""Sides: an actor who speaks of a proposition its side holds a stance on, and holds none there
itself, takes its side's stance (``stance_sides.tsv``).

"The Greens want the tax cut. Their co-leader, X, said the cut would come 'when the budget
allows'": X is tied to the tax cut (the speaker of a statement that mentions it) and X's party
supports it, so X supports it. The tie is a link of :mod:`.pairs` (``links``); the side is the
person's own organisation or a person of the organisation (``sides``); the stance is passed on
only where every side agrees on one of ``polarities``, and only to an actor that holds no
stance on the proposition (the actor's own words are read by the rules). The evidence is the
mention's sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..lexicon import word_class_record
from . import pairs
from .candidates import Cluster
from .context import Reading
from .resolve import leads_chamber_party

DATA = Path(__file__).resolve().parent.parent / "data" / "stance_sides.tsv"
Found = pairs.Found
SIDES = ("body", "member", "state", "official")
POLARITIES = ("support", "oppose", "neutral", "conditional")


@dataclass(frozen=True)
class SideWords:
    """The word classes of ``stance_sides.tsv`` (its comments say what each one does)."""

    links: frozenset[str]
    sides: frozenset[str]
    polarities: frozenset[str]


@lru_cache(maxsize=4)
def side_words(path: Path = DATA) -> SideWords:
    """``stance_sides.tsv``, checked on load (``FILE:LINE: problem``; a word no class knows:
    ``ValueError``)."""
    w = word_class_record(SideWords, path)
    for name, words, known in (("links", w.links, pairs.JUDGED), ("sides", w.sides, SIDES),
                               ("polarities", w.polarities, POLARITIES)):
        if not words <= set(known):
            raise ValueError(f"{path}: {name}: unknown {sorted(words - set(known))}, "
                             f"known: {' '.join(known)}")
    return w


def _bodies(r: Reading, actor: str) -> set[str]:
    """The person's own organisations; none for a legislature's party officer
    (``resolve.leads_chamber_party``, as for ``resolve.bodies``)."""
    a = r.actors.get(actor)
    if a is None or a.type != "person" or leads_chamber_party(r, a):
        return set()
    return {b for b in (r.body_of(actor), r.affiliation(actor)) if b is not None and b != actor}


def _side(r: Reading, actor: str, kinds: frozenset[str],
          bodies: dict[str, set[str]]) -> set[str]:
    """The actors on the actor's side, by the ``sides`` kinds (``bodies``: each actor's own
    organisations, filled once per document)."""
    if not bodies:
        bodies.update((b, _bodies(r, b)) for b in r.actors)
    out: set[str] = set()
    if "body" in kinds:
        out |= bodies.get(actor, set())
    if "member" in kinds:
        out |= {b for b, own in bodies.items() if actor in own}
    if "state" in kinds:
        state = r.state_of(actor)
        if state is not None:
            out.add(state)
    if "official" in kinds and r.actors[actor].type == "country":
        out |= {b for b in r.actors if r.state_of(b) == actor}
    out.discard(actor)
    return out


def propose(r: Reading, found: list[Found], clusters: list[Cluster]) -> list[Found]:
    """The rules' stances and the side stances of the actors tied to a proposition."""
    w = side_words()
    held: dict[tuple[str, int], set[str]] = {}
    for a, k, pol, *_ in found:
        held.setdefault((a, k), set()).add(pol)
    if not held:
        return found
    out = list(found)
    sides: dict[str, set[str]] = {}
    bodies: dict[str, set[str]] = {}
    for (a, k), links in pairs.linked(r, clusters).items():
        if (a, k) in held or a not in r.actors:
            continue
        ties = sorted((x for x in links if x[0] in w.links),
                      key=lambda x: (pairs.LINKS.index(x[0]), x[2]))
        if not ties:
            continue
        if a not in sides:
            sides[a] = _side(r, a, w.sides, bodies)
        pols: set[str] = set()
        for s in sides[a]:
            pols |= held.get((s, k), set())
        pols &= w.polarities
        if len(pols) != 1:
            continue
        sent = r.doc[ties[0][2]].sent
        out.append((a, k, next(iter(pols)), None, (sent.start, sent.end)))
    out.sort(key=lambda x: x[4])
    return out
