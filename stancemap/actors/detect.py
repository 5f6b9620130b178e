"""Finding actor mentions in a parsed Doc: people, countries, organisations and groups.

Named entities from spaCy are checked against the gazetteer (which wins where the statistical
tagger slips: "Bratislava" tagged as a person, "Kiev" in "the Kiev regime"), then kept only
where they act as actors: a capital is a country only when it acts ("Moscow lambasted", "talks
with Moscow"), not as a place ("reporters in Manila"); an organisation that only modifies
another noun ("the UN climate summit") or sits inside a person's title is not an actor.

The :class:`Detector` classifies each candidate here; the parts it calls live beside it:
``mention.py`` (the :class:`Mention` it returns), ``spans.py`` (names the tagger missed, cut
or mislabelled, short forms in brackets, an organisation's kind from its name), ``places.py``
(where a name is only a place), ``groups.py`` (collectives and demonym + agent-noun groups)
and ``surnames.py`` (a lone surname of a person the text named).
"""

from __future__ import annotations

import re
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from ..lexicon import read_rows
from .cities import is_city
from .dateline import dateline_tokens
from .gazetteer import Entry, Gazetteer, fold
from .gender import is_given_name
from .groups import (
    GROUP_HEADS,
    MILITARY_BODIES,
    VOICE_NOUNS,
    _agent_group,
    _coordinated_troops,
    _counted_mentions,
    _crowd_mentions,
    _demonym_head,
    _few_lower_modifiers,
    _group_mentions,
    _is_military,
    _side_mentions,
    common_legislatures,
)
from .mention import Mention
from .party_parts import party_part_mentions
from .places import (
    PLACE_NOUNS,
    _body_in_capital,
    _hometowns,
    _is_locative,
    _located_names,
    _place_names,
    _setting_only,
    constituency_mentions,
    town_mentions,
)
from .plurals import plural_common_noun
from .sources import NAME_OF_JOINERS, names_person, unnamed_individual
from .spans import (
    APOSTROPHE_NAME,
    LEGISLATURE_NAMES,
    MAX_PERSON_NAME_TOKENS,
    ORG_LABELS,
    _after_article,
    _and_joined_names,
    _apostrophe_surnames,
    _appositive_bodies,
    _body_word,
    _cause_names,
    _cause_split,
    _credit,
    _demonym_bodies,
    _family_parties,
    _hyphen_completed,
    _izafet_names,
    _joined_names,
    _joiner_end,
    _listed_known_orgs,
    _listed_name,
    _listed_parties,
    _misread_surnames,
    _name_tail,
    _one_line,
    _org_kind,
    _org_tail,
    _organs,
    _particle_names,
    _past_lead_word,
    _past_slug,
    _place_completed,
    _position_parties,
    _spelled_out,
    _split_names,
    _state_chapters,
    _strip,
    _untagged_bodies,
    _untagged_names,
    _untagged_surnames,
    _voting_parties,
)
from .surnames import PERSON_LABELS, after_courtesy_title, text_surnames
from .titles import (
    COURTESY_TITLES,
    HEAD_ROLES,
    NAME_TITLES,
    courtesy_length,
    is_role_word,
    leading_titles,
)
from .tokens import POSSESSIVE, doc_text, entities, parse, per_doc, span_text, table
from .words import WORDS

#: A US legislator's party and state after the name, "(D-N.M.)", "(R-Ky.)": no organisation.
PARTY_STATE_TAG = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")
PLACE_LABELS = {"GPE", "LOC", "NORP", "FAC"}
#: gazetteer kinds of a place a person may be from ("a deputy from Chihuahua, X")
PLACE_ENTRY_KINDS = frozenset({"country", "capital", "region"})
# After these a state is only a place: "the war in Yemen" (see ``_from_country``).
PLACE_PREPS = {"in"}
# After these an organisation is where something comes from, not a place: "ratings from the
# National Rifle Association", "a letter from the ACLU".
ORG_SOURCE_PREPS = {"from"}
GOV_BODIES = WORDS["gov_bodies"]
POST_HONORIFICS = WORDS["post_honorifics"]
PLACE_FEATURES = WORDS["place_features"]
WORKS = WORDS["works"]
NON_ACTOR_ORG_WORDS = WORDS["non_actor_org_words"]
OWNED_TEXT_NOUNS = WORDS["owned_text_nouns"]
MEMBER_BODY_WORDS = WORDS["member_body_words"]
ORG_NOUNS = WORDS["org_nouns"]
APPOS_ORG_HEADS = WORDS["appos_org_heads"]
APPOS_PERSON_NOUNS = WORDS["appos_person_nouns"]
IGO_SEATS_FILE = Path(__file__).resolve().parent.parent / "data" / "actors" / "igo_seats.tsv"


def _igo_seats(path: Path) -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """Capitals that stand for an international body seated there when the text names that body
    (``igo_seats.tsv``): capital -> [(body, its names in the text)], in the file's order."""
    seats: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for row in read_rows(path, 3, key_cols=2):
        capital, body, names = row.cells
        alts = "|".join(re.escape(n.strip()) for n in names.split(",") if n.strip())
        seats.setdefault(capital, []).append((body, re.compile(rf"\b(?:{alts})\b")))
    return seats


IGO_SEATS = _igo_seats(IGO_SEATS_FILE)
LED_WORDS = WORDS["led_words"]
REGION_QUALIFIERS = WORDS["region_qualifiers"]
STATE_BODY_HEADS = WORDS["state_body_heads"]
CAPITAL_BODY_WORDS = WORDS["capital_body_words"]
# tokens from a state's name to its body's head ("Sudan's army-led government")
STATE_BODY_REACH = 4
#: a state's armed service named by a phrase after its possessive ("China's coast guard")
MILITARY_PHRASES = WORDS["military_phrases"]


def _appositive_body(core: Span) -> str | None:
    """The organisation noun of an apposition to a name ("Golkar, the second-largest party
    in the coalition,") or of the noun the name is in apposition to, if it has one."""
    root = core.root
    pt, tab = parse(core.doc), table(core.doc)  # the children index: no Token per child
    for c in pt.kids[root.i]:
        if pt.dep[c] == "appos" and c > core.end and tab.lower[c] in APPOS_ORG_HEADS and (
                tab.pos[c] == "NOUN"):
            return tab.lower[c]
    if root.dep_ == "appos" and root.head.i < core.start and root.head.pos_ == "NOUN" and (
            root.head.lower_ in APPOS_ORG_HEADS):  # "A citizens' initiative, Hamburg Fuer Alle,"
        return root.head.lower_
    before = core.doc[core.start - 1] if core.start > 0 else None
    if before is not None and before.is_lower and before.pos_ == "NOUN" and (
            before.lower_ in APPOS_ORG_HEADS):  # "the investigative outlet Abzas Media"
        return before.lower_
    return None


