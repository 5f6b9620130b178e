"""Unnamed sources as actors: "the Florida senator said", "analysts say", "police officials told".

The statement stage finds the words naming a speaker; when they name no actor the detector
found, :func:`add_source_actor` makes one of them, coded as event data codes agents: the head
noun gives the type and the sector (``data/actors/agents.tsv``, compiled from the PETRARCH2
agents dictionary, and ``data/actors/source_nouns.tsv``), a country, demonym or US-state word
in the phrase gives the country. Pronouns, documents ("the statement said") and counts name no
actor and get none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from ..model import Actor
from ..model import Span as TextSpan
from .dateline import dateline_state
from .gazetteer import fold, gazetteer
from .gender import agrees, person_gender
from .plurals import plural_common_noun
from .surnames import bearers, text_surnames
from .titles import leading_titles
from .tokens import doc_text, expanded_span, misplaced_article, sentence_index, sentences, table
from .words import WORDS, codes

__all__ = ["add_mention", "add_source_actor", "agent_sector", "antecedent", "both_parties",
           "fronted_state",
           "party_noun", "plural_members",
           "post_modifier", "unnamed_individual",
           "compound_agent_sector", "names_actor", "source_noun"]

# Kinds of gazetteer entries whose code says where a phrase's speaker is from.
COUNTRY_KINDS = {"country", "demonym", "capital", "seat", "region"}
LEADING_WORDS = WORDS["source_leading_words"]
#: a clause's first word the parser may run into the noun after it ("Outside parliament, ...")
LEAD_FUNCTION_WORDS = WORDS["lead_function_words"]
MAX_NAME_TOKENS = 6
# "of" or "for" inside a body's name a statement shows to speak ("The Defender of Rights"), and
# the tags of words after it that end the name instead ("the Fund of Sofia" is the Fund's seat).
NAME_OF_JOINERS = {"of", "for"}
NOT_NAME_TAIL_ENTS = {"PERSON", "GPE", "DATE", "TIME", "NORP"}
INDIVIDUAL_SOURCES = WORDS["individual_sources"]
OFFICE_HEADS = WORDS["office_heads"]
SOURCE_BODIES = WORDS["source_bodies"]
INDEFINITE = {"a", "an", "one"}
DEFINITE = {"the", "this", "that"}
DOCUMENT_REACH = 8  # sentences back a definite document looks for where it was made
ARTICLES = {"the", "a", "an"}  # kept in a source's mention as written, not in its name
MAX_POST_TOKENS = 5  # words after the head an unnamed source's name keeps
POST_PLACE_PREPS = {"in"}
ORIGIN_PREPS = WORDS["origin_preps"]
# Endings of person nouns ("moderator", "businessman", "fact-checker").
PERSON_SUFFIXES = ("er", "or", "ist", "ian", "man", "woman", "ee", "ant", "ent", "person")
PERSON, ORG, GROUP, NONE = "person", "organization", "group", "none"
PLURAL_PEOPLE_SUFFIXES = ("er", "or", "ist", "ian")
# A source noun that describes a person named just before ("the Louisiana Republican said").
DESCRIPTION = "description"
RELATIVE_PRONOUNS = {"who", "which", "that"}
# Speaking pronouns the coreference stage left alone, and the actor types they may stand for.
PRONOUN_TYPES = {"he": {"person"}, "she": {"person"}, "they": {"group", "organization"},
                 "it": {"organization", "country"}}
# A document's possessive pronoun ("Its statement", "Their letter") and whom it may stand for.
POSSESSIVE_PRONOUN_TYPES = {"its": {"organization", "country"},
                            "their": {"group", "organization"}}
PRONOUN_REACH = 2  # sentences back
NAMED_NEXT_REACH = 1  # sentences on, where an indefinite description may be named
# The first person outside quotation marks is the article's writer (an op-ed, a first-person
# account, an editorial's "we"): one actor for every such "I" or "we" of the document.
NARRATOR = "the author"
NARRATOR_PRONOUNS = frozenset({"i", "me", "my", "we", "us", "our"})
# Prepositions that name a document's maker ("a poll by X", "a report from X", "for X").
AUTHOR_PREPS = {"by", "from", "for"}
# A plural that stands for actors named before ("both candidates", "the two leaders"): the
# words that count them, the heads that say their kind, and how far back they are looked for.
MEMBER_COUNTS = {**dict.fromkeys(WORDS["member_pairs"], 2),
                 **dict.fromkeys(WORDS["member_triples"], 3),
                 **dict.fromkeys(WORDS["member_fours"], 4),
                 **dict.fromkeys(WORDS["member_fives"], 5),
                 **dict.fromkeys(WORDS["member_sixes"], 6)}
MEMBER_KINDS = {**dict.fromkeys(WORDS["member_person_nouns"], frozenset({PERSON})),
                **dict.fromkeys(WORDS["member_state_nouns"], frozenset({"country"})),
                **dict.fromkeys(WORDS["member_party_nouns"],
                                frozenset({"country", "organization"}))}
MEMBER_DETS = {"the", "its", "their", "all"}
# Plural voices whose preposition names such a plural ("officials from the three countries").
MEMBER_VOICES = WORDS["member_voice_nouns"]
MEMBER_VOICE_PREPS = {"from", "in", "of"}
# Every plural head that may stand for parties named before: the heads of a kind, and those
# of either kind ("both sides"); the event stage reads them through party_noun, both_parties.
PARTY_NOUNS = (WORDS["member_person_nouns"] | WORDS["member_state_nouns"]
               | WORDS["member_side_nouns"])
SOURCE_SIDE_NOUNS = WORDS["source_side_nouns"]
EACH_OF_TWO = WORDS["each_of_two"]
MEMBER_REACH = 5  # sentences back
LIST_REACH = 20  # sentences back, to a list of exactly the counted members ("the four countries")
OWNER_DETS = {"their"}  # an owner that is the list before ("their transport ministries")
OWNER_REACH = 1  # sentences back, to that list
LIST_MARKS = {",", "and"}  # what joins the names of a list
LIST_JOINS = LIST_MARKS | {"the"}  # ("Niger, Mali and the Central African Republic")
if not Doc.has_extension("member_map"):  # token index of such a plural's head -> its members
    Doc.set_extension("member_map", default=None)
# An unnamed state body as a source ("the foreign ministry said", "officials said"): its heads,
# the words before them that make it another's, and the places that name a state.
STATE_SOURCE_HEADS = WORDS["state_source_heads"]
NOT_STATE_SOURCE_WORDS = WORDS["not_state_source_words"]
PORTFOLIO_WORDS = WORDS["portfolio_words"]  # ("the foreign ministry")
MINISTRY_HEADS = WORDS["ministry_heads"]
OWNED_BODIES = WORDS["owned_bodies"]
STATE_PLACE_KINDS = {"country", "capital", "seat"}
SOURCE_STATE_SECTORS = codes("state_sectors")  # a state's office-holders and bodies
STATE_VOICE_HEADS = WORDS["state_voice_heads"]
STATE_VOICE_WORDS = WORDS["state_voice_words"]
if not Doc.has_extension("home_state"):  # the story's home state (the actor stage's vote)
    Doc.set_extension("home_state", default=None)


@dataclass(frozen=True)
class SourceNoun:
    type: str
    sector: str | None


def _rows(name: str) -> list[list[str]]:
    text = resources.files("stancemap").joinpath("data", "actors", name).read_text(
        encoding="utf-8")
    return [line.split("\t") for line in text.splitlines()
            if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def _agents() -> dict[str, str]:
    rows = _rows("agents_extra.tsv") + _rows("agents.tsv")  # ours first: they win
    out: dict[str, str] = {}
    for row in rows:
        if len(row) > 1:
            out.setdefault(row[0], row[1].strip())
    return out


@lru_cache(maxsize=1)
def _source_nouns() -> dict[str, SourceNoun]:
    out = {}
    for row in _rows("source_nouns.tsv"):
        row += [""] * (3 - len(row))
        out[row[0].strip()] = SourceNoun(row[1].strip(), row[2].strip() or None)
    return out


def agent_sector(words: list[str]) -> str | None:
    """The sector of the longest agent phrase that ends the lower-cased ``words``."""
    agents = _agents()
    for k in range(len(words)):
        hit = agents.get(" ".join(words[k:]))
        if hit:
            return hit
    return None


def compound_agent_sector(words: list[str]) -> str | None:
    """The sector of an agent phrase of two words or more that ends ``words`` ("army
    general", "union leader"); a one-word title keeps the sector its title words give."""
    agents = _agents()
    for k in range(len(words) - 1):
        hit = agents.get(" ".join(words[k:]))
        if hit:
            return hit
    return None


def source_noun(lemma: str) -> SourceNoun | None:
    return _source_nouns().get(lemma.lower())


def _head_type(head: Token) -> SourceNoun | None:
    """What kind of actor a common head noun names, or None for one that names none."""
    if head.pos_ in ("PRON", "DET", "NUM") or not head.is_alpha or (
            head.pos_ == "PROPN" and not head.is_lower):
        return None
    lemma = head.lemma_.lower()
    noun = source_noun(lemma) or source_noun(head.lower_)
    plural = head.tag_ in ("NNS", "NNPS") and lemma != head.lower_
    longer = _of_phrase(head)  # "chamber of commerce" is BUS, where "chamber" alone is LEG
    whole = agent_sector([lemma, *longer]) if longer else None
    if noun is not None:
        if noun.type == NONE:
            return None
        base = PERSON if noun.type == DESCRIPTION else noun.type  # "a Republican said"
        # "Rights groups", "aid agencies": unnamed bodies in the plural are a collective
        kind = GROUP if plural and base in (PERSON, ORG) else base
        return SourceNoun(kind, noun.sector or whole or agent_sector([head.lower_]))
    sector = whole or agent_sector([head.lower_]) or agent_sector([lemma])
    person_like = sector is not None or lemma.endswith(PERSON_SUFFIXES)
    if not person_like:
        return None  # "requests", "banners", "the first incident": no speakers
    return SourceNoun(GROUP if plural else PERSON, sector)


def names_actor(head: Token) -> bool:
    """Does common head noun ``head`` name a person, group or body ("voters", "the coalition",
    "donors"), though no actor was made of it? As :func:`_head_type` says, but an agent suffix
    counts only on a plural ("organizers", not "the weather")."""
    kind = _head_type(head)
    return kind is not None and (kind.sector is not None or source_noun(head.lemma_) is not None
                                 or source_noun(head.lower_) is not None
                                 or head.tag_ == "NNS" and head.lemma_.lower().endswith(
                                     PLURAL_PEOPLE_SUFFIXES))


def names_person(head: Token) -> bool:
    """Does common head noun ``head`` name one person ("a backbencher", "the spokeswoman")?"""
    kind = _head_type(head)
    return kind is not None and kind.type == PERSON


def _of_phrase(head: Token) -> list[str]:
    """The words of an "of" phrase that completes an agent noun ("chamber [of commerce]"),
    when the agent dictionaries hold the whole phrase."""
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            obj = next((t for t in c.children if t.dep_ == "pobj"), None)
            if obj is not None:
                words = ["of", *(t.lower_ for t in obj.subtree)]
                if agent_sector([head.lemma_.lower(), *words]):
                    return words
    return []


def _is_document(head: Token) -> bool:
    noun = source_noun(head.lemma_.lower()) or source_noun(head.lower_)
    return noun is not None and noun.type == NONE


def _name_run(head: Token) -> list[Token]:
    """The proper-noun run a phrase's head ends ("The Daily Beast", "Pagliano"), with a
    capitalised word joined by a hyphen ("The Anti-Corruption Fund") and, after a capitalised
    head, an "of" or "for" and the capitalised words that go on the name ("The Defender of
    Rights")."""
    doc = head.doc
    start = head.i
    while start > 0:
        if doc[start - 1].pos_ == "PROPN" and doc[start - 1].text[:1].isupper():
            start -= 1
        elif start > 1 and _hyphen_join(doc, start - 1):
            start -= 2
        else:
            break
    end = head.i + 1
    if head.text[:1].isupper() and end + 1 < len(doc) and doc[end].lower_ in NAME_OF_JOINERS:
        k = end + 1
        while k < len(doc) and k - end <= MAX_NAME_TOKENS and doc[k].text[:1].isupper() and (
                doc[k].is_alpha and doc[k].ent_type_ not in NOT_NAME_TAIL_ENTS):
            k += 1
        if k > end + 1:
            end = k
    return list(doc[start:end])


def _hyphen_join(doc: Doc, i: int) -> bool:
    """Is token ``i`` a hyphen inside one capitalised word ("Anti-Corruption")?"""
    return doc[i].text == "-" and not doc[i].whitespace_ and not doc[i - 1].whitespace_ and (
        doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha)


def _name_actor(doc: Doc, run: list[Token]) -> str | None:
    """A name no rule took that a statement shows to speak: a person when it opens with a
    given name or is one plain word, else an organisation ("The Daily Beast", "PolitiFact")."""
    gaz = gazetteer()
    text = doc_text(doc)[run[0].idx:run[-1].idx + len(run[-1].text)] if run else ""
    entry = gaz.lookup(text)
    if not run or len(run) > MAX_NAME_TOKENS or gaz.is_non_actor(text) or (
            entry is not None and entry.kind != "org") or not any(
            c.isalpha() for c in run[-1].text):
        return None
    mmap = doc._.mention_map or {}
    if any(t.i in mmap for t in run):
        return mmap.get(run[-1].i)
    titled = _titled_person(doc, run)
    if titled is not None:
        return titled
    first = run[0]
    the = first.i > 0 and doc[first.i - 1].lower_ == "the"
    if len(run) == 1 and not the and plural_common_noun(doc[first.i:first.i + 1],
                                                        text_surnames(doc)):
        # "Herders in Khanbogd ... said": a crowd named by a plural, with where it is from
        toks = [first, *post_modifier(first, len(doc))]
        return _register(doc, toks, doc[first.i:toks[-1].i + 1].text, GROUP, None, None)
    tail = source_noun(run[-1].lower_)
    person = first.text in gaz.given_names or (
        len(run) == 1 and first.is_title and not the and not first.is_upper)
    kind = PERSON if person and entry is None and (tail is None or tail.type == PERSON) else ORG
    return _register(doc, run, text, kind, None, None)


def _titled_person(doc: Doc, run: list[Token]) -> str | None:
    """"President Trump said", "Sen. Warren said": a name after titles is a person's, the
    one the text named with that surname when there is one."""
    gaz = gazetteer()
    k = leading_titles(run, gaz)
    rest = run[k:]
    if not k or not rest or any(gaz.lookup(t.text) is not None for t in rest):
        return None
    same = bearers([a for a in doc._.actors or [] if a.type == PERSON], rest[-1].text)
    if len(same) == 1:
        add_mention(doc, rest[-1], same[0].id, start=run[0].i)
        return same[0].id
    return _register(doc, rest, " ".join(t.text for t in rest), PERSON, None, None)


def _document_author(doc: Doc, head: Token) -> str | None:
    """"A Quinnipiac University poll", "a report by the GAO": a document speaks for the body
    or person it names."""
    mmap = doc._.mention_map or {}
    for child in head.children:
        if child.dep_ == "poss" and child.lower_ in POSSESSIVE_PRONOUN_TYPES:
            # "Their statement, posted online, urged X": the group or body named just before
            return _pronoun_antecedent(doc, child, POSSESSIVE_PRONOUN_TYPES[child.lower_])
        if child.dep_ in ("compound", "poss") and child.pos_ == "PROPN":
            return mmap.get(child.i) or _name_actor(doc, _name_run(child))
        if child.dep_ == "compound" and child.pos_ == "NOUN" and child.is_lower:
            called = _called(doc, child.lower_)  # "an agency report": the agency's
            if called is not None:
                return called
    # "early results of an exit poll conducted by Edison Research": the maker, at any depth
    for tok in head.subtree:
        if tok.dep_ == "pobj" and tok.pos_ == "PROPN" and tok.head.lower_ in AUTHOR_PREPS:
            return mmap.get(tok.i) or _name_actor(doc, _name_run(tok))
    return None


def _earlier_author(doc: Doc, head: Token) -> str | None:
    """"The communique went on: ...", "The release went on": a definite document the text
    brought in before ("X issued a joint communique", "In a press release, X said", "a
    confidential agency report") speaks for whoever made it there, the nearest one first."""
    found = _earlier_maker(doc, head)
    return found if isinstance(found, str) else None


def _earlier_maker(doc: Doc, head: Token) -> str | list[str] | None:
    """:func:`_earlier_author`'s search: the maker's id, or the members of a plural that made
    it ("In a joint communique, the two leaders said ... The communique also condemned")."""
    if not any(c.dep_ == "det" and c.lower_ in DEFINITE for c in head.children):
        return None
    mmap = doc._.mention_map or {}
    members = doc._.member_map or {}
    lemma = head.lemma_.lower()
    lo = sentences(doc)[max(0, sentence_index(doc, head.i) - DOCUMENT_REACH)].start
    for j in range(head.i - 1, lo - 1, -1):
        tok = doc[j]
        if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN":
            continue
        found = _document_author(doc, tok) if any(
            c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.children) else None
        if found is not None:
            return found
        verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else (
            tok.head if tok.dep_ in ("dobj", "nsubjpass") else None)
        if verb is not None and verb.pos_ == "NOUN" and verb.dep_ == "dobj" and tok.dep_ == "pobj":
            verb = verb.head  # "condemned the launch in a joint statement" (the parse hangs
            # the medium on the object)
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            continue
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            if subj.i not in mmap and subj.i in members:
                return list(members[subj.i])
            joint = list(dict.fromkeys(mmap[t.i] for t in [subj, *subj.conjuncts] if t.i in mmap))
            if len(joint) > 1:  # "Japan, South Korea and the United States condemned it in a
                return joint    # joint statement. The statement said: ...": each of them
            aid = mmap.get(subj.i) or next(
                (mmap[t.i] for t in subj.subtree if t.i in mmap), None)
            if aid is not None:
                return aid
    return None


def _called(doc: Doc, word: str) -> str | None:
    """The one organisation or state the text calls "the <word>" ("the agency")."""
    found = {a.id for a in doc._.actors or [] if a.type in (ORG, "country") and any(
        m.text.lower() == f"the {word}" for m in a.mentions)}
    return found.pop() if len(found) == 1 else None


def _describes_someone(head: Token) -> bool:
    """"the Louisiana Republican", "the California congressman": one person, described by
    a noun of ``source_nouns.tsv`` of type "description" after "the"."""
    noun = source_noun(head.lemma_.lower()) or source_noun(head.lower_)
    return noun is not None and noun.type == DESCRIPTION and head.tag_ in ("NN", "NNP") and any(
        c.dep_ == "det" and c.lower_ == "the" for c in head.children)


def _pronoun_antecedent(doc: Doc, pron: Token, types: set[str] | None = None) -> str | None:
    """The actor a speaking pronoun (or a description of a person) left unresolved stands
    for: the nearest actor of a fitting type mentioned before it in its sentence or the
    ``PRONOUN_REACH`` sentences before."""
    types = types or PRONOUN_TYPES[pron.lower_]
    sents = sentences(doc)
    k = sentence_index(doc, pron.i)
    lo = sents[max(0, k - PRONOUN_REACH)].start_char
    best: tuple[int, str] | None = None
    subject: tuple[int, str] | None = None  # a subject of the pronoun's own sentence first
    sent_lo = sents[k].start_char
    for actor in doc._.actors or []:
        if actor.type not in types or (actor.type == PERSON and not agrees(
                pron.lower_, person_gender(actor.name, (m.text for m in actor.mentions)))):
            continue
        for m in actor.mentions:
            if lo <= m.start < pron.idx and (best is None or m.start > best[0]):
                best = (m.start, actor.id)
            if sent_lo <= m.start < pron.idx and (subject is None or m.start > subject[0]) and (
                    _is_subject(doc, m.start, m.end)):
                subject = (m.start, actor.id)
    found = subject or best  # "The EU imposed sanctions on Georgian officials over what it
    return found[1] if found else None  # called ...": it is the EU


def _named_next(doc: Doc, head: Token) -> str | None:
    """The person an indefinite description ("A federal judge", "a U.S. senator") introduces
    when the next sentences name one person under the same title noun ("U.S. District Judge
    Miriam Takeda"): news leads name the role first and the person after."""
    if head.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ in ("a", "an")
                                    for c in head.children):
        return None
    sents = sentences(doc)
    k = sentence_index(doc, head.i)
    hi = sents[min(len(sents) - 1, k + NAMED_NEXT_REACH)].end_char
    found = {actor.id for actor in doc._.actors or [] if actor.type == PERSON
             for m in actor.mentions if head.idx < m.start < hi
             and head.lower_ in m.text.lower().split()[:-1]}
    return found.pop() if len(found) == 1 else None


