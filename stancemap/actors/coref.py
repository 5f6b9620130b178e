"""Rule-based coreference over the parse: pronouns and descriptions to the actors they mean.

No coreference model installs offline, so this module resolves, in text order:
- surnames and spelling variants to the full name ("Kalinak", "Kaliňák" -> Robert Kalinak);
- he/she/his/her to the person who is the subject nearby ("He emphasized ..." -> Kalinak);
- it/its to the state or organisation that speaks ("Saudi Arabia said it would ...",
  "Its lead negotiator, ...");
- descriptions ("the Slovak minister", "the bloc", "the court", "The party").

``Resolver`` is the small interface a statistical model could later replace: it takes the Doc
and the named mentions and returns extra mentions linked to existing actor keys.
"""

from __future__ import annotations

from bisect import bisect_left
from operator import attrgetter

from spacy.tokens import Doc, Span, Token

from .dateline import dateline_state
from .detect import GOV_BODIES
from .gazetteer import Gazetteer, fold
from .gender import agrees, person_gender
from .mention import Mention
from .offices import (
    ENVOY_HEADS,
    OFFICE_HEADS,
    PORTFOLIO_HEADS,
    doc_whitespace_before,
    envoy_office,
    office_named,
    office_person,
    state_office,
    title_words,
)
from .offices import name_follows as _name_follows
from .offices import office_of_org as _office_of_org
from .offices import office_words as _office_words
from .offices import subject_of_clause as _subject_of_clause
from .sources import fronted_state
from .titles import HEAD_ROLES
from .tokens import (
    POSSESSIVE,
    doc_text,
    sentence_index,
    sentence_of,
    sentences,
    span_text,
    table,
)
from .voices import agreeing_voices, voice_mentions
from .words import WORDS, codes

#: mentions in the order of the text
BY_START = attrgetter("start")
#: relative pronouns that stand for the noun their clause hangs from ("X, who ...")
RELATIVE_TAGS = frozenset({"WP", "WDT"})
PERSON_PRONOUNS = {"he", "she", "him", "his", "her", "hers", "himself", "herself"}
THING_PRONOUNS = {"it", "its", "itself"}
#: possessives that open a person's title for a state or body ("Its head, X")
POSSESSIVE_OWNERS = ("its", "their")
#: the words an adverbial opening a sentence is made of ("In a statement, its ...")
OPENING_POS = {"ADP", "DET", "NOUN", "ADJ", "ADV", "NUM", "PUNCT", "SPACE"}
def _quoted_sentence(doc: Doc, sent: Span) -> bool:
    """Whether a sentence holds or lies inside a quotation (quotes open since its paragraph
    began): the quoted words of a speaker, who is named before them."""
    text = doc_text(doc)
    para = text.rfind("\n", 0, sent.start_char) + 1
    before = text[para:sent.start_char]
    opened = sum(before.count(q) for q in QUOTE_MARKS) % 2 == 1
    inside = text[sent.start_char:sent.end_char]  # (Span.text makes a Token per word)
    return opened or any(q in inside for q in QUOTE_MARKS)


def _previous_subject(doc: Doc, sents: list[Span], idx: int, people: list[Mention],
                      skip_quotes: bool) -> str | None:
    """The person subject (else the last person) of the nearest of the 3 sentences before
    sentence ``idx`` that names one; with ``skip_quotes`` (no person subject in the pronoun's
    own sentence), quoted sentences between do not count towards the 3
    ('"... It's so important." He added, ...': he is who spoke before the quote)."""
    counted, back = 0, idx - 1
    while back >= 0 and counted < 3 and idx - back <= QUOTE_REACH:
        s = sents[back]
        # in text order: a pronoun resolved before ("He said Bangura was safe") is listed
        # after the names, and the main clause's subject goes before a reported clause's
        cands = sorted((m for m in people if s.start <= m.start < s.end), key=lambda m: m.start)
        subj = [m for m in cands if _subject_like(doc[m.start:m.end].root)]
        main = [m for m in subj if doc[m.start:m.end].root.head.i == s.root.i]
        if subj:
            return (main or subj)[0].key
        if cands:
            return cands[-1].key
        counted += 0 if skip_quotes and _quoted_sentence(doc, s) else 1
        back -= 1
    return None


MEMBER_NOUNS = WORDS["member_nouns"]
REBEL_WORDS = WORDS["rebel_words"]
#: how far back (tokens) a pronoun or description looks for its antecedent; longer than any
#: news article, it keeps the work per pronoun bounded on book-length texts
COREF_WINDOW = 5000
QUOTE_MARKS = ('"', "“", "”", "''")
#: sentences back, quoted ones included, that a pronoun looks for a person subject in
QUOTE_REACH = 12
QUANTIFIERS = WORDS["quantifiers"]
JUNTA_WORDS = WORDS["junta_words"]
RULER_WORDS = WORDS["ruler_words"]
# Description heads that point back at an organisation ("the bloc", "the court").
ORG_DESCRIPTIONS = {
    "bloc": ("igo",), "alliance": ("name",), "organisation": ("igo",), "organization": ("igo",),
    "union": ("name", "igo"), "court": ("name",), "tribunal": ("name",), "party": ("party",),
    "presidency": ("name",), "commission": ("name",), "agency": ("name", "agency"),
    "watchdog": ("agency",), "council": ("name",), "community": ("name",),
    "group": ("name", "armed", "civil"), "association": ("name", "civil"),
    "federation": ("name",), "initiative": ("name", "civil"), "campaign": ("name",),
    "movement": ("name", "party"), "judges": ("court",), "spokesperson": ("name",),
    "army": ("name", "military"), "military": ("name", "military"), "navy": ("name",),
    "ministry": ("ministry",),
    "lender": ("igo",), "fund": ("name",), "bank": ("name",),  # "the lender" after the World Bank
    "museum": ("name",), "university": ("name",), "foundation": ("name",),
}
STATE_DESCRIPTIONS = WORDS["state_descriptions"]
ORG_OFFICE_HEADS = WORDS["org_office_heads"]
REGION_OFFICE_HEADS = WORDS["region_office_heads"]
# "the president of Tuscany": with the region after "of", the head of a
# region's government may be called its president too
REGION_PRESIDENTS = WORDS["region_presidents"]
REGION_OFFICE_HEADS_OF = REGION_OFFICE_HEADS | REGION_PRESIDENTS
CHAMBER_NAMES = WORDS["legislature_names"]  # "Senate", "House", "Congress"
CHAMBER_OFFICE_WORDS = 4  # "the Senate Republican floor leader"
OTHER_LEVEL_WORDS = WORDS["other_level_words"]
REGIONAL_STATE_HEADS = WORDS["regional_state_heads"]
MEMBERSHIP_PREPS = {"in", "into", "within"}
# Organisations "the group" may describe: associations, unions, companies, campaigns, not a
# state's body, a party, a court or an international organisation.
CIVIL_KINDS = {None, "ngo", "business", "media", "body"}
STATE_BODY_SECTORS = codes("state_body_sectors")
PLACE_KINDS = {"country", "demonym", "capital", "seat", "region", "place"}


#: clauses whose subject pronoun is read as the subject of the clause they depend on
DEPENDENT_CLAUSES = {"ccomp", "advcl", "conj", "xcomp"}
GOVERNING_REACH = 4  # clauses climbed


