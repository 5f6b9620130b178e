"""Relations from the earlier layers: PLOVER events (basis ``event``) and stances on another
actor's position (basis ``stance``).

- An event with a source and a target: a cooperation quad is positive, a conflict quad
  negative.
- A stance whose evidence names the position of another actor Y ("rejected Macron's idea":
  a position noun with Y as possessor, or a proposition mention that reads "Y's ..."): support
  and conditional are positive toward Y, oppose negative.

A rule that read "Y put the proposition forward earlier in the document" off the stances alone
(Y's support being its first stance) was tried and dropped: on SEESAW train fewer than one in
five of its relations were right, since two actors supporting or opposing one proposition do
not make them allies or opponents.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as DocSpan

from ..model import Stance
from . import Collector
from .lexicon import NEGATIVE, POSITIVE, Lexicon
from .parse import actors_of

STANCE_SIGN = {"support": POSITIVE, "conditional": POSITIVE, "oppose": NEGATIVE}


def from_events(doc: Doc, col: Collector) -> None:
    for e in doc._.events or []:
        if not e.source or not e.target:
            continue
        quad = e.quad or ""
        pol = POSITIVE if "COOPERATION" in quad else NEGATIVE if "CONFLICT" in quad else None
        col.add(e.source, e.target, pol, "event", e.evidence.start, e.evidence.end)


def _span(doc: Doc, start: int, end: int) -> DocSpan | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _position_holders(doc: Doc, st: Stance, mentions: list[tuple[int, int]], lex: Lexicon,
                      mmap: dict[int, str]) -> list[str]:
    """Actors whose position the stance is about: the possessor of a position noun in the
    evidence whose phrase holds or touches a mention of the proposition, or of the mention's
    own head ("Y's plan to ...")."""
    ev = _span(doc, st.evidence.start, st.evidence.end)
    if ev is None:
        return []
    out: list[str] = []
    for tok in ev:
        if tok.dep_ != "poss" or tok.head.i not in range(ev.start, ev.end):
            continue
        head = tok.head
        lo, hi = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
        touches = any(s < hi and lo < e for s, e in mentions)
        if touches and (head.lemma_.lower() in lex.positions or _inside(head, mentions)):
            out += [a for a in actors_of(tok, mmap) if a not in out]
    return out


def _inside(tok: object, mentions: list[tuple[int, int]]) -> bool:
    idx = getattr(tok, "idx", -1)
    return any(s <= idx < e for s, e in mentions)


def from_stances(doc: Doc, lex: Lexicon, col: Collector, mmap: dict[int, str]) -> None:
    stances: list[Stance] = doc._.stances or []
    mentions = {p.id: [(m.start, m.end) for m in p.mentions] for p in doc._.propositions or []}
    for st in stances:
        pol = STANCE_SIGN.get(st.polarity)
        if pol is None:
            continue
        ev = st.evidence
        for holder in _position_holders(doc, st, mentions.get(st.proposition, []), lex, mmap):
            col.add(st.actor, holder, pol, "stance", ev.start, ev.end)
