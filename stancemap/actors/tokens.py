"""Per-Doc token facts, the text and sentence lists, computed once and shared by the stages."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Container, Iterator, Sequence
from typing import Any, TypeVar

from spacy import attrs
from spacy.tokens import Doc, Span, Token

from .words import WORDS

QUOTE_MARKS = ('"', "“", "”", "«", "»")

#: A possessive clitic as a token: spaCy's own, or one written apart from its word and joined
#: by ``stancemap.clitics`` ("Syria ’ s").
T = TypeVar("T", bound=Any)  # a spaCy Token or the event stage's light token
POSSESSIVE = frozenset({"'s", "’s", "' s", "’ s"})
_ATTRS = [attrs.ORTH, attrs.LOWER, attrs.TAG, attrs.POS, attrs.LEMMA, attrs.IDX, attrs.SENT_START]
_TEXT_ATTRS = [attrs.ORTH, attrs.SPACY]
_PARSE_ATTRS = [attrs.DEP, attrs.HEAD, attrs.IS_PUNCT, attrs.IS_SPACE, attrs.IS_QUOTE,
                attrs.IS_STOP]
_STRINGS: dict[int, str] = {0: ""}  # string hash -> text, shared by every Doc of the process
_LOWERED: dict[int, str] = {0: ""}  # string hash -> lower-cased text

# quotation mark tokens, straight, curly and doubled (stances and events read them)
QUOTES = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})
RECIPROCAL_HEADS = WORDS["reciprocal_heads"]
RECIPROCAL_DETS = WORDS["reciprocal_dets"]


def _strings(hashes: list[int], doc: Doc) -> list[str]:
    """The strings of ``hashes``, looked up in the vocabulary once per process."""
    try:
        return list(map(_STRINGS.__getitem__, hashes))
    except KeyError:
        strings = doc.vocab.strings
        for h in set(hashes).difference(_STRINGS):  # (only the new ones looked at in Python)
            _STRINGS[h] = strings[h]
        return list(map(_STRINGS.__getitem__, hashes))


def _lowered(hashes: list[int], doc: Doc) -> list[str]:
    try:
        return list(map(_LOWERED.__getitem__, hashes))
    except KeyError:
        new = list(set(hashes).difference(_LOWERED))  # only the new ones lower-cased
        for h, text in zip(new, _strings(new, doc), strict=True):
            _LOWERED[h] = text.lower()
        return list(map(_LOWERED.__getitem__, hashes))


class Table:
    """Per-token facts read once per Doc (creating spaCy Token objects in every pass is slow)."""

    def __init__(self, doc: Doc) -> None:
        self.text: list[str] = []
        self.lower: list[str] = []
        self.tag: list[str] = []
        self.pos: list[str] = []
        self.lemma: list[str] = []  # lower-cased
        self.idx: list[int] = []
        self.quoted: list[bool] = []  # after an odd number of quotation marks in its sentence
        n = len(doc)
        if not n:
            return
        # one bulk read of the attributes (no Token objects), strings looked up once each
        cols = doc.to_array(_ATTRS).reshape(n, len(_ATTRS)).T.tolist()
        self.text = _strings(cols[0], doc)
        self.lower = _strings(cols[1], doc)
        self.tag = _strings(cols[2], doc)
        self.pos = _strings(cols[3], doc)
        self.lemma = _lowered(cols[4], doc)
        self.idx = cols[5]
        starts = cols[6]
        inside = False
        quoted = self.quoted
        for text, start in zip(self.text, starts, strict=True):
            if start == 1:
                inside = False
            quoted.append(inside)
            if text in QUOTE_MARKS:
                inside = not inside


_TABLE, _PARSE, _TEXT = "stancemap.table", "stancemap.parse", "stancemap.text"  # user_data keys


def per_doc(doc: Doc, name: str, make: Callable[[Doc], T]) -> T:
    """``make(doc)``, computed once per Doc and kept in ``doc.user_data`` under ``name``; made
    again when the number of tokens changed (a retokenized Doc)."""
    cached = doc.user_data.get(name)
    if cached is None or cached[0] != len(doc):
        cached = doc.user_data[name] = (len(doc), make(doc))
    return cached[1]


def table(doc: Doc) -> Table:
    """The Doc's ``Table``, computed once per Doc."""
    cached = doc.user_data.get(_TABLE)  # (``per_doc`` inlined: asked for ~1,000 times a Doc)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    return per_doc(doc, _TABLE, Table)


