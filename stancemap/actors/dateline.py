"""Datelines: "BRUSSELS, Oct. 14 -", "TROMSO, Norway, May 14 -", "GENEVA (Reuters) -",
"MADRID/BUENOS AIRES, March 4 -"; a live page's time stamps ("09:15 - ") are read the same way.

A dateline opens the text or a paragraph; it names where the story was filed, not an actor.
An upper-case line opener with neither region, date nor agency ("WASHINGTON -") counts only
near the top of the text: deeper in, "FELLOW DOCTORS DISAGREE -" is a subhead.
``mark_datelines`` (a spaCy component that runs before the parser) ends the dateline's
sentence at its dash, so the story's first sentence parses on its own ("Norway, Finland and
Iceland ... accused" keeps its subject); ``dateline_tokens`` lists the tokens the actor stage
skips.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .tokens import doc_text, set_sent_starts

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# upper case, at most four words: WASHINGTON, ST. PETERSBURG, SALT LAKE CITY
_PLACE = r"[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3}"
# filed from two places: "MADRID/BUENOS AIRES, March 4 -", "THE HAGUE/BAKU -"
_PLACES = rf"{_PLACE}(?:/{_PLACE})?"
_REGION = r"[A-Z][A-Za-z.'’\-]+(?: [A-Z][A-Za-z.'’\-]+){0,2}"  # ", Norway", ", Calif."
_DATELINE = re.compile(
    rf"(?m)^[ \t]*{_PLACES}(?P<more>(?:, {_REGION})?(?:,? (?:{_MONTH} \d{{1,2}}|\d{{1,2}} "
    rf"{_MONTH}))?(?:,? \d{{4}})?(?: ?\((?:[A-Z][A-Za-z]+|dpa)\))?)[ \t]*(?:-+|–|—)[ \t]+"
)
# a live page's time stamp that opens an entry: "09:15 - ", "14:20 GMT - ", "9.05am — "
_TIMESTAMP = re.compile(
    r"(?m)^[ \t]*\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,4})?[ \t]*(?:-+|–|—)[ \t]+")
#: a line of running text, not a heading: a sentence ends on it
_RUNNING_TEXT = re.compile(r"[.!?][\"”’)]*(?:\s|$)")
_KEY = "stancemap.dateline"
SENTENCE_ENDS = frozenset({".", "!", "?"})
FIRST_SENTENCE_REACH = 120  # tokens


def _spans(doc: Doc) -> list[tuple[int, int]]:
    out = []
    text = doc_text(doc)
    for m in _DATELINE.finditer(text):
        if not m.group("more") and m.start() > 600:
            # "FELLOW DOCTORS DISAGREE —" deep in the text is a subhead: a bare place name
            # makes a dateline only at the top of the story (after a headline, perhaps)
            continue
        sp = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if sp is not None and len(sp) < 16:
            out.append((sp.start, sp.end))
    for m in _TIMESTAMP.finditer(text):
        # a live page's entry is filed at its time stamp as a story at its dateline; a
        # heading ("06:10 - Guards announce closure", no full stop) is left as it was
        end = text.find("\n", m.end())
        if not _RUNNING_TEXT.search(text[m.end():end if end >= 0 else len(text)]):
            continue
        sp = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if sp is not None and len(sp) < 8 and not any(s <= sp.start < e for s, e in out):
            out.append((sp.start, sp.end))
    return sorted(out)


def dateline_tokens(doc: Doc) -> set[int]:
    """Indices of the tokens of every dateline (computed once per Doc)."""
    cached = doc.user_data.get(_KEY)
    if cached is None:
        cached = {i for s, e in _spans(doc) for i in range(s, e)}
        doc.user_data[_KEY] = cached
    elif not isinstance(cached, set):  # the list mark_datelines left
        cached = doc.user_data[_KEY] = set(cached)
    return cached


def _first_sentence(doc: Doc, start: int) -> range:
    """The tokens after the first of the sentence that begins at ``start``: up to and with
    its first full stop, question or exclamation mark, before a line break; empty when
    neither comes within ``FIRST_SENTENCE_REACH`` tokens."""
    for i in range(start + 1, min(len(doc), start + FIRST_SENTENCE_REACH)):
        text = doc[i].text
        if "\n" in text:
            return range(start + 1, i)
        if text in SENTENCE_ENDS:
            return range(start + 1, i + 1)
    return range(0)


@Language.component("stancemap_datelines")
def mark_datelines(doc: Doc) -> Doc:
    """Before the parser: the sentence after a dateline starts after its dash."""
    spans = _spans(doc)
    values: dict[int, int] = {}
    for s, e in spans:
        values.update(dict.fromkeys(range(s + 1, e), -1))
        if e < len(doc):
            values[e] = 1
            # the parser, made to start a sentence there, tends to end it after a word or
            # two ("Serbia" / "and" / "Kosovo agreed ..."): the story's first sentence runs
            # on to its first full stop (or the end of the paragraph)
            values.update(dict.fromkeys(_first_sentence(doc, e), -1))
    set_sent_starts(doc, values)
    # A list, not a set: nlp.pipe(n_process=N) sends user_data between processes as msgpack.
    doc.user_data[_KEY] = [i for s, e in spans for i in range(s, e)]
    return doc


#: gazetteer kinds of a dateline's place that tell a state ("VILNIUS", "Norway")
STATE_PLACE_KINDS = frozenset({"country", "capital", "region"})


def dateline_state(doc: Doc, gaz) -> str | None:
    """The state of the first dateline's place ("VILNIUS, May 7 -": LTU), if the gazetteer
    knows it."""
    words = [doc[i] for i in sorted(dateline_tokens(doc)) if doc[i].is_alpha]
    for k in range(len(words)):
        entry = gaz.lookup(" ".join(t.text for t in words[:k + 1]).title())
        if entry is not None and entry.code and entry.kind in STATE_PLACE_KINDS:
            return entry.code
    return None
