"""Event coder: who did a court's act told in the agentless passive. "He was granted bail",
"was convicted and sentenced to six years": only a court does these, and the story names it
("appeared in the High Court"), so the act is the court's: the court organisation named last
before the act, within ``COURT_REACH`` sentences (the gold sets code the court, dev32 and
dev33). Applied after the events are coded, to events that have no source; it sets a source
and never adds an event."""

from __future__ import annotations

from typing import Any

from .parse import _child, _is_passive, _Tok
from .records import PloverEvent
from .vocab import COURT_PASSIVES

#: the actor sector of courts
COURT_SECTOR = "JUD"
#: how many sentences back a court named is still the one the story is in
COURT_REACH = 2


class CourtAgents:
    """The court behind an agentless passive court act. A part of the event coder
    (``coder._Coder``)."""

    actor_by_id: dict[str, Any]
    sdoc: Any
    _token_at: Any

    def _court_sources(self, evs: list[PloverEvent]) -> None:
        """A sourceless event whose trigger is an agentless passive verb of ``court_passives``
        ("convicted", "sentenced"), or one whose object is ("granted bail"), is the act of the
        court named last before it, if one is named within ``COURT_REACH`` sentences."""
        for e in evs:
            if e.source is not None or e.trigger is None:
                continue
            v = self._token_at(e.trigger.start)
            if v is None or not v.is_verb or not _is_passive(v) or _child(v, "agent") or not (
                    v.lem in COURT_PASSIVES or _object_lemma(v) in COURT_PASSIVES):
                continue
            court = self._court_before(e.trigger.start, e.sentence)
            if court is not None and court != e.target:
                e.source = court

    def _court_before(self, char: int, sentence: int | None) -> str | None:
        """The court organisation with the last mention before ``char``, when that mention is
        no more than ``COURT_REACH`` sentences back."""
        best: tuple[int, str] | None = None
        for a in self.actor_by_id.values():
            if a.type != "organization" or a.sector != COURT_SECTOR:
                continue
            for m in a.mentions:
                if m.end <= char and (best is None or m.start > best[0]):
                    best = (m.start, a.id)
        if best is None or sentence is None:
            return best[1] if best is not None else None
        at = self._sentence_of(best[0])
        return best[1] if at is not None and sentence - at <= COURT_REACH else None

    def _sentence_of(self, char: int) -> int | None:
        """The index of the sentence that holds the character."""
        tok = next((t for t in self.sdoc.toks if t.idx >= char), None)
        return self.sdoc.sents.index(self.sdoc.sent_of[tok.i]) if tok is not None else None


def _object_lemma(v: _Tok) -> str | None:
    obj = _child(v, "dobj")
    return obj.lem if obj is not None else None
