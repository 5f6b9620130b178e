"""Paragraph breaks end sentences.

spaCy's parser sometimes runs a sentence across a line break ("... told reporters on
Tuesday.\\nIceland's foreign minister, ..." parsed as one sentence), which then misleads every
stage that works sentence by sentence: a pronoun in the next paragraph finds its antecedent in
the wrong place, a speaker is taken from the previous paragraph. News text puts one paragraph
on a line, so ``mark_paragraphs`` (a spaCy component that runs before the parser) starts a
sentence after a line break that follows sentence-final punctuation or a closing quote, and
after a blank line whatever precedes it (a headline without a full stop). A single line break
after an unfinished sentence is left to the parser: hard-wrapped text keeps its sentences.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from .actors.tokens import doc_text

# what may end a paragraph's last sentence
FINAL = frozenset('.!?:"”’\')…')
_BREAK = re.compile(r"(\S)?([ \t]*\n\s*)(?=\S)")


@Language.component("stancemap_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    """Before the parser: the first word after a paragraph break starts a sentence."""
    for m in _BREAK.finditer(doc_text(doc)):
        before = m.group(1)
        if before is None:  # the text starts with a line break
            continue
        if m.group(2).count("\n") < 2 and before not in FINAL:
            continue
        sp = doc.char_span(m.end(), m.end() + 1, alignment_mode="expand")
        if sp is not None and sp.start > 0:
            doc[sp.start].is_sent_start = True
    return doc
