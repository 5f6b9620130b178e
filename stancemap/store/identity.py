"""Identity across documents: which stored actor and which proposition a record is.

Inside one document the engine already merges "Radoslaw Sikorski", "Sikorski" and "Poland's
foreign minister" into one actor. Across documents the store links actors to global
*entities*:

- countries by ISO3 code (so "Kiev" and "Kyiv", both UKR, are one entity);
- organisations and groups by folded canonical name *and* country, so the "Constitutional
  Court" of Germany and that of Poland are two entities. A mention without a country joins
  the one entity of that name when exactly one exists (else the country-less entity); a
  mention with a country joins a country-less entity of that name only when no entity of
  the name has a country yet, and the entity then takes the country. Re-analysing a
  document keeps an ambiguous country-less mention on the entity it was linked to before;
- persons by folded name: same surname, compatible given names ("Radoslaw" = "Radosław" =
  "R." = none) and the same country where both know it. "Sikorski" alone joins the best
  matching "Radoslaw Sikorski"; when a fuller name or a country arrives later, the entity
  takes it.

One real person is never stored under two types; the person wins. An organisation or group
mention whose name has person parts (given name and surname) is linked to a stored person
with the same surname, the same first given name (not an initial) and no conflicting
country. A person mention with a given name and a surname whose folded name equals a stored
organisation or group of no conflicting country (and no person matches) takes that entity
and retypes it to a person. A bare surname ("Trump") never crosses types.

Propositions are linked by their folded content words (stop words dropped, light stemming),
then, when no label has the same word set, by word-set Jaccard similarity of at least
``PROPOSITION_SIMILARITY``.

The resolvers keep an in-memory index loaded from the database on first use. Several
processes may write to one store at once: ``Store`` takes the store's write lock for each
document and first loads what other writers added or changed since (``identity_clock``), so
no entity is split in two.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field

PROPOSITION_SIMILARITY = 0.75

# Letters NFKD does not decompose.
_TRANSLIT = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "æ": "ae",
    "Æ": "AE", "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ı": "i", "ħ": "h", "Ħ": "H",
    "’": "'", "‘": "'",
})
_PARTICLES = frozenset(
    "von van der den de del della di da du la le al el bin ibn ben dos das do ter ten".split()
)
_SUFFIXES = frozenset("jr sr ii iii iv".split())
_HONORIFICS = frozenset("mr mrs ms miss dr prof sir dame lord lady".split())
_STOP = frozenset(
    """a an the of to for in on at by with from into onto over under about against between
    and or nor but not no any all some more most less this that these those its it their
    his her our your my as be is are was were been being will would should shall can could
    may might must do does did has have had s own per via than then so such""".split()
)


def fold(text: str) -> str:
    """Lower-case, diacritics and punctuation away: "Radosław Sikorski's" -> "radoslaw
    sikorski s"."""
    text = unicodedata.normalize("NFKD", text.translate(_TRANSLIT))
    text = "".join(c for c in text if not unicodedata.combining(c))
    out = [c.lower() if c.isalnum() else " " for c in text]
    return " ".join("".join(out).split())


def person_parts(name: str) -> tuple[tuple[str, ...], str]:
    """(given names, surname) of a folded person name; particles go with the surname."""
    toks = [t for t in fold(name).split() if t not in _SUFFIXES]
    while len(toks) > 1 and toks[0] in _HONORIFICS:
        toks = toks[1:]
    if toks and toks[-1] == "s" and len(toks) > 1:  # possessive "Sikorski's"
        toks = toks[:-1]
    if not toks:
        return (), ""
    given = tuple(t for t in toks[:-1] if t not in _PARTICLES)
    return given, toks[-1]


