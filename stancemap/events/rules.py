"""Event coder: from a trigger to an event: which rule applies to a verb, its complement,
obligations and the speaker's own acts."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .emit import asked
from .frames import Args, Context, Frame
from .parse import _child, _is_passive, _skip_quantity
from .vocab import (
    ACTOR_OBJECT_VERBS,
    ADVICE_MODALS,
    ANONYMITY_VERBS,
    APPEAL_MODE_TYPES,
    CLAUSE_SENSE_VERBS,
    COMPLEMENT_MODE,
    COMPLEMENT_TARGETS,
    CONCESSIONS,
    CONFLICT,
    CONSEQUENCE_WORDS,
    CONSIDERING_VERBS,
    CONTENT_DEPS,
    CONTROLLERS,
    DEFENDING_VERBS,
    DEFIANCE_VERBS,
    DEMANDED_FORCE,
    DEPARTURE_VERBS,
    DESCRIBE_VERBS,
    EXPECTATION_VERBS,
    FINDING_VERBS,
    KEPT_WHEN_AGREED,
    LABEL_VERBS,
    MATERIAL_CONFLICT,
    MEDIATION_VERBS,
    NEGATED_THREATS,
    NONE,
    OBJECT_SENSE_VERBS,
    OPTION_NOUNS,
    OWN_CONDUCT,
    PEACEFUL_PURPOSE_VERBS,
    PEACEFUL_WORDS,
    PERMISSION_VERBS,
    PLAN_VERBS,
    PLOVER_TYPES,
    PROPOSAL_CLASSES,
    PROVISO_VERBS,
    QUAD,
    QUESTION_HEADS,
    QUESTION_VERBS,
    QUOTING_VERBS,
    RECEIVING_VERBS,
    REJECT_MODE,
    RELATIVE,
    RESPONSE_VERBS,
    STATE_NOUNS,
    STOP_VERBS,
    STOPPABLE,
    TELLING_VERBS,
    TIME_MARKS,
    VICTIM_NOUNS,
    WARNING_VERBS,
    WHOLE_QUANTIFIERS,
)

#: noun classes of measures: letting one pass ("allowing the sanctions to pass") is no concession
MEASURE_CLASSES = frozenset({"proposal", "sanction", "restriction", "document", "agreement"})


def _clause_follows(v: Token) -> bool:
    """"provided (that) Serbia stopped ...": a finite verb follows before any preposition."""
    doc = v.doc
    for i in range(v.i + 1, min(v.i + 8, len(doc))):
        t = doc[i]
        if t.lower_ == "that" and i == v.i + 1:
            return True
        if t.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return True
        if t.is_punct or t.pos_ in ("ADP", "VERB", "AUX", "PART"):
            return False
    return False


def _unreal(v: Token) -> bool:
    """Is ``v`` a future or possible act ("would respond", "vowed to respond"), not one that
    happened: a modal or an infinitive marker?"""
    return any(c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in v.children)


def _untagged_participle(v: Token) -> bool:
    """Is a past-tense word a participle the tagger took for a finite verb: a clause on
    another verb with no subject or auxiliary of its own ("Asked whether X would ..., she
    said", tagged VBD in some contexts)?"""
    return v.tag_ == "VBD" and v.dep_ == "advcl" and not any(
        c.dep_ in ("nsubj", "nsubjpass", "csubj", "aux", "auxpass", "expl") for c in v.children)


def _no_act(v: Token) -> bool:
    """Participles that name no act: the conjunction "provided (that)", a journalist's
    question ("Asked about X, he said"), a gerund that the parse took for an adverbial but is
    the quoted clause's subject ("Confiscating X, he said, was legal"), the means of a
    future response ("would respond by confiscating X": the response is the event) and a
    step planned before or after a future act ("would decide after consulting X")."""
    dep = v.dep_
    kids = v.children
    if v.tag_ == "VBN" or _untagged_participle(v):
        if v.lem in QUESTION_VERBS and dep == "advcl" and _child(v, "dobj") is None and not any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in v.children
        ):  # "Asked (by a reporter) whether X, he replied": a question put to him
            return True
        if any(c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass") for c in kids):
            return False
        if v.lem in PROVISO_VERBS:  # (the parse may take the clause's subject for an object)
            return dep in ("acl", "advcl", "ccomp", "mark", "prep", "dep") and _clause_follows(v)
        return False  # (a question put to the subject is told above)
    if dep == "advcl" and v.head.lem in QUOTING_VERBS and not any(
        c.dep_ == "nsubj" for c in kids
    ):  # "Confiscating X, he said, was legal": the gerund is the quoted clause's subject
        rest = [c for c in v.head.children if c.dep_ == "ccomp" and c.i > v.i]
        if v.head.dep_ == "parataxis":  # "X-ing, she told reporters, was legal"
            rest.append(v.head.head)
        return any(not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
                           for g in c.children) for c in rest)
    if dep == "pcomp" and v.head.lower_ == "by":
        gov = v.head.head  # "responded by expelling X" happened: the expulsion is the act
        return gov.lem in RESPONSE_VERBS and _unreal(gov)
    if dep == "pcomp" and v.head.lower_ in ("after", "before", "upon"):
        gov = v.head.head  # "would decide after consulting X": a planned step, not an act
        return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll")
                   for c in gov.children)
    return False