def _is_subject(doc: Doc, start_char: int, end_char: int) -> bool:
    span = expanded_span(doc, start_char, end_char)
    return span is not None and len(span) > 0 and span.root.dep_ in ("nsubj", "nsubjpass")


def _partitive(head: Token) -> Token | None:
    """"some of her followers", "two-thirds of Republican voters": the people counted."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None and obj.tag_ in ("NNS", "NNPS") and head.pos_ in (
                    "PRON", "DET", "NOUN", "NUM", "ADJ"):
                return obj
    return None


def _phrase(doc: Doc, start_char: int, end_char: int) -> Span | None:
    span = expanded_span(doc, start_char, end_char)
    if span is None or not len(span) or "\n" in span.text:
        return None
    lead = span[0]
    if len(span) > 1 and lead.lower_ in LEAD_FUNCTION_WORDS and lead.text[:1].isupper() and (
            lead.dep_ in ("amod", "advmod", "prep") and lead.tag_ != "MD"):
        return None  # "Outside parliament, about 300 members ... carried placards reading":
        # a clause's first preposition the parser made the modifier of its object
    first = misplaced_article(span.root)
    if first is not None and first > span.start:
        return doc[first:span.end]  # "a step critics say ...": "a step" is the noun the
        # plural's relative clause hangs on, which the parser made the plural's compound
    return span


def _country(tokens: list[Token]) -> str | None:
    gaz = gazetteer()
    for k, tok in enumerate(tokens):
        if not tok.text[:1].isupper():
            continue
        for j in range(min(len(tokens), k + 3), k, -1):
            entry = gaz.lookup(" ".join(t.text for t in tokens[k:j]))
            if entry is not None and entry.code and entry.kind in COUNTRY_KINDS:
                return entry.code
    return None


def add_source_actor(doc: Doc, start_char: int, end_char: int) -> str | None:
    """Make the phrase ``text[start_char:end_char]`` an actor when it names an unnamed source;
    return its id (an existing one when the same words named one before), else None."""
    span = _phrase(doc, start_char, end_char)
    if span is None:
        return None
    head = span.root
    mmap = doc._.mention_map if doc._.mention_map is not None else {}
    ante = antecedent(head)
    if ante is not None:
        # "..., who said": the relative pronoun is a mention of the phrase it hangs on
        aid = mmap.get(ante.i) or add_source_actor(doc, ante.left_edge.idx,
                                                   ante.idx + len(ante.text))
        if aid is not None:
            add_mention(doc, head, aid)
        return aid
    if head.i in mmap:
        return mmap[head.i]  # named before: the same words, the same actor
    if head.lower_ in NARRATOR_PRONOUNS and len(span) == 1 and not table(doc).quoted[head.i]:
        return _register(doc, [head], NARRATOR, PERSON, None, None)
    if head.lower_ in PRONOUN_TYPES and len(span) == 1:
        aid = _pronoun_antecedent(doc, head)
        if aid is not None:
            add_mention(doc, head, aid)
        return aid
    described = _pronoun_antecedent(doc, head, {PERSON}) if _describes_someone(head) else None
    if described is not None:  # else the description names someone of its own
        add_mention(doc, head, described)
        return described
    named = _named_next(doc, head)
    if named is not None:  # "A federal judge ... blocked X. U.S. District Judge Y ..."
        add_mention(doc, head, named)
        return named
    state = _body_state(doc, span, head)
    if state is not None:  # "In Paris, the foreign ministry said": France
        add_mention(doc, head, state, start=span.start)
        return state
    if head.pos_ == "PROPN" and not head.is_lower:  # "the CGTP labour federation": a
        return _name_actor(doc, _name_run(head))  # lower-case "proper noun" is a common one
    if _is_document(head):
        return _document_author(doc, head) or _earlier_author(doc, head)
    counted = _partitive(head)
    if counted is not None and counted.i in mmap:
        return mmap[counted.i]  # "two-thirds of [Republican voters]"
    what = _head_type(counted if counted is not None else head)
    if what is None or _either_party(head):
        return None  # "both sides said": the two parties, never a group of their own
    same = _named_before(doc, span, head)
    if same is not None:  # "Spain's main farm unions ... The unions said": the same ones
        add_mention(doc, head, same, start=head.i - 1)
        return same
    if counted is not None:
        # the group counted, named by its own words ("her followers"), from the count on
        toks = [t for t in doc[span.start:counted.i + 1] if t.i not in mmap]
        words = [t for t in counted.subtree if t.i <= counted.i and t.i not in mmap and (
            t.dep_ in ("amod", "compound") or t.i == counted.i)]
        return _register(doc, toks, " ".join(t.text for t in words), GROUP,
                         what.sector or agent_sector([counted.lower_]), _country(list(span)))
    return _new_source(doc, span, head, what, mmap)


def _new_source(doc: Doc, span: Span, head: Token, what: SourceNoun,
                mmap: dict[int, str]) -> str:
    """:func:`add_source_actor`'s new actor for a phrase headed by a common noun: its name, the
    words that tell it apart, its sector and its country."""
    # an unnamed individual source is named by all its words ("EU official", "Israeli defence
    # official"), the names of others inside it too
    individual = unnamed_individual(head) or _state_office(doc, head, mmap)
    toks = [t for t in span if t.i <= head.i and (individual or t.i not in mmap)]
    while toks and (toks[0].lower_ in LEADING_WORDS or toks[0].is_punct or (
            toks[0].tag_ == "POS")):  # "[Portugal]'s chamber": the possessor is an actor
        toks = toks[1:]
    if not toks or head not in toks or len(toks) > MAX_NAME_TOKENS:
        toks = [head]
    owned = _person_owner(doc, head, mmap) if not individual else []
    if owned and owned[-1].i + 1 == toks[0].i:
        toks = owned + toks
    if what.type == ORG:  # "the chamber of commerce": the body's "of" complement names it
        of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                   and c.i == head.i + 1), None)
        rest = [t for t in of.subtree if t.i < span.end and t.i not in mmap
                and t not in toks] if of else []
        if rest and len(toks) + len(rest) <= MAX_NAME_TOKENS and all(
                t.pos_ in ("ADP", "NOUN", "PROPN", "ADJ") for t in rest):
            toks = [*toks, *rest]
    elif what.type in (PERSON, GROUP):  # "a person familiar with the talks", "diplomats
        toks = [*toks, *post_modifier(head, span.end)]  # in Abuja": the words that tell them apart
    contiguous = all(b.i == a.i + 1 for a, b in zip(toks, toks[1:], strict=False))
    name = ("".join(t.text_with_ws for t in toks).strip() if contiguous
            else " ".join(t.text for t in toks))  # "Hamburg's chamber", not "Hamburg 's"
    acronym = _body_acronym(toks, head, mmap) if what.type == ORG else None
    if acronym is not None:
        name = acronym  # "The rival CTA federation": the body is "CTA"
    sector = what.sector or agent_sector([t.lower_ for t in toks])
    country = _country(list(span)) or _context_country(doc, head, what.type, sector)
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    owner = mmap.get(poss.i) if poss is not None and what.type == PERSON else None
    return _register(doc, toks, name, what.type, sector, country, owner)


def _body_acronym(toks: list[Token], head: Token, mmap: dict[int, str]) -> str | None:
    """The acronym a body's common-noun phrase is named by ("The rival CTA federation", "the
    CGTP labour federation": a capitalised abbreviation the gazetteer does not know, whose
    words after it are all lower case; "Its state news agency KCNA": one in apposition that
    names no actor yet); None when there is none."""
    for c in head.children:
        if c.dep_ == "appos" and c.i > head.i and c.is_alpha and c.is_upper and len(c) >= 2 and (
                c.i not in mmap):
            return c.text
    for k in range(len(toks) - 2, -1, -1):
        t = toks[k]
        if t.is_alpha and t.is_upper and len(t) >= 2 and all(
                x.is_lower or x.tag_ == "POS" for x in toks[k + 1:]):
            # a known name ("the UN refugee agency") owns the body, which is not it
            return None if gazetteer().lookup(t.text) is not None else t.text
        if not (t.is_lower or t.tag_ == "POS"):
            return None
    return None


def _person_owner(doc: Doc, head: Token, mmap: dict[int, str]) -> list[Token]:
    """"Sylla's party", "Thiessen's former riding association": a body (``owned_bodies``) a
    named person owns is named with the owner's name as written and the possessive (the
    tokens to put before the body's own words); [] when no person owns ``head``."""
    if head.lemma_.lower() not in OWNED_BODIES:
        return []
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "PROPN" or owner.i not in mmap or owner.i + 1 >= len(
            doc) or doc[owner.i + 1].tag_ != "POS":
        return []
    kinds = {a.id: a.type for a in doc._.actors or []}
    if kinds.get(mmap[owner.i]) != "person":
        return []
    start = owner.i
    while start > 0 and doc[start - 1].pos_ == "PROPN" and mmap.get(start - 1) == mmap[owner.i]:
        start -= 1
    return list(doc[start:owner.i + 2])


