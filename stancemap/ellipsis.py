"""A predicate told again by ellipsis: "B did the same", "So did B", "A backed X, as did B".

Both layers read the shape a form of "do" takes alike (:func:`elision`, on a spaCy Token or the
event stage's light token); each copies what the clause it repeats tells its own way: the
events its acts (``events/ellipsis.py``), the stances its stances (``stances/echoes.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Container
from dataclasses import dataclass
from typing import Any

COMPARATIVE = "as"  # the mark of a clause hung on the verb it repeats


@dataclass(frozen=True)
class Elision:
    """The shape of an elided predicate. The fronted and the repeating shape may both show; a
    layer that needs to tells them apart by the subject's place."""

    hung_on: Any  # "A backed X, as did B": the verb whose clause it repeats, else None
    fronted: bool  # "So did B": an adverb of the fronted class before it
    repeating: bool  # "B did the same", "B did likewise": a word for the predicate told


def elision(verb: Any, fronted: Container[str],
            repeats: Callable[[Any, Any], bool]) -> Elision | None:
    """The elided predicate ``verb`` (a form of "do") stands for, None if none: it hangs by
    the comparative mark on the verb it repeats, or an adverb of ``fronted`` comes before it,
    or it has a child ``c`` for which ``repeats(verb, c)`` holds."""
    kids = tuple(verb.children)
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == COMPARATIVE for c in kids):
        return Elision(verb.head, False, False)
    front = any(c.dep_ == "advmod" and c.lower_ in fronted and c.i < verb.i for c in kids)
    again = any(repeats(verb, c) for c in kids)
    return Elision(None, front, again) if front or again else None
