"""The actor stage: mentions -> normalised actors (ISO3, role, sector) -> coreference clusters.

``ActorStage()(doc)`` sets ``doc._.actors`` (a list of ``model.Actor``, ordered by first
mention) and ``doc._.mention_map`` (token index -> actor id). Later stages ask
``actor_at(doc, token_i)`` or ``actor_for_span(doc, start_char, end_char)`` who a stretch of
text refers to.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Doc, Span, Token

from ..model import Actor
from ..model import Span as TextSpan
from .coref import Resolver, title_owner
from .dateline import dateline_state, dateline_tokens
from .detect import GOV_BODIES, Detector
from .gazetteer import Entry, Gazetteer, fold, gazetteer
from .mention import Mention
from .sources import (
    RELATIVE_PRONOUNS,
    add_mention,
    antecedent,
    compound_agent_sector,
    source_noun,
)
from .surnames import after_courtesy_title, courtesy_surname, surname_index
from .titles import (
    NAME_TITLES,
    Title,
    has_head_role,
    is_role_word,
    left_title_tokens,
    read_title,
)
from .tokens import (
    POSSESSIVE,
    doc_text,
    parse,
    sentence_index,
    sentence_of,
    sentences,
    span_text,
    table,
)
from .words import WORDS, codes

__all__ = ["ActorStage", "actor_at", "actor_for_span", "mentions_of"]

STATE_SECTORS = codes("state_sectors")
# The story's home state: a dateline's place counts as this many country mentions.
DATELINE_VOTES = 2
#: the most words of a state's name before a body's bare name ("United States Senate")
STATE_PREFIX_WORDS = 2
# Sectors of people who speak for no state: they take a country only from the text's words.
NON_STATE_SECTORS = codes("non_state_sectors")
MILITARY_NAME = re.compile(r"\b(?:Armed Forces|Defen[cs]e Forces?|Army|Navy|Air Force|Military)\b")
# Where a person's family name comes first ("Zhou Haibin" is "Zhou" later).
FAMILY_NAME_FIRST = codes("family_name_first")
SUPRANATIONAL_WORDS = WORDS["supranational_words"]
PAST_OFFICE_WORDS = WORDS["past_office_words"]
TITLE_ROLE_NOUNS = WORDS["title_role_nouns"]


class ActorStage:
    """Finds actors, normalises them and merges their mentions."""

    def __init__(self, gaz: Gazetteer | None = None) -> None:
        self.gaz = gaz or gazetteer()
        self.detect = Detector(self.gaz)
        self.resolve = Resolver(self.gaz)

    def __call__(self, doc: Doc) -> Doc:
        mentions = self.detect(doc)
        mentions = self._people(doc, mentions)
        info, home = self._identify(doc, mentions)
        mentions += self.resolve(doc, mentions, info, home)
        _drop_office_owners(mentions, info)
        doc._.actors, doc._.mention_map = self._build(doc, mentions, info)
        doc._.home_state = home  # read by the statement stage's unnamed state bodies
        self._relative_pronouns(doc)
        return doc

    @staticmethod
    def _relative_pronouns(doc: Doc) -> None:
        """"Kerry, who said ...": the relative pronoun is a mention of its antecedent."""
        mmap = doc._.mention_map
        for i, low in enumerate(table(doc).lower):
            if low not in RELATIVE_PRONOUNS:
                continue
            tok = doc[i]
            ante = antecedent(tok)
            if ante is not None and ante.i in mmap:
                add_mention(doc, tok, mmap[ante.i])

    # -- people: titles, appositions, surnames -----------------------------------------------
    def _people(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        full_names, surname_of = surname_index(m.name for m in mentions if m.kind == "person")
        _rename_by_surname(doc, mentions, full_names, surname_of)
        _add_bare_surnames(doc, mentions, full_names, surname_of)
        mentions.sort(key=lambda m: m.start)
        extra, in_titles, in_appos = self._read_person_titles(doc, mentions)
        self._known_people(doc, mentions)
        self._family_name_first(doc, mentions)
        # An organisation named only inside a person's title is not an actor of its own
        # ("Chair of the Federal Assembly of ...", "EU Commissioner for ..."); a party is
        # ("Farmers' Party chairman Jon Ekblad": the member's party takes sides with them).
        mentions = [m for m in mentions if not (
            m.kind == "org" and m.org_kind != "party" and all(
                i in in_titles for i in range(m.start, m.end)))]
        _weaken_owner_states(doc, mentions, in_appos)
        return sorted(mentions + extra, key=lambda m: m.start)

    def _read_person_titles(self, doc: Doc, mentions: list[Mention],
                            ) -> tuple[list[Mention], set[int], set[int]]:
        """Titles: words before the name, and appositions around it. Returns the apposition
        mentions to add and the token indices inside titles and inside appositions."""
        org_of = {
            i: (m.name, m.sector, m.country)
            for m in mentions if m.kind == "org" for i in range(m.start, m.end)
        }
        stop = {i for m in mentions if m.kind == "person" for i in range(m.start, m.end)}
        extra: list[Mention] = []
        in_titles: set[int] = set()
        in_appos: set[int] = set()
        for m in mentions:
            if m.kind != "person":
                continue
            span = doc[m.start:m.end]
            left = left_title_tokens(span, self.gaz, stop)
            # Titles inside the entity ("Pope Francis", "Defence Minister General X").
            inner = [t for t in span if t.lower_ in NAME_TITLES or (
                self.gaz.role_word(t.text) and t.i < span.end - 1 and t.is_title)]
            title = read_title(left + inner, self.gaz, org_of)
            appos = self._apposition(doc, span)
            in_titles.update(t.i for t in left)
            if appos is not None:
                in_titles.update(range(appos.start, appos.end))
                in_appos.update(range(appos.start, appos.end))
                if self._add_apposition_title(title, appos, org_of) and not any(
                        o.start <= appos.start < o.end for o in mentions if o.kind == "person"):
                    extra.append(Mention(appos.start, appos.end, "person", m.name,
                                         how="apposition"))
            if title.org is None:
                _read_affiliation(span, org_of, title, self.gaz)
            _set_person_title(doc, m, left, title)
        return extra, in_titles, in_appos

    def _add_apposition_title(self, title: Title, appos: Span,
                              org_of: dict[int, tuple[str, str | None, str | None]]) -> bool:
        """Fill ``title`` from the apposition's title; whether that one had a role or country."""
        t2 = read_title(list(appos), self.gaz, org_of)
        if not (t2.role or t2.country):
            return False
        if title.role and t2.role and title.role.lower() in NAME_TITLES:
            title.role = None  # "Sheikh X, Qatar's Prime Minister": the office
            title.sector = None
        title.role = title.role or t2.role
        title.country = title.country or t2.country
        title.sector = title.sector or t2.sector
        title.org = title.org or t2.org
        title.possessor = title.possessor or t2.possessor
        return True

    def _known_people(self, doc: Doc, mentions: list[Mention]) -> None:
        """Country and sector of people the actor dictionaries know, as coded on the article's
        date ("John Kerry" in 2015: USA, GOV); the text's own title wins."""
        article = getattr(doc._, "article", None)
        date = getattr(article, "date", None)
        for m in mentions:
            if m.kind != "person" or m.country or m.sector in NON_STATE_SECTORS:
                continue
            country, sector = self.gaz.person_code(m.name, date)
            m.country = m.country or country
            m.sector = m.sector or sector

    @staticmethod
    def _family_name_first(doc: Doc, mentions: list[Mention]) -> None:
        """"Commerce Minister Zhou Haibin" ... "Zhou": where the family name comes first, a later
        bare first name token is the same person."""
        first_of: dict[str, Mention] = {}
        for m in mentions:
            parts = m.name.split()
            if m.kind == "person" and len(parts) > 1 and m.country in FAMILY_NAME_FIRST:
                first_of.setdefault(fold(parts[0]), m)
        if not first_of:
            return
        for m in mentions:
            if m.end - m.start != 1 or m.kind not in ("person", "org"):
                continue
            if m.how not in ("ner:person", "ner:org", "surname"):
                continue
            full = first_of.get(fold(doc[m.start].text))
            if full is not None and full.start < m.start:
                m.kind, m.name, m.sector, m.org_kind = "person", full.name, None, None
                m.how = "surname"

    @staticmethod
    def _apposition(doc: Doc, span: Span) -> Span | None:
        """The noun phrase in apposition to a name, with its title words."""
        root = span.root
        cand: Token | None = None
        pt = parse(doc)  # the children index: a Token only for the apposition
        for c in pt.kids[root.i]:
            if pt.dep[c] == "appos" and c > span.end:
                cand = doc[c]
                break
        if cand is not None and any(t.lower_ == "former" for t in cand.lefts) and (
            span.start >= 2 and doc[span.start - 1].text == ","
        ):
            # "Its special envoy, X, a former South African foreign minister": the office
            # held now, before the name, says what X is
            before = root.head if root.dep_ == "appos" and root.head.i < span.start else None
            k = span.start - 2
            while before is None and k >= 0 and span.start - k <= 8 and not doc[k].is_punct:
                if doc[k].pos_ == "NOUN" and doc[k].lower_ in _role_nouns():
                    before = doc[k]
                k -= 1
            if before is not None:
                cand = before
        if cand is None and root.dep_ == "appos" and root.head.i < span.start:
            cand = root.head
        if cand is None:
            # "Its lead negotiator, Faisal al-Harbi, ...": NP, name
            if span.start >= 2 and doc[span.start - 1].text == ",":
                prev = doc[span.start - 2]
                if prev.pos_ == "NOUN" and prev.lower_ in _role_nouns():
                    cand = prev
        # "Russia's envoy to organisations in Vienna, Oleg X": climb to the role noun.
        steps = 0
        while cand is not None and cand.lower_ not in _role_nouns() and steps < 4 and (
            cand.dep_ in ("pobj", "prep")
        ):
            cand = cand.head
            steps += 1
        if cand is None or cand.pos_ not in ("NOUN", "PROPN"):
            return None
        toks = [t for t in cand.subtree if t.dep_ not in ("relcl", "punct", "acl")]
        sub = [t for t in cand.subtree]
        # cut at a relative clause or a comma after the head
        end = cand.i + 1
        for t in sub:
            if t.i > cand.i and (t.dep_ in ("relcl", "acl") or t.text in (",", ";")):
                break
            end = max(end, t.i + 1)
        start = min(t.i for t in toks) if toks else cand.i
        start = min(start, cand.left_edge.i)
        if start >= span.start and start < span.end:
            return None
        phrase = doc[start:end]
        if not has_head_role(list(phrase)):
            return None
        if span.start <= phrase.start < span.end or phrase.start <= span.start < phrase.end:
            return None
        return phrase

    # -- identity ---------------------------------------------------------------------------
    def _identify(self, doc: Doc, mentions: list[Mention]) -> tuple[dict[str, dict], str | None]:
        """Give every mention an actor key; return actor facts by key and the story's home
        state (see ``_home_state``)."""
        info: dict[str, dict] = {}
        # Organisation acronyms: "ANC" is "the African National Congress".
        orgs = [m for m in mentions if m.kind == "org"]
        long_names = {m.name for m in orgs if len(m.name.split()) > 1}
        acronym_of = {}
        for name in long_names:
            caps = "".join(w[0] for w in _strip_the(name).split() if w[:1].isupper())
            if len(caps) >= 2:
                acronym_of[caps] = _strip_the(name)
        # "The European Automobile Manufacturers' Association (ACEA)": the bracketed acronym
        # is the organisation's alias, whatever its letters.
        for m in orgs:
            if m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")":
                acro = doc[m.end + 1].text
                if acro.isupper() and acro.isalpha() and len(acro) > 1 and (
                    len(m.name.split()) > 1 and self.gaz.lookup(acro) is None
                ):
                    acronym_of[acro] = _strip_the(m.name)
        taken = {i for m in mentions for i in range(m.start, m.end)}
        for i, word in enumerate(table(doc).text if acronym_of else []):
            if word not in acronym_of or i in taken:
                continue
            tok = doc[i]
            if tok.is_upper and len(tok) > 1:
                name = acronym_of[tok.text]
                kind = next((m.org_kind for m in orgs if _strip_the(m.name) == name), None)
                sector = next((m.sector for m in orgs if _strip_the(m.name) == name), None)
                mentions.append(Mention(tok.i, tok.i + 1, "org", name, sector=sector,
                                        org_kind=kind, how="acronym"))
        mentions.sort(key=lambda m: m.start)
        for m in mentions:
            if m.kind == "country":
                m.key = f"country:{m.country}"
            elif m.kind == "org":
                name = _strip_the(m.name)
                name = acronym_of.get(name, name)
                m.name = name
                m.key = f"org:{fold(name)}"
            elif m.kind == "person":
                m.key = f"person:{fold(m.name)}"
            elif m.kind == "group":
                m.key = f"group:{fold(m.name)}"
        # "The Congress" after "the Indian National Congress", "the House" after "the House
        # of Representatives": the first body it ends, or begins before "of"
        for m in mentions:
            if m.kind == "org" and m.how == "ner:org" and len(m.name.split()) == 1:
                longer = [o for o in mentions if o.kind == "org" and o.start < m.start and (
                    len(o.name.split()) > 1 and (o.name.split()[-1] == m.name or (
                        o.name.split()[:2] == [m.name, "of"])))]
                if longer:
                    m.key, m.name = longer[0].key, longer[0].name
        self._merge_militaries(mentions)
        _merge_party_names(doc, mentions, self.gaz.party_families)
        strong = {m.key for m in mentions if not m.weak}
        home_votes = Counter(m.country for m in mentions if m.kind == "country" and (
            not m.weak or m.key in strong or m.__dict__.get("owner")))
        home_votes.update(self._more_home_votes(doc, mentions))
        for m in mentions:
            if m.weak and m.key not in strong:
                m.key = None
        mentions[:] = [m for m in mentions if m.key]
        home = self._home_bodies(doc, mentions, home_votes)
        for m in mentions:
            d = info.setdefault(m.key, {"kind": m.kind, "name": m.name, "country": m.country,
                                        "roles": [], "sector": m.sector,
                                        "org_kind": m.org_kind, "first": m.start})
            if m.kind == "person" and len(m.name) > len(d["name"]):
                d["name"] = m.name
            if m.kind == "org" and len(m.name) > len(d["name"]):
                d["name"] = m.name
            for r in m.roles:
                if r not in d["roles"]:
                    d["roles"].append(r)
            d["country"], d["sector"] = d["country"] or m.country, d["sector"] or m.sector
            d.setdefault("written", m.__dict__.get("written"))
        self._countries_from_context(doc, mentions, info, home)
        return info, home

    def _home_bodies(self, doc: Doc, mentions: list[Mention], votes: Counter) -> str | None:
        """A national body named bare in a story about its own state ("Congress", "the Justice
        Department" in a US story), or after its state's name ("the U.S. Justice Department"),
        is the body of ``organizations.tsv``'s home names, so its forms make one actor.

        A party name several states' parties share ("Labour Party", "the Conservatives": a
        home name of its row) is the party of the state named beside it ("Nigeria's Labour
        Party"), else of the story's home state, else of the state named most (``lead``,
        where no state has twice the next one's votes); the row's own state only when no
        state is named. Then "parliament" is the one whole legislature the text names
        (``_named_legislature``). Returns the home state (``_home_state`` of ``votes``)."""
        home = _home_state(votes)
        lead = votes.most_common(1)[0][0] if votes else None
        for m in mentions:
            if m.kind != "org":
                continue
            state, bare = self._state_prefix(_strip_the(m.name))
            beside = self._state_beside(doc, m) if state is None else None
            where = state or beside or home
            canonical = self.gaz.home_names.get((where or "", fold(bare)))
            if canonical is None and where is None and fold(bare) in self.gaz.party_home_names:
                where = lead  # "the Labour Party" where Ireland is named most, not twice
                canonical = self.gaz.home_names.get((where or "", fold(bare)))
            entry = self.gaz.orgs.get(canonical or "")
            if entry is not None:
                m.name, m.key = entry.name, f"org:{fold(entry.name)}"
                m.__dict__["written"] = None if state else _written_name(
                    entry, doc[m.start:m.end].text)
                m.sector, m.org_kind = entry.sector, entry.org_kind
                m.country = self.gaz.org_countries.get(entry.name)
                continue
            own = self.gaz.orgs.get(bare)
            owner = self.gaz.org_countries.get(bare)
            other = where
            if own is not None and own.org_kind == "party" and owner and other and (
                    other != owner and (owner, fold(bare)) in self.gaz.home_names):
                # "the Labour Party" in a Nigerian story: Nigeria's, no British party
                m.country, m.key = other, f"org:{fold(bare)}:{other.lower()}"
        _named_legislature(mentions)
        return home

    def _state_beside(self, doc: Doc, m: Mention) -> str | None:
        """The state a country word right before a body's name gives it ("Nigeria's Labour
        Party", "the Irish Labour Party")."""
        i = m.start - 1
        if i > 0 and doc[i].lower_ in ("'s", "’s"):
            i -= 1
        entry = self.gaz.lookup(doc[i].text) if i >= 0 else None
        if entry is not None and entry.code and entry.kind in ("country", "demonym"):
            return entry.code
        return None

    def _state_prefix(self, name: str) -> tuple[str | None, str]:
        """(the state, the rest) of a name that opens with a country's name ("U.S. Justice
        Department"), else (None, the name)."""
        words = name.split()
        for k in range(min(len(words) - 1, STATE_PREFIX_WORDS), 0, -1):
            entry = self.gaz.lookup(" ".join(words[:k]))
            if entry is not None and entry.code and entry.kind == "country":
                return entry.code, " ".join(words[k:])
        return None, name

    def _more_home_votes(self, doc: Doc, mentions: list[Mention]) -> Counter:
        """Votes for the state the article is about besides its country mentions: the
        dateline's place ("WASHINGTON -", worth ``DATELINE_VOTES``), each person the actor
        dictionaries tie to a state, each state a body's name names ("the Group for a
        Switzerland without an Army") and each state or province named ("New Jersey")."""
        votes: Counter = Counter()
        line = sorted(dateline_tokens(doc))
        code = dateline_state(doc, self.gaz)
        if code is not None:
            votes[code] += DATELINE_VOTES
        for m in mentions:
            if m.kind == "person" and m.country and m.how != "surname" and (
                    self.gaz.people.get(fold(m.name))):
                votes[m.country] += 1
            if m.kind == "org":  # "the Group for a Switzerland without an Army": a Swiss body
                for word in doc[m.start:m.end]:
                    entry = self.gaz.phrases.get(word.text)
                    if entry is not None and entry.kind == "country" and entry.code:
                        votes[entry.code] += 1
        tab = table(doc)
        for i, word in enumerate(tab.text):
            if word[:1].isupper() and i not in line:
                entry = self.gaz.phrases.get(word)
                if entry is not None and entry.kind == "region":
                    votes[entry.code] += 1
        return votes

    def _merge_militaries(self, mentions: list[Mention]) -> None:
        """"The Israeli military" is "the Israel Defense Forces" when the text names them."""
        unnamed = [m for m in mentions if m.how == "demonym-mil"]
        if not unnamed:
            return
        named: dict[str, str] = {}
        for m in mentions:
            if m.kind != "org" or m.how == "demonym-mil" or m.org_kind in ("party",) or (
                m.sector == "REB" or not MILITARY_NAME.search(m.name)):
                continue
            words = m.name.split()
            for k in range(len(words)):
                entry = self.gaz.lookup(words[k])
                if entry is not None and entry.code and entry.kind in ("country", "demonym"):
                    named.setdefault(entry.code, m.key)
                    break
        for m in unnamed:
            if m.country in named:
                m.key = named[m.country]

    def _countries_from_context(self, doc: Doc, mentions: list[Mention],
                                info: dict[str, dict], home: str | None) -> None:
        """Countries of people and bodies the text does not tie to one explicitly."""
        by_key: dict[str, Mention] = {}
        for m in mentions:
            by_key.setdefault(m.key, m)
        for key, d in info.items():
            if d["country"]:
                continue
            m = by_key[key]
            if d["kind"] == "person":
                self._person_country(doc, key, d, m, mentions, info, home)
            elif d["kind"] == "group" and home and not (GOV_BODIES & {
                    doc[m.end - 1].lower_, doc[m.start:m.end].root.lower_}):
                # "farmers", "pensioners", "the police": people of the state the story is
                # about; not a state's agents ("two diplomats"), whose state the text names
                d["country"] = home
            elif d["kind"] == "org" and d.get("org_kind") not in ("igo",):
                span = doc[m.start:m.end]
                for t in span.root.children:
                    if t.dep_ in ("poss", "compound", "amod", "nmod"):
                        entry = self.gaz.lookup(t.text)
                        if entry is not None and entry.code:
                            d["country"] = entry.code
                if d["country"] is None:
                    d["country"] = self._appositive_state(doc, [
                        x for x in mentions if x.key == key])
                if d["country"] is None:
                    entry = None
                    words = d["name"].split()
                    for k in range(len(words)):
                        for j in range(len(words), k, -1):
                            entry = self.gaz.lookup(" ".join(words[k:j]))
                            if entry is not None and entry.code:
                                break
                            entry = None
                        if entry is not None:
                            break
                    if entry is not None:
                        d["country"] = entry.code
                if d["country"] is None and d.get("org_kind") == "party":
                    d["country"] = self._lead_place(doc, m.start) or (  # "In New Delhi, ..."
                        self._lead_place(doc, sentence_of(doc, m.start).start - 1)
                        if sentence_of(doc, m.start).start > 0 else None)
                regional = set(fold(d["name"]).split()) & SUPRANATIONAL_WORDS and d.get(
                    "org_kind") != "party"
                if d["country"] is None and home and d.get("org_kind") != "igo" and d.get(
                    "sector") != "IGO" and (
                    self.gaz.orgs.get(d["name"]) is None
                ) and not _non_state_name(d["name"]) and not regional:
                    # the story's home state, but not for a body whose name spans a region
                    # ("European Automobile Manufacturers' Association" in a China story)
                    d["country"] = home
        self._countries_of_members(by_key, info)

    def _person_country(self, doc: Doc, key: str, d: dict, m: Mention,
                        mentions: list[Mention], info: dict[str, dict],
                        home: str | None) -> None:
        """The country of a person the text does not tie to a state explicitly."""
        org = m.__dict__.get("org")
        entry = self.gaz.orgs.get(org) if org else None
        poss = m.__dict__.get("possessor")
        target = self._possessor_actor(doc, poss, mentions, info) if poss is not None \
            else None
        if entry is not None and entry.sector == "IGO" or d["sector"] == "IGO":
            # people serving an international body have no state here; but "Its
            # secretary-general, X" after a national body (a party, a union) has its
            # state (the title's possessor, on the name's mention)
            owner = next((self._possessor_actor(doc, x.__dict__["possessor"], mentions,
                                                info) for x in mentions if x.key == key
                          and x.__dict__.get("possessor") is not None), None)
            if owner is None or info[owner]["kind"] != "org" or info[owner].get(
                    "org_kind") == "igo" or not info[owner]["country"]:
                return
            target = owner
        d["country"] = self._appositive_state(doc, [x for x in mentions if (
            x.key == key and x.how != "apposition")])
        if d["country"]:
            return  # "his Polish host, President X"
        if target is None and d["roles"]:
            lead = self._lead_place(doc, m.start)
            if lead is not None:  # "In Beijing, foreign ministry spokesman X said"
                d["country"] = lead
                return
        if target is None and (d["sector"] in STATE_SECTORS) and d["roles"]:
            target = self._topic_actor(doc, m, mentions, info)
        if target is not None:
            t = info[target]
            d["country"] = t["country"] if t["kind"] in ("country", "org", "person") \
                else None
            if t["kind"] == "org" and t.get("org_kind") == "igo":
                d["sector"] = "IGO"
        elif home and d["sector"] not in NON_STATE_SECTORS and not org:
            # a person the text ties to no state: the state the article is about,
            # when one dominates its country mentions (see ``_home_state``)
            d["country"] = home

    def _appositive_state(self, doc: Doc, mentions: list[Mention]) -> str | None:
        """"Naturgy, the Spanish utility that ...", "Cepesca, the Spanish fishing industry
        confederation", "his Polish host, President X": the state an apposition to an
        actor's name names with a demonym or possessive."""
        for m in mentions:
            root = doc[m.start:m.end].root
            around = [c for c in root.children if c.dep_ == "appos" and c.i >= m.end or (
                c.dep_ == "compound" and c.pos_ == "NOUN" and c.i < m.start)]
            if root.dep_ == "appos" and root.head.i < m.start:
                around.append(root.head)
            for appos in around:
                if appos.pos_ not in ("NOUN", "PROPN") or any(
                        c.lower_ in PAST_OFFICE_WORDS for c in appos.children):
                    continue  # "a former Kenyan foreign minister": an office held before
                for c in appos.children:
                    if c.dep_ in ("amod", "compound", "poss") and c.i < appos.i:
                        entry = self.gaz.lookup(c.text) if c.text[:1].isupper() else None
                        if entry is not None and entry.code and entry.kind in (
                                "country", "demonym"):
                            return entry.code
        return None

    @staticmethod
    def _countries_of_members(by_key: dict[str, Mention], info: dict[str, dict]) -> None:
        """A person the text ties to a body and to no state is of the body's state ("X of
        France's National Rally"; not of an international body's)."""
        key_of = {d["name"]: k for k, d in info.items() if d["kind"] == "org"}
        for key, d in info.items():
            org = by_key[key].__dict__.get("org") if d["kind"] == "person" else None
            body = info.get(key_of.get(org, "")) if org and not d["country"] else None
            if body is not None and body.get("org_kind") != "igo":
                d["country"] = body["country"]

    def _lead_place(self, doc: Doc, i: int) -> str | None:
        """The state of a sentence that opens "In <capital or state>, ..."."""
        start = sentence_of(doc, i).start
        if doc[start].lower_ != "in" or i - start > 25:
            return None
        for j in (start + 2, start + 3):
            if j <= i and doc[j].text == ",":
                entry = self.gaz.lookup(doc[start + 1:j].text)
                if entry is not None and entry.code and entry.kind in ("country", "capital"):
                    return entry.code
        return None

    def _possessor_actor(self, doc: Doc, i: int, mentions: list[Mention],
                         info: dict[str, dict]) -> str | None:
        return title_owner(doc, i, [(m.start, m.end, m.key) for m in mentions if m.kind in (
            "country", "org")])

    def _topic_actor(self, doc: Doc, m: Mention, mentions: list[Mention],
                     info: dict[str, dict]) -> str | None:
        """The state or organisation the sentence (or the one before) is about."""
        sents = sentences(doc)
        idx = sentence_index(doc, m.start)
        for back in range(idx, max(-1, idx - 3), -1):
            s = sents[back]
            cands = [x for x in mentions if s.start <= x.start < s.end and x.kind in (
                "country", "org") and x.key != m.key and not (back == idx and x.start > m.start)]
            subj = [x for x in cands if doc[x.start:x.end].root.dep_ in ("nsubj", "nsubjpass")]
            if subj:
                return subj[0].key
        return None

    # -- output ---------------------------------------------------------------------------
    def _build(self, doc: Doc, mentions: list[Mention],
               info: dict[str, dict]) -> tuple[list[Actor], dict[int, str]]:
        of_key: dict[str | None, list[Mention]] = {}
        for m in mentions:
            of_key.setdefault(m.key, []).append(m)
        order = sorted(info, key=lambda k: min(m.start for m in of_key.get(k, [])))
        ids = {key: f"a{n + 1}" for n, key in enumerate(order)}
        actors: list[Actor] = []
        token_map: dict[int, str] = {}
        text = doc_text(doc)
        tab = table(doc)
        idx, words = tab.idx, tab.text
        for key in order:
            d = info[key]
            ms = sorted({(m.start, m.end) for m in of_key[key]})
            # drop mentions nested in another mention of the same actor: by start, the longest
            # first, one is nested when an earlier one reaches as far
            nested: set[tuple[int, int]] = set()
            reach = -1
            for s, e in sorted(ms, key=lambda se: (se[0], -se[1])):
                if reach >= e:
                    nested.add((s, e))
                reach = max(reach, e)
            kept = [se for se in ms if se not in nested]
            spans = []
            for s, e in kept:
                if s < e:  # the characters from the per-Doc table, no Span made
                    start, end = idx[s], idx[e - 1] + len(words[e - 1])
                    spans.append(TextSpan(start, end, text[start:end]))
                else:
                    sp = doc[s:e]
                    spans.append(TextSpan(sp.start_char, sp.end_char, sp.text))
                for i in range(s, e):
                    token_map.setdefault(i, ids[key])
            sector = d["sector"]
            if d["kind"] == "country":
                sector = None
            actors.append(Actor(
                id=ids[key], name=_display_name(d),
                type="organization" if d["kind"] == "org" else d["kind"],
                country=d["country"], roles=d["roles"], sector=sector, mentions=spans,
            ))
        return actors, token_map


