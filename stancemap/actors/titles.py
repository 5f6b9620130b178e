"""Roles, countries and sectors of people, read from their titles and appositions.

"Slovak Defense Minister Robert Kalinak", "Poland's Foreign Minister Radoslaw Sikorski",
"Peter Pellegrini, Speaker of the National Council of the Slovak Republic",
"Its lead negotiator, Faisal al-Harbi": the words around a name say what the person is.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from .gazetteer import Entry, Gazetteer, fold
from .tokens import POSSESSIVE, sentence_of
from .words import WORDS

# Words that may sit inside a title without being role words themselves.
_TITLE_GLUE = {"of", "for", "the", "and", "to", "on", "in", "-"} | POSSESSIVE
HEAD_ROLES = WORDS["head_roles"]
NAME_TITLES = WORDS["name_titles"]
COURTESY_TITLES = WORDS["courtesy_titles"]
HONORIFICS = WORDS["honorifics"]
_HONORIFIC_WORDS = max(len(h.split()) for h in HONORIFICS)


def courtesy_length(tokens: Span | list[Token], i: int) -> int:
    """How many tokens from ``tokens[i]`` make a courtesy title ("Mr.", "Dr") or a title of
    address of another language ("Alhaji", "Tan Sri", "Mme", "Diputada", "Shri": the
    ``honorifics`` class, compared folded, "Doña" as "dona"); 0 if none. A title of address is
    capitalised, as before a name."""
    if i >= len(tokens):
        return 0
    if tokens[i].lower_.rstrip(".") in COURTESY_TITLES:
        return 1
    words: list[str] = []
    best = 0
    for k in range(i, min(len(tokens), i + _HONORIFIC_WORDS)):
        if not tokens[k].text[:1].isupper():
            break
        words.append(fold(tokens[k].text))
        if " ".join(words) in HONORIFICS:
            best = k - i + 1
    return best


@dataclass
class Title:
    """What a title or apposition says about a person."""

    role: str | None = None
    country: str | None = None
    sector: str | None = None
    org: str | None = None  # canonical name of an organisation the person speaks for
    org_sector: str | None = None
    possessor: Token | None = None  # "Its" / "Cambodia's": the owner of the office
    span: tuple[int, int] | None = None  # token range of the whole title phrase
    country_tokens: list[int] = field(default_factory=list)


def is_role_word(tok: Token, gaz: Gazetteer) -> bool:
    return gaz.role_word(tok.text) is not None or tok.lower_ in HEAD_ROLES


def leading_titles(tokens: Span | list[Token], gaz: Gazetteer) -> int:
    """How many of ``tokens`` open them as titles ("President", "Sen.", "Mr"): role words of
    the gazetteer and courtesy titles."""
    k = 0
    while k < len(tokens):
        if is_role_word(tokens[k], gaz):
            k += 1
        elif courtesy := courtesy_length(tokens, k):
            k += courtesy
        else:
            break
    return k


def has_head_role(tokens: list[Token]) -> bool:
    return any(t.lower_ in HEAD_ROLES for t in tokens)


def read_title(tokens: list[Token], gaz: Gazetteer, org_of: dict[int, tuple[str, str | None,
               str | None]]) -> Title:
    """Read role words, country and organisation from the tokens of a title phrase.

    ``org_of`` maps token index -> (org name, sector, country) for organisation mentions.
    """
    title = Title()
    if not tokens:
        return title
    title.span = (tokens[0].i, tokens[-1].i + 1)
    role_words = _scan_title(tokens, gaz, org_of, title)
    while role_words and role_words[-1].lower_ in _TITLE_GLUE:
        role_words.pop()
    # Keep the role up to the last head-role word plus its "of ..." complement words.
    if role_words:
        _read_role(role_words, gaz, title)
    _read_igo(tokens, gaz, title)
    return title


def _scan_title(tokens: list[Token], gaz: Gazetteer, org_of: dict[int, tuple[str, str | None,
                str | None]], title: Title) -> list[Token]:
    """Fill the country, possessor and organisation of ``title``; return its role words."""
    role_words: list[Token] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        hit = _place_at(tokens, i, gaz)
        if hit is not None:
            j, entry = hit
            if title.country is None:
                title.country = entry.code
                title.country_tokens = list(range(tokens[i].i, tokens[j - 1].i + 1))
                if j < len(tokens) and tokens[j].text in POSSESSIVE:
                    title.possessor = tokens[i]
            i = j
            continue
        if tok.i in org_of and title.org is None:
            name, sector, country = org_of[tok.i]
            title.org, title.org_sector = name, sector
            if country and title.country is None:
                title.country = country
        if tok.lower_ in ("its", "their", "his", "her") and i == 0:
            title.possessor = tok
        elif is_role_word(tok, gaz) or (role_words and tok.lower_ in _TITLE_GLUE):
            role_words.append(tok)
        elif role_words and tok.is_alpha and not tok.is_lower and tok.i not in org_of:
            role_words.append(tok)  # "Speaker of the National Council"
        i += 1
    return role_words


def _place_at(tokens: list[Token], i: int, gaz: Gazetteer) -> tuple[int, Entry] | None:
    """Longest gazetteer phrase starting here (country names, demonyms, orgs): its end and
    entry."""
    for j in range(min(len(tokens), i + 6), i, -1):
        text = "".join(t.text_with_ws for t in tokens[i:j]).strip()
        entry = gaz.lookup(text) if not (j == i + 1 and tokens[i].is_lower) else None
        if entry is not None and entry.kind in ("country", "demonym", "capital", "seat",
                                                "region"):
            return (j, entry)
    return None


def _read_role(role_words: list[Token], gaz: Gazetteer, title: Title) -> None:
    """The role, its sector and any country the role words imply."""
    text = " ".join(t.text for t in role_words)
    title.role = _tidy_role(text)
    for k, t in enumerate(role_words):
        hit = gaz.role_word(t.text)
        joined = None
        if k >= 2 and role_words[k - 1].text == "-":
            joined = gaz.role_word(role_words[k - 2].text + "-" + t.text)
        if joined:
            title.sector = joined[0]  # "Secretary-General" is not a military general
        elif hit and t.lower_ in HEAD_ROLES:
            title.sector = hit[0]
            if hit[1] and title.country is None:
                title.country = hit[1]
        elif hit and hit[1] and title.country is None:
            title.country = hit[1]  # "Chancellor of the Exchequer" is British
    if title.sector is None:
        for t in role_words:
            hit = gaz.role_word(t.text)
            if hit:
                title.sector = hit[0]
                break


def _read_igo(tokens: list[Token], gaz: Gazetteer, title: Title) -> None:
    """An international body in the title ("UN humanitarian coordinator in Mozambique"): the
    person serves it, and a country after "in" is the posting, not the nationality."""
    for tok in tokens:
        entry = gaz.lookup(tok.text) if tok.text[:1].isupper() else None
        if entry is not None and entry.kind == "org" and entry.sector == "IGO":
            title.org, title.org_sector = title.org or entry.name, "IGO"
    if title.country_tokens:
        first = tokens[0].doc[title.country_tokens[0]]
        if any(t.lower_ in ("in", "to", "for") and t.i < first.i for t in tokens) and (
            title.possessor is None
        ):
            title.country = None
    if title.org_sector in ("IGO",) and title.sector in (None, "GOV"):
        title.sector = "IGO"
    elif title.org_sector in ("PTY", "NGO", "BUS", "MED", "REB", "JUD", "LEG"):
        title.sector = title.org_sector


def _tidy_role(text: str) -> str:
    words = text.replace(" - ", "-").split()
    words = [w for w in words if w.lower() not in ("the",)]
    # Title-case the office for display ("foreign minister" -> "Foreign Minister").
    out = []
    for w in words:
        out.append(w if not w.islower() or w in _TITLE_GLUE else w.capitalize())
    return " ".join(out)


def left_title_tokens(ent: Span, gaz: Gazetteer, stop: set[int]) -> list[Token]:
    """Title words immediately before a name: "Slovak Defense Minister [Robert Kalinak]"."""
    doc = ent.doc
    i = ent.start - 1
    toks: list[Token] = []
    sent_start = sentence_of(doc, ent.start).start
    while i >= sent_start and i not in stop:
        tok = doc[i]
        if tok.is_punct and tok.text not in ("-",):
            break
        if tok.text in POSSESSIVE:
            toks.insert(0, tok)
            i -= 1
            continue
        if tok.lower_ in ("the", "a", "an"):
            break
        if tok.lower_ in ("of", "for") and toks and i - 1 >= sent_start and (
            is_role_word(doc[i - 1], gaz) or not doc[i - 1].is_lower
        ) and not toks[0].is_lower:
            toks.insert(0, tok)  # "Commissioner for International Partnerships"
            i -= 1
            continue
        if tok.is_lower and not is_role_word(tok, gaz) and not (
            tok.pos_ == "ADJ" and toks and is_role_word(toks[0], gaz)
        ):
            # lower-case words are part of a title only as role words ("party spokesperson")
            # or adjectives before one ("federal chairperson")
            break
        if tok.pos_ in ("VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON", "NUM") and not (
            is_role_word(tok, gaz)
        ):
            break
        toks.insert(0, tok)
        i -= 1
    # A title must contain a role word, or open with a nationality ("German Christian
    # Democrat X"); otherwise the words belong to something else.
    if not any(is_role_word(t, gaz) for t in toks) and not _nationality_first(toks, gaz):
        return []
    # Drop leading words before a possessive that are not part of its owner ("Thursday").
    return toks


def _nationality_first(toks: list[Token], gaz: Gazetteer) -> bool:
    """Capitalised words that open with a demonym ("German Christian Democrat")."""
    entry = gaz.lookup(toks[0].text) if toks else None
    return entry is not None and entry.kind == "demonym" and all(
        t.text[:1].isupper() for t in toks)
