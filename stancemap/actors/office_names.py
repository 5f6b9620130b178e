"""An office's name written out with its "on" or "for" ("the OSCE High Commissioner on National
Minorities", "the U.N. High Commissioner for Refugees"): the capitalised office (its last word
of ``office_tails``) and the name after the joiner are one actor's name (read by
``spans._joined_names``, forward from the office, backward from the name the tagger cut off)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .words import WORDS

OFFICE_TAILS = WORDS["office_tails"]
#: the joiners an office's name runs on over
OFFICE_JOINERS = frozenset({"on", "for"})
MAX_OFFICE_TOKENS = 6  # capitalised words of an office's name before its joiner
ARTICLE = "the"


def office_word(tok: Token) -> bool:
    """Is ``tok`` a capitalised last word of an office's name ("Commissioner")?"""
    return tok.text[:1].isupper() and tok.lower_ in OFFICE_TAILS


def office_start(doc: Doc, i: int) -> int:
    """Where the office's name ending at ``i`` starts: the capitalised words before it, up to
    an article or a lower-case word ("The [OSCE High Commissioner]")."""
    start = i
    while start > 0 and i - start < MAX_OFFICE_TOKENS and doc[start - 1].text[:1].isupper() and (
            doc[start - 1].lower_ != ARTICLE):
        start -= 1
    return start


def office_before(doc: Doc, start: int) -> int:
    """The start of an office's name written right before the name at ``start`` and its
    joiner ("the [OSCE High Commissioner on] National Minorities"); ``start`` when none is."""
    k = start - 1
    if k >= 1 and doc[k].lower_ in OFFICE_JOINERS and office_word(doc[k - 1]):
        return office_start(doc, k - 1)
    return start