#: letters two forms of one party word share ("Democrats", "Democratic")
STEM = 6


def _merge_party_families(mentions: list[Mention]) -> None:
    """"the Social Democrats" after "the Social Democratic Party (PSD)": a party family's
    name is the one party of the text whose name begins with the same words."""
    parties = {m.key: m.name for m in mentions if m.kind == "org" and m.how != "party-family"
               and (m.org_kind == "party" or m.name.split()[-1:] == ["Party"])}
    for m in mentions:
        if m.how != "party-family":
            continue
        words = fold(m.name).split()
        same = [k for k, name in parties.items()
                if len(fold(name).split()) > len(words) and all(
                    a[:STEM] == b[:STEM] for a, b in zip(words, fold(name).split(),
                                                          strict=False))]
        if len(same) == 1:
            m.key, m.name = same[0], parties[same[0]]


def _merge_party_names(doc: Doc, mentions: list[Mention], families: frozenset[str]) -> None:
    """One actor per party however the text names it: family names, a family's word on a
    member, a family's plural beside "<word> Party"."""
    _merge_party_families(mentions)
    _party_adjectives(doc, mentions, families)
    _merge_family_plurals(mentions, families)


def _merge_family_plurals(mentions: list[Mention], families: frozenset[str]) -> None:
    """"the Socialists" in a text that also names "The Socialist Party's bill": a party
    family's plural (``party_families.tsv``) is the one "<word> Party" of the text."""
    parties = {fold(_strip_the(m.name)): (m.key, m.name) for m in mentions if m.kind == "org"}
    for m in mentions:
        word = fold(_strip_the(m.name))
        if m.kind != "org" or " " in word or not word.endswith("s") or (
                word not in families and word[:-1] not in families):
            continue
        party = parties.get(f"{word[:-1]} party")
        if party is not None:
            m.key, m.name = party


