"""Event coder: whom a reaction is aimed at when its object is another's act that the
sentence does not say whose: the act's maker. "X welcomed the ruling" is aimed at the court
the story named last before it (not at the story's lead actor, the guess for a bare act
noun); "X welcomed the warrant", a bare act noun of ``made_acts``, at whoever an earlier
sentence tied the word to, else the lead actor; "Y condemned the walk-out by Z", where the
parse hangs "by Z" on the verb, at Z. Applied after the events are coded, so that it sets or
corrects a target and never adds an event (a verb only the CAMEO dictionary knows is an event
only with a target)."""

from __future__ import annotations

from typing import Any

from .parse import _child, _Tok
from .records import PloverEvent
from .vocab import CHAMBER_ACTS, JUDICIAL_ACTS, MADE_ACTS, REACTION_VERBS

#: the types a verb of reacting is coded as
REACTION_TYPES = frozenset({"SUPPORT", "ACCUSE", "REJECT"})
#: the actor sector of courts
COURT_SECTOR = "JUD"
#: the actor sector of legislatures
CHAMBER_SECTOR = "LEG"
#: the types a chamber's vote on a text is coded as ("passed the bill", "rejected the motion")
CHAMBER_VOTE_TYPES = frozenset({"SUPPORT", "REJECT"})
#: determiners of an act noun that name no maker ("the ruling", "this verdict")
BARE_DETS = frozenset({"the", "this", "that"})


class ReactedActs:
    """Targets of reactions to an act whose maker the object phrase leaves out. A part of the
    event coder (``coder._Coder``); the methods read its per-document state."""

    owners: dict[str, list[str]]
    lead: list[str]
    mmap: dict[int, str]
    sdoc: Any
    actor_by_id: dict[str, Any]
    actors: Any
    _token_at: Any

    def _reacted_makers(self, evs: list[PloverEvent], with_target: set[tuple]) -> None:
        """A SUPPORT, ACCUSE or REJECT whose verb reacts (``reaction_verbs``) to an object
        noun: one of a bare chamber act (``chamber_acts``: "welcomed the vote") at the
        chamber whose vote the story told first, whatever target it had; one of a bare court
        act (``judicial_acts``) is aimed at the court named last
        before it, whatever target it had unless a court; an untargeted one at the actor of a
        "by" phrase the parse hung on the active verb, else, for a bare noun of
        ``made_acts``, whoever an earlier sentence tied the word to ("the court issued a
        warrant"), else the story's lead actor. An untargeted one is left where the source
        has a targeted act of the type already (it is dropped as that act's repeat)."""
        for e in evs:
            if e.type not in REACTION_TYPES or e.source is None or e.trigger is None or (
                e.target is None and (e.target_text is not None or (
                    e.source, e.type) in with_target)):
                continue
            v = self._token_at(e.trigger.start)
            if v is None or v.lem not in REACTION_VERBS or not v.is_verb:
                continue
            obj = _child(v, "dobj")
            if obj is None or obj.pos_ != "NOUN" or obj.i in self.mmap:
                continue
            if obj.lem in CHAMBER_ACTS and _bare(obj):
                chamber = self._first_chamber_vote(evs)
                if chamber is not None and chamber != e.source:
                    e.target = chamber
                    continue
            if obj.lem in JUDICIAL_ACTS and _bare(obj) and not self._is_court(e.target):
                court = self._last_court(e.trigger.start)
                if court is not None and court != e.source:
                    e.target = court
                    continue
            if e.target is not None or e.target_text is not None:
                continue
            maker = self._verb_agent(v) or (
                self._made_act_owner(obj) if obj.lem in MADE_ACTS and _bare(obj) else [])
            maker = [a for a in maker if a != e.source]
            if maker:
                e.target = maker[0]

    def _is_court(self, actor_id: str | None) -> bool:
        a = self.actor_by_id.get(actor_id) if actor_id else None
        return a is not None and a.sector == COURT_SECTOR

    def _first_chamber_vote(self, evs: list[PloverEvent]) -> str | None:
        """The chamber whose vote the story tells first: the source of its first SUPPORT or
        REJECT done by a legislature ("the National Council rejected the bill")."""
        return next((e.source for e in evs if e.type in CHAMBER_VOTE_TYPES and e.source and (
            a := self.actor_by_id.get(e.source)) is not None and a.type == "organization"
            and a.sector == CHAMBER_SECTOR), None)

    def _last_court(self, char: int) -> str | None:
        """The court organisation named last before ``char`` as the subject of a clause
        ("the Supreme Court ruled", "a court on Tuesday convicted"): a court that acted, not
        one only asked or appealed to ("the firm will appeal to the High Court")."""
        best: tuple[int, str] | None = None
        for a in self.actor_by_id.values():
            if a.type != "organization" or a.sector != COURT_SECTOR:
                continue
            for m in a.mentions:
                if m.end <= char and (best is None or m.start > best[0]) and (
                    self._acting_mention(m.start, m.end)
                ):
                    best = (m.start, a.id)
        return best[1] if best is not None else None

    def _acting_mention(self, start: int, end: int) -> bool:
        """Is a word of the mention's characters the subject of a clause?"""
        return any(start <= t.idx < end and t.dep_ == "nsubj" for t in self.sdoc.toks)

    def _verb_agent(self, v: _Tok) -> list[str]:
        """The actor of a "by" phrase on an active verb with an object: the parse's
        attachment of the object's agent ("condemned the attack by X")."""
        if _child(v, "nsubjpass") is not None or _child(v, "auxpass") is not None:
            return []
        by = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "by"), None)
        pobj = _child(by, "pobj") if by is not None else None
        return self.actors(pobj) if pobj is not None else []

    def _made_act_owner(self, obj: _Tok) -> list[str]:
        """The maker of a bare "the warrant": its owner word, else the lead actor."""
        return list(self.owners.get(obj.lem) or self.lead)


def _bare(obj: _Tok) -> bool:
    """Is the noun a bare singular act ("the ruling", "the new ruling"): only a determiner
    that names no maker and lower-case modifiers before it, no phrase after it?"""
    lefts = [c for c in obj.lefts if not (
        c.dep_ in ("amod", "compound") and c.lower_ == c.text)]
    return obj.tag_ == "NN" and len(lefts) == 1 and lefts[0].lower_ in BARE_DETS and not any(
        c.dep_ in ("prep", "acl", "relcl") for c in obj.rights)
