"""Event coder: making records: the event's final type, its pairs of parties and spans (the
last pass over a document's events is ``lastpass.py``)."""

from __future__ import annotations

from spacy.tokens import Token

from .. import dates
from .frames import Args, Context, Frame
from .parse import (
    _child,
    _conjuncts,
    _is_passive,
    _phrase,
    _shared_phrase,
    _tok_span,
    _trim,
    _unique,
)
from .records import PloverEvent
from .vocab import (
    ACCORD_TYPES,
    ACCORD_VERBS,
    AGENT_ENTS,
    AGENTIVE_TYPES,
    ALSO_WORDS,
    ASSEMBLY_VERBS,
    BACKING_VERBS,
    CHARGING_VERBS,
    COMPLEMENT_MODE,
    CONCESSIONS,
    CONDITIONAL_THREATS,
    COOPERATIVE,
    CORRELATIVES,
    DECLARED_PROTESTS,
    DEMAND_ANSWERS,
    DISPUTE_OFFERS,
    DURATION_NOUNS,
    EVENT_NOUN_OWNERS,
    FAILED_REFUSALS,
    FUTURE_THREATS,
    LAW_TEXTS,
    MATERIAL_CONFLICT,
    MEDIATION_VERBS,
    NEGATED_REFUSALS,
    PLACED,
    PROPOSAL_CLASSES,
    QUAD,
    RECIPROCAL_ACTS,
    REJECT_MODE,
    RELATIVE,
    SYMMETRIC,
    VERBAL,
    VOTED_TEXTS,
)


def _role_description(clause: Token) -> bool:
    """Is the relative clause part of a role apposition that introduces a person ("X, the
    French MEP who led the motion, said", "X, a former minister who negotiated the border")?
    It says who the person is, not what happens in the news: background, no event."""
    role = clause.head
    return role.dep_ == "appos" and role.head.pos_ == "PROPN" and role.i > role.head.i and any(
        c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in role.children)


def _described_by_agent(clause: Token) -> bool:
    """Is the verb a past participle with its agent that describes a noun ("the draft,
    proposed by the Commission, was adopted", "the letter, signed by the minister", "a
    vessel operated by the fisheries bureau")? It tells what the thing is, not what happens
    in the news: background, no event. Mediation stays an act ("a swap brokered by Qatar"),
    and so does the making of a law or a voted text ("the Act, passed by the assembly and
    signed by the president"): the text's passage is the story's news. (A participle on an
    actor, "warplanes supported by Russia", is the agent's act on it: the caller keeps it.)"""
    return clause.dep_ == "acl" and clause.tag_ == "VBN" and clause.lem not in (
        MEDIATION_VERBS) and _child(clause, "agent") is not None and clause.head.lem not in (
        LAW_TEXTS | VOTED_TEXTS)


def _habitual(v: Token, etype: str) -> bool:
    """Is the verb in the simple present, an act that says what the actor does or is
    ("Kazakhstan, which hosts the spaceport" (stop 30), "X, who heads the federation", "Y,
    which trains Z's army", "whose party leads a coalition")? In a relative clause it is
    background, not an act in the news; a standing position ("which backs X", "which often
    criticises Y", "which opposes Z") is the actor's stance now and stays an event."""
    return etype not in ("SUPPORT", "ACCUSE", "REJECT") and v.tag_ in ("VBZ", "VBP") and not any(
        c.dep_ in ("aux", "auxpass") for c in v.children)