PARTY_MEMBER_NOUNS = WORDS["party_member_nouns"]


def _party_adjectives(doc: Doc, mentions: list[Mention], families: frozenset[str]) -> None:
    """"the Green member who drafted the bill", "A Liberal spokeswoman": a party family's word
    (``party_families.tsv``) alone before a member's noun (``party_member_nouns``) names the
    party, not a person or a body of its own: the text's party of that word ("the Greens",
    "the Liberal Party"), else the party by the word's plural ("Liberals")."""
    for m in mentions:
        word = doc[m.start]
        if m.end - m.start != 1 or m.kind not in ("person", "org") or not word.is_title or (
                word.lower_ not in families or m.end >= len(doc)) or (
                doc[m.end].lower_ not in PARTY_MEMBER_NOUNS):
            continue
        forms = {f"{word.lower_}s", f"{word.lower_} party"}
        party = next((o for o in mentions if o.kind == "org" and o is not m and o.key and (
            fold(_strip_the(o.name)) in forms)), None)
        m.kind, m.roles = "org", []
        if party is not None:
            m.key, m.name, m.org_kind = party.key, party.name, party.org_kind
        else:
            m.name, m.org_kind = f"{word.text}s", "party"
            m.key = f"org:{fold(m.name)}"


WHOLE_LEGISLATURE_WORDS = WORDS["whole_legislature_words"]


