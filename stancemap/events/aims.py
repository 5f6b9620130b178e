"""Event coder: whose an event is and where it is aimed, beyond the words of its clause (stop
28): a vote against a measure at the measure's drafter, blame of a state's forces at the state,
talks and mediations at the parties already told, an adopted text's appeal as its adopter's, an
act in a party's passive report as the party's, and a position that names no party (no event
at all)."""

from __future__ import annotations

from spacy.tokens import Token

from ..actors.tokens import expanded_span
from ..model import Span
from .frames import Frame
from .parse import _child, _is_passive
from .records import PloverEvent
from .vocab import (
    CROWD_NOUNS,
    MEDIATION_VERBS,
    OUTSIDE_SECTORS,
    POSITION_VERBS,
    RELATIVE,
    REPORTER_AGENT,
    VOTING_VERBS,
)

#: the noun a story calls its government by ("the minority Liberal government")
GOVERNMENT = "government"

#: actor sectors of a state's armed forces and police (PETRARCH2's agent codes)
FORCE_SECTORS = frozenset({"MIL", "COP"})


class Aims:
    """A part of the event coder (``coder._Coder``); the methods read its per-document
    state."""

    def _crowd_targets(self, evs: list[PloverEvent]) -> None:
        """Force used on a crowd that names no party ("12 people were arrested", "fired
        pepper spray at a group of protesters") is aimed at the story's protesters: the
        group that made the latest protest told before it, else the one actor named as
        protesters."""
        named = [a.id for a in self.actor_by_id.values()
                 if a.name.lower().split()[-1].rstrip("s") in CROWD_NOUNS]
        maker = None
        for e in evs:
            if e.type == "PROTEST" and e.source and self.actor_by_id[e.source].type == "group":
                maker = e.source
            if e.type in ("COERCE", "ASSAULT") and e.target is None and e.target_text and (
                _names_crowd(e.target_text.text)
            ) and (crowd := maker or (named[0] if len(named) == 1 else None)):
                e.target = crowd

    def _consult_targets(self, f: Frame, targets: list[tuple[str | None, Token | None]],
                         src_ids: set[str]) -> list[tuple[str | None, Token | None]]:
        """A talk or mediation that names no party: the parties of talks already reported
        ("the talks, mediated by Oman"); a mediation told as a participle on a noun ("after
        talks mediated by X", "in a swap brokered by Qatar"), failing those, the parties of
        the events its sentence told before it (stop 28, second pass)."""
        v = f.verb
        if f.type != "CONSULT" or any(a for a, _ in targets):
            return targets
        patient = f.obj or _child(v, "dobj") or _child(v, "nsubjpass") or (
            v.head if v.dep_ == "acl" else None)
        if self.consult_parties and patient is not None and "consult" in self.classes(patient):
            parties = [a for a in self.consult_parties if a not in src_ids]
            if parties:
                return [(a, None) for a in parties]
        if v.lem in MEDIATION_VERBS and v.dep_ == "acl" and v.tag_ == "VBN" and f.noun is None:
            told = [x for e in self.events if e.sentence == self.sent_index
                    for x in (e.source, e.target) if x and x not in src_ids]
            if told:
                return [(a, None) for a in dict.fromkeys(told)]
        return targets

    def _text_speaker(self, f: Frame, subj: Token | None,
                      sources: list[tuple[str | None, Token | None]]
                      ) -> list[tuple[str | None, Token | None]]:
        """"The text calls on Tehran to ...", "It urges states not to ...": an appeal whose
        subject is the adopted text (a bare "the" proposal noun, or "it" opening a sentence
        whose predecessor's subject is one) is the act of the body that adopted it
        (``adopting_verbs``), not of its drafter or the last actor named."""
        adopter = self.owners.get("@adopted")
        if f.type != "REQUEST" or subj is None or not adopter or subj.dep_ != "nsubj":
            return sources
        text = subj
        if subj.lower_ == "it":
            first = subj.sent.start
            if subj.i != first or first == 0:
                return sources
            prev = subj.doc[first - 1].sent.root
            text = next((c for c in prev.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if text is None:
                return sources
        if text.pos_ != "NOUN" or "proposal" not in self.classes(text) or any(
            c.dep_ != "det" or c.lower_ != "the" for c in text.lefts
        ):
            return sources
        return [(a, subj) for a in adopter]

    def _reporter_agent(self, v: Token, f: Frame,
                        sources: list[tuple[str | None, Token | None]]
                        ) -> list[tuple[str | None, Token | None]]:
        """"The army said 1,500 soldiers had been deployed", "JNIM said the hostages had been
        freed": an act of a ``reporter_agent`` type told in the agentless passive in a
        party's report is the reporting party's own (not a person's: a person reports what
        others did)."""
        if any(a for a, _ in sources) or f.type not in REPORTER_AGENT or f.noun is not None or (
            not _is_passive(v) or _child(v, "agent") is not None
        ):
            return sources
        patient = _child(v, "nsubjpass")
        if patient is None or patient.lower_ in RELATIVE or patient.tag_ in ("WP", "WDT"):
            return sources  # "the right to decide who is stationed on its soil"
        ctx = self.context(v)
        if not ctx.reported or len(ctx.speaker) != 1 or ctx.blocked:
            return sources
        actor = self.actor_by_id.get(ctx.speaker[0])
        if actor is None or actor.type == "person":
            return sources
        return [(ctx.speaker[0], ctx.speaker_tok)]

    def _position_only(self, f: Frame, v: Token, src_ids: set[str],
                       targets: list[tuple[str | None, Token | None]]) -> bool:
        """Is the event a position held on something that names no party ("Berlin
        supported enforcing the rules", "Japan would not support a pause"): a
        ``position_verbs`` verb's support, or its refusal, toward no actor? A stance, no
        event. Not a party's or civic group's, whose position is aimed at its own government
        (``context._home_government_targets``)."""
        if f.type not in ("SUPPORT", "REJECT") or v.lem not in POSITION_VERBS or (
            f.noun is not None) or any(a for a, _ in targets):
            return False
        obj = f.obj or _child(v, "dobj")
        if obj is not None and any(c.dep_ in ("poss", "amod", "compound") and c.i < obj.i
                                   and c.text[:1].isupper() for c in obj.children):
            return False  # "supports the Dutch proposal": someone's, though no actor
        for a in src_ids:
            actor = self.actor_by_id.get(a)
            if actor is not None and OUTSIDE_SECTORS.get(actor.type, ()) == actor.sector:
                return False
        return True

    def _vote_targets(self, f: Frame, v: Token,
                      targets: list[tuple[str | None, Token | None]], src_ids: set[str]
                      ) -> list[tuple[str | None, Token | None]] | None:
        """Whom a vote is aimed at: a vote in favour that names no party is for the story's
        measure, so its drafter's (none known: None, a position on the measure and no
        event); a vote against, ``_vote_against_drafter``; other events keep theirs."""
        if f.type == "SUPPORT" and v.lem in VOTING_VERBS and all(
                a is None and t is None for a, t in targets):
            return [(a, None) for a in self.owners.get("@proposal", ())
                    if a not in src_ids] or self._home_government(src_ids) or (
                        self._parties_home_state(src_ids)) or None
        return self._vote_against_drafter(f, v, targets, src_ids)

    def _home_government(self, src_ids: set[str]) -> list[tuple[str | None, Token | None]]:
        """A vote in a domestic story whose measure's drafter is not named ("the budget
        bill passed; the Conservatives voted against") is on the government's measure: the
        one actor the story calls its government ("the minority Liberal government", "the
        government"), when every voter is a party, body or person of that state (not a state
        voting abroad); else none."""
        found = {self.mmap[t.i] for t in self.doc if t.lower_ == GOVERNMENT and t.i in self.mmap}
        if len(found) != 1:
            return []
        gov = self.actor_by_id.get(next(iter(found)))
        if gov is None or gov.id in src_ids or not src_ids or not all(
                (a := self.actor_by_id.get(x)) is not None and a.type != "country"
                and a.country == gov.country for x in src_ids):
            return []
        return [(gov.id, None)]

    def _parties_home_state(self, src_ids: set[str]) -> list[tuple[str | None, Token | None]]:
        """A national party's vote in favour of a measure no drafter is known for ("Fianna
        Fail and Fine Gael voted for it") backs its state's government, which brought the
        measure to its parliament: the state of the voting parties, when all of them are
        parties (sector PTY) of one state the story names. Not a group of the European
        Parliament (no state), nor a state's own vote ("Iraq voted for the cut")."""
        actors = [self.actor_by_id.get(a) for a in src_ids]
        if not actors or any(a is None or a.type != "organization" or (
                (a.sector or "").upper() != "PTY") or not a.country for a in actors):
            return []
        states = {a.country for a in actors if a is not None}
        if len(states) != 1:
            return []
        home = next(iter(states))
        return [(a.id, None) for a in self.actor_by_id.values()
                if a.type == "country" and a.country == home][:1]

    def _vote_against_drafter(self, f: Frame, v: Token,
                              targets: list[tuple[str | None, Token | None]], src_ids: set[str]
                              ) -> list[tuple[str | None, Token | None]]:
        """A vote against that names no party ("voted against the motion", "voted against
        en bloc") is against the measure's drafter: the owner of the measure it names, else
        the drafter of the story's measure (as a vote in favour is); no drafter known, the
        targets stay as they were."""
        if f.type != "REJECT" or v.lem not in VOTING_VERBS or any(a for a, _ in targets):
            return targets
        things = [t for _, t in targets if t is not None]
        if any("proposal" not in self.classes(t) for t in things):
            return targets  # ("voted against the minister": a party the text does not know)
        own = [a for t in things for a in self.owner(t)] or list(
            self.owners.get("@proposal", ()))
        return [(a, None) for a in dict.fromkeys(own) if a not in src_ids and not (
            self._chamber(a))] or self._home_government(src_ids) or (
            not things and self._parties_home_state(src_ids)) or targets

    def _chamber(self, actor_id: str) -> bool:
        """Is the actor a legislature (sector LEG)? A chamber that passed a measure is where
        it was voted on, not its drafter ("the House approved a government bill")."""
        actor = self.actor_by_id.get(actor_id)
        return actor is not None and actor.type == "organization" and (
            (actor.sector or "").upper() == "LEG")

    def _states_of_forces(self, evs: list[PloverEvent]) -> None:
        """A verbal conflict (blame, refusal, threat) aimed, through the act it names, at a
        state's armed forces or police ("Turkey condemned the strikes" the Israeli army
        carried out) is aimed at that state, when the article names it as an actor: the
        forces act for it. Not where the reaction names the forces ("condemned the Israel
        Defense Forces"), nor an appeal, which goes to whom it asks."""
        states: dict[str, str] = {}
        for a in self.actor_by_id.values():
            if a.type == "country" and a.country:
                states.setdefault(a.country, a.id)
        for e in evs:
            if e.target is None or e.type not in ("ACCUSE", "REJECT", "THREATEN"):
                continue  # (an appeal goes to whom it asks: "urged both armies")
            forces = self.actor_by_id.get(e.target)
            if forces is None or forces.type == "country" or not forces.country or (
                (forces.sector or "").upper() not in FORCE_SECTORS
            ):
                continue
            if e.target_text is not None and any(
                self.mmap.get(i) == e.target for i in range(*self._span_tokens(e.target_text))
            ):
                continue  # the reaction names the forces themselves
            state = states.get(forces.country)
            if state is not None and state != e.source:
                e.target = state

    def _span_tokens(self, span: Span) -> tuple[int, int]:
        """The token range of a character span of the document."""
        words = expanded_span(self.doc, span.start, span.end)
        return (words.start, words.end) if words is not None else (0, 0)


def _names_crowd(text: str) -> bool:
    """Does the phrase name a crowd ("14 people", "protesters", "a group of protesters")?"""
    words = text.lower().split()
    return bool(words) and words[-1].rstrip("s") in CROWD_NOUNS
