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

from spacy.language import Language
from spacy.tokens import Doc

# what may end a paragraph's last sentence
FINAL = {".", "!", "?", ":", '"', "”", "’", "'", "''", ")", "…"}


@Language.component("stancemap_paragraphs")
def mark_paragraphs(doc: Doc) -> Doc:
    """Before the parser: the first word after a paragraph break starts a sentence."""
    n = len(doc)
    for i, tok in enumerate(doc):
        if "\n" not in tok.text_with_ws or i + 1 >= n:
            continue
        if tok.is_space:  # "\n" tokens: look back at the last word before the break
            if i == 0 or doc[i + 1].is_space:
                continue
            prev = doc[i - 1]
            blank = tok.text.count("\n") + prev.whitespace_.count("\n") >= 2
            nxt = doc[i + 1]
        else:  # a break folded into the token's trailing whitespace
            prev, nxt, blank = tok, doc[i + 1], tok.whitespace_.count("\n") >= 2
            if nxt.is_space:
                continue
        if blank or prev.text in FINAL or prev.text[-1:] in FINAL:
            nxt.is_sent_start = True
    return doc