def _named_legislature(mentions: list[Mention]) -> None:
    """"parliament" (``groups.common_legislatures``) in a text that names one legislature of
    its state ("the House of Representatives", "the Sejm") is that legislature."""
    for m in mentions:
        if m.how != "legislature":
            continue
        named = {(o.key, o.name, o.country) for o in mentions if o.kind == "org" and (
            o.org_kind != "party" and o.how != "legislature") and _whole_legislature(
            o.name) and (m.country is None or o.country in (None, m.country))}
        if len(named) == 1:
            (m.key, m.name, country), = named
            m.country = country or m.country


def _whole_legislature(name: str) -> bool:
    """Whether a body's name names a whole legislature (``whole_legislature_words``)."""
    words = f" {fold(name)} "
    return any(f" {w} " in words for w in WHOLE_LEGISLATURE_WORDS)


def _home_state(votes: Counter) -> str | None:
    """The state the story is about: the one with the most votes, when it has at least twice
    the next one's."""
    if not votes:
        return None
    (top, n), *rest = votes.most_common()
    return top if not rest or n >= 2 * rest[0][1] else None


def _agent_title_sector(doc: Doc, start: int, head: Token, sector: str | None) -> str | None:
    """The sector a common noun before a title gives it: "army general" (MIL), "union
    leader" (LAB), "police commissioner" (COP); a "film director" has no state sector."""
    prev = doc[start - 1] if start > 0 else None
    if prev is None or prev.pos_ != "NOUN" or not prev.is_lower or prev.dep_ != "compound":
        return sector
    found = compound_agent_sector([prev.lower_, head.lower_])
    if found or prev.lower_ in GOV_BODIES or is_role_word(prev, gazetteer()):
        return found or sector  # "ministry spokesperson" stays the state's
    return None


