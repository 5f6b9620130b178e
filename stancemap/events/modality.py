"""Event coder: negation, modality and embedding of a trigger: what climbing the parse finds."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from .frames import Context
from .parse import _child, _children, finite_host
from .vocab import (
    ANNOUNCED_REQUESTS,
    COMPLEMENT_PREPS,
    COURT_WORDS,
    GUILT_WORDS,
    JOINT_ACT_VERBS,
    MEDIATION_VERBS,
    OBJECT_CONTROL,
    OBLIGATION_VERBS,
    PERFORMED_IN_PURPOSE,
    PLOVER_TYPES,
    PROPOSAL_CLASSES,
    QUESTION_MARKS,
    RELATIVE,
    SENDING,
    STATIC_VERBS,
    VOTING_VERBS,
)

#: how far up the parse ``context`` climbs from a trigger
MAX_CLIMB = 12
#: dependencies that make a verb a noun-like part of a clause ("his refusing X", "to talk")
NOMINAL_DEPS = frozenset({"csubj", "csubjpass", "nsubj", "nsubjpass", "dobj", "pobj", "amod",
                          "compound", "attr", "npadvmod", "appos", "nmod", "poss"})



def _gerund_object(cur: Token, head: Token) -> bool:
    """"did not rule out asking X to mediate": a gerund right after a particle verb, which
    the parser hangs on it as an adverbial clause, is the verb's object complement (stop 32)."""
    prt = _child(head, "prt")
    return cur.dep_ == "advcl" and cur.tag_ == "VBG" and prt is not None and (
        cur.i == prt.i + 1) and not _children(cur, "nsubj", "mark")