def _body_state(doc: Doc, span: Span, head: Token) -> str | None:
    """The state an unnamed state body speaks for when its words name none ("the foreign
    ministry said", "officials said", "according to the transport ministry"): the state a
    fronted place names ("In Paris, the foreign ministry said": France), else the state of the
    dateline's place ("ISLAMABAD, April 9 -") when the text names that state as an actor,
    else the story's home state; "officials in Madrid" is Spain when the text names Spain as
    an actor (not "officials in Brussels" in a story on the EU). Not with a possessor, another
    complement ("officials from the three countries"), a name, or a word that makes the body
    another's ("foreign officials", "party officials"): the country actor's id, made when the
    text named the state only as a place. An unnamed spokesperson of a state's body ("a
    government spokeswoman", "In Kigali, an army spokesman said") is the state too."""
    voice = head.lower_ in STATE_VOICE_HEADS and any(
        c.dep_ in ("compound", "amod") and c.lower_ in STATE_VOICE_WORDS for c in head.children)
    if not _common_word(head) or (head.lemma_.lower() not in STATE_SOURCE_HEADS and (
            head.lower_ not in STATE_SOURCE_HEADS) and not voice):
        return None  # (the parser may read a lower-case "ministry" as a name)
    seat = _seat_state(head)
    if span.start != head.left_edge.i or any(
            c.dep_ in ("poss", "prep", "appos", "relcl", "acl") for c in head.children) and (
            seat is None):
        return None
    for t in span:
        if t.i == head.i:
            continue
        if t.i > head.i and seat is not None:
            break
        if t.i > head.i or t.pos_ in ("PRON", "NUM") or not _common_word(t) or (
                t.lower_ in NOT_STATE_SOURCE_WORDS and not (
                t.lower_ in PORTFOLIO_WORDS and head.lemma_.lower() in MINISTRY_HEADS) and not (
                voice and t.lower_ in STATE_VOICE_WORDS)):
            return None
    actors: list[Actor] = list(doc._.actors or [])
    if seat is not None:  # "Officials in Madrid said": Spain, when the text names Spain
        return next((a.id for a in actors if a.type == "country" and a.country == seat), None)
    if _country(list(span)) is not None:
        return None
    dated = dateline_state(doc, gazetteer())
    if not any(a.type == "country" and a.country == dated for a in actors):
        dated = None  # "DUBAI, Feb 10 -" over a story on Iran: a bureau, not the speaker
    code = fronted_state(head) or dated or doc._.home_state
    if code is None:
        return None
    found = next((a.id for a in actors if a.type == "country" and a.country == code), None)
    if found is not None:
        return found
    toks = [t for t in span if t.lower_ not in LEADING_WORDS]
    name = gazetteer().country_names.get(code, code)
    return _register(doc, toks or [head], name, "country", None, code)


