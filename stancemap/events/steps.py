"""Steps an actor holds out for later: a warning of what its own side will do ("warned that
his party would back a court challenge") and a step it would consider ("would consider opening
an investigation"). A part of the event coder (``coder._Coder``); the methods read its
per-document state."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from .frames import Context, Frame
from .parse import _child
from .vocab import CONFLICT, COUNTERFACTUAL_WORDS, FIRST_PERSON, STATIC_VERBS

#: the auxiliaries (event_control.tsv kinds) of a step a warning announces ("would", "could")
WARNED_MODALS = frozenset({"modal_future", "modal_hypothetical"})


class HeldOutSteps:
    """Threats and offers of steps still to come."""

    lex: Any
    mmap: dict[int, str]
    actor_by_id: dict[str, Any]

    def _own_side_warning(self, v: Token, src_ids: set[str]) -> bool:
        """Does a warning say what the speaker's own side will do ("warned that his party
        would back a court challenge", "warned that Israel will act alone", "warned that they
        would withdraw their support")? A step announced as a warning is a threat whatever
        the act; what others or things would do ("warned that prices would rise") is not."""
        comp = _child(v, "ccomp")
        if comp is None or not comp.is_verb or comp.lem in STATIC_VERBS or any(
            c.dep_ == "neg" for c in comp.children
        ) or "speech" in self.lex.kinds(comp.lem) or not any(
            c.dep_ == "aux" and self.lex.kinds(c.lower_) & WARNED_MODALS for c in comp.children
        ):
            return False
        subj = _child(comp, "nsubj")
        if subj is None or any(c.lem in COUNTERFACTUAL_WORDS for c in comp.children):
            return False  # "warned that X would otherwise spend more": a consequence
        if subj.lower_ in FIRST_PERSON or (any(
            c.dep_ == "poss" and c.pos_ == "PRON" for c in subj.children
        ) and (subj.i in self.mmap or self.classes(subj) & {"people", "actor"})):
            # "we will ...", "his party would ..." (not "its departure would ...")
            return True
        if subj.pos_ not in ("PROPN", "PRON") and subj.i not in self.mmap:
            return False  # "warned that its departure would leave a vacuum": a thing
        return any(a in src_ids or self._own_camp(a, sorted(src_ids))
                   or self._own_state(a, src_ids) for a in self.actors(subj))


    def _own_state(self, actor_id: str, src_ids: set[str]) -> bool:
        """Is the actor the state of a source that is a state office with no sector of its
        own ("the Israeli prime minister's office": Israel)?"""
        actor = self.actor_by_id.get(actor_id)
        if actor is None or actor.type != "country":
            return False
        for s in src_ids:
            src = self.actor_by_id.get(s)
            if src is not None and src.type == "organization" and src.sector is None and (
                src.country == actor.country
            ):
                return True
        return False


    def _considered_step(self, v: Token) -> bool:
        """"Would consider opening an investigation / suing / asking the court to rule": a
        step of conflict the actor holds out is a THREATEN, one of cooperation ("would
        consider easing sanctions") an offer (AGREE); a step the actor only weighs in the
        past or present, or with no act named, is none (True: coded here)."""
        comp = next((c for c in v.children if c.dep_ in ("xcomp", "dobj", "ccomp")
                     and c.is_verb and c.tag_ == "VBG"), None)
        if comp is None:
            return False
        ctx = self.context(v)
        if not (ctx.future or ctx.hypothetical) or ctx.negated or ctx.blocked:
            return False
        if any(t.text == "?" for t in v.sent if t.i > v.i):
            return False  # "will Poland consider sending troops?": a question
        args = self.arguments(v, Frame("THREATEN", None, "consider", v))
        src = {a for a, _ in args.sources if a}
        if not src:
            return False
        ctype, ctargets, cneg = self._complement_info(comp, src)
        if ctype is None or cneg:
            return False
        etype = "THREATEN" if ctype in CONFLICT or ctype == "REQUEST" else "AGREE"
        if ctargets and any(a is not None for a, _ in ctargets):
            args.targets = ctargets
        open_ctx = Context(**{**ctx.__dict__, "hypothetical": False, "conditional": False})
        self._make(Frame(etype, None, f"consider [{comp.lem}]", v), open_ctx, args,
                   "considered-step")
        return True
