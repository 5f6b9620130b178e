"""Event coder: backing told as an adjunct of another act ("the bill passed with the votes of A,
B and C", "the text, drafted by France with the backing of the United States", "cleared with
Germany's support"). The backers are in no subject or object the verb rules read; each named
actor backs the act: SUPPORT, aimed as a vote is (``votelists._list_vote_targets``: the
drafter of the story's measure, else the home government). The prepositions and nouns are the
``lists`` and ``carried_by`` classes of ``data/stance_tallies.tsv``, which the stance stage reads
the same phrase with (``stances/tallies.py``: the votes that carried a text support it)."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Token

from .parse import _tok_span
from .records import PloverEvent
from .vocab import QUAD
from .votelists import _tally

#: the parts of speech of a backer's mention: a name (not a pronoun the coreference stage
#: mapped, nor a common noun a looser reading took for an actor)
NAME_POS = ("PROPN",)


class Backers:
    """Actors that back an act "with the votes of" them. A part of the event coder
    (``coder._Coder``); the methods read its per-document state."""

    events: list[PloverEvent]
    sent_index: int
    sdoc: Any
    mmap: dict[int, str]
    pub: str | None

    def _backed_with(self, sent: Any) -> None:
        """Code a SUPPORT for each actor named as the owner of a backing noun under a backing
        preposition of ``sent``."""
        words = _tally()
        for t in sent:
            if t.lower_ not in words.lists or t.dep_ != "prep":
                continue
            noun = next((c for c in t.children if c.dep_ == "pobj"), None)
            if noun is None or noun.lem not in words.carried_by or noun.i in self.mmap:
                continue
            if self._describes_actor(t.head):
                continue
            backers = self._backers(noun)
            if backers:
                self._back(t, noun, backers)

    def _backers(self, noun: Token) -> list[str]:
        """The actors ``noun`` belongs to: its possessor or modifier ("Germany's support",
        "U.S. backing"), or the actors of its "of" phrase and the list the parse hangs beside
        it ("the votes of A, B and C"), leaving out actors named inside a nested "of" phrase
        of a word that is no actor ("19 members of the X party") or inside a relative clause."""
        found = [self.mmap[c.i] for c in noun.children
                 if c.dep_ in ("poss", "compound") and c.i in self.mmap]
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None:
            return list(dict.fromkeys(found))
        for i in range(of.i + 1, noun.right_edge.i + 1):
            tok = self.sdoc[i]
            if i in self.mmap and tok.pos_ in NAME_POS and self._owned_by(tok, noun, of):
                found.append(self.mmap[i])
        return list(dict.fromkeys(found))

    def _describes_actor(self, verb: Token) -> bool:
        """Is ``verb`` in a relative clause on an actor ("the president, who was elected with
        X's backing")? Then the backing is the actor's background, no act of this story."""
        cur = verb
        while cur.dep_ in ("conj", "xcomp") and cur.head.i != cur.i:
            cur = cur.head
        return cur.dep_ in ("relcl", "acl") and cur.head.i in self.mmap

    def _owned_by(self, tok: Token, noun: Token, of: Token) -> bool:
        """Is ``tok`` (in the subtree of ``noun``) one of its owners, not a word of a nested
        "of" phrase of a non-actor or of a clause?"""
        cur = tok
        while cur.i != noun.i:
            if cur.dep_ in ("relcl", "acl", "advcl", "ccomp"):
                return False
            if cur.dep_ == "prep" and cur.lower_ == "of" and cur.i != of.i and (
                    cur.head.i not in self.mmap):
                return False
            if cur.head.i == cur.i:
                return False
            cur = cur.head
        return True

    def _back(self, prep: Token, noun: Token, backers: list[str]) -> None:
        have = {(e.source, e.type) for e in self.events if e.sentence == self.sent_index}
        c: Any = self
        for a in backers:
            if (a, "SUPPORT") in have:
                continue
            targets = [b for b in c._list_vote_targets(set(backers)) if b != a]
            for b in targets or [None]:
                self.events.append(PloverEvent(
                    id="", type="SUPPORT", mode=None, source=a, target=b, date=self.pub,
                    quad=QUAD["SUPPORT"],
                    evidence=_tok_span(self.sdoc, prep.i, noun.right_edge.i + 1),
                    trigger=_tok_span(self.sdoc, noun.i, noun.i + 1),
                    source_text=None, rule="backers:with", sentence=self.sent_index,
                    date_granularity="day" if self.pub else None))