class Modality:
    """Negation, modality and embedding of a trigger: what climbing the parse finds.

    A part of the event coder (``coder._Coder``); the
    methods read its per-document state."""

    def context(self, v: Token) -> Context:
        """Negation, modality and embedding of a trigger, from the trigger up to the root: one
        climbing step per dependency on the way (``_climb_step``)."""
        ctx = Context()
        self._own_flags(v, ctx)
        cur = v
        first = True
        for _ in range(MAX_CLIMB):
            dep, head = cur.dep_, cur.head
            if any(c.dep_ == "mark" and c.lower_ in QUESTION_MARKS for c in cur.children):
                ctx.blocked = ctx.blocked or "question"  # "decide whether the city should bid"
            if head.i == cur.i or dep == "ROOT":
                break
            if dep == "conj":
                head = (finite_host(cur) or self._deep_report(cur) or head) if first else head
                # ("urged Y to A and B-ed"; 'said X would act "if Y asks" and accused Z')
                if first:
                    self._conjunct_tense(cur, head, ctx)
                cur = head
                continue
            step = self._climb_step(cur, head)
            if step is not None:
                cur = step(cur, head, ctx, first)
            else:
                if first and dep in NOMINAL_DEPS and cur.pos_ in ("VERB", "AUX"):
                    ctx.blocked = ctx.blocked or "nominal"
                cur = head
            first = False
        if not ctx.speaker:
            self._speaker_from_children(v, ctx)
        return ctx

    def _deep_report(self, v: Token) -> Token | None:
        """The speech verb an act is coordinated with where the parse hangs the act on a
        clause inside the reported one (``_reporting_host``): the act is not under that
        clause's condition or tense. Only for an act whose own subject, from its parse head,
        names no actor."""
        host = self._reporting_host(v)
        if host is None or not host[1]:
            return None
        subj = self._inherited_subject(v)
        return host[0] if subj is None or not self.actors(subj) else None

    def _climb_step(self, cur: Token, head: Token) -> Callable[
            [Token, Token, Context, bool], Token] | None:
        """The step that reads the dependency of ``cur`` on ``head`` (None: nothing to read
        but a nominal use)."""
        dep = cur.dep_
        if dep == "xcomp" or (dep == "ccomp" and head.pos_ == "ADJ") or (
            dep == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for"
                                   for m in cur.children)) or _gerund_object(cur, head):
            return self._climb_control
        if dep in ("ccomp", "parataxis"):
            return self._climb_report
        return {"advcl": self._climb_adverbial, "acl": self._climb_participle,
                "relcl": self._climb_relative, "pcomp": self._climb_preposition}.get(dep)

    def _conjunct_tense(self, cur: Token, head: Token, ctx: Context) -> None:
        """"said the tariffs would raise prices and called on ...": a conjunct without
        auxiliaries of its own shares the tense and mood of the verb it is coordinated with
        ("must ensure security and provide aid": both are owed)."""
        if ctx.future or _children(cur, "aux", "auxpass") or (
            cur.tag_ in ("VBD", "VBZ") and head.tag_ == "VB"
        ):
            return
        hctx = Context()
        self._own_flags(head, hctx)
        ctx.future = ctx.future or hctx.future
        ctx.hypothetical = ctx.hypothetical or hctx.hypothetical
        ctx.obligation = ctx.obligation or hctx.obligation

    def _climb_control(self, cur: Token, head: Token, ctx: Context, first: bool) -> Token:
        """An infinitive or adjective complement: the controlling word (event, "fail to",
        "plan to", "said to", "have to") decides."""
        kinds = self.lex.kinds(head.lem)
        if first:
            self._block_controlled(head, kinds, ctx)
        if "nonfactual" in kinds:
            ctx.blocked = ctx.blocked or "nonfactual"
        if "negative" in kinds:
            ctx.negated = True
            ctx.failed = ctx.failed or head.lem == "fail"
        if "future" in kinds:
            ctx.future = True
        if "speech" in kinds:
            self._set_speaker(head, ctx)
        if head.lem in OBLIGATION_VERBS and _child(cur, "aux") is not None:
            ctx.obligation = True
            self._own_flags(head, ctx)
        if head.lem == "go" and head.tag_ == "VBG":
            ctx.future = True
            if any(c.dep_ == "neg" for c in head.children):
                ctx.negated = True  # "I'm not going to apologise": as "would not"
        return head

    def _block_controlled(self, head: Token, kinds: frozenset[str], ctx: Context) -> None:
        """The complement of an event verb, of "keep" under one, or of an adjective of
        commitment is part of that event, not one of its own."""
        hf = self.frame(head)
        if hf is not None and hf.type in PLOVER_TYPES and hf.noun is None:
            ctx.blocked = ctx.blocked or "complement"
        if "aspect" in kinds and head.dep_ in ("xcomp", "ccomp") and (
            head.head.i != head.i
        ):  # "urged X to keep working with Y": still the urging's complement
            uf = self.frame(head.head)
            if uf is not None and uf.type in PLOVER_TYPES and uf.noun is None:
                ctx.blocked = ctx.blocked or "complement"
        if "commit" in kinds and head.pos_ == "ADJ":
            ctx.blocked = ctx.blocked or "complement"

    def _climb_report(self, cur: Token, head: Token, ctx: Context, first: bool) -> Token:
        """A clausal complement: reported speech, a non-factual verb, another event, or a
        report by a non-speech verb ("X made it clear that ...")."""
        kinds = self.lex.kinds(head.lem)
        hf = self.frame(head)
        if "speech" in kinds:
            self._set_speaker(head, ctx)
            # "said it was open to talks, but only if ..."
            for c in head.children:
                if c.dep_ in ("conj", "advcl") and c.i > cur.i and self._is_condition(
                    _child(c, "mark")
                ):
                    ctx.conditional = True
        elif "nonfactual" in kinds:
            ctx.blocked = ctx.blocked or "nonfactual"
        elif hf is not None and hf.type in PLOVER_TYPES and first:
            ctx.blocked = ctx.blocked or "complement"
        else:
            ctx.reported = True
            if ctx.reporter is None:
                ctx.reporter = _child(head, "nsubj")
        return head

    def _climb_adverbial(self, cur: Token, head: Token, ctx: Context, first: bool) -> Token:
        """An adverbial clause: a condition, or the purpose of an act ("went there to talk")."""
        if self._is_condition(_child(cur, "mark")):
            ctx.blocked = ctx.blocked or "conditional-clause"
        elif first and _child(cur, "aux") is not None and cur.tag_ == "VB" and (
            _child(cur, "nsubj") is None
        ) and head.lem not in SENDING and not self._performed_by_going(cur):
            ctx.blocked = ctx.blocked or "purpose"
        return head

    def _performed_by_going(self, cur: Token) -> bool:
        """"drove tractors into Madrid to protest against X": an act that the going or
        gathering itself performs (a ``performed_in_purpose`` type), not a mere aim."""
        f = self.frame(cur)
        return f is not None and f.type in PERFORMED_IN_PURPOSE

    def _climb_participle(self, cur: Token, head: Token, ctx: Context, first: bool) -> Token:
        """A clause on a noun: the complement of a noun ("plans to", "the right to", "talks to
        end ..."), or a modifier ("troops stationed in X") unless its agent acts."""
        if not first:
            return head
        if head.pos_ in ("NOUN", "PROPN") and (
            self.lex.kinds(head.lem) & {"noplan", "noright"}
            or _child(cur, "aux") is not None
            or (self._is_event_noun(head) and cur.tag_ != "VBN")
        ):
            ctx.blocked = ctx.blocked or "noun-complement"
        elif cur.tag_ == "VBN":
            agent = _child(cur, "agent")
            pobj = _child(agent, "pobj") if agent is not None else None
            if pobj is None or not self._agentive(pobj) or not (
                head.dep_ in ("nsubj", "nsubjpass", "dobj", "ROOT", "appos")
                and head.head.dep_ in ("ROOT", "conj")
                # "after talks mediated by X", "in a swap brokered by Qatar": the mediator
                # of what a noun names mediated it, wherever the noun stands (a mediator
                # named, not a role: "mediated by the EU's foreign policy chief" is a person
                # the actor stage may take for the EU)
                or (cur.lem in MEDIATION_VERBS and head.pos_ == "NOUN" and pobj.pos_ == "PROPN")
            ):
                ctx.blocked = ctx.blocked or "modifier"
        return head

    def _climb_relative(self, cur: Token, head: Token, ctx: Context, first: bool) -> Token:
        """A relative clause: background, unless it tells an event of its own ("talks in
        which X blocked Y", "a demand that X rejected")."""
        if not first:
            return head
        # "X, who praised Y" and "X, whose president praised Y": the relative (or its
        # possessor) is the clause's subject
        subject_relative = any(c.dep_ in ("nsubj", "nsubjpass") and (
            c.lower_ in RELATIVE or any(p.dep_ == "poss" and p.lower_ == "whose"
                                        for p in c.children)) for c in cur.children)
        # "talks in which X blocked Y": the clause is an event of its own
        adverbial = any(c.dep_ == "prep" and any(
            p.dep_ == "pobj" and p.lower_ in RELATIVE for p in c.children)
            for c in cur.children) or any(
            c.dep_ == "advmod" and c.lower_ in ("where", "when") for c in cur.children)
        if not subject_relative and not adverbial and not (
            self._is_event_noun(head)
            or self.classes(head) & (PROPOSAL_CLASSES | {"document"})
        ):
            ctx.blocked = ctx.blocked or "relative-clause"
        elif subject_relative and self._background(cur, head):
            ctx.blocked = ctx.blocked or "background"
        return head

    def _climb_preposition(self, cur: Token, head: Token, ctx: Context, first: bool) -> Token:
        """A clause under a preposition: "without X-ing" negates; "accused of X-ing",
        "talks on X-ing" make it a complement; "guilty of X-ing" lets it happen."""
        low = head.lower_
        if low == "without":
            ctx.negated = True
        elif first and low in ("of", "for") and head.head.lem in GUILT_WORDS:
            pass  # "guilty of violating the ceasefire": it happened
        elif first and low == "in" and head.head.lem in JOINT_ACT_VERBS:
            pass  # "joined Y in voting against X": the subject does the act with Y
        elif first and low in COMPLEMENT_PREPS:
            ctx.blocked = ctx.blocked or "complement"
        return head.head

    def _background(self, clause: Token, head: Token) -> bool:
        """"France, which pushed for the investigation, welcomed ...": a relative clause set
        off by commas on an actor that acts in the main clause tells its background, not the
        news."""
        if head.i not in self.mmap or head.dep_ not in ("nsubj", "nsubjpass"):
            return False
        rel = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                    and c.lower_ in RELATIVE), None)
        if rel is None or rel.i == 0:
            return False
        doc = clause.doc
        if doc[rel.i - 1].text != ",":
            return False
        main = head.head
        if not (main.is_verb and main.i > clause.i):
            return False
        f = self.frame(clause)  # "X, who met Y on the sidelines, said": a meeting is news
        if f is not None and clause.lem in VOTING_VERBS:
            return False  # "X, who voted against, said": the story's vote, news
        if f is None or f.type == "CONSULT":
            return f is None
        # an act that still holds at the time of the story ("which has endorsed Y", "which
        # has been pressing Y", "which is seeking", "which backs Y") is news; a past one
        # ("which expelled ...", "which had delivered ...") and a standing relation the CAMEO
        # dictionary alone codes ("which receives Algerian gas") are its background
        return not (f.cameo is None and _holds_now(clause))

    def _conditions(self) -> set[str]:
        if self._conds is None:
            self._conds = {w for w, k in self.lex.control.items() if "condition" in k}
        return self._conds

    def _is_condition(self, mark: Token | None) -> bool:
        """"if", "unless", "as long as" ... as the subordinator of a clause."""
        if mark is None:
            return False
        if mark.lower_ in self._conditions():
            return True
        if mark.lower_ == "as" and mark.i > 0 and mark.doc[mark.i - 1].lower_ == "long":
            return True
        return False

    def _backshifted(self, v: Token) -> bool:
        """Is ``v`` the clause a past speech verb reports ("said it could not accept the
        ruling": the backshifted "cannot accept", a refusal, not a past inability)?"""
        clause = v
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        head = clause.head
        if clause.dep_ != "ccomp" or head.tag_ != "VBD" or "speech" not in self.lex.kinds(
                head.lem):
            return False
        # "could not back the deal unless ...", "... until", "would back it only if ...": a
        # refusal with its terms, not a refusal
        words = [t.lower_ for t in v.sent if t.i > v.i]
        return not ({"unless", "until"} & set(words) or any(
            a == "only" and b == "if" for a, b in zip(words, words[1:], strict=False)))

    def _own_flags(self, v: Token, ctx: Context) -> None:
        for c in v.children:
            low = c.lower_
            if c.dep_ == "neg" or (c.dep_ == "advmod" and (low in ("never", "no longer") or (
                low == "longer" and any(x.lower_ == "no" for x in c.children)))):
                ctx.negated = True
                auxes = [a for a in v.children if a.dep_ in ("aux", "auxpass")]
                if any((a.lemma_ == "do" and a.tag_ in ("VBZ", "VBP")) or a.lower_ in (
                        "can", "ca", "cannot") for a in auxes) or (
                        not auxes and v.tag_ in ("VBZ", "VBP")):
                    ctx.present_negation = True
            elif c.dep_ in ("aux", "auxpass"):
                kinds = self.lex.kinds(low) | self.lex.kinds(c.lem)
                if "modal_future" in kinds:
                    ctx.future = True
                if "modal_hypothetical" in kinds:
                    if any(x.dep_ == "neg" for x in v.children) and (
                            low in ("can", "ca") or (low == "could" and self._backshifted(v))):
                        ctx.future = True  # "cannot accept": a refusal, like "will not"
                    else:
                        ctx.hypothetical = True
                if "modal_obligation" in kinds:
                    ctx.obligation = True
            elif c.dep_ in ("nsubj", "nsubjpass", "dobj") and (any(
                (d.lower_ in ("no", "neither") and d.dep_ == "det") or (
                    d.dep_ == "neg" and c.dep_ != "dobj")  # "Not everyone signed"
                for d in c.children
            ) or c.lower_ in ("nobody", "nothing", "none", "noone")):
                ctx.negated = True
            elif c.dep_ == "advcl":
                mark = _child(c, "mark")
                if self._is_condition(mark):
                    ctx.conditional = True
            elif c.dep_ == "prep" and low == "if":
                ctx.conditional = True
            elif c.dep_ == "xcomp" and c.is_verb and v.lem not in OBJECT_CONTROL and (
                self._conditional_below(c, strict=True)
            ):
                # "would support making the tariffs permanent only if ...": the condition
                # hangs on the complement
                ctx.conditional = True
        if v.dep_ == "advcl":
            mark = _child(v, "mark")
            if self._is_condition(mark):
                ctx.conditional = True

    def _conditional_below(self, v: Token, strict: bool = False) -> bool:
        """A condition ("if", "unless", "only if") under ``v``; ``strict``: not "until" (a
        time limit on a demand)."""
        for t in v.subtree:
            if t.dep_ == "mark" and self._is_condition(t) and t.head.dep_ in ("advcl", "conj"):
                if strict and t.lower_ == "until":
                    continue
                return True
        return False

    def _announced_request(self, v: Token | None, ctx: Context) -> bool:
        """"said it would ask the court to lift the ban", "will ask Y for Z": a request the
        actor announces, with the one it asks as object, is its REQUEST (not under a
        condition, also one on its complement, or a hypothesis, not negated); not where it
        asks for an order on a third party ("would ask the court to order Y to withdraw":
        what Y is to do is the point, not an appeal to the court). One made to a court need
        not name it as object ("would appeal to the Administrative Court")."""
        if v is None or v.lem not in ANNOUNCED_REQUESTS or (
            ctx.negated or ctx.hypothetical or ctx.conditional
        ) or (_child(v, "dobj") is None and not _to_court(v)) or self._conditional_below(
                v, strict=True):
            return False
        comp = _child(v, "xcomp")
        return comp is None or not (
            comp.lem in OBJECT_CONTROL and _child(comp, "dobj") is not None)

    @staticmethod
    def _may_oblige(v: Token) -> bool:
        """Can ``v`` be the act of a demand at all? (What ``_obligation`` checks of the verb
        before its context; false saves climbing the parse for the context.)"""
        return v.lem not in STATIC_VERBS and v.is_verb and (
            v.pos_ != "AUX")

    def _obligation_possible(self, v: Token) -> bool:
        """Can ``context(v)`` find an obligation? Only from a modal of obligation on ``v``
        ("must withdraw") or a "have" above it ("has to withdraw"); see ``_own_flags`` and
        ``context``."""
        kinds = self.lex.kinds
        for c in v.children:
            if c.dep_ in ("aux", "auxpass") and (
                "modal_obligation" in kinds(c.lower_) or "modal_obligation" in kinds(c.lem)
            ):
                return True
        return self._have_above(v)

    def _have_above(self, tok: Token) -> bool:
        """Is some head above ``tok`` (up to the root) a "have"? (Memoised per token.)"""
        memo = self.have_above
        path = []
        cur = tok
        found = False
        while True:
            known = memo.get(cur.i)
            if known is not None:
                found = known
                break
            head = cur.head
            path.append(cur.i)
            if head.i == cur.i:
                break
            if head.lem in OBLIGATION_VERBS:
                found = True
                break
            cur = head
        for i in path:
            memo[i] = found
        return found


def _holds_now(v: Token) -> bool:
    """Is the verb's act told as holding now: present, present perfect or present
    progressive ("backs", "has endorsed", "has been pressing", "is seeking")?"""
    auxes = [c for c in v.children if c.dep_ == "aux"]
    if any(a.tag_ == "VBD" or a.lower_ in ("will", "would") for a in auxes):
        return False  # "had delivered", "was seeking"
    return v.tag_ in ("VBZ", "VBP") or any(a.tag_ in ("VBZ", "VBP") for a in auxes)


def _to_court(v: Token) -> bool:
    """Is the verb addressed to a court ("appeal to the Administrative Court")?"""
    return any(c.dep_ == "prep" and c.lower_ == "to" and any(
        p.dep_ == "pobj" and p.lower_ in COURT_WORDS for p in c.children) for c in v.children)
