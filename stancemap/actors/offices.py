"""A state's offices by their titles: the office a title names ("prime minister", "deputy
foreign minister", "ambassador") and the person actor of its unnamed holder; an
organisation's one-person office named with an "of" ("the chairperson of the ...")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .gazetteer import fold
from .mention import Mention
from .tokens import span_text
from .words import WORDS

OFFICE_HEADS = WORDS["office_heads"]
PORTFOLIO_HEADS = WORDS["portfolio_heads"]
ENVOY_HEADS = WORDS["envoy_heads"]
OFFICE_RANKS = WORDS["office_ranks"]
ORG_OFFICE_HEADS = WORDS["org_office_heads"]
CHAMBER_NAMES = WORDS["legislature_names"]  # "Senate", "House", "Congress"


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


def office_words(doc: Doc, first: int, heads: frozenset[str]) -> str | None:
    """The office named in lower case from ``first`` on ("attorney general", "governor"):
    the longest of two words or one that ``heads`` lists."""
    for width in (2, 1):
        words = doc[first:first + width]
        if len(words) == width and all(t.is_lower for t in words) and (
                " ".join(t.lower_ for t in words) in heads):
            return " ".join(t.lower_ for t in words)
    return None


def office_of_org(doc: Doc, det: Token, by_token: dict[int, Mention], info: dict[str, dict],
                  taken: set[int]) -> Mention | None:
    """"The chairperson of the African Union Commission urged ...", "The president of the
    Senate said ...": an organisation's one-person office (``org_office_heads``) with the
    organisation (or a legislature, ``legislature_names``) named after "of", as a clause's
    subject or agent and with no name after it, is a person actor of their own named by
    the words after "the"; the mention runs from "the" to the organisation's last word."""
    office = office_words(doc, det.i + 1, ORG_OFFICE_HEADS)
    if office is None or det.lower_ != "the":
        return None
    head = doc[det.i + len(office.split())]
    of = head.i + 1
    owner = by_token.get(of + 1) if of + 1 < len(doc) and doc[of].lower_ == "of" else None
    if owner is None or owner.start != of + 1 or not owner.key or (
            owner.kind != "org" and doc[owner.end - 1].lower_ not in CHAMBER_NAMES):
        return None
    end = owner.end
    if doc[end - 1].tag_ == "POS" or (end < len(doc) and (
            doc[end].text[:1].isupper() or doc[end].lower_ == "of")) or any(
            i in taken for i in range(det.i, of + 1)) or name_follows(doc, doc[end - 1]) or (
            subject_of_clause(head) is None and not (
                head.dep_ == "pobj" and head.head.lower_ == "by")):
        return None
    owner_info = info.get(owner.key, {})
    name = span_text(doc, det.i + 1, end)
    key = office_person(info, name, owner_info.get("country"), office,
                        owner_info.get("sector"), det.i)
    if key is None:
        return None
    return Mention(det.i, end, "person", name, key=key, how="coref:org-office")


def subject_of_clause(head: Token) -> Token | None:
    """The clause subject a noun is, or the first of the coordinated subjects it is one of
    ("The Austrian chancellor and the Chilean president arrived ..."); None otherwise."""
    if head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    return head if head.dep_ in ("nsubj", "nsubjpass") else None


def name_follows(doc: Doc, head: Token) -> bool:
    """Does a proper name stand right after the description's head ("the environmental group
    River Watch"), not a date ("the ministry Thursday said")?"""
    if head.i + 1 >= len(doc):
        return False
    nxt = doc[head.i + 1]
    return nxt.pos_ == "PROPN" and nxt.text[:1].isupper() and (
        nxt.ent_type_ not in ("DATE", "TIME", "CARDINAL", "ORDINAL"))
