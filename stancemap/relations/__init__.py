"""The signed actor network: who stands positively or negatively toward whom.

The stage runs after events and reads what the earlier stages left on the Doc (actors and
``mention_map``, statements, propositions and stances, events) plus the parse. It never edits
an earlier layer. Candidates come from three places (``basis``):

- ``statement`` (:mod:`.parse`): a verb of the lexicon with actor X as subject and actor Y as
  object or prepositional target ("X praised Y", "X sided with Y", "X accused Y of ..."), a
  relation noun ("X's criticism of Y"), a naming verb ("X called Y a liar"), and reported
  speech: statement speaker X, content whose subject is actor Y with an evaluative predicate
  ("Lavrov said Macron was reckless"), its VADER valence giving the sign, negation flipping it;
- ``stance`` (:mod:`.layers`): X's stance on a proposition that is Y's position ("rejected
  Macron's idea"), or that actor Y put forward earlier in the document;
- ``event`` (:mod:`.layers`): a PLOVER event with source X and target Y, cooperation positive,
  conflict negative.

Last (``_balanced``), within one sentence, whoever stands against actor Y stands against those
Y backs ("Democrats said Trump was too friendly with Putin": basis ``statement``).

One relation is kept per (source, target, polarity, sentence); when several bases give it,
stance wins over event (the more specific reading: "rejected Macron's idea" is a REJECT event
too), and event over statement (a coded PLOVER event is the more structured record).
Relations are numbered r1, r2, ... in text order of their evidence.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc

from ..actors.parts import counted_part
from ..actors.tokens import doc_text, expanded_span, sentences, table
from ..actors.tokens import parse as parse_table
from ..model import Relation, Span
from .lexicon import NEGATIVE, POSITIVE, WORDS, Lexicon, load_lexicon

if not Doc.has_extension("relations"):
    Doc.set_extension("relations", default=None)

FIRST_PERSON = WORDS["first_person"]
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
BASIS_PRIORITY = {"stance": 0, "event": 1, "statement": 2}
#: Where a name inside a longer mention stands for its own actor ("Trump's aide", "a Trump
#: critic").
NESTED_NAME_DEPS = frozenset({"poss", "compound"})

__all__ = ["RelationStage", "build_relations", "Candidate", "Collector", "token_actors"]


@dataclass(frozen=True)
class Candidate:
    source: str
    target: str
    polarity: str
    basis: str
    start: int
    end: int


class Collector:
    """Gathers candidates and keeps one per (source, target, polarity, sentence)."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        sents = sentences(doc)
        self.sent_starts = [s.start_char for s in sents]
        self.sent_ends = [s.end_char for s in sents]
        self.found: list[Candidate] = []

    def sentence_of(self, char: int) -> int:
        return max(0, bisect_right(self.sent_starts, char) - 1)

    def sentence_bounds(self, char: int) -> tuple[int, int]:
        """Start and end offsets of the sentence holding ``char``."""
        n = self.sentence_of(char)
        return self.sent_starts[n], self.sent_ends[n]

    def add(self, source: str | None, target: str | None, polarity: str | None, basis: str,
            start: int, end: int) -> None:
        if not source or not target or source == target or polarity is None:
            return
        start, end = self._trim(start, end)
        if end > start:
            self.found.append(Candidate(source, target, polarity, basis, start, end))

    def _trim(self, start: int, end: int) -> tuple[int, int]:
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and self.text[end - 1].isspace():
            end -= 1
        return start, end

    def relations(self) -> list[Relation]:
        best: dict[tuple[str, str, str, int], Candidate] = {}
        for c in self.found:
            key = (c.source, c.target, c.polarity, self.sentence_of(c.start))
            old = best.get(key)
            if old is None or BASIS_PRIORITY[c.basis] < BASIS_PRIORITY[old.basis]:
                best[key] = c
        ordered = sorted(_consistent(best), key=lambda c: (c.start, c.end, c.source, c.target,
                                                           c.polarity))
        return [Relation(f"r{n}", c.source, c.target, c.polarity, c.basis,
                         Span(c.start, c.end, self.text[c.start:c.end]))
                for n, c in enumerate(ordered, 1)]


def _consistent(best: dict[tuple[str, str, str, int], Candidate]) -> list[Candidate]:
    """The kept candidates, less those of a sentence that reads a pair both ways ("Y's false
    attacks aren't surprising"): when the most specific basis of a (source, target,
    sentence) gives both polarities, the sentence says nothing sure about the pair."""
    signs: dict[tuple[str, str, int], dict[int, set[str]]] = {}
    for (src, tgt, pol, sent), c in best.items():
        signs.setdefault((src, tgt, sent), {}).setdefault(BASIS_PRIORITY[c.basis], set()).add(pol)
    out = []
    for (src, tgt, _pol, sent), c in best.items():
        by_basis = signs[(src, tgt, sent)]
        top = min(by_basis)
        if len(by_basis[top]) > 1:
            continue
        if BASIS_PRIORITY[c.basis] == top or c.polarity in by_basis[top]:
            out.append(c)
    return out


