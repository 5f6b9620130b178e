"""Event coder: whom a rejection answers when its object only points back ("X rejected
that.", "the government rejected that account", "a demand that Y rejected"): the maker of
what was said or asked before. At home the sides of a dispute are many, so the adversary rule
(``context._adversary_targets``) leaves such refusals untargeted; the words point at one."""

from __future__ import annotations

from typing import Any

from .frames import Frame
from .parse import _child, _Tok
from .records import PloverEvent
from .vocab import ANSWERED_CLAIMS, REBUTTAL_VERBS, RELATIVE

#: demonstratives that point back at what was said before ("rejected that")
POINTERS = frozenset({"that", "this"})
#: how many sentences back the statement a pointer answers may lie
ANSWER_REACH = 2


class AnsweredClaims:
    """Targets of rejections whose object points back. A part of the event coder
    (``coder._Coder``); the methods read its per-document state."""

    sdoc: Any
    statements: list[tuple[int, int, str]]
    actor_by_id: dict[str, Any]

    def _answered_claims(self, evs: list[PloverEvent]) -> None:
        """A REJECT with no target whose verb (``rebuttal_verbs``) has as object a bare
        demonstrative ("Deslandes rejected that.") or a claim noun under one
        (``answered_claims``: "rejected that account") answers the speaker of the latest
        statement of the sentence or the two before, else the source of the latest event of
        those sentences; one whose verb is a relative clause on a demand or claim ("a demand
        that Y rejected") answers the subject of the clause the noun hangs on."""
        for n, e in enumerate(evs):
            if e.type != "REJECT" or e.source is None or e.target is not None or (
                e.trigger is None or e.sentence is None
            ):
                continue
            v = self._token_at(e.trigger.start)
            if v is None or v.lem not in REBUTTAL_VERBS:
                continue
            obj = _child(v, "dobj")
            if v.dep_ == "relcl" and (obj is None or obj.lower_ in RELATIVE):
                e.target = self._claim_maker(v, e.source)
            elif _points_back(v):
                e.target = self._last_speaker(e, evs[:n])

    def _denial(self, f: Frame) -> bool:
        """Is the act a rejection of an accusation ("rejected the charges")? It is a REJECT of
        the accuser only. (One under a demonstrative, "rejected that claim", points back at
        its maker: ``_answered_claims``.)"""
        return f.type == "REJECT" and f.obj is not None and "accusation" in self.classes(
            f.obj) and not _points_back(f.verb)

    def _token_at(self, char: int) -> _Tok | None:
        for t in self.sdoc.toks:
            if t.idx == char:
                return t
            if t.idx > char:
                break
        return None

    def _last_speaker(self, e: PloverEvent, before: list[PloverEvent]) -> str | None:
        """The speaker of the latest statement that ends before the rejection, within
        ``ANSWER_REACH`` sentences; else the source of the latest event there."""
        sents = self.sdoc.sents
        first = sents[max(0, e.sentence - ANSWER_REACH)]
        lo = self.sdoc.toks[first.start].idx
        hi = e.trigger.start
        best: tuple[int, str] | None = None
        for start, end, speaker in self.statements:
            if lo <= start and end <= hi and speaker != e.source and (
                best is None or end > best[0]
            ):
                best = (end, speaker)
        if best is not None:
            return best[1] if self._answerable(best[1], e.source) else None
        for prev in reversed(before):
            if prev.sentence is None or prev.sentence < e.sentence - ANSWER_REACH:
                break
            if prev.source and prev.source != e.source and prev.sentence < e.sentence:
                return prev.source if self._answerable(prev.source, e.source) else None
        return None

    def _answerable(self, actor_id: str, source: str) -> bool:
        """Is the actor one another may answer: a known actor, not the source itself."""
        return actor_id != source and actor_id in self.actor_by_id

    def _claim_maker(self, v: _Tok, source: str) -> str | None:
        """"X demanded an inquiry, a demand that Y rejected": the subject of the nearest
        clause above the demand or claim noun that names another actor."""
        noun = v.head
        if noun.lem not in ANSWERED_CLAIMS:
            return None
        cur = noun.head
        for _ in range(6):
            s = _child(cur, "nsubj") if cur.is_verb else None
            found = [a for a in self.actors(s) if a != source] if s is not None else []
            if found:
                return found[0]
            if cur.head.i == cur.i:
                break
            cur = cur.head
        return None


def _points_back(v: _Tok) -> bool:
    """Is the verb's object a bare demonstrative ("rejected that.") or a claim noun under
    one ("rejected that account")? Not "denied that [clause]"."""
    obj = _child(v, "dobj")
    if obj is None:
        return False
    if obj.lower_ in POINTERS:
        return not obj.children
    return obj.lem in ANSWERED_CLAIMS and any(
        c.dep_ == "det" and c.lower_ in POINTERS for c in obj.children
    )
