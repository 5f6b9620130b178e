"""Finding actor mentions in a parsed Doc: people, countries, organisations and groups.

Named entities from spaCy are checked against the gazetteer (which wins where the statistical
tagger slips: "Bratislava" tagged as a person, "Kiev" in "the Kiev regime"), then kept only
where they act as actors: a capital is a country only when it acts ("Moscow lambasted", "talks
with Moscow"), not as a place ("reporters in Manila"); an organisation that only modifies
another noun ("the UN climate summit") or sits inside a person's title is not an actor.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from .gazetteer import Entry, Gazetteer, fold
from .titles import NAME_TITLES, is_role_word
from .tokens import table

PERSON_LABELS = {"PERSON"}
ORG_LABELS = {"ORG"}
PLACE_LABELS = {"GPE", "LOC", "NORP", "FAC"}
LOCATIVE_PREPS = {"in", "at", "near", "across", "throughout", "around", "outside", "inside",
                  "from", "into", "within", "via", "through", "toward", "towards"}
# Nouns for a government body that speaks for its state ("the Brazilian presidency").
GOV_BODIES = {
    "government", "presidency", "administration", "cabinet", "ministry", "foreign ministry",
    "embassy", "delegation", "authorities", "officials", "official", "military", "army", "navy",
    "forces", "troops", "regime", "leadership", "diplomats", "negotiators", "team",
    "spokesperson", "spokesman", "spokeswoman", "mission", "consulate", "side", "state",
}
# Nouns that name a collective of people who can act ("Western politicians").
GROUP_HEADS = {
    "politicians", "activists", "protesters", "protestors", "demonstrators", "residents",
    "villagers", "civilians", "students", "workers", "farmers", "militants", "rebels",
    "insurgents", "fighters", "settlers", "refugees", "migrants", "lawmakers", "legislators",
    "supporters", "critics", "voters", "citizens", "journalists", "opposition", "gunmen",
    "soldiers", "police", "medics", "doctors", "teachers", "miners", "nurses", "unions",
    "separatists", "separatist", "extremists", "jihadists", "hardliners", "nationalists",
    "veterans", "pensioners", "truckers", "taxi drivers", "youths", "mourners", "crowds",
    "tribesmen", "leaders", "officials", "governments", "states", "nations",
}
# Collectives that are political actors by themselves ("thousands of protesters").
POLITICAL_COLLECTIVES = {"protesters", "protestors", "demonstrators", "rebels", "militants",
                         "insurgents", "separatists", "activists", "strikers", "rioters"}
QUANTITY_NOUNS = {"hundreds", "thousands", "dozens", "tens", "scores", "millions"}
# Modifiers too vague to make a group worth naming.
VAGUE_MODS = {"local", "other", "some", "many", "several", "few", "all", "both", "these",
              "those", "such", "various", "senior", "top", "own", "its", "their", "our",
              "foreign", "unnamed", "anonymous", "two", "three", "four", "five", "more",
              "bilateral", "relevant", "concerned", "respective", "developed", "developing"}
# Organisation names that are documents, events or places, not actors.
NON_ACTOR_ORG_WORDS = {"act", "law", "bill", "convention", "agreement", "treaty", "accord",
                       "accords", "framework", "protocol", "summit", "conference", "charter",
                       "resolution", "declaration", "plan", "initiative", "programme", "program",
                       "fund", "games", "cup", "forum", "festival", "week", "day"}
# Head nouns that are organisations (so an org compound before them is a real org mention).
ORG_NOUNS = {"members", "member", "states", "countries", "officials", "leaders", "forces",
             "troops", "delegation", "spokesperson", "spokesman", "spokeswoman", "chief",
             "allies", "partners", "mission", "envoy", "diplomats"}
PLACE_NOUNS = {"area", "region", "city", "town", "province", "territory", "state", "district",
               "village", "border", "river", "sea", "island", "islands", "capital", "port"}


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
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and doc[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    return doc[start:end]


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


class Detector:
    """Turns a parsed Doc into a list of candidate Mentions."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz

    def __call__(self, doc: Doc) -> list[Mention]:
        ents = doc.ents
        taken: set[int] = set()
        out: list[Mention] = []
        for span in self._candidates(doc, ents):
            if any(i in taken for i in range(span.start, span.end)):
                continue
            mention = self._classify(span)
            if mention is None:
                continue
            out.append(mention)
            taken.update(range(mention.start, mention.end))
        out.extend(self._groups(doc, taken))
        places = self._place_names(ents)
        out = [m for m in out if not (m.kind in ("person", "org") and m.how.startswith("ner")
                                      and fold(doc[m.start:m.end].text) in places)]
        out.sort(key=lambda m: m.start)
        return out

    @staticmethod
    def _place_names(ents: tuple[Span, ...]) -> set[str]:
        """Names the text itself shows to be places: "the Essequibo region", "X, an area"."""
        places: set[str] = set()
        for ent in ents:
            root = ent.root
            if root.dep_ == "compound" and root.head.lower_ in PLACE_NOUNS:
                places.add(fold(_strip(ent).text))
            if any(c.dep_ == "appos" and c.lower_ in PLACE_NOUNS for c in root.children):
                places.add(fold(_strip(ent).text))
        return places

    # -- candidates ----------------------------------------------------------------------
    def _candidates(self, doc: Doc, ents: tuple[Span, ...]) -> list[Span]:
        """Entities and gazetteer phrases, longest first where they overlap."""
        spans: list[Span] = []
        for ent in ents:
            if ent.label_ in PERSON_LABELS | ORG_LABELS | PLACE_LABELS | {"WORK_OF_ART", "LAW"}:
                spans.append(ent)
        # Gazetteer phrases the tagger missed or mislabelled: scan capitalised token runs,
        # trying only words that start a known phrase.
        text = doc.text
        tab = table(doc)
        words, starts = tab.text, tab.idx
        first_words = self.gaz.first_words
        phrases = self.gaz.phrases
        longest = self.gaz.longest
        i = 0
        n = len(doc)
        while i < n:
            if words[i][:1].isupper() and words[i] in first_words:
                found = None
                for j in range(min(n, i + longest), i, -1):
                    if not words[j - 1][:1].isupper():
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
        if entry is None and label not in PERSON_LABELS | ORG_LABELS:
            # "Europe" acting ("Europe will stand by") is the European Union.
            if core.text == "Europe" and core.root.dep_ in ("nsubj", "nsubjpass"):
                entry = self.gaz.orgs.get("European Union")
            else:
                return None
        if entry is not None:
            return self._from_entry(span, core, entry)
        if label in PERSON_LABELS:
            return self._person(core)
        if label in ORG_LABELS:
            return self._org(span, core)
        return None

    def _from_entry(self, span: Span, core: Span, entry: Entry) -> Mention | None:
        root = core.root
        doc = span.doc
        if entry.kind == "country":
            # Within a longer organisation name ("Business Unity South Africa"): not here.
            return Mention(span.start, span.end, "country", entry.name, country=entry.code,
                           how="gazetteer:country")
        if entry.kind == "seat":
            start = span.start
            if start > 0 and doc[start - 1].lower_ in ("a", "an", "the"):
                start -= 1
            end = span.end
            if end < len(doc) and doc[end].lower_ in GOV_BODIES:
                end += 1
            return Mention(start, end, "country", entry.name, country=entry.code, how="seat")
        if entry.kind == "capital":
            if not _acts_as_capital(core):
                return None
            end = span.end
            if end < len(doc) and doc[end].lower_ in ("regime", "government", "authorities"):
                end += 1
            start = span.start
            if end > span.end and start > 0 and doc[start - 1].lower_ == "the":
                start -= 1
            return Mention(start, end, "country", entry.name, country=entry.code, how="capital")
        if entry.kind == "demonym":
            # "the Brazilian presidency", "Omani officials": a state body is the state.
            head = root.head if root.dep_ in ("amod", "compound", "nmod") else None
            between = doc[core.end:head.i] if head is not None and head.i >= core.end else None
            if between is not None and all(
                t.dep_ in ("amod", "compound") and t.is_lower for t in between
            ) and len(between) <= 2 and head.lower_ in GOV_BODIES:
                # but not when the body has a named person ("Chinese ministry spokesperson Gao")
                nxt = doc[head.i + 1] if head.i + 1 < len(doc) else None
                if nxt is not None and nxt.ent_type_ == "PERSON":
                    return None
                start = core.start
                if start > 0 and doc[start - 1].lower_ in ("the", "a", "an"):
                    start -= 1
                return Mention(start, head.i + 1, "country", entry.name, country=entry.code,
                               how="demonym-body")
            if head is not None and is_role_word(head, self.gaz):
                return None  # part of a person's title
            return Mention(core.start, core.end, "country", entry.name, country=entry.code,
                           weak=True, how="demonym")
        if entry.kind == "org":
            if not self._org_acts(span, core):
                return None
            return Mention(span.start, span.end, "org", entry.name, sector=entry.sector,
                           org_kind=entry.org_kind, how="gazetteer:org")
        return None

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
        if start >= core.end:
            return None
        name_span = doc[start:core.end]
        if not any(t.is_alpha for t in name_span):
            return None
        if all(t.is_lower for t in name_span):
            return None
        return Mention(start, core.end, "person", name_span.text, how="ner:person")

    def _org_acts(self, span: Span, core: Span) -> bool:
        root = core.root
        words = {t.lower_ for t in core}
        if words & NON_ACTOR_ORG_WORDS and self.gaz.lookup(core.text) is None:
            return False
        if root.dep_ in ("compound", "nmod", "amod") and root.head.i >= core.end:
            head = root.head
            if head.lower_ not in ORG_NOUNS and head.lower_ not in GOV_BODIES:
                return False  # "the UN climate summit", "UN sanctions", "EU Commissioner"
        if root.dep_ == "poss" and root.head.lower_ in NON_ACTOR_ORG_WORDS:
            return False  # "the G20's Common Framework"
        if _is_locative(root) and self.gaz.lookup(core.text) is None:
            return False  # "in the Amazon"
        for child in root.children:
            if child.dep_ == "appos" and child.lower_ in PLACE_NOUNS:
                return False
        return True

    def _org(self, span: Span, core: Span) -> Mention | None:
        if not self._org_acts(span, core):
            return None
        if len(core) == 1 and core[0].is_lower:
            return None
        name = core.text
        kind, sector = _org_kind(name)
        return Mention(span.start, span.end, "org", name, sector=sector, org_kind=kind,
                       how="ner:org")

    # -- groups ----------------------------------------------------------------------------
    def _groups(self, doc: Doc, taken: set[int]) -> list[Mention]:
        out: list[Mention] = []
        tab = table(doc)
        for i, low in enumerate(tab.lower):
            if low not in GROUP_HEADS or tab.tag[i] != "NNS" or i in taken:
                continue
            tok = doc[i]
            if tok.lower_ in ("officials", "leaders", "governments", "states", "nations"):
                continue
            mods = [c for c in tok.lefts if c.dep_ in ("amod", "compound", "nummod", "quantmod")]
            mods = [m for m in mods if m.i not in taken]
            named = [m for m in mods if m.dep_ in ("amod", "compound")
                     and m.lower_ not in VAGUE_MODS and m.pos_ in ("ADJ", "NOUN", "VERB")]
            quantity = tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
                tok.head.head.pos_ == "NUM" or tok.head.head.lower_ in QUANTITY_NOUNS)
            if not named and not (tok.lower_ in POLITICAL_COLLECTIVES and (
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
            name_toks = list(doc[first:tok.i + 1])
            name = " ".join(t.text for t in name_toks)
            out.append(Mention(start, tok.i + 1, "group", name, how="group"))
            taken.update(range(start, tok.i + 1))
        return out


def _org_kind(name: str) -> tuple[str | None, str | None]:
    """Guess an organisation's kind and sector from its name."""
    low = fold(name)
    words = set(low.split())
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
