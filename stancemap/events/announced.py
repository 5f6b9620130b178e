"""Event coder: a protest called for a later day ("called a rally in the capital for Sunday",
"called a march for Friday to press its demands"): an announced protest, a threat of one (PLOVER
THREATEN, mode protest; CAMEO 133), not a protest held; one that was called and held ("the
protest was called by the farm unions") stays a PROTEST. A strike called for a day ("called a
national strike for Monday") is announced as well (stop 48: as dev45 and dev46 code it; stop 33
had kept it a PROTEST for a synthetic test of stop 30). A state's protest ("Montenegro
protested") is a complaint in words, ACCUSE (stop 48)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from .parse import _child
from .records import PloverEvent
from .vocab import CALLING_VERBS, LATER_DAY_WORDS, QUAD, STATE_PROTEST_VERBS

#: the actor type of a state, whose protest is a complaint in words
STATE = "country"

#: the type and mode of a state's protest ("Montenegro protested"): a complaint, CAMEO 11x
COMPLAINT = ("ACCUSE", "disapprove")


class AnnouncedProtests:
    """Protests called for a later day, and protests made by states. A part of the event
    coder (``coder._Coder``)."""

    doc: Any
    actor_by_id: Any

    def _state_protests(self, evs: list[PloverEvent]) -> None:
        """Retype each PROTEST a state makes with a protest verb (``state_protest_verbs``:
        "Montenegro protested", "Kyrgyzstan and Tajikistan protested") as ACCUSE: a state's
        protest is a diplomatic complaint; PLOVER's PROTEST is a demonstration by civilians
        (stop 48)."""
        for e in evs:
            actor = self.actor_by_id.get(e.source or "")
            if e.type != "PROTEST" or e.trigger is None or actor is None or actor.type != STATE:
                continue
            start, end = self._span_tokens(e.trigger)  # type: ignore[attr-defined]
            if end > start and self.doc[start].lemma_.lower() in STATE_PROTEST_VERBS:
                e.type, e.mode = COMPLAINT
                e.quad = QUAD[e.type]

    def _announced_protests(self, evs: list[PloverEvent]) -> None:
        """Retype each PROTEST whose calling verb is active and has a "for" phrase naming a
        day ("called a march for Thursday") as a THREATEN of protest."""
        for e in evs:
            if e.type != "PROTEST" or e.trigger is None:
                continue
            start, end = self._span_tokens(e.trigger)  # type: ignore[attr-defined]
            if end <= start:
                continue
            v = self.doc[start]
            if v.lemma_.lower() in CALLING_VERBS and _called_for_a_day(v):
                e.type, e.mode, e.quad = "THREATEN", "protest", QUAD["THREATEN"]


def _called_for_a_day(v: Token) -> bool:
    """Has the active verb ``v`` (with an object) a "for" phrase naming a day or a date?"""
    if _child(v, "dobj") is None:
        return False
    preps = [c for c in v.children if c.dep_ == "prep" and c.lower_ == "for"]
    obj = _child(v, "dobj")
    preps += [c for c in obj.children if c.dep_ == "prep" and c.lower_ == "for"] if obj else []
    for p in preps:
        day = _child(p, "pobj")
        if day is not None and (day.lower_ in LATER_DAY_WORDS or day.ent_type_ == "DATE"):
            return True
    return False