def tokens_of(doc: Doc, pos: str, lemmas: Container[str]) -> Iterator[Token]:
    """The words of part of speech ``pos`` whose lemma is in ``lemmas``, in order, read from the
    Doc's ``Table``: a Token is made only for those."""
    tab = table(doc)
    for i, (p, lemma) in enumerate(zip(tab.pos, tab.lemma, strict=True)):
        if p == pos and lemma in lemmas:
            yield doc[i]


class Parse:
    """Per-token dependency facts read once per Doc: each token's relation to its head and the
    head's index (a root is its own head), and the word flags ``is_punct``, ``is_space``,
    ``is_quote`` and ``is_stop``, for scans that would otherwise make a Token per word and
    another for its head."""

    def __init__(self, doc: Doc) -> None:
        n = len(doc)
        self.dep: list[str] = []
        self.head: list[int] = []
        self.is_punct: list[bool] = []
        self.is_space: list[bool] = []
        self.is_quote: list[bool] = []
        self.is_stop: list[bool] = []
        self._kids = None
        if not n:
            return
        cols = doc.to_array(_PARSE_ATTRS).reshape(n, len(_PARSE_ATTRS))
        self.dep = _strings(cols[:, 0].tolist(), doc)
        # offsets, stored as uint64: the head's index is the token's own plus the offset
        self.head = [i + off for i, off in enumerate(cols[:, 1].astype("int64").tolist())]
        self.is_punct, self.is_space, self.is_quote, self.is_stop = (
            (cols[:, k] != 0).tolist() for k in (2, 3, 4, 5))
        self._kids: list[list[int]] | None = None

    @property
    def kids(self) -> list[list[int]]:
        """Each token's children's indices in token order (``Token.children``), made on
        first use."""
        if self._kids is None:
            kids: list[list[int]] = [[] for _ in self.head]
            for i, h in enumerate(self.head):
                if h != i:
                    kids[h].append(i)
            self._kids = kids
        return self._kids


def parse(doc: Doc) -> Parse:
    """The Doc's ``Parse``, computed once per Doc (after the parser has run)."""
    cached = doc.user_data.get(_PARSE)  # (``per_doc`` inlined, as in ``table``)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    return per_doc(doc, _PARSE, Parse)


def sentences(doc: Doc) -> list:
    """The Doc's sentences as a list, computed once per Doc."""
    return per_doc(doc, "stancemap.sents", lambda d: list(d.sents))