def _common_word(t: Token) -> bool:
    """A word in lower case, or capitalised only because it opens its sentence ("Officials
    said")."""
    return t.is_lower or (t.is_sent_start and (len(t) == 1 or t.text[1:].islower()) and (
        gazetteer().lookup(t.text) is None))


def _seat_state(head: Token) -> str | None:
    """The state whose capital (or whose name) the one complement of a state body names
    ("officials in Madrid": Spain); None for any other complement."""
    preps = [c for c in head.children if c.dep_ in ("prep", "appos", "relcl", "acl")]
    if len(preps) != 1 or preps[0].dep_ != "prep" or preps[0].lower_ not in POST_PLACE_PREPS:
        return None
    objs = [o for o in preps[0].children if o.dep_ == "pobj" and o.pos_ == "PROPN"]
    if len(objs) != 1 or objs[0].right_edge.i != objs[0].i:
        return None
    words = [t for t in objs[0].subtree if t.pos_ == "PROPN"]
    entry = gazetteer().lookup(" ".join(t.text for t in words))
    return entry.code if entry is not None and entry.code and (
        entry.kind in STATE_PLACE_KINDS) else None


def _context_country(doc: Doc, head: Token, kind: str, sector: str | None) -> str | None:
    """The state of an unnamed source of a state's sector ("a government spokeswoman", "an
    army spokesman", "the foreign office") whose words name none: the state a fronted place
    names ("In Kigali, an army spokesman said"), else the story's home state, as the actor
    stage gives its own actors of a state's sector. Not for a phrase with a name in it, nor
    for one unnamed individual ("a senior official said"), a person of no state known."""
    if kind not in (PERSON, ORG) or sector not in SOURCE_STATE_SECTORS or (
            head.lemma_.lower() in INDIVIDUAL_SOURCES) or any(
            not _common_word(t) for t in head.subtree if t.is_alpha):
        return None  # "an EU official", "a senior Western diplomat": one of no state known
    return fronted_state(head) or doc._.home_state


