"""Where a state's or a body's name is only a place: "talks in Muscat", "the war in
Yemen", "the Essequibo region", "the government in Nuuk" (the body, not the capital)."""

from __future__ import annotations

from collections.abc import Container
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from .cities import is_city
from .gazetteer import fold, gazetteer
from .mention import Mention
from .spans import _strip
from .tokens import parse, table
from .words import WORDS

LOCATIVE_PREPS = {"in", "at", "near", "across", "throughout", "around", "outside", "inside",
                  "from", "into", "within", "via", "through", "toward", "towards"}
PLACE_NOUNS = WORDS["place_nouns"]
#: the tagger's labels of places
PLACE_TAGS = frozenset({"GPE", "LOC"})
PLACE_PREPS = WORDS["place_preps"]
LONE_PLACE_PREPS = WORDS["lone_place_preps"]
SEAT_HOLDERS = WORDS["seat_holders"]
CAPITAL_SEATED_BODIES = WORDS["capital_seated_bodies"]
CITY_PREPS = WORDS["city_preps"]
CONSTITUENCY_HOLDERS = WORDS["constituency_holders"]
CITY_SUFFIXES = WORDS["city_suffixes"]
#: how the detector found a name it may take for a town's (the tagger's person or body)
TAGGED_NAMES = frozenset({"ner:person", "ner:org"})
#: titles before a person's name ("Ms Pisa"): a name after one, or after a role word
#: ("President Obama", "Senator Rubio": towns too), is a person's
COURTESY = WORDS["courtesy_titles"]