def _appositive_person(core: Span, gaz: Gazetteer) -> bool:
    """A name of two or three capitalised words in apposition, between commas, to a noun
    for a person (a person source noun or a role word: "the party's environment
    spokeswoman, Zsofia Vida,"; "a backbencher from Kandy, Name,")."""
    doc, root = core.doc, core.root
    head = root.head
    if head.dep_ == "pobj" and head.pos_ == "PROPN" and head.head.dep_ == "prep":
        head = head.head.head  # "A backbencher from Kandy, Name,": hung on the place
    if not 2 <= len(core) <= 3 or not all(t.is_alpha and t.is_title for t in core) or (
            root.dep_ != "appos" or head.i >= core.start or head.pos_ != "NOUN"):
        return False
    if doc[core.start - 1].text != "," or core.end < len(doc) and doc[core.end].text not in (
            ",", ".", ";"):
        return False
    return names_person(head) or is_role_word(head, gaz)


def _placed_body(core: Span) -> bool:
    """A name the tagger took for a place whose head is a capitalised word for a body, last or
    before its "of" part ("the Kenya Union of Journalists")."""
    root = core.root
    if len(core) < 2 or not (root.text[:1].isupper() and _body_word(root)) or (
            root.i == core.start):
        return False
    return root.i == core.end - 1 or core.doc[root.i + 1].lower_ in NAME_OF_JOINERS


def _known_org(gaz: Gazetteer, span: Span) -> bool:
    """Is ``span`` the name of an organisation the gazetteer knows?"""
    entry = gaz.lookup(span.text)
    return entry is not None and entry.kind == "org"


def _country_named_body(core: Span, entry: Entry, gaz: Gazetteer) -> Mention | None:
    """"Offshore Norge", "Hockey Kanada": a state's name the tagger left untagged after
    capitalised words that are compounds of it, and no name or title of their own, ends
    the name of a body of that state."""
    doc = core.doc
    root = core.root
    if core.root.ent_type_ or root.dep_ == "compound" or (
            core.end < len(doc) and doc[core.end].text[:1].isupper()):
        return None
    start = core.start
    while start > 0:
        prev = doc[start - 1]
        if prev.dep_ != "compound" or not start <= prev.head.i < core.end or (
                prev.pos_ != "PROPN" or not prev.is_alpha or not prev.text[:1].isupper()
                or prev.ent_type_ or "\n" in prev.whitespace_):
            break
        start -= 1
    if start == core.start or any(
            gaz.lookup(t.text) is not None or is_role_word(t, gaz) or (
                t.text in gaz.given_names) for t in doc[start:core.start]):
        return None
    return Mention(start, core.end, "org", span_text(doc, start, core.end),
                   country=entry.code, how="country-named-body")


def _coordinated_person(doc: Doc, start: int, end: int, surnames: set[str]) -> Mention | None:
    """"Trump and most Republicans": a lone name coordinated with an organisation's is the
    person the text named with that surname (``surnames``: ``text_surnames`` of the doc)."""
    name = doc[start:end].text
    if end - start == 1 and name in surnames:
        return Mention(start, end, "person", name, how="ner:person")
    return None


def _titled_surnames(doc: Doc, gaz: Gazetteer) -> set[str]:
    """One-word names right after a title ("President Trump", "Sen. Cruz"), so a lone
    "Trump" the tagger took for an organisation elsewhere is that person even where the text
    never gives the full name: names the tagger marked as people there, and names it left
    untagged there ("the support of President Trump, Ohio Gov. ...") that are no gazetteer
    entry, title or organisation name."""
    out = {e.text for e in entities(doc) if e.label_ in PERSON_LABELS and e.end - e.start == 1
           and e.start > 0 and leading_titles([doc[e.start - 1]], gaz) == 1
           and e[0].is_title and e[0].is_alpha}
    for t in doc[1:]:
        if t.ent_type_ or not (t.is_title and t.is_alpha and t.pos_ == "PROPN"):
            continue
        nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
        if nxt is not None and nxt.pos_ == "PROPN" and nxt.is_title:
            continue  # "President Trump Tower": not a lone name
        if leading_titles([doc[t.i - 1]], gaz) == 1 and not is_role_word(t, gaz) and (
                gaz.lookup(t.text) is None and _org_kind(t.text)[0] is None):
            out.add(t.text)
    return out


#: Words before a name that make it a thing's or a body's, never a person's ("the Pentagon").
ARTICLES = frozenset({"the", "a", "an"})
THING_PRONOUNS = WORDS["thing_pronouns"]
#: The fewest times an untitled lone name is written before it counts as a surname.
UNTITLED_MIN = 2


def _untitled_surnames(doc: Doc, gaz: Gazetteer) -> set[str]:
    """Lone names the tagger called an organisation that nothing in the text makes one
    ("Trump's opposition to the bill", "Kushner had access"), so that they are a person's
    surname even where the text gives neither a title nor the full name: a capitalised word
    of one token, no gazetteer entry, role word, organisation form or town, written at least
    ``UNTITLED_MIN`` times, once as an owner or a subject, and never
    - after an article of its own ("the Pentagon"),
    - at the start or the end of a longer name ("Boeing Co.", "the Clinton Foundation"; a
      given name or a title before it is no name: "Donald Trump"),
    - after a common noun of an organisation ("the health workers' union Sanitas"), or inside
      a longer name the tagger gave no person, or joined to one ("Freedom and Solidarity",
      "Iberdrola, Endesa and Naturgy"),
    - where a thing is ("at Stanford"), or tagged as a place or a people,
    - before an "it" or "its" of its sentence ("Boeing said it would ...")."""
    ent_of = {t.i: e for e in entities(doc) for t in e}
    out: set[str] = set()
    for e in entities(doc):
        if e.label_ not in ORG_LABELS or len(e) != 1:
            continue
        t = e[0]
        if not (t.is_title and t.is_alpha and len(t) > 2) or t.text in out:
            continue
        if gaz.lookup(t.text) is not None or _org_kind(t.text)[0] is not None or (
                is_role_word(t, gaz)) or is_city(t.text):
            continue
        same = [u for u in doc if u.text == t.text]
        if len(same) < UNTITLED_MIN or not any(
                u.dep_ in ("poss", "nsubj", "nsubjpass") for u in same):
            continue  # one passing word ("Stanford professors"), or no one's act or thing
        if not any(_a_body_here(u, gaz, ent_of) for u in same):
            out.add(t.text)
    return out


def _a_body_here(u: Token, gaz: Gazetteer, ent_of: dict[int, Span]) -> bool:
    """What makes the lone name ``u`` a body's or a place's here (see ``_untitled_surnames``)."""
    doc = u.doc
    nxt = doc[u.i + 1] if u.i + 1 < len(doc) else None
    prev = doc[u.i - 1] if u.i > 0 else None
    ent = ent_of.get(u.i)
    return (prev is not None and (prev.lower_ in ARTICLES and prev.head.i == u.i or (
        prev.is_lower and _org_kind(prev.text)[0] is not None))) or (
        nxt is not None and nxt.is_title and nxt.pos_ == "PROPN") or _ends_name(u, gaz) or (
        _is_locative(u)) or ent is not None and (ent.label_ in PLACE_LABELS or len(ent) > 1 and (
            ent.label_ not in PERSON_LABELS)) or _joined_name(u, ent_of) or any(
        w.lower_ in THING_PRONOUNS for w in doc[u.i + 1:u.sent.end])


