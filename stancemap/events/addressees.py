"""Event coder: whom an act is aimed at when its object is an unnamed word for the people
who govern or police a state ("the union accused ministers of ...", "called on the
authorities", "urged police to show restraint"). A domestic group's act aimed at "ministers"
or "the authorities" is aimed at its own state, the country actor the story names; one aimed
at "police" at the police force of its country the story named before. Applied after the
events are coded, so that it sets a target and never adds an event."""

from __future__ import annotations

from typing import Any

from ..actors.dateline import dateline_state
from ..actors.gazetteer import gazetteer
from ..actors.sources import agent_sector
from .parse import _child, _Tok
from .records import PloverEvent
from .vocab import AUTHORITY_SECTORS, FORCE_NOUNS, OFFICE_HOLDER_NOUNS

#: the types of an act with an addressee
ADDRESSED_TYPES = frozenset({"ACCUSE", "REQUEST", "THREATEN", "REJECT"})


class UnnamedAddressees:
    """Targets of acts aimed at "ministers", "the authorities", "police". A part of the event
    coder (``coder._Coder``); the methods read its per-document state."""

    doc: Any
    mmap: dict[int, str]
    actor_by_id: dict[str, Any]
    _token_at: Any
    state_actor: Any

    def _unnamed_addressees(self, evs: list[PloverEvent], with_target: set[tuple]) -> None:
        """An untargeted ACCUSE, REQUEST, THREATEN or REJECT of a group, organisation or
        person of a country (not a state; a person only of the dateline's state, as a
        person's country is more often a guess) whose verb's object ("accused ministers", "urged
        police") or "on" object ("called on the authorities") is a bare word of
        ``office_holder_nouns`` (only "the" before it, nothing after) is aimed at the country
        actor of the source's country; a bare word of ``force_nouns`` at the one police force
        of that country the story named before the act. Not where the source has a targeted
        act of the type already."""
        for e in evs:
            if e.type not in ADDRESSED_TYPES or e.source is None or e.target is not None or (
                    e.trigger is None or (e.source, e.type) in with_target):
                continue
            source = self.actor_by_id.get(e.source)
            if source is None or source.type == "country" or not source.country or (
                    source.type == "person" and source.country != self._home_state()):
                continue
            v = self._token_at(e.trigger.start)
            obj = _addressee(v) if v is not None and v.is_verb else None
            if obj is None or obj.i in self.mmap or not _bare(obj):
                continue
            if obj.lower_ in OFFICE_HOLDER_NOUNS:
                target = self.state_actor(source.country)
            elif obj.lower_ in FORCE_NOUNS:
                target = self._named_force(source.country, e.trigger.start)
            else:
                continue
            if target is not None and target != e.source:
                e.target = target

    def _home_state(self) -> str | None:
        """The state of the story's dateline ("MADRID, May 2 -": ESP), if any."""
        if not hasattr(self, "_dateline_code"):
            self._dateline_code = dateline_state(self.doc, gazetteer())
        return self._dateline_code

    def _named_force(self, country: str, char: int) -> str | None:
        """The one police force (an actor of ``authority_sectors``) of the country the story
        named before ``char``; none where it named none or several."""
        found = {a.id for a in self.actor_by_id.values()
                 if a.type != "person" and a.country == country
                 and ((a.sector or agent_sector(a.name.lower().split()) or "").lower()
                      in AUTHORITY_SECTORS)
                 and any(m.end <= char for m in a.mentions)}
        return next(iter(found)) if len(found) == 1 else None


def _addressee(v: _Tok) -> _Tok | None:
    """The verb's direct object, else the object of its "on" ("called on the authorities")."""
    obj = _child(v, "dobj")
    if obj is not None:
        return obj
    on = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "on"), None)
    return _child(on, "pobj") if on is not None else None


def _bare(obj: _Tok) -> bool:
    """Is the noun alone or with only "the" before it, and no phrase after it but a
    charge?"""
    lefts = list(obj.lefts)
    return all(c.dep_ == "det" and c.lower_ == "the" for c in lefts) and not any(
        c.dep_ in ("acl", "relcl", "appos") or c.dep_ == "prep" and not _charge(c)
        for c in obj.rights)


def _charge(prep: _Tok) -> bool:
    """Is the phrase the charge of an accusation ("ministers of punishing drivers")?"""
    return prep.lower_ == "of" and _child(prep, "pcomp") is not None

