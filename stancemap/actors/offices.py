"""A state's offices by their titles: the office a title names ("prime minister", "deputy
foreign minister", "ambassador") and the person actor of its unnamed holder."""

from __future__ import annotations

from spacy.tokens import Token

from .gazetteer import fold
from .words import WORDS

OFFICE_HEADS = WORDS["office_heads"]
PORTFOLIO_HEADS = WORDS["portfolio_heads"]
ENVOY_HEADS = WORDS["envoy_heads"]
OFFICE_RANKS = WORDS["office_ranks"]


def title_words(title: list[Token]) -> list[str]:
    """A title's words, lower-cased, a hyphenated word whole ("vice-president")."""
    words: list[str] = []
    for t in title:
        if words and (t.text == "-" or words[-1].endswith("-")) and not (
                doc_whitespace_before(t)):
            words[-1] += t.lower_
        else:
            words.append(t.lower_)
    return words


def doc_whitespace_before(t: Token) -> bool:
    """Whether a space comes before the token."""
    return t.i > 0 and bool(t.doc[t.i - 1].whitespace_)


def state_office(title: list[Token]) -> str | None:
    """The office a state's title names ("prime minister", "president", "chief executive":
    ``office_heads``; "energy minister", "foreign secretary", "interior cabinet secretary":
    one portfolio word before a ``portfolio_heads`` office; either after a rank of
    ``office_ranks``: "deputy foreign minister"), lower-cased; None for any other words."""
    words = title_words(title)
    office = " ".join(words)
    core = words[1:] if len(words) >= 2 and words[0] in OFFICE_RANKS else words
    if " ".join(core) in OFFICE_HEADS or (
            len(core) >= 2 and " ".join(core[1:]) in PORTFOLIO_HEADS):
        return office
    return None


def office_named(info: dict[str, dict], office: str, country: str | None) -> bool:
    """Does the text name a person who holds ``office`` (a role word) for ``country`` (or for
    no state it says) anywhere?"""
    return any(inf["kind"] == "person" and inf.get("country") in (country, None) and (
        office in " ".join(inf.get("roles") or []).lower().split()) for inf in info.values())


def envoy_office(title: list[Token]) -> str | None:
    """The envoy's office a state's title names (``envoy_heads``, after a rank of
    ``office_ranks``: "ambassador", "deputy ambassador"), lower-cased; None for any other
    words."""
    words = title_words(title)
    core = words[1:] if len(words) >= 2 and words[0] in OFFICE_RANKS else words
    return " ".join(words) if " ".join(core) in ENVOY_HEADS else None


def office_person(info: dict[str, dict], name: str, country: str | None, office: str,
                   sector: str | None, first: int) -> str | None:
    """The key of the unnamed holder of an office, a person actor named ``name`` (made on
    first use); None where that key already names no person."""
    key = f"person:{fold(name)}"
    info.setdefault(key, {"kind": "person", "name": name, "country": country,
                          "roles": [office], "sector": sector, "org_kind": None,
                          "first": first})
    return key if info[key]["kind"] == "person" else None
