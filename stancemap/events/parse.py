"""A read-only view of the parse and small helpers over it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from spacy import attrs
from spacy.tokens import Doc, Token

from ..actors.tokens import doc_text, sentences, table
from ..model import Span
from .vocab import (
    CORRELATIVES,
    DURATION_NOUNS,
    IDENTIFYING_PARTICIPLES,
    PHRASE_PREPS,
    POSTED_NOUNS,
    QUANTITY_NOUNS,
    SET_APART,
)

_STRINGS: dict[int, str] = {}

_IOB = Token.iob_strings()


# what the per-Doc table (``actors.tokens.table``: text, lower, tag, part of speech, lower-cased
# lemma, offset) does not already hold
_ARRAY_ATTRS = [attrs.LEMMA, attrs.DEP, attrs.ENT_TYPE, attrs.ENT_IOB, attrs.HEAD,
                attrs.IS_PUNCT, attrs.LIKE_NUM, attrs.IS_TITLE]


class _Tok:
    """One token: the attributes of ``spacy.tokens.Token`` the coder reads, precomputed.
    ``lem`` is :func:`_lemma` and ``is_verb`` :func:`_is_verb` of the token."""

    __slots__ = ("i", "text", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_",
                 "ent_iob_", "idx", "is_punct", "like_num", "is_title", "head", "children",
                 "doc", "lem", "is_verb")

    i: int
    text: str
    lower_: str
    lemma_: str
    pos_: str
    tag_: str
    dep_: str
    ent_type_: str
    ent_iob_: str
    idx: int
    is_punct: bool
    like_num: bool
    is_title: bool
    head: _Tok
    children: tuple[_Tok, ...]
    doc: _Doc
    lem: str
    is_verb: bool

    @property
    def sent(self) -> _Sent:
        return self.doc.sent_of[self.i]

    @property
    def lefts(self) -> list[_Tok]:
        i = self.i
        return [c for c in self.children if c.i < i]

    @property
    def rights(self) -> list[_Tok]:
        i = self.i
        return [c for c in self.children if c.i > i]

    @property
    def subtree(self) -> Iterator[_Tok]:
        # the order of ``Token.subtree``: left subtrees, the token, right subtrees
        stack: list[tuple[_Tok, bool]] = [(self, False)]
        while stack:
            t, done = stack.pop()
            if done:
                yield t
                continue
            i, kids = t.i, t.children
            for c in reversed(kids):
                if c.i > i:
                    stack.append((c, False))
            stack.append((t, True))
            for c in reversed(kids):
                if c.i < i:
                    stack.append((c, False))

    @property
    def left_edge(self) -> _Tok:
        doc = self.doc
        if doc.left[self.i] < 0:
            doc.set_edges(self)
        return doc.toks[doc.left[self.i]]

    @property
    def right_edge(self) -> _Tok:
        doc = self.doc
        if doc.right[self.i] < 0:
            doc.set_edges(self)
        return doc.toks[doc.right[self.i]]

    def __repr__(self) -> str:
        return self.text


class _Sent:
    """A sentence: ``start``/``end`` token offsets, iterable over its tokens."""

    __slots__ = ("start", "end", "doc")

    def __init__(self, doc: _Doc, start: int, end: int) -> None:
        self.doc, self.start, self.end = doc, start, end

    def __iter__(self) -> Iterator[_Tok]:
        return iter(self.doc.toks[self.start:self.end])

    def __len__(self) -> int:
        return self.end - self.start

    @property
    def root(self) -> _Tok:
        return self.doc.toks[self.doc.spacy[self.start:self.end].root.i]


def _strings(doc: Doc, hashes: list[int]) -> list[str]:
    """The strings of a column of string hashes (through a process-wide cache)."""
    cache = _STRINGS
    try:
        return list(map(cache.__getitem__, hashes))
    except KeyError:
        strings = doc.vocab.strings
        for h in set(hashes).difference(cache):  # (only the new ones looked at in Python)
            cache[h] = strings[h]
        return list(map(cache.__getitem__, hashes))


def _columns(doc: Doc) -> tuple[list[Any], ...]:
    """The token attributes ``_tokens`` reads, one list each: strings from the per-Doc table
    and from one ``Doc.to_array`` read of the rest, head offsets as ints."""
    n = len(doc)
    tab = table(doc)
    array = doc.to_array(_ARRAY_ATTRS).reshape(n, len(_ARRAY_ATTRS))
    arr = array.T.tolist()
    lemma, dep, ent = (_strings(doc, arr[k]) for k in (0, 1, 2))
    iob = list(map(_IOB.__getitem__, arr[3]))
    heads = array[:, 4].astype("int64").tolist()  # offsets, stored as uint64
    return (tab.text, tab.lower, lemma, tab.lemma, tab.pos, tab.tag, dep, ent, iob, heads,
            tab.idx, arr[5], arr[6], arr[7])


def _tokens(doc: _Doc, cols: tuple[list[Any], ...]) -> list[_Tok]:
    """One ``_Tok`` per token, its head and children linked."""
    (orth, lower, lemma, lemma_lower, pos_col, tag, dep, ent, iob, heads, idxs, punct, num,
     title) = cols
    toks = []
    append = toks.append
    for i, o, lo, lm, lml, pos, tg, dp, en, io, ix, pu, nu, ti in zip(
        range(len(orth)), orth, lower, lemma, lemma_lower, pos_col, tag, dep, ent, iob, idxs,
        punct, num, title, strict=True,
    ):
        t = _Tok()
        t.i = i
        t.text = o
        t.lower_ = lo
        t.lemma_ = lm
        t.pos_ = pos
        t.tag_ = tg
        t.dep_ = dp
        t.ent_type_ = en
        t.ent_iob_ = io
        t.idx = ix
        t.is_punct = pu != 0
        t.like_num = nu != 0
        t.is_title = ti != 0
        t.doc = doc
        t.children = ()
        t.lem = lo if lml == "-pron-" else lml
        t.is_verb = pos in ("VERB", "AUX") or tg.startswith("VB")
        append(t)
    _link(toks, heads)
    return toks


def _link(toks: list[_Tok], offsets: list[int]) -> None:
    """Set ``head`` and ``children`` (in token order) from the head offsets."""
    kids: dict[int, list[_Tok]] = {}
    for i, t, off in zip(range(len(toks)), toks, offsets, strict=True):
        h = i + off
        t.head = toks[h]
        if h != i:
            k = kids.get(h)
            if k is None:
                kids[h] = [t]
            else:
                k.append(t)
    for h, k in kids.items():
        toks[h].children = tuple(k)


class _Doc:
    """The tokens and sentences of a parsed ``Doc``; slices are spaCy's own spans."""

    def __init__(self, doc: Doc) -> None:
        self.spacy = doc
        n = len(doc)
        self.text = doc_text(doc)  # built once per Doc, shared with the other stages
        self.toks = _tokens(self, _columns(doc))
        self.left = [-1] * n  # edges, set on demand
        self.right = [-1] * n
        sents: list[_Sent] = []
        sent_of: list[_Sent] = []  # token index -> its sentence
        for s in sentences(doc):
            sent = _Sent(self, s.start, s.end)
            sents.append(sent)
            sent_of.extend([sent] * (s.end - s.start))
        self.sents = sents
        self.sent_of = sent_of

    def set_edges(self, top: _Tok) -> None:
        """First and last token of the subtrees of ``top`` and the tokens below it (as
        spaCy's ``left_edge``/``right_edge``)."""
        left, right = self.left, self.right
        stack: list[tuple[_Tok, bool]] = [(top, False)]
        while stack:
            t, done = stack.pop()
            if not done:
                stack.append((t, True))
                stack.extend((c, False) for c in t.children if left[c.i] < 0)
                continue
            lo = hi = t.i
            for c in t.children:
                if left[c.i] < lo:
                    lo = left[c.i]
                if right[c.i] > hi:
                    hi = right[c.i]
            left[t.i], right[t.i] = lo, hi

    def close(self) -> None:
        """Break the token <-> token and token <-> doc cycles so that the copy is freed at
        once rather than by the garbage collector."""
        for t in self.toks:
            t.head = t.children = t.doc = None  # type: ignore[assignment]
        for sent in self.sents:
            sent.doc = None  # type: ignore[assignment]
        self.sent_of = []

    def __len__(self) -> int:
        return len(self.toks)

    def __iter__(self) -> Iterator[_Tok]:
        return iter(self.toks)

    def __getitem__(self, i: int) -> _Tok:
        return self.toks[i]

    def text_of(self, start: int, end: int) -> str:
        """``doc[start:end].text``."""
        if 0 <= start < end <= len(self.toks):
            last = self.toks[end - 1]
            return self.text[self.toks[start].idx:last.idx + len(last.text)]
        return self.spacy[start:end].text


