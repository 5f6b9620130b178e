"""The statement stage: who said (or thinks, or wants) what.

``StatementStage()(doc)`` sets ``doc._.statements`` to a list of ``model.Statement``: a
speaker (an actor id from the actor stage, or None), a kind (``direct`` = all in quotation
marks, ``indirect`` = reported, ``mixed``), the cue that introduces it, the content, and the
words naming the speaker (``source``).

How it works, in linear passes over the text and the parse spaCy already made:

1. **Quotations.** Quotation marks of every style ("" “” ‘’ «» „“ and ``''``) are paired per
   paragraph. A quotation still open at the end of a paragraph goes on when the next paragraph
   opens with a quotation mark (a quote over several paragraphs); otherwise it ends there.
2. **Direct quotes.** A quotation is attributed by the reporting clause after it
   (``"...," Lavrov noted`` / ``"...," said X``), before it (``X said: "..."``), a colon
   (``X was blunt: "..."``, ``X: "..."``) or a dash (``"..." - X``). A quotation with no
   attribution of its own that goes on after a statement's tag in the same paragraph
   (``"A," he said, "B."``, ``"A," he said. "B."``, ``X, he said. "B."``), or fills the next
   paragraph, extends that statement: ONE statement whose content runs from the start of A to
   the end of B (PolNeAR annotates these as one attribution; the gold files split ``"A," he
   said. "B."`` in two, which ``StatementStage(join_quotes=False)`` does).
3. **Reported speech, beliefs and intentions.** A cue from ``data/cues.tsv`` (verbs, verb +
   particle phrases, nouns with a that-clause) and its complement in the dependency parse: a
   that-clause (``said [that] X`` -> X), a to-infinitive with its object (``urged Kiev to X``),
   an object with its complement (``criticized X for Y``, ``labeling it Y``), a prepositional
   complement (``cautioned against X``). Participial cues (``..., arguing that X``) take the
   subject of the clause they hang on. A statement that is mixed carries quotation marks in its
   content.
4. **Attributions without a speech verb**: ``according to X, ...``, headline or transcript
   labels ``X: ...``.
5. **Speakers** are the subject of the cue (climbing through participles, conjoined verbs and
   relative clauses) mapped to actors with ``actor_at`` (and the actors' mentions), so pronouns and
   descriptions resolved by the actor stage's coreference give the actor. A coordinated subject
   ("France, Britain and Germany warned ...", "..., each of them insisting ...") gives one
   statement per actor, with the same content; so does a subject that enumerates actors
   ("Three countries - A, B and C -", "mediators from A and B") or a list the parser left in
   the dateline ("CITY, Country, May 14 - A, B and C accused ..."). A cue conjoined to the
   clause another cue reports ("said X and accused Y of Z") is the first cue's speaker's;
   "whose minister said" speaks for the relative clause's antecedent; "according to a
   statement from X" is X's.
6. **Not statements**: an act with a bare object ("defended the idea", "pushed for a deal",
   ``act`` in ``data/statement_words.tsv``) or a counted one ("announced $5 million in aid");
   a drafted text as subject ("a resolution demanding X", and "It" for it in the next
   sentence; ``document`` words); "declined to say whether X".

A statement whose cue lies inside another statement's content or source is dropped:
attributions do not nest (PolNeAR's rule), and a cue inside a quotation belongs to the quoted
speaker's words. Content spans follow the gold files: ``said that X`` gives X (``keep_that=True``
keeps "that", as PolNeAR does), a direct quote is what the marks enclose, a mixed one is the
whole reported clause with its quoted fragment, and non-restrictive material closing it
(", which ...", an apposition, a dash) is left out.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc, Token

from .actors.sources import add_source_actor
from .actors.tokens import doc_text, sentences, table
from .model import Span, Statement

__all__ = [
    "Cue", "Lexicon", "Quote", "StatementStage", "find_quotes", "load_lexicon", "load_words",
    "parse_lexicon",
]

CUE_CLASSES = ("speech", "belief", "intention", "according")
FRAMES = ("clause", "inf", "obj", "objcomp", "prep")


# --------------------------------------------------------------------------------------------
# The cue lexicon


@dataclass(frozen=True)
class Cue:
    """One line of ``cues.tsv``."""

    text: str
    type: str  # verb | phrase | noun | source
    cls: str  # speech | belief | intention | according
    frames: frozenset[str] = frozenset()


@dataclass
class Lexicon:
    """Cues by how they are looked up."""

    verbs: dict[str, Cue] = field(default_factory=dict)  # lemma -> cue
    phrases: dict[tuple[str, str], Cue] = field(default_factory=dict)  # (lemma, particle)
    nouns: dict[str, Cue] = field(default_factory=dict)  # lemma -> cue
    sources: list[tuple[tuple[str, ...], Cue]] = field(default_factory=list)  # words -> cue

    def add(self, cue: Cue) -> None:
        words = tuple(cue.text.lower().split())
        if cue.type == "verb":
            self.verbs.setdefault(words[0], cue)
        elif cue.type == "phrase" and len(words) == 2:
            self.phrases.setdefault((words[0], words[1]), cue)
        elif cue.type == "noun":
            self.nouns.setdefault(words[0], cue)
        elif cue.type == "source":
            if all(words != w for w, _ in self.sources):
                self.sources.append((words, cue))
        else:
            raise ValueError(f"unknown cue type {cue.type!r} for {cue.text!r}")


def parse_lexicon(text: str) -> Lexicon:
    """Read the ``cues.tsv`` format (see the file's header)."""
    lex = Lexicon()
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 3:
            raise ValueError(f"cues line {n}: expected cue<TAB>type<TAB>class[<TAB>frames]")
        cue, typ, cls = parts[0].strip(), parts[1].strip(), parts[2].strip()
        if cls not in CUE_CLASSES:
            raise ValueError(f"cues line {n}: unknown class {cls!r}")
        frames = frozenset(f.strip() for f in parts[3].split(",") if f.strip()) if len(
            parts) > 3 else frozenset()
        bad = frames - set(FRAMES)
        if bad:
            raise ValueError(f"cues line {n}: unknown frames {sorted(bad)}")
        if typ in ("verb", "phrase") and not frames:
            frames = frozenset({"clause"})
        lex.add(Cue(cue, typ, cls, frames))
    return lex


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """The cue lexicon: ``stancemap/data/cues.tsv``, or the file at ``path``."""
    if path is None:
        text = resources.files("stancemap").joinpath("data", "cues.tsv").read_text("utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return parse_lexicon(text)


@lru_cache(maxsize=1)
def load_words() -> dict[str, frozenset[str]]:
    """``data/statement_words.tsv``: the stage's other word lists, by list name."""
    text = resources.files("stancemap").joinpath("data", "statement_words.tsv").read_text(
        "utf-8")
    lists: dict[str, set[str]] = {"spokes": set(), "utter": set(), "nolabel": set(),
                                  "document": set(), "act": set()}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, _, name = line.partition("\t")
        lists.setdefault(name.strip(), set()).add(word.strip().lower())
    return {k: frozenset(v) for k, v in lists.items()}


# --------------------------------------------------------------------------------------------
# Quotations

_DOUBLE_OPEN = {"“": "”", "„": "“", "«": "»", "»": "«", "”": "”", '"': '"', "``": "''",
                "''": "''", "〝": "〞", "「": "」", "『": "』"}
_SINGLE_OPEN = {"‘": "’", "'": "'", "‚": "‘", "‹": "›", "›": "‹"}
_CLOSERS_DOUBLE = set("”“\"»«〞」』") | {"''"}
_CLOSERS_SINGLE = set("’'‘›‹")
_OPEN_BEFORE = set(" \t\n\r([{<—–-/\u00a0") | set("“‘«„‚")
QUOTE_CHARS = set("\"“”„«»‘’‚‹›'`〝〞「」『』")
_QUOTE_CHAR = re.compile("[" + re.escape("".join(sorted(QUOTE_CHARS))) + "]")


@dataclass
class Quote:
    """A top-level quotation: marks at ``open`` and ``close - len(mark)``; inner text is
    ``text[start:end]``. ``closed`` is False when the text never closed it (it then ends
    with its last paragraph)."""

    open: int
    start: int
    end: int
    close: int
    closed: bool = True
    paragraphs: int = 1


def _mark_at(text: str, i: int) -> str:
    c = text[i]
    if c in "'`" and i + 1 < len(text) and text[i + 1] == c:
        return c + c
    return c


def _opens(text: str, i: int, mark: str) -> bool:
    """Could the mark at ``i`` open a quotation (preceded by space or start, word after)?"""
    before = text[i - 1] if i > 0 else " "
    j = i + len(mark)
    after = text[j] if j < len(text) else " "
    return (before in _OPEN_BEFORE or i == 0) and not after.isspace()


def _closes(text: str, i: int, mark: str) -> bool:
    """Could the mark at ``i`` close a quotation (not followed by a letter)?"""
    j = i + len(mark)
    after = text[j] if j < len(text) else " "
    before = text[i - 1] if i > 0 else " "
    return not before.isspace() or after.isspace() or not after.isalnum()


def find_quotes(text: str) -> list[Quote]:
    """Top-level quotations in ``text``, in order; never raises on unbalanced marks."""
    quotes: list[Quote] = []
    pending: Quote | None = None  # open at the end of the previous paragraph
    pos = 0
    n = len(text)
    paragraphs: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\n]+", text):
        paragraphs.append((m.start(), m.end()))
    for ps, pe in paragraphs:
        i = ps
        while i < pe and text[i].isspace():
            i += 1
        inside: str | None = None  # the closing marks family: "d" or "s"
        cur: Quote | None = None
        if pending is not None:
            mark = _mark_at(text, i) if i < pe else ""
            first_mark = _mark_at(text, pending.open)
            if mark and mark in _DOUBLE_OPEN and _same_style(mark, first_mark) and not _label_at(
                    text, i + len(mark), pe):
                cur = pending
                cur.paragraphs += 1
                inside = "d"
                i += len(mark)
            else:
                _finish(pending, text, pos)
                quotes.append(pending)
            pending = None
        while i < pe:
            found = _QUOTE_CHAR.search(text, i, pe)
            if found is None:
                break
            i = found.start()
            mark = _mark_at(text, i)
            if inside is None:
                if mark in _DOUBLE_OPEN and _opens(text, i, mark):
                    cur = Quote(open=i, start=i + len(mark), end=i + len(mark), close=i + len(
                        mark))
                    inside = "d"
                elif mark in _SINGLE_OPEN and _opens(text, i, mark) and _single_closes_later(
                        text, i + 1, pe):
                    cur = Quote(open=i, start=i + 1, end=i + 1, close=i + 1)
                    inside = "s"
            elif inside == "d":
                if (mark in _CLOSERS_DOUBLE or mark == "”") and _closes(text, i, mark):
                    assert cur is not None
                    cur.end, cur.close = i, i + len(mark)
                    if cur.end > cur.start and text[cur.start:cur.end].strip():
                        quotes.append(cur)
                    cur, inside = None, None
            elif inside == "s":
                if mark in _CLOSERS_SINGLE and _closes(text, i, mark) and (
                        i + 1 >= n or not text[i + 1].isalnum()):
                    assert cur is not None
                    cur.end, cur.close = i, i + 1
                    if cur.end > cur.start and text[cur.start:cur.end].strip():
                        quotes.append(cur)
                    cur, inside = None, None
            i += len(mark)
        if cur is not None:
            if inside == "d":
                pending = cur
                pos = pe
            # an unclosed single quote is an apostrophe after all: forget it
    if pending is not None:
        _finish(pending, text, pos)
        quotes.append(pending)
    quotes.sort(key=lambda q: q.open)
    return quotes


def _same_style(a: str, b: str) -> bool:
    """Do two opening marks belong to the same style (a quotation goes on only in its own)?"""
    straight = {'"', "''", "``"}
    return (a in straight) == (b in straight)


def _finish(q: Quote, text: str, end: int) -> None:
    """Close an unbalanced quotation at ``end`` (end of its last paragraph)."""
    while end > q.start and text[end - 1].isspace():
        end -= 1
    q.end = q.close = end
    q.closed = False


def _single_closes_later(text: str, i: int, pe: int) -> bool:
    for j in range(i, pe):
        if text[j] in "’'" and text[j - 1] not in " \t" and (
                j + 1 >= len(text) or not text[j + 1].isalnum()):
            return True
    return False


_HEADLINE_TAG = re.compile(
    r"\s*(?P<content>[^\n]{10,}?),\s+(?P<name>[A-Z][^,\n]{1,70}?)\s+(?P<cue>[A-Z][a-z]+)\.?[ \t]*$")
_LABEL = re.compile(r"[A-Z][A-Z.'’\- ]{1,40}:\s")


def _label_at(text: str, i: int, pe: int) -> bool:
    """Does a transcript speaker label ("PENCE: ...") start at ``i``?"""
    return _LABEL.match(text, i, pe) is not None


# --------------------------------------------------------------------------------------------
# The stage


@dataclass
class _Found:
    """A statement before ids: token-level anchors and character spans."""

    speakers: list[str | None]
    kind: str
    cue: tuple[int, int] | None  # chars
    content: tuple[int, int]  # chars
    source: tuple[int, int] | None  # chars
    cue_tok: int | None = None  # token index of the cue head (for nesting)
    rule: str = ""
    priority: int = 0  # higher wins ties between overlapping statements


_SUBJ = ("nsubj", "nsubjpass", "csubj")
_REL = {"who", "that", "which", "whom", "whose"}
_DISTRIBUTIVE = {"each", "both", "all", "either", "neither"}
_PLURAL_PRON = {"they", "them", "we", "us"}
_EXPLETIVE = {"it", "there", "this", "that", "what", "which"}
_BAD_OBJ = {"it", "this", "that", "so", "nothing", "something", "anything", "what", "which",
            "much", "more", "little", "one", "lot"}
_TIME_PREP_OBJ = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                  "today", "tonight", "week", "month", "year", "morning", "afternoon",
                  "evening", "night", "time", "day"}
