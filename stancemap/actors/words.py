"""The actor layer's word classes (``data/actors/words.tsv``): the words its rules look for.

Each class is a line of that file and a constant of the module that uses it, under the same
name in capitals (``group_heads`` is ``detect.GROUP_HEADS``); a missing class fails at import,
a malformed line with ``FILE:LINE``.
"""

from __future__ import annotations

from pathlib import Path

from ..lexicon import phrase_classes

WORDS_FILE = Path(__file__).resolve().parent.parent / "data" / "actors" / "words.tsv"
WORDS: dict[str, frozenset[str]] = phrase_classes(WORDS_FILE)


def codes(name: str) -> frozenset[str]:
    """A class of codes (agent sectors, ISO country codes), written lower-case in the file like
    every class, in the upper case the code compares them in."""
    return frozenset(w.upper() for w in WORDS[name])
