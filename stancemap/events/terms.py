"""Event coder: offers and refusals on terms: the terms of a refusal as a demand ("could not
vote for it until Y ..."), an offer with a plain "if" ("ready to help if asked"), a party said
to be welcome (an invitation)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from .frames import Args, Context, Frame
from .parse import _child
from .vocab import COOPERATIVE, INVITATION_WORDS, MISFORTUNE_VERBS, TERMS_MARKS


class OfferTerms:
    """Offers, refusals and invitations on terms.

    A part of the event coder (``coder._Coder``); the
    methods read its per-document state."""

    def _terms_of_offer(self, v: Token, f: Frame, ctx: Context) -> None:
        """"Could not vote for it until Y ...", "would not back the deal unless Y ...": a
        refusal of cooperation on terms sets the terms as a demand on Y, the subject of the
        condition (a REQUEST, mode demand, toward the actors Y names), beside whatever the act
        itself is. The kinds of terms are ``terms_marks`` of event_words.tsv."""
        if f.type not in COOPERATIVE or not (ctx.future or ctx.hypothetical or ctx.conditional):
            return
        kind = "refusal" if ctx.negated else "offer"
        heads = [v, *(c for c in v.children if (c.dep_ == "xcomp" and c.is_verb) or (
            c.dep_ == "advmod" and c.i > v.i))]  # "... as long as Y": the clause hangs on "long"
        for c in (c for h in heads for c in h.children
                  if c.dep_ in ("advcl", "ccomp") and c.i > v.i and c.is_verb):
            subj = _child(c, "nsubj") or _child(c, "nsubjpass")
            if subj is None:
                continue
            lead = " ".join(t.lower_ for t in self.sdoc.toks[max(v.i + 1, subj.left_edge.i - 4):
                                                            subj.left_edge.i])
            if not any(lead == m or lead.endswith(" " + m) for m in TERMS_MARKS.get(kind, ())):
                continue
            args = self.arguments(v, f)
            src_ids = {a for a, _ in args.sources if a}
            targets = [(a, subj) for a in self.actors(subj) if a not in src_ids]
            if args.sources and targets:
                terms = Frame("REQUEST", "demand", f.key + "+terms", v)
                self._make(terms, ctx, Args(args.sources, targets), "terms")
            return

    @staticmethod
    def _ultimatum_or_else(v: Token, f: Frame) -> Frame:
        """"gave the junta six months to set out a timetable or face tougher measures": an
        ultimatum whose demanded act has an alternative the target would undergo ("or" and
        a ``misfortune_verbs`` verb: face, suffer) is a threat (THREATEN, mode ultimatum)."""
        if f.mode != "ultimatum" or f.type != "REQUEST":
            return f
        for c in v.subtree:
            if c.dep_ == "conj" and c.lem in MISFORTUNE_VERBS and c.head.dep_ in (
                "xcomp", "advcl", "acl", "relcl"
            ) and any(x.dep_ == "cc" and x.lower_ == "or" for x in c.head.children):
                return replace(f, type="THREATEN")
        return f

    def _welcome_invitation(self, v: Token) -> bool:
        """"Karimov said Turkmenistan would be welcome to join later", "said Ngaindiro would
        be welcome in Moscow": in reported speech a party said to be welcome is the speaker's
        invitation to it (AGREE, mode meet). Not said of a thing ("the move was welcome"), not
        negated, hypothetical or under a condition."""
        if not any(c.dep_ in ("acomp", "attr") and c.lower_ in INVITATION_WORDS
                   for c in v.children):
            return False
        subj = _child(v, "nsubj")
        ids = self.actors(subj) if subj is not None else []
        if not ids:
            return False
        ctx = self.context(v)
        if ctx.blocked or ctx.negated or ctx.hypothetical or ctx.conditional or not (
            ctx.reported and ctx.speaker
        ):
            return True
        targets = [(a, subj) for a in ids if a not in ctx.speaker]
        if targets:
            sources = [(a, ctx.speaker_tok) for a in ctx.speaker]
            self._make(Frame("AGREE", "meet", "be [welcome]", v), ctx, Args(sources, targets),
                       "invitation")
        return True

    def _strict_condition(self, mark: Token) -> bool:
        """A subordinator of a condition other than a plain "if" ("only if", "unless", "as
        long as", "provided")."""
        if mark.dep_ != "mark" or not self._is_condition(mark):
            return False
        return mark.lower_ != "if" or (mark.i > 0 and mark.doc[mark.i - 1].lower_ == "only")

    def _in_condition(self, v: Token) -> bool:
        """Is ``v`` itself the clause of a condition ("if X is ready to talk, ...")?"""
        return v.dep_ in ("advcl", "conj") and self._is_condition(_child(v, "mark"))