class EventRules:
    """From a trigger to an event: which rule applies to a verb, its complement, obligations and
    the speaker's own acts.

    A part of the event coder (``coder._Coder``); the
    methods read its per-document state."""

    def _trigger(self, v: Token) -> None:
        """A verb or adjective: the first rule that takes it: willingness and "no plans", the
        speaker's own act, a predicate with a rule of its own, an event verb; else an
        obligation or a stance."""
        if v.pos_ == "ADJ" or (v.lem in ("be", "remain", "stay") and v.is_verb):
            if self._willingness(v):
                return
            if v.lem == "be" and self._welcome_invitation(v):
                return
        if v.pos_ == "ADJ":
            self._critical_of(v)
        if v.lem in PLAN_VERBS and self._no_plans(v):
            return
        if v.is_verb:
            self._quoted_characterisation(v)
            self._reported_wrongdoing(v)
            self._reported_criticism(v)
            self._reported_dismay(v)
            self._denied_act(v)
            self._denied_claim(v)
            self._protest_motive(v)
            self._censure_motion(v)
        done, ctx = self._speaker_act(v)
        if done or not v.is_verb:
            return
        if self._no_act_here(v):
            self._drop_trigger(v, ctx, "no-act-here")
            return
        if self._special_verb(v):
            return
        f = self._verb_frame(v)
        if f is None or f.type == NONE:
            if ctx is None and self._may_oblige(v) and self._obligation_possible(v):
                ctx = self.context(v)
            if ctx is not None:
                self._obligation(v, ctx)
            self._stance(v)
            self._reported_refusal(v)
            return
        if v.lem in PERMISSION_VERBS and f.key == v.lem and not self._lets_a_party(v):
            self._drop_trigger(v, ctx, "permission")
            return  # "abstained, allowing the sanctions to pass", "was allowed to visit"
        ctx = ctx or self.context(v)
        f = self._stopped(v, f, ctx)
        if ctx.obligation and ctx.reported and ctx.speaker:
            self._obligation(v, ctx)
            return
        self._verb_event(v, f, ctx)

    def _lets_a_party(self, v: Token) -> bool:
        """Is "allow"/"permit" a concession: someone named lets a party or aid through
        ("allowed aid trucks into Gaza")? Not a measure let pass ("abstained, allowing the
        sanctions to pass") nor a permission with no allower named ("was allowed to visit")."""
        if _is_passive(v) and _child(v, "agent") is None:
            return False
        comp = _child(v, "ccomp", "xcomp")  # "allowed the sanctions to pass": its subject
        let = _child(v, "dobj") or (_child(comp, "nsubj") if comp is not None else None)
        return let is None or not self.classes(let) & MEASURE_CLASSES

    def _verb_frame(self, v: Token) -> Frame | None:
        """The frame of ``v`` (``_table_frame``), unless the verb's sense there is none of
        an event (``event_sense``)."""
        f = self._table_frame(v)
        if f is None or f.type == NONE or event_sense(v, f, self.classes):
            return f
        return None

    def _table_frame(self, v: Token) -> Frame | None:
        """The frame of ``v`` in our verb table, else in the CAMEO dictionary; the
        dictionary's also where it names the very object word and our key does not, and the
        object, no event noun of its own, turns the act into another quad class ("withdrew
        peacekeepers" is CAMEO's 1661, a sanction, not our RETREAT)."""
        ordered_out = self._ordered_out(v)
        if ordered_out is not None:  # "told two diplomats to leave the country": expelled
            return Frame("SANCTION", None, f"{v.lem} [@diplomat] to leave", v,
                         patient=ordered_out)
        f = self.frame(v)
        if f is not None and (f.type == NONE or f.obj is not None or not self._cameo_objects(v)):
            return f
        cf = self.cameo_frame(v)
        if f is None:
            if cf is not None:
                cf.alone = True  # only the dictionary knows the verb
            return cf
        if cf is None or cf.type == NONE or QUAD[cf.type] == QUAD[f.type] or (
            cf.obj is None or "[@" in cf.key or self._is_event_noun(cf.obj)
        ):
            return f
        return cf

    def _ordered_out(self, v: Token) -> Token | None:
        """The diplomats a verb tells, asks, orders or gives days to leave ("told two Chinese
        diplomats to leave the country", "gave them seven days to leave"): an expulsion."""
        leave = next((c for c in v.children if c.dep_ in ("xcomp", "ccomp", "advcl")
                      and c.lem in DEPARTURE_VERBS), None)
        if leave is None:  # "gave them seven days to leave": on the period
            leave = next((g for c in v.children if c.dep_ == "dobj" for g in c.children
                          if g.dep_ in ("relcl", "acl") and g.lem in DEPARTURE_VERBS), None)
        if leave is None:
            return None
        for obj in (_child(v, "dobj"), _child(v, "dative"), _child(leave, "nsubj")):
            if obj is not None and "diplomat" in self.classes(obj):
                return obj
        return None

    def _cameo_objects(self, v: Token) -> bool:
        """Has the CAMEO dictionary a key on the very object word of ``v`` ("approve
        [extradition]")? (A cheap test before the full lookup.)"""
        if self.lex.cameo is None:
            return False
        info = self.cameo_index.get(v.lem)
        if info is None or info.only_lemma:
            return False
        table, lem = self.lex.cameo.verbs, v.lem
        return any((f"{lem} [{o.lem}]" if via is None else f"{lem} {via} [{o.lem}]") in table
                   for o, via in self._objects(v))

    def _speaker_act(self, v: Token) -> tuple[bool, Context | None]:
        """The speaker's own act in reported speech (event_speaker.tsv): (coded, the
        context if it was worked out)."""
        lem = v.lem
        if not (v.is_verb and (lem in self.speaker_index or " " in lem or "]" in lem)):
            return False, None
        sf = self.frame(v, self.lex.speaker)  # (None for any other lemma)
        if sf is None:
            return False, None
        ctx = self.context(v)
        if sf.obj is not None and sf.obj.pos_ == "ADJ" and any(
            c.dep_ == "prep" and _child(c, "pcomp") is not None for c in sf.obj.children
        ):  # "the dam is essential to lifting millions out of poverty": a purpose
            sf = Frame(NONE, None, sf.key, v)
        if sf.obj is not None and any(c.dep_ == "det" and c.lower_ == "no"
                                      for c in sf.obj.children):
            sf = Frame(NONE, None, sf.key, v)  # "there were no credible threats": none
        if ctx.reported and ctx.speaker and not ctx.blocked and sf.type != NONE:
            self._speaker_event(v, sf, ctx)
            return True, ctx
        return False, ctx

    @staticmethod
    def _no_act_here(v: Token) -> bool:
        """Participles that name no act (``_no_act``); a present-tense clause of time
        ("before leaders meet in June", "while our crops burn")."""
        if (v.tag_ in ("VBN", "VBG") or _untagged_participle(v)) and _no_act(v):
            return True
        if v.lem in PROVISO_VERBS and v.dep_ in ("prep", "ccomp", "advcl", "dep") and not any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative") for c in v.children
        ) and _clause_follows(v):
            return True  # "..., provided the buyer was a democracy" (tagged as a past tense)
        if v.lem in QUESTION_VERBS and _asks_directly_or_about(v):
            return True  # 'asked: "Do you ...?"', "asked about the visit": questions
        if v.lem in MEDIATION_VERBS and _describing_clause(v):
            return True  # "China, which has mediated between the two": who China is
        return v.dep_ == "advcl" and v.tag_ in ("VBP", "VBZ") and any(
            c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in v.children)

    def _special_verb(self, v: Token) -> bool:
        """Predicates with a rule of their own: expecting, labelling, findings (True: coded
        or ruled out); "told X" may add a CONSULT and goes on."""
        lem = v.lem
        if lem in EXPECTATION_VERBS and self._expectation(v):
            return True
        if (lem in LABEL_VERBS or lem in DESCRIBE_VERBS) and self._labelling(v):
            return True
        if lem in FINDING_VERBS and self._finding(v):
            return True
        if lem in RECEIVING_VERBS and self._received_support(v):
            return True
        if lem in DEFIANCE_VERBS and self._defiance(v):
            return True
        if lem in CONSIDERING_VERBS and self._considered_step(v):
            return True
        if lem in TELLING_VERBS:
            self._telling(v)
        return False

    def _stopped(self, v: Token, f: Frame, ctx: Context) -> Frame:
        """"stopped sharing data with X": ending cooperation is a sanction."""
        if f.type in STOPPABLE and v.dep_ == "xcomp" and v.tag_ == "VBG" and (
            v.head.lem in STOP_VERBS and ctx.negated and not ctx.blocked
        ):
            hctx = Context()
            self._own_flags(v.head, hctx)
            if not (hctx.negated or hctx.hypothetical or hctx.conditional):
                ctx.negated = False
                return Frame("SANCTION", None, f.key + "+stopped", v, noun=f.noun, obj=f.obj)
        return f

    def _verb_event(self, v: Token, f: Frame, ctx: Context) -> None:
        if ctx.blocked:
            self._drop(v, f, ctx, "verb", "blocked:" + ctx.blocked)
            return
        f = self._ultimatum_or_else(v, f)  # (terms.py)
        if f.key == "use as [shield]":  # human shields are people, not a treaty
            obj = _child(v, "dobj")
            if obj is not None and obj.lower_ in RELATIVE and v.dep_ == "relcl":
                obj = v.head
            if obj is not None and not self.actors(obj) and "people" not in self.classes(obj):
                return
        if f.type == "SUPPORT" and v.lem in DEFENDING_VERBS:
            obj = _child(v, "dobj")
            if obj is not None and not self.actors(obj):
                subj = _child(v, "nsubj")
                own = set(self.actors(subj)) if subj is not None else set()
                owners = set(self.owner(obj))
                if (obj.lem in OWN_CONDUCT or not owners) and owners <= own:
                    self._drop(v, f, ctx, "verb", "own-conduct")
                    return  # "France defended the sales", "the minister defended the
                    # reform": its own conduct (or nobody else's), no support
        if f.type == "AID" and v.lem == "help" and _child(v, "dobj", "dative") is None and any(
            c.dep_ in ("xcomp", "ccomp") and c.is_verb and _child(c, "nsubj") is None
            and self._complement_info(c, set())[0] in CONFLICT
            for c in v.children
        ):
            return  # "helped organise the rally": taking part, not aid
        if f.type in CONTROLLERS and f.noun is None:
            comp = self._complement(v)
            if comp is not None and comp.lem in ANONYMITY_VERBS and _is_passive(comp):
                return  # "an official who asked not to be named": terms of anonymity
            if comp is None and f.type == "REQUEST":  # "called for sanctions against X"
                for c in v.children:
                    inner = c if c.dep_ == "dobj" else (
                        _child(c, "pobj") if c.dep_ == "prep" and c.lower_ == "for" else None)
                    if inner is not None and self._is_event_noun(_skip_quantity(inner)):
                        comp = _skip_quantity(inner)
                        break
            if comp is not None or f.type == "THREATEN":
                self._controller_event(v, f, ctx, comp, "controller")
                return
        if f.noun is not None and f.type == "AGREE":
            comp = _child(f.noun, "acl") or next(
                (c for c in f.noun.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            if comp is not None:
                self._controller_event(v, f, ctx, comp, "commitment")
                return
        self._terms_of_offer(v, f, ctx)  # (terms.py)
        self._emit(v, f, ctx, "verb" if f.noun is None else "light-verb")

    def _complement(self, v: Token) -> Token | None:
        for c in v.children:
            if c.dep_ in CONTENT_DEPS and c.is_verb:
                return c
        for c in v.children:  # "called for the measures to be lifted"
            if c.dep_ == "advcl" and c.is_verb and any(
                    m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
                return c
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in ("to", "against", "of", "for", "on"):
                pc = _child(c, "pcomp")
                if pc is not None:
                    return pc
        return None

    def _complement_info(self, comp: Token | None, source_ids: set[str]) -> tuple[
        str | None, list[tuple[str | None, Token | None]], bool
    ]:
        """(event type, targets, negated) of what a controller's complement describes."""
        if comp is None:
            return None, [], False
        negated = any(c.dep_ == "neg" for c in comp.children)
        if comp.dep_ == "prep":  # "open to talks", "commitment to resolving"
            inner = _child(comp, "pcomp") or _child(comp, "pobj")
            if inner is None:
                return None, [], negated
            comp = inner
            negated = negated or any(c.dep_ == "neg" for c in comp.children)
        if comp.is_verb and comp.lem in STOP_VERBS and self.frame(comp) is None:
            # "agreed to halt fighting", "to stop attacks": ending force is a concession
            ctype, targets, neg = self._complement_info(
                next((c for c in comp.children if c.dep_ in ("dobj", "xcomp")), None),
                source_ids)
            if ctype in MATERIAL_CONFLICT:
                return "CONCEDE", targets, negated or neg
        # breadth-first over the complement for the first event verb or noun
        queue = [comp]
        seen = 0
        while queue and seen < 40:
            t = queue.pop(0)
            seen += 1
            ctype = None
            targets: list[tuple[str | None, Token | None]] = []
            if t.is_verb:
                f = self.frame(t)
                if f is not None and f.type in PLOVER_TYPES:
                    ctype = f.type
                    targets = self._targets(t, f, passive=_is_passive(t), exclude=source_ids)
            elif (t.pos_ in ("NOUN", "PROPN") or self._hyphenated(t)) and self._is_event_noun(t):
                ne = self.noun_entry(t)
                assert ne is not None
                gov = t.head if t.dep_ == "dobj" else None
                if gov is not None and "restriction" in ne.classes and self.frame(gov) is None:
                    pass  # "discontinue tariffs": the verb, unknown here, decides
                else:
                    ctype = ne.type
                    targets = self._noun_targets(t)
            if ctype is not None:
                targets = [(a, tok) for a, tok in targets if a is None or a not in source_ids]
                return ctype, targets, negated
            queue.extend(c for c in t.children
                         if c.dep_ in ("xcomp", "ccomp", "dobj", "prep", "pobj", "pcomp",
                                       "conj", "advcl", "acl"))
        return None, [], negated

    def _controller_event(self, v: Token, f: Frame, ctx: Context, comp: Token | None,
                          rule: str, trigger: Token | None = None,
                          speaker_source: bool = False) -> None:
        """An event that governs another ("offered to host talks", "urged X to withdraw",
        "refused to join"): its type and mode follow what the complement describes."""
        if ctx.blocked and rule not in ("no-right",):
            return
        if asked(v):  # "Did X refuse to hand over its accounts?": a question asserts no act
            return
        args = self.arguments(v, f)
        if speaker_source:
            args.sources = [(a, ctx.speaker_tok) for a in ctx.speaker] or [(None, None)]
        src_ids = {a for a, _ in args.sources if a}
        ctype, ctargets, cneg = self._complement_info(comp, src_ids)
        typed = self._by_complement(v, f, comp, ctype, cneg, args, src_ids)
        if typed is not None:
            typed = self._by_modality(typed, ctx, ctype, comp, v)
        if typed is None:
            return
        etype, mode = typed
        self._complement_targets(v, etype, args, ctargets)
        nf = Frame(etype, mode, f.key, v, noun=f.noun, obj=f.obj, cameo=f.cameo,
                   cameo_type=f.cameo_type, alone=f.alone)
        self._make(nf, ctx, args, rule, trigger=trigger)

    def _by_complement(self, v: Token, f: Frame, comp: Token | None, ctype: str | None, cneg: bool,
                       args: Args, src_ids: set[str]) -> tuple[str, str | None] | None:
        """Type and mode of a controller by its complement (None: no event)."""
        etype, mode = f.type, f.mode
        if etype == "AGREE":
            return None if cneg else self._agree_by_complement(mode, ctype, comp)
        if etype == "REQUEST":
            if _asks_a_question(v):
                return None  # "asked whether the nominee would ...": a question, no request
            return etype, self._request_mode(mode, ctype, comp, args, src_ids)
        if etype == "REJECT":
            if comp is not None and comp.is_verb and "speech" in self.lex.kinds(comp.lem):
                return None  # "declined to comment"
            return etype, REJECT_MODE[ctype] if ctype in REJECT_MODE else mode
        if etype == "THREATEN" and v.lem in WARNING_VERBS and not (
            self._conflict_content(v) or self._own_side_warning(v, src_ids)
        ):
            return None
        return etype, mode

    def _agree_by_complement(self, mode: str | None, ctype: str | None, comp: Token | None
                             ) -> tuple[str, str | None]:
        """"offered to send troops to help": AGREE (assist); "vowed to strike": THREATEN;
        "agreed to lift the ban": the future concession; "agreed to reject": REJECT."""
        if ctype == "MOBILIZE" and comp is not None and self._peaceful_deployment(
            comp if comp.dep_ != "prep" else comp.head
        ):
            return "AGREE", "assist"  # "offered to send troops to help"
        if ctype in MATERIAL_CONFLICT:
            return "THREATEN", ctype.lower()
        if ctype in CONCESSIONS:
            return self.future_concession, None
        if ctype in KEPT_WHEN_AGREED:
            return ctype, mode
        return "AGREE", COMPLEMENT_MODE.get(ctype or "", mode)

    def _request_mode(self, mode: str | None, ctype: str | None, comp: Token | None,
                      args: Args, src_ids: set[str]) -> str | None:
        """The mode of a request by what it asks for ("urged X to talk": meet; "called for
        sanctions against X": demand); "demanded that Iraq expel ...": Iraq is asked."""
        if comp is not None and comp.dep_ == "ccomp" and not any(
            t is not None for _, t in args.targets
        ):  # "demanded that Iraq expel the militants": Iraq is asked
            csubj = _child(comp, "nsubj")
            if csubj is not None and self._agentive(csubj):
                args.targets = [(a, tok) for a, tok in self._resolve(csubj)
                                if a is None or a not in src_ids]
        if mode in (None, "appeal") and ctype in COMPLEMENT_MODE:
            return COMPLEMENT_MODE[ctype] if ctype in APPEAL_MODE_TYPES else mode
        if mode in (None, "appeal") and ctype in DEMANDED_FORCE and not (
            any(t is not None for _, t in args.targets)
        ):
            return "demand"  # calling for sanctions or force against someone
        return mode

    def _by_modality(self, typed: tuple[str, str | None], ctx: Context, ctype: str | None,
                     comp: Token | None, v: Token | None = None
                     ) -> tuple[str, str | None] | None:
        """Negation, hypotheses, conditions and the future on a controller: "will not agree
        to" is a refusal, "would seek sanctions" a threat; otherwise no event."""
        etype, mode = typed
        if ctx.negated:
            if etype != "AGREE" or not (ctx.future or ctx.present_negation):
                return None
            etype, mode = "REJECT", REJECT_MODE.get(ctype or "")
        if (ctx.hypothetical or ctx.conditional) and etype != "THREATEN":
            return None
        if ctx.future and etype == "REQUEST" and not self._announced_request(v, ctx):
            if ctype not in MATERIAL_CONFLICT or ctx.hypothetical or comp is None or (
                comp.pos_ not in ("NOUN", "PROPN")
            ):
                return None
            etype, mode = "THREATEN", ctype.lower()  # "would seek sanctions against X"
        return etype, mode

    def _complement_targets(self, v: Token, etype: str, args: Args,
                            ctargets: list[tuple[str | None, Token | None]]) -> None:
        """Targets from the complement where the controller has none (or is an offer,
        refusal, threat or concession), else the subject of a condition ("will strike if X
        ...": X)."""
        obj = _child(v, "dobj")
        addressed = etype == "REQUEST" and obj is not None and obj.i not in self.mmap
        if not addressed and (not args.targets or all(a is None for a, _ in args.targets) or (
                etype in COMPLEMENT_TARGETS)):
            # "urged people to support X": the request is to the people it addresses (no
            # actor here), not to X
            if ctargets and not any(a for a, _ in args.targets if a):
                args.targets = ctargets
        if etype == "THREATEN" and not any(a for a, _ in args.targets):
            cond = self._condition_subject(v)
            if cond:
                args.targets = cond

    def _peaceful_deployment(self, v: Token) -> bool:
        """Troops sent to help, train or keep the peace are aid, not posturing."""
        for c in v.subtree:
            if c.dep_ in ("advcl", "xcomp", "relcl", "acl") and (
                c.lem in PEACEFUL_PURPOSE_VERBS and c.head.i == v.i
            ):
                return True
            if c.lower_ in PEACEFUL_WORDS and c.i > v.i:
                return True
        return False

    def _conflict_content(self, v: Token) -> bool:
        """Does a warning carry a threat ("warned they would trigger sanctions", "warned of
        consequences")?"""
        for c in v.children:
            if c.dep_ in ("ccomp", "xcomp", "prep", "dobj"):
                subj = _child(c, "nsubj") if c.dep_ == "ccomp" else None
                if subj is not None and subj.pos_ == "NOUN" and not self.actors(subj) and (
                    subj.lem not in STATE_NOUNS
                ):  # "warned that seizure would invite retaliation": others would act
                    continue
                skip = {x.i for t in c.subtree if t.dep_ in ("nsubj", "csubj", "nsubjpass")
                        for x in t.subtree}
                for t in c.subtree:
                    if t.i in skip:
                        continue
                    lem = t.lem
                    if lem in CONSEQUENCE_WORDS:
                        return True
                    if t.is_verb:
                        f = self.frame(t)
                        if f is not None and f.type in MATERIAL_CONFLICT:
                            return True
                    elif t.pos_ in ("NOUN", "PROPN"):
                        ne = self.noun_entry(t)
                        if ne is not None and ne.type in MATERIAL_CONFLICT:
                            return True
        return False

    def _condition_subject(self, v: Token) -> list[tuple[str | None, Token | None]]:
        for t in v.subtree:
            if t.dep_ == "mark" and self._is_condition(t) and t.head.dep_ == "advcl":
                subj = _child(t.head, "nsubj")
                if subj is not None:
                    ids = self.actors(subj)
                    if ids:
                        return [(a, subj) for a in ids]
        return []

    def _obligation(self, v: Token, ctx: Context) -> None:
        """In reported speech, "Y must/should/has to <act>" is the speaker's demand on Y."""
        if not (ctx.obligation and ctx.reported and ctx.speaker) or ctx.blocked:
            return
        if not self._may_oblige(v):
            return
        if v.tag_ == "VBN" and any(c.dep_ == "aux" and c.lem == "have" for c in v.children):
            return  # "should have spoken out earlier": a reproach for the past, no demand
        if _advice_against(v):
            return  # "Europe should not outsource its borders": advice, no demand
        self._demand_on_subject(v, ctx)

    def _demand_on_subject(self, v: Token, ctx: Context) -> None:
        """The speaker's demand on the subject of ``v`` (an act it must do, or be ready to)."""
        subj = _child(v, "nsubj") or _child(v, "nsubjpass")
        if subj is None and v.dep_ == "xcomp":
            subj = _child(v.head, "nsubj")
        if subj is None and v.dep_ == "conj":  # "must ensure security and provide aid"
            subj = self._inherited_subject(v)
        if subj is not None and subj.pos_ != "PRON" and not self._agentive(subj):
            self._demand_on_thing(v, ctx, subj)
            return
        if subj is None or not self._agentive(subj) or subj.pos_ == "PRON":
            return
        ids = [a for a in self.actors(subj) if a not in ctx.speaker]
        targets = [(a, subj) for a in ids] or [(None, subj)]
        sources = [(a, ctx.speaker_tok) for a in ctx.speaker]
        f = Frame("REQUEST", "demand", "must", v)
        self._make(f, ctx, Args(sources, targets), "obligation")

    def _demand_on_thing(self, v: Token, ctx: Context, subj: Token) -> None:
        """In reported speech, what a thing must undergo or do ("said the order must be
        complied with in full", "said any deal on the lake must cover every town along its
        shore", "said the strikes must comply with the law") is the speaker's demand, on no
        party named. Only with the verb's own modal of obligation (not one inherited from a
        clause above), not one of advice ("the fine should make clear ...", "disputes should
        be settled": an opinion), not negated ("must not become a licence": a warning), not a
        relative pronoun's clause and not an adverbial one ("sat out the vote because the
        hosts' customs must be respected": a reason)."""
        if ctx.negated or v.dep_ == "advcl" or subj.lower_ in RELATIVE or subj.tag_ in (
            "WP", "WDT"
        ) or not any(c.dep_ in ("aux", "auxpass") and c.lower_ not in ADVICE_MODALS and (
                "modal_obligation" in self.lex.kinds(c.lower_)) for c in v.children):
            return
        sources = [(a, ctx.speaker_tok) for a in ctx.speaker]
        self._make(Frame("REQUEST", "demand", "must", v), ctx, Args(sources, [(None, subj)]),
                   "obligation")

    def _addressed(self, ctx: Context) -> list[tuple[str | None, Token | None]]:
        """Whom a speaker told what they would do ("told the board that Tehran would
        respond with measures": the board), unless it is the speaker's own side."""
        tok = ctx.speaker_tok
        if tok is not None and tok.dep_ == "appos":
            tok = tok.head  # "Iran's ambassador, Hamid Rostami, told ..."
        if tok is None or tok.dep_ != "nsubj":
            return []
        addressee = _child(tok.head, "dobj", "dative")
        if addressee is None:
            return []
        return [(a, addressee) for a in self.actors(addressee)
                if a not in ctx.speaker and not self._own_side(a, ctx.speaker)]

    def _speaker_event(self, v: Token, f: Frame, ctx: Context) -> None:
        if ctx.hypothetical and f.type != "THREATEN":
            return
        if f.type == "THREATEN" and f.obj is not None and f.obj.lem in OPTION_NOUNS and not any(
            c.dep_ in ("det", "predet") and c.lower_ in WHOLE_QUANTIFIERS for c in f.obj.children
        ):
            return  # "was reviewing options", "would consider other steps": no threat
        if f.type == "THREATEN" and not (ctx.future or ctx.hypothetical or ctx.conditional or (
            f.obj is not None and f.obj.lem in OPTION_NOUNS and any(
                c.dep_ == "auxpass" for c in v.children) and any(
                c.lower_ == "being" for c in v.children))):
            return  # a threat is of what is to come: "was held accountable last year" is none
            # (options "being examined" are a course still open)
        if ctx.negated != (v.lem in NEGATED_THREATS):
            return  # ("will not be tolerated": a threat only negated)
        subj = _child(v, "nsubj") or _child(v, "nsubjpass")
        if v.lem == "be" and subj is not None and not (
            self._agentive(subj) or subj.lower_ in ("this", "that", "it")
            or self._is_event_noun(subj) or self.classes(subj) & (PROPOSAL_CLASSES | {
                "document"})
        ):
            return  # "climate change is a threat" is an opinion about a thing
        targets: list[tuple[str | None, Token | None]] = [(None, subj)] if subj is not None \
            else [(None, None)]
        if subj is not None:
            ids = self.actors(subj) or self.owner(_skip_quantity(subj))
            if not ids:
                for c in subj.children:
                    if c.dep_ == "prep" and c.lower_ == "of":
                        pobj = _child(c, "pobj")
                        if pobj is not None:
                            ids = self.actors(pobj)
            ids = [a for a in ids if a not in ctx.speaker]
            if ids:
                targets = [(a, subj) for a in ids]
        if f.type == "THREATEN":
            if subj is not None and subj.lem in VICTIM_NOUNS:
                return  # "the people of Sudan will pay the price": a lament, not a threat
            targets = self._addressed(ctx) or [(None, None)]
        sources = [(a, ctx.speaker_tok) for a in ctx.speaker]
        self._make(f, ctx, Args(sources, targets), "speaker")


def _describing_clause(v: Token) -> bool:
    """Is ``v`` (or the verb it is coordinated with) a non-restrictive relative clause on its
    subject ("Turkey, which trains Somalia's army and mediated between the two neighbours,
    said ...")? It tells who the actor is, not an act the story reports."""
    while v.dep_ == "conj" and v.head.i != v.i:
        v = v.head
    if v.dep_ != "relcl":
        return False
    subj = _child(v, "nsubj")
    first = v.left_edge
    return subj is not None and subj.lower_ in RELATIVE and first.i > 0 and (
        first.doc[first.i - 1].text == ",")


def _asks_directly_or_about(v: Token) -> bool:
    """Is "ask" a question, not a request, by its own words: a quoted direct question
    ('A reporter asked: "Do you accept ...?"'), one it is set inside ("Who, she asked, would
    pay for it?": a rhetorical question, a complaint at most, told by the question's own
    words) or a topic asked about ("X, asked about the visit, said ...", "asked Y about the
    plan"), with nothing asked for ("asked X to ...", "asked for ...")?"""
    kids = list(v.children)
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in kids):
        return False
    if v.dep_ == "parataxis" and not any(c.dep_ in ("dobj", "dative") and not (
            c.tag_ in ("WP", "WDT") and c.i < v.i) for c in kids) and any(
            t.text == "?" for t in v.head.subtree if t.i > v.i):  # ("What, she asked, ...")
        return True  # "Who, she asked, would pay?": the inserted teller of a question
    left = v.left_edge.i  # '"Where is it?" she asked.' parsed as two sentences
    if not any(c.dep_ in ("dobj", "dative", "ccomp") for c in kids) and any(
            v.doc[i].text == "?" for i in range(max(0, left - 2), left)):
        return True
    if any(c.dep_ == "prep" and c.lower_ == "about" for c in kids):
        return True
    for c in kids:  # (before the verb too: '"Where is the money?" she asked')
        if c.dep_ != "ccomp" or not c.is_verb:
            continue
        end = c.right_edge.i + 1
        if end < len(c.doc) and c.doc[end].text == "?" or any(
                t.text == "?" for t in c.subtree):
            return True
    return False


def _asks_a_question(v: Token) -> bool:
    """Is the verb's clausal complement an indirect question ("asked whether X would ...",
    "asked me if ...", "asked how ...") and nothing is asked for ("asked X to ...", "asked
    for ...")?"""
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in v.children):
        return False
    if _child(v, "nsubj") is None:
        return False  # "Asked whether ..., X said": left as it was (see docs/history.md)
    for c in v.children:
        if c.dep_ != "ccomp" or not c.is_verb or c.i < v.i:
            continue
        first = next(iter(c.subtree))
        if first.lower_ in QUESTION_HEADS and (
                first.dep_ == "mark" or first.tag_ in ("WRB", "WP", "WDT", "WP$")):
            return True
    return False


def _advice_against(v: Token) -> bool:
    """Is ``v`` told with a negated modal of advice ("the council should not reward X",
    "Japan ought not to apologise")? An opinion on what to avoid, not a demand ("must not"
    still is one)."""
    heads = [v, v.head] if v.dep_ == "xcomp" else [v]  # "ought not to apologise"
    modal = v.head.lower_ in ADVICE_MODALS and v.dep_ == "xcomp" or any(
        c.dep_ == "aux" and c.lower_ in ADVICE_MODALS for h in heads for c in h.children)
    return modal and any(c.dep_ == "neg" for h in heads for c in h.children)


def event_sense(v: Token, f: Frame, classes: Callable[[Token], set[str]]) -> bool:
    """Is the verb of a bare key (its lemma, no object or particle named) used in its
    event sense? Word lists of event_words.tsv say which verbs have other senses:
    ``object_sense_verbs`` are events only by a key on their object ("give [@aid]",
    not "gave voters a lift"); ``actor_object_verbs`` only when the object they have (or
    their clause's subject) is an actor ("took Togo to arbitration", not "took a softer
    line"; "helped the rebels", not "helped the measure pass");
    ``clause_sense_verbs`` not with a clause complement ("demonstrated that X": showed;
    "conceded that X": admitted)."""
    if f.key != v.lem or f.noun is not None:  # a keyed row; a light verb's event noun
        return True
    if v.lem in OBJECT_SENSE_VERBS:
        return False
    if v.lem in ACTOR_OBJECT_VERBS:
        comp = _child(v, "ccomp", "xcomp")  # "helped Kenya (to) hold the vote"
        objs = [o for o in (_child(v, "nsubjpass") if _is_passive(v) else _child(v, "dobj"),
                            _child(comp, "nsubj") if comp is not None else None)
                if o is not None]
        if objs and not any(classes(_skip_quantity(o)) & {"actor", "people"}
                            for o in objs):
            return False
    if v.lem in CLAUSE_SENSE_VERBS and _child(v, "ccomp") is not None:
        return False
    return True