_CONTENT_PREPS = {"over", "about", "against", "for", "of", "as", "on", "with", "into", "toward",
                  "towards", "from"}
_PREP_FRAME = {"against", "for", "of", "about", "on", "over", "with", "to", "that"}
_SENT_END = {".", "!", "?"}
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+)*(?:,[^\n]{0,40}?)?(?:\s*\([^)\n]{1,30}\))?"
    r"\s+[-—–]+\s+")
# What an appeal asks for in one word: "urged caution", "called for calm" report words.
_APPEAL_NOUNS = {"caution", "restraint", "calm", "patience", "dialogue", "moderation"}
_STATE_BODY_NOUNS = {"ministry", "government", "office", "department"}
_WITHHOLD = {"decline", "refuse"}  # "declined to say whether X": nothing is said
_CHARGE_VERBS = {"accuse", "suspect", "convict"}  # "accused X of <noun>": the charge
_DASHES = {"―", "—", "–", "-", "--", "―-"}

class StatementStage:
    """Finds statements; sets ``doc._.statements``. Needs the actor stage's layers."""

    def __init__(self, lexicon: Lexicon | None = None, join_quotes: bool = True,
                 keep_that: bool = False) -> None:
        """``join_quotes``: a quotation that goes on after its reporting clause in a new
        sentence (``"A," he said. "B."``) extends the same statement (PolNeAR's convention);
        False makes B a statement of its own (the gold files' convention).
        ``keep_that``: keep the complementizer in ``said that X`` (PolNeAR's spans); by
        default the content is X (the gold files' convention)."""
        self.lex = lexicon or load_lexicon()
        self.words = load_words()
        self.join_quotes = join_quotes
        self.keep_that = keep_that
        self.doc_nouns = frozenset(self.lex.nouns)
        self.source_first = {w[0]: [(ws, c) for ws, c in self.lex.sources if ws[0] == w[0]]
                             for w, _ in self.lex.sources}
        # lemmas that can be a verb, phrase or noun cue (``_reported`` reads no other token)
        self.cue_lemmas = frozenset(self.lex.verbs) | frozenset(
            w for w, _ in self.lex.phrases) | self.doc_nouns

    # -- entry ---------------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        if not len(doc):
            doc._.statements = []
            return doc
        ctx = _Context(doc, self.doc_nouns, self.keep_that, self.words["spokes"])
        quotes = find_quotes(text)
        ctx.set_quotes(quotes)
        found: list[_Found] = []
        used_cues: set[int] = set()
        found += self._direct(ctx, quotes, used_cues)
        found += self._labels(ctx)
        found += self._reported(ctx, used_cues)
        found += self._according(ctx)
        self._continuations(ctx, quotes, found)
        doc._.statements = self._finish(ctx, found)
        return doc

    # -- direct quotations ----------------------------------------------------------------
    def _direct(self, ctx: _Context, quotes: list[Quote], used: set[int]) -> list[_Found]:
        out: list[_Found] = []
        for q in quotes:
            first, last = ctx.tok_range(q.open, q.close)
            if first is None or last is None:
                continue
            f = self._label_in_quote(ctx, q, first, last)
            if f is None:
                tag = self._tag_after(ctx, q, last)
                if tag is not None:
                    f = self._make(ctx, tag[0], "direct", (q.start, q.end), "quote-tag",
                                   priority=3)
                    used.add(tag[0].i)
            if f is None:
                pre = self._tag_before(ctx, q, first)
                if pre is not None and pre[0].i in used and out and out[-1].cue_tok == pre[0].i:
                    # "A," he said, "B.": B goes on with A's statement
                    out[-1].content = (out[-1].content[0], q.end)
                    continue
                if pre is not None:
                    cue_tok, colon = pre
                    f = self._make(ctx, cue_tok, "direct", (q.start, q.end), "quote-pre",
                                   priority=3, colon=colon)
                    if not colon:
                        used.add(cue_tok.i)
            if f is None:
                f = self._dash_after(ctx, q, last)
            if f is not None:
                out.append(f)
        return out

    def _continuations(self, ctx: _Context, quotes: list[Quote], found: list[_Found]) -> None:
        """Quotations with no attribution of their own that go on from a statement earlier in
        the same paragraph (``"A," he said after the meeting. "B."``, ``X, he said. "B."``):
        the statement's content is extended to their end (PolNeAR: one attribution)."""
        doc = ctx.doc
        extra: list[_Found] = []
        # statements by start, with the furthest end so far, to see what covers a quotation
        order = sorted(found, key=lambda f: f.content[0])
        starts = [f.content[0] for f in order]
        reach: list[int] = []
        for f in order:
            reach.append(max(f.content[1], reach[-1] if reach else 0))
        by_para: dict[int, list[_Found]] = {}
        for f in found:
            by_para.setdefault(ctx.para_of_char(f.content[0]), []).append(f)
        for q in quotes:
            k = bisect_left(starts, q.end) - 1
            if k >= 0 and reach[k] > q.start:
                j = k
                while j >= 0 and reach[j] > q.start and not (
                        order[j].content[0] <= q.start < order[j].content[1] or
                        q.start <= order[j].content[0] < q.end):
                    j -= 1
                if j >= 0 and reach[j] > q.start:
                    continue
            if not ctx.starts_clause(q.open):
                continue
            para = ctx.para_of_char(q.open)
            prev = self._previous_paragraph_quote(ctx, q, by_para.get(para - 1, []))
            if prev is not None:
                prev.content = (prev.content[0], q.end)
                continue
            best: _Found | None = None
            best_end = -1
            for f in by_para.get(para, []):
                if f.cue_tok is None or f.rule in ("label", "according"):
                    continue
                end = max(f.content[1], f.cue[1] if f.cue else 0, f.source[1] if f.source
                          else 0)
                if end <= q.open and ctx.para_of_char(f.content[0]) == para and end > best_end:
                    best, best_end = f, end
            if best is None:
                continue
            # nobody else speaks in between
            gap = ctx.tok_range(best_end, q.open)
            other = False
            if gap[0] is not None and gap[1] is not None:
                for t in doc[gap[0]:gap[1] + 1]:
                    if t.idx < best_end or t.idx >= q.open:
                        continue
                    if (t.is_quote and t.idx != q.open) or (
                            self._verb_cue(t) is not None and t.pos_ == "VERB" and
                            t.i != best.cue_tok and (t.dep_ in ("ROOT", "conj", "ccomp") or
                                                     t.tag_ == "VBG")):
                        other = True
                        break
            if other:
                continue
            if not self.join_quotes and any(c in ctx.text[best_end:q.open] for c in ".!?"):
                extra.append(_Found(list(best.speakers), "direct", best.cue, (q.start, q.end),
                                    best.source, best.cue_tok, "quote-more", 3))
                continue
            best.content = (best.content[0], q.end)
            if best.kind != "direct":
                best.kind = "mixed"
        found.extend(extra)

    def _previous_paragraph_quote(self, ctx: _Context, q: Quote, found: list[_Found]
                                  ) -> _Found | None:
        """A paragraph that is only a quotation, right after a paragraph that ends with a
        direct quote and its tag: the same speaker goes on (``"A," he said.`` / ``"B."``)."""
        text = ctx.text
        p = ctx.para_of_char(q.open)
        if p == 0 or ctx.paragraphs[p][0] != q.open or not q.closed or _mark_at(
                text, q.open) not in _DOUBLE_OPEN or len(text[q.start:q.end].split()) < 6:
            return None  # not a quoted paragraph (a heading in single quotes, a phrase)
        if text[q.close:ctx.paragraphs[p][1]].strip():
            return None  # more than the quotation in this paragraph
        ps, pe = ctx.paragraphs[p - 1]
        best = None
        for f in found:
            if f.kind == "direct" and f.cue is not None and ps <= f.content[0] and (
                    f.cue[1] <= pe) and f.rule in ("quote-tag", "quote-pre"):
                if best is None or f.content[1] > best.content[1]:
                    best = f
        if best is None:
            return None
        end = max(best.content[1], best.cue[1] if best.cue else 0,
                  best.source[1] if best.source else 0)
        tail = text[end:pe].strip().strip("\"”’'")
        if len(tail) > 2 and not re.fullmatch(r"[,.;:!?]?\s*\w*\.?", tail):
            return None  # the paragraph goes on after the tag: another sentence
        return best

    def _tag_after(self, ctx: _Context, q: Quote, last: int) -> tuple[Token, int] | None:
        """``"...," X said`` / ``"...," said X``: the cue verb and the tag's last token."""
        doc = ctx.doc
        text = ctx.text
        if not ctx.starts_clause(q.open):
            return None  # `accept "zero enrichment," calling X`: a quotation inside a clause
        para = ctx.para_of_char(q.close - 1) if q.close > 0 else 0
        inner = text[q.start:q.end].rstrip()
        end_mark = inner[-1:] if inner else ""
        i = last + 1
        while i < len(doc) and doc[i].is_space and "\n" not in doc[i].text:
            i += 1
        if i >= len(doc) or ctx.para_of_tok(i) != para or doc[i].is_space:
            return None
        if doc[i].text == ",":
            i += 1
        elif end_mark not in (",", "?", "!", ".", "…", "—", "–", "-"):
            return None
        elif doc[i].text in _SENT_END | {":", ";"} or doc[i].is_quote:
            return None
        while i < len(doc) and doc[i].is_space and "\n" not in doc[i].text:
            i += 1
        if i >= len(doc):
            return None
        if end_mark == "." and not (doc[i].is_lower or self._verb_cue(doc[i])):
            return None  # `"...." The next sentence` is no tag
        if doc[i].pos_ in ("SCONJ", "CCONJ") or doc[i].tag_ in ("WRB", "IN") or doc[
                i].lower_ in ("as", "when", "while", "after", "before", "because", "if"):
            return None  # `"...," when Clinton blasted him` is no tag
        limit = 8 if end_mark in ("?", "!", ".") else 24
        words = 0
        verb = None
        j = i
        while j < len(doc) and words <= limit:
            t = doc[j]
            if t.is_space:
                if "\n" in t.text:
                    break
                j += 1
                continue
            if ctx.para_of_tok(j) != para or t.is_quote or ctx.in_quote(t.idx):
                break
            if t.text in _SENT_END or t.text == ";":
                break
            cue = self._verb_cue(t)
            if cue is not None and cue.cls in ("speech", "belief") and (
                    t.tag_.startswith("VB") or t.pos_ in ("VERB", "AUX")):
                verb = t
                break
            if t.pos_ == "VERB" and t.dep_ in ("ROOT", "ccomp", "conj"):
                return None
            words += 1
            j += 1
        if verb is None:
            return None
        if verb.tag_ == "VBG":
            return None  # `accept "zero enrichment," calling X Y` is no tag
        # the tag ends at the sentence end, a new quote or the paragraph end
        e = verb.i + 1
        while e < len(doc):
            t = doc[e]
            if t.is_quote or ctx.in_quote(t.idx) or (t.is_space and "\n" in t.text):
                break
            if t.text in _SENT_END:
                e += 1
                break
            e += 1
        # the tag must not carry a content of its own after the verb
        for c in verb.children:
            if c.dep_ == "ccomp" and verb.i < c.i < e and not ctx.in_quote(c.idx) and not any(
                    k.dep_ == "mark" and k.lower_ != "that" for k in c.children) and not (
                    ctx.comma_between(verb.i, c.left_edge.i)):
                return None
        return verb, e - 1

    def _tag_before(self, ctx: _Context, q: Quote, first: int) -> tuple[Token, bool] | None:
        """``X said: "..."``, ``X said, "..."``, ``X was blunt: "..."``."""
        doc = ctx.doc
        i = first - 1
        crossed = False
        while i >= 0 and doc[i].is_space:
            crossed = crossed or "\n" in doc[i].text
            i -= 1
        if i < 0 or (crossed and doc[i].text != ":"):
            return None  # only a colon introduces a quotation in the next paragraph
        punct = doc[i].text
        para = ctx.para_of_tok(i)
        if punct in (":", ","):
            j = i - 1
        else:
            j = i
        # look back for a cue verb in the same clause
        steps = 0
        while j >= 0 and steps < 10:
            t = doc[j]
            if ctx.para_of_tok(j) != para or t.text in _SENT_END or t.is_quote or t.text == ";":
                break
            cue = self._verb_cue(t)
            if cue is not None and cue.cls in ("speech", "belief") and (
                    t.tag_.startswith("VB") or t.pos_ in ("VERB", "AUX") or t.lower_ in (
                        "said", "says")) and t.dep_ not in ("amod", "compound"):
                between = doc[t.i + 1:first]
                if any(b.dep_ == "mark" or b.lower_ in ("that", "if", "whether") for b in
                       between):
                    return None
                if punct not in (":", ",") and not (q.end - q.start > 40 and doc[first + 1:
                                                   first + 2].text[:1].isupper()):
                    return None
                return t, False
            if t.pos_ in ("VERB",) and t.dep_ not in ("amod", "compound", "acl", "advcl",
                                                      "xcomp", "pcomp", "relcl"):
                break
            steps += 1
            j -= 1
        if punct == ":" and i > 0:
            colon = doc[i]
            head = colon.head
            subj = [c for c in head.children if c.dep_ in _SUBJ and c.i < i]
            if subj and ctx.para_of_tok(subj[0].i) == para:
                return colon, True
            # "Canadian Environment Minister Paul Leblanc: "..."": a name and a colon
            k = i - 1
            while k >= 0 and ctx.para_of_tok(k) == para and doc[k].text not in _SENT_END and (
                    not doc[k].is_quote) and i - k <= 10:
                k -= 1
            np = [t for t in doc[k + 1:i] if not t.is_space]
            if np and not any(t.pos_ in ("VERB", "AUX") for t in np) and (
                    ctx.actor(np[-1].i) or np[-1].pos_ == "PROPN"):
                return colon, True
        return None

    def _dash_after(self, ctx: _Context, q: Quote, last: int) -> _Found | None:
        """``"..." ― Name`` (a dash and a name closing the line)."""
        text = ctx.text
        n = len(text)
        pos = q.close
        while pos < n and text[pos] in " \t\u00a0":
            pos += 1
        if pos >= n or text[pos] not in "―—–-":
            return None
        dash_s = pos
        while pos < n and text[pos] in "―—–-":
            pos += 1
        dash_e = pos
        while pos < n and text[pos] in " \t\u00a0":
            pos += 1
        eol = text.find("\n", pos)
        eol = n if eol < 0 else eol
        name = text[pos:eol]
        cut = len(name)
        for sep in (",", "(", ";"):
            k = name.find(sep)
            if 0 < k < cut:
                cut = k
        name = name[:cut].rstrip(" .\u00a0\t")
        words = name.split()
        if not words or len(words) > 6 or not all(w[:1].isupper() or w[:1] == "@" or w in (
                "de", "van", "von", "da", "bin", "al") for w in words):
            return None
        ns, ne = pos, pos + len(name)
        speaker = ctx.actor_for_chars(ns, ne)
        cue_tok = ctx.tok_range(dash_s, dash_e)[0]
        return _Found([speaker], "direct", (dash_s, dash_e), (q.start, q.end), (ns, ne),
                      cue_tok, "quote-dash", 3)

    def _label_in_quote(self, ctx: _Context, q: Quote, first: int, last: int) -> _Found | None:
        """A transcript paragraph inside quotation marks: ``"PENCE: Well, ..."``."""
        m = _LABEL.match(ctx.text, q.start, q.end)
        if m is None:
            return None
        label_end = q.start + m.group(0).index(":")
        return self._label_found(ctx, q.start, label_end, q.end)

    def _label_found(self, ctx: _Context, ls: int, le: int, end: int) -> _Found | None:
        label = ctx.text[ls:le].strip()
        if not label or label.split()[0].lower().strip(".'’") in self.words["nolabel"]:
            return None
        cs = le + 1
        while cs < end and ctx.text[cs].isspace():
            cs += 1
        if cs >= end:
            return None
        speaker = ctx.actor_for_chars(ls, le)
        return _Found([speaker], "direct", (le, le + 1), (cs, end), (ls, le), None, "label", 2)

    def _labels(self, ctx: _Context) -> list[_Found]:
        """Headline and transcript labels: ``Pence: Gennifer Flowers Won't ...``."""
        out = []
        doc, text = ctx.doc, ctx.text
        for ps, pe in ctx.paragraphs:
            if ctx.in_quote(ps):
                continue
            h = _HEADLINE_TAG.match(text, ps, pe)
            if h is not None and self._verb_cue_word(h.group("cue")):
                # a headline "Clinton Hid Health Problems, Former Doctor Says."
                cs, ce = h.span("content")
                ns, ne = h.span("name")
                cue_tok = ctx.tok_range(*h.span("cue"))[0]
                out.append(_Found([ctx.actor_for_chars(ns, ne)], "indirect", h.span("cue"),
                                  (cs, ce), (ns, ne), cue_tok, "headline", 2))
                continue
            m = re.match(r"\s*([^:\n]{2,40}?):\s+\S", text[ps:pe])
            if m is None:
                continue
            ls, le = ps + m.start(1), ps + m.end(1)
            toks = ctx.tok_range(ls, le)
            if toks[0] is None or toks[1] is None:
                continue
            words = [t for t in doc[toks[0]:toks[1] + 1] if not t.is_punct]
            if not words or len(words) > 5 or not all(
                    t.is_title or t.is_upper or t.pos_ == "PROPN" or t.lower_ in ("of", "the")
                    for t in words):
                continue
            if any(t.like_num for t in words):
                continue
            end = pe
            while end > le and text[end - 1] in " .":
                end -= 1
            f = self._label_found(ctx, ls, le, end)
            if f is not None:
                f.kind = "indirect"
                out.append(f)
        return out

    # -- reported speech ------------------------------------------------------------------
    def _verb_cue_word(self, word: str) -> bool:
        w = word.lower()
        for form in (w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("ed") else w,
                     w[:-1] if w.endswith("ed") else w):
            if form in self.lex.verbs:
                return True
        return w in ("said", "told")

    def _verb_cue(self, t: Token) -> Cue | None:
        cue = self.lex.verbs.get(t.lemma_.lower())
        if cue is None and t.lower_ in ("says", "said"):
            cue = self.lex.verbs.get("say")
        return cue

    def _phrase_cue(self, t: Token) -> tuple[Cue, Token] | None:
        doc = t.doc
        for c in t.children:
            if c.dep_ in ("prep", "prt") and c.i > t.i and c.i - t.i <= 2:
                cue = self.lex.phrases.get((t.lemma_.lower(), c.lower_))
                if cue is not None:
                    return cue, c
        for c in doc[t.i + 1:min(len(doc), t.i + 3)]:
            # "called for footage to be released": the particle parsed as a clause's mark
            if c.dep_ == "mark" and c.head.head.i == t.i:
                cue = self.lex.phrases.get((t.lemma_.lower(), c.lower_))
                if cue is not None:
                    return cue, c
        if t.i + 1 < len(doc):
            nxt = doc[t.i + 1]
            cue = self.lex.phrases.get((t.lemma_.lower(), nxt.lower_))
            if cue is not None and nxt.dep_ in ("prep", "prt", "agent"):
                return cue, nxt
        return None

    def _reported(self, ctx: _Context, used: set[int]) -> list[_Found]:
        out: list[_Found] = []
        doc = ctx.doc
        tab = table(doc)
        cue_lemmas = self.cue_lemmas
        for i, (lemma, lower) in enumerate(zip(tab.lemma, tab.lower, strict=True)):
            # only a cue lemma (or "says"/"said") can start a report: skip the rest unread
            if lemma not in cue_lemmas and lower not in ("says", "said"):
                continue
            if i in used or ctx.in_quote(tab.idx[i]):
                continue
            t = doc[i]
            if t.pos_ in ("VERB", "AUX") or t.tag_.startswith("VB") or (
                    t.lower_ in ("says", "said") and t.pos_ != "PROPN"):
                if t.dep_ in ("amod", "compound") or t.tag_ == "VBN" and t.dep_ in ("acl",):
                    continue
                phrase = self._phrase_cue(t)
                if phrase is not None:
                    cue, part = phrase
                    f = self._from_verb(ctx, t, cue, part)
                    if f is not None:
                        out.extend(f)
                        continue
                cue = self._verb_cue(t)
                if cue is not None:
                    f = self._from_verb(ctx, t, cue, None)
                    if f is not None:
                        out.extend(f)
            elif t.pos_ == "NOUN":
                cue = self.lex.nouns.get(t.lemma_.lower())
                if cue is not None:
                    f = self._from_noun(ctx, t, cue)
                    if f is not None:
                        out.extend(f)
        return out

    def _from_verb(self, ctx: _Context, v: Token, cue: Cue, part: Token | None
                   ) -> list[_Found] | None:
        if any(c.dep_ == "auxpass" for c in v.children):
            return None  # passive: "is expected to", "was told"
        if v.dep_ in ("advcl", "xcomp", "acl", "relcl") and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in v.children) and (
                self._verb_cue(v.head) is None or self._withheld(v)):
            return None  # "marched to demand X", "declined to say": no report of words
        frames = cue.frames
        if any(c.dep_ == "neg" for c in v.children):
            frames = frames & {"clause", "inf"}  # "did not announce a pledge"
        if v.lemma_ in _WITHHOLD and any(
                c.dep_ == "xcomp" and c.i > v.i and self._withheld(c) for c in v.children):
            return None  # "declined to say whether X": nothing said
        content = self._content(ctx, v, frames, part)
        if content is None:
            return None
        cs, ce = content
        cue_end = (part or v)
        f = self._make(ctx, v, "indirect", (cs, ce), "cue-" + cue.cls,
                       cue_chars=(v.idx, cue_end.idx + len(cue_end)), priority=1)
        if f is None or self._document_subject(ctx, v, f.speakers):
            return None
        return [f]

    def _from_noun(self, ctx: _Context, n: Token, cue: Cue) -> list[_Found] | None:
        comp = None
        for c in n.children:
            if c.i <= n.i:
                continue
            if c.dep_ in ("acl", "ccomp") and c.pos_ in ("VERB", "AUX"):
                kids = list(c.children)
                if any(k.dep_ == "mark" and k.lower_ == "that" for k in kids) and any(
                        k.dep_ in _SUBJ + ("expl", "nsubjpass") for k in kids):
                    comp = c
                    break
                if any(k.dep_ == "aux" and k.lower_ == "to" for k in kids) and c.i == n.i + 2:
                    comp = c
                    break
        if comp is None:
            return None
        # the speaker: "Trump's claim that", "X made the claim that"
        subj_tok = None
        for c in n.children:
            if c.dep_ == "poss":
                subj_tok = c
        if subj_tok is not None and subj_tok.lower_ in ("its", "their", "his", "her") and (
            n.dep_ == "dobj"
        ):
            # "Baku renewed its demand that ...": the subject who owns the demand
            subj = self._subject(n.head)
            if subj and ctx.actor(subj[0].i):
                subj_tok = subj[0]
        if subj_tok is None and n.dep_ in ("dobj",) and n.head.lemma_ in self.words["utter"]:
            subj = self._subject(n.head)
            subj_tok = subj[0] if subj else None
        if subj_tok is None:
            return None
        s, e = ctx.trim(comp.left_edge.i, comp.right_edge.i, drop_mark=True)
        if s is None or e is None:
            return None
        speakers = ctx.speakers_of(subj_tok)
        src = ctx.np_chars(subj_tok)
        doc = ctx.doc
        return [_Found(speakers, "indirect", (n.idx, n.idx + len(n)),
                       (doc[s].idx, doc[e].idx + len(doc[e])), src, n.i, "noun", 1)]

    def _content(self, ctx: _Context, v: Token, frames: frozenset[str], part: Token | None
                 ) -> tuple[int, int] | None:
        """Character span of the reported content of cue verb ``v``."""
        kids = [c for c in v.children]
        after = [c for c in kids if c.i > (part.i if part is not None else v.i)]
        if part is not None:
            # "called for X", "called on X to Y", "pointed out that X"
            if part.dep_ == "mark":
                return self._span(ctx, part.i + 1, part.head.right_edge.i, anchor=v)
            objs = [c for c in part.children if c.dep_ in ("pobj", "pcomp")]
            if objs:
                start = objs[0]
                end = max([start.right_edge.i] + [c.right_edge.i for c in after if c.dep_ in (
                    "xcomp", "ccomp") and c.i > start.i])
                if end == start.right_edge.i and v.lemma_ in self.words["act"] and (
                        self._bare_np(ctx, start)):
                    return None  # "pushed for a deal": no words reported
                return self._span(ctx, start.left_edge.i, end, anchor=v)
            comp = [c for c in after if c.dep_ in ("ccomp", "dobj", "xcomp")]
            if comp:
                return self._span(ctx, comp[0].left_edge.i, comp[-1].right_edge.i, mark=True,
                                  anchor=v)
            return None
        # 1. a clause
        if "clause" in frames:
            para = ctx.para_of_tok(v.i)
            ccomps = [c for c in kids if c.dep_ == "ccomp" and ctx.para_of_tok(c.i) == para]
            for c in sorted(ccomps, key=lambda c: (c.i < v.i, c.i)):
                if c.i < v.i < c.right_edge.i:
                    # "X, he said, Y": the tag inside the clause; the whole stretch
                    if self._parenthetical(ctx, v):
                        span = self._span(ctx, c.left_edge.i, c.right_edge.i, anchor=v)
                        if span is not None:
                            return span
                    continue
                if c.i < v.i and not self._fronted_ok(ctx, c, v):
                    continue
                if c.i > v.i and v.dep_ == "ccomp" and ctx.in_quote(c.idx):
                    continue
                span = self._clause_span(ctx, c, v)
                if span is not None:
                    return span
            for o in after:
                # "told the forum he was X": the reported clause parsed as a relative clause
                if o.dep_ in ("dobj", "dative") and ctx.para_of_tok(o.i) == para:
                    for r in o.children:
                        if r.dep_ == "relcl" and r.i > o.i and any(
                                k.dep_ in ("nsubj", "nsubjpass") and k.lower_ not in _REL
                                for k in r.children) and (
                                r.left_edge.lower_ not in _REL - {"that"}):
                            span = self._span(ctx, r.left_edge.i, r.right_edge.i, mark=True,
                                              anchor=v)
                            if span is not None:
                                return span
            if v.dep_ in ("conj", "parataxis") and v.head.i < v.i and self._conj_fronted(
                    ctx, v):
                # "Trump could embrace X, Sen. Graham told The Huffington Post"
                subj = self._subject(v)
                end = subj[0].left_edge.i - 1
                span = self._span(ctx, v.head.left_edge.i, end, anchor=v)
                if span is not None:
                    return span
            if v.dep_ in ("parataxis", "advcl", "ccomp") and v.head.i != v.i and (
                    v.head.pos_ in ("VERB", "AUX")) and self._parenthetical(ctx, v) and (
                    self._subject(v)):
                # "All of which, he said, would help X" (the tag hangs on the clause)
                h = v.head
                span = self._span(ctx, h.left_edge.i, h.right_edge.i, anchor=v)
                if span is not None:
                    return span
            # "said, adding that": the clause is parsed as the verb's dobj sometimes
            for c in after:
                if c.dep_ in ("dobj",) and c.pos_ in ("VERB", "AUX") and any(
                        k.dep_ in _SUBJ for k in c.children):
                    return self._clause_span(ctx, c, v)
        # 2. a to-infinitive, with the object before it ("urged Kiev to X")
        if "inf" in frames:
            for c in after:
                if c.dep_ in ("xcomp", "ccomp") and any(
                        k.dep_ == "aux" and k.lower_ == "to" for k in c.children):
                    objs = [o for o in after if o.dep_ in ("dobj", "dative") and o.i < c.i]
                    start = objs[0].left_edge.i if objs else c.left_edge.i
                    return self._span(ctx, start, c.right_edge.i, anchor=v)
                if c.dep_ == "ccomp" and "clause" in frames:
                    return self._clause_span(ctx, c, v)
        objs = [c for c in after if c.dep_ in ("dobj", "oprd", "attr") and c.lower_ not in
                _REL]
        rel_obj = any(c.dep_ == "dobj" and c.lower_ in _REL for c in kids) or (
            v.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in kids))
        # 3. an object with its complement ("criticized X for Y", "called X Y")
        if "objcomp" in frames:
            comps = [c for c in after if c.dep_ in ("oprd", "xcomp", "ccomp") or (
                c.dep_ == "prep" and c.lower_ in ("as", "for", "of", "to", "with") and (
                    objs or rel_obj)) or (c.dep_ == "dobj" and len(objs) > 1 and c is not
                                          objs[0])]
            comps = [c for c in comps if not ctx.comma_between(v.i, c.i) or ctx.in_quote(
                c.idx)]
            if objs and comps and comps[-1].i > objs[0].i:
                start = objs[0].left_edge.i
                if objs[0].lower_ in _BAD_OBJ | {"him", "her", "them"} and objs[0].i != comps[
                        -1].i:
                    start = objs[0].left_edge.i
                end = max(c.right_edge.i for c in comps)
                return self._span(ctx, start, end, anchor=v)
            if objs and objs[0].dep_ == "dobj" and any(
                    k.dep_ == "prep" and (k.lower_ == "as" or k.lower_ in ("of", "for") and any(
                        g.dep_ == "pcomp" or g.pos_ == "VERB" or (
                            v.lemma_.lower() in _CHARGE_VERBS and g.dep_ == "pobj")
                        for g in k.children))
                    for k in objs[0].children):
                # "accused the judges of protecting X": the complement hangs on the object
                end = max([objs[0].right_edge.i] + [c.right_edge.i for c in comps])
                return self._span(ctx, objs[0].left_edge.i, end, anchor=v)
            if rel_obj and comps:
                c = comps[0]
                s = c.left_edge.i + (1 if c.dep_ == "prep" else 0)
                return self._span(ctx, s, c.right_edge.i, anchor=v)
            if objs and objs[0].dep_ == "oprd" or (objs and rel_obj):
                return self._span(ctx, objs[0].left_edge.i, objs[0].right_edge.i, anchor=v)
        # 4. a noun phrase object
        if "obj" in frames:
            for c in after:
                if c.dep_ in ("xcomp", "ccomp", "dobj") and c.tag_ == "VBG" and c.i == v.i + 1:
                    # "proposed dropping carried interest"
                    return self._span(ctx, c.left_edge.i, c.right_edge.i, anchor=v)
            for o in objs:
                if o.dep_ != "dobj" or o.lower_ in _BAD_OBJ or o.pos_ == "PRON":
                    continue
                if (self._bare_np(ctx, o, strict=v.lemma_ not in self.words["act"]) and (
                        o.lower_ not in _APPEAL_NOUNS)) or self._quantity(o):
                    continue  # "defended the idea", "announced $120 million in aid": acts
                end = o.right_edge.i
                for c in after:
                    if c.i > end and (c.dep_ == "xcomp" or c.dep_ == "prep" and (
                            c.lower_ in _CONTENT_PREPS) and not self._temporal(c) and not any(
                            k.dep_ == "pobj" and k.pos_ == "PRON" for k in c.children)) and (
                            not ctx.comma_between(end, c.i)):
                        end = max(end, c.right_edge.i)
                return self._span(ctx, o.left_edge.i, end, anchor=v)
        # 5. a prepositional complement ("cautioned against X")
        if "prep" in frames:
            for c in after:
                if c.dep_ == "prep" and c.lower_ in _PREP_FRAME and not self._temporal(c) and (
                        c.i == v.i + 1 or not ctx.comma_between(v.i, c.i)):
                    if any(k.dep_ in ("pobj", "pcomp") for k in c.children):
                        inf = [x for x in after if x.i > c.right_edge.i and x.dep_ in (
                            "xcomp", "advcl") and any(k.dep_ == "aux" and k.lower_ == "to"
                                                      for k in x.children)]
                        if c.lower_ == "to" and inf:
                            # "appealed to the G7 to release the assets": on to the infinitive
                            return self._span(ctx, c.i, inf[0].right_edge.i, anchor=v)
                        return self._span(ctx, c.i, c.right_edge.i, anchor=v)
                if c.dep_ == "advcl" and any(k.dep_ == "mark" and k.lower_ == "for" and
                                             k.i == v.i + 1 for k in c.children):
                    # "appealed for donors to close the gap"
                    return self._span(ctx, v.i + 1, c.right_edge.i, anchor=v)
        return None

    @staticmethod
    def _bare_np(ctx: _Context, o: Token, strict: bool = False) -> bool:
        """Is object ``o`` a bare noun phrase that reports no words? ``strict``: a lone word
        ("condemned violence"); else also a determiner and a noun ("condemned the strikes").
        Quoted words always report."""
        if ctx.in_quote(o.idx):
            return False
        words = [x for x in o.subtree if not x.is_punct and not x.is_space]
        if strict:
            return len(words) < 2
        return o.pos_ in ("NOUN", "PROPN") and len([x for x in words if x.dep_ != "det"]) < 2

    @staticmethod
    def _quantity(o: Token) -> bool:
        """An object that counts or prices something ("$120 million in aid", "500 troops"):
        an act, not words."""
        first = o.left_edge
        return first.ent_type_ in ("MONEY", "QUANTITY", "CARDINAL") or first.like_num or (
            first.text in ("$", "€", "£"))

    @staticmethod
    def _temporal(prep: Token) -> bool:
        objs = [k for k in prep.children if k.dep_ == "pobj"]
        return bool(objs) and (objs[0].ent_type_ in ("DATE", "TIME") or
                               objs[0].lower_ in _TIME_PREP_OBJ)

    def _from_verb_ok(self, t: Token) -> bool:
        """Could cue verb ``t`` (inside another report) make a statement of its own?"""
        cue = self._verb_cue(t)
        return cue is not None and any(
            c.dep_ in ("ccomp", "dobj", "xcomp", "oprd", "prep") and c.i > t.i
            for c in t.children)

    def _fronted_ok(self, ctx: _Context, c: Token, v: Token) -> bool:
        """A reported clause before its cue: ``The economy is weak, he said.``"""
        doc = ctx.doc
        # the clause must end right before the tag: "X, he said" / "X, said Y"
        j = c.right_edge.i + 1
        while j < v.i and (doc[j].is_punct or doc[j].is_space):
            j += 1
        if j < v.i and not any(doc[k].text == "," or doc[k].is_quote
                               for k in range(c.right_edge.i + 1, j)):
            return False  # "The revelation set off fireworks: Republicans said X"
        subj = self._subject(v)
        if j == v.i:
            return True
        return bool(subj) and subj[0].i >= j

    def _conj_fronted(self, ctx: _Context, v: Token) -> bool:
        """``Clause, X told Y.``: a tag parsed as a conjunct of the clause it reports."""
        doc = ctx.doc
        subj = [c for c in v.children if c.dep_ == "nsubj" and c.i < v.i]
        if not subj or any(c.dep_ in ("ccomp", "xcomp") for c in v.children):
            return False
        s0 = subj[0].left_edge.i
        if s0 == 0 or doc[s0 - 1].text != "," or any(
                c.dep_ == "cc" and c.i < v.i for c in v.children) or any(
                c.dep_ == "cc" and s0 - 2 <= c.i < s0 for c in v.head.children):
            return False
        # the tag closes the sentence
        for k in range(v.i + 1, len(doc)):
            t = doc[k]
            if t.text in _SENT_END or "\n" in t.text:
                return True
            if t.pos_ == "VERB" or t.text in (",", ";", ":"):
                return False
        return True

    def _parenthetical(self, ctx: _Context, v: Token) -> bool:
        """Is the tag of ``v`` set off by commas inside its clause (``X, he said, Y``)?"""
        doc = ctx.doc
        subj = self._subject(v)
        start = min([v.i] + [s.left_edge.i for s in subj if s.i < v.i])
        if start == 0 or doc[start - 1].text != ",":
            return False
        for k in range(v.i + 1, min(len(doc), v.i + 8)):
            t = doc[k]
            if t.text == ",":
                return True
            if t.pos_ in ("VERB", "AUX") or t.is_punct or t.is_quote:
                return False
        return False

    def _clause_span(self, ctx: _Context, c: Token, v: Token) -> tuple[int, int] | None:
        doc = ctx.doc
        start, end = c.left_edge.i, c.right_edge.i
        if c.i > v.i:
            start = max(start, v.i + 1)
        # leave out a coordinated report of its own: "X would not be eligible, and when
        # pressed, he said Y" / "he'd battled pneumonia and called it Z"
        for t in c.children:
            if t.dep_ == "conj" and t.i > c.i and self._verb_cue(t) is not None and (
                    self._from_verb_ok(t)):
                cut = t.left_edge.i - 1
                while cut > start and (doc[cut].dep_ in ("cc", "punct") or doc[cut].is_space):
                    cut -= 1
                end = min(end, cut)
        # leave out a trailing participial cue: "X would not accept Y, calling Z"
        for t in c.subtree:
            if t.i > c.i and t.dep_ in ("advcl", "conj") and t.tag_ == "VBG" and (
                    self._verb_cue(t) is not None) and t.i - 1 >= start and (
                    doc[t.i - 1].text == "," or doc[t.i - 1].is_quote and t.i - 2 >= start and
                    doc[t.i - 2].text == ","):
                # (`accept "zero enrichment," calling X Y`: the comma inside the quotation)
                end = min(end, t.i - 2)
        return self._span(ctx, start, end, mark=True, anchor=v)

    def _span(self, ctx: _Context, s: int, e: int, mark: bool = False,
              anchor: Token | None = None) -> tuple[int, int] | None:
        if anchor is not None:
            p = ctx.para_of_tok(anchor.i)
            while s < e and ctx.para_of_tok(s) != p:
                s += 1
            while e > s and ctx.para_of_tok(e) != p:
                e -= 1
        ts, te = ctx.trim(s, e, drop_mark=mark)
        if ts is None or te is None:
            return None
        if anchor is not None:
            # a coordinated report of its own: "called on X to Y and called on Z to W"
            doc = ctx.doc
            pos = table(doc).pos
            for i in range(ts + 1, te + 1):
                if pos[i] != "VERB":
                    continue
                t = doc[i]
                if t.dep_ == "conj" and t.i != anchor.i and (
                        self._from_verb_ok(t)) and not ctx.in_quote(t.idx):
                    cut = t.left_edge.i - 1
                    while cut > ts and (doc[cut].dep_ in ("cc", "punct") or doc[cut].is_space):
                        cut -= 1
                    te = min(te, cut)
                    break
        te = self._cut_tail(ctx, ts, te)
        ts, te = ctx.trim(ts, te)
        if ts is None or te is None:
            return None
        doc = ctx.doc
        cs, ce = doc[ts].idx, doc[te].idx + len(doc[te])
        return ctx.fit_quotes(cs, ce)

    def _cut_tail(self, ctx: _Context, s: int, e: int) -> int:
        """Leave out non-restrictive material closing a content: ", which ...",
        ", the latest chapter in ...", "-- a news network ...", ", although ..."."""
        doc = ctx.doc
        tab = table(doc)
        words, idx = tab.text, tab.idx
        for k in range(s + 2, e + 1):
            if ctx.in_quote(idx[k]):
                continue
            if words[k - 1] == ",":
                t = doc[k]
                if (t.lower_ in ("which", "who", "whom", "whose", "although", "though",
                                 "whereas", "especially", "including") or
                        t.dep_ == "appos" and t.head.i < k - 1 or
                        t.dep_ in ("appos",) or
                        t.lower_ in ("the", "a", "an") and t.head.dep_ == "appos"):
                    return k - 2
            word = words[k]
            if word in ("--", "—", "–") and word not in words[k + 1:e + 1]:
                return k - 1
        return e

    # -- according to ---------------------------------------------------------------------
    def _according(self, ctx: _Context) -> list[_Found]:
        doc = ctx.doc
        out: list[_Found] = []
        source_first = self.source_first
        for i, lower in enumerate(table(doc).lower):
            cands = source_first.get(lower)
            if not cands:
                continue
            t = doc[i]
            for words, _cue in cands:
                if doc[t.i:t.i + len(words)].text.lower().split() != list(words):
                    continue
                last = doc[t.i + len(words) - 1]
                if ctx.in_quote(t.idx):
                    continue
                objs = [c for c in last.children if c.dep_ == "pobj"] or [
                    c for c in t.subtree if c.dep_ == "pobj"]
                if not objs:
                    if t.i + len(words) < len(doc):
                        src_tok = doc[t.i + len(words)]
                    else:
                        continue
                else:
                    src_tok = objs[0]
                src_s, src_e = src_tok.left_edge.i, src_tok.right_edge.i
                head = t.head if t.head.i != t.i else t
                while head.dep_ in ("prep", "pobj", "pcomp") and head.head.i != head.i:
                    head = head.head
                if objs and head.pos_ in ("VERB", "AUX") and not any(
                        k.dep_ in _SUBJ for k in head.children):
                    # "According to X, any step that ... could push ...": the parser took the
                    # subject of the reported clause for an apposition to the source
                    for c in src_tok.children:
                        if c.dep_ == "appos" and c.i > src_tok.i and c.right_edge.i + 1 < len(
                                doc) and doc[c.right_edge.i + 1].head.i == head.i:
                            src_e = c.left_edge.i - 1
                            while src_e > src_tok.i and doc[src_e].is_punct:
                                src_e -= 1
                            break
                src_e = max(src_e, last.i + 1)
                phrase_s, phrase_e = t.i, src_e
                sent = ctx.sent_bounds(t.i)
                if head.pos_ in ("VERB", "AUX") and head.i != t.i:
                    lo, hi = head.left_edge.i, head.right_edge.i
                else:
                    lo, hi = sent
                lo, hi = max(lo, sent[0]), min(hi, sent[1])
                if phrase_s <= lo + 1:
                    cs, ce = phrase_e + 1, hi
                elif phrase_e >= hi - 1:
                    cs, ce = lo, phrase_s - 1
                else:
                    left = (lo, phrase_s - 1)
                    right = (phrase_e + 1, hi)
                    cs, ce = left if left[1] - left[0] >= right[1] - right[0] else right
                    if self._own_clause(doc, phrase_e + 1, hi):
                        # "X happened, according to Y, while Z said W": the clause after is
                        # another one
                        cs, ce = left
                span = self._span(ctx, cs, ce, mark=True)
                if span is None:
                    continue
                speaker_chars = (doc[src_s].idx, doc[src_e].idx + len(doc[src_e]))
                if objs:
                    src_tok = self._author(src_tok)
                speakers = ctx.speakers_of(src_tok) if objs else [
                    ctx.actor_for_chars(*speaker_chars)]
                cue_chars = (t.idx, last.idx + len(last))
                out.append(_Found(speakers, "indirect", cue_chars, span, speaker_chars, t.i,
                                  "according", 2))
                break
        return out

    @staticmethod
    def _withheld(v: Token) -> bool:
        """"declined to say whether X": a question left open under a refusal is not said."""
        return v.dep_ == "xcomp" and v.head.lemma_ in _WITHHOLD and v.lemma_ in (
            "say", "tell", "confirm", "specify", "disclose", "reveal") and any(
            k.dep_ == "mark" and k.lower_ in ("whether", "if") for c in v.children
            if c.dep_ == "ccomp" for k in c.children)

    def _document_subject(self, ctx: _Context, v: Token, speakers: list[str | None]) -> bool:
        """Is the subject of ``v`` a drafted text ("a resolution demanding X"), or "it" for
        the one the sentence before is about ("The text failed. It would have demanded X")?"""
        subj = self._subject(v)
        if not subj:
            return False
        s = subj[0]
        docs = self.words["document"]
        if s.lemma_.lower() in docs:
            return speakers == [None] or not ctx.actor(s.i)
        if s.lower_ != "it":
            return False
        lo = ctx.sent_bounds(s.i)[0]
        if lo == 0:
            return False
        prev = ctx.sent_bounds(lo - 1)
        for t in ctx.doc[prev[0]:prev[1] + 1]:
            if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT":
                return t.lemma_.lower() in docs and not ctx.actor(t.i)
        return False

    def _own_clause(self, doc: Doc, s: int, e: int) -> bool:
        """Does ``doc[s:e+1]`` open a clause of its own (", while the army said X")?"""
        k = s
        while k <= e and (doc[k].is_punct or doc[k].is_space):
            k += 1
        if k > e:
            return False
        t = doc[k]
        return t.lower_ in ("while", "whereas", "but", "and", "although", "though") and (
            t.dep_ in ("mark", "cc")) and any(
            x.dep_ in _SUBJ for x in doc[k:e + 1])

    def _author(self, t: Token) -> Token:
        """The author behind a document: "a statement from the ministry" -> the ministry."""
        if t.lemma_.lower() not in self.lex.nouns:
            return t
        for c in t.children:
            if c.dep_ == "poss":
                return c
            if c.dep_ in ("prep", "agent") and c.lower_ in ("from", "by", "of") and c.i > t.i:
                objs = [k for k in c.children if k.dep_ == "pobj"]
                if objs:
                    return objs[0]
        return t

    # -- shared ---------------------------------------------------------------------------
    def _subject(self, v: Token) -> list[Token]:
        """The subject of cue ``v`` (climbing through participles, conjuncts, relatives)."""
        seen = 0
        t = v
        if v.tag_ == "VBG" and v.dep_ in ("advcl", "conj", "xcomp") and v.i > 1 and (
                v.doc[v.i - 1].text in (",", "—", "–") or v.doc[v.i - 1].is_quote and v.doc[
                    v.i - 2].text == ",") and not any(
                c.dep_ in _SUBJ for c in v.children):
            # "..., ruling that X" / "..., calling Y Z": the participle belongs to the main
            # clause, not to the relative or reported clause it is attached to
            t = self._matrix(v)
        while seen < 6:
            seen += 1
            subj = [c for c in t.children if c.dep_ in ("nsubj", "csubj")]
            if subj:
                s = subj[0]
                if s.lower_ in _REL and t.dep_ == "relcl":
                    return [t.head]
                if s.lower_ in ("it", "there") and s.dep_ == "nsubj" and t.lemma_ == "be":
                    return []
                return [s]
            agent = [c for c in t.children if c.dep_ == "agent"]
            if agent:
                objs = [c for c in agent[0].children if c.dep_ == "pobj"]
                if objs:
                    return [objs[0]]
            if self._report_conj(t):
                # "X said the charges were Y and accused Z of W": the second report is the
                # speaker's, not that of the reported clause's subject
                t = t.head.head
                continue
            if t.dep_ in ("xcomp", "advcl", "conj", "pcomp") and t.head.i != t.i:
                t = t.head
                if t.pos_ in ("NOUN", "PROPN", "PRON") and v.dep_ == "conj":
                    return []
                continue
            if t.dep_ == "acl" and t.head.i != t.i:
                h = t.head
                if h.pos_ in ("PROPN", "PRON") or h.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
                    return [h]
                if h.lemma_.lower() in self.lex.nouns:
                    # "a statement saying X": the statement's author
                    poss = [c for c in h.children if c.dep_ == "poss"]
                    if poss:
                        return [poss[0]]
                    t = h.head
                    while t.dep_ in ("prep", "pobj") and t.head.i != t.i:
                        t = t.head
                    continue
                return [h] if h.pos_ == "NOUN" else []
            if t.dep_ == "relcl" and t.head.i != t.i:
                return [t.head]
            return []
        return []

    def _report_conj(self, t: Token) -> bool:
        """Is cue ``t`` a conjunct of the clause another speech cue reports (``said X and
        called on Y``, the second verb parsed as a conjunct of X)?"""
        own = self._verb_cue(t)
        if t.dep_ != "conj" or own is None or own.cls != "speech" or t.tag_ == "VBG" or (
                t.lemma_ in _WITHHOLD):
            return False
        h = t.head
        if h.dep_ != "ccomp" or h.i > t.i or h.head.i == h.i or h.head.i > h.i:
            return False
        cue = self._verb_cue(h.head)
        if cue is None or cue.cls != "speech":
            return False
        return any(c.dep_ == "cc" and c.i < t.i for c in h.children) or any(
            c.dep_ == "cc" for c in t.children)

    def _matrix(self, v: Token) -> Token:
        """The main clause a sentence-final participle ``v`` belongs to."""
        h = v.head
        for _ in range(8):
            if h.head.i == h.i or _apart(h.head, h):
                break
            if h.dep_ in ("relcl", "acl") or h.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "ADP"):
                h = h.head
                continue
            if h.dep_ in ("ccomp", "xcomp") and self._verb_cue(h.head) is not None:
                h = h.head
                continue
            break
        return h if h.pos_ in ("VERB", "AUX") else v

    def _make(self, ctx: _Context, v: Token, kind: str, content: tuple[int, int], rule: str,
              priority: int = 1, colon: bool = False,
              cue_chars: tuple[int, int] | None = None) -> _Found | None:
        subj = self._subject(v) if not colon else []
        if colon:
            subj = [c for c in v.head.children if c.dep_ in _SUBJ and c.i < v.i]
            if not subj:
                # a bare name before the colon: its last word's phrase
                k = v.i - 1
                while k >= 0 and ctx.doc[k].is_space:
                    k -= 1
                if k >= 0:
                    t = ctx.doc[k]
                    while t.head.i != t.i and t.head.i < v.i and t.dep_ in (
                            "compound", "flat", "appos", "amod", "nmod", "poss"):
                        t = t.head
                    subj = [t]
        if not subj:
            speakers: list[str | None] = [None]
            src = None
            # "said X" with X not parsed as the subject: the name after the verb
            nxt = ctx.next_word(v.i)
            if nxt is not None and rule == "quote-tag" and (
                    ctx.doc[nxt].pos_ in ("PROPN", "PRON") or ctx.actor(nxt)):
                subj = [ctx.doc[nxt]]
        if subj and ctx.para_of_tok(subj[0].i) != ctx.para_of_tok(v.i):
            subj = []
            speakers, src = [None], None
        if subj:
            s = subj[0]
            speakers = ctx.speakers_of(s)
            src = ctx.np_chars(s, v)
            rel = [c for c in v.children if c.dep_ in _SUBJ and c.lower_ in _REL]
            if rel and v.dep_ == "relcl":
                # "..., who said X": the relative pronoun names the speaker here
                src = (rel[0].idx, rel[0].idx + len(rel[0]))
        if cue_chars is None:
            cue_chars = (v.idx, v.idx + len(v))
        return _Found(speakers, kind, cue_chars, content, src, v.i, rule, priority)

    def _finish(self, ctx: _Context, found: list[_Found]) -> list[Statement]:
        text = ctx.text
        # one statement per content and cue; nested attributions are dropped
        found = [f for f in found if f.content[1] > f.content[0]]
        found.sort(key=lambda f: (-f.priority, f.content[0]))

        # statements only meet within the paragraphs they touch: index them by paragraph
        def paras(f: _Found) -> range:
            lo, hi = f.content
            for span in (f.cue, f.source):
                if span is not None:
                    lo, hi = min(lo, span[0]), max(hi, span[1])
            return range(ctx.para_of_char(lo), ctx.para_of_char(max(lo, hi - 1)) + 1)

        near: dict[int, list[_Found]] = {}

        def neighbours(f: _Found) -> list[_Found]:
            seen: dict[int, _Found] = {}
            for p in paras(f):
                for g in near.get(p, []):
                    seen[id(g)] = g
            return list(seen.values())

        kept: list[_Found] = []
        for f in found:
            clash = False
            for g in neighbours(f):
                if _overlap(f.content, g.content) > 0 and (
                        f.cue_tok is not None and f.cue_tok == g.cue_tok or
                        _overlap(f.content, g.content) >= 0.8 * min(
                            f.content[1] - f.content[0], g.content[1] - g.content[0])):
                    clash = True
                    break
            if not clash:
                kept.append(f)
                for p in paras(f):
                    near.setdefault(p, []).append(f)
        # drop statements whose cue lies inside another statement's content or source (when
        # that one is at least as sure), and those that would swallow a surer one's cue
        final = []
        for f in kept:
            drop = False
            for g in neighbours(f):
                if g is f:
                    continue
                if f.cue is not None and g.priority >= f.priority and (
                        _inside(f.cue, g.content) or g.source is not None and _inside(
                            f.cue, g.source)):
                    drop = True
                elif g.cue is not None and g.priority > f.priority and _inside(g.cue,
                                                                               f.content):
                    drop = True
                if drop:
                    break
            if not drop:
                final.append(f)
        final.sort(key=lambda f: (f.content[0], f.cue[0] if f.cue else 0))
        for f in final:
            if f.source is not None and not any(f.speakers):
                # "the Florida senator said", "analysts say": an unnamed source is an actor
                sid = add_source_actor(ctx.doc, *f.source)
                f.speakers = [sid] if sid else f.speakers
        out: list[Statement] = []
        for f in final:
            cs, ce = f.content
            kind = f.kind
            if f.kind != "direct" or f.rule == "label":
                kind = ctx.kind_of(cs, ce)
                if kind == "direct" and f.rule != "label":
                    kind = "mixed"  # a quoted complement: called it "absurd"
            for sp in _unique(f.speakers):
                out.append(Statement(
                    id=f"s{len(out) + 1}",
                    speaker=sp,
                    kind=kind,
                    cue=Span(f.cue[0], f.cue[1], text[f.cue[0]:f.cue[1]]) if f.cue else None,
                    content=Span(cs, ce, text[cs:ce]),
                    source=Span(f.source[0], f.source[1], text[f.source[0]:f.source[1]])
                    if f.source else None,
                ))
        return out