def _governing_subject(tok: Token, same: list[Mention]) -> str | None:
    """The person who is the subject (or its apposition) of the nearest clause above the
    pronoun's own that has one named before it in the sentence, climbing through dependent
    clauses: "Dennis Wolter said he would vote", "Its leader, Dennis Wolter, praised it,
    though he criticised the mayor", "Farris ... warned that she would oppose X"."""
    clause = tok.head
    for _ in range(GOVERNING_REACH):
        if clause.dep_ not in DEPENDENT_CLAUSES or clause.head.i == clause.i:
            return None
        gov = clause.head
        subjects = [c for c in gov.children if c.dep_ == "nsubj" and c.i < tok.i]
        spots = {s.i for s in subjects} | {a.i for s in subjects for a in s.children
                                            if a.dep_ == "appos"}
        keys = {m.key for m in same if any(m.start <= i < m.end for i in spots)}
        if keys:
            return keys.pop() if len(keys) == 1 else None
        clause = gov
    return None


def _subject_state(doc: Doc, det: Token, prior: list[Mention], info: dict[str, dict]
                   ) -> str | None:
    """The state of the body or person whose sentence it is ("The Kenya Private Sector
    Alliance urged the government ..."): the subject's own country, when it is no state."""
    sent = sentence_of(doc, det.i)
    for m in prior:
        if sent.start <= m.start < det.i and m.key and info[m.key]["kind"] != "country" and (
                _subject_like(doc[m.start:m.end].root)) and info[m.key].get("country"):
            return info[m.key]["country"]
    return None


def _subject_like(tok: Token) -> bool:
    """A subject, an agent, or a name that modifies one ("The Sudan Liberation Movement
    faction ... boycotted": the movement's faction)."""
    if tok.dep_ in ("compound", "det") and tok.head.i > tok.i:
        tok = tok.head  # (the span's root may be its article, hung on the head noun)
    return tok.dep_ in ("nsubj", "nsubjpass", "agent") or (
        tok.dep_ == "pobj" and tok.head.lower_ == "by"
    )


def title_owner(doc: Doc, i: int, things: list[tuple[int, int, str]]) -> str | None:
    """The state or body that "Its" / "Their" at token ``i``, opening a person's title,
    refers to ("The European Union said ... Its head, Markus Albrecht, said"): among
    ``things`` (the states' and bodies' mentions: start, end, key), the subject of the
    sentence before (of its own sentence first when the word does not open it), else the
    first named there; quoted speech only when nothing else is there."""
    tok = doc[i]
    if tok.lower_ not in POSSESSIVE_OWNERS:
        return None
    sents = sentences(doc)
    idx = sentence_index(doc, i)
    sent = sents[idx]
    for s in sents[max(0, idx - 1):idx + 1][::-1] if tok.i > sent.start else sents[
            max(0, idx - 1):idx]:
        cands = [m for m in things if s.start <= m[0] < min(s.end, tok.i)]
        cands = [m for m in cands if not _in_quote(doc, m[0])] or cands
        subj = [m for m in cands if doc[m[0]:m[1]].root.dep_ in ("nsubj", "nsubjpass")]
        if subj:
            return subj[0][2]
        if cands:
            return cands[0][2]
    return None


def _in_quote(doc: Doc, i: int) -> bool:
    """Whether token i lies between quotation marks in its sentence (odd count before it)."""
    return table(doc).quoted[i]


def _described_ruled_state(doc: Doc, det: Token, prior: list[Mention],
                           info: dict[str, dict]) -> str | None:
    """The key of the state its rulers hold ("the junta" after "Niger's military
    government")."""
    best = None
    for m in prior:
        if m.start >= det.i or not m.key or info[m.key]["kind"] != "country":
            continue
        # the rulers' words after the state's name, or inside its mention ("Niger's military
        # government" as one mention of Niger)
        after = {t.lower_ for t in doc[m.start:min(len(doc), m.end + 4, det.i)]}
        if after & RULER_WORDS:
            best = m.key
    return best


def _described_org(doc: Doc, det: Token, words: Span, prior: list[Mention],
                   info: dict[str, dict]) -> str | None:
    """The key of the organisation or state a description ("the ministry") refers to."""
    low = words[-1].lower_
    want = ORG_DESCRIPTIONS[low]
    rebel = any(t.lower_ in REBEL_WORDS for t in words[:-1])
    best = salient = None
    salient_at = -1
    sents = sentences(doc)
    idx = sentence_index(doc, det.i)
    prev_start = sents[max(0, idx - 1)].start
    for m in prior:
        if m.start >= det.i or not m.key or info[m.key]["kind"] not in ("org", "country"):
            continue
        inf = info[m.key]
        if rebel and inf.get("sector") != "REB":
            continue  # "the militant group" is not an army
        if _fits_description(doc, m, inf, want, words):
            best = m.key
            # a subject of this or the previous sentence is the salient one
            if m.start >= max(prev_start, salient_at) and _subject_like(
                doc[m.start:m.end].root
            ):
                salient, salient_at = m.key, m.start
    return salient or best


def _named_leader_body(words: Span, prior: list[Mention], before: int) -> str | None:
    """"The administration" after "the Obama administration": a bare description is the
    body named after its leader that the text last named with the same head noun."""
    if len(words) != 1:
        return None
    suffix = f" {words[-1].lower_}"
    named = [m for m in prior if m.how == "leader-body" and m.key and m.start < before and (
        m.name.lower().endswith(suffix))]
    return max(named, key=lambda m: m.start).key if named else None


def _fits_description(doc: Doc, m: Mention, inf: dict, want: tuple[str, ...],
                      words: Span) -> bool:
    low = words[-1].lower_
    text = fold(span_text(doc, m.start, m.end) + " " + inf["name"])
    if any(t.text[:1].isupper() and fold(t.text) not in text.split() for t in words[:-1]):
        return False  # "the Left group" names a group of its own, not the one named before
    return bool(("name" in want and low in text.split()) or (
        "igo" in want and inf.get("org_kind") == "igo") or (
        "agency" in want and inf.get("org_kind") == "agency") or (
        "party" in want and inf.get("org_kind") == "party") or (
        "armed" in want and inf.get("org_kind") == "armed") or (
        "civil" in want and inf["kind"] == "org" and inf.get("org_kind") in CIVIL_KINDS and (
            inf.get("sector") not in STATE_BODY_SECTORS)) or (
        "court" in want and inf.get("org_kind") == "court") or (
        "military" in want and inf.get("org_kind") == "military") or (
        "ministry" in want and len(words) == 1 and m.how in (
            "state-body", "demonym-body") and "ministry" in fold(
            doc[m.start:m.end].text).split()
    ))


class Genders:
    """The people's genders of one document, from a title in one of their named mentions or
    the given name, each worked out once."""

    def __init__(self, doc: Doc, named: list[Mention], info: dict[str, dict]) -> None:
        self.doc, self.named, self.info = doc, named, info
        self.known: dict[str, str | None] = {}

    def of(self, key: str) -> str | None:
        if key not in self.known:
            texts = [span_text(self.doc, m.start, m.end) for m in self.named if m.key == key]
            self.known[key] = person_gender(self.info[key]["name"], texts)
        return self.known[key]