def _children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _child(tok: Token, *deps: str) -> Token | None:
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def _is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or (
        tok.tag_ == "VBN" and tok.dep_ == "acl") or (
        # "was proposed by X and approved by Y": a participle with its own by-agent,
        # coordinated with a passive
        tok.tag_ == "VBN" and tok.dep_ == "conj" and tok.head.i != tok.i
        and any(c.dep_ == "agent" for c in tok.children) and _is_passive(tok.head))


#: parts of speech of a finite verb: a clause of its own (subject and tense)
FINITE_TAGS = ("VBD", "VBZ", "VBP")


def _infinitive(tok: Token) -> bool:
    """Is ``tok`` a bare or "to" infinitive ("urged X to *sign*", "for the charges to be
    *dropped*")?"""
    return (tok.tag_ == "VB" and tok.dep_ == "xcomp") or (tok.tag_ in ("VB", "VBN") and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in tok.children))


def finite_host(v: Token) -> Token | None:
    """"X urged Y to sign the deal and *accused* it of ...": a finite verb (an inflected
    form, not one spelled like its base: "put") with no subject or auxiliary of its own
    that the parse coordinates with an infinitive is a conjunct of the finite clause the
    infinitive hangs from: that clause's verb (None where the shape is not this one).
    Tense tells the two apart, as no finite verb can be a conjunct of an infinitive."""
    if v.dep_ != "conj" or v.tag_ not in ("VBD", "VBZ") or v.lower_ == v.lemma_.lower() or any(
            c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in v.children) or (
            not _infinitive(v.head)):
        return None
    cur = v.head
    for _ in range(6):
        if cur.dep_ == "ROOT" or cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.tag_ in FINITE_TAGS and cur.i < v.i and _child(cur, "nsubj") is not None:
            return cur
    return None