def asked(v: Token) -> bool:
    """Is the verb the question of a direct question, its auxiliary before its subject and
    the sentence closed by "?" ("Will Korea send weapons to Ukraine?", "So did the Senate
    protect X or gift Y a win?")? A question asserts no act."""
    while v.dep_ == "conj" and v.head.i != v.i:  # ("... or gift Y a win?": the first verb's)
        v = v.head
    aux = [c.i for c in v.children if c.dep_ == "aux"]
    subj = [c.i for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not aux or not subj or min(aux) > max(subj):
        return False
    words = [t for t in v.sent if t.pos_ != "PUNCT" or t.text == "?"]
    return bool(words) and words[-1].text == "?"


class Emitter:
    """Making records: the event's final type, its pairs of parties, spans, and the last pass
    over a document's events.

    A part of the event coder (``coder._Coder``); the
    methods read its per-document state."""

    def _emit(self, v: Token, f: Frame, ctx: Context, rule: str,
              extra_end: int | None = None) -> None:
        """An event of the trigger ``v`` itself, its type as its context makes it
        (``_type_in_context``), unless blocked or told as background."""
        if ctx.blocked or asked(v):
            self._drop(v, f, ctx, rule, "blocked:" + ctx.blocked if ctx.blocked else "asked")
            return
        typed = self._type_in_context(f.type, f.mode, ctx, v)
        if typed is None or (ctx.obligation and not ctx.reported):
            self._drop(v, f, ctx, rule, "modality" if typed is None else "obligation")
            return
        etype, mode = typed
        criticised = self._criticised(v, f)
        if etype == "ACCUSE" and criticised is not None and self.classes(criticised) & (
            PROPOSAL_CLASSES
        ):
            etype = "REJECT"  # "lambasted the demand as absurd", "a demand that X lambasted"
        if etype in ("MOBILIZE", "THREATEN") and self._peaceful_deployment(v):
            etype = "AID" if etype == "MOBILIZE" else "AGREE"
        if v.dep_ == "relcl" and f.noun is not None and f.noun.i == v.head.i:
            self._drop(v, f, ctx, rule, "own-light-verb", etype, mode)
            return  # "a promise we made": the noun's own light verb, told as background
        clause = v
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        background = (clause.dep_ == "relcl" and (
            _role_description(clause) or _habitual(v, etype))) or (
            _described_by_agent(clause) and clause.head.i not in self.mmap)
        if background and self.dropped is None:
            return  # (the "relative-clause" gate below, told before the arguments are read
            # where no dropped candidate is noted: the arguments change nothing of it)
        args = self.arguments(v, f)
        if args.sources and all(t is not None and t.lem in LAW_TEXTS and t.i not in self.mmap
                                for _, t in args.sources):
            return  # "the Act bars the trustees", "the law allows X": a provision, no act
        if not any(a for a, _ in args.sources) and _is_passive(v) and v.dep_ != "ROOT" and (
            _child(v, "agent") is None
        ):  # "said officers had been attacked", "a panel had been shut down": by whom? An
            return  # aside in a story that names no doer is no event of the story's actors
        if background or (clause.dep_ == "relcl" and not any(a for a, _ in args.sources)):
            self._drop(v, f, ctx, rule, "relative-clause", etype, mode)
            return
        nf = Frame(etype, mode, f.key, v, noun=f.noun, obj=f.obj, cameo=f.cameo,
                   cameo_type=f.cameo_type, alone=f.alone)
        self._make(nf, ctx, args, rule, extra_end=extra_end)

    def _type_in_context(self, etype: str, mode: str | None, ctx: Context,
                         v: Token | None = None) -> tuple[str, str | None] | None:
        """Type and mode under negation and modality (None: no event): "will not meet" is a
        refusal, "will impose sanctions" a threat, "will meet" an offer (AGREE), "would
        attack" nothing."""
        if ctx.negated:
            if (etype in COOPERATIVE and ctx.future) or (
                etype in NEGATED_REFUSALS and ctx.present_negation
            ) or (ctx.failed and etype in FAILED_REFUSALS):
                return "REJECT", REJECT_MODE.get(etype)
            return None
        declared = v is not None and v.lem in DECLARED_PROTESTS
        if declared and etype in FUTURE_THREATS and ctx.future and not ctx.hypothetical and (
                not self._conditional_below(v, strict=True)):
            return etype, mode  # "would boycott the committee until the ban is lifted"
        if ctx.future and (etype in MATERIAL_CONFLICT or (
                etype in CONDITIONAL_THREATS and ctx.conditional) or (
                etype in FUTURE_THREATS and not ctx.hypothetical and not declared)):
            # "will impose sanctions", also "will attack if ..." (a conditional threat);
            # "would hold more protests if the government did not back down"; "said they
            # would stage a general strike" (not "would boycott the vote": the protest itself,
            # also with a time limit, above)
            mode, etype = etype.lower(), "THREATEN"
        if (ctx.hypothetical or ctx.conditional) and etype != "THREATEN" and not (
            ctx.conditional and not ctx.hypothetical and mode == "ultimatum"
        ):  # an ultimatum states its condition ("... if X does not withdraw")
            return None
        if ctx.future:
            if etype in CONCESSIONS:
                return self.future_concession, mode
            if etype in COOPERATIVE and not self._pledged_vote(etype, v):  # (a vote: SUPPORT)
                return "AGREE", COMPLEMENT_MODE.get(etype, mode) if etype != "AGREE" else mode
            if etype == "REQUEST" and not self._announced_request(v, ctx):
                return None
        return etype, mode

    def _assembled(self, f: Frame, ctx: Context, rule: str, args: Args,
                   sources: list[tuple[str | None, Token | None]]
                   ) -> list[tuple[str | None, Token | None]] | None:
        """The sources of an act, less those of an assembly verb's PROTEST that are no crowd
        ("NATO leaders gathered on the sidelines": a meeting); none left, the candidate is
        noted as dropped (gate "assembly") and None."""
        if f.type != "PROTEST" or f.verb.lem not in ASSEMBLY_VERBS:
            return sources
        kept = [(a, t) for a, t in sources if self._crowd(a)]
        if not kept:
            self._drop_args(f, ctx, rule, args, "assembly")
            return None
        return kept

    def _crowd(self, actor_id: str | None) -> bool:
        """Is the actor a crowd: a group with no sector of its own ("several dozen farmers",
        "protesters"), not officials or a body ("EU ministers", "NATO leaders")?"""
        actor = self.actor_by_id.get(actor_id) if actor_id is not None else None
        return actor is not None and actor.type == "group" and actor.sector is None

    @staticmethod
    def _criticised(v: Token, f: Frame) -> Token | None:
        """What an act is aimed at: its object, or the noun an object relative clause hangs
        on ("a demand that Moscow lambasted")."""
        criticised = f.obj or _child(v, "dobj")
        if criticised is not None and criticised.lower_ in RELATIVE:
            criticised = None
        return criticised or (
            v.head if v.dep_ == "relcl" and any(
                c.dep_ == "nsubj" and c.lower_ not in RELATIVE for c in v.children
            ) else None)

    def _make(self, f: Frame, ctx: Context, args: Args, rule: str,
              trigger: Token | None = None, extra_end: int | None = None) -> None:
        """Record one event per source and target of ``args`` (after resolving pronouns and
        voiced positions, and filling a missing target), and note what later sentences refer
        back to."""
        v = f.verb
        resolved = self._pronoun_sources(args.sources or [(None, None)], ctx)
        sources = self._speaker_for_state(f, ctx, resolved, {a for a, _ in args.targets if a})
        # the evidence keeps the words of the state whose position the speaker voiced
        voiced = [t.i for a, t in resolved if t is not None and (a, t) not in sources]
        if f.type in AGENTIVE_TYPES:
            sources = [(a, t) for a, t in sources
                       if a is not None or (t is None and f.type not in VERBAL)
                       or (t is not None and self._agentive(t))]
            if not sources:
                return
        if (sources := self._assembled(f, ctx, rule, args, sources)) is None:
            return
        src_ids = {a for a, _ in sources if a}
        if f.type == "MOBILIZE" and len(src_ids) > 1 and f.noun is not None and (
            "exercise" in self.classes(f.noun)
        ):  # an exercise staged by several armies is joint
            f = Frame("COOPERATE", f.mode, f.key, f.verb, noun=f.noun, obj=f.obj)
        if self._toll_of_act(f, src_ids):
            self._drop_args(f, ctx, rule, args, "toll")
            return
        targets = self._missing_targets(f, args.targets or [(None, None)], src_ids)
        targets = [self._diplomat_state(f.type, a, t, src_ids) for a, t in targets]
        if (voted := self._vote_targets(f, v, targets, src_ids)) is None:
            self._drop_args(f, ctx, rule, args, "vote-position")
            return  # a vote in favour, no drafter known: a position on the measure
        if self._targetless_before_pairs(f, targets := voted):
            return  # (the "cameo-no-target" gate below, told early)
        if (f.type in PLACED or (f.type == "REQUEST" and f.mode == "assist")) and all(
            a is None for a, _ in targets
        ):  # (a plea for aid or refuge that names no party concerns where it is sought)
            place = self._place_of_act(v, [t for _, t in targets if t is not None])
            if place is not None:  # "declared a ceasefire in Somalia": its phrase only
                targets = [(None, place)]
        pairs = self._pairs(f, sources, targets, src_ids)
        if self._position_only(f, v, src_ids, [(b, tt) for _, _, b, tt in pairs]):
            self._drop_pairs(f, ctx, rule, pairs, "position-only")
            return
        if f.type == "AGREE" and f.verb.lem in BACKING_VERBS:
            # "would back any plan that ...": a promise of support to nobody is a stance
            self._drop_pairs(f, ctx, rule, [p for p in pairs if p[2] is None], "backing")
            pairs = [p for p in pairs if p[2] is not None]
            if not pairs:
                return
        if self._targetless_dictionary_act(f, pairs, src_ids):
            self._drop_pairs(f, ctx, rule, pairs, "cameo-no-target")
            return
        if f.cameo and not any(a or st is not None for a, st, _, _ in pairs):
            return  # ... by someone: "workers were protected" (by whom?) is none
        if self._denial(f) and not any(b for _, _, b, _ in pairs):
            self._drop_pairs(f, ctx, rule, pairs, "denial")
            return  # "rejected the allegations" with no accuser known: a denial, a statement
        trig = trigger or v
        t_start, t_end = trig.i, trig.i + 1
        if f.noun is not None and trigger is None:
            t_start, t_end = min(v.i, f.noun.i), max(v.i, f.noun.i) + 1
        date = self._date(v, f, ctx)
        joint = self._joint_phrase(pairs, src_ids)
        for a, st, b, tt in pairs:
            ev = self._record(f, rule, (a, st, b, tt), (t_start, t_end), voiced, extra_end,
                              date, joint)
            self.events.append(ev)
            self._note_features(ev, f, ctx, "emitted")
            if not (f.type == "AGREE" and f.verb.lem in BACKING_VERBS):
                self._note_event(ev)  # "would back X" proposes nothing of its own
        self._answering_acts(f, ctx, pairs, date)  # (summons.py)
        self._note_sides(f, pairs)
        if f.verb.lem in MEDIATION_VERBS and f.noun is None and len(src_ids) > 0:
            self.mediators = _unique([a for a, _, _, _ in pairs if a])
        if f.type == "CONSULT":
            parties = _unique([x for a, _, b, _ in pairs for x in (a, b) if x])
            if len(parties) > 1:
                self.consult_parties = parties
        if "+followed" not in rule:
            self._followed(f, ctx, rule, trigger, pairs, src_ids)

    def _owned_request(self, f: Frame, pairs: list[tuple[str | None, Token | None,
                                                        str | None, Token | None]],
                       date: dates.ResolvedDate | None) -> None:
        """"The mediators refused its demand for a seat": refusing or granting a demand that
        the words give an owner ("its", "their", "Iran's") tells that the owner made it, a
        REQUEST to the one who answers (unless one is already recorded)."""
        if f.type not in DEMAND_ANSWERS:
            return
        obj = f.obj or _child(f.verb, "dobj")
        entry = self.lex.nouns.get(obj.lem) if obj is not None else None
        if obj is None or obj.lem not in EVENT_NOUN_OWNERS.get("REQUEST", ()) or (
            entry is not None and entry.mode == "ultimatum"
        ) or not any(c.dep_ == "poss" for c in obj.children):
            return  # (an ultimatum refused was a threat, its own act)
        for a, st, b, tt in pairs:
            if a is None or b is None or any(
                e.source == b and e.type == "REQUEST" and e.target == a for e in self.events
            ):
                continue
            asked = Frame("REQUEST", None, f.key, f.verb, obj=obj)
            self.events.append(self._record(asked, "owned-request", (b, tt, a, st),
                                            (obj.i, obj.i + 1), [], None, date))

    def _place_of_act(self, v: Token, phrases: list[Token]) -> Token | None:
        """Where a ``placed`` act that names no party happens: in the clause of ``v``, or in
        the phrase of the act it is aimed at ("contribute to peacekeeping operations in
        Syria")."""
        if not phrases:
            return self._place_of(v)
        if len(phrases) == 1 and self._is_event_noun(phrases[0]):
            ne = self.noun_entry(phrases[0])
            if ne is not None and ne.type in PLACED:  # (else where the act itself is:
                return self._place_of(phrases[0]) or self._place_of(v)  # "arrived in
        return None  # South Sudan for a peacekeeping mission")

    @staticmethod
    def _place_of(v: Token) -> Token | None:
        """The first country or region named "in" inside the clause of ``v`` (not inside a
        clause of its own subject), for a ``placed`` act that names no party."""
        stack = list(reversed(list(v.children)))
        while stack:
            t = stack.pop()
            if t.dep_ in ("nsubj", "nsubjpass", "csubj", "relcl", "ccomp", "parataxis") or (
                t.is_verb and _child(t, "nsubj") is not None
            ):
                continue
            if t.dep_ == "pobj" and t.head.lower_ == "in" and (
                t.ent_type_ in ("GPE", "LOC") or (t.pos_ == "NOUN" and any(
                    c.dep_ == "poss" and c.ent_type_ in ("GPE", "LOC") for c in t.children))
            ):  # ("in Niger's Maradi region": a place of a country is a place)
                return t
            stack.extend(reversed(list(t.children)))
        return None

    def _toll_of_act(self, f: Frame, src_ids: set[str]) -> bool:
        """Is the act the toll of the attack its clause trails ("stormed a police
        headquarters, killing five officers")? A participle of material conflict on a verb
        already coded as such an act with that source and a target tells its victims, no
        second act."""
        v = f.verb
        while v.dep_ == "conj" and v.head.i != v.i:  # "killing five and injuring 22"
            v = v.head
        if f.type not in MATERIAL_CONFLICT or v.tag_ != "VBG":
            return False
        act = v.head
        if v.dep_ == "acl" and (act.ent_type_ in ("DATE", "TIME") or act.lem in DURATION_NOUNS):
            while not act.is_verb and act.head.i != act.i:  # "for a sixth day, killing 32"
                act = act.head
        elif v.dep_ != "advcl":
            return False
        head = act.idx
        return any(e.type in MATERIAL_CONFLICT and e.trigger is not None and e.trigger.start == head
                   and e.target_text is not None and (e.source in src_ids or (
                       e.source is None and not src_ids)) for e in self.events)

    def _pronoun_sources(self, sources: list[tuple[str | None, Token | None]], ctx: Context
                         ) -> list[tuple[str | None, Token | None]]:
        """The speaker for pronoun subjects ("X said it would ..."); the reporting subject
        for "X has made it clear it will not ..."."""
        resolved: list[tuple[str | None, Token | None]] = []
        for a, tok in sources:
            if a is None and tok is not None and tok.pos_ == "PRON" and ctx.speaker and (
                tok.lower_ in ("it", "they", "he", "she", "we", "i")
            ):
                resolved.extend((s, ctx.speaker_tok) for s in ctx.speaker)
            elif a is None and tok is not None and tok.pos_ == "PRON" and (
                ctx.reporter is not None or ctx.speaker_tok is not None
            ) and tok.lower_ in ("it", "they", "he", "she"):
                rep = ctx.speaker_tok if ctx.speaker_tok is not None else ctx.reporter
                assert rep is not None
                resolved.extend(self._resolve(rep) or [(None, rep)])
            else:
                resolved.append((a, tok))
        return resolved

    def _missing_targets(self, f: Frame, targets: list[tuple[str | None, Token | None]],
                         src_ids: set[str]) -> list[tuple[str | None, Token | None]]:
        """A missing target from context: the parties of talks already reported ("the talks,
        mediated by Oman"), or the target of the previous event of the same type in the
        sentence (AID: in the two sentences before too)."""
        v = f.verb
        targets = self._consult_targets(f, targets, src_ids)
        if f.type == "THREATEN" and all(a is None for a, _ in targets):
            warned = self._condition_subjects(v, src_ids)
            if warned:  # "would protest if the government did not back down"
                return warned
        if all(a is None and t is None for a, t in targets):
            also = any(c.dep_ == "advmod" and c.lem in ALSO_WORDS for c in v.children)
            reach = 2 if f.type == "AID" or also else 0
            cooperative = QUAD[f.type].endswith("COOPERATION")
            for prev in reversed(self.events):
                if prev.sentence is None or prev.sentence < self.sent_index - reach:
                    break
                if prev.target is None or prev.target in src_ids:
                    continue
                if prev.type == f.type or (  # "welcoming the deal and pledging aid": the
                    cooperative and prev.sentence == self.sent_index  # deal's party
                    and prev.source in src_ids and QUAD[prev.type] == QUAD[f.type]
                ):
                    return [(prev.target, None)]
                if not cooperative and v.dep_ == "conj" and prev.sentence == self.sent_index and (
                    prev.source in src_ids and QUAD[prev.type] == QUAD[f.type]
                ) and (obj := _child(v.head, "dobj")) is not None and (
                    prev.target in self.actors(obj)
                ):  # "accused Y of X and demanded that ...": the demand is on Y
                    return [(prev.target, obj)]
        if f.type in DISPUTE_OFFERS and len(self.dispute) == 2 and all(
            a is None for a, _ in targets
        ):  # "Montenegro was ready to go to arbitration": an offer to the other side
            sides = {x if x in self.dispute else self._state_of(x) for x in src_ids}
            other = [x for x in self.dispute if x not in sides]
            if len(other) == 1 and len(sides & set(self.dispute)) == 1:
                return [(other[0], None)]
        return targets

    def _condition_subjects(self, v: Token, src_ids: set[str]
                            ) -> list[tuple[str | None, Token | None]]:
        """Whom a conditional threat warns: the actors the subject of its condition names
        ("... if the government did not back down", "unless Ottawa lifts the duties")."""
        for c in v.children:
            if c.dep_ == "advcl" and self._is_condition(_child(c, "mark")):
                subj = _child(c, "nsubj") or _child(c, "nsubjpass")
                if subj is not None:
                    return [(a, subj) for a in self.actors(subj) if a not in src_ids]
        return []

    def _targetless_before_pairs(self, f: Frame,
                                 targets: list[tuple[str | None, Token | None]]) -> bool:
        """The "cameo-no-target" gate (``_targetless_dictionary_act``) told before the pairs
        are made, where no dropped candidate is noted: a dictionary-only act that is not
        symmetric and whose targets name no actor can get no pair with a target actor."""
        return self.dropped is None and f.alone and not any(a for a, _ in targets) and (
            self._symmetry(f) is None)

    def _targetless_dictionary_act(
        self, f: Frame, pairs: list[tuple[str | None, Token | None, str | None, Token | None]],
        src_ids: set[str],
    ) -> bool:
        """The dictionary codes one actor's act toward another (as PETRARCH does): with no
        target it is none, unless several named actors do an act of a type parties do
        together ("X and Y said they would pay", "X and Y invested"): theirs jointly."""
        return f.alone and not any(p[2] for p in pairs) and not (
            len(src_ids) > 1 and self._symmetry(f) is not None)

    def _symmetry(self, f: Frame) -> str | None:
        """Is the act one that several parties named together do to each other: "words" when
        its words say so ("signed an accord", "traded fire", "upgraded ties"), "type" when only
        its type does (``SYMMETRIC``), None when it is not."""
        v = f.verb
        if v.lem in MEDIATION_VERBS and f.noun is None:
            return None  # "mediated by the AU and the UN": co-mediators, one side
        if (f.type in ACCORD_TYPES and v.lem in ACCORD_VERBS) or (
                f.type == "SUPPORT" and v.lem == "sign" and f.noun is not None) or (
                f.type == "AGREE" and f.mode in ("meet", "cooperate")) or (
                f.key in RECIPROCAL_ACTS) or (  # "X and Y skirmished", "traded fire"
                f.obj is not None and "ties" in self.classes(f.obj)):  # "upgraded ties"
            return "words"
        return "type" if f.type in SYMMETRIC else None

    def _pairs(self, f: Frame, sources: list[tuple[str | None, Token | None]],
               targets: list[tuple[str | None, Token | None]], src_ids: set[str]
               ) -> list[tuple[str | None, Token | None, str | None, Token | None]]:
        """(source, its phrase, target, its phrase) of each event to record: one per act and
        actor; symmetric and reciprocal events among several sources both ways."""
        pairs = [(a, st, b, tt) for a, st in sources for b, tt in targets
                 if b is None or b != a]
        if not pairs:
            pairs = [(a, st, None, None) for a, st in sources]
        elif any(b for _, _, b, _ in pairs):
            # one event per act and actor: "sanctions on an RSF commander and two companies"
            # is one SANCTION on the RSF, not a second one on the companies (a named party
            # the actor stage does not know stays: "mediation between the NDA and Hadas")
            pairs = [p for p in pairs if p[2] is not None or (
                p[3] is not None and (p[3].pos_ == "PROPN" or p[3].ent_type_ in AGENT_ENTS))]
        symmetry = self._symmetry(f)
        symmetric = symmetry is not None
        if symmetric and len(src_ids) > 1 and not any(b for _, _, b, _ in pairs):
            if not f.alone or symmetry == "words":  # a verb only the
                # dictionary knows is one party's act unless its words are mutual ("traded
                # fire"): "X and Y invested" (in something) is no act of each toward the
                # other (_make keeps it theirs jointly, untargeted)
                ids = [a for a, _ in sources if a]
                toks = {a: t for a, t in sources if a}
                pairs = [(a, toks[a], b, toks[b]) for a in ids for b in ids if a != b]
        elif symmetric and not any(b or tt is not None for _, _, b, tt in pairs) and len(
            named := [(a, t) for a, t in sources if t is not None and t.pos_ != "PRON"]
        ) > 1:  # "South Kordofan and Blue Nile have agreed": a party the actors do not know
            pairs = [(a, st, b, tt) for n, (a, st) in enumerate(named)
                     for m, (b, tt) in enumerate(named) if n != m]
        elif f.key in RECIPROCAL_ACTS:  # "X traded fire with Y": Y fired at X too
            pairs += [(b, tt, a, st) for a, st, b, tt in pairs if a and b and not any(
                (b, a) == (p[0], p[2]) for p in pairs)]
        return pairs

    def _joint_phrase(self, pairs: list[tuple[str | None, Token | None, str | None,
                                              Token | None]], src_ids: set[str]
                      ) -> tuple[int, int] | None:
        """The one phrase that names the parties of an act among coordinated sources ("US
        and China agreed", "the armies of Brazil and Argentina staged war games"): the
        whole coordination, "both" included; None unless every pair is two of those sources
        and their phrases are conjuncts of one another."""
        src = {t.i for _, t, _, _ in pairs if t is not None}
        if len(src) < 2 or not all(st is not None and tt is not None and tt.i in src and (
            (a is None or a in src_ids) and (b is None or b in src_ids)
        ) for a, st, b, tt in pairs):
            return None
        toks = sorted({t.i: t for a, t, _, _ in pairs if t is not None}.values(),
                      key=lambda t: t.i)
        if len(toks) < 2 or any(t.pos_ == "PRON" for t in toks):
            return None
        first = toks[0]
        if {t.i for t in toks} - {c.i for c in _conjuncts(first)}:
            return None
        left = min(self._phrase_of(t)[0] for t in toks)
        right = max(self._phrase_of(t)[1] for t in toks)
        pre = next((c for c in first.lefts if c.dep_ == "preconj" or c.lower_ in CORRELATIVES),
                   None)
        if pre is not None:
            left = min(left, pre.i)
        return left, right

    def _record(self, f: Frame, rule: str,
                pair: tuple[str | None, Token | None, str | None, Token | None],
                trig: tuple[int, int], voiced: list[int], extra_end: int | None,
                date: dates.ResolvedDate | None, joint: tuple[int, int] | None = None
                ) -> PloverEvent:
        """The record of one event; its evidence spans the trigger, the phrases of source and
        target in the sentence (``joint``: one phrase naming both) and the words of a voiced
        state."""
        doc, v = self.sdoc, f.verb
        sent = self.sent if self.sent is not None and self.sent.start <= v.i < self.sent.end \
            else v.sent
        a, st, b, tt = pair
        t_start, t_end = trig
        toks = [t_start, t_end - 1, *[i for i in voiced if sent.start <= i < sent.end]]
        sspan = tspan = None
        st, tt = self._antecedent(st, a, sent.start), self._antecedent(tt, b, sent.start)
        if st is not None and sent.start <= st.i < sent.end:
            s0, s1 = self._before_trigger(joint or self._phrase_of(st), st, t_start)
            sspan = _tok_span(doc, s0, s1)
            toks += [s0, s1 - 1]
        if tt is not None and sent.start <= tt.i < sent.end:
            t0, t1 = self._before_trigger(joint or self._phrase_of(tt), tt, t_start)
            if joint is None and v.lem in CHARGING_VERBS and tt.head.i == v.i:
                charge = next((c for c in tt.rights if c.dep_ == "prep" and c.lower_ in (
                    "for", "of", "with")), None)  # "blamed X for the attack": X
                if charge is not None and t0 < charge.i < t1:
                    t1 = charge.i
            tspan = _tok_span(doc, t0, t1)
            toks += [t0, t1 - 1]
        if extra_end is not None:
            toks.append(extra_end - 1)
        lo, hi = max(min(toks), sent.start), min(max(toks) + 1, sent.end)
        return PloverEvent(
            id="", type=f.type, mode=f.mode, source=a, target=b,
            date=date.value if date is not None else self.pub,
            quad=QUAD[f.type], evidence=_tok_span(doc, lo, hi),
            trigger=_tok_span(doc, t_start, t_end), source_text=sspan, target_text=tspan,
            date_text=date.text if date is not None else None,
            date_granularity=date.granularity if date is not None else (
                "day" if self.pub else None),
            rule=f"{'cameo-' if f.cameo else ''}{rule}:{f.key}", sentence=self.sent_index,
            cameo=f.cameo if f.type == f.cameo_type else None,
        )

    def _before_trigger(self, phrase: tuple[int, int], tok: Token, trigger: int
                        ) -> tuple[int, int]:
        """A participant's phrase stops before the event's own trigger: "the missiles fired
        by the Israeli military" names the missiles of the act "fired" as "the missiles"."""
        start, end = phrase
        if tok.i < trigger < end and start < trigger:
            return _trim(self.sdoc, start, trigger - 1)
        return phrase

    def _followed(self, f: Frame, ctx: Context, rule: str, trigger: Token | None,
                  pairs: list[tuple[str | None, Token | None, str | None, Token | None]],
                  src_ids: set[str]) -> None:
        """"made the largest pledge, 150 million euros, followed by Britain ... and Japan":
        the same act by those who followed."""
        near = list(f.verb.children)
        if f.noun is not None:
            near += [g for c in f.noun.children for g in [c, *c.children]]
        for c in near:
            if c.dep_ in ("acl", "advcl") and c.lem == "follow" and _child(c, "agent"):
                ids = _unique([self.mmap[t.i] for t in c.subtree if t.i in self.mmap])
                toks = {self.mmap[t.i]: t for t in reversed(list(c.subtree)) if t.i in self.mmap}
                extra = Args([(a, toks[a]) for a in ids if a not in src_ids],
                             [(b, tt) for _, _, b, tt in pairs[:1]])
                if extra.sources:
                    self._make(f, ctx, extra, rule + "+followed", trigger=trigger)

    def _antecedent(self, tok: Token | None, actor: str | None, start: int) -> Token | None:
        """The phrase naming an actor a pronoun stands for: its latest mention earlier in the
        sentence ("the army says it has seized X": "the army"); else the pronoun."""
        if tok is None or actor is None or tok.pos_ != "PRON":
            return tok
        for i in range(tok.i - 1, start - 1, -1):
            if self.mmap.get(i) == actor:
                t = self.sdoc[i]
                while t.head.i != t.i and self.mmap.get(t.head.i) == actor:
                    t = t.head  # the head of the mention ("Air Force (NAF)")
                return t
        return tok

    def _phrase_of(self, tok: Token) -> tuple[int, int]:
        """:func:`_phrase` of ``tok`` (the whole coordination where its conjuncts share their
        modifiers: :func:`_shared_phrase`), memoised per token; it takes in the rest of the
        actor mention ``tok`` stands in where the parse cut the name apart ("NLRB General
        Counsel Peter Robb" with "NLRB" parsed apart)."""
        found = self.phrase_cache.get(tok.i)
        if found is None:
            start, end = _shared_phrase(tok) or _phrase(tok)
            actor = self.mmap.get(tok.i)
            if actor is not None and self.mmap.get(start) == actor:
                sent = tok.sent
                while start > sent.start and self.mmap.get(start - 1) == actor:
                    start -= 1
            found = self.phrase_cache[tok.i] = (start, end)
        return found

    def _note_sides(self, f: Frame, pairs: list[tuple[str | None, Token | None, str | None,
                                                     Token | None]]) -> None:
        """Remember the two sides of fighting ("X struck Y"), of an appeal to two parties
        ("urged Israel and Hamas to ...") or of an act of two together ("X and Y held talks")
        for a later "both sides"."""
        targets = _unique([b for _, _, b, _ in pairs if b])
        sources = _unique([a for a, _, _, _ in pairs if a])
        if len(targets) == 2 and len(sources) == 1 and not set(targets) & set(sources):
            self.sides = targets
        elif f.type == "ASSAULT" and len(sources) == 1 and len(
            targets
        ) == 1 and sources[0] != targets[0]:
            self.sides = [sources[0], targets[0]]
        elif len(sources) == 2 and set(sources) == set(targets):  # "X and Y held talks"
            self.sides = sources
        if not self.dispute and QUAD[f.type].endswith("CONFLICT") and len(sources) == 1 and len(
            targets
        ) == 1 and sources[0] != targets[0] and not any(
            getattr(self.actor_by_id.get(x), "type", "person") == "person"
            for x in (*sources, *targets)
        ):  # the first dispute between two parties ("Algeria cut gas deliveries to Spain")
            self.dispute = [sources[0], targets[0]]

    def _note_event(self, ev: PloverEvent) -> None:
        """Owners for anaphoric nouns: "the call" is the last REQUEST's, "the offer" the
        last AGREE's."""
        if ev.source is None or (ev.target is None and ev.type == "ACCUSE"):
            return  # ("rejected the criticism": criticism of someone)
        if not self.lead:
            self.lead = [ev.source]
        for noun in EVENT_NOUN_OWNERS.get(ev.type, ()):
            # the first such event of a sentence is its main one ("X urged ..., as Y pressed")
            if ev.type == "SANCTION":  # "the sanctions": the story's own, told first
                self.first_owners.setdefault(noun, [ev.source])
            if self.owner_sentence.get(noun) != self.sent_index:
                self.owners[noun] = [ev.source]
                self.owner_sentence[noun] = self.sent_index
