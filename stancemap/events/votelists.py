"""Event coder: votes told by a participle over a list of voters, whose voters the parse hangs
nowhere a subject is looked for. "..., with A, B and C voting in favour and D and E against"
(an absolute clause: the voters sit between "with" and the participle, and the second group's
participle is elided), and "A, B and C were among the states voting for" (the voters are
the subject of the copula the "among" phrase hangs on), and "those voting against included
D, E and F" (the voters are the object of an including verb, the tally words'
``including``: the list ``voterlists.included_list`` reads alike for the stance stage, here
bounded by its clause). Each voter casts the vote: SUPPORT for a vote in favour, REJECT against,
aimed as a vote is (``aims._vote_targets``)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from spacy.tokens import Token

from ..voterlists import clause_verb, included_list, listed
from .parse import _child, _conjuncts, _tok_span
from .records import PloverEvent
from .vocab import QUAD

if TYPE_CHECKING:
    from ..stances.tallies import TallyWords

SPAN = 40  # the furthest "with" before its participle a voter list may stretch
GAP_MARKS = (",", ";")  # the marks after a vote that open its gapped conjuncts
VOTE_WORDS = ("vote", "voting", "abstain")  # a word that opens a vote of its own


def _tally() -> TallyWords:
    """The vote words of ``stance_tallies.tsv``, which the stance stage reads the same lists
    with (imported here: the stance package imports the event vocabulary)."""
    from ..stances.tallies import tally_words

    return tally_words()


class VoteLists:
    """Votes cast by the voters of a participle list. A part of the event coder
    (``coder._Coder``); the methods read its per-document state."""

    events: list[PloverEvent]
    sent_index: int
    sdoc: Any
    mmap: dict[int, str]
    pub: str | None

    def _vote_lists(self, sent: Any) -> None:
        """Code the votes of each group a voting participle of ``sent`` lists."""
        for t in sent:
            if t.lower_ != "voting":  # (the tagger may take it for a noun)
                continue
            side = _side_after(t, sent.end)
            if side is None:
                continue
            etype, end = side
            among = _among_host(t)
            if among is not None:
                subj = _child(among, "nsubj")
                if subj is None:
                    continue
                voters = [a for c in _conjuncts(subj) for a in self.actors(c)]  # type: ignore[attr-defined]
                self._cast(t, etype, voters, subj.i, t.i)
                continue
            span = included_list(self.sdoc, end, sent.end, _tally().including)
            if span is not None:  # "Those voting against included A, B and C"
                self._cast(t, etype, listed(self.mmap, *span), *span)
                continue
            start = self._absolute_with(t, sent.start)
            if start is None:
                continue
            self._cast(t, etype, listed(self.mmap, start + 1, t.i), start + 1, t.i)
            second = self._second_group(end, sent.end)
            if second is not None:
                lo, hi, etype2 = second
                self._cast(t, etype2, listed(self.mmap, lo, hi), lo, hi)

    def _gapped_votes(self, sent: Any) -> None:
        """"A voted in favour, B and C against, and D abstained": after a vote verb with its
        side and a comma or a semicolon, each run of actors that ends on a side word with no
        verb of its own casts that side (the stances' ``tallies._gapped``); a clause verb, a
        vote word or a line's end ends the list."""
        for t in sent:
            if t.lem != "vote" or not clause_verb(t):
                continue
            side = _side_after(t, sent.end)
            if side is None or side[1] >= sent.end or self.sdoc[side[1]].lower_ not in GAP_MARKS:
                continue
            lo = side[1] + 1
            for i in range(lo, sent.end):
                w = self.sdoc[i]
                etype = _gapped_side(self.sdoc, i, sent.end)
                if etype is not None and i - 1 in self.mmap:
                    self._cast(t, etype, listed(self.mmap, lo, i), lo, i)
                    lo = i + 1
                elif clause_verb(w) or w.lem in VOTE_WORDS or "\n" in w.text:
                    break

    def _absolute_with(self, t: Token, floor: int) -> int | None:
        """The "with" opening the absolute clause whose participle ``t`` is: the nearest
        before it, with no verb between and an actor named between."""
        for i in range(t.i - 1, max(floor, t.i - SPAN) - 1, -1):
            w = self.sdoc[i]
            if clause_verb(w) or w.lower_ in (";", ":"):
                return None
            if w.lower_ in _tally().lists:
                if i > 0 and self.sdoc[i - 1].lem in ("vote", "voting", "side"):
                    return None  # ("voting with Republicans": the side, not a clause)
                return i if any(j in self.mmap for j in range(i + 1, t.i)) else None
        return None

    def _second_group(self, end: int, stop: int) -> tuple[int, int, str] | None:
        """"... voting in favour and D and E against": the span of the elided second group
        and its side, where "and" follows the first side's words and the group ends on a
        side word with no verb between."""
        if end >= stop or self.sdoc[end].lower_ != "and":
            return None
        for i in range(end + 1, min(stop, end + SPAN)):
            w = self.sdoc[i]
            if clause_verb(w) or w.lower_ in (",", ";", ":"):
                return None
            if w.lower_ in _tally().against and w.pos_ != "DET":
                return end + 1, i, "REJECT"
            if w.lower_ == "in" and i + 1 < stop and self.sdoc[i + 1].lower_ in _tally().in_favour:
                return end + 1, i, "SUPPORT"
        return None

    def _list_vote_targets(self, src_ids: set[str]) -> list[str]:
        """Whom a listed vote is aimed at, as a vote that names no party is
        (``aims._vote_targets``): the drafter of the story's measure, else the home
        government, else the voters' state."""
        c: Any = self
        own = [a for a in c.owners.get("@proposal", ()) if a not in src_ids and not c._chamber(a)]
        return list(dict.fromkeys(own)) or [
            a for a, _ in c._home_government(src_ids) or c._voters_state(src_ids) if a]

    def _cast(self, t: Token, etype: str, voters: list[str], lo: int, hi: int) -> None:
        """An event of ``etype`` for each voter, aimed as a vote is; a sourceless event the
        coder made of the same participle is dropped."""
        if not voters:
            return
        here = self.sdoc.toks[t.i].idx
        old = [e for e in self.events if e.sentence == self.sent_index and e.trigger is not None
               and e.trigger.start == here]
        self.events[:] = [e for e in self.events if not (e in old and e.source is None)]
        have = {(e.source, e.type) for e in old}
        src_ids = set(voters)
        for a in voters:
            if (a, etype) in have:
                continue
            for b in self._list_vote_targets(src_ids) or [None]:
                ev = PloverEvent(
                    id="", type=etype, mode=None, source=a, target=b, date=self.pub,
                    quad=QUAD[etype], evidence=_tok_span(self.sdoc, min(lo, t.i),
                                                         max(hi, t.i) + 1),
                    trigger=_tok_span(self.sdoc, t.i, t.i + 1),
                    source_text=_tok_span(self.sdoc, lo, hi), rule="votelist:vote",
                    sentence=self.sent_index,
                    date_granularity="day" if self.pub else None)
                dated = next((e for e in old if e.date), None)
                if dated is not None:
                    ev = replace(ev, date=dated.date, date_text=dated.date_text,
                                 date_granularity=dated.date_granularity)
                self.events.append(ev)


OBJECT_POS = ("NOUN", "PROPN", "DET", "PRON", "ADJ", "NUM")  # a side word with an object after


def _side_after(t: Token, stop: int) -> tuple[str, int] | None:
    """The side a voting participle names right after it ("in favour", "for", "yes",
    "against", "no"; an adverb may come first: "voting largely in favour"), with the index
    after its words; else None."""
    doc = t.doc
    i = t.i + 1
    if i < stop and doc[i].pos_ == "ADV" and doc[i].lower_ not in ("against",):
        i += 1
    if i >= stop:
        return None
    w = doc[i].lower_
    if w == "in" and i + 1 < stop and doc[i + 1].lower_ in _tally().in_favour:
        return "SUPPORT", i + 2
    if w in _tally().favour and (i + 1 >= stop or doc[i + 1].pos_ not in OBJECT_POS):
        return "SUPPORT", i + 1  # (not "voting for the bill": a subject is looked for there)
    if w in _tally().against and (i + 1 >= stop or doc[i + 1].pos_ not in OBJECT_POS):
        return "REJECT", i + 1  # (not "voting against his own party")
    return None


def _gapped_side(doc: Any, i: int, stop: int) -> str | None:
    """The side a gapped conjunct's side word at ``i`` names ("B against", "B in favour")."""
    w = doc[i].lower_
    if w in _tally().against and doc[i].pos_ != "DET":
        return "REJECT"
    if w == "in" and i + 1 < stop and doc[i + 1].lower_ in _tally().in_favour:
        return "SUPPORT"
    return None


def _among_host(t: Token) -> Token | None:
    """The copula of "X were among the states voting for" ("among those voting in
    favour"), where ``t`` is the participle (or the noun it modifies is the "among" object)."""
    up = t.head if t.dep_ in ("acl", "relcl") else t
    if up.dep_ != "pobj" or up.head.lower_ not in _tally().among:
        return None
    host = up.head.head
    return host if host.lem == "be" and host.i != up.head.i else None
