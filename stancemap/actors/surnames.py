"""Surnames: which person the text named a bare or titled surname stands for.

A person named in full ("Alejandro Mejia Soto") goes by a shorter form later: the last word
("Soto"), the last two words of a longer name ("Mejia Soto"), a courtesy title before an inner
surname ("Mr Mejia"), a title before the last word ("President Soto"). The rules that ask "is
this the surname of a person the text named" (the detector's coordinated names, the actor
stage's renaming, an unnamed source's titled name) ask this module. Courtesy titles are the
``courtesy_titles`` class of ``data/actors/words.tsv``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, TypeVar

from spacy.tokens import Doc, Token

from .gazetteer import fold
from .gender import is_given_name
from .titles import _HONORIFIC_WORDS, courtesy_length
from .tokens import entities

__all__ = ["after_courtesy_title", "bearers", "courtesy_surname", "is_courtesy_title",
           "surname", "surname_index", "text_surnames"]

PERSON_LABELS = {"PERSON"}
LONG_NAME_WORDS = 2  # a name longer than this also goes by its last two words
DOUBLE_SURNAME_WORDS = 3  # a given name and two surnames ("Hernando Ruiz Castano")


class Named(Protocol):
    name: str


N = TypeVar("N", bound=Named)


def surname(name: str) -> str:
    """A person's surname: the last word of the name ("Robert Kalinak" -> "Kalinak")."""
    return name.split()[-1]


def is_courtesy_title(tok: Token) -> bool:
    """"Mr", "Ms.", "Dr", "Alhaji": a courtesy title of one word, which goes before a
    surname."""
    return courtesy_length([tok], 0) == 1


def after_courtesy_title(doc: Doc, i: int) -> bool:
    """Token ``i`` comes right after a courtesy title ("Mr Mejia", "Tan Sri Lim")."""
    return any(courtesy_length(doc, i - k) == k for k in range(1, min(i, _HONORIFIC_WORDS) + 1))


def text_surnames(doc: Doc) -> set[str]:
    """Last words of the names the tagger marked as people of two or more words, so a lone
    "Trump" it took for an organisation is the person the text named."""
    last = [doc[e.end - 1] for e in entities(doc) if e.end - e.start > 1 and (
        e.label_ in PERSON_LABELS)]
    return {t.text for t in last if t.is_title and t.is_alpha}


def surname_index(names: Iterable[str]) -> tuple[dict[str, str], dict[str, str]]:
    """Full names of the people (folded -> as written) and the short forms that point to them
    (short form -> folded full name)."""
    full_names = {fold(name): name for name in names if len(name.split()) > 1}
    # Surnames and given-name-less forms: "Kalinak", "Kalinak's" (which NER may call ORG).
    surname_of: dict[str, str] = {}
    for full in full_names:
        parts = full.split()
        surname_of.setdefault(parts[-1], full)
        if len(parts) > LONG_NAME_WORDS:
            surname_of.setdefault(" ".join(parts[-2:]), full)
    # The first of two surnames alone ("Ruiz" of "Hernando Ruiz Castano", as Spanish and
    # Portuguese usage writes it): the middle word of a three-word name that is no given name
    # ("Mary Ann Blake" is no "Ann"), when no other person's name has that word.
    inner: dict[str, list[str]] = {}
    for full in full_names:
        parts = full.split()
        if len(parts) == DOUBLE_SURNAME_WORDS and not is_given_name(parts[1]) and (
                len(parts[1]) > 2):
            inner.setdefault(parts[1], []).append(full)
    for word, fulls in inner.items():
        if len(fulls) == 1 and word not in surname_of:
            surname_of[word] = fulls[0]
    # Given names where a full name's first word is used alone ("Dawit told", common in
    # Ethiopian and Eritrean usage), when no other person shares it and it is no surname.
    given: dict[str, list[str]] = {}
    for full in full_names:
        parts = full.split()
        if len(parts) == 2 and full not in surname_of:  # not "Castillo Ruiz" of a longer name
            given.setdefault(parts[0], []).append(full)
    for first, fulls in given.items():
        if len(fulls) == 1 and first not in surname_of:
            surname_of[first] = fulls[0]
    return full_names, surname_of


def courtesy_surname(word: str, full_names: Iterable[str]) -> str | None:
    """"Mr Mejia" after "Alejandro Mejia Soto": a courtesy title goes before a surname, so a
    word inside one full name (a first of two surnames) names that person (its folded full
    name; ``word`` folded too)."""
    inner = [f for f in full_names if word in f.split()[1:-1]]
    return inner[0] if len(inner) == 1 else None


def bearers(people: Iterable[N], word: str) -> list[N]:
    """The people (actors, mentions) whose surname is ``word`` ("President Trump": the people
    the text named Trump)."""
    return [p for p in people if surname(p.name) == word]