class Resolver:
    """Links pronouns and descriptions to actor keys of the named mentions."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.home: str | None = None
        self.home_region: str | None = None  # the one region the story is about
        self.dateline: str | None = None  # the state of the document's dateline
        self.info: dict[str, dict] = {}  # the document's actors (``__call__``)
        self.by_token: dict[int, Mention] = {}  # token -> the named mention on it

    def __call__(self, doc: Doc, mentions: list[Mention], info: dict[str, dict],
                 home: str | None = None) -> list[Mention]:
        """``info`` maps actor key -> {"kind", "name", "country", "roles", "org_kind"};
        ``home`` is the state the story is about, if one dominates."""
        self.home, self.info = home, info
        self.dateline = dateline_state(doc, self.gaz)
        self.home_region = _home_region(self.gaz, doc, home)
        by_token: dict[int, Mention] = {}
        for m in mentions:
            for i in range(m.start, m.end):
                by_token.setdefault(i, m)
        self.by_token, self.voices = by_token, voice_mentions(doc, by_token, info, home)
        named = sorted(mentions, key=lambda m: m.start)
        genders = Genders(doc, named, info)
        starts = [m.start for m in named]
        out: list[Mention] = []
        lo_out = 0
        taken = set(by_token)
        lowers = table(doc).lower
        wanted = PERSON_PRONOUNS | THING_PRONOUNS | MEMBER_NOUNS | {
            "the", "this", "that", "whose", "'s", "’s"}
        for i, low in enumerate(lowers):
            if low not in wanted or i in taken and low not in ("'s", "’s", "the"):
                continue
            tok = doc[i]
            mention: Mention | None = None
            # the mentions before i, those of the last COREF_WINDOW tokens on long texts
            cut = i - COREF_WINDOW
            while lo_out < len(out) and out[lo_out].start < cut:
                lo_out += 1
            prior = named[bisect_left(starts, cut):bisect_left(starts, i)] + out[lo_out:]
            if low in PERSON_PRONOUNS and tok.pos_ == "PRON":
                key = self._person_antecedent(doc, tok, prior, info, genders) or (
                    _lede_cataphor(doc, tok, prior, named, info, genders))
                if key:
                    mention = Mention(tok.i, tok.i + 1, info[key]["kind"], info[key]["name"],
                                      key=key, how="coref:pronoun")
            elif low in THING_PRONOUNS and tok.pos_ == "PRON":
                key = self._thing_antecedent(doc, tok, prior, info)
                if key:
                    end = tok.i + 1
                    head = tok.head
                    if tok.dep_ == "poss" and head.lower_ in GOV_BODIES and (
                        info[key]["kind"] == "country"
                    ):
                        # "Its embassy in Maputo said ...": the state body is the state
                        end = max(t.i for t in head.subtree if t.dep_ not in (
                            "relcl", "acl", "appos", "punct")) + 1
                    mention = self._described_office_holder(
                        doc, tok, tok.i, key, info, taken) or Mention(
                        tok.i, end, info[key]["kind"], info[key]["name"], key=key,
                        how="coref:pronoun")
            elif low in ("'s", "’s"):
                owner = out[-1] if out and out[-1].end == tok.i else None
                mention = self._state_office_holder(doc, tok, by_token, info, taken) or (
                    self._org_office_holder(doc, tok, by_token, info, taken)) or (
                    _region_office_holder(self.gaz, doc, tok, info, taken)) or (
                    owner is not None and owner.how == "coref:description" and owner.key and (
                        self._described_office_holder(doc, tok, owner.start, owner.key, info,
                                                      taken)) or None)
                if mention is not None and owner is not None and mention.start <= owner.start:
                    out.pop()  # the office holder's mention holds the description
            elif low == "whose":
                mention = self._whose(doc, tok, by_token, info, taken)
            elif i in taken:  # "The Council of Europe's human rights commissioner"
                mention = self._org_office_holder(doc, tok, by_token, info, taken)
            elif low in ("the", "this", "that") and tok.i + 1 < len(doc):
                # "The Texas governor" is no description of a governor named before
                mention = _office_holder(self.gaz, doc, tok, by_token, info, taken) or (
                    self._description(doc, tok, prior, info, taken)) or (
                    self._org_office_holder(doc, tok, by_token, info, taken))
            elif tok.tag_ == "NNS" and low in MEMBER_NOUNS:
                mention = self._members(doc, tok, info, taken)
            if mention is not None:
                out.append(mention)
                taken.update(range(mention.start, mention.end))
        return out

    # -- people ---------------------------------------------------------------------------
    def _person_antecedent(self, doc: Doc, tok: Token, prior: list[Mention],
                           info: dict[str, dict], genders: Genders) -> str | None:
        sent = sentence_of(doc, tok.i)
        # only the sentences ``_previous_subject`` reaches back to can hold the antecedent
        sents = sentences(doc)
        since = sents[max(0, sentence_index(doc, tok.i) - QUOTE_REACH)].start
        fits: dict[str, bool] = {}  # person key -> agrees with the pronoun (once per key)
        people = []
        bound = self._named_in_clause(tok)
        for m in prior:
            if not (since <= m.start < tok.i) or not m.key or info[m.key]["kind"] != "person":
                continue
            if m.key in bound:
                continue  # "He said he trusted Drysdale": he is not Drysdale
            ok = fits.get(m.key)
            if ok is None:
                ok = fits[m.key] = agrees(tok.lower_, genders.of(m.key))
            if ok:
                people.append(m)
        people = sorted(people + agreeing_voices(self.voices, tok, since, bound), key=BY_START)
        if not people:
            return None
        quoted = _in_quote(doc, tok.i)
        # Same sentence, before the pronoun, as a subject (not a possessive of that subject).
        same = [m for m in people if m.start >= sent.start and not (
            _in_quote(doc, m.start) and not quoted)]
        subj_same = [m for m in same if _subject_like(doc[m.end - 1]) or _subject_like(
            doc[m.start:m.end].root)]
        if tok.dep_ in ("dobj", "pobj", "dative", "iobj") and same:
            # An object pronoun does not refer to its own clause's subject ("Dean accused him",
            # "whose president, Dolores Kearney, praised her"): take the nearest other person
            # before it in the sentence, else look further back.
            verb = tok.head if tok.dep_ != "pobj" else tok.head.head
            local = {c.i for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
            local |= {a.i for i in local for a in doc[i].children if a.dep_ == "appos"}
            if verb.dep_ == "relcl" and any(doc[i].tag_ in RELATIVE_TAGS for i in local):
                # "Kasich, a Republican who endorsed him": "who" is the clause's subject
                local |= {verb.head.i} | ({verb.head.head.i} if verb.head.dep_ == "appos"
                                          else set())
            banned = {m.key for m in same if any(m.start <= i < m.end for i in local)}
            others = [m for m in same if m.key not in banned]
            if others:
                return others[-1].key
            people = [m for m in people if m.key not in banned]
            if not people:
                return None
            same = subj_same = []
        if subj_same and tok.dep_ != "nsubj":
            return subj_same[-1].key
        governing = _governing_subject(tok, same) if tok.dep_ == "nsubj" and not quoted else None
        if governing is not None:  # "X said he would ...", "X praised it, though he ..."
            return governing
        if same and tok.dep_ in ("poss",) and not quoted:
            return same[-1].key
        # Previous sentences: the subject of the nearest one that has a person subject.
        sents = sentences(doc)
        idx = sentence_index(doc, tok.i)
        found = _previous_subject(doc, sents, idx, people, skip_quotes=not subj_same)
        if found is not None:
            return found
        if subj_same:
            return subj_same[-1].key
        return people[-1].key if people[-1].start >= sents[max(0, idx - 3)].start else None

    def _named_in_clause(self, tok: Token) -> set[str]:
        """The actors named after a subject pronoun inside its own clause ("He said he
        trusted Drysdale"): a pronoun never stands for a name it governs, so none of them is
        its antecedent."""
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return set()
        by_token = self.by_token
        return {by_token[t.i].key for t in tok.head.subtree if t.i > tok.i and (
            t.i in by_token) and by_token[t.i].key and by_token[t.i].kind == "person"}

    # -- states and organisations ----------------------------------------------------------
    def _thing_antecedent(self, doc: Doc, tok: Token, prior: list[Mention],
                          info: dict[str, dict]) -> str | None:
        sent = sentence_of(doc, tok.i)
        things = [m for m in prior if m.start < tok.i and m.key and info[m.key]["kind"] in (
            "country", "org")]
        if not things:
            return None
        # "Saudi Arabia said it would not accept ...": subject of the verb governing the clause.
        verb = tok.head
        while verb.dep_ not in ("ccomp", "xcomp", "advcl", "ROOT") and verb.head is not verb:
            verb = verb.head
        if verb.dep_ in ("ccomp", "xcomp") or (tok.dep_ == "poss" and verb.dep_ == "ROOT"):
            gov = verb.head if verb.dep_ in ("ccomp", "xcomp") else verb
            for child in gov.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    hit = [m for m in things if m.start <= child.i < m.end]
                    if hit:
                        return hit[0].key
        # "Its lead negotiator, ..." / "It began ..." at the start of a sentence, and "In a
        # statement, its delegation said ...": the possessor of a main-clause subject that only
        # an adverbial with no state or organisation in it goes before
        opening = tok.dep_ == "poss" and tok.head.dep_ in ("nsubj", "nsubjpass") and (
            tok.head.head.dep_ == "ROOT") and not any(
            sent.start <= m.start < tok.i for m in things) and all(
            t.i >= tok.i or t.pos_ in OPENING_POS or t.ent_type_ in ("DATE", "TIME") for t in sent)
        if tok.i == sent.start or (tok.i == sent.start + 1 and doc[sent.start].is_punct) or (
                opening):
            sents = sentences(doc)
            idx = sentence_index(doc, tok.i)
            for back in range(idx - 1, max(-1, idx - 3), -1):
                prev = sents[back]
                cands = [m for m in things if prev.start <= m.start < prev.end]
                # quoted speech is another voice: "Its" points past it to the narrative
                cands = [m for m in cands if not _in_quote(doc, m.start)]
                subj = [m for m in cands if _subject_like(doc[m.start:m.end].root)]
                if subj:
                    return subj[0].key
        # "the Kiev regime maintains that ... its claimed territories": the sentence subject.
        if tok.dep_ == "poss":
            cands = [m for m in things if m.start >= sent.start]
            subj = [m for m in cands if _subject_like(doc[m.start:m.end].root)]
            if subj:
                return subj[0].key
        return None

    @staticmethod
    def _whose(doc: Doc, tok: Token, by_token: dict[int, Mention], info: dict[str, dict],
               taken: set[int]) -> Mention | None:
        """"Slovakia, whose economy minister said ...": an unnamed official or body speaks for
        the state or organisation the relative clause hangs on."""
        head = tok.head
        if tok.dep_ != "poss" or head.i <= tok.i or head.i - tok.i > 3 or not (
            head.lower_ in HEAD_ROLES or head.lower_ in GOV_BODIES):
            return None
        if head.i + 1 < len(doc) and doc[head.i + 1].ent_type_ == "PERSON":
            return None  # a named person follows: the name is the actor
        verb = head.head
        while verb.dep_ not in ("relcl",) and verb.head.i != verb.i and verb.i > tok.i:
            verb = verb.head
        if verb.dep_ != "relcl":
            return None
        ante = by_token.get(verb.head.i)
        if ante is None or not ante.key or info[ante.key]["kind"] not in ("country", "org"):
            return None
        if any(i in taken for i in range(tok.i + 1, head.i + 1)):
            return None
        return Mention(tok.i + 1, head.i + 1, info[ante.key]["kind"], info[ante.key]["name"],
                       key=ante.key, how="coref:whose")

    # -- members of a bloc ------------------------------------------------------------------
    def _members(self, doc: Doc, tok: Token, info: dict[str, dict],
                 taken: set[int]) -> Mention | None:
        """"Southeast Asian foreign ministers", "small island nations": the bloc whose name
        holds the modifiers (ASEAN, the Alliance of Small Island States), named in the text."""
        mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "npadvmod")]
        if not mods or any(c.i in taken for c in mods):
            return None
        start = min(c.left_edge.i for c in mods)
        # "the council's three African members": members of another body, not of the bloc
        k = start - 1
        while k >= 0 and doc[k].pos_ in ("NUM", "DET", "ADJ", "ADV"):
            k -= 1
        if k >= 0 and doc[k].text in POSSESSIVE:
            return None
        words = [t for t in doc[start:tok.i] if t.is_alpha]
        keys = [fold(t.text) for t in words if self.gaz.role_word(t.text) is None]
        if not keys:
            return None
        for key, inf in info.items():
            if inf["kind"] != "org" or inf.get("org_kind") not in ("igo", "agency"):
                continue
            name_words = set(fold(inf["name"]).split())
            if all(k in name_words for k in keys):
                if start > 0 and doc[start - 1].lower_ == "the":
                    start -= 1
                return Mention(start, tok.i + 1, "org", inf["name"], key=key, how="coref:members")
        return self._regional_group(doc, tok, words, start, info)

    def _regional_group(self, doc: Doc, tok: Token, words: list[Token], start: int,
                        info: dict[str, dict]) -> Mention | None:
        """"the Nordic states", "Western governments", "Gulf nations" with no bloc named: a
        group actor. Not a counted set that the text lists ("Three Baltic countries - ...")."""
        # "several European governments": a quantifier in front names nothing
        words = [t for t in words if t.lower_ not in QUANTIFIERS]
        if tok.lower_ not in REGIONAL_STATE_HEADS or not words:
            return None
        if any(not t.text[:1].isupper() or self.gaz.role_word(t.text) is not None or (
            (e := self.gaz.lookup(t.text)) is not None and e.code) for t in words):
            return None  # "Chinese officials" is China; only regional names make a group
        if any(t.like_num or t.pos_ == "NUM" for t in doc[max(0, start - 2):tok.i]):
            return None
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.text in ("-", "–", "—", ":", "("):
            return None
        name = " ".join([t.text for t in words] + [tok.lower_])
        key = f"group:{fold(name)}"
        info.setdefault(key, {"kind": "group", "name": name, "country": None, "roles": [],
                              "sector": None, "org_kind": None, "first": start})
        if start > 0 and doc[start - 1].lower_ == "the":
            start -= 1
        return Mention(start, tok.i + 1, "group", name, key=key, how="coref:group")

    # -- descriptions ---------------------------------------------------------------------
    def _description(self, doc: Doc, det: Token, prior: list[Mention], info: dict[str, dict],
                     taken: set[int]) -> Mention | None:
        head = det.head
        if head.i <= det.i or head.i - det.i > 4 or head.pos_ not in ("NOUN", "PROPN"):
            return None
        if any(i in taken for i in range(det.i, head.i + 1)):
            return None
        # A name follows ("the Slovak minister Robert Kalinak") -> not a bare description.
        if head.i + 1 < len(doc) and doc[head.i + 1].ent_type_ == "PERSON":
            return None
        if head.lower_ in ORG_DESCRIPTIONS and _named_here(doc, head):
            return None  # "the environmental group River Watch": the group is named here
        words = doc[det.i + 1:head.i + 1]
        low = head.lower_
        if low in HEAD_ROLES or low == "minister":
            best = _chamber_office_holder(det, words, prior, info, self.home) or (
                self._described_person(doc, det, words, prior, info)) or (
                self._unnamed_office_holder(doc, det, words, info)) or (
                _home_region_office_holder(self.gaz, self.home_region, det, words, info))
        elif low in JUNTA_WORDS and len(words) == 1:
            best = _described_ruled_state(doc, det, prior, info) or self._ruled_state(doc, det)
        elif low in STATE_DESCRIPTIONS and len(words) == 2 and words[0].lower_ in RULER_WORDS:
            # "the military government", "the military authorities": the state they rule
            best = _described_ruled_state(doc, det, prior, info) or self._ruled_state(doc, det)
        elif low in ORG_DESCRIPTIONS:
            best = _described_org(doc, det, words, prior, info)
            if best is None and low in RULER_WORDS and len(words) == 1:
                # "The military says ..." with no armed forces named, where the text has
                # called the state's government military: its rulers
                best = _described_ruled_state(doc, det, prior, info) or next((
                    m.key for m in reversed(prior) if m.how == "coref:ruled"), None)
        elif low in STATE_DESCRIPTIONS:
            best = _named_leader_body(words, prior, det.i) or self._governing_state(
                doc, det, words, prior, info)
        else:
            return None
        if best is None:
            return None
        ruled = low in JUNTA_WORDS or low in STATE_DESCRIPTIONS and words[0].lower_ in RULER_WORDS
        return Mention(det.i, head.i + 1, info[best]["kind"], info[best]["name"], key=best,
                       how="coref:ruled" if ruled else "coref:description")

    def _ruled_state(self, doc: Doc, det: Token) -> str | None:
        """The state whose rulers "the junta" or "the military government" are when the text
        names no state with its rulers' words: the story's home state, else the dateline's
        ("YANGON -": Myanmar)."""
        code = self.home or self.dateline
        if code is None:
            return None
        key = f"country:{code}"
        self.info.setdefault(key, {"kind": "country", "country": code, "roles": [],
                                   "name": self.gaz.country_names.get(code, code),
                                   "sector": None, "org_kind": None, "first": det.i})
        return key if self.info[key]["kind"] == "country" else None

    def _governing_state(self, doc: Doc, det: Token, words: Span, prior: list[Mention],
                         info: dict[str, dict]) -> str | None:
        """The state whose government "the government" is: the story's home state, else the
        state of its sentence's subject, else the one state named before it in its sentence
        or, if none is, in the sentence before."""
        head = words[-1]
        if any(t.lower_ in OTHER_LEVEL_WORDS or self._is_place(t) for t in words[:-1]) or any(
                c.dep_ == "prep" and c.lower_ in ("of", "in") for c in head.children):
            return None  # another level's, another time's, or a place's own: "of Sudan"
        if head.dep_ == "pobj" and head.head.lower_ in MEMBERSHIP_PREPS:
            return None  # "sits in the government": a body one belongs to, no actor here
        code = fronted_state(head) or self.home or _subject_state(doc, det, prior, info)
        if code is None:
            sents = sentences(doc)
            idx = sentence_index(doc, det.i)
            for since in (sents[idx].start, sents[max(0, idx - 1)].start):
                near = {m.key for m in prior if since <= m.start < det.i and m.key and (
                    info[m.key]["kind"] == "country") and not _in_quote(doc, m.start)}
                if near:
                    return near.pop() if len(near) == 1 else None
            return None
        key = f"country:{code}"
        info.setdefault(key, {"kind": "country", "name": self.gaz.country_names.get(code, code),
                              "country": code, "roles": [], "sector": None, "org_kind": None,
                              "first": det.i})
        return key if info[key]["kind"] == "country" else None

    def _is_place(self, tok: Token) -> bool:
        entry = self.gaz.lookup(tok.text) if tok.text[:1].isupper() else None
        return entry is not None and entry.kind in PLACE_KINDS

    def _state_office_holder(self, doc: Doc, pos: Token, by_token: dict[int, Mention],
                             info: dict[str, dict], taken: set[int]) -> Mention | None:
        """"Sweden's prime minister stopped short ...", "South Korea's president convened
        ...": the unnamed holder of a state's top office (``office_heads``, or "X minister"),
        as a clause's subject, is a person actor of their own, named with the state's name
        ("Sweden's prime minister"); the mention is the office's words, so the state keeps
        its own mention. Not with a name after the office ("Kenya's president, William
        Ruto"), nor another word before it ("Kenya's new president")."""
        if pos.tag_ != "POS" or pos.i + 1 >= len(doc):
            return None
        owner = by_token.get(pos.i - 1)
        head = doc[pos.i - 1].head
        if owner is None or owner.kind != "country" or head.i <= pos.i or (
                _subject_of_clause(head) or _other_role(head)) is None or head.i - pos.i > 4:
            return None
        if any(i in taken for i in range(pos.i + 1, head.i + 1)):
            return None
        nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
        if nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.dep_ == "appos" or (
                nxt.text == "," and any(c.dep_ == "appos" for c in head.children))):
            return None
        title = list(doc[pos.i + 1:head.i + 1])
        if any(t.pos_ not in ("NOUN", "PROPN", "ADJ") and not _hyphen_part(t) for t in title):
            return None
        office = state_office(title) or envoy_office(title)
        if office is None:
            return None
        country = info.get(owner.key, {}).get("country") if owner.key else None
        if country is None or owner.end not in (pos.i, pos.i + 1) or (  # named: "Ambassador X"
                _subject_of_clause(head) is None or office not in OFFICE_HEADS) and (
                office_named(info, head.lower_, country)):
            return None
        start = owner.start + (doc[owner.start].lower_ == "the")
        name = span_text(doc, start, head.i + 1)
        key = office_person(info, name, country, office, "GOV", pos.i + 1)
        if key is None:
            return None
        return Mention(pos.i + 1, head.i + 1, "person", name, key=key,
                       how="coref:state-office")

    def _org_office_holder(self, doc: Doc, det: Token, by_token: dict[int, Mention],
                           info: dict[str, dict], taken: set[int]) -> Mention | None:
        """"The Commission President answered ...", "The EU's foreign policy chief said ...",
        "The U.N. Secretary-General said ...": the unnamed holder of an organisation's
        one-person office (``org_office_heads``), as a clause's subject, is a person actor of
        their own, named by the organisation's words and the office ("EU foreign policy
        chief"); the mention runs from "the". The words before the office: the name of an
        organisation the gazetteer knows (its possessive too), then lower-case words. Not with
        a name after the office, nor with an "of" phrase. "UNESCO's director general said":
        the mention runs from the organisation's name (``det`` is then its "'s")."""
        lead = 1  # the name's first token after ``det``
        if det.tag_ == "POS" and det.i > 0:
            owner = by_token.get(det.i - 1)
            if owner is None or owner.kind != "org" or doc[owner.start].lower_ == "the":
                return None
            det, lead = doc[owner.start], 0
        elif det.lower_ != "the":
            return None
        head = det.head
        while head.dep_ in ("poss", "compound") and head.head.i > head.i:
            head = head.head
        while head.i + 2 < len(doc) and _hyphen_part(head):
            head = doc[head.i + 1]  # "Te Pati Maori's co-leader": the parser may stop at "co"
        if head.i <= det.i + 1 or head.i - det.i > 8 or _subject_of_clause(head) is None or any(
                c.dep_ in ("prep", "appos") and not _set_off(head, c) for c in head.children):
            return None
        office, first = head.lower_, head.i
        if doc[head.i - 1].text == "-" and head.i - det.i >= 3 and not doc[
                head.i - 1].whitespace_ and not doc[head.i - 2].whitespace_:
            office, first = f"{doc[head.i - 2].lower_}-{office}", head.i - 2  # "Secretary-General"
        elif head.i - det.i >= 2 and f"{doc[head.i - 1].lower_} {office}" in ORG_OFFICE_HEADS:
            office, first = f"{doc[head.i - 1].lower_} {office}", head.i - 1  # "director general"
        if office not in ORG_OFFICE_HEADS:
            return None
        if _title_named(head):
            return None  # "the Commission President, Ursula ...": a name follows
        k = det.i + lead
        owner = by_token.get(det.i)
        if owner is not None and owner.kind == "org" and owner.end <= first:
            k = owner.end - (doc[owner.end - 1].tag_ == "POS")
        while k < first and doc[k].text[:1].isupper() and doc[k].tag_ != "POS":
            k += 1
        name_toks = list(doc[det.i + lead:k])
        if not name_toks or any(i in taken and (i not in by_token or by_token[i].kind != "org")
                                for i in range(det.i, head.i + 1)):
            return None
        entry = self.gaz.lookup(" ".join(t.text for t in name_toks))
        party = owner is not None and owner.kind == "org" and owner.org_kind == "party" and (
            owner.end - (doc[owner.end - 1].tag_ == "POS") == k)
        if (entry is None or entry.kind != "org") and not party:
            # a party named by a family word ("the Greens") counts, and so does an org the
            # story named, also by a short form ("the Rowing Federation (WRF) ... The WRF")
            owner = _org_named_as(doc, by_token, name_toks, k)
            if owner is None:
                return None
            entry = None
        if k < first and doc[k].tag_ == "POS":
            k += 1
        mods = list(doc[k:first])
        if any(not (t.is_lower and t.pos_ in ("NOUN", "ADJ", "PROPN")) for t in mods):
            return None  # "the Commission's new president": not one office's name
        name = " ".join([span_text(doc, det.i + lead, name_toks[-1].i + 1)] + [
            t.text for t in mods] + [span_text(doc, first, head.i + 1)])
        if entry is not None and entry.kind == "org":
            country, sector = self.gaz.org_countries.get(entry.name), entry.sector
        else:
            country, sector = owner.country, owner.sector
        key = office_person(info, name, country, office, sector, det.i)
        if key is None:
            return None
        return Mention(det.i, head.i + 1, "person", name, key=key, how="coref:org-office")

    def _described_office_holder(self, doc: Doc, owner: Token, start: int, key: str,
                                 info: dict[str, dict], taken: set[int]) -> Mention | None:
        """"The alliance's secretary general said ...", "its secretary general urged ...",
        "requested by the court's prosecutor": the unnamed holder of a one-person office
        (``org_office_heads``) of an organisation the text has named, owned by a description
        of it or a pronoun (``owner``: the "'s" or the possessive pronoun, resolved to
        ``key``), as a clause's subject or an agent, is a person actor of their own named by
        the organisation's name and the office ("British Museum chair"); the mention runs
        from ``start``, the description's first word. Not with a name or a comma after the
        office, nor with an "of" phrase or another word between the owner and the office."""
        if info[key]["kind"] != "org" or owner.i + 1 >= len(doc):
            return None
        head = owner.head if owner.tag_ != "POS" else doc[owner.i - 1].head
        while head.i + 2 < len(doc) and _hyphen_part(head):
            head = doc[head.i + 1]  # "Its co-leader": the parser may hang "its" on "co"
        if head.i <= owner.i or head.i - owner.i > 3 or any(
                c.dep_ in ("prep", "appos") for c in head.children):
            return None
        if _subject_of_clause(head) is None and not (
                head.dep_ == "pobj" and head.head.lower_ == "by"):
            return None
        words = doc[owner.i + 1:head.i + 1]
        if any(not t.is_lower and t.text != "-" for t in words) or any(
                i in taken for i in range(owner.i + 1, head.i + 1)):
            return None
        office = " ".join(title_words(list(words)))
        if office not in ORG_OFFICE_HEADS:
            return None
        nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
        if nxt is not None and (nxt.pos_ == "PROPN" or nxt.text == ","):
            return None  # "its president, Maria ...": a name follows
        name = f"{info[key]['name']} {office}"
        person = office_person(info, name, info[key].get("country"), office,
                                info[key].get("sector"), start)
        if person is None:
            return None
        return Mention(start, head.i + 1, "person", name, key=person, how="coref:org-office")

    def _unnamed_office_holder(self, doc: Doc, det: Token, words: Span,
                               info: dict[str, dict]) -> str | None:
        """"The French president", "the Norwegian energy minister", "the prime minister" (in a
        story about one state) with no named holder before: the office's holder, a person
        actor of its own named by the office ("French president"). Not an office of a body
        ("the president of the commission") nor one with any other word before it, and only
        as a clause's subject."""
        head = words[-1]
        subject = _subject_of_clause(head) or _other_role(head)
        if det.lower_ != "the" or any(c.dep_ == "prep" for c in head.children) or (
                subject is None) or any(
                c.dep_ == "aux" and c.lower_ == "to" for c in subject.head.children):
            return None  # "a bill to let the president dismiss them": no one acting
        country, title = None, []
        for t in words:
            entry = self.gaz.lookup(t.text) if t.text[:1].isupper() else None
            if entry is not None and entry.code and entry.kind in ("country", "demonym"):
                country = country or entry.code
            elif self.gaz.role_word(t.text) is not None or t.i == words[-1].i or _hyphen_part(
                    t) or _portfolio_noun(t, head):
                title.append(t)
            else:
                return None  # "the new president", "the party's president"
        office = state_office(title)
        if office is None and country is not None and " ".join(title_words(title)) in (
                ENVOY_HEADS):
            office = " ".join(title_words(title))  # "summoned the Chinese ambassador"
        if office is None:
            return None
        country = country or self.home
        if country is None:
            return None
        name = span_text(doc, words[0].i, words[-1].i + 1) if any(
            _hyphen_part(t) for t in words) else " ".join(t.text for t in words)
        return office_person(info, name, country, office, "GOV", det.i)

    def _described_person(self, doc: Doc, det: Token, words: Span, prior: list[Mention],
                          info: dict[str, dict]) -> str | None:
        """The key of the person a role description ("the minister") refers to."""
        low = words[-1].lower_
        country = None
        qualifiers = []  # "prime", "energy" in "the Ethiopian prime minister"
        for t in words[:-1]:
            entry = self.gaz.lookup(t.text)
            if entry is not None and entry.code:
                country = entry.code
            elif t.i == words[-1].i - 1 and (self.gaz.role_word(t.text) is not None or (
                    t.pos_ == "NOUN" and t.dep_ == "compound" and t.is_lower)):
                # a title word of the gazetteer, not "new"; or a portfolio noun the gazetteer
                # lacks ("the fisheries minister" is no prime minister)
                qualifiers.append(t.lower_)
        role = " ".join([*qualifiers, low])
        best = None
        best_at = -1
        for m in prior:  # the nearest fitting person before the description
            if m.start >= det.i or m.start < best_at or not m.key or (
                    info[m.key]["kind"] != "person"):
                continue
            inf = info[m.key]
            if not _fits_owner(self.gaz, det, words, qualifiers, inf, country):
                continue
            roles = " ".join(inf.get("roles") or []).lower()
            if not qualifiers and roles.split()[:1] and roles.split()[0] in CHAMBER_NAMES and (
                    inf["name"].lower() == roles):
                continue  # "the president" is no unnamed "Senate president" named before
            if role in roles or (low == "leader" and roles and not qualifiers):  # a prime
                # minister is no foreign minister, a senator no "majority leader"
                best, best_at = m.key, m.start
        if best is None and country is None:
            # "the spokesperson" after "a State Department spokesperson" (the state)
            for m in prior:
                if m.start < det.i and m.key and {low, *qualifiers} <= {
                    t.lower_ for t in doc[m.start:m.end]
                }:
                    best = m.key
        return best


def _fits_owner(gaz: Gazetteer, det: Token, words: Span, qualifiers: list[str], inf: dict,
                country: str | None) -> bool:
    """Does a person (``inf``) fit the state (``country``) and the owner a role description
    names? A capitalised word before the role that is neither a state nor a title word names
    whose office it is ("the Conservative leader", "the Likud chairman"): only a person whose
    name or roles carry it fits."""
    if country and inf.get("country") != country:
        return False
    owners = [t.lower_ for t in words[:-1] if t.is_title and t.i != det.i and (
        t.lower_ not in qualifiers) and not getattr(gaz.lookup(t.text), "code", None)]
    held = f"{inf['name']} {' '.join(inf.get('roles') or [])}".lower()
    return all(w in held for w in owners)


#: sentences after a lede's pronoun within which the person it announces is named
LEDE_REACH = 8
#: the lede: the document's first sentences (a headline included)
LEDE_SENTENCES = 6


def _lede_cataphor(doc: Doc, tok: Token, prior: list[Mention], named: list[Mention],
                   info: dict[str, dict], genders: Genders) -> str | None:
    """A feature lede that opens on a pronoun and names its person later ("He has spent
    eleven years in prison ... On Thursday he told supporters to stay at home. Alpha Bah,
    the party's leader, announced ..."): a pronoun outside quotation marks with no person
    named anywhere before it, in the first ``LEDE_SENTENCES`` sentences, stands for the
    first person named after it, if that one is named within ``LEDE_REACH`` sentences and
    agrees with it."""
    if _in_quote(doc, tok.i) or any(
            m.key and info[m.key]["kind"] == "person" for m in prior):
        return None
    idx = sentence_index(doc, tok.i)
    if idx >= LEDE_SENTENCES:
        return None
    sents = sentences(doc)
    until = sents[min(len(sents) - 1, idx + LEDE_REACH)].end
    for m in named:
        if not m.key or info[m.key]["kind"] != "person":
            continue
        if m.start < tok.i or m.start >= until:
            return None  # a person named before, or none soon after: no lede cataphor
        return m.key if agrees(tok.lower_, genders.of(m.key)) else None
    return None




def _named_here(doc: Doc, head: Token) -> bool:
    """Does the description's head have its name right after it ("the environmental group
    River Watch") or in apposition ("The main opposition party, PASOK, said")?"""
    return _name_follows(doc, head) or any(
        c.dep_ == "appos" and c.i > head.i and c.pos_ == "PROPN" and c.text[:1].isupper()
        for c in head.children)


def _org_named_as(doc: Doc, by_token: dict[int, Mention], name_toks: list[Token], k: int
                  ) -> Mention | None:
    """The organisation mention that covers exactly ``name_toks`` (ending at ``k``, a
    possessive aside), if the document's actors hold one; the mention may begin with the
    "the" before them ("The Andean Community's secretary general")."""
    first = name_toks[0].i
    owner = by_token.get(first)
    if owner is None or owner.kind != "org" or owner.start not in (first, first - (
            first > 0 and doc[first - 1].lower_ == "the")) or (
            owner.end - (doc[owner.end - 1].tag_ == "POS") != k):
        return None
    return owner


def _chamber_office_holder(det: Token, words: Span, prior: list[Mention],
                           info: dict[str, dict], home: str | None) -> str | None:
    """"The Senate president said", "The Senate majority leader said", "the House
    Republican leader": an office of a chamber, named by the chamber's bare name before
    it, is no office of the state ("the president") nor of a senator named before: the
    holder is the person with that whole title, or else a person actor of their own named
    by the chamber and the office ("Senate majority leader"), of the story's home state."""
    head = words[-1]
    if det.lower_ != "the" or len(words) < 2 or len(words) > CHAMBER_OFFICE_WORDS or (
            words[0].lower_ not in CHAMBER_NAMES or not words[0].text[:1].isupper()) or any(
            not (t.is_lower or t.is_title) or t.lower_ in CHAMBER_NAMES for t in words[1:]):
        return None
    name = " ".join(t.text for t in words)
    doc = det.doc
    for m in reversed(prior):  # "Senate Majority Leader Jane Roe ... The Senate majority
        if m.key and info[m.key]["kind"] == "person" and (  # leader": Jane Roe
                fold(name) in fold(" ".join(info[m.key].get("roles") or [])) or (
                    fold(name) in fold(doc[m.start:m.end].text))):
            return m.key
    if home is None or (_subject_of_clause(head) is None and _other_role(head) is None):
        return None
    return office_person(info, name, home, name.lower(), "LEG", det.i)


def _region_office_holder(gaz: Gazetteer, doc: Doc, tok: Token, info: dict[str, dict],
                          taken: set[int]) -> Mention | None:
    """"The Nebraska governor offered ...", "Ontario's premier said ...": the unnamed
    holder of a region's top office (``region_office_heads``; the region a US state or a
    province of the gazetteer, never an actor itself) as a clause's subject, an object or
    an agent is a person actor of their own, named by the region and the office
    ("Nebraska governor"); the mention runs from "the" (or from the region's name before
    "'s"). Not with a name after the office, nor one in apposition to it (a description
    in apposition is no name: "Ontario's premier, a critic of the bill, said")."""
    if tok.lower_ == "the":
        of_region = _office_of_region(gaz, doc, tok, info, taken)
        if of_region is not None:
            return of_region
        region, start = tok.i + 1, tok.i
        first = tok.i + 2
    elif tok.i > 0:  # "'s"
        region, start = tok.i - 1, tok.i - 1
        first = tok.i + 1
    else:
        return None
    if first >= len(doc) or region >= len(doc) or not doc[region].text[:1].isupper():
        return None
    place = gaz.lookup(doc[region].text)
    if place is None or place.kind != "region" or not place.code:
        return None
    office = _office_words(doc, first, REGION_OFFICE_HEADS)
    if office is None:
        return None
    head = doc[first + len(office.split()) - 1]
    nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
    misparsed = head.dep_ == "ROOT" and nxt is not None and nxt.tag_ == "VBD" and (
        nxt.head.i == head.i)  # "The Nebraska governor offered ..." parsed as one phrase
    if any(i in taken for i in range(region, head.i + 1)) or (
            _subject_of_clause(head) is None and _other_role(head) is None
            and not misparsed):
        return None
    if nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.pos_ == "PROPN") or any(
            c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children):
        return None  # "the Nebraska governor, Jim Pillen": a name follows
    name = f"{doc[region].text} {office}"
    key = office_person(info, name, place.code, office, "GOV", start)
    if key is None:
        return None
    return Mention(start, head.i + 1, "person", name, key=key, how="coref:region-office")


