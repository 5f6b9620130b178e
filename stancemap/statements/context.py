"""One document as the statement rules see it: paragraphs, sentences, quotations and
actors, with the lookups every rule shares."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..actors.tokens import doc_text, sentences, table
from .lexicon import Rules
from .quotes import QUOTE_CHARS, Quote

SUBJ = ("nsubj", "nsubjpass", "csubj")
SENT_END = {".", "!", "?"}
DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+)*(?:,[^\n]{0,40}?)?(?:\s*\([^)\n]{1,30}\))?"
    r"\s+[-—–]+\s+")
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
        self.keep_that = rules.keep_that
        self.text = doc_text(doc)
        text = self.text
        self.paragraphs = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
        self._para_starts = [s for s, _ in self.paragraphs]
        # paragraph index per token (a space token holding a line break: the paragraph before)
        self._tok_para = [0] * len(doc)
        k = 0
        n_para = len(self._para_starts)
        for i, idx in enumerate(table(doc).idx):
            while k + 1 < n_para and self._para_starts[k + 1] <= idx:
                k += 1
            self._tok_para[i] = k
        # sentences
        self._sent_of = [0] * len(doc)
        self._sents: list[tuple[int, int]] = []
        for k, s in enumerate(sentences(doc)):
            self._sents.append((s.start, s.end - 1))
            self._sent_of[s.start:s.end] = [k] * (s.end - s.start)
        self._mention_map: dict[int, str] = doc._.mention_map or {}
        # every actor mention by start, for "which actor do these words name?"
        self._mentions = sorted((m.start, m.end, a.id) for a in doc._.actors or []
                                for m in a.mentions)
        self._mention_starts = [m[0] for m in self._mentions]
        self._longest_mention = max((m[1] - m[0] for m in self._mentions), default=0)
        self._surnames: dict[str, str | None] | None = None
        self._datelines: dict[int, int | None] | None = None
        self._types: dict[str, str] | None = None
        self._quote_mask: list[tuple[int, int]] = []
        self._quote_marks: set[int] = set()
        self.quotes: list[Quote] = []

    def set_quotes(self, quotes: list[Quote]) -> None:
        self.quotes = quotes
        self._quote_mask = [(q.open, q.close) for q in quotes]
        self._qstarts = [q.open for q in quotes]

    # -- positions ---------------------------------------------------------------------
    def para_of_tok(self, i: int) -> int:
        return self._tok_para[i]

    def para_of_char(self, c: int) -> int:
        return max(0, bisect_right(self._para_starts, c) - 1)

    def sent_bounds(self, i: int) -> tuple[int, int]:
        return self._sents[self._sent_of[i]]

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
        span = self.doc.char_span(cs, ce, alignment_mode="expand")
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
        p = self._tok_para[s.i]
        while lo < s.i and self._tok_para[lo] != p:
            lo += 1
        while hi > s.i and self._tok_para[hi] != p:
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
        while hi > lo and (doc[hi].is_punct or doc[hi].is_space):
            hi -= 1
        while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
            lo += 1
        return doc[lo].idx, doc[hi].idx + len(doc[hi])

    def speakers_of(self, s: Token) -> list[str | None]:
        """Actor ids for a subject token (several for a coordinated or distributive one)."""
        group = self._past_dateline(s)
        if group is None:
            group = [s] + [c for c in s.conjuncts if c.i > s.i]
        else:
            s = group[0]
        if len(group) == 1 and not self.actor(s.i):
            group = self._named_group(s) or group
        elif len(group) > 1:
            group = self._list_before(group[0]) + group
        if len(group) > 1:
            ids = [self.np_actor(g) for g in group]
            real = [x for x in ids if x]
            if len(set(real)) > 1:
                return unique(real)
        plural = self.words.plural_pronouns
        if s.lower_ in self.words.distributive or (s.lower_ in plural and not self.actor(s.i)):
            ante = self._antecedent_group(s)
            if ante:
                return ante
            for c in s.subtree:
                if c.lower_ in self.words.plural_pronouns and self.actor(c.i):
                    return [self.actor(c.i)]
        a = self.np_actor(s)
        return [a]

    def _past_dateline(self, s: Token) -> list[Token] | None:
        """A subject parsed into the dateline ("TROMSO, Norway, May 14 - Norway, Finland and
        Iceland accused ..."): the phrase after the dateline, with its conjuncts."""
        p = self._tok_para[s.i]
        end = self._dateline_end(p)
        if end is None or s.idx >= end:
            return None
        doc = self.doc
        k = s.i
        while k < len(doc) and (doc[k].idx < end or doc[k].is_punct or doc[k].is_space):
            k += 1
        if k >= len(doc) or self._tok_para[k] != p:
            return None
        t = doc[k]
        while t.head.i != t.i and t.head.idx >= end and t.dep_ in (
                "det", "compound", "amod", "nmod", "poss", "nummod", "flat", "case"):
            t = t.head
        if t.pos_ not in ("PROPN", "NOUN", "PRON"):
            return None
        return [t] + [c for c in t.conjuncts if c.i > t.i]

    def _list_before(self, s: Token) -> list[Token]:
        """Names of a list the parser cut off before its subject ("Denmark, [Sweden and
        Estonia] accused ..."), when the list opens the paragraph or follows its dateline."""
        doc = self.doc
        p = self._tok_para[s.i]
        start = self._dateline_end(p) or self.paragraphs[p][0]
        out: list[Token] = []
        k = s.left_edge.i
        while k >= 2 and doc[k - 1].text == "," and self.actor(doc[k - 2].i):
            t = doc[k - 2]
            if t.head.pos_ == "ADP" or self._tok_para[t.i] != p:
                return []
            j = t.i
            aid = self.actor(j)
            while j > 0 and self.actor(j - 1) == aid and not doc[j - 1].is_punct:
                j -= 1
            out.insert(0, t)
            k = j
            b = k - 1
            while b >= 0 and doc[b].is_space:
                b -= 1
            if b < 0 or doc[b].idx + len(doc[b]) <= start:
                return out
        return []

    def _dateline_end(self, p: int) -> int | None:
        if self._datelines is None:
            self._datelines = {}
        if p not in self._datelines:
            ps, pe = self.paragraphs[p]
            m = DATELINE.match(self.text, ps, pe)
            self._datelines[p] = m.end() if m else None
        return self._datelines[p]

    def _named_group(self, s: Token) -> list[Token]:
        """Actors a subject that names none itself enumerates: "Three countries - Italy,
        Poland and the Netherlands -", "mediators from Egypt and Qatar"."""
        for c in s.children:
            if c.i < s.i:
                continue
            head = None
            if c.dep_ == "appos":
                head = c
            elif c.dep_ == "prep" and c.lower_ == "from" and c.i == s.i + 1:
                objs = [k for k in c.children if k.dep_ == "pobj"]
                head = objs[0] if objs else None
            if head is None:
                continue
            group = [head] + [k for k in head.conjuncts if k.i > head.i]
            if all(self.np_actor(g) for g in group):
                return group
        return []

    def np_actor(self, s: Token) -> str | None:
        a = self.actor(s.i)
        if s.pos_ == "NOUN" and s.tag_ == "NN":
            # "African Union envoy for Sudan Grace Achieng": the person the phrase ends with
            r = s.right_edge
            p = self.actor(r.i) if r.i > s.i and r.pos_ == "PROPN" else None
            if p and p != a and self._type(p) == "person" and not any(
                    c.dep_ in ("det", "poss") for c in s.children) and not any(
                    t.pos_ in ("VERB", "AUX") or t.is_punct for t in self.doc[s.i:r.i]):
                return p
        if a:
            return a
        whose = [c for c in s.children if c.dep_ == "poss" and c.lower_ == "whose"]
        if whose:
            # "Slovakia, whose economy minister said X": the relative clause's antecedent
            t = s
            while t.dep_ != "relcl" and t.head.i != t.i:
                t = t.head
            if t.dep_ == "relcl":
                return self.np_actor(t.head)
        # appositions and names inside the phrase ("Its lead negotiator, Faisal al-Harbi")
        for c in s.children:
            if c.dep_ == "appos":
                a = self.actor(c.i) or self.actor(c.right_edge.i)
                if a:
                    return a
        cs, ce = self.np_chars(s)
        for t in s.subtree:
            if t.dep_ in ("compound", "nmod", "amod", "poss") and t.head.i == s.i and (
                    t.dep_ != "poss"):
                a = self.actor(t.i)
                if a:
                    return a
        a = None
        best = 0
        for ms, me, aid in self.mentions_in(cs, ce):
            ov = min(ce, me) - max(cs, ms)
            if ov > best and ms >= cs and me <= ce:
                # a possessor alone ("Clinton's campaign") does not speak unless it is
                # the whole phrase
                best, a = ov, aid
        if a is not None and best >= 0.5 * (ce - cs):
            return a
        if a is None and (s.pos_ == "PROPN" or s.is_title and s.pos_ == "NOUN"):
            a = self._by_surname(s)
            if a is not None:
                return a
        poss = [c for c in s.children if c.dep_ == "poss"]
        if poss and s.lower_ in self.words.state_bodies and poss[0].lower_ in ("his", "her"):
            # "..., his ministry said": the state of the person, not the person
            state = self._state_of(self.actor(poss[0].i))
            if state:
                return state
        if poss and (s.lemma_.lower() in self.spokes or s.lemma_.lower() in self.doc_nouns):
            return self.actor(poss[0].i) or self.np_actor(poss[0])
        if s.lemma_.lower() in self.spokes and not poss:
            # "A bank spokesperson said": the one organisation the text calls a bank
            for c in s.children:
                if c.dep_ == "compound" and c.pos_ == "NOUN" and c.is_lower:
                    org = self._org_by_word(c.lower_)
                    if org:
                        return org
        # "The NATO-led peacekeeping force in Kosovo, KFOR, said": a name in apposition
        # deeper in the phrase
        for t in s.subtree:
            if t.dep_ == "appos" and t.i > s.i and t.pos_ == "PROPN":
                a = self.actor(t.i)
                if a and self._type(a) in ("organization", "person"):
                    return a
        if a is None and s.lemma_.lower() in self.spokes:
            # "Ethiopia rejected the request, with a foreign ministry spokesman saying ...":
            # the unnamed spokesman speaks for the main clause's subject
            w = s.head if s.dep_ == "pobj" else s.head.head if s.dep_ in SUBJ else None
            if w is not None and w.lower_ == "with" and w.dep_ == "prep" and w.head.i < w.i:
                subj = [c for c in w.head.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subj and self.actor(subj[0].i):
                    return self.actor(subj[0].i)
        return a if a is not None and s.lemma_.lower() in self.spokes else None

    def _type(self, aid: str) -> str | None:
        if self._types is None:
            self._types = {a.id: a.type for a in self.doc._.actors or []}
        return self._types.get(aid)

    def _state_of(self, aid: str | None) -> str | None:
        """The country actor of a person actor's state."""
        actors = self.doc._.actors or []
        code = next((a.country for a in actors if a.id == aid and a.type == "person"), None)
        if not code:
            return None
        return next((a.id for a in actors if a.type == "country" and a.country == code), None)

    def _org_by_word(self, word: str) -> str | None:
        """The one organisation actor whose name has this word ("bank": the World Bank)."""
        hits = [a.id for a in self.doc._.actors or []
                if a.type == "organization" and word in a.name.lower().split()]
        return hits[0] if len(hits) == 1 else None

    def _by_surname(self, s: Token) -> str | None:
        """A person's surname the actor stage left unlinked ("Trump said" after "Donald
        Trump"): the one person actor whose name ends with it."""
        if self._surnames is None:
            self._surnames = {}
            for actor in self.doc._.actors or []:
                if actor.type == "person" and len(actor.name.split()) > 1:
                    key = actor.name.split()[-1].lower()
                    self._surnames[key] = None if key in self._surnames else actor.id
        return self._surnames.get(s.text.lower())

    def _antecedent_group(self, s: Token) -> list[str | None]:
        """``the Czech Republic, Finland, Sweden and the UK, each of them ...``."""
        doc = self.doc
        lo = self._sents[max(0, self._sent_of[s.i] - 1)][0]
        for k in range(s.i - 1, lo - 1, -1):
            t = doc[k]
            conj = list(t.conjuncts)
            if conj:
                ids = [self.np_actor(x) for x in sorted([t, *conj], key=lambda x: x.i)]
                real = [x for x in ids if x]
                if len(set(real)) > 1:
                    return unique(real)
        return []

    # -- content spans -----------------------------------------------------------------
    def trim(self, s: int, e: int, drop_mark: bool = False) -> tuple[int | None, int | None]:
        doc = self.doc
        for _ in range(2):
            while s <= e:
                t = doc[s]
                if not (t.is_space or (t.is_punct and not t.is_quote) or (
                        t.is_quote and not self._opens_inside(s, e))):
                    break
                s += 1
            if drop_mark and not self.keep_that and s <= e:
                t = doc[s]
                if t.lower_ == "that" and t.dep_ == "mark":
                    s += 1
        while e >= s:
            t = doc[e]
            if not (t.is_space or t.is_punct or t.lower_ in ("and", "but")):
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
