"""Per-Doc token facts, the text and sentence lists, computed once and shared by the stages."""

from __future__ import annotations

from spacy.tokens import Doc

QUOTE_MARKS = ('"', "“", "”", "«", "»")


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
        inside = False
        for t in doc:
            if t.is_sent_start:
                inside = False
            text = t.text
            self.text.append(text)
            self.lower.append(t.lower_)
            self.tag.append(t.tag_)
            self.pos.append(t.pos_)
            self.lemma.append(t.lemma_.lower())
            self.idx.append(t.idx)
            self.quoted.append(inside)
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