def fronted_state(head: Token) -> str | None:
    """The state of a place that opens the clause a subject speaks in ("In Moscow, the foreign
    ministry said"), a capital or a state named after "in" before the subject (read by
    coref's "the government" too: "In New Delhi, the government said")."""
    verb = head.head if head.dep_ in ("nsubj", "nsubjpass") else None
    if verb is None:
        return None
    gaz = gazetteer()
    label = _label_state(head)
    if label is not None:
        return label
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i > head.i:
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj" or obj.pos_ != "PROPN":
                continue
            words = [t for t in obj.subtree if t.i <= obj.i and t.pos_ == "PROPN"]
            entry = gaz.lookup(" ".join(t.text for t in words))
            if entry is not None and entry.code and entry.kind in STATE_PLACE_KINDS:
                return entry.code
    return None


def _label_state(head: Token) -> str | None:
    """The state a round-up label names when the subject phrase opens the line after it
    ("Japan: The foreign ministry said ...")."""
    doc = head.doc
    start = head.left_edge.idx
    text = doc_text(doc)
    line = text.rfind("\n", 0, start) + 1
    m = re.fullmatch(r"\s*([^:\n]{2,40}?):\s*", text[line:start])
    if m is None:
        return None
    entry = gazetteer().lookup(m.group(1))
    if entry is not None and entry.code and entry.kind in STATE_PLACE_KINDS:
        return entry.code
    return None