def _home_region(gaz: Gazetteer, doc: Doc, home: str | None) -> str | None:
    """The region (a US state, a province of the gazetteer) a story is about: the one
    named most often, at least twice as often as any other, and of the story's home
    state ``home`` where it has one ("Missouri" in a story about a Missouri court case)."""
    counts: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ != "GPE":
            continue
        text = ent.text[4:] if ent.text.lower().startswith("the ") else ent.text
        place = gaz.lookup(text)
        if place is None or place.kind != "region" or not place.code or (
                home is not None and place.code != home):
            continue
        counts[text] = counts.get(text, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]:
        return None
    return ranked[0][0]


def _home_region_office_holder(gaz: Gazetteer, region: str | None, det: Token, words: Span,
                               info: dict[str, dict]) -> str | None:
    """"The governor stayed silent", "The attorney general filed a brief" with no region's
    name before the office, in a story about one region (``_home_region``): the holder of
    that region's office (``region_office_heads``), the same person actor as "Missouri's
    governor" ("Missouri governor"). Only the bare office after "the", as a clause's
    subject, an object or an agent, and with no "of" after it."""
    head = words[-1]
    office = " ".join(t.lower_ for t in words)
    if region is None or det.lower_ != "the" or office not in REGION_OFFICE_HEADS or any(
            not t.is_lower for t in words) or any(
            c.dep_ == "prep" for c in head.children) or (
            _subject_of_clause(head) is None and _other_role(head) is None):
        return None
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if nxt is not None and (nxt.ent_type_ == "PERSON" or nxt.pos_ == "PROPN") or any(
            c.dep_ == "appos" and c.pos_ == "PROPN" for c in head.children):
        return None  # "the governor, Mike Parson": a name follows
    place = gaz.lookup(region)
    return office_person(info, f"{region} {office}", place.code if place else None,
                          office, "GOV", det.i)




