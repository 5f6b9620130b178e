"""Names stancemap knows: countries (ISO 3166-1 alpha-3), their short forms, demonyms and
capitals, government seats, and organisations.

ISO data comes from pycountry (official names) and countryinfo (short names, capitals,
demonyms, alternative spellings); ``data/countries_extra.tsv`` adds what neither has
("Britain", "Kiev", "Philippine", "the Kremlin"), ``data/organizations.tsv`` the IGOs, parties
and armed groups, ``data/roles.tsv`` the title words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import pycountry

from .words import codes

# Short alternative spellings that are safe to match (others, like "IN" or "ME", are words).
SHORT_COUNTRY_NAMES = codes("short_country_names")
# A first word shared by this many known people's names is a given name ("Donald", "Hillary").
MIN_GIVEN_NAME_PEOPLE = 2


# Letters NFKD does not decompose ("Radosław" folds to "radoslaw"): the store folds names
# the same way (``store.identity.fold``), so that engine and store agree on names.
_TRANSLIT = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
    "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ı": "i", "ħ": "h", "Ħ": "H",
    "’": "'", "‘": "'",
})


_UN_FORMS = ("United Nations", "U.N.", "UN")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case, strip diacritics and punctuation: "Kaliňák's" -> "kalinak s"."""
    text = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
    text = "".join(c for c in text if not unicodedata.combining(c))
    out = [c.lower() if c.isalnum() else " " for c in text]
    return " ".join("".join(out).split())


@dataclass(frozen=True)
class Entry:
    """One known phrase: what it names and how."""

    kind: str  # country | demonym | capital | seat | region | place | org
    code: str | None  # ISO3 for country-like kinds, else None
    name: str  # canonical display name
    sector: str | None = None
    org_kind: str | None = None  # igo, ngo, party, court, armed, ...


@dataclass(frozen=True)
class Person:
    """A person of the PETRARCH2 actor dictionaries: coded roles with their date ranges."""

    name: str
    codes: tuple[tuple[str, str, str], ...]  # (code, start yymmdd or "", end yymmdd or "")

    def code_at(self, date: str | None) -> str | None:
        """The code valid on ``date`` (ISO yyyy-mm-dd), else the open-ended one, else None."""
        day = date[2:4] + date[5:7] + date[8:10] if date and len(date) >= 10 else None
        if day:
            for code, start, end in self.codes:
                if (not start or _yymmdd(start) <= _yymmdd(day)) and (
                        not end or _yymmdd(day) <= _yymmdd(end)):
                    return code
        open_ended = [c for c, start, end in self.codes if not end]
        return open_ended[-1] if open_ended else None


def _yymmdd(text: str) -> str:
    """A sortable yyyymmdd from a dictionary's yymmdd (years 00-29 are 2000s)."""
    text = text[-6:]
    return ("20" if text[:2] < "30" else "19") + text