def _joined_name(u: Token, ent_of: dict[int, Span]) -> bool:
    """``u`` is the last word of a name joined by "and" ("Freedom and Solidarity") or listed
    with names the tagger called organisations ("Iberdrola, Endesa and Naturgy")."""
    doc = u.doc
    if u.i > 1 and doc[u.i - 1].lower_ == "and" and doc[u.i - 2].is_title and (
            doc[u.i - 2].pos_ == "PROPN") and doc[u.i - 2].ent_type_ not in PERSON_LABELS:
        return True
    return any(c.i in ent_of and ent_of[c.i].label_ in ORG_LABELS and c.text != u.text
               for c in u.conjuncts)


def _ends_name(t: Token, gaz: Gazetteer) -> bool:
    """``t`` ends a longer name ("the Clinton Foundation", "the Hispanic Caucus"): a
    capitalised proper noun goes before it that is neither a given name nor a title."""
    if t.i == 0:
        return False
    prev = t.doc[t.i - 1]
    return prev.is_title and prev.pos_ == "PROPN" and prev.text not in gaz.given_names and (
        leading_titles([prev], gaz) == 0)


def _doc_surnames(doc: Doc, gaz: Gazetteer) -> set[str]:
    """The surnames of the document's people: of the full names the tagger marked, after
    titles, lone untitled names and words after a given name (see each)."""
    return text_surnames(doc) | _titled_surnames(doc, gaz) | _untitled_surnames(doc, gaz) | (
        _given_surnames(doc, gaz))


def _given_surnames(doc: Doc, gaz: Gazetteer) -> set[str]:
    """Names right after a given name inside a name the tagger marked as a person's, whatever
    follows them there ("Donald Trump Donald TrumpJan. 6", where a page's headline ran into
    the next): "Trump" is a surname even where the whole name ends in another word (not a
    word joined by a hyphen to the next: "Lee Jae-myung")."""
    out: set[str] = set()
    for e in entities(doc):
        if e.label_ not in PERSON_LABELS:
            continue
        for t in e[1:]:
            if t.is_title and t.is_alpha and doc[t.i - 1].text in gaz.given_names and (
                    t.whitespace_ or t.i + 1 == e.end) and (
                    t.text not in gaz.given_names and gaz.lookup(t.text) is None):
                out.add(t.text)
    return out


def _title_inside(core: Span, gaz: Gazetteer) -> bool:
    """A name the tagger called an organisation with a title inside it ("Sen. Tom Udall
    (D-N.M.)", "President Trump"): the rest names a person."""
    k = core.start + leading_titles(core, gaz)
    rest = core.doc[k:core.end]
    return k > core.start and 1 <= len(rest) <= MAX_PERSON_NAME_TOKENS and all(
        t.text[:1].isupper() and t.pos_ == "PROPN" for t in rest) and not (
        _org_kind(rest.text)[0] is not None or _org_tail(rest) or any(
            gaz.lookup(t.text) is not None for t in rest))


def _outside_party_members(mentions: list[Mention]) -> list[Mention]:
    """Drop the chamber of "House Republicans" as an actor of its own: it is part of the
    party's mention (see ``_chamber_start``)."""
    parties = [m for m in mentions if m.org_kind == "party"]
    return [m for m in mentions if not any(
        p is not m and p.start <= m.start and m.end <= p.end for p in parties)]


def _chamber_start(core: Span) -> int:
    """Where a party's mention starts when a chamber's bare name goes before it ("House
    Republicans", "Senate Democrats": the party's members in that chamber, one mention)."""
    if core.start == 0:
        return core.start
    prev = core.doc[core.start - 1]
    before = core.doc[prev.i - 1] if prev.i > 0 else None
    if prev.lower_ in LEGISLATURE_NAMES and prev.text[:1].isupper() and (
            before is None or before.pos_ != "PROPN"):
        return prev.i
    return core.start


POSTED_BODIES = WORDS["posted_bodies"]
MEASURE_WORDS = WORDS["measure_words"]
MEDIUM_VERBS = WORDS["medium_verbs"]
MEDIUM_PREPS = WORDS["medium_preps"]


def _posting_end(core: Span) -> int:
    """The end of an organisation name that continues with "to/in <name>"."""
    doc = core.doc
    end = core.end
    if not any(t.lower_ in POSTED_BODIES for t in core) or end + 1 >= len(doc) or (
        doc[end].lower_ not in ("to", "in")
    ):
        return end
    k = end + 1
    if doc[k].lower_ == "the":
        k += 1
    j = k
    while j < len(doc) and j - k < 4 and doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN":
        j += 1
    return j if j > k and doc[j - 1].ent_type_ in ("ORG", "GPE") else end


MEMBERSHIP_NOUNS = WORDS["membership_nouns"]
BUILDING_PART_NOUNS = WORDS["building_part_nouns"]
COURT_WORDS = WORDS["forum_heads"]
BARE_CHAMBERS = WORDS["bare_chambers"]
PASSING_LEGISLATURES = WORDS["passing_legislatures"]
LEGISLATURES = LEGISLATURE_NAMES | PASSING_LEGISLATURES


def _named_in_passing(span: Span) -> bool:
    """A legislature named only in a member's title ("a Liberal member of Parliament from
    Toronto", "the state's only member of Congress"; not a member state of an alliance), or a
    body named as the building where something happens ("on the lawn of Parliament"): no
    actor unless it is named as one elsewhere (weak)."""
    root = span.root
    if root.dep_ != "pobj" or root.head.lower_ != "of":
        return False
    owner = root.head.head
    return owner.lower_ in BUILDING_PART_NOUNS or owner.lower_ in MEMBERSHIP_NOUNS and (
        root.lower_ in LEGISLATURES)


def _medium(span: Span) -> bool:
    """A name the tagger took for a person or a body where words were written or posted
    ("wrote on Instagram that", "a clip she posted on TikTok", "the decree, published in the
    Official Gazette": ``medium_preps``): the medium, no actor."""
    root = span.root
    return span.label_ in PERSON_LABELS | ORG_LABELS and root.dep_ == "pobj" and (
        root.head.lower_ in MEDIUM_PREPS) and root.head.head.pos_ == "VERB" and (
        root.head.head.lemma_.lower() in MEDIUM_VERBS)


def _names_a_measure(doc: Doc, end: int) -> bool:
    """A capitalised word for a measure ("Bill", "Act": ``measure_words``) right after a
    name, or after its bracketed word ("the Media Council (Amendment) Bill"): the name is the
    measure's, no actor."""
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")":
        end += 3
    return end < len(doc) and doc[end].lower_ in MEASURE_WORDS and doc[end].is_title


def _past_courtesy(doc: Doc, start: int, end: int) -> int:
    """Where a person's name ``doc[start:end]`` starts after its courtesy titles ("Ms de
    Vries") and titles of address of other languages ("Tan Sri Lim Kok Wah", "Diputada Ana
    Ruiz"); a title of address stays where fewer than two words would be left ("Señor
    Presidente" names no one, "Mme Roche" is left to the surname rules)."""
    while 0 < (k := courtesy_length(doc, start)) < end - start and (
            k == 1 and doc[start].lower_.rstrip(".") in COURTESY_TITLES or end - start - k >= 2):
        start += k
    return start