def plural_members(doc: Doc, start_char: int, end_char: int) -> list[str] | None:
    """The actors a plural source stands for when they are clear: "both candidates", "the two
    leaders", "the pair" (a count word and a head of ``member_person_nouns`` or
    ``member_state_nouns``, nothing else) after exactly that many actors of the head's kind
    (persons; states) were named in the phrase's sentence or the ``MEMBER_REACH`` sentences
    before it, or after a list of exactly that many ("Finland, Sweden, Denmark and Latvia said
    ... the four countries said"); "their transport ministries" after a list of such actors in
    the sentence before ("Estonia and Lithuania answered. ... their transport ministries
    said"). Each member said what the plural said (the gold convention of dev23 and dev24: a
    joint communique of two leaders is a quote of each). None when the phrase is another one,
    or when no such actors were named (today's group actor then)."""
    span = _phrase(doc, start_char, end_char)
    if span is None:
        return None
    words = [t for t in span if not t.is_punct]
    head = span.root
    if _is_document(head):  # "The communique also condemned": the plural that issued it
        maker = _earlier_maker(doc, head)
        if not isinstance(maker, list):
            return None
        return _record_members(doc, [head.i], maker)
    voice, span = _voiced_members(span)
    words, head = [t for t in span if not t.is_punct], span.root
    if not words or words[-1] != head:
        return None
    kind = MEMBER_KINDS.get(head.lemma_.lower()) or MEMBER_KINDS.get(head.lower_)
    if kind is None:
        return None
    counts = [MEMBER_COUNTS[t.lower_] for t in words if t.lower_ in MEMBER_COUNTS]
    rest = [t for t in words[:-1] if t.lower_ not in MEMBER_COUNTS and not _member_modifier(t)]
    if head.lower_ in MEMBER_COUNTS:  # "the pair": the head counts them
        counts = [MEMBER_COUNTS[head.lower_]] if len(counts) == 1 else []
    elif head.tag_ not in ("NNS", "NNPS"):
        return None
    if any(t.lower_ not in MEMBER_DETS for t in rest):
        return None
    heads = [head.i] + ([voice.i] if voice is not None else [])
    if not counts and rest and rest[0].lower_ in OWNER_DETS and len(rest) == 1:
        listed = _listed_before(doc, head, kind, None, OWNER_REACH)
        return _record_members(doc, heads, listed) if listed else None
    if len(counts) != 1:
        return None
    named = _kind_named_before(doc, span, kind)
    if len(named) != counts[0]:  # people met in a list are no clear pair ("A met B and C.
        # Both men said"); states and bodies listed are
        listed = None if PERSON in kind else _listed_before(doc, head, kind, counts[0],
                                                            LIST_REACH)
        return _record_members(doc, heads, listed) if listed else None
    return _record_members(doc, heads, sorted(named, key=_id_order))


