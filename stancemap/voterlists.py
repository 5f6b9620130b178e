"""A group of voters told by the list after an including verb: "those voting against included
A, B and C", "the abstainers included D".

Both layers read the list alike (:func:`included_list`, on a spaCy Doc or the event stage's
light doc; the verbs are the ``including`` class of ``data/stance_tallies.tsv``); each finds the
group's vote its own way and casts it its own way: the stances in ``stances/tallies.py``
(``_included``, ``_abstainers``), the events in ``events/votelists.py``.
"""

from __future__ import annotations

from collections.abc import Container, Mapping
from typing import Any

LIST_ENDS = (";", ":")  # the marks that end a list bounded by its clause


def clause_verb(t: Any) -> bool:
    """Is ``t`` a verb of a clause of its own (not a modifier: "the ruling coalition")?"""
    return t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound")


def included_list(doc: Any, i: int, stop: int,
                  including: Container[str]) -> tuple[int, int] | None:
    """Where token ``i`` of ``doc`` is an including verb (its lemma in ``including``), the span
    ``(lo, hi)`` of the list after it, up to ``stop`` (the end of its sentence); else None.

    The list ends at the next clause verb, ";" or ":" ("included A and B; C abstained": C is
    no member of the group)."""
    if i >= stop or doc[i].lemma_.lower() not in including:
        return None
    hi = i + 1
    while hi < stop and not clause_verb(doc[hi]) and doc[hi].lower_ not in LIST_ENDS:
        hi += 1
    return i + 1, hi


def listed(mmap: Mapping[int, str], lo: int, hi: int) -> list[str]:
    """The actors named between token ``lo`` and ``hi`` (exclusive), each once, in order."""
    return list(dict.fromkeys(mmap[i] for i in range(lo, hi) if i in mmap))