def _conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the words coordinated with it ("Latvia, Lithuania and Estonia")."""
    out = [tok]
    stack = [c for c in tok.children if c.dep_ == "conj"] + _listed_appositions(tok)
    while stack:
        c = stack.pop(0)
        if c.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "X") or c.ent_type_:
            out.append(c)
        stack.extend(x for x in c.children if x.dep_ == "conj")
    return out


def _listed_appositions(tok: Token) -> list[Token]:
    """A list the parse hangs on appositions ("Sinn Fein, Labour, the Social Democrats and
    People Before Profit": "Labour" and "Democrats" appositions of "Fein", "People" a
    conjunct): appositive names of a name, with a conjunction ("and", "or") on one of them or
    their conjuncts, are the list's members ("President Lee, Beijing has warned ..." is none)."""
    if tok.pos_ != "PROPN":
        return []
    appos = [c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and c.i > tok.i]
    members = list(appos)
    stack = list(appos)
    while stack:
        c = stack.pop()
        kids = [x for x in c.children if x.dep_ == "conj"]
        members.extend(kids)
        stack.extend(kids)
    if not any(x.dep_ == "cc" for m in members for x in m.children):
        return []
    return appos


def _skip_quantity(tok: Token) -> Token:
    """"a series of rebuttals" -> "rebuttals"."""
    for _ in range(3):
        if tok.lemma_.lower() in QUANTITY_NOUNS or tok.like_num or (
            tok.lemma_.lower() in DURATION_NOUNS and any(c.like_num for c in tok.children)
        ):  # "two days of talks"
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = _child(of, "pobj") if of is not None else None
            if pobj is None:
                break
            tok = pobj
        else:
            break
    return tok


