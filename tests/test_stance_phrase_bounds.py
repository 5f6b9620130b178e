"""A proposition phrase keeps its head even when the parse is non-projective."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from stancemap.stances.lexicon import load_lexicon
from stancemap.stances.phrases import phrase

# "It is something that the council should be working to try to fix ." with the relative
# pronoun hung on the last verb: the clause cut from "working" reaches back before it
WORDS = ["It", "is", "something", "that", "the", "council", "should", "be", "working", "to",
         "try", "to", "fix", "."]
HEADS = [1, 1, 1, 12, 5, 8, 8, 8, 2, 10, 8, 12, 10, 1]
DEPS = ["nsubj", "ROOT", "attr", "dobj", "det", "nsubj", "aux", "aux", "relcl", "aux", "advcl",
        "aux", "xcomp", "punct"]


def test_a_clause_reaching_back_before_the_head_still_leaves_the_head_in_its_phrase() -> None:
    doc = Doc(spacy.blank("en").vocab, words=WORDS, heads=HEADS, deps=DEPS)
    start, end = phrase(doc[8], load_lexicon().words)
    assert start <= 8 < end
    assert doc[start:end].text.endswith("should be working")
