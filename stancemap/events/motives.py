"""Event coder: what an act is done for or against: an act done in protest at a thing, a motion
of censure brought against a party."""

from __future__ import annotations

from spacy.tokens import Token

from .frames import Args, Frame
from .parse import _child, _is_passive
from .vocab import CENSURE_WORDS, MOTION_VERBS, NO_CONFIDENCE_WORDS, NONE, PROTEST_MOTIVE_PREPS

MOTION, NO = "motion", "no"  # "a motion of no confidence"


def _censuring(motion: Token) -> bool:
    """Is a motion one of censure or no confidence ("a censure motion", "a no-confidence
    motion", "a motion of no confidence")?"""
    words = [c for c in motion.children if c.dep_ in ("compound", "amod", "nmod")]
    words += [p for c in motion.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj"]
    for w in words:
        if w.lem in CENSURE_WORDS:
            return True
        if w.lem in NO_CONFIDENCE_WORDS and (any(x.lower_ == NO for x in w.subtree) or (
                w.i > 1 and w.doc[w.i - 1].lower_ == "-" and w.doc[w.i - 2].lower_ == NO)):
            return True
    return False


def _verb_above(tok: Token) -> Token | None:
    """The nearest verb that governs ``tok`` through nouns and prepositions only."""
    t = tok.head
    while t.i != t.head.i and not t.is_verb and t.pos_ in ("NOUN", "PROPN", "ADP", "NUM", "ADJ"):
        t = t.head
    return t if t.is_verb else None


class ActMotives:
    """Acts done in protest at a thing and motions of censure: criticism (ACCUSE) told by the
    act's purpose or kind.

    A part of the event coder (``coder._Coder``); the
    methods read its per-document state."""

    def _protest_motive(self, v: Token) -> None:
        """"suspended aid in protest at the new law", "resigned in protest over the
        decision": an act done in protest at something is also its doer's criticism (ACCUSE,
        mode disapprove) of whoever the thing belongs to (its owner, else the act's own
        target), beside whatever the act itself is. Not a plan, a denial or a condition."""
        motive = next((t for t in v.subtree if t.lem == "protest" and t.dep_ == "pobj"
                       and t.head.lower_ == "in" and _verb_above(t) is v), None)
        if motive is None:  # (the parse may hang "in protest" on a noun of the object:
            return  # "suspended support worth $20 million a year in protest at X")
        nxt = motive.doc[motive.i + 1] if motive.i + 1 < len(motive.doc) else None
        at = nxt if nxt is not None and nxt.dep_ == "prep" and (
            nxt.lower_ in PROTEST_MOTIVE_PREPS) else None  # (the parse may hang it elsewhere)
        thing = _child(at, "pobj") if at is not None else None
        if thing is None:
            return
        own = self._verb_frame(v)
        if own is not None and own.type == "PROTEST":
            return  # ("staged a rally in protest against X": the protest says it already)
        ctx = self.context(v)
        if ctx.blocked or ctx.negated or ctx.hypothetical or ctx.conditional or ctx.future:
            return
        f = Frame("ACCUSE", "disapprove", "in [protest] at", v, obj=thing)
        args = self.arguments(v, f)
        src = {a for a, _ in args.sources if a}
        targets = [(a, thing) for a in (self.actors(thing) or self.owner(thing))
                   if a not in src]
        if not targets:  # ("halted loans to Malawi in protest at its press law": the law's
            # maker is the act's target)
            if own is not None and own.type != NONE:
                targets = [(a, t) for a, t in self.arguments(v, own).targets
                           if a and a not in src]
        if src and targets:
            self._make(f, ctx, Args(args.sources, targets), "protest motive")

    def _censure_motion(self, v: Token) -> None:
        """"lodged a censure motion against the cabinet", "moved a no-confidence motion
        against the Commission": bringing a motion of censure or no confidence (a verb of
        ``motion_verbs``) criticises whom it is aimed at (ACCUSE, mode disapprove; the "in" /
        "against" phrase of the motion, else none). Not a motion said of the future, a
        condition or a denial ("would lodge a censure motion unless ...")."""
        if v.lem not in MOTION_VERBS:
            return
        motion = _child(v, "dobj") or (_child(v, "nsubjpass") if _is_passive(v) else None) or (
            v.head if v.dep_ == "acl" and _child(v, "agent") is not None else None)
        if motion is None or motion.lem != MOTION:
            return
        earlier = [t for t in motion.doc.toks[:motion.i] if t.lem == MOTION and _censuring(t)]
        if not _censuring(motion) and not (earlier and any(
            c.dep_ == "det" and c.lower_ == "the" for c in motion.children
        )):  # ("the motion" after a motion of censure named earlier in the story)
            return
        ctx = self.context(v)
        if ctx.blocked or ctx.negated or ctx.hypothetical or ctx.conditional or ctx.future:
            return
        f = Frame("ACCUSE", "disapprove", f"{v.lem} [motion]", v, obj=motion)
        args = self.arguments(v, f)
        src = {a for a, _ in args.sources if a}
        heads = [motion, v, *earlier[-1:]]
        heads += [p for h in heads[:1] + heads[2:] for c in h.children
                  if c.dep_ == "prep" and c.lower_ == "of" and (p := _child(c, "pobj"))]
        aims = [p for h in heads for c in h.children  # ("of no confidence in X")
                if c.dep_ == "prep" and c.lower_ in ("in", "against")
                and (p := _child(c, "pobj")) is not None]
        targets = [(a, t) for t in aims for a, _ in self._resolve(t) if a and a not in src]
        if src:
            self._make(f, ctx, Args(args.sources, targets or [(None, None)]), "censure motion")
