"""Event coder: the votes of a tally told in a "with" clause. "The house approved the tax by
241 votes to 198, with A, B and C voting in favour and D and E against": each party named
before "voting in favour" (or "for") cast a vote for the measure (SUPPORT), each named after
"and" before a closing "against" a vote against it (REJECT), as "A voted for it; D voted
against" would be coded (dev32, dev33). The parse of such a clause is unreliable (the
participle tagged a noun, the second group a conjunct of "favour"), so the clause is read
from its words. The votes are aimed as other votes on a measure whose drafter the sentence
does not name (``aims._vote_targets``): the drafter of the story's measure, else the
government the story names, else the voters' state. Applied after the events are coded; it
adds events, one per party and side."""

from __future__ import annotations

from typing import Any

from .parse import _Tok, _tok_span
from .records import PloverEvent
from .vocab import QUAD

#: the words after "voting" that say which side the first group took
FOR_WORDS = {("in", "favour"): "SUPPORT", ("in", "favor"): "SUPPORT", ("for",): "SUPPORT",
             ("against",): "REJECT"}
#: "voting for it": the measure, named by a pronoun after the side
OBJECT_PRONOUNS = frozenset({"it", "them"})
#: what may follow the side of the first group: its end ("against his party" names no measure)
GROUP_ENDS = frozenset({"and", ",", ".", ";"})
#: the word that closes the second group ("and D and E against") and its side
CLOSING_WORDS = {"against": "REJECT", "for": "SUPPORT"}


class VoteTallies:
    """Votes told in the "with" clause of a tally. A part of the event coder
    (``coder._Coder``)."""

    sdoc: Any
    mmap: dict[int, str]
    owners: dict[str, list[str]]
    pub: str | None
    _chamber: Any
    _home_government: Any
    _voters_state: Any

    def _tally_votes(self, evs: list[PloverEvent]) -> None:
        """Add the votes of each "with A voting in favour and B against" clause of the
        document that no event of the same party and side in the sentence codes already."""
        for n, sent in enumerate(self.sdoc.sents):
            toks = list(sent)
            for side, group, trig in _tally_groups(toks):
                voters = [a for a in dict.fromkeys(
                    self.mmap[t.i] for t in group if t.i in self.mmap)]
                have = {e.source for e in evs if e.sentence == n and e.type == side}
                for a in voters:
                    if a in have:
                        continue
                    ev = self._tally_event(side, a, group, trig, n)
                    evs.append(ev)

    def _tally_event(self, side: str, voter: str, group: list[_Tok], trig: _Tok, n: int
                     ) -> PloverEvent:
        target = self._tally_target(voter)
        return PloverEvent(
            id="", type=side, mode=None, source=voter, target=target, date=self.pub,
            quad=QUAD[side], evidence=_tok_span(self.sdoc, group[0].i, trig.i + 1),
            trigger=_tok_span(self.sdoc, trig.i, trig.i + 1),
            source_text=_tok_span(self.sdoc, group[0].i, group[-1].i + 1),
            date_granularity="day" if self.pub else None, rule=f"tally:{trig.lower_}",
            sentence=n)

    def _tally_target(self, voter: str) -> str | None:
        src = {voter}
        found = [a for a in self.owners.get("@proposal", ())
                 if a not in src and not self._chamber(a)] or [
            a for a, _ in self._home_government(src) or self._voters_state(src)]
        return found[0] if found else None


def _tally_groups(toks: list[_Tok]) -> list[tuple[str, list[_Tok], _Tok]]:
    """(side, the tokens naming the voters, the trigger word) of each group of a "with ...
    voting in favour and ... against" clause in a sentence's tokens."""
    words = [t.lower_ for t in toks]
    out: list[tuple[str, list[_Tok], _Tok]] = []
    for w in (i for i, x in enumerate(words) if x == "with"):
        v = next((i for i in range(w + 1, len(words)) if words[i] == "voting"), None)
        if v is None or any(x in (";", ".", "with") for x in words[w + 1:v]):
            continue
        side, after = None, v + 1
        for key, kind in FOR_WORDS.items():
            if tuple(words[v + 1:v + 1 + len(key)]) == key:
                side, after = kind, v + 1 + len(key)
                break
        if side is None:
            continue
        if after < len(words) and words[after] in OBJECT_PRONOUNS:
            after += 1  # "voting for it"
        if after < len(words) and words[after] not in GROUP_ENDS:
            continue  # "voting against his own party": a vote on a party, no tally
        out.append((side, [t for t in toks[w + 1:v] if t.dep_ != "poss"], toks[v]))
        if after < len(words) and words[after] == "and":
            close = next((i for i in range(after + 1, len(words))
                          if words[i] in CLOSING_WORDS or words[i] in (",", ";", ".")), None)
            if close is not None and words[close] in CLOSING_WORDS and (
                    CLOSING_WORDS[words[close]] != side) and close > after + 1:
                out.append((CLOSING_WORDS[words[close]], [
                    t for t in toks[after + 1:close] if t.dep_ != "poss"], toks[close]))
    return out
