"""One document as the statement rules see it: paragraphs, sentences, quotations and
actors, with the lookups every rule shares."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..actors.tokens import doc_text, expanded_span, parse, sentences, table
from .lexicon import Rules
from .quotes import QUOTE_CHARS, Quote

SUBJ = ("nsubj", "nsubjpass", "csubj")
SENT_END = {".", "!", "?"}
# What an appeal asks for in one word: "urged caution", "called for calm" report words.


@dataclass
class Found:
    """A statement before ids: token-level anchors and character spans."""

    speakers: list[str | None]
    kind: str
    cue: tuple[int, int] | None  # chars
    content: tuple[int, int]  # chars
    source: tuple[int, int] | None  # chars
    cue_tok: int | None = None  # token index of the cue head (for nesting)
    rule: str = ""
    priority: int = 0  # higher wins ties between overlapping statements
    # the content's pieces when its own attribution breaks it ('"A," she said, "B."')
    fragments: list[tuple[int, int]] = field(default_factory=list)

    def go_on(self, piece: tuple[int, int], broken: bool) -> None:
        """The content goes on in ``piece``: a fragment of its own where the words between
        are not part of it (``broken``: its tag stands there), else one stretch."""
        if broken:
            self.fragments = (self.fragments or [self.content]) + [piece]
        elif self.fragments:
            self.fragments[-1] = (self.fragments[-1][0], piece[1])
        self.content = (self.content[0], piece[1])



def apart(a: Token, b: Token) -> bool:
    """Do tokens ``a`` and ``b`` lie in different paragraphs (a parse across a line break)?"""
    lo, hi = (a, b) if a.i < b.i else (b, a)
    return "\n" in doc_text(a.doc)[lo.idx:hi.idx]


def unique(items: Iterable[str | None]) -> list[str | None]:
    seen: list[str | None] = []
    for x in items:
        if x not in seen:
            seen.append(x)
    if len(seen) > 1 and None in seen:
        seen.remove(None)
    return seen or [None]


def within(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))



class Context:
    """Per-document lookups: paragraphs, sentences, quotations, actors."""

    def __init__(self, doc: Doc, rules: Rules) -> None:
        self.doc = doc
        self.rules = rules
        self.lex = rules.lex
        self.words = rules.words
        self.doc_nouns = rules.doc_nouns
        self.spokes = rules.words.spokes
        self.polnear_spans = rules.polnear_spans
        self.text = doc_text(doc)
        text = self.text
        self.paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
        self._para_starts = [s for s, _ in self.paragraphs]
        # paragraph index per token (a space token holding a line break: the paragraph before)
        self.tok_para = [0] * len(doc)
        k = 0
        n_para = len(self._para_starts)
        for i, idx in enumerate(table(doc).idx):
            while k + 1 < n_para and self._para_starts[k + 1] <= idx:
                k += 1
            self.tok_para[i] = k
        # sentences
        self.sent_of = [0] * len(doc)
        self.sents: list[tuple[int, int]] = []
        for k, s in enumerate(sentences(doc)):
            self.sents.append((s.start, s.end - 1))
            self.sent_of[s.start:s.end] = [k] * (s.end - s.start)
        self._mention_map: dict[int, str] = doc._.mention_map or {}
        # every actor mention by start, for "which actor do these words name?"
        self._mentions = sorted((m.start, m.end, a.id) for a in doc._.actors or []
                                for m in a.mentions)
        self._mention_starts = [m[0] for m in self._mentions]
        self._longest_mention = max((m[1] - m[0] for m in self._mentions), default=0)
        self.surnames: dict[str, str | None] | None = None
        self.datelines: dict[int, int | None] | None = None
        self.types: dict[str, str] | None = None
        self._quote_mask: list[tuple[int, int]] = []
        self._quote_marks: set[int] = set()
        self.quotes: list[Quote] = []
        # the attribution model's cue probability of a word (set by the stage where a model
        # runs; the nested-report choice reads it)
        self.cue_p: Callable[[Token], float] | None = None

    def set_quotes(self, quotes: list[Quote]) -> None:
        self.quotes = quotes
        self._quote_mask = [(q.open, q.close) for q in quotes]
        self._qstarts = [q.open for q in quotes]

    # -- positions ---------------------------------------------------------------------
    def para_of_tok(self, i: int) -> int:
        return self.tok_para[i]

    def para_of_char(self, c: int) -> int:
        return max(0, bisect_right(self._para_starts, c) - 1)

    def sent_bounds(self, i: int) -> tuple[int, int]:
        return self.sents[self.sent_of[i]]

    def in_quote(self, c: int) -> bool:
        k = bisect_right(self._qstarts, c) - 1
        return k >= 0 and self._quote_mask[k][0] < c < self._quote_mask[k][1] - 1

    def quote_at(self, c: int) -> Quote | None:
        k = bisect_right(self._qstarts, c) - 1
        if k >= 0 and self.quotes[k].open <= c < self.quotes[k].close:
            return self.quotes[k]
        return None

    def starts_clause(self, c: int) -> bool:
        """Is the character at ``c`` at the start of a paragraph, sentence or clause?"""
        text = self.text
        k = c - 1
        while k >= 0 and text[k] in " \t\u00a0":
            k -= 1
        if k < 0 or text[k] == "\n":
            return True
        prev = text[k]
        if prev in ".!?:;,—–-(…" or prev in QUOTE_CHARS:
            return True
        return False

    def tok_range(self, cs: int, ce: int) -> tuple[int | None, int | None]:
        span = expanded_span(self.doc, cs, ce)
        if span is None or not len(span):
            return None, None
        return span.start, span.end - 1

    def next_word(self, i: int) -> int | None:
        j = i + 1
        while j < len(self.doc) and (self.doc[j].is_space or self.doc[j].text in (",",)):
            j += 1
        return j if j < len(self.doc) else None

    def comma_between(self, a: int, b: int) -> bool:
        lo, hi = min(a, b), max(a, b)
        return any(self.doc[k].text in (",", ";", "—", "–") for k in range(lo + 1, hi))

    # -- actors ------------------------------------------------------------------------
    def actor(self, i: int) -> str | None:
        return self._mention_map.get(i)  # ``actor_at``, without reading the Doc's extension

    def mentions_in(self, cs: int, ce: int) -> list[tuple[int, int, str]]:
        """Actor mentions overlapping ``text[cs:ce]``: (start, end, actor id)."""
        lo = bisect_left(self._mention_starts, cs - self._longest_mention)
        hi = bisect_left(self._mention_starts, ce)
        return [m for m in self._mentions[lo:hi] if m[1] > cs]

    def actor_for_chars(self, cs: int, ce: int) -> str | None:
        """The actor named by the words ``text[cs:ce]``: one whose mention covers at least
        half of them ("White House" does not make "a White House doctor" the state)."""
        best, a = 0, None
        for s, e, aid in self.mentions_in(cs, ce):
            ov = min(ce, e) - max(cs, s)
            if ov > best:
                best, a = ov, aid
        return a if a is not None and 2 * best >= len(self.text[cs:ce].strip()) else None

    def np_chars(self, s: Token, cue: Token | None = None) -> tuple[int, int]:
        """The words naming a speaker: the subject's phrase (without the relative clause that
        holds the cue, for "X, who said ...")."""
        lo, hi = s.left_edge.i, s.right_edge.i
        doc = self.doc
        p = self.tok_para[s.i]
        while lo < s.i and self.tok_para[lo] != p:
            lo += 1
        while hi > s.i and self.tok_para[hi] != p:
            hi -= 1
        if cue is not None and lo <= cue.i <= hi:
            t = cue
            while t.head.i != t.i and t.head.i != s.i:
                t = t.head
            if t.head.i == s.i:
                if t.i > s.i:
                    hi = t.left_edge.i - 1
                else:
                    lo = t.right_edge.i + 1
            elif cue.i > s.i:
                # a parse that hangs the reported words on the subject ("The release went
                # on: "The Republic acts ...", "acts" read as the release's clause): the
                # speaker's words are the subject's own before the cue
                hi = max(t.i for t in s.subtree if t.i < cue.i)
        flags = parse(doc)  # the words' flags and offsets from the per-Doc tables
        punct, space = flags.is_punct, flags.is_space
        while hi > lo and (punct[hi] or space[hi]):
            hi -= 1
        while lo < hi and (punct[lo] or space[lo]):
            lo += 1
        tab = table(doc)
        return tab.idx[lo], tab.idx[hi] + len(tab.text[hi])

    # -- content spans -----------------------------------------------------------------
    def trim(self, s: int, e: int, drop_mark: bool = False) -> tuple[int | None, int | None]:
        doc = self.doc
        flags = parse(doc)  # the words read from the per-Doc tables, no Token each
        space, punct, quote, dep = flags.is_space, flags.is_punct, flags.is_quote, flags.dep
        lower = table(doc).lower
        for _ in range(2):
            while s <= e:
                if not (space[s] or (punct[s] and not quote[s]) or (
                        quote[s] and not self._opens_inside(s, e))):
                    break
                s += 1
            if drop_mark and not self.polnear_spans and s <= e:
                if lower[s] == "that" and dep[s] == "mark":
                    s += 1
        while e >= s:
            if not (space[e] or punct[e] or lower[e] in ("and", "but")):
                break
            e -= 1
        if s > e:
            return None, None
        return s, e

    def _opens_inside(self, s: int, e: int) -> bool:
        q = self.quote_at(self.doc[s].idx)
        return q is not None and q.open == self.doc[s].idx and q.close <= self.doc[e].idx + len(
            self.doc[e]) + 3

    def fit_quotes(self, cs: int, ce: int) -> tuple[int, int]:
        """Extend a content that stops inside a quotation to its closing mark."""
        text = self.text
        q = self.quote_at(ce - 1)
        if q is not None and q.open < ce and q.end >= ce and q.open >= cs - 1 and q.closed:
            if q.open >= cs:
                return cs, q.close
        # a content starting just inside a quotation: include the opening mark
        return cs, ce if ce <= len(text) else len(text)

    def kind_of(self, cs: int, ce: int) -> str:
        text = self.text[cs:ce]
        k = bisect_left(self._qstarts, cs - 1)
        inside = []
        while k < len(self.quotes) and self.quotes[k].open <= ce + 1:
            if self.quotes[k].close <= ce + 1:
                inside.append(self.quotes[k])
            k += 1
        if not inside and not any(c in text for c in "\"“”«»„"):
            return "indirect"
        if len(inside) == 1 and inside[0].start <= cs + 1 and inside[0].end >= ce - 1:
            return "direct"
        return "mixed"