def _body_in_capital(tok: Token) -> Token | None:
    """"the government in Nuuk": the body whose seat the capital names."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "in" and prep.head.i < prep.i and (
        prep.head.lower_ in CAPITAL_SEATED_BODIES
    ) and prep.i == prep.head.i + 1:
        return prep.head
    return None


@lru_cache(maxsize=1)
def _event_nouns() -> frozenset[str]:
    """Lemmas of ``data/event_nouns.tsv`` that name an event ("war", "ceasefire", "talks")."""
    text = resources.files("stancemap").joinpath("data", "event_nouns.tsv").read_text(
        encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return frozenset(r[0] for r in rows if len(r) > 1 and r[1].strip() != "-")


def _setting_only(head: Token) -> bool:
    """Does an "in" phrase on ``head`` only say where things are, so that the state it names
    acts in no event there? On a thing ("targets in Taiwan", "abuses in Libya") or a
    comparison ("faster than in Zambia"); not on a verb ("arrived in Belarus", "cars made in
    China") nor on an event ("the ceasefire in Yemen"), whose place the events read."""
    if head.pos_ in ("VERB", "AUX"):
        return False
    if head.pos_ in ("NOUN", "PROPN"):
        return head.lemma_.lower() not in _event_nouns() and head.lower_ not in _event_nouns()
    return True


def _is_locative(tok: Token) -> bool:
    """A place, not an actor: "talks in Muscat", "reporters in Manila"."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in LOCATIVE_PREPS:
        return True
    # "In Washington, a spokesperson said"
    return tok.dep_ == "pobj" and head.lower_ == "in"


def _place_names(ents: tuple[Span, ...]) -> set[str]:
    """Names the text itself shows to be places: "the Essequibo region", "X, an area"."""
    places: set[str] = set()
    for ent in ents:
        root = ent.root
        first = root
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head  # "the Matero and [Chawama] townships"
        if first.dep_ in ("compound", "nmod") and first.head.lower_ in PLACE_NOUNS:
            places.add(fold(_strip(ent).text))
        # "the southern Hungarian city of Szeged", "the besieged town of X"
        if root.dep_ == "pobj" and root.head.lower_ == "of" and (
            root.head.head.lower_ in PLACE_NOUNS and root.head.head.i < root.i
        ):
            places.add(fold(_strip(ent).text))
        pt, lower = parse(root.doc), table(root.doc).lower  # (no Token per child)
        if any(pt.dep[c] == "appos" and lower[c] in PLACE_NOUNS for c in pt.kids[root.i]):
            places.add(fold(_strip(ent).text))
    if ents:
        # "on the Chenab river": a capitalised word before a place noun names a place
        tab = table(ents[0].doc)
        lower, words = tab.lower, tab.text
        for i in range(1, len(lower)):
            if lower[i] in PLACE_NOUNS and words[i].islower() and words[i - 1].istitle() and (
                lower[i - 2] == "the" if i > 1 else False
            ):
                places.add(fold(words[i - 1]))
    return places


def _seat_place(first: Token) -> bool:
    """"The mayors of Arles and Nîmes", "a senator of Oakdale": the first word of a name
    right after the "of" of a seat holder (``seat_holders``)."""
    prep = first.head
    return prep.lower_ == "of" and first.left_edge.i == prep.i + 1 and (
        prep.head.lower_ in SEAT_HOLDERS)


def _located_names(ents: tuple[Span, ...]) -> set[str]:
    """Names of people by the tagger that the text puts after a preposition of place
    (``place_preps``: "aid workers in Kakuma", "a post near Ain Zara", "the camps in
    Bentiu and Malakal"), after the "of" of a seat's holder (``_seat_place``: "the governor of
    Kunar") or that the tagger itself reads as a place elsewhere in the text
    (``_tagged_places``: "in Mersin" ... "Mersin is ours"), folded: candidates for places,
    which the detector drops where no word of the name is a given name and no person of the
    text has it as a surname."""
    out: set[str] = set()
    tagged = _tagged_places(ents)
    for ent in ents:
        if ent.label_ != "PERSON":
            continue
        if fold(_strip(ent).text) in tagged:
            out.add(fold(_strip(ent).text))
            continue
        first = ent.root
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if first.dep_ == "pobj" and (first.head.lower_ in PLACE_PREPS or (
                first.head.lower_ in LONE_PLACE_PREPS and len(_strip(ent)) == 1
                and first.head.i == ent.start - 1) or _seat_place(first)):
            # not "an aide to President Obama"
            out.add(fold(_strip(ent).text))  # "a warehouse worker from Gelsenkirchen"
    return out | _hometowns(ents)


def _tagged_places(ents: tuple[Span, ...]) -> set[str]:
    """The names the tagger reads as a place (GPE, LOC), folded, a place noun after the name
    left off ("Kunar province": "kunar")."""
    out: set[str] = set()
    for ent in ents:
        if ent.label_ not in PLACE_TAGS:
            continue
        name = _strip(ent)
        if len(name) > 1 and name[-1].lower_ in PLACE_NOUNS:
            name = name[:-1]
        out.add(fold(name.text))
    return out


def _hometowns(ents: tuple[Span, ...]) -> set[str]:
    """One-word names of people by the tagger right after the "of" that follows a person's
    name ("Rep. Jane Doe of Lawrence, ..."), folded: a member's home town, a place even
    where its word is a given name. Read from the words, not the parse, which often hangs
    such a name on the next member of a list."""
    out: set[str] = set()
    for ent in ents:
        if ent.label_ != "PERSON" or len(_strip(ent)) != 1 or ent.start < 2:
            continue
        doc = ent.doc
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].ent_type_ == "PERSON" and (
                nxt is None or not nxt.text[:1].isupper()):
            out.add(fold(_strip(ent).text))
    return out


def _city_phrase(tok: Token) -> bool:
    """Is the name headed by ``tok`` where a town's name stands: the object of a preposition
    of ``city_preps`` ("a pharmacist from X", "the mayor of X", "a visit to X"), directly, in
    a list ("consulates in Moscow, Minsk and X") or as a possessive there ("people from X's
    camps"); or joined to a ``city_suffixes`` word ("an X-based owner")?"""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    if tok.dep_ == "npadvmod" and tok.head.lower_ in CITY_SUFFIXES:
        return True
    if tok.dep_ == "poss" and tok.head.pos_ == "NOUN":
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.lower_ in CITY_PREPS


def town_mentions(doc: Doc, mentions: list[Mention], people: Container[str]) -> list[Mention]:
    """``mentions`` less the towns the tagger took for a person or a body: a name of the
    GeoNames towns (``cities``: "Sendai", "Szolnok", "Baia Mare") written as a name (not an
    acronym, "NATO", nor after "the", "the Alliance": towns too), that is no person of the
    dictionaries (``people``) and no surname of another person of the text, and that every
    mention of it puts where a town stands (``_city_phrase``). A town that acts ("X said",
    "talks with X") stays."""
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.how in TAGGED_NAMES:
            groups.setdefault(fold(doc[m.start:m.end].text), []).append(m)
    drop: set[int] = set()
    for name, group in groups.items():
        span = doc[group[0].start:group[0].end]
        prev = doc[span.start - 1].text if span.start > 0 else ""
        if span.text.isupper() or span[0].lower_ == "the" or prev.lower() == "the" or (
                gazetteer().role_word(prev) or fold(prev) in COURTESY) or not (
                is_city(span.text)) or name in people or _a_surname(doc, name):
            continue
        if all(_city_phrase(doc[m.start:m.end].root) for m in group):
            drop.update(id(m) for m in group)
    return [m for m in mentions if id(m) not in drop] if drop else mentions


def _constituency(tok: Token) -> bool:
    """Does the name headed by ``tok`` stand where a legislator's seat is named: after the
    "for" of a member ("a Labour member for X", "the MP for X") or as what a member represents
    ("one member of the party, A, who represents X"). Not a member's possessive ("X's MP"),
    which names the member's party as often as the seat ("a People's Party lawmaker")."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "for":
        return head.head.lower_ in CONSTITUENCY_HOLDERS and head.head.i < head.i
    if tok.dep_ != "dobj" or head.lemma_ != "represent" or head.dep_ != "relcl":
        return False
    # the relative clause's person is a member, or stands in apposition to one (read
    # upwards: the parser often hangs "A member of the party, B, who represents X" on "party")
    person = head.head
    return any(t.lower_ in CONSTITUENCY_HOLDERS for t in (person, *person.ancestors))


def constituency_mentions(doc: Doc, mentions: list[Mention],
                          people: Container[str]) -> list[Mention]:
    """``mentions`` less the names the tagger took for a person or a body that stand only as
    a legislator's seat (``_constituency``): the place a member sits for, no actor, also where
    a quotation names it again ("placards reading \"X is not for rent\""). A name of the
    dictionaries' people, or one found anywhere else outside quotations, stays."""
    groups: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.how in TAGGED_NAMES:
            groups.setdefault(fold(doc[m.start:m.end].text), []).append(m)
    drop: set[int] = set()
    quoted = table(doc).quoted
    for name, group in groups.items():
        seats = [_constituency(doc[m.start:m.end].root) for m in group]
        if name not in people and any(seats) and all(
                seat or quoted[m.start] for seat, m in zip(seats, group, strict=True)):
            drop.update(id(m) for m in group)
    return [m for m in mentions if id(m) not in drop] if drop else mentions


def _a_surname(doc: Doc, name: str) -> bool:
    """Does a word of ``name`` (folded) end the name of another person of the text?"""
    words = set(name.split())
    return any(e.label_ == "PERSON" and len(e) > 1 and fold(e[-1].text) in words and (
        fold(e.text) != name) for e in doc.ents)