def _rename_by_surname(doc: Doc, mentions: list[Mention], full_names: dict[str, str],
                       surname_of: dict[str, str]) -> None:
    """Give mentions by surname alone the full name (NER's organisations included)."""
    for m in mentions:
        if m.kind == "person" and fold(m.name) in surname_of:
            m.name = full_names[surname_of[fold(m.name)]]
            continue
        if m.kind == "person" and m.end - m.start == 1 and after_courtesy_title(doc, m.start):
            inner = courtesy_surname(fold(m.name), full_names)  # "Mr Mejia"
            if inner is not None:
                m.name = full_names[inner]
                continue
        if m.kind in ("org", "person") and m.how in ("ner:org", "ner:person"):
            key = fold(span_text(doc, m.start, m.end))
            key = key.removeprefix("the ").removesuffix(" s")
            if key in surname_of:
                m.kind, m.name, m.sector, m.org_kind = "person", full_names[surname_of[key]], (
                    None), None
                m.how = "surname"


def _add_bare_surnames(doc: Doc, mentions: list[Mention], full_names: dict[str, str],
                       surname_of: dict[str, str]) -> None:
    """Add a mention for each surname that no mention covers yet."""
    taken = {i for m in mentions for i in range(m.start, m.end)}
    tab = table(doc)
    for i, word in enumerate(tab.text):
        if i in taken or not word[:1].isupper() or fold(word) not in surname_of:
            continue
        tok = doc[i]
        if not (tok.pos_ == "PROPN" or (
            tok.is_title and tok.pos_ in ("NOUN", "ADJ", "VERB") and (
                tok.is_sent_start or tok.i == 0 or tok.dep_ in ("nsubj", "nsubjpass"))
        )):  # "But Trump claims": a surname the tagger took for a verb, as a subject
            continue
        key = fold(tok.text)
        if key in surname_of and not (tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN"
                                      and doc[tok.i - 1].i not in taken):
            mentions.append(Mention(tok.i, tok.i + 1, "person", full_names[surname_of[key]],
                                    how="surname"))
            taken.add(tok.i)


