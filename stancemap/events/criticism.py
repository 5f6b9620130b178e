"""Event coder: criticism reported in plain (unquoted) speech: 'X said the ruling was a
mistake', 'X said Y had damaged the country's interests' (ACCUSE)."""

from __future__ import annotations

from spacy.tokens import Token

from ..stances.topics import topic_words
from .frames import Args, Frame
from .parse import _child
from .predicates import _blames, _praise
from .vocab import (
    BLAME_LABELS,
    BLAME_OR_PRAISE,
    COPULAS,
    CRITIC_ADJECTIVES,
    DENIAL_VERBS,
    DISMAY_WORDS,
    HARDSHIP_WORDS,
    MISFORTUNE_VERBS,
    OFFICE_SECTORS,
    PRAISE_WORDS,
    PROOF_VERBS,
    QUOTED_REJECTS,
    REFUSAL_EXCLUDED,
    REMEDY_VERBS,
)

#: dependents of a predicate that say how it judges its subject ("the *wrong* tool")
JUDGING_DEPS = ("amod", "advmod", "neg", "compound")


def _judging_words(v: Token) -> list[Token]:
    """The words that say what a clause's subject is or does: a copula's complement (else
    the verb, and its direct object where that is a label of blame in itself: "repeated
    the mistakes", not "documented the abuses") and the modifiers of either ("a veto was
    the wrong tool": "tool", "wrong"), not the clauses hung on them ("a decision that would
    cost jobs")."""
    heads = [c for c in v.children if c.dep_ in ("attr", "acomp")] if v.lem in COPULAS else [
        v, *(c for c in v.children if c.dep_ == "dobj" and c.lem in BLAME_LABELS)]
    return heads + [c for h in heads for c in h.children if c.dep_ in JUDGING_DEPS]


