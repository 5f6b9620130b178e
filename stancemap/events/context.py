"""Event coder: parties the words leave unnamed, from the story around them: the adversary of
an untargeted verbal conflict, a party's own government, the authorities behind an arrest told
in the passive."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.gazetteer import gazetteer
from ..actors.sources import agent_sector
from ..actors.tokens import expanded_span, reciprocal
from ..model import Actor, Span
from .parse import _child
from .records import PloverEvent
from .vocab import (
    ACT_PLACE_PREPS,
    ADVERSARIAL,
    ANSWERED,
    AUTHORITY_SECTORS,
    CIVILIAN_SECTORS,
    DOMESTIC,
    MATERIAL_CONFLICT,
    OUTSIDE_SECTORS,
    PRIOR_POSITIONS,
    QUAD,
)

#: the reciprocal pronoun ("each other", "one another"): its head word and determiners

#: the sectors of an organisation whose untargeted protest is aimed at its government (a
#: union, or a body the dictionaries do not code)
STRIKING_SECTORS = (None, "LAB")
PROTEST = "PROTEST"

#: how many sentences back the dispute an untargeted verbal conflict answers may lie
ADVERSARY_REACH = 5


class ContextParties:
    """Parties from the story around an act: the adversary of an untargeted verbal conflict,
    a party's own government, the authorities behind an arrest told in the passive.

    A part of the event coder (``coder._Coder``); the
    methods read its per-document state."""

    def _owner_state_gives(self, v: Token, sources: list[tuple[str | None, Token | None]]
                           ) -> list[tuple[str | None, Token | None]]:
        """"Italian Foreign Minister Lanza offered Rome's help": a person who gives what
        his own state owns acts for the state, the owner of the object (nothing where the
        object has no such owner)."""
        obj = _child(v, "dobj")
        poss = _child(obj, "poss") if obj is not None else None
        owners = self.actors(poss) if poss is not None else []
        people = [self.actor_by_id.get(a) for a, _ in sources if a]
        if len(owners) != 1 or not people:
            return []
        state = self.actor_by_id.get(owners[0])
        if state is None or state.type != "country" or any(
                p is None or p.type != "person" or p.country != state.country for p in people):
            return []
        return [(owners[0], poss)]

    def _authority(self, v: Token) -> list[tuple[str | None, Token | None]]:
        """Who did an act of the authorities told in the passive with no agent ("14 people
        were detained"): whoever used force earlier in the sentence ("Officers fired pepper
        spray ..., and 12 people were arrested": the police), else the police the sentence
        names ("27 people were detained, police said"), else the state of a place the clause
        names ("he was detained at Vilnius airport": Lithuania), else the police the story
        named last before."""
        for prev in reversed(self.events):
            if prev.sentence != self.sent_index:
                break
            if prev.source is not None and prev.type in MATERIAL_CONFLICT:
                return [(prev.source, None)]
        toks = self.sdoc.toks[v.sent.start:v.sent.end]
        police = self._police_mentions(toks[-1].idx + len(toks[-1].text))
        here = [a for start, a in police if start >= toks[0].idx]
        if here:
            return [(here[-1], None)]
        places = [p for prep in v.children if prep.dep_ == "prep" and prep.lower_ in (
            ACT_PLACE_PREPS) and (p := _child(prep, "pobj")) is not None]
        # the place of the act: "at Vilnius airport", "in Minsk", "deported from X", and
        # the place of the operation it was done in ("in overnight raids in Y")
        places += [p for pobj in list(places) for prep in pobj.children if prep.dep_ == "prep"
                   and prep.lower_ in ACT_PLACE_PREPS and (p := _child(prep, "pobj")) is not None]
        for pobj in places:
            for t in [*(c for c in pobj.lefts if c.dep_ == "compound"), pobj]:
                a = self.mmap.get(t.i)
                actor = self.actor_by_id.get(a) if a is not None else None
                if actor is not None and actor.type == "country":
                    return [(actor.id, None)]
                entry = gazetteer().lookup(t.text) if t.pos_ == "PROPN" else None
                if entry is not None and entry.code and entry.kind in ("country", "capital"):
                    state = self.state_actor(entry.code)
                    if state is not None:
                        return [(state, None)]
        return [(police[-1][1], None)] if police else []

    def _police_mentions(self, end: int) -> list[tuple[int, str]]:
        """(start, actor) of each mention before ``end`` of an actor whose sector is the
        arresting force's (``AUTHORITY_SECTORS``: its own, or its name's agent noun, "police"),
        in text order."""
        out = []
        for a in self.actor_by_id.values():
            sector = a.sector or agent_sector(a.name.lower().split())
            if a.type == "person" or (sector or "").lower() not in AUTHORITY_SECTORS:
                continue
            out.extend((m.start, a.id) for m in a.mentions if m.end <= end)
        return sorted(out)

    def _context_targets(self, evs: list[PloverEvent], with_target: set[tuple]) -> None:
        """Targets from the story: what a rejection points back at, the legislature a
        walk-out leaves, the adversary of an untargeted verbal conflict, a party's own
        government."""
        self._court_sources(evs)
        self._answered_claims(evs)
        self._legal_threats(evs)
        self._reacted_makers(evs, with_target)
        self._unnamed_addressees(evs, with_target)
        self._walkout_targets(evs)
        self._adversary_targets(evs, with_target)
        self._home_government_targets(evs, with_target)
        self._legal_targets(evs)

    def _adversary_targets(self, evs: list[PloverEvent], with_target: set[tuple]) -> None:
        """A verbal conflict that names no target ("Zhou warned that Beijing would take all
        necessary measures", "Tehran would never accept", "warned that Egypt would defend its
        water security": a thing, no party) is aimed at the party its source was last in
        conflict with: the other side of the latest earlier conflict event that involves the
        source, or the state a person speaks for, if it is of another country (at home the
        sides of a dispute are many, and one's adversary as likely one's own party); a refusal
        also answers the latest demand or offer made to them; within ``ADVERSARY_REACH``
        sentences. Not where the source has a targeted act of the type already (that one is
        the act)."""
        for n, e in enumerate(evs):
            if e.type not in ADVERSARIAL or e.source is None or e.target is not None or (
                (e.source, e.type) in with_target or self._names_a_party(e.target_text)
            ):
                continue
            party = {e.source}
            state = self._state_of(e.source)
            if state is not None:
                party.add(state)
            own = self.actor_by_id.get(e.source)
            home = own.country if own is not None else None
            for prev in reversed(evs[:n]):
                if e.sentence is not None and prev.sentence is not None and (
                    prev.sentence < e.sentence - ADVERSARY_REACH
                ):
                    break  # (a dispute long told is no longer the news)
                if not (prev.source and prev.target):
                    continue
                if prev.quad.endswith("CONFLICT") and (
                    prev.source in party or prev.target in party
                ):
                    other = prev.target if prev.source in party else prev.source
                elif e.type == "REJECT" and prev.type in ANSWERED and prev.target in party:
                    other = prev.source
                else:
                    continue
                actor = self.actor_by_id.get(other)
                if home is not None and actor is not None and actor.country == home:
                    continue
                if other not in party:
                    e.target = other
                    break

    def _home_government_targets(self, evs: list[PloverEvent], with_target: set[tuple]
                                 ) -> None:
        """A party's or civic group's act that names no target at all ("the opposition
        parties said they supported holding the treaty in abeyance but demanded a debate",
        "farmers drove into Madrid to protest") is aimed at its own country's government:
        the country actor (``domestic`` types of ``event_types.tsv``), when the sentence or
        the one before names it ("In New Delhi, ...") and gives the source no other
        counterpart."""
        states: dict[str, str] = {}
        for a in self.actor_by_id.values():
            if a.type == "country" and a.country:
                states.setdefault(a.country, a.id)
        engaged = {(o.source, o.sentence) for o in evs if o.target}
        for e in evs:
            if e.type not in DOMESTIC or e.source is None or e.target is not None or (
                e.target_text is not None or (e.source, e.type) in with_target
            ):
                continue
            actor = self.actor_by_id.get(e.source)
            if actor is None or not actor.country or OUTSIDE_SECTORS.get(actor.type, ()) != (
                actor.sector
            ) and not _striking_body(e, actor):
                continue
            if (e.source, e.sentence) in engaged:  # "hammered Obama while pushing X"
                continue
            state = states.get(actor.country)
            if state is not None and state != e.source and self._in_view(state, e):
                e.target = state

    def _in_view(self, actor_id: str, e: PloverEvent) -> bool:
        """Is the actor named in the event's sentence or the one before (the government
        whose policy the sentence is about: "In New Delhi, the opposition parties ...")?"""
        if e.trigger is None:
            return False
        span = expanded_span(self.doc, e.trigger.start, e.trigger.end)
        if span is None or not len(span):
            return False
        sent = span[0].sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        if any(self.mmap.get(i) == actor_id for i in range(start, sent.end)):
            return True
        code = self.actor_by_id[actor_id].country  # "In New Delhi": a place of the state
        return any(ent.label_ == "GPE" and (hit := gazetteer().lookup(ent.text)) is not None
                   and hit.code == code for ent in self.doc[start:sent.end].ents)

    def _names_a_party(self, span: Span | None) -> bool:
        """Does the phrase name someone who can be aimed at (an actor, people, a group: "some
        countries", "local officials"), not a thing ("its water security", "anything else")?"""
        if span is None:
            return False
        words = expanded_span(self.doc, span.start, span.end)
        if words is None or not len(words):
            return True
        return self._agentive(self.sdoc[words.root.i])

    def _foreign_makers(self, evs: list[PloverEvent]) -> None:
        """The maker of a thing a conflict is aimed at ("Germany rejected the proposal",
        "rejected the accusation", "called the agreement a criminal alliance": whoever an earlier
        sentence tied the proposal, the charge, the pact to) is, across a border, the state
        the maker spoke or signed for, not the person: when that maker is an official of
        another country than the source's, the words of the target name a thing, not the
        person, and the story names the official's state. At home the person stays ("the
        opposition rejected the minister's plan": domestic politics sets people against each
        other, not against their state), and backing "the president's call" backs the person."""
        for e in evs:
            if e.source is None or e.target is None or e.target_text is None or not (
                    QUAD[e.type].endswith("CONFLICT")):
                continue
            maker = self.actor_by_id.get(e.target)
            own = self.actor_by_id.get(e.source)
            if maker is None or own is None or maker.type != "person" or not (
                maker.country and own.country) or maker.country == own.country:
                continue
            words = expanded_span(self.doc, e.target_text.start, e.target_text.end)
            if words is None or not len(words) or words.root.pos_ != "NOUN" or any(
                self.mmap.get(t.i) == e.target for t in words
            ):
                continue  # the person is named ("accused Putin's envoy")
            state = self._state_of(e.target)
            if state is not None and state != e.source:
                e.target = state

    def _joint_counterparts(self, evs: list[PloverEvent]) -> None:
        """Two parties who act together toward each other in a sentence ("X and Y signed a
        peace agreement": X -> Y and Y -> X) do toward each other what else the same words
        have them do jointly with no one named ("..., committing to a permanent ceasefire":
        each commits to the other; "committing the two countries to ...": a phrase no actor
        covers), and so does what they do to "each other". Only for an act of exactly those
        two parties, from one trigger, with no target actor of its own."""
        each_way = {(e.sentence, e.source, e.target) for e in evs if e.source and e.target}
        joint: dict[tuple, list[PloverEvent]] = {}
        for e in evs:
            if e.source is not None and e.target is None and e.trigger is not None:
                joint.setdefault((e.sentence, e.type, e.trigger.start), []).append(e)
        for (sent, _, _), group in joint.items():
            parties = {e.source for e in group}
            if len(group) != 2 or len(parties) != 2:
                continue
            a, b = group[0].source, group[1].source
            mutual = self._at_each_other(group[0].trigger)  # "X and Y blamed each other"
            if mutual or ((sent, a, b) in each_way and (sent, b, a) in each_way):
                group[0].target, group[1].target = b, a

    def _at_each_other(self, trigger: Span) -> bool:
        """Is the act's object the reciprocal pronoun ("blamed each other")?"""
        words = expanded_span(self.doc, trigger.start, trigger.end)
        if words is None or not len(words):
            return False
        return any(c.dep_ == "dobj" and reciprocal(c) for c in words.root.children)

    def _figurative_force(self, e: PloverEvent) -> bool:
        """Is the event an assault by a politician, a party or a legislature ("Democrats
        fighting Democrats", "she hit back", "the president damaged the country's
        interests")? Their force is a figure of speech (``CIVILIAN_SECTORS``)."""
        if e.type != "ASSAULT" or e.source is None:
            return False
        a = self.actor_by_id.get(e.source)
        sector = (getattr(a, "sector", None) or "").lower()
        return a is not None and sector in CIVILIAN_SECTORS and (
            a.type == "person" or sector != "gov")

    def _prior_position(self, e: PloverEvent) -> bool:
        """Is the event support or an appeal told in the past perfect with nobody it is
        aimed at ("X had privately favoured", "Paris had been calling for a moratorium")? The
        position a party held before the story's news, background, not an act of its own.
        (Not a refusal: "China had resisted" is still its position when the story is told.)"""
        if e.target is not None or e.target_text is not None or e.trigger is None or (
            e.type not in PRIOR_POSITIONS
        ):
            return False
        span = expanded_span(self.doc, e.trigger.start, e.trigger.end)
        if span is None or not len(span):
            return False
        v = span.root
        while v.dep_ in ("prt", "prep") and v.head.i != v.i:
            v = v.head
        return v.tag_ in ("VBN", "VBG") and any(
            c.dep_ == "aux" and c.lower_ == "had" for c in v.children)


def _striking_body(e: PloverEvent, actor: Actor) -> bool:
    """A strike or protest by an organisation of no known sector or a union ("the CSC
    called a general strike"): a union's or association's stoppage at home is aimed at its
    government, as a party's act is (``_home_government_targets``)."""
    return e.type == PROTEST and actor.type == "organization" and actor.sector in STRIKING_SECTORS