def _read_affiliation(span: Span, org_of: dict[int, tuple[str, str | None, str | None]],
                      title: Title, gaz: Gazetteer) -> None:
    """"Jordan Morel of France's National Rally": the body named after the name is the one
    the person belongs to, and its state the person's when no title said one. "X of the Law
    and Justice party", "Senator X of Kansas", "its chair, X of Mali": the body, or the state
    (a US state's is the United States), right after the name's "of"."""
    for prep in span.root.children:
        if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i != span.end:
            continue
        body = next((c for c in prep.children if c.dep_ == "pobj" and c.i in org_of), None)
        if body is not None:
            title.org, sector, country = org_of[body.i]
            title.org_sector = title.org_sector or sector
            title.country = title.country or country
    doc = span.doc
    k = span.end + 1
    if title.org is not None or span.end >= len(doc) or doc[span.end].lower_ != "of":
        return
    if k < len(doc) and doc[k].lower_ == "the":
        k += 1
    if k in org_of:
        title.org, sector, country = org_of[k]
        title.org_sector = title.org_sector or sector
        title.country = title.country or country
        return
    for j in range(min(len(doc), k + 4), k, -1):
        entry = gaz.lookup(doc[k:j].text) if doc[k].text[:1].isupper() else None
        if entry is not None and entry.code and entry.kind in ("country", "region") and (
                j == len(doc) or not (doc[j].text in POSSESSIVE or doc[j].pos_ in (
                    "PROPN", "NOUN"))):  # not "of Mali's army", "of Texas A&M"
            title.country = title.country or entry.code
            return