def _office_of_region(gaz: Gazetteer, doc: Doc, det: Token, info: dict[str, dict],
                      taken: set[int]) -> Mention | None:
    """"The president of Tuscany said ...", "the governor of Kerala": a
    region's top office (``region_office_heads``) with the region's name after "of" (a
    region of the gazetteer, up to four words) as a clause's subject, an object or an
    agent: the same person actor as "Kerala's governor" ("Kerala governor"); the mention
    runs from "the" to the region's last word."""
    office = _office_words(doc, det.i + 1, REGION_OFFICE_HEADS_OF)
    if office is None:
        return None
    head = doc[det.i + len(office.split())]
    of = head.i + 1
    if of + 1 >= len(doc) or doc[of].lower_ != "of" or not doc[of + 1].text[:1].isupper():
        return None
    place, end = None, of + 1
    for width in (4, 3, 2, 1):
        span = doc[of + 1:of + 1 + width]
        if len(span) == width and all(t.text[:1].isupper() or t.text == "-" for t in span):
            place = gaz.lookup(span.text)
            if place is not None:
                end = of + 1 + width
                break
    if place is None or place.kind != "region" or not place.code or (
            end < len(doc) and doc[end].text[:1].isupper()):
        return None  # "the governor of the Central Bank", "of New York City"
    if any(i in taken for i in range(det.i, end)) or (
            _subject_of_clause(head) is None and _other_role(head) is None):
        return None
    name = f"{doc[of + 1:end].text} {office}"
    key = office_person(info, name, place.code, office, "GOV", det.i)
    if key is None:
        return None
    return Mention(det.i, end, "person", name, key=key, how="coref:region-office")