def _apart(a: Token, b: Token) -> bool:
    """Do tokens ``a`` and ``b`` lie in different paragraphs (a parse across a line break)?"""
    lo, hi = (a, b) if a.i < b.i else (b, a)
    return "\n" in doc_text(a.doc)[lo.idx:hi.idx]


def _unique(items: Iterable[str | None]) -> list[str | None]:
    seen: list[str | None] = []
    for x in items:
        if x not in seen:
            seen.append(x)
    if len(seen) > 1 and None in seen:
        seen.remove(None)
    return seen or [None]


def _inside(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return b[0] <= a[0] and a[1] <= b[1]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


class _Context:
    """Per-document lookups: paragraphs, sentences, quotations, actors."""

    def __init__(self, doc: Doc, doc_nouns: frozenset[str] = frozenset(),
                 keep_that: bool = False, spokes: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.doc_nouns = doc_nouns
        self.spokes = spokes
        self.keep_that = keep_that
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

    def is_actorish(self, i: int) -> bool:
        t = self.doc[i]
        return bool(self.actor(i)) or t.pos_ in ("PROPN", "PRON")

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
                return _unique(real)
        if s.lower_ in _DISTRIBUTIVE or (s.lower_ in _PLURAL_PRON and not self.actor(s.i)):
            ante = self._antecedent_group(s)
            if ante:
                return ante
            for c in s.subtree:
                if c.lower_ in _PLURAL_PRON and self.actor(c.i):
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
            m = _DATELINE.match(self.text, ps, pe)
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
        if poss and s.lower_ in _STATE_BODY_NOUNS and poss[0].lower_ in ("his", "her"):
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
            w = s.head if s.dep_ == "pobj" else s.head.head if s.dep_ in _SUBJ else None
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
                    return _unique(real)
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


