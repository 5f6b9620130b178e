"""Per-Doc token facts, the text and sentence lists, computed once and shared by the stages."""

from __future__ import annotations

from spacy import attrs
from spacy.tokens import Doc

QUOTE_MARKS = ('"', "“", "”", "«", "»")
_ATTRS = [attrs.ORTH, attrs.LOWER, attrs.TAG, attrs.POS, attrs.LEMMA, attrs.IDX, attrs.SENT_START]
_STRINGS: dict[int, str] = {0: ""}  # string hash -> text, shared by every Doc of the process


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
        strings = doc.vocab.strings
        for h in set(cols[0]) | set(cols[1]) | set(cols[2]) | set(cols[3]) | set(cols[4]):
            if h not in _STRINGS:
                _STRINGS[h] = strings[h]
        get = _STRINGS.__getitem__
        self.text = list(map(get, cols[0]))
        self.lower = list(map(get, cols[1]))
        self.tag = list(map(get, cols[2]))
        self.pos = list(map(get, cols[3]))
        self.lemma = [get(h).lower() for h in cols[4]]
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


def table(doc: Doc) -> Table:
    cached = doc.user_data.get("stancemap.table")
    if cached is None or len(cached.text) != len(doc):
        cached = Table(doc)
        doc.user_data["stancemap.table"] = cached
    return cached


def sentences(doc: Doc) -> list:
    """The Doc's sentences as a list, computed once per Doc."""
    cached = doc.user_data.get("stancemap.sents")
    if cached is None or len(cached) and cached[-1].end != len(doc):
        cached = list(doc.sents)
        doc.user_data["stancemap.sents"] = cached
    return cached


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc (spaCy joins every token's text on each access)."""
    cached = doc.user_data.get("stancemap.text")
    if cached is None or (len(doc) and len(cached) != doc[-1].idx + len(doc[-1].text_with_ws)):
        cached = doc.text
        doc.user_data["stancemap.text"] = cached
    return cached