def given_match(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    """How well two given-name lists agree: 3 equal, 2 one is an initial or prefix of the
    other, 1 one is missing, 0 incompatible."""
    if not a or not b:
        return 1
    if a == b:
        return 3
    x, y = a[0], b[0]
    if x == y or (len(x) == 1 and y.startswith(x)) or (len(y) == 1 and x.startswith(y)):
        return 2
    return 0


BODY_KINDS = ("organization", "group")


def body_name(name: str) -> str:
    """The folded name an organisation or group is matched by ("The Sejm" -> "sejm")."""
    return fold(name).removeprefix("the ")


def shares_given(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Both name the same first given name, written out (not an initial)."""
    return bool(a and b) and a[0] == b[0] and len(a[0]) > 1


def _country_ok(a: str | None, b: str | None) -> bool:
    return not (a and b and a != b)


def entity_key(kind: str, name: str, country: str | None) -> str:
    """The lookup key of a non-person entity (persons are matched by :class:`ActorResolver`)."""
    if kind == "country" and country:
        return country.upper()
    folded = body_name(name)
    if kind in BODY_KINDS:
        return f"{folded}|{country or ''}"
    if kind == "person":
        given, surname = person_parts(name)
        return f"{' '.join(given)} {surname}".strip() + f"|{country or ''}"
    return folded


# Irregular past forms that labels use ("troops sent to Ukraine").
_IRREGULAR = {
    "sent": "send", "given": "give", "gave": "give", "taken": "take", "took": "take",
    "made": "make", "held": "hold", "withdrawn": "withdraw", "withdrew": "withdraw",
    "sold": "sell", "bought": "buy", "brought": "bring", "built": "build", "kept": "keep",
    "lent": "lend", "spent": "spend", "met": "meet", "won": "win", "lost": "lose",
    "left": "leave", "paid": "pay", "chosen": "choose", "frozen": "freeze", "froze": "freeze",
}


def _stem(word: str) -> str:
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) > 7 and word.endswith("ment"):
        return word[:-4]
    if len(word) > 5 and word.endswith("ing"):
        return word[:-3]
    if len(word) > 5 and word.endswith("ed"):
        return word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def content_words(label: str) -> frozenset[str]:
    """The folded, lightly stemmed content words of a proposition label."""
    return frozenset(_stem(w) for w in fold(label).split() if w not in _STOP and len(w) > 1)


def proposition_key(label: str) -> str:
    """Sorted content words: paraphrases that reorder or inflect words share it."""
    words = content_words(label)
    return " ".join(sorted(words)) if words else fold(label)


@dataclass
class EntityRecord:
    """What the resolver knows of one stored entity."""

    id: int
    kind: str
    key: str
    name: str
    country: str | None
    sector: str | None = None
    uses: int = 0
    given: tuple[str, ...] = ()
    surname: str = ""


@dataclass
class Resolution:
    """The entity an actor was linked to; ``new`` or ``changed`` rows must be written."""

    record: EntityRecord
    new: bool = False
    changed: bool = False


@dataclass
class ActorResolver:
    """Links a document actor (kind, name, country) to an entity record (rules: module doc)."""

    records: dict[int, EntityRecord] = field(default_factory=dict)
    by_key: dict[tuple[str, str], EntityRecord] = field(default_factory=dict)
    by_surname: dict[str, list[EntityRecord]] = field(default_factory=dict)
    by_name: dict[str, list[EntityRecord]] = field(default_factory=dict)

    def add(self, rec: EntityRecord) -> None:
        self.records[rec.id] = rec
        if rec.kind == "person":
            rec.given, rec.surname = person_parts(rec.name)
            self.by_surname.setdefault(rec.surname, []).append(rec)
            return
        if rec.kind in BODY_KINDS:  # stores written before bodies were keyed by country
            rec.key = entity_key(rec.kind, rec.name, rec.country)
            self.by_name.setdefault(body_name(rec.name), []).append(rec)
        self.by_key[(rec.kind, rec.key)] = rec

    def _unindex(self, rec: EntityRecord) -> None:
        if rec.kind == "person":
            lst = self.by_surname.get(rec.surname, [])
            self.by_surname[rec.surname] = [r for r in lst if r.id != rec.id]
            return
        if rec.kind in BODY_KINDS:
            lst = self.by_name.get(body_name(rec.name), [])
            self.by_name[body_name(rec.name)] = [r for r in lst if r.id != rec.id]
        if self.by_key.get((rec.kind, rec.key)) is rec:
            del self.by_key[(rec.kind, rec.key)]

    def forget(self, ids: Iterable[int]) -> None:
        """Drop deleted entities from the index."""
        for i in ids:
            rec = self.records.pop(i, None)
            if rec is not None:
                self._unindex(rec)

    def find(self, kind: str, name: str, country: str | None,
             previous: int | None = None) -> EntityRecord | None:
        """The best existing entity for this actor, or None; ``previous``: the entity a
        re-analysed document linked this actor to before (kept when ambiguous)."""
        if kind == "person":
            return self._find_person(name, country) or self._body_as_person(name, country)
        if kind not in BODY_KINDS:
            return self.by_key.get((kind, entity_key(kind, name, country)))
        person = self._find_person(name, country, strict=True) if person_parts(name)[0] else None
        return person or self._find_body(kind, name, country, previous)

    def _find_body(self, kind: str, name: str, country: str | None,
                   previous: int | None = None) -> EntityRecord | None:
        hit = self.by_key.get((kind, entity_key(kind, name, country)))
        if hit is not None:
            return hit
        same = [r for r in self.by_name.get(body_name(name), ()) if r.kind == kind]
        if country is None:
            if len(same) == 1:
                return same[0]
            return next((r for r in same if r.id == previous), None)
        if len(same) == 1 and not same[0].country:
            return same[0]  # takes the country (upgrade)
        return None

    def _body_as_person(self, name: str, country: str | None) -> EntityRecord | None:
        """An organisation or group stored under this full person name (retyped on upgrade)."""
        given, _ = person_parts(name)
        if not given:
            return None
        for rec in self.by_name.get(body_name(name), ()):
            if _country_ok(country, rec.country):
                return rec
        return None

    def _find_person(self, name: str, country: str | None,
                     strict: bool = False) -> EntityRecord | None:
        """The best person; ``strict``: only one sharing surname and first given name."""
        given, surname = person_parts(name)
        best: tuple[int, int, int] | None = None
        found = None
        for rec in self.by_surname.get(surname, ()):
            g = given_match(given, rec.given)
            if g == 0 or (strict and not shares_given(given, rec.given)):
                continue
            if country and rec.country:
                if country != rec.country:
                    continue
                c = 2
            else:
                c = 1 if (country or rec.country) else 0
            score = (g + c, rec.uses, -rec.id)
            if best is None or score > best:
                best, found = score, rec
        return found

    def upgrade(self, rec: EntityRecord, name: str, country: str | None,
                sector: str | None, kind: str | None = None) -> bool:
        """Take a fuller name, a country or a sector the entity lacked, or the person type
        (a ``kind="person"`` mention of an organisation or group); True if changed."""
        changed = False
        if kind == "person" and rec.kind in BODY_KINDS:
            self._unindex(rec)
            rec.kind, changed = "person", True
            self.add(rec)
        if rec.kind == "person":
            changed = self._upgrade_person(rec, name, country) or changed
        elif rec.kind in BODY_KINDS and country and not rec.country and (
                (rec.kind, entity_key(rec.kind, rec.name, country)) not in self.by_key):
            self._unindex(rec)
            rec.country, changed = country, True
            self.add(rec)
        if sector and not rec.sector:
            rec.sector, changed = sector, True
        return changed

    def _upgrade_person(self, rec: EntityRecord, name: str, country: str | None) -> bool:
        changed = False
        given, _ = person_parts(name)
        if len(given) > len(rec.given) or (
            len(given) == len(rec.given) and len(name) > len(rec.name)
            and given_match(given, rec.given) >= 2
        ):
            rec.name, rec.given, changed = name, given, True
        if country and not rec.country:
            rec.country, changed = country, True
        key = entity_key("person", rec.name, rec.country)
        if key != rec.key:
            rec.key, changed = key, True
        return changed


@dataclass
class PropositionRecord:
    id: int
    key: str
    label: str
    words: frozenset[str]


@dataclass
class PropositionResolver:
    """Links a document proposition label to a stored proposition."""

    similarity: float | None = PROPOSITION_SIMILARITY
    by_key: dict[str, PropositionRecord] = field(default_factory=dict)
    by_word: dict[str, list[PropositionRecord]] = field(default_factory=dict)
    records: dict[int, PropositionRecord] = field(default_factory=dict)

    def add(self, rec: PropositionRecord) -> None:
        self.records[rec.id] = rec
        self.by_key[rec.key] = rec
        for w in rec.words:
            self.by_word.setdefault(w, []).append(rec)

    def forget(self, ids: Iterable[int]) -> None:
        for i in ids:
            rec = self.records.pop(i, None)
            if rec is None:
                continue
            self.by_key.pop(rec.key, None)
            for w in rec.words:
                self.by_word[w] = [r for r in self.by_word.get(w, []) if r.id != i]

    def find(self, label: str) -> PropositionRecord | None:
        key = proposition_key(label)
        hit = self.by_key.get(key)
        if hit is not None or not self.similarity:
            return hit
        words = content_words(label)
        if not words:
            return None
        best, found = 0.0, None
        seen: set[int] = set()
        for w in words:
            for rec in self.by_word.get(w, ()):
                if rec.id in seen:
                    continue
                seen.add(rec.id)
                sim = len(words & rec.words) / len(words | rec.words)
                if sim > best or (sim == best and found is not None and rec.id < found.id):
                    best, found = sim, rec
        return found if best >= self.similarity else None
