"""Event coder: a legal action to come is a threat. "X said it would sue Y", "would file suit
in state court", "would file a lawsuit against Y", "would challenge the law in the
Constitutional Court": the source tells what it will do to the other side if nothing changes,
and the gold sets code it THREATEN (dev24, dev28-dev33), not the accusation that a suit
already filed is. Where the court it will go to is named as an actor ("would challenge the
decision before the Supreme Court"), the source also asks that court: a REQUEST to it, beside
the threat (dev36-dev39 code the request); a complaint or petition to a court ("would file a
complaint with the European Court of Human Rights") is that request alone. Applied after the
events are coded, before the targeting passes that read the story (the adversary, a party's
own government)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from .parse import _child, _Tok
from .records import PloverEvent
from .vocab import (
    COURT_BOUND_NOUNS,
    COURT_BOUND_VERBS,
    COURT_WORDS,
    LEGAL_ACTION_NOUNS,
    LEGAL_ACTION_VERBS,
    QUAD,
)

#: the types a legal action is coded as before it is read as a threat
LEGAL_TYPES = frozenset({"ACCUSE", "THREATEN"})
#: the sectors of a state's own rulers, who threaten no legal action against their government
RULING_SECTORS = frozenset({"GOV", "JUD"})
#: the prepositions of the forum a challenge is brought in ("in the High Court", "at", "before")
FORUM_PREPS = frozenset({"in", "at", "before", "with"})


class LegalChallenges:
    """A legal action to come as a threat. A part of the event coder (``coder._Coder``)."""

    context: Any
    _token_at: Any
    mmap: dict[int, str]
    actor_by_id: dict[str, Any]
    _home_government: Any
    state_actor: Any

    def _legal_threats(self, evs: list[PloverEvent]) -> None:
        """An ACCUSE whose trigger is a verb of legal action ("sue", "challenge" with a court
        named on it) or the verb of a legal-action noun ("file a lawsuit", "file suit"), told
        in the future and neither negated nor hypothetical, is a THREATEN (no mode, no CAMEO
        code of the accusation kept). Where the forum names a court that is an actor, the
        source also asks that court (a REQUEST, mode appeal, to it, placed after the threat);
        a complaint or petition to a court ("would file a complaint with the European Court
        of Human Rights", ``court_bound_nouns``) is that request alone."""
        out: list[PloverEvent] = []
        for e in evs:
            out.append(e)
            if not self._legal_threat(e):
                continue
            court = self._court_actor(e)
            if court is None or court == e.source:
                if e.type == "ACCUSE":
                    e.type, e.mode, e.quad, e.cameo = "THREATEN", None, QUAD["THREATEN"], None
                continue
            request = replace(e, type="REQUEST", mode="appeal", quad=QUAD["REQUEST"],
                              cameo=None, target=court, target_text=None)
            if self._complaint(e):
                out[-1] = request
                continue
            if e.type == "ACCUSE":
                e.type, e.mode, e.quad, e.cameo = "THREATEN", None, QUAD["THREATEN"], None
            out.append(request)
        evs[:] = out

    def _complaint(self, e: PloverEvent) -> bool:
        """Is the legal action a complaint or petition to a court (its object a
        ``court_bound_nouns`` noun), no suit against a party?"""
        t = self._token_at(e.trigger.start) if e.trigger is not None else None
        v = _legal_verb(t) if t is not None else None
        obj = _child(v, "dobj") if v is not None else None
        return obj is not None and obj.lem in COURT_BOUND_NOUNS and obj.lem not in (
            LEGAL_ACTION_NOUNS)

    def _court_actor(self, e: PloverEvent) -> str | None:
        """The actor a legal action's forum phrase names as a court ("before the Supreme
        Court", "with the European Court of Human Rights"), if any."""
        t = self._token_at(e.trigger.start) if e.trigger is not None else None
        v = _legal_verb(t) if t is not None else None
        forum = _court_forum(v) if v is not None else None
        return self.mmap.get(forum.i) if forum is not None else None

    def _legal_threat(self, e: PloverEvent) -> bool:
        """Is the event a legal action to come: its trigger a legal action's, in the future,
        neither negated nor hypothetical?"""
        if e.type not in LEGAL_TYPES or e.source is None or e.trigger is None:
            return False
        t = self._token_at(e.trigger.start)
        v = _legal_verb(t) if t is not None else None
        if v is None:
            return False
        ctx = self.context(v)
        return ctx.future and not ctx.negated and not ctx.hypothetical

    def _legal_targets(self, evs: list[PloverEvent]) -> None:
        """A legal threat that the story's passes left with no target ("vowed to challenge a
        new law at the Supreme Court": the law's maker unnamed) is aimed at the government of the
        source's own state: the one actor the story calls its government (as a vote on a
        measure whose drafter is not named, ``aims.py``), else the state's country actor; not
        for a source in government (its adversary is no government of its own)."""
        for e in evs:
            if e.type != "THREATEN" or e.target is not None or e.target_text is not None or (
                    not self._legal_threat(e)):
                continue
            actor = self.actor_by_id.get(e.source or "")
            if actor is None or actor.type == "country" or actor.sector in RULING_SECTORS:
                continue
            gov = [a for a, _ in self._home_government({actor.id})] or [
                self.state_actor(actor.country)]
            if gov[0] is not None and gov[0] != actor.id:
                e.target = gov[0]


def _legal_verb(t: _Tok) -> _Tok | None:
    """The verb of a legal action a trigger names: "sue", "challenge ... in court", or the verb
    whose object is a legal-action noun ("file a lawsuit": the trigger is the noun or its
    light verb)."""
    if t.is_verb and t.lem in LEGAL_ACTION_VERBS and (
            t.lem not in COURT_BOUND_VERBS or _court_named(t)):
        return t
    if t.is_verb:
        t = _child(t, "dobj") or t
    if t.pos_ == "NOUN" and t.dep_ == "dobj" and t.head.is_verb and (
            t.lem in LEGAL_ACTION_NOUNS or (
                t.lem in COURT_BOUND_NOUNS and _court_named(t.head))):
        return t.head
    return None


def _court_named(v: _Tok) -> bool:
    """Does a forum phrase on the verb, or on its object where the parse hangs it there
    ("to challenge a decree at the Supreme Court"), name a court ("in the courts")?"""
    return _court_forum(v) is not None


def _court_forum(v: _Tok) -> _Tok | None:
    """The head of the forum phrase on the verb, or on its object, that names a court."""
    obj = _child(v, "dobj")
    for c in [*v.children, *(obj.children if obj is not None else ())]:
        pobj = _child(c, "pobj") if c.dep_ == "prep" and c.lower_ in FORUM_PREPS else None
        if pobj is not None and pobj.lower_ in COURT_WORDS:
            return pobj
    return None
