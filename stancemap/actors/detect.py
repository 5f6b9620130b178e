"""Finding actor mentions in a parsed Doc: people, countries, organisations and groups.

Named entities from spaCy are checked against the gazetteer (which wins where the statistical
tagger slips: "Bratislava" tagged as a person, "Kiev" in "the Kiev regime"), then kept only
where they act as actors: a capital is a country only when it acts ("Moscow lambasted", "talks
with Moscow"), not as a place ("reporters in Manila"); an organisation that only modifies
another noun ("the UN climate summit") or sits inside a person's title is not an actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from .dateline import dateline_tokens
from .gazetteer import Entry, Gazetteer, fold
from .gender import is_given_name
from .sources import agent_sector, post_modifier, source_noun, unnamed_individual
from .titles import COURTESY_TITLES, HEAD_ROLES, NAME_TITLES, is_role_word, leading_titles
from .tokens import POSSESSIVE, doc_text, span_text, table
from .words import WORDS

PERSON_LABELS = {"PERSON"}
# Lower-case words inside an organisation's name ("Alternative for Germany", "Party of
# Regions"), and the fewest tokens a name spelled out before a bracketed short form has.
NAME_JOINERS = {"for", "of", "and", "the", "de", "du", "des", "del", "la", "le", "in", "on"}
NAME_RUN_MIN = 2
ACRONYM_MAX = 6  # letters of a bracketed short form ("UDMR")
CREDIT_WORDS = WORDS["credit_words"]
CREDIT_WINDOW = 3
# Agent sectors of ordinary people ("Armenian voters"): no actor of their own by nationality.
PLAIN_PEOPLE_SECTORS = {"CVL"}
LEGISLATURE_NAMES = WORDS["legislature_names"]
#: A US legislator's party and state after the name, "(D-N.M.)", "(R-Ky.)": no organisation.
PARTY_STATE_TAG = re.compile(r"^[DRI]-[A-Z][A-Za-z.]*$")
MAX_PERSON_NAME_TOKENS = 3
ORG_LABELS = {"ORG"}
PLACE_LABELS = {"GPE", "LOC", "NORP", "FAC"}
LOCATIVE_PREPS = {"in", "at", "near", "across", "throughout", "around", "outside", "inside",
                  "from", "into", "within", "via", "through", "toward", "towards"}
# After these a state is only a place: "the war in Yemen" (see ``_from_country``).
PLACE_PREPS = {"in"}
# After these an organisation is where something comes from, not a place: "ratings from the
# National Rifle Association", "a letter from the ACLU".
ORG_SOURCE_PREPS = {"from"}
GOV_BODIES = WORDS["gov_bodies"]
GROUP_HEADS = WORDS["group_heads"]
POLITICAL_COLLECTIVES = WORDS["political_collectives"]
MAX_BODY_TOKENS = 6  # words of a body's name the tagger missed
PLACE_FEATURES = WORDS["place_features"]
WORKS = WORDS["works"]
BODY_TAILS = WORDS["body_tails"]
QUANTITY_NOUNS = WORDS["quantity_nouns"]
VAGUE_MODS = WORDS["vague_mods"]
NON_ACTOR_ORG_WORDS = WORDS["non_actor_org_words"]
ORG_NOUNS = WORDS["org_nouns"]
PLACE_NOUNS = WORDS["place_nouns"]


@dataclass
class Mention:
    """A stretch of tokens that refers to an actor (before coreference merges them)."""

    start: int  # token indices, end exclusive
    end: int
    kind: str  # person | country | org | group
    name: str
    country: str | None = None
    sector: str | None = None
    org_kind: str | None = None
    weak: bool = False  # only a mention if its actor is also named strongly elsewhere
    key: str | None = None  # identity once resolved
    roles: list[str] = field(default_factory=list)
    how: str = "ner"  # which rule found it


def _strip(span: Span) -> Span:
    """Drop a leading determiner and a trailing possessive."""
    start, end = span.start, span.end
    doc = span.doc
    tab = table(doc)
    while start < end and tab.lower[start] in ("the", "a", "an"):
        start += 1
    while end > start and tab.text[end - 1] in POSSESSIVE | {"'", "’"}:
        end -= 1
    opened = [i for i in range(start, end) if tab.text[i] == "("]
    if opened and ")" not in tab.text[opened[-1]:end] and opened[-1] > start:
        end = opened[-1]  # "The Association for Elections and Democracy (Perludem"
    return doc[start:end]


APPOS_ORG_HEADS = WORDS["appos_org_heads"]
APPOS_PERSON_NOUNS = WORDS["appos_person_nouns"]
# Capitals that stand for an international body seated there when the text names that body.
IGO_SEATS = {"Brussels": ("European Union", re.compile(r"\b(?:EU|E\.U\.|European Union)\b"))}
LED_WORDS = WORDS["led_words"]
REGION_QUALIFIERS = WORDS["region_qualifiers"]

VOICE_NOUNS = WORDS["voice_nouns"]
TROOP_NOUNS = WORDS["troop_nouns"]
MILITARY_BODIES = WORDS["military_bodies"]
STATE_BODY_HEADS = WORDS["state_body_heads"]
# tokens from a state's name to its body's head ("Sudan's army-led government")
STATE_BODY_REACH = 4


def _split_names(doc: Doc, ents: tuple[Span, ...], gaz: Gazetteer) -> list[Span]:
    """A given name and a surname the tagger cut in two ("[Donald] [Trump]"): one person."""
    out = []
    for a, b in zip(ents, ents[1:], strict=False):
        if a.end == b.start and len(a) == 1 and a.text in gaz.given_names and (
                b.label_ != "NORP") and (  # "Christian Democrat": a party word
                len(b) <= MAX_PERSON_NAME_TOKENS - 1 and all(
                    t.is_alpha and t.is_title for t in b)) and (
                gaz.lookup(b.text) is None and _org_kind(b.text)[0] is None) and (
                not _org_tail(b)):
            out.append(Span(doc, a.start, b.end, label="PERSON"))
    return out

def _untagged_names(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """Given name and surname the tagger left untagged ("- Donald Trump said")."""
    tab = table(doc)
    out = []
    given = gaz.given_names
    for i, word in enumerate(tab.text[:-1]):
        if word not in given or tab.pos[i] != "PROPN" or doc[i].ent_type_:
            continue
        j = i + 1
        while j < len(doc) and j - i < MAX_PERSON_NAME_TOKENS and tab.pos[j] == "PROPN" and (
                tab.text[j].istitle() and tab.text[j].isalpha() and not doc[j].ent_type_):
            j += 1
        if j > i + 1 and gaz.lookup(span_text(doc, i + 1, j)) is None and not (
                _org_tail(doc[i:j])) and not any(
                is_role_word(t, gaz) for t in doc[i + 1:j]):
            out.append(Span(doc, i, j, label="PERSON"))
    return out


def _appositive_body(core: Span) -> str | None:
    """The organisation noun of an apposition to a name ("Golkar, the second-largest party
    in the coalition,") or of the noun the name is in apposition to, if it has one."""
    root = core.root
    for c in root.children:
        if c.dep_ == "appos" and c.i > core.end and c.lower_ in APPOS_ORG_HEADS and (
                c.pos_ == "NOUN"):
            return c.lower_
    if root.dep_ == "appos" and root.head.i < core.start and root.head.pos_ == "NOUN" and (
            root.head.lower_ in APPOS_ORG_HEADS):  # "A citizens' initiative, Hamburg Fuer Alle,"
        return root.head.lower_
    before = core.doc[core.start - 1] if core.start > 0 else None
    if before is not None and before.is_lower and before.pos_ == "NOUN" and (
            before.lower_ in APPOS_ORG_HEADS):  # "the investigative outlet Abzas Media"
        return before.lower_
    return None


def _spelled_out(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"The Alternative for Germany (AfD)": the name before an organisation's bracketed
    short form is a mention of the same organisation (the words inside it, "Germany", are
    no mentions of their own)."""
    mentions = _bracketed_acronyms(doc, mentions)
    added: list[Mention] = []
    renamed: dict[str, str] = {}
    for m in mentions:
        if m.kind != "org" or m.start < 2 or m.end >= len(doc) or not (
                doc[m.start - 1].text == "(" and doc[m.end].text == ")"):
            continue
        start = _name_run_start(doc, m.start - 1)
        if m.start - 1 - start < NAME_RUN_MIN:
            continue
        covering = [o for o in mentions if o is not m and o.start <= start and m.start - 1 <= o.end]
        if covering:
            _same_org(covering, m, renamed)
            continue
        name = m.name if m.how.startswith("gazetteer") else span_text(doc, start, m.start - 1)
        renamed[m.name] = name
        added.append(Mention(_after_article(doc, start), m.start - 1, "org", name,
                             country=m.country, sector=m.sector, org_kind=m.org_kind,
                             how="spelled-out"))
    owners = {o.name: o for o in mentions if o.kind == "org"}
    for m in mentions:  # "The AfD said" later on: the same organisation
        if m.kind == "org" and m.name in renamed:
            m.name = renamed[m.name]
            owner = owners.get(m.name)
            if owner is not None and owner.how.startswith("gazetteer"):
                m.country, m.sector, m.org_kind = owner.country, owner.sector, owner.org_kind
    if not added:
        return mentions
    inside = [(a.start, a.end) for a in added]
    kept = [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in inside)]
    return sorted(kept + added, key=lambda m: m.start)


def _same_org(covering: list[Mention], short: Mention, renamed: dict[str, str]) -> None:
    """"The far-right Freedom Party (FPO)": a name the tagger found before a short form the
    gazetteer knows is that organisation's mention; a name the gazetteer knows itself makes
    the short form its own in this text ("Reporters Without Borders (RSF)" is no armed group)."""
    if len(covering) != 1 or covering[0].kind != "org" or not short.how.startswith("gazetteer"):
        return
    name = covering[0]
    if name.how == "ner:org":
        name.name, name.country, name.sector = short.name, short.country, short.sector
        name.org_kind = short.org_kind
    elif name.how.startswith("gazetteer") and name.name != short.name:
        renamed[short.name] = name.name


def _bracketed_acronyms(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """"The Democratic Alliance of Hungarians in Romania (UDMR)": a short form in capitals the
    tagger missed, in brackets after a name run that starts with an organisation's mention,
    is that organisation's own short form (a mention), so that the spelled-out rule reads the
    whole run as its name ("in Romania" included)."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    added: list[Mention] = []
    words = table(doc).text
    for i in range(1, len(doc) - 2):
        if words[i] != "(" or words[i + 2] != ")":
            continue
        short = doc[i + 1]
        if short.i in taken or not (
                short.is_upper and short.is_alpha and 2 <= len(short) <= ACRONYM_MAX):
            continue
        start = _name_run_start(doc, i)
        first = next((m for m in mentions if m.start <= start < m.end), None)
        if first is None or first.kind != "org" or i - start < NAME_RUN_MIN:
            continue
        added.append(Mention(short.i, short.i + 1, "org", first.name, country=first.country,
                             sector=first.sector, org_kind=first.org_kind, how="acronym"))
    return sorted(mentions + added, key=lambda m: m.start) if added else mentions


def _name_run_start(doc: Doc, end: int) -> int:
    """Where the capitalised name ending before token ``end`` starts ("Alternative for
    Germany", "Party of Regions"): capitalised words and the joiners between them."""
    k = end - 1
    while k >= 0 and (doc[k].text[:1].isupper() or (
            (doc[k].lower_ in NAME_JOINERS or doc[k].text in POSSESSIVE) and k > 0 and (
                doc[k - 1].text[:1].isupper()))):  # "People's Party"
        k -= 1
    start = k + 1
    while start < end and doc[start].lower_ in ("the",):
        start += 1
    return start


def _text_surnames(doc: Doc) -> set[str]:
    """Last words of the names the tagger marked as people of two or more words, so a lone
    "Trump" it took for an organisation is the person the text named."""
    last = [doc[e.end - 1] for e in doc.ents if e.end - e.start > 1 and (
        e.label_ in PERSON_LABELS)]
    return {t.text for t in last if t.is_title and t.is_alpha}


def _coordinated_person(doc: Doc, start: int, end: int, surnames: set[str]) -> Mention | None:
    """"Trump and most Republicans": a lone name coordinated with an organisation's is the
    person the text named with that surname (``surnames``: ``_text_surnames`` of the doc)."""
    name = doc[start:end].text
    if end - start == 1 and name in surnames:
        return Mention(start, end, "person", name, how="ner:person")
    return None


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


def _is_military(head: Token, between: Span) -> bool:
    low = head.lower_
    mods = {t.lower_ for t in between}
    return low in MILITARY_BODIES or (low == "forces" and "armed" in mods) or (
        low == "force" and "air" in mods)


def _body_in_capital(tok: Token) -> Token | None:
    """"the government in Nuuk": the body whose seat the capital names."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ == "in" and prep.head.i < prep.i and (
        prep.head.lower_ in ("government", "authorities", "regime", "administration",
                             "leadership")
    ) and prep.i == prep.head.i + 1:
        return prep.head
    return None


POSTED_BODIES = WORDS["posted_bodies"]


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


def _untagged_bodies(doc: Doc) -> list[Span]:
    """Capitalised names the tagger left untagged that end in a word for a body ("The
    Canadian Vehicle Manufacturers' Association"): organisations."""
    out = []
    tab = table(doc)
    for i, word in enumerate(tab.text):
        if not word.istitle() or tab.lower[i] not in BODY_TAILS or doc[i].ent_type_:
            continue
        start = i
        while start - 1 >= 0 and i - start < MAX_BODY_TOKENS and doc[start - 1].ent_type_ not in (
                "PERSON", "ORG", "GPE", "LOC", "FAC") and (
                tab.text[start - 1].istitle() or tab.text[start - 1] in ("'", "’", "'s", "’s")
                and start - 2 >= 0 and tab.text[start - 2].istitle()) and (
                "\n" not in doc[start - 1].whitespace_):
            start -= 1
        while start < i and not tab.text[start].istitle():
            start += 1
        if start < i and tab.lower[start] != "the" or start + 1 < i:
            if tab.lower[start] == "the":
                start += 1
            out.append(Span(doc, start, i + 1, label="ORG"))
    return out


def _org_tail(tokens: Span | list[Token]) -> bool:
    """Does a name end in a word for a body ("Edison Research", "Brookings Institute")?"""
    noun = source_noun(tokens[-1].lower_) if len(tokens) else None
    return noun is not None and noun.type == "organization"


def _one_line(span: Span) -> Span:
    """A name never runs over a line break: "Heading One\nHeading Two" is cut at the break."""
    doc = span.doc
    words = table(doc).text  # a token's trailing whitespace is a space or nothing, never a
    for i in range(span.start, span.end):  # line break: spaCy makes a break a token of its own
        if "\n" in words[i]:
            return doc[span.start:i] if i > span.start else doc[span.start:span.start]
    return span


def _credit(span: Span) -> bool:
    """A photo or image credit ("Photo: AP", "(AP Photo/...)") names no actor."""
    doc = span.doc
    tab = table(doc)
    before = tab.lower[max(0, span.start - CREDIT_WINDOW):span.start]
    after = tab.lower[span.end:span.end + 1]
    return bool(set(before[-2:]) & CREDIT_WORDS) and (":" in before or "/" in before) or (
        bool(after) and after[0] in CREDIT_WORDS and span.end + 1 < len(doc) and (
            tab.text[span.end + 1] == "/"))


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


def _acts_as_capital(span: Span) -> bool:
    root = span.root
    if _is_locative(root):
        return False
    if root.dep_ == "compound" and root.head.lower_ not in GOV_BODIES:
        return False
    return True


def _after_article(doc: Doc, start: int) -> int:
    """``start``, moved back over an article just before it."""
    if start > 0 and doc[start - 1].lower_ in ("the", "a", "an"):
        start -= 1
    return start


def _demonym_head(core: Span) -> tuple[Token | None, list[Token] | None, bool]:
    """The noun a demonym modifies, the words between them (None without such a noun), and
    whether the demonym is coordinated with another."""
    root = core.root
    head = root.head if root.dep_ in ("amod", "compound", "nmod") else None
    if root.dep_ == "conj" and root.head.dep_ in ("amod", "compound", "nmod"):
        head = root.head.head  # "Indian and [Pakistani] officials"
    coord = any(c.dep_ == "conj" for c in root.children)  # "[Indian] and Pakistani"
    between = [t for t in core.doc[core.end:head.i] if not (coord and t.dep_ in (
        "cc", "conj", "punct"))] if head is not None and head.i >= core.end else None
    if between is not None and head.lower_ in VOICE_NOUNS and len(between) and (
        _is_military(between[-1], between[:-1])
    ):
        head, between = between[-1], between[:-1]  # "an Indian army statement said"
    return head, between, coord


def _coordinated_troops(core: Span, head: Token, coord: bool) -> bool:
    """Troops of coordinated demonyms ("Indian and Pakistani troops"): each state's military."""
    return (coord or core.root.dep_ == "conj") and head.lower_ in TROOP_NOUNS


def _few_lower_modifiers(between: list[Token]) -> bool:
    return all(
        t.dep_ in ("amod", "compound") and t.is_lower for t in between
    ) and len(between) <= 2


class Detector:
    """Turns a parsed Doc into a list of candidate Mentions."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz

    def __call__(self, doc: Doc) -> list[Mention]:
        self._things: set[str] | None = None  # see ``_names_a_thing``
        self._surnames: set[str] | None = None  # see ``_surnames_of``
        ents = doc.ents
        dateline = dateline_tokens(doc)  # "BRUSSELS, Oct. 14 -" names no actor
        taken: set[int] = set(dateline)
        out: list[Mention] = []
        for span in self._candidates(doc, ents):
            span = _one_line(span)
            if any(i in taken for i in range(span.start, span.end)) or not len(span):
                continue
            text = span.text
            if self.gaz.is_non_actor(text, span.label_ in PERSON_LABELS) or _credit(span) or (
                    PARTY_STATE_TAG.match(text)):
                continue
            mention = self._classify(span)
            if mention is None:
                continue
            out.append(mention)
            taken.update(range(mention.start, mention.end))
        out = _spelled_out(doc, out)
        out = _outside_party_members(out)
        out.extend(self._coordinated_names(doc, out, taken))
        out.extend(_group_mentions(doc, taken))
        places = _place_names(ents)
        out = [m for m in out if not (m.kind in ("person", "org") and m.how.startswith("ner")
                                      and fold(span_text(doc, m.start, m.end)) in places)]
        out.sort(key=lambda m: m.start)
        return out

    def _surnames_of(self, doc: Doc) -> set[str]:
        """``_text_surnames`` of the document, worked out once."""
        if self._surnames is None:
            self._surnames = _text_surnames(doc)
        return self._surnames

    # -- candidates ----------------------------------------------------------------------
    def _candidates(self, doc: Doc, ents: tuple[Span, ...]) -> list[Span]:
        """Entities and gazetteer phrases, longest first where they overlap."""
        spans: list[Span] = []
        for ent in ents:
            if ent.label_ in PERSON_LABELS | ORG_LABELS | PLACE_LABELS | {"WORK_OF_ART", "LAW"}:
                spans.append(ent)
        spans.extend(_split_names(doc, ents, self.gaz))
        spans.extend(_untagged_names(doc, self.gaz))
        spans.extend(_untagged_bodies(doc))
        spans.extend(_misread_surnames(doc, self.gaz))
        spans.extend(_family_parties(doc, self.gaz))
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
                    capital = [w[:1].isupper() for w in words]
                found = None
                for j in range(min(n, i + longest), i, -1):
                    if not capital[j - 1]:
                        continue
                    if text[starts[i]:starts[j - 1] + len(words[j - 1])] in phrases:
                        found = doc[i:j]
                        break
                if found is not None:
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
        if entry is None and label not in PERSON_LABELS | ORG_LABELS:
            # "Europe" acting ("Europe will stand by") is the European Union.
            if core.text == "Europe" and core.root.dep_ in ("nsubj", "nsubjpass"):
                entry = self.gaz.orgs.get("European Union")
            else:
                return None
        if entry is not None:
            return self._from_entry(span, core, entry)
        if label in PERSON_LABELS:
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
        seat_of = IGO_SEATS.get(core.text)
        if seat_of and seat_of[1].search(doc_text(doc)) and _acts_as_capital(core):
            # "accused Brussels of pressuring Belgrade": the EU, when the text names it
            org = self.gaz.orgs[seat_of[0]]
            return Mention(core.start, core.end, "org", org.name, sector=org.sector,
                           org_kind=org.org_kind, how="capital-igo")
        body = _body_in_capital(core.root)
        if body is not None:  # "the government in Nuuk", "the authorities in Kabul"
            return Mention(_after_article(doc, body.i), span.end, "country", entry.name,
                           country=entry.code, how="capital-body")
        if not _acts_as_capital(core):
            return None
        end = span.end
        if end < len(doc) and doc[end].lower_ in ("regime", "government", "authorities"):
            end += 1
        start = span.start
        if end > span.end and start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        return Mention(start, end, "country", entry.name, country=entry.code, how="capital")

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
        start = core.start
        # Title words inside the entity ("Defence Minister General Ramon Carvajal").
        while start < core.end - 1 and is_role_word(doc[start], self.gaz) and (
            doc[start].lower_ not in NAME_TITLES
        ):
            start += 1
        while start < core.end and not doc[start].text[:1].isalnum():
            start += 1  # "― Sonya Herridge": dash attributions
        # "Ms de Vries": a courtesy title goes before a surname, it is no part of the name
        while start < core.end - 1 and doc[start].lower_.rstrip(".") in COURTESY_TITLES:
            start += 1
        # "envoy for Sudan Grace Achieng": the posting is not part of the name
        if start > 0 and doc[start - 1].lower_ in ("for", "to", "of", "in") and (
            core.end - start >= 3
        ):
            for k in range(min(core.end - 2, start + 3), start, -1):
                entry = self.gaz.lookup(doc[start:k].text)
                if entry is not None and entry.kind in ("country", "capital", "org"):
                    start = k
                    break
        if start >= core.end:
            return None
        name_span = doc[start:core.end]
        if not any(t.is_alpha for t in name_span) or name_span[-1].lower_ in PLACE_FEATURES:
            return None  # "the Second Thomas Shoal" is a place
        root = name_span.root
        if len(name_span) == 1 and root.dep_ in ("nmod", "amod", "compound") and (
            root.head.pos_ == "NOUN" and root.head.i > root.i
        ) and (root.head.lower_ in GROUP_HEADS or (
            start > 0 and doc[start - 1].lower_ in ("a", "an"))):
            return None  # "300 Sami and environmental activists", "a Sami reindeer herder"
        if all(t.is_lower for t in name_span):
            return None
        if self._title_before_name(name_span):
            return None
        if self._names_a_thing(name_span):
            return None  # "carried by Medgaz" after "the Medgaz pipeline"
        if len(name_span) == 1 and name_span.text.endswith("s"):
            entry = self.gaz.lookup(name_span.text[:-1])
            if entry is not None and entry.kind == "demonym":
                return None  # "ordinary Nigeriens": a people, not a person
        return Mention(start, core.end, "person", name_span.text, how="ner:person")

    def _title_before_name(self, name: Span) -> bool:
        """A tagged "person" that is the title of the name after it: "The German [Green MEP]
        Anna Vogt", "[Chief Cabinet] Secretary Hiroshi Tanabe"."""
        doc = name.doc
        nxt = name.end
        while nxt < len(doc) and is_role_word(doc[nxt], self.gaz):
            nxt += 1
        ends_in_role = is_role_word(name[-1], self.gaz) or nxt > name.end
        return ends_in_role and nxt < len(doc) and doc[nxt].ent_type_ == "PERSON"

    def _names_a_thing(self, name: Span) -> bool:
        """Whether the text uses the name for a place or a work ("the Medgaz pipeline", "the
        Jebel Marra mountains"), so that it is no person's anywhere in the text."""
        if self._things is None:  # once per Doc: the words before such a noun
            doc, lowers = name.doc, table(name.doc).lower
            self._things = {c.text for i, w in enumerate(lowers) if w in PLACE_FEATURES or (
                w in WORKS) for c in doc[i].lefts if c.dep_ == "compound"}
        return name[-1].text in self._things

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
        return Mention(start, core.end, "person", doc[start:core.end].text, how="ner:person")

    def _org_acts(self, span: Span, core: Span) -> bool:
        root = core.root
        words = {t.lower_ for t in core}
        if words & NON_ACTOR_ORG_WORDS and self.gaz.lookup(core.text) is None:
            return False
        if root.dep_ in ("compound", "nmod", "amod") and root.head.i >= core.end:
            head = root.head
            if head.lower_ not in ORG_NOUNS and head.lower_ not in GOV_BODIES:
                return False  # "the UN climate summit", "UN sanctions", "EU Commissioner"
        doc = core.doc
        if core.end + 1 < len(doc) and doc[core.end].text == "-" and (
            doc[core.end + 1].lower_ in LED_WORDS
        ):
            return False  # "the NATO-led peacekeeping force"
        if root.dep_ == "poss" and root.head.lower_ in NON_ACTOR_ORG_WORDS:
            return False  # "the G20's Common Framework"
        if _is_locative(root) and self.gaz.lookup(core.text) is None and (
                root.head.lower_ not in ORG_SOURCE_PREPS):
            return False  # "in the Amazon"
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
        end = _posting_end(core)
        doc = core.doc
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and (
            doc[end + 1].is_title and doc[end + 1].is_alpha
        ) and end == span.end:
            end += 3  # "the Communist Party of India (Marxist)": the bracket is in the name
        if end > span.end:  # "the China Chamber of Commerce to the EU"
            span, core = core.doc[span.start:end], core.doc[core.start:end]
        name = core.text
        kind, sector = _org_kind(name)
        if kind is None and span.end < len(doc) and doc[span.end].lower_ == "party":
            kind, sector = "party", "PTY"  # "the ruling Civil Contract party"
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
        return out

    # -- groups ----------------------------------------------------------------------------


def _family_parties(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """"The Greens", "the Socialists": a party family's word (``party_families.tsv``) as
    a capitalised plural noun after "the" names a party (the tagger reads it as NORP)."""
    out = []
    tab = table(doc)
    for i in range(1, len(doc)):
        if tab.tag[i] not in ("NNPS", "NNS", "NNP") or tab.lower[i - 1] != "the" or (
                not tab.lower[i].endswith("s")):
            continue
        t = doc[i]
        if not t.is_title or t.ent_iob_ == "I" or t.ent_type_ not in ("", "NORP"):
            continue
        if t.i + 2 < len(doc) and doc[t.i + 1].lower_ == "and" and doc[t.i + 2].is_title:
            continue  # "the Socialists and Democrats": one name of its own
        if t.lower_[:-1] in gaz.party_families or t.lower_ in gaz.party_families:
            out.append(Span(doc, t.i - 1, t.i + 1, label="ORG"))
    return out


def _misread_surnames(doc: Doc, gaz: Gazetteer) -> list[Span]:
    """An untagged given name before a one-word name the tagger took for an organisation
    ("Christian Democrat Annegret [Vogt]"): one person. Given names from
    ``given_name_genders.tsv``."""
    out = []
    pos = table(doc).pos
    for i in range(len(doc) - 1):
        if pos[i] != "PROPN":
            continue
        t, nxt = doc[i], doc[i + 1]
        if t.ent_type_ or not t.is_title or not is_given_name(t.text):
            continue
        if nxt.ent_type_ not in ORG_LABELS or nxt.ent_iob_ != "B" or (
                i + 2 < len(doc) and doc[i + 2].ent_iob_ == "I"):
            continue
        if nxt.pos_ == "PROPN" and nxt.is_title and nxt.is_alpha and (
                gaz.lookup(nxt.text) is None and _org_kind(nxt.text)[0] is None):
            out.append(Span(doc, i, i + 2, label="PERSON"))
    return out


def _org_kind(name: str) -> tuple[str | None, str | None]:
    """Guess an organisation's kind and sector from its name."""
    low = fold(name)
    words = set(low.split())
    if low.removeprefix("the ") in LEGISLATURE_NAMES:
        return "body", "LEG"  # "Congress" alone is a legislature ("the Congress party" is not)
    if words & {"party", "congress", "alliance", "front", "fighters", "league", "union",
                "movement"} and "trade" not in words:
        if "court" not in words:
            return "party", "PTY"
    if words & {"court", "tribunal", "judges", "judiciary"}:
        return "court", "JUD"
    if words & {"parliament", "senate", "assembly", "council", "duma", "congress", "house"}:
        return "body", "LEG"
    if words & {"ministry", "department", "office", "agency", "government", "presidency"}:
        return "body", "GOV"
    if words & {"army", "forces", "military", "navy", "guard", "command"}:
        return "armed", "MIL"
    if words & {"times", "post", "news", "television", "tv", "radio", "press", "agency",
                "journal", "reuters", "afp"}:
        return "media", "MED"
    if words & {"bank", "inc", "corp", "ltd", "group", "company", "holdings", "airlines",
                "energy", "oil", "business"}:
        return "business", "BUS"
    if words & {"church", "vatican", "diocese", "mosque"}:
        return "religious", "REL"
    return None, None


def _place_names(ents: tuple[Span, ...]) -> set[str]:
    """Names the text itself shows to be places: "the Essequibo region", "X, an area"."""
    places: set[str] = set()
    for ent in ents:
        root = ent.root
        if root.dep_ == "compound" and root.head.lower_ in PLACE_NOUNS:
            places.add(fold(_strip(ent).text))
        # "the southern Hungarian city of Szeged", "the besieged town of X"
        if root.dep_ == "pobj" and root.head.lower_ == "of" and (
            root.head.head.lower_ in PLACE_NOUNS and root.head.head.i < root.i
        ):
            places.add(fold(_strip(ent).text))
        if any(c.dep_ == "appos" and c.lower_ in PLACE_NOUNS for c in root.children):
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


def _agent_group(core: Span, entry: Entry, head: Token | None, between: list[Token] | None,
                 coord: bool) -> Mention | None:
    """A country word and an agent noun: "Pakistani border guards", "Iranian hardliners"
    (each state's own group where demonyms are coordinated: "Indian and Pakistani ...")."""
    if head is None or between is None or head.tag_ != "NNS" or len(between) > 2 or not all(
            t.is_lower and t.dep_ in ("amod", "compound") for t in between):
        return None
    words = [t.lower_ for t in between] + [head.lower_]
    sector = agent_sector(words)
    if sector is None or sector in PLAIN_PEOPLE_SECTORS:
        return None
    name = " ".join([core.text] + words)
    end = core.end if coord else head.i + 1
    return Mention(core.start, end, "group", name, country=entry.code, sector=sector,
                   how="demonym-agent")


def _group_mentions(doc: Doc, taken: set[int]) -> list[Mention]:
    out: list[Mention] = []
    tab = table(doc)
    for i, low in enumerate(tab.lower):
        if low not in GROUP_HEADS or tab.tag[i] != "NNS" or i in taken:
            continue
        tok = doc[i]
        if tok.lower_ in ("officials", "leaders", "governments", "states", "nations"):
            continue
        mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nummod", "quantmod",
                                                    "nmod")]
        mods = [m for m in mods if m.i not in taken]
        named = [m for m in mods if m.dep_ in ("amod", "compound", "nmod")
                 and m.lower_ not in VAGUE_MODS and (m.pos_ in ("ADJ", "NOUN", "VERB") or (
                     m.pos_ == "PROPN" and m.dep_ == "nmod"))]
        quantity = tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
            tok.head.head.pos_ == "NUM" or tok.head.head.lower_ in QUANTITY_NOUNS)
        # "according to local medics": a collective cited as a source speaks
        source = tok.dep_ == "pobj" and tok.head.lower_ == "to" and (
            tok.head.head.lower_ == "according")
        if source and not named:
            # "according to local medics", "according to two diplomats present"
            named = [m for m in mods if m.dep_ == "amod" and m.pos_ == "ADJ" or (
                m.dep_ == "nummod" and m.like_num)]
        # "Thousands of farmers drove ...", "Unions have threatened ...": a collective
        # that acts as a clause's subject
        acting = (quantity and tok.head.head.dep_ in ("nsubj", "nsubjpass")) or (
            tok.dep_ == "nsubj" and not mods and not any(
                c.dep_ in ("poss", "det") for c in tok.children))
        if not named and not source and not acting and not (
                tok.lower_ in POLITICAL_COLLECTIVES and (
                    quantity or any(m.dep_ == "nummod" for m in mods))):
            continue
        if tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"):
            continue
        lefts = [c.left_edge.i for c in tok.lefts if c.dep_ != "punct"]
        start = min(lefts + [m.i for m in mods] + [tok.i])
        # "hundreds of displaced residents": take the quantity in front
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.i < head.i and (
            head.head.pos_ == "NUM" or head.head.lower_ in QUANTITY_NOUNS
        ):
            start = head.head.left_edge.i
        if any(i in taken for i in range(start, tok.i + 1)):
            start = tok.i
            while start - 1 >= 0 and doc[start - 1].i in {m.i for m in named}:
                start -= 1
        first = min(m.i for m in named) if named else tok.i
        # a source's words after its noun ("Diplomats in Abuja said", "according to two
        # diplomats present") are part of its description
        post = post_modifier(tok, tok.sent.end) if tok.dep_ == "nsubj" or source else []
        post = [] if any(t.i in taken for t in post) else post
        end = post[-1].i + 1 if post else tok.i + 1
        # a lone adjective ("two diplomats present") is in the mention, not in the name
        name_toks = list(doc[first:end if len(post) > 1 else tok.i + 1])
        name = " ".join(t.text for t in name_toks)
        out.append(Mention(start, end, "group", name, how="group"))
        taken.update(range(start, end))
    return out
