"""Paragraph breaks end sentences; overlong runs of words are cut into sentences.

spaCy's parser sometimes runs a sentence across a line break ("... told reporters on
Tuesday.\\nIceland's foreign minister, ..." parsed as one sentence), which then misleads every
stage that works sentence by sentence: a pronoun in the next paragraph finds its antecedent in
the wrong place, a speaker is taken from the previous paragraph. News text puts one paragraph
on a line, so ``mark_paragraphs`` (a spaCy component that runs before the parser) starts a
sentence after a line break that follows sentence-final punctuation or a closing quote, and
after a blank line whatever precedes it (a headline without a full stop). A single line break
after an unfinished sentence is left to the parser: hard-wrapped text keeps its sentences.

Text without sentence punctuation (a word list, a scraped table, a 2 MB run of words) would
make one huge sentence, and every step that walks a sentence or a subtree would then take
time in the square of its length. So the same component also starts a sentence after
``MAX_SENT_TOKENS`` tokens with neither sentence-final punctuation nor a line break, and notes
a W010 warning on the Doc (see ``doc_warnings``). Real news sentences stay far below the cap.

The starts are written with one ``Doc.from_array`` call: each ``Token.is_sent_start``
assignment makes spaCy scan the whole Doc, which is quadratic on long texts.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .actors.tokens import doc_text, set_sent_starts, token_texts

# what may end a paragraph's last sentence (and a paragraph that is a sentence, not a headline)
FINAL = frozenset('.!?:"”’\')…»')
_BREAK = re.compile(r"[ \t]*\n\s*(?=\S)")  # a line break and the spaces around it
# a live blog's time-stamped heading line ("08:15 - Oman offers to mediate", "14:00 GMT:
# ..."): its line break ends it even without sentence-final punctuation
_TIMED_HEADING = re.compile(r"[ \t]*\d{1,2}[:.]\d{2}\b(?:[ \t]*[A-Z]{2,4}\b)?[ \t]*[-–—:|]")
# a wire story's dateline ("YEREVAN, February 11 - ", "TOKYO, Oct 7 (Reuters) - ") or a live
# blog's time stamp opening the next line: the line before it (a headline without a full
# stop) ends there
_DATELINE = re.compile(
    r"(?:[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+)*,[ \t]+[^\n]{0,40}?"
    r"|\d{1,2}[:.]\d{2}\b(?:[ \t]*[A-Z]{2,4}\b)?)"
    r"(?:[ \t]*\([A-Z][A-Za-z]+\))?[ \t]+[-–—][ \t]")
# a sentence may end after one of these
_ENDS = frozenset(".!?;…")
#: no sentence runs longer than this many tokens without punctuation or a line break
MAX_SENT_TOKENS = 300
_WARNINGS = "stancemap.warnings"


def doc_warnings(doc: Doc) -> list[tuple[str, dict[str, object]]]:
    """Warnings (code, message fields) the components noted on the Doc, for the engine."""
    return doc.user_data.setdefault(_WARNINGS, [])


def paragraph_starts(doc: Doc) -> list[int]:
    """Token indices that start a sentence because a paragraph break precedes them."""
    out = []
    text = doc_text(doc)
    for m in _BREAK.finditer(text):
        before = text[m.start() - 1] if m.start() else ""
        if not before or before.isspace():  # the text starts with it, or an odd space does
            continue
        if m.group().count("\n") < 2 and before not in FINAL and not _TIMED_HEADING.match(
                text, text.rfind("\n", 0, m.start()) + 1) and not _DATELINE.match(text, m.end()):
            continue
        sp = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if sp is not None and sp.start > 0:
            out.append(sp.start)
    return out


def capped_starts(texts: list[str], starts: set[int], limit: int = MAX_SENT_TOKENS) -> list[int]:
    """Tokens to start a sentence at so that no run of more than ``limit`` tokens goes
    without a start in ``starts``, sentence-final punctuation or a line break."""
    out = []
    run = 0
    prev = ""
    for i, text in enumerate(texts):
        if i in starts or prev[-1:] in _ENDS or "\n" in prev:
            run = 0
        elif run >= limit:
            out.append(i)
            run = 0
        run += 1
        prev = text
    return out


# finite verb tags: a run of words with one of these is a clause
_FINITE = frozenset(("VBD", "VBZ", "VBP", "MD"))
_CLAUSE_ENDS = frozenset(".!?;")


def semicolon_starts(doc: Doc, texts: list[str]) -> list[int]:
    """Token indices after a semicolon that joins two clauses ("Russia voted against; China
    abstained"): each side, up to the next sentence end, line break or semicolon, has a
    finite verb (the tagger runs before this). The parser otherwise hangs the first clause
    on the second's verb as its reported content, and the second clause's subject becomes
    the first's speaker. A semicolon in a list of names ("Poland, Hungary; Slovakia") joins
    no clauses and starts nothing. ``texts``: the tokens' texts (``token_texts``)."""
    semicolons = [i for i, x in enumerate(texts) if x == ";"]
    if not semicolons:
        return []
    n = len(texts)
    out = []
    for i in semicolons:
        if i + 1 >= n:
            continue
        left = False
        j = i - 1
        while j >= 0 and texts[j] not in _CLAUSE_ENDS and "\n" not in texts[j]:
            left = left or doc[j].tag_ in _FINITE
            j -= 1
        right = False
        k = i + 1
        while k < n and texts[k] not in _CLAUSE_ENDS and "\n" not in texts[k]:
            right = right or doc[k].tag_ in _FINITE
            k += 1
        if left and right and not doc[i + 1].is_space:
            out.append(i + 1)
    return out


@Language.component("stancemap_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    """Before the parser: the first word after a paragraph break starts a sentence, and so
    does every ``MAX_SENT_TOKENS``-th token of a run without sentence punctuation."""
    starts = paragraph_starts(doc)
    texts = token_texts(doc)
    capped = capped_starts(texts, set(starts))
    if capped:
        doc_warnings(doc).append(("W010", {"count": len(capped), "limit": MAX_SENT_TOKENS}))
    set_sent_starts(doc, dict.fromkeys(starts + capped + semicolon_starts(doc, texts), 1))
    return doc