PHRASE_OPTS: dict[str, Any] = {
    "appos": True, "acl": False, "relcl": False,
    "preps": PHRASE_PREPS,  # event_words.tsv phrase_preps; None: all but dates
    "quantity": True,
}


def _phrase(tok: Token) -> tuple[int, int]:
    """Token range of the noun phrase headed by ``tok``: its subtree without coordinated
    phrases, relative and participial clauses (at any depth), date modifiers or trailing
    punctuation ("dozens of Islamic State fighters", "Alice Wells, a senior US official")."""
    if PHRASE_OPTS["quantity"]:
        tok = _quantity_head(tok)
    skip = {"conj", "cc", "punct", "advcl", "preconj", "parataxis", "dep"}
    skip |= {dep for dep in ("appos", "acl", "relcl") if not PHRASE_OPTS[dep]}
    left, right = tok.i, tok.i
    coordinated = any(c.dep_ == "conj" for c in tok.children)
    for t in tok.lefts:
        if t.dep_ in ("conj", "cc", "preconj") or (coordinated and t.lower_ in CORRELATIVES):
            continue  # "both India and Pakistan": "both" is the coordination's
        if t.dep_ == "npadvmod" and t.ent_type_ in ("DATE", "TIME"):
            continue
        left = min(left, t.left_edge.i)
    clauses = {dep for dep in ("acl", "relcl") if not PHRASE_OPTS[dep]}
    for t in tok.rights:
        if t.dep_ == "punct" and t.text in ("(", ")"):
            right = max(right, t.i)
        elif _in_phrase(t, skip):
            right = max(right, _right_end(t, clauses))
    return _trim(tok.doc, left, right)


def _shared_phrase(tok: Token) -> tuple[int, int] | None:
    """The whole coordination ``tok`` is a conjunct of, when its conjuncts share the first
    one's determiner and modifiers: common nouns after a first one that ends its own phrase
    before the conjunction ("the Palestinian people and organizations", "a Cuban physician
    and nurse", "Yemeni army and allied forces"); None for a list of names or of phrases
    each with its own determiner ("Qatar and other Gulf states", "a volunteer and a
    citizen") and where the first conjunct has words after it ("war victims in Syria and
    refugees")."""
    head = tok
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    conjs = _conjuncts(head)
    if len(conjs) < 2 or head.pos_ != "NOUN" or not any(x.i < head.i for x in head.children):
        return None  # ("prisoners and detainees": nothing to share)
    if any(c.pos_ != "NOUN" or any(
        (x.i < c.i and (x.dep_ in ("det", "poss", "predet", "nummod", "advmod")
                        or x.lower_ in SET_APART)) or x.dep_ == "case" for x in c.children
    ) for c in conjs[1:]):
        return None  # its own determiner, "other", "and thus ...", a possessor
    first = _phrase(head)
    if first[1] != head.i + 1:
        return None
    return first[0], max(_phrase(c)[1] for c in conjs)


def _right_end(tok: Token, clauses: set[str]) -> int:
    """The last token of ``tok``'s subtree without the clauses hanging on a word inside it
    ("a unit of China's biggest shipping company that was accused of ...": the relative
    clause is no more part of the phrase deep inside than on its head)."""
    right = tok.i
    for t in tok.rights:
        if t.dep_ not in clauses and not _description(t):
            right = max(right, _right_end(t, clauses))
    return right


def _description(t: Token) -> bool:
    """Is ``t`` an appositive that describes a place or body rather than naming it ("Bhutan,
    a majority-Buddhist nation", "KHD, a German engine maker")? A common noun set beside a
    named place or organisation; a person's title ("X, a senior US official") stays."""
    return t.dep_ == "appos" and t.pos_ == "NOUN" and t.head.ent_type_ in PLACE_OR_BODY