def _data_lines(name: str) -> list[list[str]]:
    text = resources.files("stancemap").joinpath("data", name).read_text(encoding="utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


class Gazetteer:
    """Phrase -> Entry tables, keyed by the exact surface form and by its folded form."""

    def __init__(self) -> None:
        self.country_names: dict[str, str] = {}  # ISO3 -> canonical name
        self.phrases: dict[str, Entry] = {}  # exact surface form -> entry
        self.folded: dict[str, Entry] = {}  # folded surface form -> entry
        self.roles: dict[str, tuple[str, str | None]] = {}  # title word -> (sector, ISO3)
        self.orgs: dict[str, Entry] = {}  # canonical name -> entry
        self.org_countries: dict[str, str] = {}  # canonical org name -> ISO3 where it is one
        self.home_names: dict[tuple[str, str], str] = {}  # (ISO3, folded bare name) -> canonical
        self.party_home_names: set[str] = set()  # folded names several states' parties share
        self.people: dict[str, Person] = {}  # folded name or alias -> person (PETRARCH2)
        self.given_names: set[str] = set()  # first words of several known people's names
        self.surnames: set[str] = set()  # last words of several known people's names
        self.non_actors: set[str] = set()  # folded names that are never actors
        self.discards: frozenset[str] = frozenset()  # PETRARCH2's, people among them
        self.leader_bodies: dict[str, str | None] = {}  # "administration" -> sector
        self.party_families: frozenset[str] = frozenset()  # "social" of "Social Democrats"
        self._build()
        self._build_people()
        self._build_non_actors()
        # For fast scanning: the first word of every phrase, and the longest phrase in tokens.
        # The tokenizer splits a hyphen between letters ("PDI-P", "Democratic-Farmer-Labor
        # Party"), so the word before a phrase's first hyphen starts it too.
        self.first_words = {w for p in self.phrases if p.split()
                            for w in (p.split()[0], p.split()[0].split("-")[0]) if w}
        self.longest = max((len(p.split()) + 2 * p.count("-") for p in self.phrases),
                           default=1) + 2

    # -- building -------------------------------------------------------------------------
    def _add(self, phrase: str, entry: Entry, overwrite: bool = False) -> None:
        phrase = phrase.strip()
        if not phrase:
            return
        forms = {phrase}
        if phrase.lower().startswith("the "):
            forms.add(phrase[4:])
        for form in list(forms):
            # the United Nations' bodies go by "UN", "U.N." and "United Nations" alike
            for un in _UN_FORMS:
                if re.search(rf"(?<!\w){re.escape(un)}(?!\w)", form):
                    forms.update(re.sub(rf"(?<!\w){re.escape(un)}(?!\w)", other, form)
                                 for other in _UN_FORMS if other != un)
                    break
        for form in forms:
            if overwrite or form not in self.phrases:
                self.phrases[form] = entry
            key = fold(form)
            if key and (overwrite or key not in self.folded):
                self.folded[key] = entry

    def _build(self) -> None:
        import countryinfo

        extra = _data_lines("countries_extra.tsv")
        canonical = {code: phrase for kind, code, phrase in extra if kind == "canonical"}
        info_by_code: dict[str, dict] = {}
        for c in countryinfo.all_countries():
            info = c.info()
            iso = (info.get("ISO") or {}).get("alpha3")
            if not iso or (iso in info_by_code and info_by_code[iso].get("capital")):
                continue
            info_by_code[iso] = info
        for country in pycountry.countries:
            code = country.alpha_3
            info = info_by_code.get(code, {})
            name = (
                canonical.get(code)
                or getattr(country, "common_name", None)
                or (info.get("name") if info.get("name") and "," not in info["name"] else None)
                or country.name
            )
            self.country_names[code] = name
        # States outside ISO 3166-1 (countries_extra.tsv "canonical" rows with a code pycountry
        # lacks, e.g. Kosovo XKX, the user-assigned code the EU, the IMF and ISO users take).
        for code, phrase in canonical.items():
            self.country_names.setdefault(code, phrase)
        # Country names: ours first (they win), then the libraries'.
        for kind, code, phrase in extra:
            if kind == "name":
                self._add(phrase, Entry("country", code, self.country_names[code]))
        for country in pycountry.countries:
            code = country.alpha_3
            entry = Entry("country", code, self.country_names[code])
            info = info_by_code.get(code, {})
            names = [self.country_names[code], country.name]
            names += [getattr(country, a, None) or "" for a in ("common_name", "official_name")]
            names.append(info.get("name") or "")
            for alt in info.get("altSpellings") or []:
                if len(alt) > 3 or alt in SHORT_COUNTRY_NAMES:
                    names.append(alt)
            for n in names:
                if n and "," not in n:
                    self._add(n, entry)
        for kind, code, phrase in extra:
            if kind in ("demonym", "capital", "seat"):
                self._add(phrase, Entry(kind, code, self.country_names[code]))
            elif kind == "region":  # a state inside a country: a place that tells a country
                self._add(phrase, Entry("region", code, self.country_names[code]), overwrite=True)
            elif kind == "place":  # a region, exclave or line that is never an actor
                self._add(phrase, Entry("place", None, phrase), overwrite=True)
        for code, info in info_by_code.items():
            if code not in self.country_names:
                continue
            if info.get("demonym"):
                self._add(info["demonym"], Entry("demonym", code, self.country_names[code]))
            caps = info.get("capital") or []
            for cap in [caps] if isinstance(caps, str) else caps:
                self._add(cap, Entry("capital", code, self.country_names[code]))
        for row in _data_lines("organizations.tsv"):
            row += [""] * (6 - len(row))
            name, sector, kind, aliases, country, home = row[:6]
            entry = Entry("org", None, name, sector or None, kind or None)
            self.orgs[name] = entry
            if country.strip():
                self.org_countries[name] = country.strip()
            for bare in home.split("|") if country.strip() else ():
                if bare.strip():
                    self.home_names[(country.strip(), fold(bare))] = name
                    if kind == "party":
                        self.party_home_names.add(fold(bare))
            self._add(name, entry, overwrite=True)
            for alias in aliases.split("|"):
                self._add(alias, entry, overwrite=True)
        for row in _data_lines("roles.tsv"):
            row += [""] * (3 - len(row))
            self.roles[row[0].lower()] = (row[1], row[2] or None)

    def _build_non_actors(self) -> None:
        self.non_actors.update(fold(row[0]) for row in _data_lines("actors/non_actors.tsv"))
        # PETRARCH2 discards what its event coder should skip, people included ("Anita Hill")
        self.discards = frozenset(fold(row[0]) for row in _data_lines("actors/discards.tsv"))
        self.party_families = frozenset(
            w for row in _data_lines("actors/party_families.tsv") for w in row[0].split())
        self.leader_bodies = {row[0].lower(): (row[1] if len(row) > 1 and row[1] != "-"
                                               else None)
                              for row in _data_lines("actors/leader_bodies.tsv")}
        self.place_heads = frozenset(fold(w) for row in _data_lines("actors/place_heads.tsv")
                                     for w in row[0].split())

    def is_non_actor(self, text: str, person: bool = False) -> bool:
        """Is ``text`` an event, award, work or website that names no actor ("Brexit"), or a
        street or square ("Oak Street", "Tahrir Square": a name ending in a word of
        ``place_heads.tsv``) that the gazetteer does not know as an actor ("Downing Street")?
        A ``person`` (a name the tagger calls one) is never one of PETRARCH2's discards: those
        include people its event coder skips ("Anita Hill"), who are actors here."""
        key = fold(text)
        bare = key.removeprefix("the ")
        if key in self.non_actors or bare in self.non_actors:
            return True
        if not person and (key in self.discards or bare in self.discards):
            return True
        words = key.split()
        return len(words) > 1 and words[-1] in self.place_heads and self.lookup(text) is None

    def _build_people(self) -> None:
        first_count: dict[str, int] = {}
        last_count: dict[str, int] = {}
        for row in _data_lines("actors/people.tsv"):
            row += [""] * (3 - len(row))
            name, aliases, codes = row[0], row[1], row[2]
            parsed = []
            for code in codes.split("|"):
                code_name, _, dates = code.strip().partition(" ")
                start, _, end = dates.partition("-")
                if code_name:
                    parsed.append((code_name, start, end))
            person = Person(name, tuple(parsed))
            for form in [name] + [a for a in aliases.split("|") if len(a.split()) > 1]:
                self.people.setdefault(fold(form), person)
            first = name.split()[0]
            first_count[first] = first_count.get(first, 0) + 1
            if len(name.split()) > 1:
                last = name.split()[-1]
                last_count[last] = last_count.get(last, 0) + 1
        self.given_names = {
            w for w, n in first_count.items() if n >= MIN_GIVEN_NAME_PEOPLE and w.isalpha()
            and self.lookup(w) is None and self.role_word(w) is None}
        self.surnames = {
            w for w, n in last_count.items() if n >= MIN_GIVEN_NAME_PEOPLE and w.isalpha()
            and self.lookup(w) is None and self.role_word(w) is None}

    def person_code(self, name: str, date: str | None) -> tuple[str | None, str | None]:
        """(ISO3, sector) a known person's dictionary code gives on ``date``."""
        person = self.people.get(fold(name))
        code = person.code_at(date) if person is not None else None
        if not code:
            return None, None
        if code[:3] in self.country_names:
            return code[:3], code[3:6] or None
        return None, code[:3]

    # -- lookups --------------------------------------------------------------------------
    def lookup(self, text: str) -> Entry | None:
        """The entry a surface form names, exact first, then folded."""
        text = text.strip()
        hit = self.phrases.get(text)
        if hit is None and text.lower().startswith("the "):
            hit = self.phrases.get(text[4:])
        if hit is None:
            hit = self.folded.get(fold(text))
        return hit

    def country_name(self, code: str | None) -> str | None:
        return self.country_names.get(code) if code else None

    def role_word(self, word: str) -> tuple[str, str | None] | None:
        return self.roles.get(word.lower().strip("."))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()