def _owned_chambers(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """A legislature named by a name any state's may go by (``bare_chambers``) after its
    state's possessive ("Chile's National Assembly", "Peru's Chamber of Deputies"): one
    mention of the chamber that keeps the state's name, coded with that state; the
    possessive is no mention of the state."""
    ends = {m.end: m for m in mentions if m.kind == "country"}
    drop: set[int] = set()
    for m in mentions:
        if m.kind != "org" or fold(m.name) not in BARE_CHAMBERS:
            continue
        root = doc[m.start:m.end].root
        if root.dep_ == "pobj" and root.head.lower_ == "of":
            continue  # "the speaker of Chile's National Assembly": inside an office's name
        owner = ends.get(m.start)
        if owner is None and m.start > 0 and doc[m.start - 1].tag_ == "POS":
            owner = ends.get(m.start - 1)
        if owner is None or doc[m.start - 1].tag_ != "POS" and not (
                doc[owner.end - 1].tag_ == "POS"):
            continue
        drop.add(id(owner))
        m.start, m.country = owner.start, m.country or owner.country
    return [m for m in mentions if id(m) not in drop]


def _state_service(span: Span, core: Span, entry: Entry) -> Mention | None:
    """"China's coast guard said": a state's service named by several words after its
    possessive (``military_phrases``) is a body of that state, apart from it."""
    doc, root, end = span.doc, core.root, span.end
    head = root.head
    if root.dep_ != "poss" or end >= len(doc) or head.i <= end + 1 or (
            doc[end].text not in POSSESSIVE) or head.dep_ in ("compound", "amod"):
        return None
    phrase = " ".join(t.lower_ for t in doc[end + 1:head.i + 1])
    if phrase not in MILITARY_PHRASES:
        return None
    return Mention(span.start, head.i + 1, "org", f"{entry.name} {phrase}", country=entry.code,
                   sector="MIL", org_kind="military", how="demonym-mil")


def _acts_as_capital(span: Span) -> bool:
    root = span.root
    if _is_locative(root):
        return False
    if root.dep_ == "compound" and root.head.lower_ not in GOV_BODIES:
        return False
    return True


def _names_a_body(root: Token) -> bool:
    """Is a name with a word of ``non_actor_org_words`` still a body's: its head a word for a
    body that is none of those ("the Law Association"), or owned by a capitalised plural of
    its members ("the Catholic Bishops' Conference", "the Mayors' Forum": a standing body of
    those people, no event or work)?"""
    return root.lower_ not in NON_ACTOR_ORG_WORDS and _body_word(root) or any(
        c.dep_ == "poss" and c.tag_ == "NNPS" and any(
            g.dep_ == "case" and g.text in ("'", "’") for g in c.children) for c in root.children)


def _place_then_person(ent: Span, gaz: Gazetteer) -> list[Span]:
    """"A deputy from Chihuahua, Marisol Peña, said": one tagged name over a place, a comma
    and a person's name in apposition to it (two or three capitalised words, the first a
    given name): the place and the person, apart; [] for any other entity."""
    doc = ent.doc
    commas = [t.i for t in ent if t.text == ","]
    if len(commas) != 1:
        return []
    place, person = doc[ent.start:commas[0]], doc[commas[0] + 1:ent.end]
    if not len(place) or not 2 <= len(person) <= 3 or not all(
            t.text[:1].isupper() for t in person) or not (
            is_given_name(person[0].text) or person[0].text in gaz.given_names):
        return []
    entry = gaz.lookup(place.text)
    if not is_city(place.text) and (entry is None or entry.kind not in PLACE_ENTRY_KINDS):
        return []
    return [Span(doc, place.start, place.end, label="GPE"),
            Span(doc, person.start, person.end, label="PERSON")]


def _voice_word(span: Span) -> bool:
    """A lone capitalised word for what a body says ("Statement from the prime minister's
    office: ...", ``voice_nouns``), which the tagger took for a body's name: no actor."""
    return len(span) == 1 and span[0].lower_ in VOICE_NOUNS and span.label_ not in PERSON_LABELS


def _thing_words(doc: Doc) -> set[str]:
    """The words the text puts before a noun of a place or a work ("Medgaz" of "the Medgaz
    pipeline", "Marra" of "the Jebel Marra mountains")."""
    lowers = table(doc).lower
    return {c.text for i, w in enumerate(lowers) if w in PLACE_FEATURES or w in WORKS
            for c in doc[i].lefts if c.dep_ == "compound"}


def _names_a_thing(name: Span) -> bool:
    """Whether the text uses the name for a place or a work ("the Medgaz pipeline", "the
    Dumbur dam"), so that it is no person's or body's anywhere in the text."""
    return name[-1].text in per_doc(name.doc, "stancemap.things", _thing_words)


class Detector:
    """Turns a parsed Doc into a list of candidate Mentions."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self._position_names: set[str] = set()  # see ``_position_parties``
        self._hometown_names: set[str] = set()  # see ``_a_place``

    def __call__(self, doc: Doc) -> list[Mention]:
        self._surnames: set[str] | None = None  # see ``_surnames_of``
        ents = entities(doc)
        dateline = dateline_tokens(doc)  # "BRUSSELS, Oct. 14 -" names no actor
        taken: set[int] = set(dateline)
        out: list[Mention] = []
        for span in self._candidates(doc, ents):
            span = _one_line(_past_lead_word(_past_slug(span)))
            if any(i in taken for i in range(span.start, span.end)) or not len(span):
                continue
            text = span.text
            if self.gaz.is_non_actor(text, span.label_ in PERSON_LABELS) or _credit(span) or (
                    PARTY_STATE_TAG.match(text)) or _medium(span) or _voice_word(span):
                continue
            mention = self._classify(span)
            if mention is None:
                continue
            out.append(mention)
            taken.update(range(mention.start, mention.end))
        out = _spelled_out(doc, out)
        out = _organs(doc, self.gaz, out)
        out = _outside_party_members(_owned_chambers(doc, out))
        out.extend(self._coordinated_names(doc, out, taken))
        out.extend(_group_mentions(doc, taken))
        out.extend(_crowd_mentions(doc, taken))
        out = party_part_mentions(doc, out + _counted_mentions(doc, taken, out), taken)
        out.extend(_side_mentions(doc, taken))
        out = common_legislatures(doc, out, self.gaz.lookup)
        places = _place_names(ents)
        out = [m for m in out if not (m.kind in ("person", "org") and m.how.startswith("ner")
                                      and fold(span_text(doc, m.start, m.end)) in places)]
        located = _located_names(ents)
        if located:
            self._hometown_names = _hometowns(ents)
            out = [m for m in out if not (m.how == "ner:person" and self._a_place(doc, m, located))]
        out = constituency_mentions(doc, town_mentions(doc, out, self.gaz.people),
                                    self.gaz.people)
        for m in out:
            if m.kind == "org" and _named_in_passing(doc[m.start:m.end]):
                m.weak = True
        out.sort(key=lambda m: m.start)
        return out

    def _a_place(self, doc: Doc, m: Mention, located: set[str]) -> bool:
        """A name the tagger took for a person's that the text puts after a preposition of
        place (``_located_names``) and that is no one's: no word of it a given name (unless
        it follows a person's "of", ``_hometowns``), no person of the dictionaries, no
        person of the text with it as a surname."""
        text = span_text(doc, m.start, m.end)
        words = text.split()
        if fold(text) not in located or any(w in self.gaz.given_names for w in words) and (
                fold(text) not in self._hometown_names) or (
                fold(text) in self.gaz.people):
            return False
        return not any(e.label_ in PERSON_LABELS and len(e) > 1 and e[-1].text == words[-1]
                       and fold(e.text) != fold(text) for e in entities(doc))

    def _surnames_of(self, doc: Doc) -> set[str]:
        """``text_surnames`` of the document, worked out once."""
        if self._surnames is None:
            self._surnames = _doc_surnames(doc, self.gaz)
        return self._surnames

    # -- candidates ----------------------------------------------------------------------
    def _candidates(self, doc: Doc, ents: tuple[Span, ...]) -> list[Span]:
        """Entities and gazetteer phrases, longest first where they overlap."""
        spans: list[Span] = []
        causes = _cause_names(doc, self.gaz)
        for ent in ents:
            if ent.label_ in PERSON_LABELS | ORG_LABELS | PLACE_LABELS | {"WORK_OF_ART", "LAW"}:
                spans.extend(_place_then_person(ent, self.gaz) or _listed_known_orgs(
                    ent, self.gaz) or _cause_split(ent, causes) or [_hyphen_completed(ent)])
        spans.extend(causes)
        spans.extend(_split_names(doc, ents, self.gaz))
        spans.extend(joined := _joined_names(doc, ents))
        spans.extend(_listed_name(doc, ents, self.gaz))
        spans.extend(_place_completed(doc, (*ents, *joined), self.gaz))
        spans.extend(_state_chapters(doc, ents, self.gaz))
        spans.extend(_untagged_names(doc, self.gaz))
        spans.extend(_untagged_bodies(doc) + _izafet_names(doc) + _particle_names(doc))
        spans.extend(_demonym_bodies(doc, self.gaz))
        spans.extend(_appositive_bodies(doc))
        spans.extend(_misread_surnames(doc, self.gaz))
        spans.extend(_apostrophe_surnames(doc))
        spans.extend(_untagged_surnames(doc, text_surnames(doc)))
        spans.extend(_family_parties(doc, self.gaz))
        parties = _position_parties(doc, self.gaz) + _voting_parties(doc, self.gaz)
        self._position_names = {fold(s.text) for s in parties}
        spans.extend(parties)
        spans.extend(_and_joined_names(doc, spans, self.gaz))
        # Gazetteer phrases the tagger missed or mislabelled: scan capitalised token runs,
        # trying only words that start a known phrase.
        text = doc_text(doc)
        tab = table(doc)
        words, starts = tab.text, tab.idx
        first_words = self.gaz.first_words
        phrases = self.gaz.phrases
        longest = self.gaz.longest
        i = 0
        n = len(doc)
        capital: list[bool] | None = None
        while i < n:
            if words[i] in first_words and words[i][:1].isupper():
                if capital is None:  # which words start with a capital, once per Doc
                    # a name's last word may be a number ("Polska 2050")
                    capital = [w[:1].isupper() or w.isdigit() for w in words]
                found = None
                for j in range(min(n, i + longest), i, -1):
                    if not capital[j - 1]:
                        continue
                    if text[starts[i]:starts[j - 1] + len(words[j - 1])] in phrases:
                        found = doc[i:j]
                        break
                if found is not None and not _name_tail(found, self.gaz):
                    spans.append(found)
                    i = found.end
                    continue
            i += 1
        # Longest first, then leftmost; entities before gazetteer spans of equal size.
        spans.sort(key=lambda s: (-(s.end - s.start), s.start))
        # An entity that is exactly a gazetteer phrase is taken as that phrase.
        return spans

    # -- classification --------------------------------------------------------------------
    def _classify(self, span: Span) -> Mention | None:
        core = _strip(span)
        if len(core) == 0:
            return None
        label = span.label_ if span.label_ else ""
        entry = self.gaz.lookup(core.text)
        body = _appositive_body(core) if entry is None and label in (
            PLACE_LABELS | PERSON_LABELS) else None
        if body is not None:
            # "A third party, Prosperous Armenia, said", "Golkar, the second-largest party,
            # said": a name the tagger took for a place or a person, in apposition to a body
            m = self._org(span, core)
            if m is not None and m.kind == "org" and body == "party":
                m.org_kind, m.sector = "party", "PTY"
            return m
        if entry is None and label in PLACE_LABELS and _appositive_person(core, self.gaz):
            return self._person(core)  # "a backbencher from Kandy, Name,": a person's name
        if entry is None and label in PLACE_LABELS and _placed_body(core):
            return self._org(span, core)  # "the Kenya Union of Journalists" is a body
        if entry is None and label not in PERSON_LABELS | ORG_LABELS:
            # "Europe" acting ("Europe will stand by") is the European Union.
            if core.text == "Europe" and core.root.dep_ in ("nsubj", "nsubjpass"):
                entry = self.gaz.orgs.get("European Union")
            else:
                return None
        if entry is not None:
            return self._from_entry(span, core, entry)
        if label in PERSON_LABELS:
            if plural_common_noun(core, text_surnames(core.doc)) and not after_courtesy_title(
                    core.doc, core.start):  # "Herders in Khanbogd gathered": no person
                return self._org(span, core) if _after_article(core.doc, core.start) < (
                    core.start) else None
            return self._leader_body(core) or self._person(core)
        if label in ORG_LABELS:
            return self._org(span, core)
        return None

    def _party_family(self, core: Span, entry: Entry) -> Mention | None:
        """"the Social Democrats", "Sweden's ... Christian Democrats": a party word the
        gazetteer gives to one party, after a ``party_families.tsv`` word, is another party
        of that family, named by the whole phrase (its country from the story)."""
        doc = core.doc
        start = core.start
        while start > 0 and doc[start - 1].lower_ in self.gaz.party_families | {"and"} and (
                doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ == "and"):
            start -= 1
        if doc[start].lower_ == "and":
            start += 1
        if start == core.start or entry.org_kind != "party":
            return None
        name = span_text(doc, start, core.end)
        return Mention(_after_article(doc, start), core.end, "org", name, sector="PTY",
                       org_kind="party", how="party-family")

    def _from_entry(self, span: Span, core: Span, entry: Entry) -> Mention | None:
        if entry.kind == "country":
            return self._from_country(span, core, entry)
        if entry.kind == "seat":
            return self._from_seat(span, core, entry)
        if entry.kind == "capital":
            return self._from_capital(span, core, entry)
        if entry.kind == "demonym":
            return self._from_demonym(core, entry)
        if entry.kind == "org":
            if not self._org_acts(span, core):
                return None
            family = self._party_family(core, entry)
            if family is not None:
                return family
            start = _chamber_start(core) if entry.org_kind == "party" and (
                core.start == span.start) else span.start
            return Mention(start, span.end, "org", entry.name, sector=entry.sector,
                           org_kind=entry.org_kind, how="gazetteer:org",
                           country=self.gaz.org_countries.get(entry.name))
        return None

    def _from_country(self, span: Span, core: Span, entry: Entry) -> Mention | None:
        root = core.root
        doc = span.doc
        named = _country_named_body(core, entry, self.gaz) or _state_service(span, core, entry)
        if named is not None:
            return named
        # Within a longer organisation name ("Business Unity South Africa"): not here.
        end = span.end
        head = root.head
        if root.dep_ == "poss" and head.lower_ in STATE_BODY_HEADS and head.i > end and (
            all((t.is_lower and t.dep_ in ("compound", "amod", "case", "npadvmod")) or (
                t.text == "-") for t in doc[end:head.i] if t.text not in POSSESSIVE)
        ) and head.i - end <= STATE_BODY_REACH:
            nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
            if nxt is None or not (is_role_word(nxt, self.gaz) or nxt.ent_type_ == "PERSON"):
                # "Japan's foreign ministry said": the ministry speaks for its state
                return Mention(span.start, head.i + 1, "country", entry.name,
                               country=entry.code, how="state-body")
        if root.dep_ == "poss" and head.i == end + 1 and doc[end].text in POSSESSIVE and (
            head.lower_ in MILITARY_BODIES or (head.lower_ == "forces" and head.i > 0 and (
                doc[head.i - 1].lower_ == "armed"))
        ) and head.dep_ not in ("compound", "amod"):
            # "Pakistan's military said": the armed forces act apart from the state
            return Mention(span.start, head.i + 1, "org", f"{entry.name} {head.lower_}",
                           country=entry.code, sector="MIL", org_kind="military",
                           how="demonym-mil")
        if root.dep_ == "compound" and is_role_word(head, self.gaz) and span.start > 0 and (
            doc[span.start - 1].lower_ == "the" and head.i + 1 < len(doc)
        ) and not (doc[head.i + 1].pos_ == "PROPN" or is_role_word(doc[head.i + 1],
                                                                     self.gaz)):
            return None  # "the Kosovo prime minister": a description of a person
        first = root
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head  # "targets in Taiwan and [the Philippines]"
        # "the war in Yemen", "meeting in Luxembourg": a state named only as the place where
        # something happens is no actor (a mention only if the state acts elsewhere)
        place = first.dep_ == "pobj" and first.head.lower_ in PLACE_PREPS and (
            _setting_only(first.head.head))
        return Mention(span.start, end, "country", entry.name, country=entry.code,
                       how="gazetteer:country", weak=place)

    def _from_seat(self, span: Span, core: Span, entry: Entry) -> Mention:
        doc = span.doc
        owner = self._seat_owner(doc, core.text)
        if owner is not None and owner.code != entry.code:
            # "Pakistan's Foreign Office": the seat's name is another state's body here
            entry = owner
        start = _after_article(doc, span.start)
        end = span.end
        if end < len(doc) and doc[end].lower_ in GOV_BODIES:
            end += 1
        return Mention(start, end, "country", entry.name, country=entry.code, how="seat")

    def _from_capital(self, span: Span, core: Span, entry: Entry) -> Mention | None:
        doc = span.doc
        text = doc_text(doc)
        seat_of = next((org for org, named in IGO_SEATS.get(core.text, []) if named.search(
            text)), None)
        if seat_of and _acts_as_capital(core):
            # "accused Brussels of pressuring Belgrade": the EU, when the text names it
            org = self.gaz.orgs[seat_of]
            return Mention(core.start, core.end, "org", org.name, sector=org.sector,
                           org_kind=org.org_kind, how="capital-igo")
        body = _body_in_capital(core.root)
        if body is not None:  # "the government in Nuuk", "the authorities in Kabul"
            return Mention(_after_article(doc, body.i), span.end, "country", entry.name,
                           country=entry.code, how="capital-body")
        if not _acts_as_capital(core):
            return None
        end = span.end
        if end < len(doc) and doc[end].lower_ in CAPITAL_BODY_WORDS:
            end += 1
        start = span.start
        if end > span.end and start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        # a capital in quoted speech that is no clause's subject ("a surrender to Paris",
        # "since Geneva"): a figure of the speaker's, the state only if named elsewhere too
        weak = table(doc).quoted[core.start] and core.root.dep_ not in ("nsubj", "nsubjpass")
        return Mention(start, end, "country", entry.name, country=entry.code, how="capital",
                       weak=weak)

    def _from_demonym(self, core: Span, entry: Entry) -> Mention | None:
        doc = core.doc
        prev = doc[core.start - 1] if core.start > 0 else None
        if prev is not None and prev.is_title and prev.lower_ in REGION_QUALIFIERS and not (
            entry.name.lower().startswith(prev.lower_)
        ):
            return None  # "Latin American countries": a region's, not the United States'
        # "the Brazilian presidency", "Omani officials": a state body is the state.
        head, between, coord = _demonym_head(core)
        if between is not None and _few_lower_modifiers(between) and _is_military(
            head, between
        ) and (head.dep_ not in ("compound", "amod") or head.head.lower_ in VOICE_NOUNS):
            # "the Sudanese army", "the Israeli military": the armed forces act apart
            name = " ".join([core.text] + [t.lower_ for t in between] + [head.lower_])
            return Mention(_after_article(core.doc, core.start), head.i + 1, "org", name,
                           country=entry.code, sector="MIL", org_kind="military",
                           how="demonym-mil")
        if between is not None and _few_lower_modifiers(between) and _coordinated_troops(
            core, head, coord
        ):
            # "Indian and Pakistani troops traded fire": each state's armed forces act
            return Mention(core.start, core.end if coord else head.i + 1, "org",
                           f"{core.text} {head.lower_}", country=entry.code, sector="MIL",
                           org_kind="military", how="demonym-mil")
        if between is not None and _few_lower_modifiers(between) and head.lower_ in GOV_BODIES:
            # but not when the body has a named person ("Chinese ministry spokesperson Gao")
            doc = core.doc
            nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
            if nxt is not None and nxt.ent_type_ == "PERSON" or unnamed_individual(head):
                return None  # "an Israeli defence official": a person of their own
            return Mention(_after_article(doc, core.start), core.end if coord else head.i + 1,
                           "country", entry.name, country=entry.code, how="demonym-body")
        group = _agent_group(core, entry, head, between, coord)
        if group is not None:
            return group
        if head is not None and is_role_word(head, self.gaz):
            return None  # part of a person's title
        return Mention(core.start, core.end, "country", entry.name, country=entry.code,
                       weak=True, how="demonym")

    def _seat_owner(self, doc: Doc, phrase: str) -> Entry | None:
        """The state a text gives a government body's name to: "Pakistan's Foreign Office"."""
        text = doc_text(doc)
        m = re.search(r"([A-Z][\w.]*(?: [A-Z][\w.]*)?)['’]s " + re.escape(phrase), text)
        for name in (m.group(1), m.group(1).split()[-1]) if m else ():
            entry = self.gaz.lookup(name)
            if entry is not None and entry.code and entry.kind in ("country", "capital"):
                return Entry("country", entry.code, entry.name)
        # "the German Foreign Office"
        for m in re.finditer(r"([A-Z][\w]*) " + re.escape(phrase), text):
            entry = self.gaz.lookup(m.group(1))
            if entry is not None and entry.code and entry.kind == "demonym":
                return Entry("country", entry.code, self.gaz.country_names.get(entry.code, ""))
        return None

    def _leader_body(self, core: Span) -> Mention | None:
        """"The Obama administration": a person's name before a body named after its leader
        (``leader_bodies.tsv``) is that body, an organisation."""
        doc = core.doc
        head = doc[core.end] if core.end < len(doc) else None
        if head is None or head.lower_ not in self.gaz.leader_bodies or not (
                core.root.head.i == head.i and core.root.dep_ in ("compound", "nmod")):
            return None
        name = f"{core.text} {head.lower_}"
        return Mention(_after_article(doc, core.start), head.i + 1, "org", name,
                       sector=self.gaz.leader_bodies[head.lower_], how="leader-body")

    def _person(self, core: Span) -> Mention | None:
        doc = core.doc
        tab = table(doc)
        words, lower = tab.text, tab.lower
        start = core.start
        # Title words inside the entity ("Defence Minister General Ramon Carvajal").
        while start < core.end - 1 and is_role_word(doc[start], self.gaz) and (
            lower[start] not in NAME_TITLES
        ):
            start += 1
        while start < core.end and not words[start][:1].isalnum():
            start += 1  # "― Sonya Herridge": dash attributions
        # "Ms de Vries", "Tan Sri Lim Kok Wah": a courtesy title goes before a surname, it is
        # no part of the name
        start = _past_courtesy(doc, start, core.end)
        # "envoy for Sudan Grace Achieng": the posting is not part of the name
        if start > 0 and lower[start - 1] in ("for", "to", "of", "in") and (
            core.end - start >= 3
        ):
            for k in range(min(core.end - 2, start + 3), start, -1):
                entry = self.gaz.lookup(span_text(doc, start, k))
                if entry is not None and entry.kind in ("country", "capital", "org"):
                    start = k
                    break
        end = core.end
        # "Huseyin Karatas Bey", "Aksoy Hanim", "Sir Anthony Whitlock KC": a title of address
        # or a rank after the name is no part of it
        while end - start > 1 and fold(words[end - 1]) in POST_HONORIFICS:
            end -= 1
        if start >= end:
            return None
        name_span = doc[start:end]
        if not any(t.is_alpha or APOSTROPHE_NAME.match(t.text) for t in name_span) or (
                lower[core.end - 1] in PLACE_FEATURES):
            return None  # "the Second Thomas Shoal" is a place
        root = name_span.root
        if len(name_span) == 1 and root.dep_ in ("nmod", "amod", "compound") and (
            root.head.pos_ == "NOUN" and root.head.i > root.i
        ) and (root.head.lower_ in GROUP_HEADS or (
            start > 0 and lower[start - 1] in ("a", "an"))):
            return None  # "300 Sami and environmental activists", "a Sami reindeer herder"
        if all(t.is_lower for t in name_span):
            return None
        if len(name_span) == 1 and lower[start] in MEASURE_WORDS and start > 0 and (
                lower[start - 1] in ("the", "this", "that") or words[start - 1] == ")" or (
                    words[start - 1][:1].isupper() and not is_role_word(doc[start - 1], self.gaz)
                    and not courtesy_length(doc, start - 1))):
            return None  # "the Bill heads for committee", "the Fisheries Quota Bill"
        if self._title_before_name(name_span):
            return None
        if _names_a_thing(name_span):
            return None  # "carried by Medgaz" after "the Medgaz pipeline"
        if len(name_span) == 1 and name_span.text.endswith("s"):
            entry = self.gaz.lookup(name_span.text[:-1])
            if entry is not None and entry.kind == "demonym":
                return None  # "ordinary Nigeriens": a people, not a person
        return Mention(start, end, "person", name_span.text, how="ner:person")

    def _title_before_name(self, name: Span) -> bool:
        """A tagged "person" that is the title of the name after it: "The German [Green MEP]
        Anna Vogt", "[Chief Cabinet] Secretary Hiroshi Tanabe"."""
        doc = name.doc
        nxt = name.end
        while nxt < len(doc) and is_role_word(doc[nxt], self.gaz):
            nxt += 1
        ends_in_role = is_role_word(name[-1], self.gaz) or nxt > name.end
        return ends_in_role and nxt < len(doc) and doc[nxt].ent_type_ == "PERSON"

    def _state_body(self, span: Span, core: Span) -> Mention | None:
        """A ministry speaks for its state: "China's commerce ministry", "the Russian Defence
        Ministry", "the Ministry of Foreign Affairs of Ukraine" are mentions of the state."""
        doc = core.doc
        root = core.root
        if root.lower_ not in STATE_BODY_HEADS:
            return None
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and (is_role_word(nxt, self.gaz) or nxt.ent_type_ == "PERSON"):
            return None  # "Foreign Ministry spokeswoman Yelena Orlova": a title
        if root.dep_ == "compound" and root.head.i >= span.end:
            return None
        if any(t.tag_ == "POS" and _known_org(self.gaz, doc[t.head.left_edge.i:t.head.i + 1])
               for t in core):
            return None  # "Amnesty International's Ghana office": the organisation's branch
        start, entry = span.start, None
        for tok in root.subtree:
            if tok.i - root.i > 8 or not tok.text[:1].isupper():
                continue
            if span.start <= tok.i < span.end or tok.dep_ in ("poss", "pobj"):
                hit = self.gaz.lookup(tok.text)
                if hit is not None and hit.code and hit.kind in ("country", "demonym"):
                    entry = hit
                    if tok.dep_ == "poss" and tok.i < start:
                        start = tok.left_edge.i
                    break
        if entry is None:
            return None
        end = max(span.end, max(t.i for t in root.subtree if t.i - root.i <= 8) + 1)
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        return Mention(start, end, "country", entry.name, country=entry.code,
                       how="state-body")

    def _titled_name(self, core: Span) -> Mention | None:
        """A name the tagger called an organisation that a title shows to be a person:
        "Foreign Minister Gergely Varga", "the minister, Sigrun Einarsdottir," (uncommon names
        are often tagged ORG)."""
        doc = core.doc
        if _org_kind(core.text)[0] is not None or not all(
            t.is_title or t.text[:1].isupper() and t.is_alpha for t in core
        ) or any(is_role_word(t, self.gaz) for t in core) or self._title_before_name(core):
            return None
        start = core.start
        # given names the tagger left outside the entity: "Minister [Gergely] Varga"
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and not (
            is_role_word(doc[start - 1], self.gaz)
        ) and self.gaz.lookup(doc[start - 1].text) is None:
            start -= 1
        prev = doc[start - 1] if start > 0 else None
        root = core.root
        titled = prev is not None and prev.lower_ in HEAD_ROLES and not prev.is_lower
        appos = (root.dep_ == "appos" and root.head.lower_ in HEAD_ROLES) or any(
            c.dep_ == "appos" and c.lower_ in HEAD_ROLES for c in root.children)
        if not (titled or appos) and prev is not None and prev.text == "," and (
            core.end < len(doc) and doc[core.end].text == ","
        ):
            # "The U.N. humanitarian coordinator for Niger, Helena Costa, said": the noun
            # phrase before the comma is a title (the parser may hang the name elsewhere)
            k = start - 2
            while k >= 0 and start - k <= 8 and not doc[k].is_punct:
                if doc[k].lower_ in HEAD_ROLES or doc[k].lower_ in APPOS_PERSON_NOUNS:
                    appos = True
                    break
                k -= 1
        if not (titled or appos):
            return None
        start = _past_courtesy(doc, start, core.end)  # "Its spokeswoman, Mme Anne Roche,"
        return Mention(start, core.end, "person", doc[start:core.end].text, how="ner:person")

    def _org_acts(self, span: Span, core: Span) -> bool:
        root = core.root
        words = {t.lower_ for t in core if not (t.is_upper and len(t) > 1)}  # "ACT" is no act
        if words & NON_ACTOR_ORG_WORDS and self.gaz.lookup(core.text) is None and not (
                _names_a_body(root)) and not words & MEMBER_BODY_WORDS:
            return False  # "the Paris Agreement"; "the Law Association" is a body
        if root.dep_ in ("compound", "nmod", "amod") and root.head.i >= core.end:
            head = root.head
            if head.lower_ not in ORG_NOUNS and head.lower_ not in GOV_BODIES:
                return False  # "the UN climate summit", "UN sanctions", "EU Commissioner"
        doc = core.doc
        if core.end + 1 < len(doc) and doc[core.end].text == "-" and (
            doc[core.end + 1].lower_ in LED_WORDS
        ):
            return False  # "the NATO-led peacekeeping force"
        if _names_a_measure(doc, core.end):
            return False  # "the Media Council (Amendment) Bill": the bill's name
        if root.dep_ == "poss" and _names_owned_thing(root.head) or (
                self.gaz.lookup(core.text) is None and _names_a_thing(core)):
            return False  # "the G20's Common Framework"; "The Dumbur" of "the Dumbur dam"
        if _is_locative(root) and self.gaz.lookup(core.text) is None and (
                root.head.lower_ not in ORG_SOURCE_PREPS) and root.lower_ not in COURT_WORDS:
            return False  # "in the Amazon"; "challenge it in the Constitutional Court": a forum
        for child in root.children:
            if child.dep_ == "appos" and child.lower_ in PLACE_NOUNS:
                return False
        return True

    def _named_person(self, core: Span) -> Mention | None:
        """A name the tagger called an organisation that is a person's: one the actor
        dictionaries know ("Hillary Clinton"), a given name and a surname ("Donald Trump"), or
        a lone word that is several known people's surname ("Scott said")."""
        if len(core) == 1 and core[0].is_title and (
                core.text in self.gaz.surnames or core.text in self._surnames_of(core.doc)) and (
                self.gaz.lookup(core.text) is None and _org_kind(core.text)[0] is None):
            return Mention(core.start, core.end, "person", core.text, how="ner:person")
        if not 2 <= len(core) <= MAX_PERSON_NAME_TOKENS or not all(
                t.is_alpha and t.is_title for t in core):
            return None
        known = self.gaz.people.get(fold(core.text))
        if _org_kind(core.text)[0] is not None or _org_tail(core):
            return None
        if known is None and (core[0].text not in self.gaz.given_names or any(
                is_role_word(t, self.gaz) or self.gaz.lookup(t.text) is not None
                for t in core[1:])):
            return None
        return Mention(core.start, core.end, "person", core.text, how="ner:person")

    def _org(self, span: Span, core: Span) -> Mention | None:
        named = self._leader_body(core) or self._titled_name(core) or self._named_person(
            core) or (self._person(core) if _title_inside(core, self.gaz) else None)
        if named is not None:
            return named
        state = self._state_body(span, core)
        if state is not None:
            return state
        if not self._org_acts(span, core):
            return None
        if not any(c.isupper() for c in core.text):
            return None  # "coast guard chiefs": a common noun phrase names no organisation
        end = _joiner_end(core)
        end = _posting_end(core) if end == core.end else end
        doc = core.doc
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and (
            doc[end + 1].is_title and doc[end + 1].is_alpha
        ) and end == span.end:
            end += 3  # "the Communist Party of India (Marxist)": the bracket is in the name
        if end > span.end:  # "the China Chamber of Commerce to the EU"
            span, core = core.doc[span.start:end], core.doc[core.start:end]
        name = core.text
        kind, sector = _org_kind(name)
        if kind is None and (span.end < len(doc) and doc[span.end].lower_ == "party" or (
                fold(name) in self._position_names)):
            kind, sector = "party", "PTY"  # "the ruling Civil Contract party", "the
            # opposition NCP Tumaini"
        return Mention(span.start, span.end, "org", name, sector=sector, org_kind=kind,
                       how="ner:org")

    def _coordinated_names(self, doc: Doc, mentions: list[Mention], taken: set[int]
                           ) -> list[Mention]:
        """"The Socialists and Democrats, Renew Europe and the Greens voted": a name the
        tagger missed, coordinated with an organisation's, is an organisation of the same kind
        (never a place or a known word of the gazetteer)."""
        out: list[Mention] = []
        for m in [m for m in mentions if m.kind == "org"]:
            root = doc[m.start:m.end].root
            for conj in root.conjuncts:
                if conj.i in taken or conj.pos_ != "PROPN" or not conj.text[:1].isupper():
                    continue
                start = min([c.i for c in conj.lefts if c.dep_ == "compound"] + [conj.i])
                if start == conj.i and conj.ent_type_ in PERSON_LABELS | (
                        PLACE_LABELS - {"NORP"}):
                    continue  # "... and Europe": a place; "Renew Europe" is a name (and a
                    # people's name, "the French", is in the gazetteer)
                if any(i in taken for i in range(start, conj.i + 1)) or not all(
                        doc[i].text[:1].isupper() for i in range(start, conj.i + 1)):
                    continue
                name = span_text(doc, start, conj.i + 1)
                if self.gaz.lookup(name) is not None or self.gaz.is_non_actor(name):
                    continue
                person = _coordinated_person(doc, start, conj.i + 1, self._surnames_of(doc))
                out.append(person or Mention(
                    _after_article(doc, start), conj.i + 1, "org", name, sector=m.sector,
                    org_kind=m.org_kind, how="coordinated"))
                taken.update(range(start, conj.i + 1))
        return out + _listed_parties(doc, mentions + out, taken, self.gaz)


def _names_owned_thing(head: Token) -> bool:
    """A thing's noun after an organisation's possessive ("the G20's Common Framework") makes
    the organisation part of the thing's name; not a lower-case text noun it owns or drafted
    ("The Socialist Party's bill": the party is an actor)."""
    return head.lower_ in NON_ACTOR_ORG_WORDS and not (
        head.text.islower() and head.lower_ in OWNED_TEXT_NOUNS)
