"""A person's gender as the text shows it, so that "she" does not resolve to a man.

Two data files under ``stancemap/data/actors/``: ``gender_words.tsv`` (honorifics and titles:
"Mrs.", "spokeswoman") and ``given_name_genders.tsv`` (given names that almost always go with
one gender, from nomquamgender, MIT; built by ``scripts/build_gender_names.py``). A person is
``m`` or ``f`` when a mention's title word or the name's first word says so, else ``None``
(unknown: any pronoun may refer to them).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources

PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m",
                  "she": "f", "her": "f", "hers": "f", "herself": "f"}


@cache
def _table(name: str) -> dict[str, str]:
    text = resources.files("stancemap").joinpath("data", "actors", name).read_text("utf-8")
    out = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, gender = line.split("\t")[:2]
            out[word.strip().lower()] = gender.strip()
    return out


def _words(text: str) -> list[str]:
    return [w.strip(".,'’\"").lower() for w in text.split()]


def person_gender(name: str, mentions: Iterable[str] = ()) -> str | None:
    """``m``, ``f`` or None for a person named ``name`` with these mention texts."""
    titles = _table("gender_words.tsv")
    for text in mentions:
        for w in _words(text):
            if w in titles:
                return titles[w]
    first = _words(name)[:1]
    return _table("given_name_genders.tsv").get(first[0]) if first else None


def is_given_name(word: str) -> bool:
    """Whether a word is a given name of ``given_name_genders.tsv``."""
    return word.lower() in _table("given_name_genders.tsv")


def agrees(pronoun: str, gender: str | None) -> bool:
    """Whether a pronoun may refer to a person of ``gender`` (unknown agrees with all)."""
    want = PRONOUN_GENDER.get(pronoun.lower())
    return want is None or gender is None or gender == want
