"""Names the tagger gives a person that are the plural of a common noun ("Herders in Khanbogd
gathered", "told MPs that", "so that Britons could"): a crowd or a class of people, never one
person, so no "he" or "she" may resolve to them; after an article, a body's name ("the
Motorists voted", as "the Greens").

The common nouns are the English pipeline's own lemma index (WordNet's nouns, which the rule
lemmatizer reads), so no word list of ours names them. A word that is also a given name
("Peters", "Edwards") or the surname of a person the text names in full ("Gates" after "Bill
Gates") stays a name.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from spacy.tokens import Span

from .gender import is_given_name

#: the pipeline's table of known lemmas by part of speech, and its nouns' key
LEMMA_LOOKUPS = Path("lemmatizer") / "lookups"
NOUN_INDEX = ("lemma_index", "noun")


@cache
def common_nouns() -> frozenset[str]:
    """The lower-case nouns of the English pipeline's lemma index (empty without one)."""
    import spacy
    from spacy.lookups import Lookups

    from ..pipeline import model_path

    where = model_path()
    root = Path(where) if Path(where).is_dir() else spacy.util.get_package_path(where)
    if not (root / LEMMA_LOOKUPS).is_dir():
        return frozenset()
    lookups = Lookups().from_disk(root / LEMMA_LOOKUPS)
    table, key = NOUN_INDEX
    if not lookups.has_table(table):
        return frozenset()
    return frozenset(lookups.get_table(table).get(key, ()))


def plural_common_noun(span: Span, surnames: set[str]) -> bool:
    """Whether a one-word name is the plural of a common noun ("Herders", "MPs", "Britons"),
    not a given name nor the surname of someone the text names in full (``surnames``). One
    with an "of" after it names its owner's members ("opposition MPs of the People's Party")
    and is left to the rules that read them."""
    doc = span.doc
    if len(span) != 1 or (span.end < len(doc) and doc[span.end].lower_ == "of"):
        return False
    word = span[0].text
    if not word[:1].isupper() or not word.endswith("s") or word.endswith(("ss", "'s")) or (
            len(word) < 3 or word in surnames):
        return False
    singular = word[:-1]
    return not is_given_name(singular) and singular.lower() in common_nouns()