def _set_person_title(doc: Doc, m: Mention, left: list[Token], title: Title) -> None:
    """Put the title read for a person on its mention, and start the mention at the title."""
    if left:
        start = left[0].i
        # "Poland's Foreign Minister X": the person's mention starts after the owner.
        for t in left:
            if t.text in POSSESSIVE:
                start = t.i + 1
        m.start = min(m.start, start)
    m.roles = [title.role] if title.role else []
    m.country = title.country
    m.sector = title.sector
    if left:
        m.sector = compound_agent_sector([t.lower_ for t in left if t.is_alpha]) or (
            _agent_title_sector(doc, left[0].i, left[-1], title.sector))
    if title.possessor is not None and m.country is None:
        m.__dict__["possessor"] = title.possessor.i
    if title.org:
        m.__dict__["org"] = title.org


def _drop_office_owners(mentions: list[Mention], info: dict[str, dict]) -> None:
    """An organisation named only as the owner of an office whose unnamed holder is an actor
    of their own ("The Andean Community's secretary general said ...": the person "Andean
    Community secretary general") is no actor of its own; a party is (its leader takes sides
    for it: "the Christian Democrats' leader said")."""
    held = {i for m in mentions if m.how == "coref:org-office" for i in range(m.start, m.end)}
    if not held:
        return
    of_key: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.key:
            of_key.setdefault(m.key, []).append(m)
    drop = {key for key, ms in of_key.items() if info.get(key, {}).get("kind") == "org" and (
        info[key].get("org_kind") != "party") and all(
        m.how != "coref:org-office" and all(i in held for i in range(m.start, m.end))
        for m in ms)}
    if drop:
        mentions[:] = [m for m in mentions if m.key not in drop]
        for key in drop:
            info.pop(key, None)