def entities(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, made once per Doc (spaCy makes a new Span per entity on each access;
    the stages set no entities)."""
    return per_doc(doc, "stancemap.ents", lambda d: d.ents)


def sentence_of(doc: Doc, i: int) -> Span:
    """The sentence holding token ``i``: ``doc[i].sent`` from the cached sentence list."""
    return sentences(doc)[sentence_index(doc, i)]


def sentence_index(doc: Doc, i: int) -> int:
    """The number of the sentence holding token ``i`` in ``sentences(doc)``."""
    return per_doc(doc, "stancemap.sent_of", _sentence_numbers)[i]


def _sentence_numbers(doc: Doc) -> list[int]:
    index: list[int] = []
    for k, sent in enumerate(sentences(doc)):
        index.extend([k] * (sent.end - sent.start))
    return index


def token_texts(doc: Doc) -> list[str]:
    """Every token's text, read in bulk (also before the tagger has run)."""
    if not len(doc):
        return []
    return _strings(doc.to_array([attrs.ORTH]).tolist(), doc)


def set_sent_starts(doc: Doc, values: dict[int, int]) -> None:
    """Sets ``is_sent_start`` of many tokens (1: starts a sentence, -1: does not) at once.

    Before the parser; each ``Token.is_sent_start`` assignment would scan the whole Doc.
    """
    if not values:
        return
    arr = doc.to_array([attrs.SENT_START])
    signed = arr.view("int64")  # spaCy hands the values over as uint64; -1 is 2**64 - 1
    for i, v in values.items():
        signed[i] = v
    doc.from_array([attrs.SENT_START], arr)


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` without making the Span: a slice of ``doc_text``."""
    if not 0 <= start < end <= len(doc):
        return doc[start:end].text
    tab = table(doc)
    return doc_text(doc)[tab.idx[start]:tab.idx[end - 1] + len(tab.text[end - 1])]


def expanded_span(doc: Doc, start: int, end: int) -> Span | None:
    """``doc.char_span(start, end, alignment_mode="expand")``: the tokens that characters
    ``start``..``end`` touch, made once per Doc and range (the stages look the same mentions
    and statement contents up many times)."""
    spans: dict[tuple[int, int], Span | None] = per_doc(doc, "stancemap.char_spans",
                                                         lambda d: {})
    key = (start, end)
    if key not in spans:
        spans[key] = _expand(doc, start, end)
    return spans[key]


def _expand(doc: Doc, start: int, end: int) -> Span | None:
    """spaCy's ``char_span(start, end, alignment_mode="expand")``, its token search done by
    bisection on the per-Doc table's offsets (no Token made per step of the search)."""
    tab = table(doc)
    idx, words = tab.idx, tab.text
    size = len(doc_text(doc))  # a token's characters and its trailing space tile the text
    if not 0 <= start < size or not 0 <= end - 1 < size:
        return None  # where spaCy's search finds no token
    first = bisect_right(idx, start) - 1
    last = bisect_right(idx, end - 1) - 1
    if start == idx[first] + len(words[first]):
        first += 1  # the trailing space of a token is not the token
    return Span(doc, first, last + 1)


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc (spaCy joins every token's text on each access)."""
    # built again when the tokens changed (a retokenized Doc; tokens are only ever merged or
    # split there, so the text stays the same length only if their number does)
    cached = doc.user_data.get(_TEXT)  # (``per_doc`` inlined, as in ``table``)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    return per_doc(doc, _TEXT, _joined_text)


def _joined_text(doc: Doc) -> str:
    # each token's text and its trailing space, read in bulk (no Token objects); not
    # through ``table``, which may be asked for before the tagger has run
    cols = doc.to_array(_TEXT_ATTRS).reshape(len(doc), 2).T.tolist()
    return "".join([t + " " if sp else t
                    for t, sp in zip(_strings(cols[0], doc), cols[1], strict=True)])


def naming_subject(subjects: Sequence[T], mentions: Container[int]) -> T | None:
    """Of the subjects the parse gives a verb, the one that names an actor (token index in
    ``mentions``), else the first: "The opposition Christian Democratic Union backed X" is
    parsed with two subjects, "opposition" and "Union"."""
    return next((c for c in subjects if c.i in mentions), subjects[0] if subjects else None)


def reciprocal(tok: Token) -> bool:
    """Is the word the reciprocal pronoun, "each other" or "one another" (its head word with
    its determiner): the subjects acting on one another? Stances and events both read it."""
    return tok.lower_ in RECIPROCAL_HEADS and any(
        c.lower_ in RECIPROCAL_DETS for c in tok.children)


def by_agents(verb: Token) -> list[Token]:
    """The nouns of a passive verb's by-phrase, in order ("was backed by X": [X]); empty when
    the verb has none. Stances and statements read a passive's agent as its holder."""
    return [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]


def misplaced_article(tok: Token) -> int | None:
    """"a step critics say makes ...": the index of the plural noun ``tok``'s first word
    when an "a" or "an" before it opens a singular noun the parser made its compound (the
    noun the plural's relative clause hangs on); None for any other noun."""
    if tok.tag_ not in ("NNS", "NNPS") or tok.i < 2:
        return None
    doc = tok.doc
    k = tok.i - 1
    while k > 0 and doc[k].tag_ == "NN" and doc[k].dep_ == "compound" and doc[k].head.i == tok.i:
        k -= 1
    if k < tok.i - 1 and doc[k].lower_ in ("a", "an") and doc[k].dep_ == "det":
        return tok.i
    return None