PLACE_OR_BODY = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})


def _quantity_head(tok: Token) -> Token:
    """"dozens of Islamic State fighters": the phrase starts at the quantity."""
    for _ in range(2):
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
            tok.head.head.lemma_.lower() in QUANTITY_NOUNS or tok.head.head.like_num
        ) and tok.head.head.pos_ in ("NOUN", "NUM"):
            tok = tok.head.head
    return tok


def _in_phrase(t: Token, skip: set[str]) -> bool:
    """Is the right dependent ``t`` part of its head's noun phrase? Not coordinated or
    clausal parts, dates, prepositions outside ``PHRASE_OPTS["preps"]``, a preposition with
    a clause ("accused X of doing Y") or an apposition that is a list."""
    if t.dep_ == "acl" and t.tag_ == "VBN" and (
        any(c.dep_ == "agent" for c in t.children) or t.lemma_.lower() in IDENTIFYING_PARTICIPLES
    ):  # "the missiles fired by the Israeli military": which missiles; "the group known as
        return True  # the White Helmets", "forces based in Vitez": which group, which forces
    if t.dep_ in skip or (t.dep_ in ("npadvmod", "appos") and t.ent_type_ in ("DATE", "TIME")):
        return False
    if t.dep_ == "appos" and (t.like_num or t.pos_ == "NUM" or t.ent_type_ in ("CARDINAL",
                                                                        "QUANTITY")):
        return False  # "Niger's Maradi region, some 7,660 since ...": a count, not a name
    if t.dep_ == "prep":
        preps = PHRASE_OPTS["preps"]
        if preps is not None and t.lower_ not in preps:
            return False
        if t.lower_ == "in" and t.head.lemma_.lower() in POSTED_NOUNS:
            return False  # "the Egyptian ambassador in Berlin": where the envoy serves
        if t.lower_ == "to" and any(c.dep_ == "pobj" and c.lower_ == "death"
                                    for c in t.children):
            return False  # "tortured an inmate to death": the outcome, not who
        pobj = _child(t, "pobj")
        if pobj is not None and pobj.ent_type_ in ("DATE", "TIME"):
            return False
        if _child(t, "pcomp") is not None:
            return False  # "accused X of doing Y"
        if t.head.ent_type_ == "PERSON" and pobj is not None and t.lower_ in ("in", "at") and (
            pobj.ent_type_ in ("GPE", "LOC", "FAC")
        ):
            return False  # "will meet Macron in Paris": where, not which Macron
    return not (t.dep_ == "appos" and any(c.dep_ == "conj" for c in t.children)) and (
        not _description(t))


def _trim(doc: _Doc, left: int, right: int) -> tuple[int, int]:
    """``left``..``right`` without punctuation at the ends, parentheses kept balanced
    ("Nigerian Air Force (NAF)"); as a range."""
    while left < right and doc[left].is_punct and doc[left].text not in ("(",):
        left += 1
    while right > left and doc[right].is_punct and doc[right].text not in (")",):
        right -= 1
    opens = sum(1 for i in range(left, right + 1) if doc[i].text == "(")
    closes = sum(1 for i in range(left, right + 1) if doc[i].text == ")")
    if opens > closes:
        if right + 1 < len(doc) and doc[right + 1].text == ")":
            right += 1
        else:
            last = max(i for i in range(left, right + 1) if doc[i].text == "(")
            right = max(left, last - 1)
            while right > left and doc[right].is_punct:
                right -= 1
    return left, right + 1


def _tok_span(doc: _Doc, start: int, end: int) -> Span:
    toks = doc.toks
    if 0 <= start < end <= len(toks):
        first, last = toks[start].idx, toks[end - 1]
        stop = last.idx + len(last.text)
        return Span(first, stop, doc.text[first:stop])
    sp = doc.spacy[start:end]
    return Span(sp.start_char, sp.end_char, sp.text)


def _unique(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))