def _weaken_owner_states(doc: Doc, mentions: list[Mention], in_appos: set[int]) -> None:
    """A state named only as the owner of an office in an apposition ("Russia's envoy to ...,
    Oleg X, said") or of a body ("South Africa's Constitutional Court") is no actor of its own:
    such a mention counts only if the state is named as an actor elsewhere."""
    org_tokens = {i for m in mentions if m.kind == "org" for i in range(m.start, m.end)}
    for m in mentions:
        if m.kind != "country" or m.how != "gazetteer:country":
            continue
        root = doc[m.start:m.end].root
        if all(i in in_appos for i in range(m.start, m.end)) or (
            root.dep_ == "poss" and root.head.i in org_tokens
        ):
            m.weak = True
            m.__dict__["owner"] = True  # still tells the story's home state


def _non_state_name(name: str) -> bool:
    """A body whose name says it is no state's ("X Foundation", "Y University"): it takes a
    country only from its own words, not from the story's home state."""
    words = name.split()
    noun = source_noun(words[-1].lower()) if words else None
    return noun is not None and noun.type == "organization" and noun.sector in NON_STATE_SECTORS


def _written_name(entry: Entry, text: str) -> str | None:
    """A party a home name finds ("The Liberals", "the Green Party") is shown by its name as
    the text writes it, less the article and a possessive ("The Workers' Party's"); the row's
    full name ("Liberal Party of Canada") stays its identity. Other bodies: None (the row's)."""
    if entry.org_kind != "party":
        return None
    return POSSESSIVE_END.sub("", _strip_the(text)).strip() or None


POSSESSIVE_END = re.compile(r"\s*['’]s?$")


def _strip_the(name: str) -> str:
    return name[4:] if name.lower().startswith("the ") else name


def _display_name(d: dict) -> str:
    name = d.get("written") or d["name"]
    if d["kind"] == "org":
        return _strip_the(name)
    return name


def _role_nouns() -> frozenset[str]:
    from .titles import HEAD_ROLES

    return HEAD_ROLES | TITLE_ROLE_NOUNS


def actor_at(doc: Doc, i: int) -> str | None:
    """The id of the actor that token ``i`` is a mention of, if any."""
    return (doc._.mention_map or {}).get(i)


def actor_for_span(doc: Doc, start_char: int, end_char: int) -> str | None:
    """The actor whose mentions cover most of a character range (e.g. a speaker phrase)."""
    best, best_overlap = None, 0
    for actor in doc._.actors or []:
        for m in actor.mentions:
            overlap = min(end_char, m.end) - max(start_char, m.start)
            if overlap > best_overlap:
                best, best_overlap = actor.id, overlap
    return best


def mentions_of(doc: Doc, actor_id: str) -> list[TextSpan]:
    for actor in doc._.actors or []:
        if actor.id == actor_id:
            return actor.mentions
    return []