def _office_holder(gaz: Gazetteer, doc: Doc, det: Token, by_token: dict[int, Mention],
                   info: dict[str, dict], taken: set[int]) -> Mention | None:
    """The unnamed holder of a region's or an organisation's office the words from ``det``
    on name ("The Texas governor", "The chairperson of the African Union Commission")."""
    return _region_office_holder(gaz, doc, det, info, taken) or (
        _office_of_org(doc, det, by_token, info, taken))






def _other_role(head: Token) -> Token | None:
    """An office's noun as an agent, an object or a possessor ("chaired by the prime
    minister", "summoned the Brazilian ambassador", "the Canadian prime minister's remarks")."""
    if head.dep_ in ("dobj", "poss") or head.dep_ == "pobj" and head.head.lower_ in (
            "by", "with", "to", "beside", "from"):
        return head
    return None


def _title_named(head: Token) -> bool:
    """Does a name follow an office's title, at once or after a comma ("the Commission
    President, Ursula ...")? Not "NATO's deputy secretary general, in a statement, said"."""
    doc = head.doc
    k = head.i + 1
    if k < len(doc) and doc[k].text == ",":
        k += 1
    return k < len(doc) and (doc[k].pos_ == "PROPN" or doc[k].is_title)


def _set_off(head: Token, c: Token) -> bool:
    """Is ``c`` a prepositional phrase set off by commas right after ``head`` ("the
    secretary general, in a statement, said"), not one that names the office ("of X")?"""
    doc = head.doc
    after = c.right_edge.i + 1
    return (c.dep_ == "prep" and c.lower_ != "of" and c.i == head.i + 2
            and doc[head.i + 1].text == "," and after < len(doc) and doc[after].text == ",")


def _hyphen_part(t: Token) -> bool:
    """A hyphen inside a word, or the word part before one ("co" and "-" of "co-president")."""
    doc = t.doc
    if t.text == "-":
        return not doc_whitespace_before(t) and not t.whitespace_
    return not t.whitespace_ and t.i + 1 < len(doc) and doc[t.i + 1].text == "-"


def _portfolio_noun(tok: Token, head: Token) -> bool:
    """A lower-case noun the gazetteer lacks as a title word, as the portfolio before a
    ``portfolio_heads`` office ("the labour secretary", "the information cabinet secretary":
    "labour", "information", "cabinet"), as ``_described_person`` reads "the fisheries
    minister"."""
    return tok.pos_ == "NOUN" and tok.dep_ == "compound" and tok.is_lower and (
        tok.head.i == head.i) and head.lower_ in PORTFOLIO_HEADS