def token_actors(doc: Doc) -> dict[int, str]:
    """Token index -> actor, the shortest mention covering the token winning: in "Bill
    Donohue, a frequent critic of President Obama" the long mention is Donohue's, but
    "Obama" stays Obama's (``doc._.mention_map`` keeps one actor per token)."""
    spans = []
    for actor in doc._.actors or []:
        for m in actor.mentions:
            span = expanded_span(doc, m.start, m.end)
            if span is not None:
                spans.append((span.end - span.start, span.start, span.end, actor.id))
    out: dict[int, str] = dict(doc._.mention_map or {})
    for _, start, end, ident in sorted(spans, reverse=True):
        for i in range(start, end):
            out[i] = ident
    _first_person(doc, out)
    _nested_names(doc, out)
    _counted_parts(doc, out)
    return out


def _counted_parts(doc: Doc, out: dict[int, str]) -> None:
    """A counted part of a party or body ("22 Democrats joined Republicans", "several EPP
    members") is not the party: its words stand for no actor here (``actors/parts.py``, the
    rule the stance and event stages use)."""
    mmap = doc._.mention_map or {}
    actors = {a.id: a for a in doc._.actors or []}
    tab = table(doc)
    for i in [i for i in out if tab.tag[i] in PLURAL_TAGS or tab.pos[i] == "NUM"]:
        if counted_part(doc[i], mmap, actors):
            ident = out.pop(i)
            for c in doc[i].children:
                if c.dep_ == "compound" and out.get(c.i) == ident:
                    del out[c.i]


def _nested_names(doc: Doc, out: dict[int, str]) -> None:
    """A name inside another actor's mention names its own actor: in "Mick Mulvaney,
    Trump's chief of staff" and "John Kasich, a Trump critic" the long mention is the
    bearer's, "Trump" is Trump's (the actor whose name ends in the word, when exactly one
    does)."""
    last: dict[str, set[str]] = {}
    for actor in doc._.actors or []:
        if actor.name.split():
            last.setdefault(actor.name.split()[-1], set()).add(actor.id)
    dep, tab = parse_table(doc).dep, table(doc)  # the per-Doc tables: no Token per mapped word
    for i, ident in list(out.items()):
        if dep[i] in NESTED_NAME_DEPS and tab.pos[i] == "PROPN":
            owners = last.get(tab.text[i], set()) - {ident}
            if len(owners) == 1:
                out[i] = next(iter(owners))


def _first_person(doc: Doc, out: dict[int, str]) -> None:
    """"I" and "we" inside a statement's content stand for its speaker ("'We will fight
    them,' X said"), where the actor stage left them unmapped."""
    lower = table(doc).lower
    for st in doc._.statements or []:
        if not st.speaker:
            continue
        content = expanded_span(doc, st.content.start, st.content.end)
        for i in range(content.start, content.end) if content is not None else ():
            if lower[i] in FIRST_PERSON and i not in out:
                out[i] = st.speaker


def build_relations(doc: Doc, lexicon: Lexicon | None = None) -> list[Relation]:
    """The relations of a Doc that has been through the actor ... event stages."""
    from .layers import from_events, from_stances
    from .parse import from_parse, from_speech

    lex = lexicon or load_lexicon()
    col = Collector(doc)
    mmap = token_actors(doc)
    from_parse(doc, lex, col, mmap)
    from_speech(doc, lex, col, mmap)
    from_stances(doc, lex, col, mmap)
    from_events(doc, col)
    _balanced(col)
    return col.relations()


def _balanced(col: Collector) -> None:
    """Who stands against an actor stands against those that actor backs in the same
    sentence ("Democrats said Trump was too friendly with Putin": the Democrats against
    Putin; "Holder, a friend of the president, battled Republicans": the Republicans
    against the president). Of structural balance's four closures only this one held on
    SEESAW train's first half (3 right of 3; 1 of 3 on the second half); the enemy of an
    enemy as a friend, the friend of a friend as a friend and the enemy of a friend as an
    enemy were right 2 times of 8 on the first half and 0 of 7 on the second."""
    by_sentence: dict[int, list[Candidate]] = {}
    for c in col.found:
        by_sentence.setdefault(col.sentence_of(c.start), []).append(c)
    for cands in by_sentence.values():
        backed = [c for c in cands if c.polarity == POSITIVE]
        for against in (c for c in cands if c.polarity == NEGATIVE):
            for back in backed:
                if back.source == against.target and back.target != against.source:
                    start, end = col.sentence_bounds(against.start)
                    col.add(against.source, back.target, NEGATIVE, "statement", start, end)


class RelationStage:
    """Sets ``doc._.relations`` (see the module docstring)."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon or load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        doc._.relations = build_relations(doc, self.lexicon)
        return doc