class ReportedCriticism:
    """Criticism of another actor or of its act in reported speech that no quotation
    marks: the ``quoted`` rule's unquoted counterpart, held to blame words."""

    def _reported_criticism(self, v: Token) -> None:
        """'X said the decision was a mistake', 'X told the crowd that the reform punished
        workers', 'X said the president had damaged Argentina's interests': a clause
        reported by a speech verb whose subject is another actor, or an act or measure
        (``_quoted_thing``) that belongs to another actor, and whose predicate words blame
        (``blame_labels`` or a negative VADER word) accuses that actor (ACCUSE). Not a
        passive, a speech or feeling verb of the subject's own, an act against an ill
        (``remedy_verbs``: "tackled corruption"), a forecast, a condition, a demand or a
        denial, nor where a quotation says it (the ``quoted`` rule)."""
        head = v.head
        if v.dep_ == "conj" and head.dep_ == "ccomp" and _child(v, "mark") is not None:
            head = head.head  # 'said Y had grievances but that the veto was the wrong tool'
        elif v.dep_ != "ccomp":
            return
        if not v.is_verb or head.i == v.i or not head.is_verb or (
            "speech" not in self.lex.kinds(head.lem) or "speech" in self.lex.kinds(v.lem)
            or v.lem in MISFORTUNE_VERBS or v.lem in REMEDY_VERBS
        ):
            return
        subj = _child(v, "nsubj")
        if subj is None or _child(v, "auxpass") is not None:
            return
        own = self.frame(v)
        if own is not None and own.type != "NONE":
            return
        copula = v.lem in COPULAS
        if not copula and _child(v, "dobj", "xcomp") is None:
            return  # (a verb that does something to something: "ignored the risk")
        if any(c.dep_ == "xcomp" and c.lem in PROOF_VERBS for c in v.children):
            return  # ("had failed to show that ...": a finding on the evidence)
        words = _judging_words(v)
        if not _blames(words) or _praise(words) or any(t.lem in PRAISE_WORDS for t in words):
            return
        if copula and any(t.lem in HARDSHIP_WORDS for t in words):
            return  # hard, not wrong ("the decision was difficult")
        if copula and any(not _blames([c]) for h in words for c in h.children
                          if c.dep_ == "conj"):
            return  # a mixed verdict ("unfortunate but understandable")
        if any(q[0] <= t.idx < q[1] for q in self._quotes() for t in v.subtree):
            return  # (the quoted rule's)
        ctx = self.context(v)
        taken = "document" in self.classes(subj) and not self.classes(subj) & QUOTED_REJECTS
        if not (ctx.reported and ctx.speaker) or ctx.blocked or ctx.negated or (
            ctx.conditional or ctx.obligation
        ) or ((ctx.future or ctx.hypothetical) and not taken):
            return  # (what a decision taken will do is a verdict on it: "would discourage")
        if any(e.source in ctx.speaker and e.sentence == self.sent_index
               and e.type in BLAME_OR_PRAISE for e in self.events):
            return  # the speaker's blame or praise is told already
        actors = self.actors(subj)
        if actors and copula and not any(t.lem in BLAME_LABELS for t in words):
            return  # what an actor is, by a word of its own state ("was anxious"): no blame
        thing = not actors and (self._quoted_thing(subj) or (
            subj.pos_ == "NOUN" and subj.lem in topic_words()["policy_heads"]))  # ("the reform")
        ids = actors or self._possessor_actors(subj) or (self.owner(subj) if thing else [])
        if any(self._own_camp(a, ctx.speaker) for a in ids):
            if not self._lead_guess(subj, ids, actors):
                return
            ids = []  # ("the decision" guessed as the lead act, the speaker's own camp's)
        someones = thing or _child(subj, "poss") is not None  # ("the minister's remarks")
        targets = [(a, subj) for a in ids if not self._backed_here(ctx.speaker, a)] or (
            [(None, None)] if someones and not actors and not ids else [])  # ("the decision
        # was a mistake": whose, the story may not say)
        if not targets:
            return
        f = Frame("ACCUSE", "disapprove", "[@reported criticism]", v, obj=subj)
        self._make(f, ctx, Args([(a, ctx.speaker_tok) for a in ctx.speaker], targets),
                   "reported")

    def _reported_refusal(self, v: Token) -> None:
        """'X said he would not schedule a vote', 'X said the bank would not be guided by the
        calendar', 'X said the party would never sit in such a government': a refusal the
        speaker reports of himself or his own side in a negated future ("would not", "will
        never") is a rejection (REJECT), whatever the verb, where the verb codes no event of
        its own (a coded act is refused by the verb table's rules). Not a speech or feeling
        verb ("would not comment"), a copula, a condition or a refusal on terms ("unless",
        "until", "only if": a demand), nor what another party will not do (a forecast)."""
        clause = v
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        head = clause.head
        if clause.dep_ != "ccomp" or head.i >= v.i or not head.is_verb or (
            "speech" not in self.lex.kinds(head.lem)
        ):
            return
        if not v.is_verb or v.lem in COPULAS or v.lem in REFUSAL_EXCLUDED or self.lex.kinds(
                v.lem) & {"speech", "feeling", "condition"}:
            return
        if not any(c.dep_ == "neg" or (c.dep_ == "advmod" and c.lower_ == "never")
                   for c in v.children):
            return
        if not any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll", "wo")
                   for c in v.children):
            return
        words = [t.lower_ for t in v.sent if t.i > v.i]
        if {"unless", "until", "if"} & set(words):
            return  # (a refusal on terms: a demand, the terms rules')
        subj = _child(v, "nsubj") or _child(v, "nsubjpass")
        if subj is None and v.dep_ == "conj":
            subj = _child(clause, "nsubj") or _child(clause, "nsubjpass")
        if subj is None:
            return
        ctx = self.context(v)
        if not (ctx.reported and ctx.speaker) or ctx.blocked or ctx.conditional:
            return
        ids = self.actors(subj)
        if not ids or not all(self._own_side(a, ctx.speaker) for a in ids):
            return  # (what another party will not do is a forecast)
        if any(e.source in ctx.speaker and e.sentence == self.sent_index
               and e.type == "REJECT" for e in self.events):
            return
        f = Frame("REJECT", None, "[@reported refusal]", v)
        self._make(f, ctx, Args([(a, ctx.speaker_tok) for a in ctx.speaker], [(None, None)]),
                   "reported")

    def _reported_dismay(self, v: Token) -> None:
        """'Malaysia said it was disappointed', 'X said it was "deeply alarmed" by reports of
        civilian deaths': a speaker that says it is dismayed (``dismay_words``) criticises
        (ACCUSE) whoever the "by"/"at"/"with" phrase names, or no one named. Not negated,
        not a forecast or a condition, nor a mixed feeling ("disappointed but not
        surprised")."""
        passive = v.lower_ in DISMAY_WORDS and _child(v, "auxpass") is not None
        if v.dep_ != "ccomp" or not (passive or v.lem in COPULAS) or (
            "speech" not in self.lex.kinds(v.head.lem)
        ):
            return
        subj, word = (_child(v, "nsubjpass"), v) if passive else (
            _child(v, "nsubj"), _child(v, "acomp"))
        if subj is None or word is None or word.lower_ not in DISMAY_WORDS or any(
            c.dep_ == "neg" or (c.dep_ == "conj" and c.tag_ in ("JJ", "VBN"))
            for c in word.children
        ):  # (a second feeling: "disappointed but not surprised")
            return
        ctx = self.context(v)
        if not (ctx.reported and ctx.speaker) or ctx.blocked or ctx.negated or (
            ctx.conditional or ctx.future or ctx.hypothetical
        ):
            return
        feelers = [] if subj.pos_ == "PRON" else self.actors(subj)
        if subj.pos_ != "PRON" and not feelers:
            return  # (whose dismay, unknown)
        sources = [(a, subj) for a in feelers] or [(a, ctx.speaker_tok) for a in ctx.speaker]
        # ("Downing Street said the prime minister was disappointed": the prime minister's)
        cause = next((p for c in word.children if c.dep_ == "prep" and c.lower_ in (
            "by", "at", "with", "over") for p in c.children if p.dep_ == "pobj"), None) or (
            next((p for c in word.children if c.dep_ == "agent"
                  for p in c.children if p.dep_ == "pobj"), None))
        ids = self._dismay_cause(cause)
        who = [a for a, _ in sources]
        targets = [(a, cause) for a in ids if a and not self._own_camp(a, who)] or [(None, None)]
        f = Frame("ACCUSE", "disapprove", "[@dismay]", v, obj=cause)
        self._make(f, ctx, Args(sources, targets), "reported")

    def _critical_of(self, v: Token) -> None:
        """'Bolivia was sharply critical of the talks', 'Golkar was more critical', 'Chile and
        Peru were among the most critical of the ban': an actor said to be critical
        (``critic_adjectives``) criticises (ACCUSE) whoever its "of" phrase names (the actor,
        or the owner of the act), or no one named. A predicate only ("was critical"), not
        "critical to"/"for" (crucial), not negated, not a forecast or a condition."""
        if v.pos_ != "ADJ" or v.lower_ not in CRITIC_ADJECTIVES:
            return
        head = v.head
        if v.dep_ == "pobj" and head.lower_ == "among":  # "were among the most critical"
            head = head.head
        elif v.dep_ != "acomp":
            return
        if head.lem not in COPULAS or any(
            c.dep_ == "neg" for h in (v, head) for c in h.children
        ) or any(c.dep_ == "prep" and c.lower_ in ("to", "for") for c in v.children):
            return
        subj = _child(head, "nsubj")
        if subj is None:
            return
        ctx = self.context(head)
        if ctx.blocked or ctx.negated or ctx.conditional or ctx.future or ctx.hypothetical:
            return
        sources = [(a, s) for s in (subj, *(c for c in subj.children if c.dep_ == "conj"))
                   for a in self.actors(s)]
        if not sources:
            return
        objs = [p for c in v.children if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children if p.dep_ == "pobj"]
        objs += [x for o in objs for x in o.children if x.dep_ == "conj"]
        objs += [p for c in v.children if c.dep_ == "conj" and c.lower_ == "of"
                 for p in c.children if p.dep_ == "pobj"]  # ("of X and of Y")
        who = {a for a, _ in sources}
        targets = [(a, o) for o in objs for a in (self.actors(o) or self.owner(o))
                   if a not in who]
        if not objs:  # "Golkar was more critical": of the act the story leads with
            targets = [(a, None) for a in self.lead if a and a not in who]
        f = Frame("ACCUSE", "disapprove", "[@critical]", head, obj=objs[0] if objs else None)
        self._make(f, ctx, Args(list(dict(sources).items()),
                                list(dict(targets).items()) or [(None, None)]), "critical")

    def _denied_act(self, v: Token) -> None:
        """'Hezbollah denied firing the rockets', 'the ministry denied receiving any
        warning': denying an act of one's own (``denial_verbs`` with a gerund) rejects what
        it is accused of (REJECT); the target is whoever the story makes the other side.
        Not negated ("did not deny carrying out the strike"), not a forecast or a condition.
        (A denied accusation named by its noun, "denied the charges", stays a statement
        unless its accuser is known: CAMEO codes it so.)"""
        if v.lem not in DENIAL_VERBS or not any(
            c.dep_ in ("xcomp", "dobj", "ccomp") and c.tag_ == "VBG" or (
                c.dep_ == "ccomp" and c.is_verb and _child(c, "nsubj", "nsubjpass") is not None)
            for c in v.children
        ):  # ("denied firing the rockets"; "denied that any militants had been there")
            return
        ctx = self.context(v)
        if ctx.blocked or ctx.negated or ctx.conditional or ctx.future or ctx.hypothetical:
            return
        f = Frame("REJECT", None, f"{v.lem} [@act]", v)
        args = self.arguments(v, f)
        if not any(a for a, _ in args.sources):
            return
        args.targets = [(None, None)]
        self._make(f, ctx, args, "denial")

    def _denied_claim(self, v: Token) -> None:
        """'X accused Y of Z, a charge Y denied', 'said the judiciary had acted under
        pressure, a charge the judiciary denied': a relative clause of denial
        (``denial_verbs``) on a charge or claim (class ``accusation``) is its subject's REJECT
        of whoever made the claim: the nearest clause above it whose subject (or reporter)
        names another actor."""
        noun = v.head
        if v.dep_ != "relcl" or v.lem not in DENIAL_VERBS or _child(v, "dobj") is not None or (
            "accusation" not in self.classes(noun)
        ):
            return
        subj = _child(v, "nsubj")
        if subj is None:
            return
        ctx = self.context(noun)
        if ctx.negated or ctx.conditional or ctx.hypothetical:
            return
        own = self.context(v)
        if own.negated or own.future or own.conditional:
            return
        sources = [(a, subj) for a in self.actors(subj)]
        if not sources:
            return
        who = {a for a, _ in sources}
        targets: list[tuple[str | None, Token | None]] = []
        cur = noun.head
        for _ in range(6):  # the claim's maker: the first clause above with another subject
            s = _child(cur, "nsubj") if cur.is_verb else None
            found = [a for a in self.actors(s) if a not in who] if s is not None else []
            if found:
                targets = [(a, s) for a in found]
                break
            if cur.head.i == cur.i:
                break
            cur = cur.head
        f = Frame("REJECT", None, f"{v.lem} [@accusation]", v, obj=None)
        self._make(f, own, Args(sources, targets or [(None, None)]), "denial")

    def _dismay_cause(self, cause: Token | None) -> list[str]:
        """Whose act a dismay is at: the actor or owner of its "by"/"at" phrase; with none
        named ("Malaysia said it was disappointed"), the act the story leads with, as a bare
        "regretted the decision" is (``owner``)."""
        if cause is None:
            return list(self.lead)
        return self.actors(cause) or self.owner(cause)

    def _lead_guess(self, subj: Token, ids: list[str], actors: list[str]) -> bool:
        """Are ``ids`` only the story's lead actor, guessed for a bare act noun that names no
        maker ("X said the decision was a mistake")? Where that guess is the speaker's own
        camp, the clause may judge another act: the criticism stays, aimed at no one."""
        return not actors and ids == list(self.lead) and self.owners.get(subj.lem) is None and (
            subj.lem not in self.first_owners) and not self._possessor_actors(subj)

    def _own_camp(self, actor_id: str, speakers: list[str]) -> bool:
        """Is the actor a speaker, or (for a speaker who holds office) the speaker's state or
        a body of it? A union leader or an opposition party criticises its own state's
        reform as any outsider does ("the reform punished workers")."""
        actor = self.actor_by_id.get(actor_id)
        for s in speakers:
            person = self.actor_by_id.get(s)
            if s == actor_id:
                return True
            if actor is None or person is None or person.country != actor.country or (
                (person.sector or "").lower() not in OFFICE_SECTORS
            ) or self._party_title(s):
                continue
            if actor.type == "country" or (actor.sector or "").lower() in OFFICE_SECTORS:
                return True
        return False

    def _party_title(self, person_id: str) -> bool:
        """Does the person's title name a party ("AUR leader Cristian Pavel", "FPO leader X"):
        a word of the person's mention that names a party elsewhere in the story? A party's
        leader speaks for the party, not for the state, whatever office the bare title word
        ("leader") suggests."""
        cache = self.__dict__.setdefault("_party_titles", {})
        if person_id not in cache:
            party_words = {self.doc[i].text for i, a in self.mmap.items()
                           if self.doc[i].pos_ == "PROPN" and _is_party(self.actor_by_id.get(a))}
            cache[person_id] = any(a == person_id and self.doc[i].text in party_words
                                   for i, a in self.mmap.items())
        return bool(cache[person_id])


def _is_party(actor: object) -> bool:
    return getattr(actor, "type", None) == "organization" and (
        getattr(actor, "sector", None) or "").upper() == "PTY"
