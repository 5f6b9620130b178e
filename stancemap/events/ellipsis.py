"""Acts told again by ellipsis: "Egypt and Jordan did the same", "So did Poland's
delegation", "Brazil backed the plan, as did Chile": the new subject's copy of the act
just told, with its type, mode and target."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from spacy.tokens import Token

from ..ellipsis import elision
from .parse import _child, _conjuncts, _tok_span
from .parts import minority_part
from .records import PloverEvent
from .vocab import ELLIPSIS_WORDS, JOINT_ACT_VERBS

FRONTED = frozenset({"so"})  # "So did X"


class RepeatedActs:
    """The mixin's state lives on the coder: ``events``, ``sent_index``, ``sdoc``."""

    events: list[PloverEvent]
    sent_index: int
    sdoc: Any

    def _repeated_acts(self, sent: Any) -> None:
        """Copy the act a "did the same" / "so did X" / "as did X" clause repeats to its
        subject (each of its conjuncts)."""
        for t in sent:
            if t.lem != "do" or any(c.dep_ == "neg" for c in t.children):
                continue
            subj = _child(t, "nsubj")
            if subj is None:
                continue
            told = self._ellipsis_antecedents(t, subj)
            if not told:
                continue
            sources = [a for c in _conjuncts(subj) for a in self._ellipsis_subject(c)]
            seen: set[tuple[str, str | None, str | None]] = set()
            for e in told:
                key = (e.type, e.mode, e.target)
                if key in seen:
                    continue
                seen.add(key)
                for a in dict.fromkeys(sources):
                    if a in (e.source, e.target):
                        continue
                    lo, hi = min(subj.left_edge.i, t.i), max(subj.right_edge.i, t.i) + 1
                    self.events.append(replace(
                        e, id="", source=a, trigger=_tok_span(self.sdoc, t.i, t.i + 1),
                        source_text=_tok_span(self.sdoc, subj.i, subj.i + 1),
                        evidence=_tok_span(self.sdoc, lo, hi), sentence=self.sent_index,
                        rule="ellipsis:do"))

    def _joined_by(self, sent: Any) -> None:
        """"X voted against, joined by most Greens", "X voted against and was joined by Y":
        Y does X's act (its type, mode and target); the joining is no act of its own."""
        for t in sent:
            if t.lem not in JOINT_ACT_VERBS or t.tag_ != "VBN" or t.dep_ not in (
                "advcl", "conj"
            ) or t.head.i == t.i:
                continue
            agent = _child(t, "agent")
            pobj = _child(agent, "pobj") if agent is not None else None
            if pobj is None:
                continue
            start = self.sdoc.toks[t.head.i].idx
            told = [e for e in self.events if e.sentence == self.sent_index and e.source
                    and e.trigger is not None and e.trigger.start == start]
            if not told:
                continue
            here = self.sdoc.toks[t.i].idx
            self.events[:] = [e for e in self.events if not (
                e.sentence == self.sent_index and e.trigger is not None
                and e.trigger.start == here)]  # (not a CONSULT with whoever joined)
            sources = [a for c in _conjuncts(pobj) for a in self._ellipsis_subject(c)]
            for a in dict.fromkeys(sources):
                for e in {(e.type, e.mode, e.target): e for e in told}.values():
                    if a in (e.source, e.target):
                        continue
                    lo, hi = t.i, pobj.right_edge.i + 1
                    self.events.append(replace(
                        e, id="", source=a, trigger=_tok_span(self.sdoc, t.i, t.i + 1),
                        source_text=_tok_span(self.sdoc, pobj.i, pobj.i + 1),
                        evidence=_tok_span(self.sdoc, lo, hi), sentence=self.sent_index,
                        rule="ellipsis:joined by"))

    def _ellipsis_subject(self, tok: Token) -> list[str]:
        """The actors a subject names; for a group noun that names none itself, the actor
        named inside it, not its owner ("Germany's CDU delegation": the party)."""
        mmap: dict[int, str] = self.mmap  # type: ignore[attr-defined]
        if minority_part(tok):  # ("joined by a handful of X": not X's act)
            return []
        if tok.i not in mmap and tok.pos_ == "NOUN":
            owner = {x.i for c in tok.children if c.dep_ == "poss" for x in c.subtree}
            inner = [mmap[x.i] for x in tok.subtree if x.i in mmap and x.i not in owner]
            if inner:
                return list(dict.fromkeys(inner))
        return list(self.actors(tok))  # type: ignore[attr-defined]

    def _ellipsis_antecedents(self, t: Token, subj: Token) -> list[PloverEvent]:
        """The events a form of "do" repeats: "X did the same / likewise" and "So did X" the
        previous sentence's; "Y backed it, as did X" those of the verb it hangs on."""
        cue = elision(t, FRONTED, _repeats_act)
        if cue is None:
            return []
        if cue.hung_on is not None:
            if subj.i < t.i:  # (its subject comes after: "as did X")
                return []
            start = self.sdoc.toks[cue.hung_on.i].idx
            return [e for e in self.events if e.sentence == self.sent_index and e.trigger
                    is not None and e.trigger.start == start]
        same = cue.repeating and subj.i < t.i
        inverted = cue.fronted and subj.i > t.i
        if not (same or inverted) or t.dep_ not in ("ROOT", "conj", "ccomp") or (
            t.dep_ == "ccomp" and not inverted
        ):  # (the parse may hang "So did X; Y voted against" on the next clause)
            return []
        return [e for e in self.events if e.sentence == self.sent_index - 1 and e.source]


def _repeats_act(verb: Token, child: Token) -> bool:
    """"X did the same", "X did likewise": a word for the act just told (on either side)."""
    return child.lower_ in ELLIPSIS_WORDS and child.dep_ in ("dobj", "advmod")
