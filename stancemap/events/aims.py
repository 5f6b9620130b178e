"""Event coder: whose an event is and where it is aimed, beyond the words of its clause (stop
28): a vote against a measure at the measure's drafter, blame of a state's forces at the state,
talks and mediations at the parties already told, an adopted text's appeal as its adopter's, an
act in a party's passive report as the party's, and a position that names no party (no event
at all)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..actors.gazetteer import gazetteer
from ..actors.tokens import expanded_span
from ..model import Span
from .frames import Frame
from .parse import _child, _conjuncts, _is_passive
from .records import PloverEvent
from .vocab import (
    ADOPTING_VERBS,
    BACKING_VERBS,
    CROWD_NOUNS,
    DRAFT_REJECTING_VERBS,
    DRAFTED_TEXTS,
    DRAFTING_VERBS,
    ENACTED_NOUNS,
    GOVERNMENT_NOUNS,
    LEGISLATURE_NOUNS,
    MEDIATION_VERBS,
    OUTSIDE_SECTORS,
    POSITION_VERBS,
    RELATIVE,
    REPORTER_AGENT,
    VOTED_TEXTS,
    VOTING_VERBS,
)

#: the noun a story calls its government by ("the minority Liberal government")
GOVERNMENT = "government"

#: the tags of a verb told as done ("voted", a headline's "votes")
DONE_TAGS = frozenset({"VBD", "VBZ"})

#: prepositions that name a text's drafter ("a proposal from its transport committee")
OWNER_PREPS = frozenset({"from", "by"})

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
                    if a not in src_ids and not self._chamber(a)] or (
                self._story_drafters(src_ids) or self._home_government(src_ids)
                or self._voters_state(src_ids) or self._chamber_passage(src_ids, v)) or None
        if f.type == "SUPPORT" and self._pledged_vote(f.type, v) and all(
                a is None for a, _ in targets):  # "would back the motion": its drafter's
            own = [a for _, t in targets if t is not None for a in self.owner(t)] or list(
                self.owners.get("@proposal", ()))
            return [(a, None) for a in dict.fromkeys(own) if a not in src_ids and not (
                self._chamber(a))] or self._story_drafters(src_ids) or (
                self._home_government(src_ids)) or targets
        return self._vote_against_drafter(f, v, targets, src_ids)

    def _chamber_passage(self, src_ids: set[str], v: Token
                         ) -> list[tuple[str | None, Token | None]]:
        """A legislature's own vote in favour, done ("Serbia's National Assembly voted to bring
        back conscription", "the chamber has voted for the bill"), passes the measure, an act
        whoever drafted it: aimed at the chamber's state where the article names it, else at
        no one (the ranker may aim it); none where a voter is not a chamber, nor for a vote
        to come ("the House and the Senate will vote on the budget") (stop 47)."""
        done = v.tag_ in DONE_TAGS or (v.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in v.children))
        if not done or not src_ids or not all(self._chamber(a) for a in src_ids):
            return []
        states = {self.state_actor(self.actor_by_id[a].country) for a in src_ids}
        state = states.pop() if len(states) == 1 else None
        return [(state, None)]

    def _pledged_vote(self, etype: str, v: Token | None) -> bool:
        """Is a SUPPORT to come a vote pledged on a measure ("said they would endorse the
        censure motion", "would support such a bill": a backing verb whose object is a text
        put to a vote, ``voted_texts``), or any vote to come ("will vote yes", "would vote for
        it")? A party's position, SUPPORT as done, not an offer (AGREE): aimed as a vote cast
        is, and a vote with no party to aim at is no event (stop 31)."""
        if etype != "SUPPORT" or v is None or (
                v.lem not in BACKING_VERBS and v.lem not in VOTING_VERBS) or self._state_voter(v):
            return False
        if v.lem in VOTING_VERBS:
            return True  # ("would vote yes", "will vote for it": a vote to come, as a vote)
        obj = _child(v, "dobj")
        return obj is not None and obj.pos_ == "NOUN" and obj.lem in VOTED_TEXTS

    def _state_voter(self, v: Token) -> bool:
        """Is the one who says it will back or vote for a text a state ("Germany said it would
        support the draft resolution", "Italy and Poland said they would back it")? A state's
        vote to come in a body of states is an offer of diplomatic cooperation, AGREE as
        PLOVER codes the future and CAMEO its 032, and so the diplomatic sets code it; a
        party's or legislator's announced vote on a measure is its position (stop 32)."""
        clause, subj = v, _child(v, "nsubj")
        for _ in range(3):  # "X said they would back it": the teller's, for a pronoun
            if (subj is not None and subj.pos_ != "PRON") or clause.dep_ not in (
                    "conj", "xcomp", "ccomp") or clause.head.i == clause.i:
                break
            clause = clause.head
            subj = _child(clause, "nsubj") or subj
        ids = self.actors(subj) if subj is not None else []
        return any((a := self.actor_by_id.get(x)) is not None and a.type == "country"
                   for x in ids)

    def _story_drafters(self, src_ids: set[str]) -> list[tuple[str | None, Token | None]]:
        """The drafter the story names on the first text put to a vote that names one
        (``drafted_texts``: "the Socialist Party's bill", "a proposal from its transport
        committee", "Kosovo's application", "the bill, drafted by X"): a vote that names no
        party is cast on that text, so aimed at its drafter (stop 45); never at the voter. A
        drafter voting along with others ("National, ACT and New Zealand First voted in
        favour" of New Zealand First's bill) leaves the others' votes aimed at it (its own
        vote is aimed at no one: ``_pairs`` drops a pair aimed at its source) (stop 48)."""
        if self.story_drafter_ids is None:
            self.story_drafter_ids = next(
                (found for t in self.doc if t.pos_ == "NOUN"
                 and (found := self._named_drafters(self.sdoc[t.i]))), [])
        if not src_ids - set(self.story_drafter_ids):
            return []  # (the drafters voting alone)
        return [(a, None) for a in self.story_drafter_ids]

    def _named_drafters(self, text: Token) -> list[str]:
        """Who the text's own phrase names as its drafter: a drafting participle's agent,
        an owner before it ("X's bill", "a Socialist bill") or a "from"/"by" phrase; not a
        chamber (where it was voted on)."""
        if text.lem not in DRAFTED_TEXTS or text.tag_ == "NNS":
            return []  # ("its last five country reports": no one text put to a vote)
        found = self._drafters(text)
        for c in text.children:
            if found:
                break
            if c.dep_ in ("poss", "compound", "amod") and c.i < text.i:
                found = self._first_actor(c)
            elif c.dep_ == "prep" and c.lower_ in OWNER_PREPS:
                pobj = _child(c, "pobj")
                found = self.actors(pobj) if pobj is not None else []
        return [a for a in dict.fromkeys(found) if not self._chamber(a)]

    def _home_government(self, src_ids: set[str]) -> list[tuple[str | None, Token | None]]:
        """A vote in a domestic story whose measure's drafter is not named ("the budget
        bill passed; the Conservatives voted against") is on the government's measure: the
        one actor the story calls its government ("the minority Liberal government", "the
        government"), when every voter is a party, body or person of that state (not a state
        voting abroad; one whose country the actor stage did not find, nor a government
        with none, counts as of it: stop 46); else none."""
        found = {self.mmap[t.i] for t in self.doc if t.lower_ == GOVERNMENT and t.i in self.mmap}
        if len(found) != 1:
            return []
        gov = self.actor_by_id.get(next(iter(found)))
        voters = [self.actor_by_id.get(x) for x in src_ids]
        if gov is None or gov.id in src_ids or not src_ids or any(
                a is None or a.type == "country" for a in voters):
            return []
        # one country among the government and the voters, those not known aside
        if len({a.country for a in [gov, *voters] if a is not None and a.country}) > 1:
            return []
        return [(gov.id, None)]

    def _voters_state(self, src_ids: set[str]) -> list[tuple[str | None, Token | None]]:
        """A party's vote on a measure whose drafter the text does not
        name is on its own state's government's measure ("Labour and the Greens voted
        against": against the government): the country actor of the voters' one country,
        where the article names it (stop 30; a party whose country is not known does not
        count, stop 46); none for states voting in a body."""
        countries = set()
        for a in src_ids:
            actor = self.actor_by_id.get(a)
            if actor is None or actor.type != "organization" or (
                OUTSIDE_SECTORS["organization"] != actor.sector
            ):
                return []  # (a legislator's vote may be on a nominee: "would vote no")
            if actor.country:  # (a party whose country is not known votes with the others)
                countries.add(actor.country)
        if len(countries) != 1:
            return []
        country = countries.pop()
        return [(a.id, None) for a in self.actor_by_id.values()
                if a.type == "country" and a.country == country and a.id not in src_ids][:1]

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
            self._chamber(a))] or self._story_drafters(src_ids) or (
            self._home_government(src_ids)) or self._voters_state(src_ids) or targets

    def _state_approvals(self, evs: list[PloverEvent]) -> list[PloverEvent]:
        """A state's executive approving a measure of its own that names no other party
        ("the cabinet approved new names for the islands", "the closure was approved by
        the cabinet") enacts the measure, which is the act (a ban, a veto, a sanction)
        where the text tells it: no SUPPORT event of the state toward no one or itself;
        not "Kenya approved the plan" (named by the state, perhaps another's plan), nor a
        chamber's vote; "approved the sale of jets to Saudi Arabia" names a party and stays
        (stop 30)."""
        out = []
        for e in evs:
            actor = self.actor_by_id.get(e.source or "")
            if e.type == "SUPPORT" and actor is not None and actor.type == "country" and (
                e.target in (None, e.source) and e.rule.startswith("verb:")
                and e.rule[5:].split(" ", 1)[0] in ADOPTING_VERBS
                and e.trigger is not None and not self._patient_names_party(e)
                and e.source_text is not None and self._names_executive(e.source_text)
            ):  # (not "Kenya approved the plan", nor "approved by Kenya's parliament")
                continue
            out.append(e)
        return out

    def _signs_law(self, e: PloverEvent) -> bool:
        """Is what the signature acts on a law ("signed the bill", "the act was signed",
        "a law signed by"; ``enacted_nouns``)?"""
        assert e.trigger is not None
        start, end = self._span_tokens(e.trigger)
        if end <= start:
            return False
        v = self.doc[start]
        while v.dep_ == "conj" and _child(v, "dobj") is None:  # "passed by X and signed by Y"
            v = v.head
        patient = _child(v, "dobj") or _child(v, "nsubjpass") or (
            v.head if v.dep_ == "acl" else None)
        return patient is not None and patient.lemma_.lower() in ENACTED_NOUNS

    def _patient_names_party(self, e: PloverEvent) -> bool:
        """Does what the event's verb acts on (its object, its passive subject, the noun
        its participle modifies) name an actor other than the event's source?"""
        assert e.trigger is not None
        start, end = self._span_tokens(e.trigger)
        if end <= start:
            return True
        v = self.doc[start]
        patient = _child(v, "dobj") or _child(v, "nsubjpass") or (
            v.head if v.dep_ == "acl" else None)
        if patient is None:
            return False
        for t in patient.subtree:
            a = self.mmap.get(t.i)
            if a is not None and a != e.source:
                return True
        return False

    def _names_executive(self, span: Span) -> bool:
        """Does the phrase name a state by its executive ("the cabinet", "the Iranian
        government")?"""
        words = expanded_span(self.doc, span.start, span.end)
        return words is not None and len(words) > 0 and (
            words.root.lemma_.lower() in GOVERNMENT_NOUNS)

    def _names_legislature(self, span: Span) -> bool:
        """Does the phrase name a legislature by a common noun ("Slovakia's parliament")?"""
        words = expanded_span(self.doc, span.start, span.end)
        return words is not None and len(words) > 0 and (
            words.root.lower_ in LEGISLATURE_NOUNS)

    def _chamber(self, actor_id: str) -> bool:
        """Is the actor a legislature (sector LEG)? A chamber that passed a measure is where
        it was voted on, not its drafter ("the House approved a government bill")."""
        actor = self.actor_by_id.get(actor_id)
        return actor is not None and actor.type == "organization" and (
            (actor.sector or "").upper() == "LEG")

    def _enacting_chamber_targets(self, evs: list[PloverEvent]) -> None:
        """A legislature that passes or approves a measure naming no party ("the National
        Assembly passed the bill", "the amendment was approved by parliament") backs its
        own state's government, whose measure it enacts: the country actor of the chamber's
        country, where the article names one (stop 30). A signature with no party named
        after it ("the law was signed by the president") backs the chamber that passed it."""
        enacted: str | None = None  # the chamber of the latest enactment told
        for e in evs:
            verb = e.rule[5:].split(" ", 1)[0] if e.rule.startswith("verb:") else ""
            if e.type == "SUPPORT" and e.target is None and verb == "sign" and (
                enacted is not None and e.source != enacted and self._signs_law(e)
            ):
                e.target = enacted
                continue
            if e.type != "SUPPORT" or e.source is None or e.target is not None or (
                verb not in ADOPTING_VERBS
            ):
                continue
            chamber = self.actor_by_id.get(e.source)
            if chamber is not None and chamber.type == "country" and (
                e.source_text is not None and self._names_legislature(e.source_text)
            ):  # "Slovakia's parliament passed": the chamber the article names, if one
                chamber = next((a for a in self.actor_by_id.values()
                                if a.country == chamber.country and self._chamber(a.id)), None)
                if chamber is None:
                    continue
                e.source = chamber.id
            if chamber is None or chamber.type != "organization" or not chamber.country or not (
                self._chamber(e.source)
                or chamber.name.lower().rsplit(" ", 1)[-1] in LEGISLATURE_NOUNS
            ):
                continue
            enacted = e.source
            state = self.state_actor(chamber.country)
            if state is not None:
                e.target = state

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

    def _rejected_drafts(self, evs: list[PloverEvent]) -> None:
        """A veto, block or rejection of a text put to a vote ("Russia vetoed a draft
        resolution", "the parliament rejected a motion of censure", "blocked a statement")
        is aimed at the text's drafter, where a drafting participle names it on the text
        or on a text of the next two sentences ("a British-drafted text", "The draft,
        written by X and Y", "The motion, tabled by X"): before, no target or the body
        the text was put to (stop 31)."""
        for e in list(evs):
            verb = e.rule[5:].split(" ", 1)[0] if e.rule.startswith("verb:") else ""
            if e.type != "REJECT" or e.source is None or e.trigger is None or (
                    verb not in DRAFT_REJECTING_VERBS):
                continue
            start, end = self._span_tokens(e.trigger)
            obj = _child(self.sdoc[start], "dobj") if end > start else None
            if obj is None or not self.classes(obj) & {"proposal", "document"} or (
                    e.target is not None and e.target not in self._forums(obj)):
                continue
            sent = self.doc[obj.i].sent
            stop = sent.end
            for _ in range(2):  # the sentence and the two after it
                if stop < len(self.doc):
                    stop = self.doc[stop].sent.end
            drafters = next((found for i in range(obj.i, stop)
                             if (found := [a for a in self._drafters(self.sdoc[i])
                                           if a != e.source])), [])
            for n, a in enumerate(dict.fromkeys(drafters)):  # one event toward each drafter
                if n == 0:
                    e.target = a
                else:
                    evs.append(replace(e, target=a))

    def _forums(self, text: Token) -> set[str]:
        """The actors a text's modifiers name ("an Assembly resolution", "a UN draft"): the
        body it was put to, when the text also names a drafter."""
        return {a for c in text.children if c.dep_ in ("compound", "nmod") and c.i < text.i
                for a in self._first_actor(c)}

    def _drafters(self, text: Token) -> list[str]:
        """Who a text's drafting participle names: its agent ("written by X and Y") or the
        state of its hyphenated modifier ("a British-drafted text", "a U.S.-drafted
        statement"); none for a word of no such class."""
        if text.pos_ != "NOUN" or not self.classes(text) & {"proposal", "document"}:
            return []
        for c in text.children:
            if c.dep_ == "acl" and c.lem in DRAFTING_VERBS:
                agent = _child(c, "agent")
                pobj = _child(agent, "pobj") if agent is not None else None
                if pobj is not None:
                    return [a for x in _conjuncts(pobj) for a in self.actors(x)]
            if c.dep_ == "amod" and c.i < text.i:
                word, _, part = c.lower_.rpartition("-")
                if not word:  # "British - drafted": the state word hangs on the participle
                    lead = next((x for x in c.children if x.dep_ in ("npadvmod", "compound")
                                 and x.i < c.i), None)
                    word, part = (lead.text if lead is not None else ""), c.lower_
                else:
                    word = c.text.rpartition("-")[0]
                if part.removesuffix("ed") + "e" in DRAFTING_VERBS or (
                        part.removesuffix("ed") in DRAFTING_VERBS or c.lem in DRAFTING_VERBS):
                    state = self._named_state(word)
                    if state is not None:
                        return [state]
        return []

    def _named_state(self, word: str) -> str | None:
        """The country actor a state's name or demonym names ("British", "U.S.")."""
        entry = gazetteer().lookup(word) if word else None
        return self.state_actor(entry.code) if entry is not None else None

    def _span_tokens(self, span: Span) -> tuple[int, int]:
        """The token range of a character span of the document."""
        words = expanded_span(self.doc, span.start, span.end)
        return (words.start, words.end) if words is not None else (0, 0)


def _names_crowd(text: str) -> bool:
    """Does the phrase name a crowd ("14 people", "protesters", "a group of protesters")?"""
    words = text.lower().split()
    return bool(words) and words[-1].rstrip("s") in CROWD_NOUNS
