"""Event coder: a summons answered. A person called in by another party ("X summoned Y's
ambassador", "Y's ambassador was summoned to X's foreign ministry") attends: besides the
summoner's act, the one summoned meets the summoner (CONSULT), as the gold sets code an envoy's
attendance. The verbs are the ``summons_verbs`` of ``event_words.tsv``."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from .. import dates
from .frames import Context, Frame
from .parse import _child
from .vocab import SUMMONS_VERBS

#: the act the summoned person does in answering a summons
ATTENDANCE = "CONSULT"
#: the rule name the answering records carry
RULE = "attended-summons"
#: the preposition whose object names the summoner of an agentless passive summons
SUMMONED_TO = "to"
#: the dependencies and entity types of a modifier that names a state ("the Moroccan ...")
STATE_MODIFIERS = frozenset({"amod", "compound", "poss"})
STATE_ENTS = frozenset({"NORP", "GPE"})


class AttendedSummons:
    """The attendance of whoever is summoned. A part of the event coder
    (``coder._Coder``); the methods read its per-document state."""

    events: list[Any]
    actor_by_id: dict[str, Any]

    def _answering_acts(self, f: Frame, ctx: Context,
                        pairs: list[tuple[str | None, Token | None, str | None, Token | None]],
                        date: dates.ResolvedDate | None) -> None:
        """The other party's act the words of an act tell as well: the owner of a demand
        answered made it (``Emitter._owned_request``), a person summoned attends."""
        self._owned_request(f, pairs, date)  # type: ignore[attr-defined]
        self._attended_summons(f, ctx, pairs, date)

    def _attended_summons(self, f: Frame, ctx: Context,
                          pairs: list[tuple[str | None, Token | None, str | None, Token | None]],
                          date: dates.ResolvedDate | None) -> None:
        """For a summons done (not one to come, denied or supposed), the person each pair's
        target phrase names meets the summoner: a CONSULT from that person (an actor of its
        own, not the state it serves) to the summoner, unless one is recorded."""
        if f.verb.lem not in SUMMONS_VERBS or f.type == ATTENDANCE or (
                ctx.negated or ctx.future or ctx.hypothetical or ctx.conditional):
            return
        for a, st, _, tt in pairs:
            if a is None or tt is None:
                continue
            for person in self.actors(tt):  # type: ignore[attr-defined]
                actor = self.actor_by_id.get(person)
                if actor is None or actor.type != "person" or person == a or any(
                        e.source == person and e.type == ATTENDANCE and e.target == a
                        for e in self.events):
                    continue
                came = Frame(ATTENDANCE, None, f.key, f.verb, obj=tt)
                self.events.append(self._record(  # type: ignore[attr-defined]
                    came, RULE, (person, tt, a, st), (f.verb.i, f.verb.i + 1), [], None, date))

    @staticmethod
    def summoned_to(v: Token) -> Token | None:
        """The place an agentless passive summons calls to, where a modifier of its own names
        the summoner's state ("was summoned to the Moroccan foreign ministry"); None for any
        other verb, and for a bare "the foreign ministry" (whose, the words do not say)."""
        if v.lem not in SUMMONS_VERBS or _child(v, "agent") is not None:
            return None
        prep = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == SUMMONED_TO),
                    None)
        place = _child(prep, "pobj") if prep is not None else None
        if place is None or not any(c.dep_ in STATE_MODIFIERS and c.ent_type_ in STATE_ENTS
                                    and c.i < place.i for c in place.children):
            return None
        return place