def _voiced_members(span: Span) -> tuple[Token | None, Span]:
    """"officials from the three countries", "officials in both countries": the plural of
    ``member_voice_nouns`` and the counted phrase after its preposition, which names the
    members; (None, ``span``) for any other phrase."""
    head = span.root
    if head.tag_ != "NNS" or head.lemma_.lower() not in MEMBER_VOICES:
        return None, span
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in MEMBER_VOICE_PREPS or prep.i < head.i:
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.right_edge.i < span.end:
            return head, span.doc[obj.left_edge.i:obj.i + 1]
    return None, span


def _member_modifier(tok: Token) -> bool:
    """A lower-case word that says which of the members' bodies or people speak ("their
    transport ministries", "the two foreign ministers")."""
    return tok.is_lower and tok.dep_ in ("compound", "amod") and tok.pos_ in ("NOUN", "ADJ")


def _reach_start(doc: Doc, i: int, reach: int) -> int:
    """The first token of the sentence ``reach`` sentences before token ``i``'s (a sentence a
    semicolon started is its neighbour's part)."""
    sents = sentences(doc)
    j = sentence_index(doc, i)
    while j > 0 and reach > 0:
        reach -= sents[j].start == 0 or doc[sents[j].start - 1].text != ";"
        j -= 1
    return sents[j].start


def _kind_named_before(doc: Doc, span: Span, kind: frozenset[str]) -> set[str]:
    """Actors of a type of ``kind`` named in the ``MEMBER_REACH`` sentences before ``span``."""
    lo = doc[_reach_start(doc, span.root.i, MEMBER_REACH)].idx
    return {actor.id for actor in doc._.actors or [] if actor.type in kind
            for m in actor.mentions if lo <= m.start < span.start_char}


def _listed_before(doc: Doc, head: Token, kind: frozenset[str], count: int | None,
                   reach: int) -> list[str] | None:
    """The actors of the nearest list of ``kind`` before ``head`` within ``reach`` sentences
    ("Finland, Sweden, Denmark and Latvia": names of actors of that kind with only commas,
    "and" or "the" between them, however the parser hangs them): exactly ``count`` of them, or
    two or more when ``count`` is None."""
    mmap = doc._.mention_map or {}
    types = {actor.id: actor.type for actor in doc._.actors or []}
    lo = _reach_start(doc, head.i, reach)
    j = head.i - 1
    while j >= lo:
        if types.get(mmap.get(j)) not in kind:
            j -= 1
            continue
        run, j = _list_run(doc, mmap, types, kind, j, lo)
        if len(run) == len(set(run)) and (len(run) == count or (count is None and len(run) > 1)):
            return run[::-1]
    return None


def _list_run(doc: Doc, mmap: dict, types: dict, kind: frozenset[str], j: int,
              lo: int) -> tuple[list[str], int]:
    """The actors of ``kind`` listed back from token ``j`` (last first), and the token before
    the list."""
    run: list[str] = []
    while True:
        aid = mmap[j]
        run.append(aid)
        while j - 1 >= lo and mmap.get(j - 1) == aid:
            j -= 1
        k = j - 1
        while k >= lo and doc[k].lower_ in LIST_JOINS and mmap.get(k) is None:
            k -= 1
        if k == j - 1 or k < lo or types.get(mmap.get(k)) not in kind or not any(
                doc[x].lower_ in LIST_MARKS for x in range(k + 1, j)):
            return run, j - 1
        j = k


def party_noun(lemma: str) -> bool:
    """Whether a lower-cased lemma is a plural head that may stand for parties named before
    ("sides", "countries", "leaders"): a word of ``member_person_nouns``,
    ``member_state_nouns`` or ``member_side_nouns``."""
    return lemma in PARTY_NOUNS


def both_parties(head: Token) -> bool:
    """"both sides", "the two parties", "both governments": a :func:`party_noun` head counted
    as two by its own modifiers ("both", or "the" with "two"). The event stage reads such a
    phrase as the two parties last seen opposed; :func:`plural_members` reads a source phrase
    as the actors named just before."""
    return party_noun(head.lemma_.lower()) and _counted_as_two(head)


def _counted_as_two(head: Token) -> bool:
    """A plural head its own modifiers count as two: "both", or "the" with "two"."""
    words = {c.lower_ for c in head.children}
    return "both" in words or {"the", "two"} <= words


def _either_party(head: Token) -> bool:
    """"both sides", "either side", "both neighbours": the sides of a dispute counted as two
    or taken one at a time (``source_side_nouns`` counted as two, or with a word of
    ``each_of_two``), which the gold sets never code as an actor of their own ("both parties"
    may be a country's two political parties, and "both countries" are named states)."""
    return head.lemma_.lower() in SOURCE_SIDE_NOUNS and (
        _counted_as_two(head) or any(c.lower_ in EACH_OF_TWO for c in head.children))


def _record_members(doc: Doc, heads: list[int], members: list[str]) -> list[str]:
    """Note that the tokens ``heads`` stand for ``members`` (``doc._.member_map``): the
    stance layer reads such a subject as each member."""
    if doc._.member_map is None:
        doc._.member_map = {}
    for i in heads:
        doc._.member_map[i] = members
    return members


def _id_order(actor_id: str) -> int:
    return int(actor_id[1:]) if actor_id[1:].isdigit() else 0


def unnamed_individual(head: Token) -> bool:
    """"An Israeli defence official", "a senior EU diplomat": one unnamed person cited as a
    source (``individual_sources``), a person of their own; not when a body word or a state's
    seat before the noun makes the body speak ("an Indian foreign ministry official", "a State
    Department official")."""
    if head.tag_ != "NN" or head.lemma_.lower() not in INDIVIDUAL_SOURCES or not any(
            c.dep_ in ("det", "nummod") and c.lower_ in INDEFINITE for c in head.children):
        return False
    gaz = gazetteer()
    mods = [t for t in head.subtree if t.i < head.i]
    if any(t.lower_ in SOURCE_BODIES for t in mods):
        return False
    names = [t for t in mods if t.pos_ == "PROPN"]
    for k in range(len(names)):
        for j in range(len(names), k, -1):
            entry = gaz.lookup(" ".join(t.text for t in names[k:j]))
            if entry is not None and entry.kind == "seat":
                return False
    return True


