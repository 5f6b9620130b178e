"""Event coder: whom a walk-out from a vote or a chamber protests ("the bill cleared the house
once X's deputies had walked out of the hall", "its legislators walked out ahead of the
ballot"): the legislature the story is about, not the state the home-government rule gives."""

from __future__ import annotations

from typing import Any

from .parse import _child, _Tok
from .records import PloverEvent
from .vocab import CHAMBER_NAMES, LEGISLATURE_NOUNS, SITTING_WORDS


class Walkouts:
    """Targets of walk-outs from a legislature. A part of the event coder
    (``coder._Coder``); the methods read its per-document state."""

    sdoc: Any
    doc: Any
    mmap: dict[int, str]
    actor_by_id: dict[str, Any]

    def _walkout_targets(self, evs: list[PloverEvent]) -> None:
        """A PROTEST told as walking out (``walk out``, a walk-out) "of the chamber" or in a
        sentence of a vote or sitting (``sitting_words``: "walked out ahead of the ballot") is
        aimed at the story's legislature: the first named, of the walkers' state (one "out
        of" an actor, "walked out of the National Assembly", at that actor). Not a walk-out
        of a coalition, a meeting or talks. Replaces a target that is a state (the home
        government) or none."""
        for e in evs:
            if e.type != "PROTEST" or e.source is None or e.trigger is None:
                continue
            current = self.actor_by_id.get(e.target) if e.target else None
            if current is not None and current.type != "country":
                continue
            v = next((t for t in self.sdoc.toks if t.idx == e.trigger.start), None)
            if v is None:
                continue
            source = self.actor_by_id.get(e.source)
            body = self._walked_out_of(v, source.country if source is not None else None,
                                       e.trigger.text.lower())
            if body is not None:
                e.target = body

    def _walked_out_of(self, v: _Tok, state: str | None, words: str) -> str | None:
        """The legislature a walk-out whose trigger starts at ``v`` leaves, or None."""
        if not ("walk" in words and "out" in words) and not (v.lem == "walk" and any(
            c.lower_ == "out" for c in v.children
        )):
            return None  # ("walked out", "staged a walk-out", "a walkout")
        left = None
        near = [v, *(c for c in v.children if c.dep_ in ("prt", "prep", "dobj", "advmod"))]
        for c in (x for t in near for x in t.children):
            if c.dep_ == "prep" and c.lower_ in ("of", "from", "in"):
                left = _child(c, "pobj")
                break
        if left is not None:
            named = self.mmap.get(left.i)
            if named is not None:
                actor = self.actor_by_id.get(named)
                return named if actor is not None and self._legislative(actor) else None
            if left.lem not in SITTING_WORDS | CHAMBER_NAMES | LEGISLATURE_NOUNS:
                return None  # "walked out of the coalition", "of the talks"
        elif not any(t.lem in SITTING_WORDS for t in self.sdoc.sent_of[v.i]):
            return None  # (no vote or sitting in view)
        return self._story_legislature(state)

    def _story_legislature(self, state: str | None) -> str | None:
        """The legislature first named in the story (of the state of the walkers, where both
        are known)."""
        best: tuple[int, str] | None = None
        for a in self.actor_by_id.values():
            if not self._legislative(a) or not a.mentions or (
                state and a.country and a.country != state
            ):
                continue
            first = min(m.start for m in a.mentions)
            if best is None or first < best[0]:
                best = (first, a.id)
        return best[1] if best is not None else None

    @staticmethod
    def _legislative(actor: Any) -> bool:
        """Is the actor a legislature: an organisation of sector LEG whose name ends in a
        word for one or a chamber ("National Assembly", "Senate", "House")?"""
        last = actor.name.lower().rsplit(" ", 1)[-1]
        return actor.type == "organization" and (actor.sector or "").upper() == "LEG" and (
            last in LEGISLATURE_NOUNS or last in CHAMBER_NAMES)
