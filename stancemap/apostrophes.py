"""Typographic apostrophes inside words are read as straight ones; the output keeps the text.

News sites write contractions and possessives with the typographic apostrophe U+2019
("don’t", "won’t", "the mayor’s"). The spaCy model was trained on the straight one: given
"I don’t want to discuss X" it hangs "n’t" on "do" as an adverb, not on "want" as a
negation, so the stance comes out inverted (support for discussing X), and "we just
don’t want to sign it" likewise. Our gold sets write straight apostrophes, PolNeAR's news texts
both (one in three is typographic). ``straight`` gives spaCy the text with every U+2019
between two letters made straight, one character for one, so every offset stays;
``restore`` puts the article's own characters back into every span of the output (and into
a name or label the text holds only with the typographic one). An apostrophe that closes a
quotation or follows a plural ("the Jones’ plan", "‘a pause’") is left as written.
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass
from typing import Any

from .model import Document, Span

TYPOGRAPHIC = "\u2019"
STRAIGHT = "'"
_INSIDE_WORD = re.compile(r"(?<=[^\W\d_])\u2019(?=[^\W\d_])")
_INSIDE_STRAIGHT = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")


def straight(text: str) -> str:
    """``text`` with each typographic apostrophe between two letters made straight (same
    length, same offsets)."""
    if TYPOGRAPHIC not in text:
        return text
    return _INSIDE_WORD.sub(STRAIGHT, text)


def restore(document: Document, text: str) -> None:
    """Every span of ``document`` takes its text from ``text`` (the article as written);
    a name or label written with a straight apostrophe that only the typographic form
    matches in ``text`` takes that form."""
    if TYPOGRAPHIC not in text:
        return
    seen: set[int] = set()
    for records in (document.actors, document.statements, document.propositions,
                    document.stances, document.events, document.relations):
        for record in records:
            _walk(record, text, seen)
    for actor in document.actors:
        actor.name = _word(actor.name, text)
    for prop in document.propositions:
        prop.label = _word(prop.label, text)


def _word(value: str, text: str) -> str:
    """The name or label as the text writes it: where it stands whole in the parsed text,
    the article's characters there; else, in a text that writes no straight apostrophe
    inside a word, each straight one inside a word made typographic."""
    if STRAIGHT not in value or value in text:
        return value
    at = straight(text).find(value)
    if at >= 0:
        return text[at:at + len(value)]
    if _INSIDE_STRAIGHT.search(text):
        return value
    return _INSIDE_STRAIGHT.sub(TYPOGRAPHIC, value)


def _walk(value: Any, text: str, seen: set[int]) -> None:
    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, Span):
        if 0 <= value.start <= value.end <= len(text):
            value.text = text[value.start:value.end]
    elif isinstance(value, (list, tuple)):
        for item in value:
            _walk(item, text, seen)
    elif isinstance(value, dict):
        for item in value.values():
            _walk(item, text, seen)
    elif is_dataclass(value) and not isinstance(value, type):
        for f in fields(value):
            _walk(getattr(value, f.name), text, seen)
        for item in getattr(value, "__dict__", {}).values():
            if isinstance(item, (Span, list, dict)):
                _walk(item, text, seen)
