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

from ..actors.tokens import expanded_span
from ..model import Stance
from . import Collector
from .lexicon import NEGATIVE, POSITIVE, Lexicon
from .parse import actors_of

STANCE_SIGN = {"support": POSITIVE, "conditional": POSITIVE, "oppose": NEGATIVE}
FLIP = {POSITIVE: NEGATIVE, NEGATIVE: POSITIVE}


def from_events(doc: Doc, col: Collector) -> None:
    for e in doc._.events or []:
        if not e.source or not e.target:
            continue
        quad = e.quad or ""
        pol = POSITIVE if "COOPERATION" in quad else NEGATIVE if "CONFLICT" in quad else None
        col.add(e.source, e.target, pol, "event", e.evidence.start, e.evidence.end)


def _span(doc: Doc, start: int, end: int) -> DocSpan | None:
    return expanded_span(doc, start, end)


def _position_holders(doc: Doc, st: Stance, mentions: list[DocSpan], lex: Lexicon,
                      mmap: dict[int, str]) -> list[tuple[str, bool]]:
    """Actors whose position the stance is about, each with whether the stance's sign turns
    toward them: the possessor of a noun that is the head of a mention of the proposition
    ("Y's plan to ..."), or of a position noun that governs one ("Y's idea of sending
    troops") or is the object of a mention's head ("backed Y's idea"). A noun of what is
    done to its possessor (``patient`` rows: "called for Y's impeachment") is no position of
    Y's: a stance on it stands toward Y with the row's sign. A possessive deeper inside the
    proposition ("respect for the ruling that rejected China's claims") is not the
    position's holder."""
    ev = _span(doc, st.evidence.start, st.evidence.end)
    if ev is None:
        return []
    out: list[tuple[str, bool]] = []
    for tok in ev:
        head = tok.head
        if tok.dep_ != "poss" or head.i not in range(ev.start, ev.end):
            continue
        is_root = any(m.root.i == head.i for m in mentions)
        position = head.lemma_.lower() in lex.positions
        governs = position and any(
            head.left_edge.i <= m.start and m.end <= head.right_edge.i + 1 for m in mentions)
        taken = position and any(m.root.i == head.head.i for m in mentions)  # "backed Y's idea"
        if is_root or governs or taken:
            turned = lex.patients.get(head.lemma_.lower()) == NEGATIVE
            out += [(a, turned) for a in actors_of(tok, mmap)
                    if a not in {b for b, _ in out}]
    return out


def _patients(mentions: list[DocSpan], lex: Lexicon, mmap: dict[int, str]
              ) -> list[tuple[str, bool]]:
    """Actors a proposition does something to, each with whether the stance's sign turns
    toward them: the object of a mention headed by a ``patient`` verb ("refused to confirm
    Y", "wants to impeach Y") or the "of" object of a patient noun ("called for the
    impeachment of Y"). Supporting what is done to Y is for Y when the row is positive and
    against Y when it is negative."""
    out: list[tuple[str, bool]] = []
    for m in mentions:
        root = m.root
        sign = lex.patients.get(root.lemma_.lower())
        if sign is None:
            continue
        if root.pos_ == "VERB":
            objs = [c for c in root.children if c.dep_ == "dobj"]
        else:
            objs = [g for c in root.children if c.dep_ == "prep" and c.lower_ == "of"
                    for g in c.children if g.dep_ == "pobj"]
        out += [(a, sign == NEGATIVE) for o in objs if m.start <= o.i < m.end
                for a in actors_of(o, mmap) if a not in {b for b, _ in out}]
    return out


def from_stances(doc: Doc, lex: Lexicon, col: Collector, mmap: dict[int, str]) -> None:
    stances: list[Stance] = doc._.stances or []
    mentions: dict[str, list[DocSpan]] = {
        p.id: [sp for m in p.mentions if (sp := _span(doc, m.start, m.end)) is not None]
        for p in doc._.propositions or []}
    for st in stances:
        pol = STANCE_SIGN.get(st.polarity)
        if pol is None:
            continue
        ev = st.evidence
        for holder, turned in _position_holders(doc, st, mentions.get(st.proposition, []),
                                                lex, mmap):
            col.add(st.actor, holder, FLIP[pol] if turned else pol, "stance", ev.start, ev.end)
        for patient, turned in _patients(mentions.get(st.proposition, []), lex, mmap):
            if patient != st.actor:
                col.add(st.actor, patient, FLIP[pol] if turned else pol, "stance", ev.start,
                        ev.end)