def _state_office(doc: Doc, head: Token, mmap: dict[int, str]) -> bool:
    """"Somalia's president", "Kenya's prime minister": the unnamed holder of a state's top
    office (``office_heads``), named by the state's name too, so that two states' presidents
    are two people."""
    if head.lower_ not in OFFICE_HEADS or head.tag_ != "NN":
        return False  # ("minister" is one with any title word: "Kenya's energy minister")
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is None or owner.i not in mmap:
        return False
    kinds = {a.id: a.type for a in doc._.actors or []}
    return kinds.get(mmap[owner.i]) == "country"


def post_modifier(head: Token, end: int) -> list[Token]:
    """The words after an unnamed source's head noun that set it apart, when they follow it
    directly: an adjective with its complement ("a person [familiar with the negotiations]",
    "two diplomats [present]") or a place named after "in" ("diplomats [in Abuja]"). A
    common-noun place ("diplomats in the room") describes a scene, not the source, and words
    that name a person ("sources close to Reid") leave the name to that person. ``end``:
    the token index the words must stay before."""
    out: list[Token] = []
    for c in head.children:
        if c.i <= head.i:
            continue
        place = c.dep_ == "prep" and c.lower_ in POST_PLACE_PREPS and any(
            o.dep_ == "pobj" and o.pos_ == "PROPN" for o in c.children)
        # "fishermen from Masinloc", "economists at several Brazilian banks": where they come
        # from or work, when a name or a nationality says it
        place = place or c.dep_ == "prep" and c.lower_ in ORIGIN_PREPS and any(
            o.dep_ == "pobj" and any(t.pos_ == "PROPN" or (
                t.pos_ == "ADJ" and t.text[:1].isupper()) for t in o.subtree)
            for o in c.children)
        if (c.dep_ == "amod" and c.pos_ == "ADJ") or place:
            sub = list(c.subtree)
            if sub[0].i != (out[-1].i if out else head.i) + 1 or sub[-1].i >= end or any(
                    t.is_punct or t.ent_type_ == "PERSON" for t in sub):
                break
            out.extend(sub)
    return out if len(out) <= MAX_POST_TOKENS else []


def _named_before(doc: Doc, span: Span, head: Token) -> str | None:
    """A bare definite plural ("the unions") that ends the name of exactly one earlier
    collective actor ("main farm unions"): that actor's id."""
    words = [t for t in span if not t.is_punct]
    if len(words) != 2 or words[0].lower_ != "the" or head.tag_ != "NNS" or words[1] != head:
        return None
    mmap = doc._.mention_map or {}
    earlier = {mmap[i] for i in range(head.i) if i in mmap}
    hits = [a.id for a in doc._.actors or [] if a.id in earlier and a.type in (GROUP, ORG)
            and a.name.lower().split()[-1:] == [head.lower_] and len(a.name.split()) > 1]
    return hits[0] if len(hits) == 1 else None


def antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun subject stands for ("the senator, who said")."""
    if tok.lower_ not in RELATIVE_PRONOUNS or tok.dep_ not in ("nsubj", "nsubjpass") or (
            tok.head.dep_ != "relcl"):
        return None
    ante = tok.head.head
    return ante if ante.i < tok.i and ante.pos_ in ("NOUN", "PROPN") else None


def add_mention(doc: Doc, tok: Token, actor_id: str, start: int | None = None) -> None:
    """Make token ``tok`` (from token ``start`` on, "The unions") a mention of the actor
    ``actor_id`` (if it is no other's)."""
    mmap: dict[int, str] = doc._.mention_map if doc._.mention_map is not None else {}
    if tok.i in mmap:
        return
    actor = next((a for a in doc._.actors or [] if a.id == actor_id), None)
    if actor is None:
        return
    first = doc[start] if start is not None else tok
    text = doc_text(doc)
    actor.mentions.append(TextSpan(first.idx, tok.idx + len(tok.text),
                                   text[first.idx:tok.idx + len(tok.text)]))
    actor.mentions.sort(key=lambda m: m.start)
    for i in range(first.i, tok.i + 1):
        mmap.setdefault(i, actor_id)
    doc._.mention_map = mmap


#: ``doc.user_data`` key: actor id -> the actor whose possessive named the person's office
_OWNERS = "stancemap.source_owners"


def _register(doc: Doc, toks: list[Token], name: str, kind: str, sector: str | None,
              country: str | None, owner: str | None = None) -> str:
    """The actor ``name`` of ``kind`` (an earlier one of the same name, else a new one) with
    ``toks`` as a mention; ``owner``, the actor whose office a person holds ("Brazil's
    ambassador"), keeps apart the holders of the same office for different owners ("The
    EU's ambassador" is not Brazil's)."""
    actors: list[Actor] = list(doc._.actors or [])
    mmap: dict[int, str] = dict(doc._.mention_map or {})
    owners: dict[str, str] = doc.user_data.setdefault(_OWNERS, {})
    key = fold(name)
    text = doc_text(doc)
    first = toks[0].i
    if first > 0 and doc[first - 1].lower_ in ARTICLES and first - 1 not in mmap:
        first -= 1  # the mention as written ("The Left group", "a person familiar with X"),
        # the name without the article
    start, end = doc[first].idx, toks[-1].idx + len(toks[-1].text)
    mention = TextSpan(start, end, text[start:end])
    actor = next((a for a in actors if a.type == kind and fold(a.name) == key and (
        owner is None or owners.get(a.id, owner) == owner)), None)
    if actor is None:
        actor = Actor(id=_next_id(actors), name=name, type=kind, country=country, roles=[],
                      sector=sector, mentions=[])
        actors.append(actor)
    if owner is not None:
        owners.setdefault(actor.id, owner)
    if all(m.start != start for m in actor.mentions):
        actor.mentions.append(mention)
        actor.mentions.sort(key=lambda m: m.start)
    for t in toks:
        mmap.setdefault(t.i, actor.id)
    doc._.actors, doc._.mention_map = actors, mmap
    return actor.id


def _next_id(actors: list[Actor]) -> str:
    nums = [int(a.id[1:]) for a in actors if a.id[1:].isdigit()]
    return f"a{max(nums, default=0) + 1}"
