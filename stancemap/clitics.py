"""A possessive clitic written apart from its word becomes one token before the tagger.

Pre-tokenized corpora join their tokens with spaces, so a curly or straight apostrophe and its
``s`` stand apart ("Saudi Arabia ’ s southwestern region", "Theresa May ’ s offer"). spaCy then
reads ``’`` as punctuation and ``s`` as a word of its own and the parse falls apart: the
possessor becomes an object, the possessed noun a second one. ``join_clitics`` (a spaCy
component that runs first) merges such an apostrophe and ``s`` into one token whose norm is
``'s``, the norm spaCy gives ``’s`` itself, so the tagger and parser read the possessive
they know. The text is unchanged (the token's text keeps its space); a contraction written
together ("it's", "Syria’s") is spaCy's own token and is left alone.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .actors.tokens import token_texts

APOSTROPHES = frozenset({"'", "’"})


def detached_clitics(texts: list[str], spaces: list[bool]) -> list[int]:
    """Indices of apostrophes written apart from a following ``s`` that ends a word after a
    word ("Syria ’ s forces")."""
    return [i for i in range(1, len(texts) - 1)
            if texts[i] in APOSTROPHES and spaces[i] and texts[i + 1] in ("s", "S")
            and texts[i - 1][-1:].isalnum()]


@Language.component("stancemap_clitics")
def join_clitics(doc: Doc) -> Doc:
    """Merge each detached possessive clitic (``’ s``) into one token with the norm ``'s``."""
    texts = token_texts(doc)
    if not any(t in APOSTROPHES for t in texts):
        return doc
    hits = detached_clitics(texts, [bool(t.whitespace_) for t in doc])
    if hits:
        with doc.retokenize() as r:
            for i in hits:
                r.merge(doc[i:i + 2], attrs={"NORM": "'s"})
    return doc
