"""PLOVER event coding on the dependency parse.

``EventStage()(doc)`` sets ``doc._.events``: a list of :class:`PloverEvent` (a ``model.Event``
with the trigger, the source/target phrases, the rule that fired and the resolved date).

How a sentence is coded (one linear pass over its tokens):

1. **Triggers.** A verb is looked up in ``data/event_verbs.tsv`` by lemma, particle or
   preposition, and object ("call on", "lift [@restriction]", "go on [strike]"); a light verb
   ("launched an attack", "held talks") takes its type from the object noun
   (``data/event_nouns.tsv``). Adjectives of willingness ("ready to", "open to") and nouns of
   commitment or refusal ("has no plans to") are triggers too (``data/event_control.tsv``).
2. **Context.** Climbing the parse from the trigger decides whether it is an event at all:
   negated ("did not attack": none; "will not accept": REJECT), future ("will meet": AGREE;
   "will impose sanctions": THREATEN), hypothetical or conditional (none), only claimed or
   wanted (none), the complement of another event ("urged X to talk": one REQUEST, mode meet;
   "offered to host talks": one AGREE), or reported speech (the event stays with its own
   subject; "we" is the speaker). In reported speech some predicates are the speaker's own act
   (``data/event_speaker.tsv``: "they are stirring up trouble" is the speaker's ACCUSE; "Y must
   withdraw" the speaker's REQUEST, mode demand), and a position or intention of the speaker's
   own state or body is the speaker's ("Karimi said Tehran would never accept X" is Karimi
   REJECT; "the envoy said the AU would invite both sides" the envoy's AGREE); completed acts
   ("said Lima had rejected it") and acts of other actors the speaker reports stay theirs. Not
   acts at all: "provided (that)" as a conjunction, "Asked about X, he said", a present-tense
   clause of time ("before leaders meet"), the means of a future response ("would respond by
   seizing X": a THREATEN), a warning that a thing would have consequences (no threat). A
   condition on the complement ("would support making X permanent only if ...") makes the
   whole conditional; a relative clause set off by commas on an actor ("France, which pushed
   for X, welcomed Y") is background, not an event.
3. **Arguments.** Subject -> source (the agent of a passive), object or prepositional object ->
   target, with conjuncts expanded into one event per source and target ("Latvia, Lithuania and
   Estonia backed X" is three events), appositions and "like/such as" lists opened, the owner of
   a thing taken for the target ("backed Macron's idea" -> Macron; "rejected the draft" -> who
   circulated it; "voted for the text" -> its drafter; "condemned the strikes" -> whoever
   struck last), goods taken for where they come from ("tariffs on cars made in China" ->
   China), "both sides" for the two parties last seen fighting or addressed together, symmetric
   events (talks, cooperation, signing an agreement) coded both ways, and one event per act and
   source when some object is an actor ("sanctions on an RSF commander and two companies").
4. **Special predicates.** "X expected Y to act" is REQUEST; "X called Y's conduct 'a test'"
   ACCUSE (unless the label is praise); "its investigation found that Y ..." ACCUSE by the
   inquiry's owner; "X told <another person>" CONSULT; "would seek sanctions" THREATEN.
5. **Date.** A date expression on the trigger's clause is resolved by :mod:`stancemap.dates`
   against the publication date; without one, the event gets the publication date.

Actors come from the actor stage (``doc._.mention_map``). Where the subject or object names no
actor ("a car bomb", "police"), the event keeps ``source``/``target`` null and records the
phrase in ``source_text``/``target_text``. Events with no source actor are kept (CAMEO-style
data codes agentless violence such as "40 people were killed"); the gold articles never code
them.
"""

from __future__ import annotations

import csv
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy import attrs
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Token

from . import dates
from .actors.tokens import doc_text
from .model import Event, Span

log = logging.getLogger("stancemap.events")

__all__ = ["EventStage", "PloverEvent", "Lexicon", "load_lexicon", "QUAD", "code_events"]

DATA = Path(__file__).parent / "data"

QUAD = {
    "AGREE": "VERBAL_COOPERATION", "CONSULT": "VERBAL_COOPERATION",
    "SUPPORT": "VERBAL_COOPERATION", "CONCEDE": "VERBAL_COOPERATION",
    "COOPERATE": "MATERIAL_COOPERATION", "AID": "MATERIAL_COOPERATION",
    "RETREAT": "MATERIAL_COOPERATION",
    "REQUEST": "VERBAL_CONFLICT", "ACCUSE": "VERBAL_CONFLICT", "REJECT": "VERBAL_CONFLICT",
    "THREATEN": "VERBAL_CONFLICT",
    "PROTEST": "MATERIAL_CONFLICT", "SANCTION": "MATERIAL_CONFLICT",
    "MOBILIZE": "MATERIAL_CONFLICT", "COERCE": "MATERIAL_CONFLICT",
    "ASSAULT": "MATERIAL_CONFLICT",
}  # fmt: skip
PLOVER_TYPES = frozenset(QUAD)
LIGHT, NONE = "LIGHT", "NONE"

COOPERATIVE = frozenset({"AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE",
                         "RETREAT"})
MATERIAL_CONFLICT = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION"})
CONFLICT = MATERIAL_CONFLICT | {"ACCUSE", "REJECT", "THREATEN", "PROTEST"}
SYMMETRIC = frozenset({"CONSULT", "COOPERATE"})
#: complement type -> mode of the AGREE / REQUEST / REJECT that governs it
COMPLEMENT_MODE = {"CONSULT": "meet", "AGREE": "meet", "AID": "assist", "COOPERATE": "cooperate",
                   "RETREAT": "yield", "CONCEDE": "yield"}
#: what a refusal refuses -> its mode ("will not attend talks": REJECT, mode meet)
REJECT_MODE = {"CONSULT": "meet", "AID": "assist"}
#: types that need someone to act: a thing ("the move", "expropriation") cannot be their source
AGENTIVE_TYPES = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE",
                            "REJECT", "THREATEN", "COOPERATE", "AID", "SANCTION", "PROTEST"})
#: positions a state's own official voices for it (the official is the source)
SPEAKER_VOICED = frozenset({"AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE"})
#: verbal events: somebody must say them
VERBAL = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "ACCUSE", "REJECT",
                    "THREATEN"})
#: object classes that make a criticism a rejection ("lambasted the demand")
PROPOSAL_CLASSES = frozenset({"proposal", "demand", "request", "ultimatum"})
#: verbs whose object is the subject of their infinitive ("urged Kiev to talk")
OBJECT_CONTROL = frozenset({"urge", "ask", "call", "order", "tell", "force", "persuade",
                            "encourage", "invite", "allow", "permit", "press", "instruct",
                            "require", "help", "pressure", "push", "implore", "direct"})
#: nouns that only count or group what follows "of" ("a series of rebuttals")
QUANTITY_NOUNS = frozenset({"series", "number", "wave", "spate", "string", "barrage", "volley",
                            "dozen", "hundred", "thousand", "couple", "flurry", "raft", "host",
                            "ton", "tonne", "set", "kind", "type", "lot", "handful", "part",
                            "third", "half"})
#: subordinators of time: a present-tense clause under them is future or background
TIME_MARKS = frozenset({"before", "until", "till", "once", "while", "whenever", "when",
                        "after"})
#: nouns of an actor's own dealings: defending them supports nobody
OWN_CONDUCT = frozenset({"sale", "delivery", "export", "shipment", "purchase", "transfer"})
#: verbs of "calling for": "called in a statement for X", "called for X to be lifted"
FOR_VERBS = frozenset({"call", "appeal", "press", "push", "ask", "plead", "lobby", "argue"})
#: where something is said ("called in a statement for X")
MEDIUM_NOUNS = frozenset({"statement", "communique", "letter", "speech", "interview", "post",
                          "message", "declaration", "resolution", "address"})
#: heads that name their event by "at" ("an attempt at mediation")
ATTEMPT_HEADS = frozenset({"attempt", "effort", "bid", "push", "drive"})
#: verbs of a future AGREE that back someone else's idea ("London would back X")
BACKING_VERBS = frozenset({"back", "support", "endorse", "accept", "welcome", "join"})
#: verbs whose gerund complement stops ("stopped sharing data")
STOP_VERBS = frozenset({"stop", "cease", "halt", "suspend"})
#: durations that measure what follows "of" ("two days of talks")
DURATION_NOUNS = frozenset({"day", "week", "month", "hour", "year", "round"})
LIST_PREPS = ("like", "including", "such")
FIRST_PERSON = frozenset({"we", "us", "our", "ours", "i", "me", "my"})
RELATIVE = frozenset({"which", "who", "that", "whom", "whose"})
#: heads that name their event by a modifier ("mediation efforts", "curfew hours")
GENERIC_HEADS = frozenset({"effort", "process", "bid", "initiative", "mission", "operation",
                           "program", "programme", "campaign", "package", "delivery", "hour",
                           "declaration", "measure", "regime", "order", "plan", "activity",
                           "agreement", "deal", "talk", "proposal", "flight", "link"})
#: heads that name a person's state: "her government" is the country
STATE_NOUNS = frozenset({"government", "country", "administration", "army", "military",
                         "force", "troop", "delegation", "cabinet", "state", "nation"})
#: what inquiries do with their results ("the probe found that ...")
FINDING_VERBS = frozenset({"find", "conclude", "establish", "determine"})
INQUIRY_NOUNS = frozenset({"investigation", "inquiry", "probe", "audit", "review", "panel",
                           "commission", "tribunal", "report"})
#: verbs that label something ("called X a disgrace")
LABEL_VERBS = frozenset({"call", "label", "brand", "dub", "term"})
#: verbs that label with "as" ("described X as a provocation")
DESCRIBE_VERBS = frozenset({"describe", "characterize", "characterise", "portray"})
#: labels that are accusations in themselves, whatever they are applied to
BLAME_LABELS = frozenset({"theft", "robbery", "intimidation", "hostility", "aggression",
                          "provocation", "blackmail", "piracy", "crime", "violation",
                          "propaganda", "lie", "terrorism", "extortion", "interference",
                          "hypocrisy", "disgrace", "illegal", "unjust", "outrageous",
                          "unacceptable", "irresponsible", "hostile", "betrayal", "sabotage",
                          "aggressive", "criminal", "lawless", "reckless", "escalation"})
#: words that make a label praise rather than criticism
PRAISE_WORDS = frozenset({"step", "progress", "success", "victory", "breakthrough", "good",
                          "great", "positive", "constructive", "important", "historic",
                          "welcome", "milestone", "model", "partner", "friend", "ally", "vital",
                          "necessary", "essential", "crucial", "opportunity", "achievement",
                          "useful", "helpful", "productive", "excellent", "fair", "reasonable",
                          "encouraging", "hope", "hopeful", "landmark", "right"})
#: "both sides", "the two parties"
SIDE_NOUNS = frozenset({"side", "party"})
#: who suffers consequences rather than being threatened with them
VICTIM_NOUNS = frozenset({"people", "civilian", "population", "child", "family", "citizen",
                          "resident", "woman", "refugee", "farmer", "worker", "consumer",
                          "taxpayer", "patient", "victim", "generation"})
#: participles that name where goods come from ("cars made in China")
ORIGIN_VERBS = frozenset({"make", "import", "produce", "manufacture", "export", "grow",
                          "build", "assemble", "originate", "ship"})
#: verbs whose purpose clause is carried out ("sent experts to investigate")
SENDING = frozenset({"send", "dispatch", "deploy", "fly", "rush"})
WEEKDAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                           "sunday", "yesterday", "today", "tonight", "overnight"})
AGENT_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
CONTENT_DEPS = ("xcomp", "ccomp")


# ---------------------------------------------------------------------------------------------
# Records


@dataclass
class PloverEvent(Event):
    """``model.Event`` plus what a reader needs to check it: the trigger words, the phrases
    naming source and target (also where no actor id covers them), how the date was found and
    which rule coded the event. ``to_dict`` adds these to the stancemap/1 fields."""

    trigger: Span | None = None
    source_text: Span | None = None
    target_text: Span | None = None
    date_text: str | None = None
    date_granularity: str | None = None
    rule: str = ""
    sentence: int | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "source": self.source,
            "target": self.target,
            "date": self.date,
            "quad": self.quad,
            "evidence": self.evidence.to_dict(),
            "date_text": self.date_text,
            "date_granularity": self.date_granularity,
        }
        for name in ("trigger", "source_text", "target_text"):
            span = getattr(self, name)
            if span is not None:
                d[name] = span.to_dict()
        if self.sentence is not None:
            d["sentence"] = self.sentence
        if self.rule:
            d["rule"] = self.rule
        return d


# ---------------------------------------------------------------------------------------------
# Lexicons


@dataclass(frozen=True)
class Entry:
    type: str
    mode: str | None
    note: str = ""


@dataclass(frozen=True)
class NounEntry:
    type: str | None
    mode: str | None
    classes: frozenset[str]


def _rows(path: Path) -> Iterable[list[str]]:
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            if not row or not row[0].strip() or row[0].startswith("#"):
                continue
            yield [c.strip() for c in row]


def _opt(value: str) -> str | None:
    return None if value in ("", "-") else value


@dataclass
class Lexicon:
    """The event vocabulary, read from the ``event_*.tsv`` data files."""

    verbs: dict[str, Entry]
    speaker: dict[str, Entry]
    nouns: dict[str, NounEntry]
    control: dict[str, frozenset[str]]

    @classmethod
    def load(cls, directory: str | Path | None = None) -> Lexicon:
        root = Path(directory) if directory else DATA
        verbs = {r[0].lower(): Entry(r[1], _opt(r[2]) if len(r) > 2 else None,
                                     r[3] if len(r) > 3 else "")
                 for r in _rows(root / "event_verbs.tsv")}
        speaker = {r[0].lower(): Entry(r[1], _opt(r[2]) if len(r) > 2 else None)
                   for r in _rows(root / "event_speaker.tsv")}
        nouns = {}
        for r in _rows(root / "event_nouns.tsv"):
            classes = frozenset(c for c in (r[3] if len(r) > 3 else "-").split(",")
                                if c and c != "-")
            nouns[r[0].lower()] = NounEntry(_opt(r[1]), _opt(r[2]), classes)
        control: dict[str, set[str]] = {}
        for r in _rows(root / "event_control.tsv"):
            control.setdefault(r[0].lower(), set()).add(r[1])
        for table, name in ((verbs, "event_verbs"), (speaker, "event_speaker")):
            for key, e in table.items():
                if e.type not in PLOVER_TYPES and e.type not in (LIGHT, NONE):
                    raise ValueError(f"{name}.tsv: {key!r} has unknown type {e.type!r}")
        for key, n in nouns.items():
            if n.type is not None and n.type not in PLOVER_TYPES:
                raise ValueError(f"event_nouns.tsv: {key!r} has unknown type {n.type!r}")
        return cls(verbs, speaker, nouns, {k: frozenset(v) for k, v in control.items()})

    def kinds(self, word: str) -> frozenset[str]:
        return self.control.get(word.lower(), frozenset())


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    return Lexicon.load()


@dataclass(frozen=True)
class _VerbKeys:
    """What the keys of a verb table that can name one lemma look like."""

    only_lemma: bool  # the lemma alone ("accuse"), nothing longer
    classes: bool  # some key has a class ("lift [@restriction]", "[@troops] leave")
    subject: bool  # some key starts with a subject class ("[@troops] leave")


#: id of a verb table -> (the table, its size, lemma -> its keys)
_TABLE_INDEX: dict[int, tuple[dict[str, Entry], int, dict[str, _VerbKeys]]] = {}


_ANY_KEYS = _VerbKeys(False, True, True)


def _table_index(table: dict[str, Entry]) -> dict[str, _VerbKeys]:
    """Every lemma a key of ``table`` can be built from (see ``_Coder.frame``): the first word
    of "lem", "lem p", "lem [x]" ...; the word after "] " of "[@class] lem"."""
    cached = _TABLE_INDEX.get(id(table))
    if cached is not None and cached[0] is table and cached[1] == len(table):
        return cached[2]
    related: dict[str, set[str]] = {}
    for key in table:
        related.setdefault(key.split(" ", 1)[0], set()).add(key)
        if "] " in key:
            related.setdefault(key.rsplit("] ", 1)[1], set()).add(key)
    index = {lem: _VerbKeys(keys == {lem}, any("[@" in k for k in keys),
                            any(k.startswith("[@") for k in keys))
             for lem, keys in related.items()}
    if len(_TABLE_INDEX) > 16:
        _TABLE_INDEX.clear()
    _TABLE_INDEX[id(table)] = (table, len(table), index)
    return index


# ---------------------------------------------------------------------------------------------
# A read-only copy of the parse
#
# The coder walks the tree many times per trigger (children, heads, lemmas). spaCy makes a new
# ``Token`` object and looks its strings up on every such access, so the coder reads each
# document once into plain Python objects (``_Tok``, ``_Sent``, ``_Doc``) that answer the same
# attributes with the same values.

_STRINGS: dict[int, str] = {}
_POS_NAMES: dict[int, str] = {int(k): v for k, v in POS_NAMES.items()}
_IOB = Token.iob_strings()
_ARRAY_ATTRS = [attrs.ORTH, attrs.LOWER, attrs.LEMMA, attrs.POS, attrs.TAG, attrs.DEP,
                attrs.ENT_TYPE, attrs.ENT_IOB, attrs.HEAD, attrs.IDX, attrs.IS_PUNCT,
                attrs.LIKE_NUM, attrs.IS_TITLE]


class _Tok:
    """One token: the attributes of ``spacy.tokens.Token`` the coder reads, precomputed.
    ``lem`` is :func:`_lemma` and ``is_verb`` :func:`_is_verb` of the token."""

    __slots__ = ("i", "text", "lower_", "lemma_", "pos_", "tag_", "dep_", "ent_type_",
                 "ent_iob_", "idx", "is_punct", "like_num", "is_title", "head", "children",
                 "doc", "lem", "is_verb")

    i: int
    text: str
    lower_: str
    lemma_: str
    pos_: str
    tag_: str
    dep_: str
    ent_type_: str
    ent_iob_: str
    idx: int
    is_punct: bool
    like_num: bool
    is_title: bool
    head: _Tok
    children: tuple[_Tok, ...]
    doc: _Doc
    lem: str
    is_verb: bool

    @property
    def sent(self) -> _Sent:
        return self.doc.sent_of[self.i]

    @property
    def lefts(self) -> list[_Tok]:
        i = self.i
        return [c for c in self.children if c.i < i]

    @property
    def rights(self) -> list[_Tok]:
        i = self.i
        return [c for c in self.children if c.i > i]

    @property
    def subtree(self) -> Iterator[_Tok]:
        # the order of ``Token.subtree``: left subtrees, the token, right subtrees
        stack: list[tuple[_Tok, bool]] = [(self, False)]
        while stack:
            t, done = stack.pop()
            if done:
                yield t
                continue
            i, kids = t.i, t.children
            for c in reversed(kids):
                if c.i > i:
                    stack.append((c, False))
            stack.append((t, True))
            for c in reversed(kids):
                if c.i < i:
                    stack.append((c, False))

    @property
    def left_edge(self) -> _Tok:
        doc = self.doc
        if doc.left[self.i] < 0:
            doc.set_edges(self)
        return doc.toks[doc.left[self.i]]

    @property
    def right_edge(self) -> _Tok:
        doc = self.doc
        if doc.right[self.i] < 0:
            doc.set_edges(self)
        return doc.toks[doc.right[self.i]]

    def __repr__(self) -> str:
        return self.text


class _Sent:
    """A sentence: ``start``/``end`` token offsets, iterable over its tokens."""

    __slots__ = ("start", "end", "doc")

    def __init__(self, doc: _Doc, start: int, end: int) -> None:
        self.doc, self.start, self.end = doc, start, end

    def __iter__(self) -> Iterator[_Tok]:
        return iter(self.doc.toks[self.start:self.end])

    def __len__(self) -> int:
        return self.end - self.start

    @property
    def root(self) -> _Tok:
        return self.doc.toks[self.doc.spacy[self.start:self.end].root.i]


class _Doc:
    """The tokens and sentences of a parsed ``Doc``; slices are spaCy's own spans."""

    def __init__(self, doc: Doc) -> None:
        self.spacy = doc
        n = len(doc)
        strings = doc.vocab.strings
        cache = _STRINGS
        array = doc.to_array(_ARRAY_ATTRS).reshape(n, len(_ARRAY_ATTRS))
        arr = array.T.tolist()
        cols = []
        for k in (0, 1, 2, 4, 5, 6):
            try:
                cols.append(list(map(cache.__getitem__, arr[k])))
            except KeyError:
                for h in arr[k]:
                    if h not in cache:
                        cache[h] = strings[h]
                cols.append(list(map(cache.__getitem__, arr[k])))
        orth, lower, lemma, tag, dep, ent = cols
        try:
            pos_col = list(map(_POS_NAMES.__getitem__, arr[3]))
        except KeyError:
            pos_col = [_POS_NAMES.get(p, "") for p in arr[3]]
        iob = list(map(_IOB.__getitem__, arr[7]))
        heads = array[:, 8].astype("int64").tolist()  # offsets, stored as uint64
        idxs, punct, num, title = arr[9], arr[10], arr[11], arr[12]
        self.text = doc_text(doc)  # built once per Doc, shared with the other stages
        toks = []
        append = toks.append
        for i, o, lo, lm, pos, tg, dp, en, io, ix, pu, nu, ti in zip(
            range(n), orth, lower, lemma, pos_col, tag, dep, ent, iob, idxs, punct, num, title,
            strict=True,
        ):
            t = _Tok()
            t.i = i
            t.text = o
            t.lower_ = lo
            t.lemma_ = lm
            t.pos_ = pos
            t.tag_ = tg
            t.dep_ = dp
            t.ent_type_ = en
            t.ent_iob_ = io
            t.idx = ix
            t.is_punct = pu != 0
            t.like_num = nu != 0
            t.is_title = ti != 0
            t.doc = self
            t.children = ()
            lm = lm.lower()
            t.lem = lo if lm == "-pron-" else lm
            t.is_verb = pos in ("VERB", "AUX") or tg.startswith("VB")
            append(t)
        kids: dict[int, list[_Tok]] = {}
        for i, t, off in zip(range(n), toks, heads, strict=True):
            h = i + off
            t.head = toks[h]
            if h != i:
                k = kids.get(h)
                if k is None:
                    kids[h] = [t]
                else:
                    k.append(t)
        for h, k in kids.items():
            toks[h].children = tuple(k)
        self.toks = toks
        self.left = [-1] * n  # edges, set on demand
        self.right = [-1] * n
        sents: list[_Sent] = []
        sent_of: list[_Sent] = []  # token index -> its sentence
        for s in doc.sents:
            sent = _Sent(self, s.start, s.end)
            sents.append(sent)
            sent_of.extend([sent] * (s.end - s.start))
        self.sents = sents
        self.sent_of = sent_of

    def set_edges(self, top: _Tok) -> None:
        """First and last token of the subtrees of ``top`` and the tokens below it (as
        spaCy's ``left_edge``/``right_edge``)."""
        left, right = self.left, self.right
        stack: list[tuple[_Tok, bool]] = [(top, False)]
        while stack:
            t, done = stack.pop()
            if not done:
                stack.append((t, True))
                stack.extend((c, False) for c in t.children if left[c.i] < 0)
                continue
            lo = hi = t.i
            for c in t.children:
                if left[c.i] < lo:
                    lo = left[c.i]
                if right[c.i] > hi:
                    hi = right[c.i]
            left[t.i], right[t.i] = lo, hi

    def close(self) -> None:
        """Break the token <-> token and token <-> doc cycles so that the copy is freed at
        once rather than by the garbage collector."""
        for t in self.toks:
            t.head = t.children = t.doc = None  # type: ignore[assignment]
        for sent in self.sents:
            sent.doc = None  # type: ignore[assignment]
        self.sent_of = []

    def __len__(self) -> int:
        return len(self.toks)

    def __iter__(self) -> Iterator[_Tok]:
        return iter(self.toks)

    def __getitem__(self, i: int) -> _Tok:
        return self.toks[i]

    def text_of(self, start: int, end: int) -> str:
        """``doc[start:end].text``."""
        if 0 <= start < end <= len(self.toks):
            last = self.toks[end - 1]
            return self.text[self.toks[start].idx:last.idx + len(last.text)]
        return self.spacy[start:end].text


# ---------------------------------------------------------------------------------------------
# Small parse helpers


def _lemma(tok: _Tok) -> str:
    """The lower-case lemma (the word itself for spaCy 2's "-PRON-")."""
    return tok.lem


def _is_verb(tok: _Tok) -> bool:
    """A verb or auxiliary by coarse or fine tag."""
    return tok.is_verb


def _children(tok: Token, *deps: str) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _child(tok: Token, *deps: str) -> Token | None:
    for c in tok.children:
        if c.dep_ in deps:
            return c
    return None


def _is_passive(tok: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or (
        tok.tag_ == "VBN" and tok.dep_ == "acl")


def _conjuncts(tok: Token) -> list[Token]:
    """``tok`` and the words coordinated with it ("Latvia, Lithuania and Estonia")."""
    out = [tok]
    stack = [c for c in tok.children if c.dep_ == "conj"]
    while stack:
        c = stack.pop(0)
        if c.pos_ in ("NOUN", "PROPN", "PRON", "NUM", "X") or c.ent_type_:
            out.append(c)
        stack.extend(x for x in c.children if x.dep_ == "conj")
    return out


def _skip_quantity(tok: Token) -> Token:
    """"a series of rebuttals" -> "rebuttals"."""
    for _ in range(3):
        if tok.lemma_.lower() in QUANTITY_NOUNS or tok.like_num or (
            tok.lemma_.lower() in DURATION_NOUNS and any(c.like_num for c in tok.children)
        ):  # "two days of talks"
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = _child(of, "pobj") if of is not None else None
            if pobj is None:
                break
            tok = pobj
        else:
            break
    return tok


PHRASE_OPTS: dict[str, Any] = {
    "appos": True, "acl": False, "relcl": False,
    "preps": ("of", "in", "from", "by", "on", "for", "with"),  # None: all but dates
    "quantity": True,
}


def _phrase(tok: Token) -> tuple[int, int]:
    """Token range of the noun phrase headed by ``tok``: its subtree without coordinated
    phrases, relative clauses, date modifiers or trailing punctuation ("dozens of Islamic State
    fighters", "Alice Wells, a senior US official", "forces based in Vitez")."""
    if PHRASE_OPTS["quantity"]:
        for _ in range(2):
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and (
                tok.head.head.lemma_.lower() in QUANTITY_NOUNS or tok.head.head.like_num
            ) and tok.head.head.pos_ in ("NOUN", "NUM"):
                tok = tok.head.head
    skip = {"conj", "cc", "punct", "advcl", "preconj", "parataxis", "dep"}
    if not PHRASE_OPTS["appos"]:
        skip.add("appos")
    if not PHRASE_OPTS["acl"]:
        skip.add("acl")
    if not PHRASE_OPTS["relcl"]:
        skip.add("relcl")
    preps = PHRASE_OPTS["preps"]
    left, right = tok.i, tok.i
    for t in tok.lefts:
        if t.dep_ in ("conj", "cc", "preconj"):
            continue
        if t.dep_ == "npadvmod" and t.ent_type_ in ("DATE", "TIME"):
            continue
        left = min(left, t.left_edge.i)
    for t in tok.rights:
        if t.dep_ == "punct" and t.text in ("(", ")"):
            right = max(right, t.i)
            continue
        if t.dep_ in skip:
            continue
        if t.dep_ == "npadvmod" and t.ent_type_ in ("DATE", "TIME"):
            continue
        if t.dep_ == "prep":
            if preps is not None and t.lower_ not in preps:
                continue
            pobj = _child(t, "pobj")
            if pobj is not None and pobj.ent_type_ in ("DATE", "TIME"):
                continue
            if _child(t, "pcomp") is not None:
                continue  # "accused X of doing Y"
        if t.dep_ == "appos" and any(c.dep_ == "conj" for c in t.children):
            continue
        right = max(right, t.right_edge.i)
    doc = tok.doc
    while left < right and doc[left].is_punct and doc[left].text not in ("(",):
        left += 1
    while right > left and doc[right].is_punct and doc[right].text not in (")",):
        right -= 1
    # keep parentheses balanced: "Nigerian Air Force (NAF)"
    opens = sum(1 for i in range(left, right + 1) if doc[i].text == "(")
    closes = sum(1 for i in range(left, right + 1) if doc[i].text == ")")
    if opens > closes:
        if right + 1 < len(doc) and doc[right + 1].text == ")":
            right += 1
        else:
            last = max(i for i in range(left, right + 1) if doc[i].text == "(")
            right = max(left, last - 1)
            while right > left and doc[right].is_punct:
                right -= 1
    return left, right + 1


def _tok_span(doc: _Doc, start: int, end: int) -> Span:
    toks = doc.toks
    if 0 <= start < end <= len(toks):
        first, last = toks[start].idx, toks[end - 1]
        stop = last.idx + len(last.text)
        return Span(first, stop, doc.text[first:stop])
    sp = doc.spacy[start:end]
    return Span(sp.start_char, sp.end_char, sp.text)


# ---------------------------------------------------------------------------------------------
# The coder


@dataclass
class Frame:
    """A trigger found by lexicon lookup."""

    type: str
    mode: str | None
    key: str
    verb: Token
    noun: Token | None = None  # the event noun of a light verb ("launched [an attack]")
    obj: Token | None = None  # the object the key matched


@dataclass
class Context:
    negated: bool = False
    present_negation: bool = False
    future: bool = False
    hypothetical: bool = False
    conditional: bool = False
    obligation: bool = False
    blocked: str = ""  # why the trigger is no event of its own
    speaker: list[str] = field(default_factory=list)
    speaker_tok: Token | None = None
    reported: bool = False
    reporter: Token | None = None  # subject of a non-speech verb over a "that" clause
    failed: bool = False  # "failed to reach agreement"


@dataclass
class Args:
    sources: list[tuple[str | None, Token | None]]
    targets: list[tuple[str | None, Token | None]]


class _Coder:
    def __init__(self, doc: Doc, lex: Lexicon, future_concession: str = "CONCEDE") -> None:
        self.future_concession = future_concession
        self.doc = doc
        self.sdoc = _Doc(doc)
        self.verb_index = _table_index(lex.verbs)
        self.speaker_index = _table_index(lex.speaker)
        self.lex = lex
        self.mmap: dict[int, str] = doc._.mention_map or {}
        article = doc._.article
        pub = getattr(article, "date", None) if article is not None else None
        day = dates.parse_iso_date(pub) if isinstance(pub, str) else None
        self.pub = day.isoformat() if day is not None else pub
        self.events: list[PloverEvent] = []
        self.owners: dict[str, list[str]] = {}
        self.owner_sentence: dict[str, int] = {}
        self.quote_spans: list[tuple[int, int]] | None = None
        self.quote_speaker: dict[tuple[int, int], tuple[list[str], Token | None]] = {}
        self.statements = self._statement_index(doc)
        self.sent_index = 0
        self.sent: _Sent | None = None
        self.frame_cache: dict[int, Frame | None] = {}
        self._conds: set[str] | None = None
        self.noun_cache: dict[int, NounEntry | None] = {}
        self.class_cache: dict[int, set[str]] = {}
        self.phrase_cache: dict[int, tuple[int, int]] = {}
        self.object_cache: dict[int, list[tuple[Token, str | None]]] = {}
        self.mentions_by_word: dict[str, list[tuple[int, int, str]]] | None = None
        self.date_cache: dict[int, str | None] = {}  # token -> its date expression
        self.resolved: dict[tuple[str, bool], dates.ResolvedDate | None] = {}
        self.have_above: dict[int, bool] = {}  # token -> a "have" among its heads
        self.consult_parties: list[str] = []
        self.actor_by_id = {a.id: a for a in doc._.actors or []}
        self.sides: list[str] = []  # the two parties "both sides" refers to

    # -- driver ----------------------------------------------------------------------------
    def run(self) -> list[PloverEvent]:
        try:
            for n, sent in enumerate(self.sdoc.sents):
                self.sent_index = n
                self.sent = sent
                self._sentence(sent)
            self.sent = None
            return self._finish()
        finally:
            self.sdoc.close()

    def _sentence(self, sent: _Sent) -> None:
        for tok in sent:
            verb = tok.is_verb
            if verb or tok.pos_ == "ADJ":
                self._trigger(tok)
            if tok.pos_ in ("NOUN", "PROPN"):
                self._noun_trigger(tok)
                self._remember_owner(tok)
            elif verb and tok.lem in NOMINALIZATIONS:  # only nouns and these verbs own words
                self._remember_owner(tok)

    # -- lexicon lookup ----------------------------------------------------------------------
    def noun_entry(self, tok: Token) -> NounEntry | None:
        """The longest lexicon entry for the noun ``tok`` with the modifiers before it
        ("air strike", "cease-fire"); a generic head ("mediation efforts", "curfew hours")
        takes the entry of its modifier."""
        cached = self.noun_cache.get(tok.i)
        if cached is not None or tok.i in self.noun_cache:
            return cached
        lem = tok.lem
        mods = [c for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "amod", "nmod")]
        best = None
        for k in range(len(mods)):
            key = " ".join([m.lem for m in mods[k:]] + [lem])
            e = self.lex.nouns.get(key) or self.lex.nouns.get(
                tok.doc.text_of(mods[k].i, tok.i + 1).lower())
            if e is not None:
                best = e
                break
        if best is None:
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            pobj = _child(of, "pobj") if of is not None else None
            if pobj is not None:
                best = self.lex.nouns.get(f"{lem} of {pobj.lem}")
        if best is None:
            best = self.lex.nouns.get(lem) or self.lex.nouns.get(tok.lower_)
        if lem in GENERIC_HEADS and mods:
            inner = self.noun_entry(mods[-1]) if mods[-1].pos_ in ("NOUN", "PROPN") else None
            if inner is not None and (inner.type is not None or best is None):
                best = inner  # "ceasefire agreement", "mediation efforts"
        if lem in ATTEMPT_HEADS and (best is None or best.type is None):
            at = next((c for c in tok.children if c.dep_ == "prep"
                       and c.lower_ in ("at", "toward", "towards")), None)
            pobj = _child(at, "pobj") if at is not None else None
            inner = self.noun_entry(pobj) if pobj is not None else None
            if inner is not None and inner.type is not None:
                best = inner  # "a fresh attempt at mediation"
        hyph = self._hyphenated(tok)
        if hyph is not None:
            best = hyph
        if best is not None and best.type == "MOBILIZE" and "exercise" in best.classes and any(
            m.lower_ in ("joint", "combined", "bilateral", "multinational") for m in mods
        ):
            best = NounEntry("COOPERATE", best.mode, best.classes)
        self.noun_cache[tok.i] = best
        return best

    def _sent_start(self, tok: Token) -> int:
        if self.sent is not None and self.sent.start <= tok.i < self.sent.end:
            return self.sent.start
        return tok.sent.start

    def _hyphenated(self, tok: Token) -> NounEntry | None:
        """"cease-fire" written "cease - fire": the entry of the whole word."""
        doc = tok.doc
        if tok.i >= 2 and doc[tok.i - 1].text in ("-", "–"):
            word = f"{doc[tok.i - 2].lower_}-{tok.lower_}"
            return self.lex.nouns.get(word) or self.lex.nouns.get(
                f"{doc[tok.i - 2].lower_}-{tok.lem}")
        return None

    def classes(self, tok: Token) -> set[str]:
        """The lexicon classes of ``tok`` and "money", "actor", "people" (memoised per token:
        callers only read the set)."""
        cached = self.class_cache.get(tok.i)
        if cached is not None:
            return cached
        out: set[str] = set()
        e = self.noun_entry(tok)
        if e is not None:
            out |= e.classes
        if tok.ent_type_ == "MONEY" or tok.text in ("$", "€", "£"):
            out.add("money")
        if tok.i in self.mmap or tok.ent_type_ in AGENT_ENTS:
            out.add("actor")
            out.add("people")
        if tok.pos_ == "PRON" and tok.lower_ in ("him", "her", "them", "us", "me", "he", "she",
                                                 "they", "we"):  # not "himself"
            out.add("people")
        self.class_cache[tok.i] = out
        return out

    def _objects(self, v: Token) -> list[tuple[Token, str | None]]:
        """The objects of ``v`` with the preposition they hang on (memoised per token: callers
        only read the list)."""
        cached = self.object_cache.get(v.i)
        if cached is not None:
            return cached
        objs: list[tuple[Token, str | None]] = []
        passive = _is_passive(v)
        for c in v.children:
            if c.dep_ in ("dobj", "dative", "attr", "acomp", "oprd") or (
                passive and c.dep_ == "nsubjpass"
            ):
                objs.append((_skip_quantity(c), None))
            elif c.dep_ in ("prep", "agent") and c.dep_ != "agent":
                for p in c.children:
                    if p.dep_ == "pobj":
                        objs.append((_skip_quantity(p), c.lower_))
            elif c.dep_ == "xcomp" and c.pos_ == "ADJ":
                objs.append((c, None))
            elif c.dep_ == "ccomp" and c.pos_ == "ADJ":
                objs.append((c, None))
            elif c.dep_ == "intj" and c.lower_ in ("no", "yes") and c.i > v.i:
                objs.append((c, None))  # "would vote no"
        # "$50 million in emergency aid": the money's kind is the object too
        for o, via in list(objs):
            if via is None and (o.ent_type_ == "MONEY" or o.text in ("$", "€", "£")):
                for p in o.children:
                    if p.dep_ == "prep" and p.lower_ in ("in", "of"):
                        inner = _child(p, "pobj")
                        if inner is not None and self._is_event_noun(inner):
                            objs.append((inner, None))
        if passive and v.dep_ == "acl" and not any(o[1] is None for o in objs):
            objs.append((_skip_quantity(v.head), None))
        if v.dep_ == "relcl" and not passive and not any(o[1] is None for o in objs) and any(
            c.dep_ == "nsubj" and c.lower_ not in RELATIVE for c in v.children
        ):  # "a demand that Moscow lambasted"
            objs.append((v.head, None))
        self.object_cache[v.i] = objs
        return objs

    def frame(self, v: Token, table: dict[str, Entry] | None = None) -> Frame | None:
        use_cache = table is None
        if use_cache and v.i in self.frame_cache:
            return self.frame_cache[v.i]
        table = self.lex.verbs if table is None else table
        lem = v.lem
        index = self.verb_index if table is self.lex.verbs else (
            self.speaker_index if table is self.lex.speaker else _table_index(table))
        # every key built below is the lemma, starts with "lemma " or ends with "] lemma": the
        # index tells which kinds of key the table has for it (all kinds for odd lemmas)
        info = index.get(lem) if " " not in lem and "]" not in lem else _ANY_KEYS
        if info is None:
            if use_cache:
                self.frame_cache[v.i] = None
            return None
        if self._hyphenated(v) is not None or (
            lem == "call" and _child(v, "oprd") is not None
        ):  # "cease - fire"; "called the minister nasty"
            if use_cache:
                self.frame_cache[v.i] = None
            return None
        if info.only_lemma and table[lem].type != LIGHT:
            e = table[lem]
            found = Frame(e.type, e.mode, lem, v, noun=None, obj=None)
            if use_cache:
                self.frame_cache[v.i] = found
            return found
        prts = [c.lower_ for c in v.children if c.dep_ == "prt"]
        preps = [c.lower_ for c in v.children if c.dep_ in ("prep", "agent") and not any(
            p.dep_ == "pobj" and p.ent_type_ in ("DATE", "TIME") for p in c.children)]
        if lem == "call" and _child(v, "xcomp") is not None and _child(v, "dobj") is not None:
            preps = ["on", *preps]  # "called X to do Y" is "called on X to do Y"
        for c in v.children if lem in FOR_VERBS else ():  # the parse hangs "for" lower
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for"
                                         for m in c.children):
                preps.append("for")  # "called for the measures to be lifted"
            elif c.dep_ == "prep" and c.lower_ == "in":
                where = _child(c, "pobj")
                if where is not None and where.lem in MEDIUM_NOUNS:
                    preps += [g.lower_ for g in where.children if g.dep_ == "prep"
                              and g.lower_ in ("for", "against")]
        parts = [f"{a} {b}" for a in prts for b in preps] + prts + preps
        objs = self._objects(v)
        found: Frame | None = None
        with_classes = info.classes
        keys: list[tuple[str, Token | None]] = []
        for o, via in objs:  # "take part in", "pay tribute to"
            if via is None:
                for p in preps + [c.lower_ for c in o.children if c.dep_ == "prep"]:
                    keys.append((f"{lem} {o.lem} {p}", None))
        for p in parts:
            for o, via in objs:
                if via == p or (via is None and p in prts):
                    keys.append((f"{lem} {p} [{o.lem}]", o))
                    if with_classes:
                        keys.extend((f"{lem} {p} [@{c}]", o) for c in sorted(self.classes(o)))
        for o, via in objs:
            if via is None:
                keys.append((f"{lem} [{o.lem}]", o))
                if with_classes:
                    keys.extend((f"{lem} [@{c}]", o) for c in sorted(self.classes(o)))
        subj = _child(v, "nsubj") if info.subject else None
        if subj is not None:  # "peacekeepers arrived", "troops began leaving"
            keys.extend((f"[@{c}] {lem}", None) for c in sorted(self.classes(subj)))
        for o, via in objs:
            if via is None and o.dep_ in ("dobj", "nsubjpass"):
                keys.append((f"{lem} [@any]", o))
                break
        keys.extend((f"{lem} {p}", None) for p in parts)
        keys.append((lem, None))
        for key, o in keys:
            e = table.get(key)
            if e is None:
                continue
            if e.type == LIGHT:
                noun = o if o is not None else self._light_noun(v, objs)
                ne = self.noun_entry(noun) if noun is not None else None
                if ne is None or ne.type is None:
                    if o is None:
                        found = None
                        break
                    continue
                found = Frame(ne.type, ne.mode, key, v, noun=noun, obj=noun)
            else:
                noun = None
                if o is not None:
                    ne = self.noun_entry(o)
                    if ne is not None and ne.type is not None:
                        noun = o
                found = Frame(e.type, e.mode, key, v, noun=noun, obj=o)
            break
        if use_cache:
            self.frame_cache[v.i] = found
        return found

    def _light_noun(self, v: Token, objs: list[tuple[Token, str | None]]) -> Token | None:
        """The event noun a light verb carries: its object, or its subject when intransitive
        ("talks began")."""
        for o, via in objs:
            if via is None or via in ("in", "on"):
                ne = self.noun_entry(o)
                if ne is not None and ne.type is not None:
                    return o
        if not objs:
            subj = _child(v, "nsubj")
            if subj is not None:
                ne = self.noun_entry(subj)
                if ne is not None and ne.type is not None:
                    return subj
        return None

    # -- context: negation, modality, embedding ------------------------------------------
    def context(self, v: Token) -> Context:
        """Negation, modality and embedding of a trigger, from the trigger up to the root."""
        ctx = Context()
        self._own_flags(v, ctx)
        cur = v
        first = True
        for _ in range(12):
            dep, head = cur.dep_, cur.head
            if head.i == cur.i or dep == "ROOT":
                break
            kinds = self.lex.kinds(head.lem)
            if dep == "conj":
                if first and not ctx.future and not _children(cur, "aux", "auxpass") and not (
                    cur.tag_ in ("VBD", "VBZ") and head.tag_ == "VB"
                ):  # "said the tariffs would raise prices and called on ...": own tense
                    hctx = Context()
                    self._own_flags(head, hctx)
                    ctx.future = ctx.future or hctx.future
                    ctx.hypothetical = ctx.hypothetical or hctx.hypothetical
                cur = head
                continue
            if dep in ("xcomp",) or (dep == "ccomp" and head.pos_ == "ADJ") or (
                dep == "advcl" and any(m.dep_ == "mark" and m.lower_ == "for"
                                       for m in cur.children)):
                hf = self.frame(head)
                if first and hf is not None and hf.type in PLOVER_TYPES and hf.noun is None:
                    ctx.blocked = ctx.blocked or "complement"
                if first and "aspect" in kinds and head.dep_ in ("xcomp", "ccomp") and (
                    head.head.i != head.i
                ):  # "urged X to keep working with Y": still the urging's complement
                    uf = self.frame(head.head)
                    if uf is not None and uf.type in PLOVER_TYPES and uf.noun is None:
                        ctx.blocked = ctx.blocked or "complement"
                if first and "commit" in kinds and head.pos_ == "ADJ":
                    ctx.blocked = ctx.blocked or "complement"
                if "nonfactual" in kinds:
                    ctx.blocked = ctx.blocked or "nonfactual"
                if "negative" in kinds:
                    ctx.negated = True
                    ctx.failed = ctx.failed or head.lem == "fail"
                if "future" in kinds:
                    ctx.future = True
                if "speech" in kinds:
                    self._set_speaker(head, ctx)
                if head.lem == "have" and _child(cur, "aux") is not None:
                    ctx.obligation = True
                    self._own_flags(head, ctx)
                if head.lem == "go" and head.tag_ == "VBG":
                    ctx.future = True
                first = False
                cur = head
                continue
            if dep == "ccomp" or dep == "parataxis":
                hf = self.frame(head)
                if "speech" in kinds or (dep == "parataxis" and "speech" in kinds):
                    self._set_speaker(head, ctx)
                    # "said it was open to talks, but only if ..."
                    for c in head.children:
                        if c.dep_ in ("conj", "advcl") and c.i > cur.i and self._is_condition(
                            _child(c, "mark")
                        ):
                            ctx.conditional = True
                elif "nonfactual" in kinds:
                    ctx.blocked = ctx.blocked or "nonfactual"
                elif hf is not None and hf.type in PLOVER_TYPES and first:
                    ctx.blocked = ctx.blocked or "complement"
                else:
                    ctx.reported = True
                    if ctx.reporter is None:
                        ctx.reporter = _child(head, "nsubj")
                first = False
                cur = head
                continue
            if dep == "advcl":
                mark = _child(cur, "mark")
                if self._is_condition(mark):
                    ctx.blocked = ctx.blocked or "conditional-clause"
                elif first and _child(cur, "aux") is not None and cur.tag_ == "VB" and (
                    _child(cur, "nsubj") is None
                ) and head.lem not in SENDING:
                    ctx.blocked = ctx.blocked or "purpose"
                first = False
                cur = head
                continue
            if dep == "acl":
                if first:
                    if head.pos_ in ("NOUN", "PROPN") and (
                        self.lex.kinds(head.lem) & {"noplan", "noright"}
                        or _child(cur, "aux") is not None
                        or (self._is_event_noun(head) and cur.tag_ != "VBN")
                    ):
                        ctx.blocked = ctx.blocked or "noun-complement"
                    elif cur.tag_ == "VBN":
                        agent = _child(cur, "agent")
                        pobj = _child(agent, "pobj") if agent is not None else None
                        if pobj is None or not self._agentive(pobj) or not (
                            head.dep_ in ("nsubj", "nsubjpass", "dobj", "ROOT", "appos")
                            and head.head.dep_ in ("ROOT", "conj")
                        ):
                            ctx.blocked = ctx.blocked or "modifier"
                first = False
                cur = head
                continue
            if dep == "relcl":
                if first:
                    subject_relative = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in
                                           RELATIVE for c in cur.children)
                    # "talks in which X blocked Y": the clause is an event of its own
                    adverbial = any(c.dep_ == "prep" and any(
                        p.dep_ == "pobj" and p.lower_ in RELATIVE for p in c.children)
                        for c in cur.children) or any(
                        c.dep_ == "advmod" and c.lower_ in ("where", "when")
                        for c in cur.children)
                    if not subject_relative and not adverbial and not (
                        self._is_event_noun(head)
                        or self.classes(head) & (PROPOSAL_CLASSES | {"document"})
                    ):
                        ctx.blocked = ctx.blocked or "relative-clause"
                    elif subject_relative and self._background(cur, head):
                        ctx.blocked = ctx.blocked or "background"
                first = False
                cur = head
                continue
            if dep == "pcomp":
                prep = head
                if prep.lower_ == "without":
                    ctx.negated = True
                elif first and prep.lower_ in ("of", "for") and prep.head.lem in (
                    "guilty", "responsible", "convict", "culpable"
                ):
                    pass  # "guilty of violating the ceasefire": it happened
                elif first and prep.lower_ in ("of", "against", "for", "to", "about", "from",
                                               "on", "into", "in", "over", "with", "towards"):
                    ctx.blocked = ctx.blocked or "complement"
                first = False
                cur = prep.head
                continue
            if dep in ("csubj", "csubjpass", "nsubj", "nsubjpass", "dobj", "pobj", "amod",
                       "compound", "attr", "npadvmod", "appos", "nmod", "poss") and first:
                if cur.pos_ in ("VERB", "AUX"):
                    ctx.blocked = ctx.blocked or "nominal"
            first = False
            cur = head
        if not ctx.speaker:
            self._speaker_from_children(v, ctx)
        return ctx

    def _background(self, clause: Token, head: Token) -> bool:
        """"France, which pushed for the investigation, welcomed ...": a relative clause set
        off by commas on an actor that acts in the main clause tells its background, not the
        news."""
        if head.i not in self.mmap or head.dep_ not in ("nsubj", "nsubjpass"):
            return False
        rel = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")
                    and c.lower_ in RELATIVE), None)
        if rel is None or rel.i == 0:
            return False
        doc = clause.doc
        if doc[rel.i - 1].text != ",":
            return False
        main = head.head
        if not (main.is_verb and main.i > clause.i):
            return False
        f = self.frame(clause)  # "X, who met Y on the sidelines, said": a meeting is news
        return f is None or f.type != "CONSULT"

    def _conditions(self) -> set[str]:
        if self._conds is None:
            self._conds = {w for w, k in self.lex.control.items() if "condition" in k}
        return self._conds

    def _is_condition(self, mark: Token | None) -> bool:
        """"if", "unless", "as long as" ... as the subordinator of a clause."""
        if mark is None:
            return False
        if mark.lower_ in self._conditions():
            return True
        if mark.lower_ == "as" and mark.i > 0 and mark.doc[mark.i - 1].lower_ == "long":
            return True
        return False

    def _own_flags(self, v: Token, ctx: Context) -> None:
        for c in v.children:
            low = c.lower_
            if c.dep_ == "neg" or (c.dep_ == "advmod" and (low in ("never", "no longer") or (
                low == "longer" and any(x.lower_ == "no" for x in c.children)))):
                ctx.negated = True
                auxes = [a for a in v.children if a.dep_ in ("aux", "auxpass")]
                if any((a.lemma_ == "do" and a.tag_ in ("VBZ", "VBP")) or a.lower_ in (
                        "can", "ca", "cannot") for a in auxes) or (
                        not auxes and v.tag_ in ("VBZ", "VBP")):
                    ctx.present_negation = True
            elif c.dep_ in ("aux", "auxpass"):
                kinds = self.lex.kinds(low) | self.lex.kinds(c.lem)
                if "modal_future" in kinds:
                    ctx.future = True
                if "modal_hypothetical" in kinds:
                    if low in ("can", "ca") and any(x.dep_ == "neg" for x in v.children):
                        ctx.future = True  # "cannot accept": a refusal, like "will not"
                    else:
                        ctx.hypothetical = True
                if "modal_obligation" in kinds:
                    ctx.obligation = True
            elif c.dep_ in ("nsubj", "nsubjpass", "dobj") and (any(
                d.lower_ in ("no", "neither") and d.dep_ == "det" for d in c.children
            ) or c.lower_ in ("nobody", "nothing", "none", "noone")):
                ctx.negated = True
            elif c.dep_ == "advcl":
                mark = _child(c, "mark")
                if self._is_condition(mark):
                    ctx.conditional = True
            elif c.dep_ == "prep" and low == "if":
                ctx.conditional = True
            elif c.dep_ == "xcomp" and c.is_verb and v.lem not in OBJECT_CONTROL and (
                self._conditional_below(c, strict=True)
            ):
                # "would support making the tariffs permanent only if ...": the condition
                # hangs on the complement
                ctx.conditional = True
        if v.dep_ == "advcl":
            mark = _child(v, "mark")
            if self._is_condition(mark):
                ctx.conditional = True

    # -- speakers -------------------------------------------------------------------------
    def _set_speaker(self, verb: Token, ctx: Context) -> None:
        ctx.reported = True
        if ctx.speaker:
            return
        subj = _child(verb, "nsubj") or self._inherited_subject(verb)
        if subj is None:
            agent = _child(verb, "agent")
            subj = _child(agent, "pobj") if agent is not None else None
        if subj is not None:
            ctx.speaker = self.actors(subj, allow_speaker=False)
            ctx.speaker_tok = subj

    def _speaker_from_children(self, v: Token, ctx: Context) -> None:
        """``"...," X said``: the speech verb may hang below the event's clause."""
        root = v
        while root.dep_ in ("conj", "xcomp", "ccomp", "advcl") and root.head.i != root.i:
            root = root.head
        for c in root.children:
            if c.dep_ in ("parataxis", "ccomp", "advcl") and "speech" in self.lex.kinds(
                c.lem
            ) and c.i > v.i:
                self._set_speaker(c, ctx)
                return
            if c.dep_ == "prep" and c.lower_ == "according":
                to = _child(c, "prep")
                pobj = _child(to, "pobj") if to is not None else None
                if pobj is not None:
                    ctx.reported = True
                    ctx.speaker = self.actors(pobj, allow_speaker=False)
                    ctx.speaker_tok = pobj
                    return
        sp = self._quote_speaker(v)
        if sp is not None:
            ctx.reported = True
            ctx.speaker, ctx.speaker_tok = sp

    def _statement_index(self, doc: Doc) -> list[tuple[int, int, str]]:
        stmts = doc._.statements
        out = []
        if isinstance(stmts, list):
            for s in stmts:
                content = getattr(s, "content", None)
                speaker = getattr(s, "speaker", None)
                if content is not None and speaker:
                    out.append((content.start, content.end, speaker))
        return out

    def _quotes(self) -> list[tuple[int, int]]:
        if self.quote_spans is None:
            spans = []
            article = self.doc._.article
            text = getattr(article, "text", None)
            last = self.doc[-1] if len(self.doc) else None
            if not isinstance(text, str) or last is None or (
                len(text) != last.idx + len(last.text_with_ws)
            ):
                text = doc_text(self.doc)
            for m in re.finditer(r"“[^”]*”|\"[^\"]*\"", text):
                spans.append((m.start(), m.end()))
            self.quote_spans = spans
        return self.quote_spans

    def _quote_speaker(self, v: Token) -> tuple[list[str], Token | None] | None:
        pos = v.idx
        for start, end, speaker in self.statements:
            if start <= pos < end:
                return [speaker], None
        for q in self._quotes():
            if q[0] <= pos < q[1]:
                if q not in self.quote_speaker:
                    self.quote_speaker[q] = self._find_quote_speaker(q)
                found = self.quote_speaker[q]
                return found if found[0] else None
        return None

    def _find_quote_speaker(self, q: tuple[int, int]) -> tuple[list[str], Token | None]:
        doc = self.sdoc
        first = self.doc.char_span(q[0], q[0] + 1, alignment_mode="expand")
        last = self.doc.char_span(q[1] - 1, q[1], alignment_mode="expand")
        sents = []
        if last is not None:
            sents.append(doc[last[0].i].sent)
        if first is not None and doc[first[0].i].sent not in sents:
            sents.append(doc[first[0].i].sent)
        for sent in sents:
            for tok in sent:
                if q[0] <= tok.idx < q[1]:
                    continue
                if "speech" in self.lex.kinds(tok.lem) and tok.is_verb:
                    subj = _child(tok, "nsubj")
                    if subj is not None and not (q[0] <= subj.idx < q[1]):
                        return self.actors(subj, allow_speaker=False), subj
        # "X was blunt: '...'"
        if first is not None:
            i = first[0].i - 1
            if i >= 0 and doc[i].text == ":":
                root = doc[i].sent.root
                subj = _child(root, "nsubj")
                if subj is not None:
                    return self.actors(subj, allow_speaker=False), subj
        return [], None

    # -- actors ---------------------------------------------------------------------------
    def actors(self, tok: Token, allow_speaker: bool = True, depth: int = 0) -> list[str]:
        """Actor ids a noun phrase head refers to (several for a list)."""
        a = self.mmap.get(tok.i)
        if a is not None:
            return [a]
        low = tok.lower_
        if low in RELATIVE and tok.head.dep_ == "relcl":
            return self.actors(tok.head.head, allow_speaker, depth)
        if low in FIRST_PERSON and allow_speaker:
            ctx = Context()
            self._climb_for_speaker(tok, ctx)
            if ctx.speaker:
                return ctx.speaker
        if depth > 2:
            return []
        # "Three Baltic countries - Latvia, Lithuania and Estonia"
        for c in tok.children:
            if c.dep_ == "appos":
                found = [x for t in _conjuncts(c) for x in self.actors(t, allow_speaker,
                                                                        depth + 1)]
                if found:
                    return _unique(found)
        # "countries like the Czech Republic, Finland"
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in LIST_PREPS:
                pobj = _child(c, "pobj") or (_child(_child(c, "prep"), "pobj")
                                             if _child(c, "prep") is not None else None)
                if pobj is not None:
                    found = [x for t in _conjuncts(pobj) for x in self.actors(t, allow_speaker,
                                                                               depth + 1)]
                    if found:
                        return _unique(found)
        # modifiers: "EFF supporters", "Syrian government forces", "Russia's troops"
        for c in tok.lefts:
            if c.dep_ in ("compound", "amod", "nmod", "poss"):
                ids = self._first_actor(c)
                if ids:
                    if c.dep_ == "poss" and tok.lem in STATE_NOUNS:
                        # "her government" is the state of the person, not the person
                        state = self._state_of(ids[0])
                        if state is not None:
                            return [state]
                    return ids[:1]
        # "the spokesperson" after "a State Department spokesperson"
        if any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and (
            tok.pos_ == "NOUN" and len(list(tok.lefts)) == 1
        ):
            found = self._earlier_mention(tok)
            if found is not None:
                return [found]
        # "members of ASEAN", "forces from Chad" (not "stats from the Pentagon")
        group = self.classes(tok) & {"people", "troops", "diplomat", "org"}
        for c in tok.rights if group else ():
            if c.dep_ == "prep" and c.lower_ in ("of", "from", "on"):
                pobj = _child(c, "pobj")
                if pobj is not None and (c.lower_ != "on" or pobj.lem in SIDE_NOUNS):
                    # "mediators from Egypt and Qatar", "commanders on both sides"
                    found = _unique([x for t in _conjuncts(pobj)
                                     for x in self.actors(t, allow_speaker, depth + 1)])
                    if found:
                        return found
        return self._sides(tok)

    def _first_actor(self, tok: Token) -> list[str]:
        """The actor of the first token of ``tok``'s subtree that names one (in subtree
        order), as a one-item list; empty if none does."""
        mmap = self.mmap
        for t in tok.subtree:
            if t.i in mmap:
                return [mmap[t.i]]
        return []

    def _sides(self, tok: Token) -> list[str]:
        """"both sides", "the two parties": the two parties last seen opposed or addressed
        together."""
        if tok.lem not in SIDE_NOUNS or len(self.sides) != 2:
            return []
        words = {c.lower_ for c in tok.children}
        if "both" in words or {"the", "two"} <= words:
            return list(self.sides)
        return []

    def _earlier_mention(self, tok: Token) -> str | None:
        """The actor of the latest earlier mention with the same head word ("the
        spokesperson" -> "a State Department spokesperson"), if only one actor has one."""
        by_word = self.mentions_by_word
        if by_word is None:  # last word -> (end, start, actor) of each mention, in order
            by_word = self.mentions_by_word = {}
            for a in self.doc._.actors or []:
                for m in a.mentions:
                    word = m.text.lower().rsplit(" ", 1)[-1]
                    by_word.setdefault(word, []).append((m.end, m.start, a.id))
        best: tuple[int, str] | None = None
        owners = set()
        for end, start, actor_id in by_word.get(tok.lower_, ()):
            if end <= tok.idx:
                owners.add(actor_id)
                if best is None or start > best[0]:
                    best = (start, actor_id)
        return best[1] if best is not None and len(owners) == 1 else None

    def _state_of(self, actor_id: str) -> str | None:
        """The country actor of a person ("her government" -> the country)."""
        actors = {a.id: a for a in self.doc._.actors or []}
        person = actors.get(actor_id)
        if person is None or person.type != "person" or not person.country:
            return None
        for a in actors.values():
            if a.type == "country" and a.country == person.country:
                return a.id
        return None

    def _climb_for_speaker(self, tok: Token, ctx: Context) -> None:
        cur = tok.head
        for _ in range(10):
            if "speech" in self.lex.kinds(cur.lem) and cur.is_verb:
                self._set_speaker(cur, ctx)
                if ctx.speaker:
                    return
            if cur.head.i == cur.i:
                break
            cur = cur.head
        self._speaker_from_children(tok.head, ctx)

    def owner(self, tok: Token) -> list[str]:
        """Who a thing belongs to: "Macron's idea", "a Philippine proposal", "the draft
        circulated by X", or whoever an earlier sentence tied the word to."""
        for c in tok.children:
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < tok.i:
                ids = self._first_actor(c)
                if ids:
                    return ids
                if c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN"):
                    found = self.owner(c)
                    if found:
                        return found
        for c in tok.rights:
            if c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
                pobj = _child(c, "pobj")
                if pobj is not None:
                    found = self.actors(pobj)
                    if found:
                        return found
            if c.dep_ == "acl":
                agent = _child(c, "agent")
                pobj = _child(agent, "pobj") if agent is not None else None
                if pobj is not None:
                    found = self.actors(pobj)
                    if found:
                        return found
        found = self.owners.get(tok.lem)
        if found is None and "proposal" in self.classes(tok):
            found = self.owners.get("@proposal")  # "the idea" after "a Hungarian proposal"
        return list(found or [])

    def _remember_owner(self, tok: Token) -> None:
        """Tie nouns to their makers for later sentences ("the draft", "the ruling")."""
        if tok.pos_ in ("NOUN", "PROPN") and tok.i not in self.mmap:
            own = []
            for c in tok.children:
                if c.dep_ in ("poss", "compound", "amod") and c.i < tok.i:
                    own = self._first_actor(c)
                    if own:
                        break
                if c.dep_ == "acl":
                    agent = _child(c, "agent")
                    pobj = _child(agent, "pobj") if agent is not None else None
                    if pobj is not None:
                        own = self.actors(pobj)[:1]
                        if own:
                            break
            if not own and tok.dep_ == "dobj" and tok.head.lem in (
                "issue", "circulate", "propose", "submit", "table", "present", "unveil",
                "draft", "release", "publish", "announce", "adopt", "make", "put", "hand",
                "deliver", "pass"
            ):
                subj = _child(tok.head, "nsubj")
                if subj is not None:
                    own = self.actors(subj)[:1]
            if own:
                self.owners[tok.lem] = own
                if "proposal" in self.classes(tok):
                    self.owners["@proposal"] = own
        if tok.is_verb:
            nouns = NOMINALIZATIONS.get(tok.lem, ())
            if nouns:
                subj = _child(tok, "nsubj") or self._inherited_subject(tok)
                if subj is not None:
                    own = self.actors(subj)[:1]
                    if own:
                        for noun in nouns:
                            self.owners[noun] = own

    def _inherited_subject(self, v: Token) -> Token | None:
        """The subject of a verb without one: from the verb it is coordinated with, the verb
        that controls it, or the clause a participle hangs on."""
        cur = v
        for _ in range(6):
            subj = _child(cur, "nsubj")
            if subj is not None and cur.i != v.i:
                if subj.lower_ in RELATIVE and cur.dep_ == "relcl" and v.dep_ == "advcl" and (
                    not self.actors(subj)
                ):
                    # "struck down a provision of the Act that allowed X, ruling that ...":
                    # the participle belongs to the main clause
                    up = cur.head
                    while not up.is_verb and up.head.i != up.i:
                        up = up.head
                    if up.is_verb and up.i != cur.i:
                        cur = up
                        continue
                return subj
            if cur.dep_ in ("conj", "advcl") and cur.head.is_verb:
                cur = cur.head
                continue
            if cur.dep_ == "xcomp":
                head = cur.head
                if head.lem in OBJECT_CONTROL or (
                    head.lem == "call" and _child(head, "prep") is not None
                ):
                    obj = _child(head, "dobj")
                    if obj is None:
                        on = next((c for c in head.children if c.dep_ == "prep"
                                   and c.lower_ in ("on", "upon")), None)
                        obj = _child(on, "pobj") if on is not None else None
                    if obj is not None:
                        return obj
                cur = head
                continue
            if cur.dep_ in ("acl", "relcl") and cur.head.pos_ in ("NOUN", "PROPN"):
                return cur.head
            if cur.dep_ == "pcomp" and cur.head.dep_ == "prep":
                cur = cur.head.head
                continue
            break
        return None

    def _is_event_noun(self, tok: Token) -> bool:
        e = self.noun_entry(tok)
        return e is not None and e.type is not None

    # -- triggers --------------------------------------------------------------------------
    def _trigger(self, v: Token) -> None:
        if v.pos_ == "ADJ" or (v.lem in ("be", "remain", "stay") and v.is_verb):
            if self._willingness(v):
                return
        if v.lem == "have":
            if self._no_plans(v):
                return
        ctx: Context | None = None
        # the speaker's own acts in reported speech
        lem = v.lem
        if v.is_verb and (lem in self.speaker_index or " " in lem or "]" in lem):
            sf = self.frame(v, self.lex.speaker)  # (None for any other lemma)
            if sf is not None:
                ctx = self.context(v)
                if sf.obj is not None and sf.obj.pos_ == "ADJ" and any(
                    c.dep_ == "prep" and _child(c, "pcomp") is not None
                    for c in sf.obj.children
                ):  # "the dam is essential to lifting millions out of poverty": a purpose
                    sf = Frame(NONE, None, sf.key, v)
                if ctx.reported and ctx.speaker and not ctx.blocked and sf.type != NONE:
                    self._speaker_event(v, sf, ctx)
                    return
        if not v.is_verb:
            return
        if v.tag_ in ("VBN", "VBG") and _no_act(v):
            return
        if v.dep_ == "advcl" and v.tag_ in ("VBP", "VBZ") and any(
            c.dep_ == "mark" and c.lower_ in TIME_MARKS for c in v.children
        ):  # "before leaders meet in June", "while our crops burn": no act happens
            return
        if lem == "expect" and self._expectation(v):
            return
        if (lem in LABEL_VERBS or lem in DESCRIBE_VERBS) and self._labelling(v):
            return
        if lem in FINDING_VERBS and self._finding(v):
            return
        if lem == "tell":
            self._telling(v)
        f = self.frame(v)
        if f is None or f.type == NONE:
            if ctx is None and self._may_oblige(v) and self._obligation_possible(v):
                ctx = self.context(v)
            if ctx is not None:
                self._obligation(v, ctx)
            self._stance(v)
            return
        ctx = ctx or self.context(v)
        if f.type in ("COOPERATE", "AID") and v.dep_ == "xcomp" and v.tag_ == "VBG" and (
            v.head.lem in STOP_VERBS and ctx.negated and not ctx.blocked
        ):  # "stopped sharing data with X": ending cooperation is a sanction
            hctx = Context()
            self._own_flags(v.head, hctx)
            if not (hctx.negated or hctx.hypothetical or hctx.conditional):
                f = Frame("SANCTION", None, f.key + "+stopped", v, noun=f.noun, obj=f.obj)
                ctx.negated = False
        if ctx.obligation and ctx.reported and ctx.speaker:
            self._obligation(v, ctx)
            return
        self._verb_event(v, f, ctx)

    def _telling(self, v: Token) -> None:
        """"Blinken told Netanyahu that ...": one leader telling another in person or by
        phone is a consultation (CONSULT); telling reporters or a body is only speech."""
        addressee = _child(v, "dobj", "dative")
        subj = _child(v, "nsubj")
        if addressee is None or subj is None:
            return
        if addressee.pos_ == "ADP":
            addressee = _child(addressee, "pobj")
            if addressee is None:
                return
        persons = [a for a in self.actors(addressee)
                   if getattr(self.actor_by_id.get(a), "type", None) == "person"]
        speakers = [a for a in self.actors(subj)
                    if getattr(self.actor_by_id.get(a), "type", None) == "person"]
        if not persons or not speakers or set(persons) & set(speakers):
            return
        ctx = self.context(v)
        if ctx.blocked or ctx.negated or ctx.hypothetical or ctx.conditional or ctx.future:
            return
        f = Frame("CONSULT", None, "tell [@person]", v, obj=addressee)
        args = Args([(a, subj) for a in speakers], [(a, addressee) for a in persons])
        self._make(f, ctx, args, "telling")

    def _finding(self, v: Token) -> bool:
        """"its investigation found that Beijing subsidised ...": what an inquiry finds
        another actor did is an accusation by whoever ran the inquiry."""
        subj = _child(v, "nsubj")
        comp = _child(v, "ccomp")
        if subj is None or comp is None or subj.lem not in INQUIRY_NOUNS:
            return False
        csubj = _child(comp, "nsubj")
        if csubj is None:
            return False
        ctx = self.context(v)
        if ctx.blocked or ctx.negated or ctx.hypothetical or ctx.conditional or ctx.future:
            return False
        owners = self.owner(subj)
        if not owners and ctx.speaker:
            owners = list(ctx.speaker)
        src_tok = _child(subj, "poss") or ctx.speaker_tok or subj
        targets = [(a, csubj) for a in self.actors(csubj) if a not in owners]
        if not owners or not targets:
            return False
        f = Frame("ACCUSE", "investigate", f"{subj.lem} {v.lem}", v, obj=csubj)
        self._make(f, ctx, Args([(a, src_tok) for a in owners], targets), "finding")
        return True

    def _labelling(self, v: Token) -> bool:
        """"X called Y's behaviour 'a deliberate test'": labelling another actor's conduct
        in the main clause is criticism (ACCUSE), unless the label is praise."""
        label = _child(v, "oprd")
        obj = _child(v, "dobj")
        if label is None and v.lem in DESCRIBE_VERBS:  # "described X as 'intimidation'"
            as_ = next((c for c in v.children if c.dep_ == "prep" and c.lower_ == "as"), None)
            label = _child(as_, "pobj") if as_ is not None else None
        if label is None or v.dep_ not in ("ROOT", "conj", "advcl"):
            return False
        if any(t.lem in PRAISE_WORDS for t in label.subtree):
            return True
        blame = any(t.lem in BLAME_LABELS for t in label.subtree)
        if obj is None:
            if not blame:
                return v.lem in DESCRIBE_VERBS
            comp = _child(v, "ccomp")  # "X began drills, an exercise Y described as ..."
            obj = _child(comp, "nsubj") if comp is not None and comp.i < v.i else None
        ctx = self.context(v)
        if ctx.blocked or ctx.negated or ctx.hypothetical or ctx.conditional or ctx.future:
            return True
        f = Frame("ACCUSE", "disapprove", f"{v.lem} [@label]", v, obj=obj)
        args = self.arguments(v, f)
        src = {a for a, _ in args.sources if a}
        pairs = [] if obj is None else [
            (a, o) for o in _conjuncts(obj) for a in (self.actors(o) or self.owner(o))
            if a not in src]
        if not pairs and not blame:
            return True
        args.targets = list(dict(pairs).items()) or [(None, None)]
        self._make(f, ctx, args, "label", extra_end=label.right_edge.i + 1)
        return True

    def _expectation(self, v: Token) -> bool:
        """"X expected Y to allow more aid": X's request to the actor Y."""
        comp = _child(v, "ccomp", "xcomp")
        if comp is None or not comp.is_verb or _child(comp, "aux") is None or (
            _child(comp, "aux").lower_ != "to"  # type: ignore[union-attr]
        ):
            return False
        csubj = _child(comp, "nsubj") or _child(v, "dobj")
        if csubj is None or not self.actors(csubj):
            return False
        ctx = self.context(v)
        if ctx.blocked or ctx.negated or ctx.hypothetical or ctx.conditional or ctx.future:
            return True
        f = Frame("REQUEST", None, "expect", v)
        args = self.arguments(v, f)
        src = {a for a, _ in args.sources if a}
        args.targets = [(a, t) for a, t in self._resolve(csubj) if a and a not in src]
        if not args.targets:
            return True
        ctype, _, _ = self._complement_info(comp, src)
        mode = COMPLEMENT_MODE.get(ctype or "", "appeal") if ctype in (
            "CONSULT", "AGREE", "AID") else "appeal"
        self._make(Frame("REQUEST", mode, "expect", v), ctx, args, "expectation")
        return True

    def _stance(self, v: Token) -> None:
        """"took a firm stance against X" is REJECT; "a stance in favour of" SUPPORT."""
        if v.lem not in ("take", "adopt", "hold", "maintain"):
            return
        obj = _child(v, "dobj")
        if obj is None or "stance" not in self.classes(obj):
            return
        against = next((c for c in list(obj.children) + list(v.children)
                        if c.dep_ == "prep" and c.lower_ == "against"), None)
        if against is None:
            return
        ctx = self.context(v)
        if ctx.blocked or ctx.negated or ctx.hypothetical:
            return
        f = Frame("REJECT", None, "take [@stance] against", v, obj=obj)
        self._emit(v, f, ctx, "stance-against", extra_end=against.right_edge.i + 1)

    def _willingness(self, v: Token) -> bool:
        """"X is ready/willing/open to ..." -> AGREE by X (unless conditional)."""
        adj = v
        if v.pos_ != "ADJ":
            return False
        if "commit" not in self.lex.kinds(adj.lem) and "commit" not in self.lex.kinds(
            adj.lower_
        ):
            return False
        if adj.dep_ not in ("acomp", "oprd", "xcomp", "ROOT", "amod") or (
            adj.dep_ == "amod"
        ):
            return False
        comp = _child(adj, "xcomp")
        to = next((c for c in adj.children if c.dep_ == "prep" and c.lower_ in ("to", "for")),
                  None)
        if comp is None and to is None:
            return False
        cop = adj.head if adj.dep_ != "ROOT" else adj
        ctx = self.context(cop)
        own = Context()
        self._own_flags(adj, own)
        if ctx.blocked or ctx.hypothetical or ctx.conditional or own.conditional:
            return True
        if self._conditional_below(cop) or self._conditional_below(adj):
            return True
        if ctx.negated:
            return True
        f = Frame("AGREE", None, f"{adj.lem} {to.lower_ if to is not None else 'to'}", cop)
        self._controller_event(cop, f, ctx, comp if comp is not None else to, "willingness",
                               trigger=adj)
        return True

    def _conditional_below(self, v: Token, strict: bool = False) -> bool:
        """A condition ("if", "unless", "only if") under ``v``; ``strict``: not "until" (a
        time limit on a demand)."""
        for t in v.subtree:
            if t.dep_ == "mark" and self._is_condition(t) and t.head.dep_ in ("advcl", "conj"):
                if strict and t.lower_ == "until":
                    continue
                return True
        return False

    def _no_plans(self, v: Token) -> bool:
        """"has no plans to send troops" -> REJECT by the subject; "had no right to" -> REJECT
        by the speaker."""
        obj = _child(v, "dobj")
        if obj is None:
            return False
        neg = any(c.dep_ == "det" and c.lower_ in ("no",) for c in obj.children) or any(
            c.dep_ == "neg" for c in v.children)
        if not neg:
            return False
        kinds = self.lex.kinds(obj.lem)
        if "noplan" not in kinds and "noright" not in kinds:
            return False
        ctx = self.context(v)
        if ctx.blocked in ("nonfactual", "conditional-clause"):
            return True
        ctx.negated = False  # the "no" is the refusal itself
        comp = _child(obj, "acl") or _child(obj, "xcomp")
        if "noright" in kinds:
            if not (ctx.reported and ctx.speaker):
                return True
            f = Frame("REJECT", None, f"have no [{obj.lem}]", v, obj=obj)
            self._controller_event(v, f, ctx, comp, "no-right", speaker_source=True)
            return True
        f = Frame("REJECT", None, f"have no [{obj.lem}]", v, obj=obj)
        self._controller_event(v, f, ctx, comp, "no-plans")
        return True

    def _noun_trigger(self, n: Token) -> None:
        """Event nouns outside light verbs: "prompting a series of rebuttals within X"."""
        head = n.head
        base = n
        if n.dep_ == "pobj" and n.head.lower_ == "of" and n.head.head.lemma_.lower() in (
            QUANTITY_NOUNS
        ):
            base = n.head.head
            head = base.head
        if base.dep_ == "pobj" and head.lower_ == "for" and head.head.lem == "responsible":
            self._responsible(n, head.head)
            return
        if base.dep_ != "dobj" or "cause" not in self.lex.kinds(head.lem):
            return
        ne = self.noun_entry(n)
        if ne is None or ne.type is None:
            return
        ctx = self.context(head)
        if ctx.blocked or ctx.negated or ctx.hypothetical:
            return
        sources: list[tuple[str | None, Token | None]] = []
        for c in list(base.children) + (list(n.children) if base.i != n.i else []):
            if c.dep_ == "prep" and c.lower_ in LIST_PREPS:
                pobj = _child(c, "pobj")
                if pobj is not None:
                    sources = [(a, t) for t in _conjuncts(pobj) for a in self.actors(t)]
                    if sources:
                        break
        for c in [] if sources else n.children:
            if c.dep_ == "prep" and c.lower_ in ("within", "from", "by", "among", "in"):
                pobj = _child(c, "pobj")
                if pobj is not None:
                    sources = [(a, pobj) for a in self.actors(pobj)]
                    if sources:
                        break
        if not sources:
            return
        subj = _child(head, "nsubj") or self._inherited_subject(head)
        targets: list[tuple[str | None, Token | None]] = []
        if subj is not None:
            targets = [(a, subj) for a in (self.actors(subj) or self.owner(subj))]
        f = Frame(ne.type, ne.mode, f"{head.lem} [{n.lem}]", head, noun=n, obj=n)
        self._make(f, ctx, Args(sources, targets or [(None, None)]), "caused-noun",
                   trigger=n)

    def _responsible(self, n: Token, adj: Token) -> None:
        """"X is responsible for the killings": X did it."""
        ne = self.noun_entry(n)
        if ne is None or ne.type is None or ne.type in VERBAL:
            return
        cop = adj.head if adj.dep_ in ("acomp", "amod") else adj
        subj = _child(cop, "nsubj")
        if subj is None:
            return
        ctx = self.context(cop)
        if ctx.blocked or ctx.negated or ctx.hypothetical or ctx.future:
            return
        f = Frame(ne.type, ne.mode, f"responsible for [{n.lem}]", cop, noun=n, obj=n)
        args = Args(self._resolve(subj), self._noun_targets(n) or [(None, None)])
        self._make(f, ctx, args, "responsible", trigger=n)

    # -- verb events ---------------------------------------------------------------------------
    def _verb_event(self, v: Token, f: Frame, ctx: Context) -> None:
        if ctx.blocked:
            return
        if f.key == "use as [shield]":  # human shields are people, not a treaty
            obj = _child(v, "dobj")
            if obj is not None and obj.lower_ in RELATIVE and v.dep_ == "relcl":
                obj = v.head
            if obj is not None and not self.actors(obj) and "people" not in self.classes(obj):
                return
        if f.type == "SUPPORT" and v.lem in ("defend", "justify"):
            obj = _child(v, "dobj")
            if obj is not None and not self.actors(obj):
                subj = _child(v, "nsubj")
                own = set(self.actors(subj)) if subj is not None else set()
                owners = set(self.owner(obj))
                if obj.lem in OWN_CONDUCT and owners <= own:
                    return  # "France defended the sales": its own conduct, no support
        if f.type == "AID" and v.lem == "help" and _child(v, "dobj", "dative") is None and any(
            c.dep_ in ("xcomp", "ccomp") and c.is_verb and _child(c, "nsubj") is None
            and self._complement_info(c, set())[0] in CONFLICT
            for c in v.children
        ):
            return  # "helped organise the rally": taking part, not aid
        if f.type in ("AGREE", "REQUEST", "REJECT", "THREATEN", "ACCUSE") and f.noun is None:
            comp = self._complement(v)
            if comp is None and f.type == "REQUEST":  # "called for sanctions against X"
                for c in v.children:
                    inner = c if c.dep_ == "dobj" else (
                        _child(c, "pobj") if c.dep_ == "prep" and c.lower_ == "for" else None)
                    if inner is not None and self._is_event_noun(_skip_quantity(inner)):
                        comp = _skip_quantity(inner)
                        break
            if comp is not None or f.type in ("THREATEN",):
                self._controller_event(v, f, ctx, comp, "controller")
                return
        if f.noun is not None and f.type in ("AGREE",):
            comp = _child(f.noun, "acl") or next(
                (c for c in f.noun.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            if comp is not None:
                self._controller_event(v, f, ctx, comp, "commitment")
                return
        self._emit(v, f, ctx, "verb" if f.noun is None else "light-verb")

    def _complement(self, v: Token) -> Token | None:
        for c in v.children:
            if c.dep_ in CONTENT_DEPS and c.is_verb:
                return c
        for c in v.children:  # "called for the measures to be lifted"
            if c.dep_ == "advcl" and c.is_verb and any(
                    m.dep_ == "mark" and m.lower_ == "for" for m in c.children):
                return c
        for c in v.children:
            if c.dep_ == "prep" and c.lower_ in ("to", "against", "of", "for", "on"):
                pc = _child(c, "pcomp")
                if pc is not None:
                    return pc
        return None

    def _complement_info(self, comp: Token | None, source_ids: set[str]) -> tuple[
        str | None, list[tuple[str | None, Token | None]], bool
    ]:
        """(event type, targets, negated) of what a controller's complement describes."""
        if comp is None:
            return None, [], False
        negated = any(c.dep_ == "neg" for c in comp.children)
        if comp.dep_ == "prep":  # "open to talks", "commitment to resolving"
            inner = _child(comp, "pcomp") or _child(comp, "pobj")
            if inner is None:
                return None, [], negated
            comp = inner
            negated = negated or any(c.dep_ == "neg" for c in comp.children)
        # breadth-first over the complement for the first event verb or noun
        queue = [comp]
        seen = 0
        while queue and seen < 40:
            t = queue.pop(0)
            seen += 1
            ctype = None
            targets: list[tuple[str | None, Token | None]] = []
            if t.is_verb:
                f = self.frame(t)
                if f is not None and f.type in PLOVER_TYPES:
                    ctype = f.type
                    targets = self._targets(t, f, passive=_is_passive(t))
            elif (t.pos_ in ("NOUN", "PROPN") or self._hyphenated(t)) and self._is_event_noun(t):
                ne = self.noun_entry(t)
                assert ne is not None
                gov = t.head if t.dep_ == "dobj" else None
                if gov is not None and "restriction" in ne.classes and self.frame(gov) is None:
                    pass  # "discontinue tariffs": the verb, unknown here, decides
                else:
                    ctype = ne.type
                    targets = self._noun_targets(t)
            if ctype is not None:
                targets = [(a, tok) for a, tok in targets if a is None or a not in source_ids]
                return ctype, targets, negated
            queue.extend(c for c in t.children
                         if c.dep_ in ("xcomp", "ccomp", "dobj", "prep", "pobj", "pcomp",
                                       "conj", "advcl", "acl"))
        return None, [], negated

    def _controller_event(self, v: Token, f: Frame, ctx: Context, comp: Token | None,
                          rule: str, trigger: Token | None = None,
                          speaker_source: bool = False) -> None:
        if ctx.blocked and rule not in ("no-right",):
            return
        args = self.arguments(v, f)
        if speaker_source:
            args.sources = [(a, ctx.speaker_tok) for a in ctx.speaker] or [(None, None)]
        src_ids = {a for a, _ in args.sources if a}
        ctype, ctargets, cneg = self._complement_info(comp, src_ids)
        etype, mode = f.type, f.mode
        if etype == "AGREE":
            if cneg:
                return
            if ctype == "MOBILIZE" and comp is not None and self._peaceful_deployment(
                comp if comp.dep_ != "prep" else comp.head
            ):
                mode = "assist"  # "offered to send troops to help"
            elif ctype in MATERIAL_CONFLICT:
                etype, mode = "THREATEN", ctype.lower()
            elif ctype in ("CONCEDE", "RETREAT"):
                etype, mode = self.future_concession, None
            elif ctype in ("REJECT", "ACCUSE", "REQUEST"):
                etype = ctype
            else:
                mode = COMPLEMENT_MODE.get(ctype or "", mode)
        elif etype == "REQUEST":
            if comp is not None and comp.dep_ == "ccomp" and not any(
                t is not None for _, t in args.targets
            ):  # "demanded that Iraq expel the militants": Iraq is asked
                csubj = _child(comp, "nsubj")
                if csubj is not None and self._agentive(csubj):
                    args.targets = [(a, tok) for a, tok in self._resolve(csubj)
                                    if a is None or a not in src_ids]
            if mode in (None, "appeal") and ctype in COMPLEMENT_MODE:
                mode = COMPLEMENT_MODE[ctype] if ctype in ("CONSULT", "AGREE", "AID") else mode
            elif mode in (None, "appeal") and ctype in MATERIAL_CONFLICT | {"PROTEST"} and not (
                any(t is not None for _, t in args.targets)
            ):
                mode = "demand"  # calling for sanctions or force against someone
        elif etype == "REJECT":
            if comp is not None and comp.is_verb and "speech" in self.lex.kinds(comp.lem):
                return  # "declined to comment"
            if ctype in REJECT_MODE:
                mode = REJECT_MODE[ctype]
        elif etype == "THREATEN":
            if v.lem == "warn":
                if not self._conflict_content(v):
                    return
        if ctx.negated:
            if etype in ("AGREE",) and (ctx.future or ctx.present_negation):
                etype, mode = "REJECT", REJECT_MODE.get(ctype or "")
            else:
                return
        if ctx.hypothetical and etype != "THREATEN":
            return
        if ctx.conditional and etype != "THREATEN":
            return
        if ctx.future and etype == "REQUEST":
            if ctype not in MATERIAL_CONFLICT or ctx.hypothetical or comp is None or (
                comp.pos_ not in ("NOUN", "PROPN")
            ):
                return
            # "would seek sanctions against X": a threat of them
            etype, mode = "THREATEN", ctype.lower()
        if not args.targets or all(a is None for a, _ in args.targets) or etype in (
            "AGREE", "REJECT", "THREATEN", "CONCEDE"
        ):
            if ctargets and not any(a for a, _ in args.targets if a):
                args.targets = ctargets
        if etype == "THREATEN" and not any(a for a, _ in args.targets):
            cond = self._condition_subject(v)
            if cond:
                args.targets = cond
        nf = Frame(etype, mode, f.key, v, noun=f.noun, obj=f.obj)
        self._make(nf, ctx, args, rule, trigger=trigger)

    def _peaceful_deployment(self, v: Token) -> bool:
        """Troops sent to help, train or keep the peace are aid, not posturing."""
        for c in v.subtree:
            if c.dep_ in ("advcl", "xcomp", "relcl", "acl") and c.lem in (
                "help", "assist", "train", "support", "rescue", "distribute", "deliver"
            ) and c.head.i == v.i:
                return True
            if c.lower_ in ("peacekeeping", "peacekeepers", "peacekeeper", "humanitarian") and (
                c.i > v.i
            ):
                return True
        return False

    def _conflict_content(self, v: Token) -> bool:
        """Does a warning carry a threat ("warned they would trigger sanctions", "warned of
        consequences")?"""
        for c in v.children:
            if c.dep_ in ("ccomp", "xcomp", "prep", "dobj"):
                subj = _child(c, "nsubj") if c.dep_ == "ccomp" else None
                if subj is not None and subj.pos_ == "NOUN" and not self.actors(subj) and (
                    subj.lem not in STATE_NOUNS
                ):  # "warned that seizure would invite retaliation": others would act
                    continue
                skip = {x.i for t in c.subtree if t.dep_ in ("nsubj", "csubj", "nsubjpass")
                        for x in t.subtree}
                for t in c.subtree:
                    if t.i in skip:
                        continue
                    lem = t.lem
                    if lem in ("consequence", "retaliation", "retaliate", "response",
                               "respond", "punish", "punishment", "force", "action",
                               "measure", "countermeasure"):
                        return True
                    if t.is_verb:
                        f = self.frame(t)
                        if f is not None and f.type in MATERIAL_CONFLICT:
                            return True
                    elif t.pos_ in ("NOUN", "PROPN"):
                        ne = self.noun_entry(t)
                        if ne is not None and ne.type in MATERIAL_CONFLICT:
                            return True
        return False

    def _condition_subject(self, v: Token) -> list[tuple[str | None, Token | None]]:
        for t in v.subtree:
            if t.dep_ == "mark" and self._is_condition(t) and t.head.dep_ == "advcl":
                subj = _child(t.head, "nsubj")
                if subj is not None:
                    ids = self.actors(subj)
                    if ids:
                        return [(a, subj) for a in ids]
        return []

    @staticmethod
    def _may_oblige(v: Token) -> bool:
        """Can ``v`` be the act of a demand at all? (What ``_obligation`` checks of the verb
        before its context; false saves climbing the parse for the context.)"""
        return v.lem not in ("be", "remain", "have", "seem", "become") and v.is_verb and (
            v.pos_ != "AUX")

    def _obligation_possible(self, v: Token) -> bool:
        """Can ``context(v)`` find an obligation? Only from a modal of obligation on ``v``
        ("must withdraw") or a "have" above it ("has to withdraw"); see ``_own_flags`` and
        ``context``."""
        kinds = self.lex.kinds
        for c in v.children:
            if c.dep_ in ("aux", "auxpass") and (
                "modal_obligation" in kinds(c.lower_) or "modal_obligation" in kinds(c.lem)
            ):
                return True
        return self._have_above(v)

    def _have_above(self, tok: Token) -> bool:
        """Is some head above ``tok`` (up to the root) a "have"? (Memoised per token.)"""
        memo = self.have_above
        path = []
        cur = tok
        found = False
        while True:
            known = memo.get(cur.i)
            if known is not None:
                found = known
                break
            head = cur.head
            path.append(cur.i)
            if head.i == cur.i:
                break
            if head.lem == "have":
                found = True
                break
            cur = head
        for i in path:
            memo[i] = found
        return found

    def _obligation(self, v: Token, ctx: Context) -> None:
        """In reported speech, "Y must/should/has to <act>" is the speaker's demand on Y."""
        if not (ctx.obligation and ctx.reported and ctx.speaker) or ctx.blocked:
            return
        if not self._may_oblige(v):
            return
        subj = _child(v, "nsubj") or _child(v, "nsubjpass")
        if subj is None and v.dep_ == "xcomp":
            subj = _child(v.head, "nsubj")
        targets: list[tuple[str | None, Token | None]] = [(None, subj)] if subj is not None \
            else [(None, None)]
        if subj is None or not self._agentive(subj) or subj.pos_ == "PRON":
            return
        ids = [a for a in self.actors(subj) if a not in ctx.speaker]
        targets = [(a, subj) for a in ids] or [(None, subj)]
        sources = [(a, ctx.speaker_tok) for a in ctx.speaker]
        f = Frame("REQUEST", "demand", "must", v)
        self._make(f, ctx, Args(sources, targets), "obligation")

    def _speaker_event(self, v: Token, f: Frame, ctx: Context) -> None:
        if ctx.hypothetical and f.type != "THREATEN":
            return
        if ctx.negated:
            return
        subj = _child(v, "nsubj") or _child(v, "nsubjpass")
        if v.lem == "be" and subj is not None and not (
            self._agentive(subj) or subj.lower_ in ("this", "that", "it")
            or self._is_event_noun(subj) or self.classes(subj) & (PROPOSAL_CLASSES | {
                "document"})
        ):
            return  # "climate change is a threat" is an opinion about a thing
        targets: list[tuple[str | None, Token | None]] = [(None, subj)] if subj is not None \
            else [(None, None)]
        if subj is not None:
            ids = self.actors(subj) or self.owner(_skip_quantity(subj))
            if not ids:
                for c in subj.children:
                    if c.dep_ == "prep" and c.lower_ == "of":
                        pobj = _child(c, "pobj")
                        if pobj is not None:
                            ids = self.actors(pobj)
            ids = [a for a in ids if a not in ctx.speaker]
            if ids:
                targets = [(a, subj) for a in ids]
        if f.type == "THREATEN":
            if subj is not None and subj.lem in VICTIM_NOUNS:
                return  # "the people of Sudan will pay the price": a lament, not a threat
            targets = [(None, None)]
        sources = [(a, ctx.speaker_tok) for a in ctx.speaker]
        self._make(f, ctx, Args(sources, targets), "speaker")

    # -- arguments -----------------------------------------------------------------------
    def arguments(self, v: Token, f: Frame) -> Args:
        passive = _is_passive(v)
        subj: Token | None
        if passive:
            agent = _child(v, "agent")
            subj = _child(agent, "pobj") if agent is not None else None
        else:
            subj = _child(v, "nsubj")
            if subj is None:
                subj = self._inherited_subject(v)
                if subj is not None and v.dep_ == "conj" and not self._agentive(subj):
                    subj = self._speaker_of_conjunct(v) or subj
        if subj is None and f.noun is not None:
            subj = self._noun_source(f.noun)
        sources = self._resolve(subj)
        targets = self._targets(v, f, passive, {a for a, _ in sources if a})
        obj = _child(v, "dobj") if v.dep_ == "conj" and not passive else None
        if obj is not None and _child(v, "nsubj") is None and (
            {a for a, _ in sources if a} & set(self.actors(obj))
        ):  # "X said the EU was biased and accused Brussels": X accuses
            spk = self._speaker_of_conjunct(v)
            if spk is not None:
                sources = self._resolve(spk)
                targets = self._targets(v, f, passive, {a for a, _ in sources if a})
        # "X hosted / received Y": Y is the visitor
        if f.type == "CONSULT" and v.lem in ("host", "receive", "welcome") and f.noun is None:
            if targets and any(t is not None for _, t in targets):
                sources, targets = targets, sources
        if f.noun is not None and subj is None and not any(a for a, _ in sources):
            sources = self._resolve(self._noun_source(f.noun))
        return Args(sources or [(None, None)], targets or [(None, None)])

    def _speaker_of_conjunct(self, v: Token) -> Token | None:
        """"X said the charges were fantasy and accused Y": an act coordinated (by the
        parse) with a reported clause whose subject is a thing belongs to the reporter."""
        top = v
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        if top.dep_ == "ccomp" and "speech" in self.lex.kinds(top.head.lem) and (
            v.tag_ in ("VBD", "VBZ") and v.tag_ == top.head.tag_  # finite, like "said"
        ):
            return _child(top.head, "nsubj")
        return None

    def _noun_source(self, noun: Token) -> Token | None:
        for c in noun.children:
            if c.dep_ == "poss":
                return c
            if c.dep_ == "prep" and c.lower_ == "by":
                return _child(c, "pobj")
        return None

    def _resolve(self, head: Token | None) -> list[tuple[str | None, Token | None]]:
        if head is None:
            return []
        out: list[tuple[str | None, Token | None]] = []
        for t in _conjuncts(head):
            t = _skip_quantity(t) if t.i not in self.mmap else t
            ids = self.actors(t)
            if not ids and t.pos_ in ("NOUN", "PROPN"):
                ids = self._thing_actor(t)
            if ids:
                out.extend((a, t) for a in ids)
            else:
                out.append((None, t))
        # one entry per actor
        seen: set[str] = set()
        uniq = []
        for a, t in out:
            if a is not None:
                if a in seen:
                    continue
                seen.add(a)
            uniq.append((a, t))
        return uniq

    def _thing_actor(self, t: Token) -> list[str]:
        """"A car bombing by the Islamic State group", "missiles fired by the Israeli
        military": the agent inside a non-actor subject."""
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "by":
                pobj = _child(c, "pobj")
                if pobj is not None:
                    return self.actors(pobj)
            if c.dep_ == "acl":
                agent = _child(c, "agent")
                pobj = _child(agent, "pobj") if agent is not None else None
                if pobj is not None:
                    return self.actors(pobj)
        return []

    def _targets(self, v: Token, f: Frame, passive: bool,
                 exclude: set[str] | None = None) -> list[tuple[str | None, Token | None]]:
        """Who the event is aimed at: object or prepositional object by event type, the owner
        of a thing ("backed Macron's idea"), the party named inside a place or relation ("ties
        with Colombia"). Without an actor, the phrase alone when it can be a target."""
        exclude = exclude or set()
        dobj = None
        if passive:
            dobj = _child(v, "nsubjpass")
            if dobj is None and v.dep_ == "acl":
                dobj = v.head
        else:
            dobj = _child(v, "dobj")
            if dobj is None and v.dep_ == "relcl" and any(
                c.dep_ == "nsubj" and c.lower_ not in RELATIVE for c in v.children
            ):
                dobj = v.head
        if dobj is not None and not passive and dobj.left_edge.i > 0 and (
            dobj.doc[dobj.left_edge.i - 1].text == ","
        ) and any(c.dep_ == "prep" and v.i < c.i < dobj.i for c in v.children):
            dobj = None  # "would vote against X, a position shared by Y": a comment on X
        if dobj is not None:
            dobj = _skip_quantity(dobj)
        dative = _child(v, "dative")
        if dative is not None and dative.pos_ == "ADP":
            dative = _child(dative, "pobj")
        preps: dict[str, Token] = {}
        for c in v.children:
            if c.dep_ == "prep":
                pobj = _child(c, "pobj")
                if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):
                    preps.setdefault(c.lower_, _skip_quantity(pobj))
        noun = f.noun
        noun_phrases: list[tuple[str | None, Token | None]] = []
        for n in [x for x in (noun, f.obj) if x is not None][:1] or (
            [dobj] if dobj is not None and self._is_event_noun(dobj) else []
        ):
            nt = [(a, tok) for a, tok in self._noun_targets(n, phrases=True, etype=f.type)
                  if a not in exclude]
            if any(a for a, _ in nt):
                return nt
            noun_phrases = nt
        t = f.type
        recipient_first = t in ("AID", "RETREAT", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
        cands: list[Token] = []
        if dative is not None:
            cands.append(dative)
        if dobj is not None and (not recipient_first or self._agentive_target(dobj, t)) and (
            noun is None or dobj.i != noun.i
        ):
            cands.append(dobj)
        order = {
            "CONSULT": ("with", "to"), "AID": ("to", "for", "with"),
            "RETREAT": ("to", "from"), "SANCTION": ("on", "against", "to"),
            "MOBILIZE": ("to", "into", "in", "near", "along", "on", "with"),
            "COERCE": ("on", "against", "in"), "ASSAULT": ("on", "against", "at", "with", "in"),
            "REQUEST": ("on", "upon", "to"), "ACCUSE": ("against",),
            "REJECT": ("to",), "SUPPORT": ("with", "behind", "to", "for"),
            "COOPERATE": ("with",), "AGREE": ("with",), "THREATEN": ("against",),
            "PROTEST": ("against",), "CONCEDE": ("to",),
        }.get(t, ())
        for p in order:
            if p in preps:
                cands.append(preps[p])
        if dobj is not None and dobj.i not in {c.i for c in cands} and (
            noun is None or dobj.i != noun.i
        ) and t != "MOBILIZE":
            cands.append(dobj)
        for c in cands:
            c = self._through_relation(c)
            res = self._resolve(c)
            if any(a and a not in exclude for a, _ in res):
                # keep unknown parties of a list too ("Serbia and Kosovo")
                return [(a, tok) for a, tok in res if (a and a not in exclude) or (
                    a is None and tok is not None and self._target_phrase(tok, t))]
            if (dobj is not None and c.i == dobj.i and t not in ("PROTEST", "AGREE")) or (
                c.dep_ == "pobj" and c.head.lower_ in ("for", "against") and t in (
                    "SUPPORT", "REJECT") and "proposal" in self.classes(c)
            ):  # "backed Macron's idea", "voted for the text" (its drafter)
                own = [a for a in self.owner(c) if a not in exclude]
                if own:
                    return [(a, c) for a in own]
            # "its eastern border with Guyana": an actor inside the phrase
            inner = [a for a in self._inner_actor(c) if a not in exclude]
            if not inner and t in MATERIAL_CONFLICT:
                inner = [a for a in self._origin(c) if a not in exclude]
            if inner:
                return [(a, c) for a in inner]
        if t == "AID":  # "pledged $640 million to help Mozambique recover"
            for c in v.children:
                if c.dep_ in ("advcl", "xcomp") and c.lem in ("help", "assist", "support",
                                                                  "aid", "rebuild"):
                    o = _child(c, "dobj") or _child(c, "nsubj")
                    inner = _child(c, "ccomp") or _child(c, "xcomp")
                    if o is None and inner is not None:  # "help Mozambique recover"
                        o = _child(inner, "nsubj")
                    if o is not None:
                        good = [(a, tok) for a, tok in self._resolve(o) if a and a not in exclude]
                        if good:
                            return good
        if t in ("ACCUSE", "REJECT", "SUPPORT") and not cands and v.dep_ == "advcl" and any(
            c.dep_ == "prep" and c.lower_ == "as" for c in v.children
        ):
            # "in what Caracas called X and Georgetown denounced as Y": the main clause's actor
            hs = _child(v.head, "nsubj")
            if hs is not None:
                ids = [a for a in self.actors(hs) if a not in exclude]
                if ids:
                    return [(a, None) for a in ids]
        if noun_phrases:
            return noun_phrases
        for c in cands:
            c = self._through_relation(c)
            via = c.head.lower_ if c.dep_ == "pobj" else None
            if self._target_phrase(c, t, via=via):
                return [(None, x) for x in _conjuncts(c)]
            if dobj is not None and c.i == dobj.i and t in ("REJECT", "ACCUSE", "SUPPORT") and (
                any(x.dep_ == "poss" or (x.dep_ == "prep" and x.lower_ in ("by", "from"))
                    for x in c.children)
            ):
                return [(None, c)]  # "rejected a request by Mr. Erdogan"
        return []

    def _through_relation(self, tok: Token) -> Token:
        """"diplomatic ties with Colombia", "its borders with Togo": the party, not the thing."""
        if self._agentive(tok) or tok.ent_type_ in ("GPE", "LOC", "FAC"):
            return tok
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "between"):
                pobj = _child(c, "pobj")
                if pobj is not None and (self._agentive(pobj) or pobj.ent_type_):
                    return pobj
        return tok

    def _target_phrase(self, tok: Token, etype: str, via: str | None = None) -> bool:
        """Can a phrase without an actor still name the target? People, bodies and places
        can; a thing ("power", "refuge", "information") only as the object of force, or as
        the place or recipient of a material act ("curfew in X", "aid to X")."""
        if tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "CARDINAL", "QUANTITY"):
            return False
        if tok.pos_ not in ("NOUN", "PROPN", "PRON"):
            return False
        if self._agentive(tok) or tok.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "NORP",
                                                    "PERSON"):
            return True
        if etype in ("ASSAULT", "COERCE"):
            return True
        return via is not None and etype in ("AID", "RETREAT", "SANCTION", "MOBILIZE")

    def _agentive_target(self, tok: Token, etype: str) -> bool:
        """Can the object be the recipient? Troops that are sent or withdrawn are not."""
        if etype == "MOBILIZE":
            return tok.i in self.mmap and tok.ent_type_ != "NORP"
        cls = self.classes(tok)
        if etype in ("RETREAT", "AID") and cls & {"troops", "peacekeepers"}:
            return False
        return self._agentive(tok)

    def _origin(self, tok: Token) -> list[str]:
        """The maker of goods: "cars made in China", "brandy imported from the EU",
        "steel from Vietnam" (a material act on goods is aimed at where they come from)."""
        for c in tok.children:
            prep = None
            if c.dep_ == "acl" and c.lem in ORIGIN_VERBS:
                prep = next((p for p in c.children if p.dep_ == "prep"
                             and p.lower_ in ("in", "from", "by")), None)
            elif c.dep_ == "prep" and c.lower_ == "from":
                prep = c
            pobj = _child(prep, "pobj") if prep is not None else None
            if pobj is not None:
                ids = self.actors(pobj)
                if ids:
                    return ids
        return []

    def _inner_actor(self, tok: Token) -> list[str]:
        """An actor named inside a place phrase ("its border with Guyana")."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("with", "of"):
                pobj = _child(c, "pobj")
                if pobj is not None:
                    ids = self.actors(pobj)
                    if ids:
                        return ids
        return []

    def _noun_targets(self, noun: Token, phrases: bool = False,
                      etype: str | None = None) -> list[tuple[str | None, Token | None]]:
        """Targets named in an event noun's phrase: "attacks on X", "sanctions against X",
        "talks between A and B", "the ban imposed on X", "a curfew in X"."""
        out: list[tuple[str | None, Token | None]] = []
        found: list[Token] = []
        ne = self.noun_entry(noun)
        preps = ["on", "against", "with", "to", "between", "into", "toward", "towards", "at",
                 "for", "of"]
        if (etype or (ne.type if ne else None)) in MATERIAL_CONFLICT or (
            ne is not None and "restriction" in ne.classes
        ):
            preps += ["in", "around"]
        kids = list(noun.children)
        for c in noun.children:  # "the ban imposed on X"
            if c.dep_ in ("acl", "relcl") and c.tag_ == "VBN":
                kids.extend(c.children)
        for c in kids:
            if c.dep_ == "prep" and c.lower_ in preps:
                if c.lower_ == "of" and not (ne is not None and "restriction" in ne.classes):
                    continue  # "a boycott of X" only
                pobj = _child(c, "pobj")
                if pobj is None or pobj.ent_type_ in ("DATE", "TIME"):
                    continue
                res = self._resolve(pobj)
                if not any(a for a, _ in res):  # "duties on brandy imported from the EU"
                    res = [(a, pobj) for a in self._origin(pobj)] or res
                if any(a for a, _ in res):
                    out.extend(res)
                    if c.lower_ != "between":
                        break
                elif self._target_phrase(pobj, ne.type if ne and ne.type else "", via=c.lower_):
                    found.append(pobj)
        if not out and phrases and found:
            return [(None, x) for x in _conjuncts(found[0])]
        return out

    def _agentive(self, tok: Token) -> bool:
        """Can this phrase act? Actors, people and groups, and role nouns ("donors",
        "creditors", "activists"); not things ("the move", "expropriation")."""
        if self.classes(tok) & {"people", "actor", "troops", "diplomat", "voice"} or self.actors(
            tok
        ):
            return True
        first = self._sent_start(tok)
        if tok.is_title and tok.pos_ in ("NOUN", "PROPN") and tok.i > first:
            return True
        if tok.i == first and tok.is_title and tok.tag_ in ("NN", "NNP", "NNPS") and (
            tok.dep_ in ("nsubj", "nsubjpass")
        ):
            return True  # "Trump threatened ..." (tagged as a common noun)
        if tok.pos_ == "PRON":
            if tok.lower_ in ("it", "they") and tok.dep_ == "nsubj":
                return True  # "it will not lift the ban": a state or body
            return tok.lower_ not in ("it", "this", "that", "which", "what", "everything",
                                      "something", "nothing")
        if tok.pos_ == "PROPN":
            return True
        lem = tok.lem
        return len(lem) > 5 and lem.endswith(("er", "or", "ist", "ian", "ee")) and (
            lem not in THING_NOUNS)

    # -- making records -------------------------------------------------------------------
    def _emit(self, v: Token, f: Frame, ctx: Context, rule: str,
              extra_end: int | None = None) -> None:
        if ctx.blocked:
            return
        etype, mode = f.type, f.mode
        if ctx.negated:
            if (etype in COOPERATIVE and ctx.future) or (
                etype in ("AGREE", "SUPPORT") and ctx.present_negation
            ) or (ctx.failed and etype in ("AGREE", "CONSULT", "COOPERATE")):
                mode = REJECT_MODE.get(etype)
                etype = "REJECT"
            else:
                return
        else:
            if ctx.future and etype in MATERIAL_CONFLICT:
                # "will impose sanctions", also "will attack if ..." (a conditional threat)
                mode, etype = etype.lower(), "THREATEN"
            if (ctx.hypothetical or ctx.conditional) and etype != "THREATEN":
                return
            if ctx.future:
                if etype in ("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID"):
                    mode = COMPLEMENT_MODE.get(etype, mode) if etype != "AGREE" else mode
                    etype = "AGREE"
                elif etype in ("CONCEDE", "RETREAT"):
                    etype = self.future_concession
                elif etype == "REQUEST":
                    return
        if ctx.obligation and not ctx.reported:
            return
        criticised = f.obj or _child(v, "dobj")
        if criticised is not None and criticised.lower_ in RELATIVE:
            criticised = None
        criticised = criticised or (
            v.head if v.dep_ == "relcl" and any(
                c.dep_ == "nsubj" and c.lower_ not in RELATIVE for c in v.children
            ) else None)
        if etype == "ACCUSE" and criticised is not None and self.classes(criticised) & (
            PROPOSAL_CLASSES
        ):
            etype = "REJECT"  # "lambasted the demand as absurd", "a demand that X lambasted"
        if etype in ("MOBILIZE", "THREATEN") and self._peaceful_deployment(v):
            etype = "AID" if etype == "MOBILIZE" else "AGREE"
        if v.dep_ == "relcl" and f.noun is not None and f.noun.i == v.head.i:
            return  # "a promise we made": the noun's own light verb, told as background
        args = self.arguments(v, f)
        clause = v
        while clause.dep_ == "conj" and clause.head.i != clause.i:
            clause = clause.head
        if clause.dep_ == "relcl" and not any(a for a, _ in args.sources):
            return
        nf = Frame(etype, mode, f.key, v, noun=f.noun, obj=f.obj)
        self._make(nf, ctx, args, rule, extra_end=extra_end)

    def _make(self, f: Frame, ctx: Context, args: Args, rule: str,
              trigger: Token | None = None, extra_end: int | None = None) -> None:
        doc = self.sdoc
        v = f.verb
        sent = self.sent if self.sent is not None and self.sent.start <= v.i < self.sent.end \
            else v.sent
        sources = args.sources or [(None, None)]
        targets = args.targets or [(None, None)]
        # the speaker for pronoun subjects ("X said it would ...")
        resolved = []
        for a, tok in sources:
            if a is None and tok is not None and tok.pos_ == "PRON" and ctx.speaker and (
                tok.lower_ in ("it", "they", "he", "she", "we", "i")
            ):
                resolved.extend((s, ctx.speaker_tok) for s in ctx.speaker)
            elif a is None and tok is not None and tok.pos_ == "PRON" and (
                ctx.reporter is not None or ctx.speaker_tok is not None
            ) and tok.lower_ in ("it", "they", "he", "she"):
                # "X has made it clear it will not ...": the pronoun is the reporting subject
                rep = ctx.speaker_tok if ctx.speaker_tok is not None else ctx.reporter
                assert rep is not None
                resolved.extend(self._resolve(rep) or [(None, rep)])
            else:
                resolved.append((a, tok))
        sources = self._speaker_for_state(f, ctx, resolved)
        # the evidence keeps the words of the state whose position the speaker voiced
        voiced = [t.i for a, t in resolved if t is not None and (a, t) not in sources]
        if f.type in AGENTIVE_TYPES:
            sources = [(a, t) for a, t in sources
                       if a is not None or (t is None and f.type not in VERBAL)
                       or (t is not None and self._agentive(t))]
            if not sources:
                return
        # inherit a missing target from the previous event of the same type in the sentence
        src_ids = {a for a, _ in sources if a}
        if f.type == "MOBILIZE" and len(src_ids) > 1 and f.noun is not None and (
            "exercise" in self.classes(f.noun)
        ):  # an exercise staged by several armies is joint
            f = Frame("COOPERATE", f.mode, f.key, f.verb, noun=f.noun, obj=f.obj)
        patient = f.obj or _child(v, "dobj") or _child(v, "nsubjpass") or (
            v.head if v.dep_ == "acl" else None)
        if f.type == "CONSULT" and not any(a for a, _ in targets) and self.consult_parties and (
            patient is not None and "consult" in self.classes(patient)
        ):
            # "the talks, mediated by Oman": the parties of the talks already reported
            parties = [a for a in self.consult_parties if a not in src_ids]
            if parties:
                targets = [(a, None) for a in parties]
        if all(a is None and t is None for a, t in targets):
            for prev in reversed(self.events):
                # AID pledged in one sentence goes to the same recipient in the next
                reach = 2 if f.type == "AID" else 0
                if prev.sentence is None or prev.sentence < self.sent_index - reach:
                    break
                if prev.type == f.type and prev.target is not None and (
                    prev.target not in src_ids
                ):
                    targets = [(prev.target, None)]
                    break

        pairs: list[tuple[str | None, Token | None, str | None, Token | None]] = []
        for a, st in sources:
            for b, tt in targets:
                if b is not None and b == a:
                    continue
                pairs.append((a, st, b, tt))
        if not pairs:
            pairs = [(a, st, None, None) for a, st in sources]
        elif any(b for _, _, b, _ in pairs):
            # one event per act and actor: "sanctions on an RSF commander and two companies"
            # is one SANCTION on the RSF, not a second one on the companies (a named party
            # the actor stage does not know stays: "mediation between the NDA and Hadas")
            pairs = [p for p in pairs if p[2] is not None or (
                p[3] is not None and (p[3].pos_ == "PROPN" or p[3].ent_type_ in AGENT_ENTS))]
        # symmetric events with several parties and no target: both directions
        symmetric = f.type in SYMMETRIC or (
            f.type in ("AGREE", "CONCEDE") and v.lem in ("agree", "sign", "reach")
        ) or (f.type == "SUPPORT" and v.lem == "sign" and f.noun is not None) or (
            f.type == "AGREE" and f.mode in ("meet", "cooperate"))
        if symmetric and len(src_ids) > 1 and not any(b for _, _, b, _ in pairs):
            ids = [a for a, _ in sources if a]
            toks = {a: t for a, t in sources if a}
            pairs = [(a, toks[a], b, toks[b]) for a in ids for b in ids if a != b]
        trig = trigger or v
        t_start, t_end = trig.i, trig.i + 1
        if f.noun is not None and trigger is None:
            t_start, t_end = min(v.i, f.noun.i), max(v.i, f.noun.i) + 1
        date = self._date(v, f, ctx)
        for a, st, b, tt in pairs:
            toks = [t_start, t_end - 1, *[i for i in voiced if sent.start <= i < sent.end]]
            sspan = tspan = None
            if st is not None and sent.start <= st.i < sent.end:
                s0, s1 = self._phrase_of(st)
                sspan = _tok_span(doc, s0, s1)
                toks += [s0, s1 - 1]
            if tt is not None and sent.start <= tt.i < sent.end:
                t0, t1 = self._phrase_of(tt)
                tspan = _tok_span(doc, t0, t1)
                toks += [t0, t1 - 1]
            if extra_end is not None:
                toks.append(extra_end - 1)
            lo, hi = max(min(toks), sent.start), min(max(toks) + 1, sent.end)
            ev = PloverEvent(
                id="", type=f.type, mode=f.mode, source=a, target=b,
                date=date.value if date is not None else self.pub,
                quad=QUAD[f.type], evidence=_tok_span(doc, lo, hi),
                trigger=_tok_span(doc, t_start, t_end), source_text=sspan, target_text=tspan,
                date_text=date.text if date is not None else None,
                date_granularity=date.granularity if date is not None else (
                    "day" if self.pub else None),
                rule=f"{rule}:{f.key}", sentence=self.sent_index,
            )
            self.events.append(ev)
            if not (f.type == "AGREE" and f.verb.lem in BACKING_VERBS):
                self._note_event(ev)  # "would back X" proposes nothing of its own
        self._note_sides(f, pairs)
        if f.type == "CONSULT":
            parties = _unique([x for a, _, b, _ in pairs for x in (a, b) if x])
            if len(parties) > 1:
                self.consult_parties = parties
        # "made the largest pledge, 150 million euros, followed by Britain ... and Japan"
        if "+followed" in rule:
            return
        near = list(v.children)
        if f.noun is not None:
            near += [g for c in f.noun.children for g in [c, *c.children]]
        for c in near:
            if c.dep_ in ("acl", "advcl") and c.lem == "follow" and _child(c, "agent"):
                ids = _unique([self.mmap[t.i] for t in c.subtree if t.i in self.mmap])
                toks = {self.mmap[t.i]: t for t in reversed(list(c.subtree)) if t.i in self.mmap}
                extra = Args([(a, toks[a]) for a in ids if a not in src_ids],
                             [(b, tt) for _, _, b, tt in pairs[:1]])
                if extra.sources:
                    self._make(f, ctx, extra, rule + "+followed", trigger=trigger)

    def _phrase_of(self, tok: Token) -> tuple[int, int]:
        """:func:`_phrase` of ``tok``, memoised per token."""
        found = self.phrase_cache.get(tok.i)
        if found is None:
            found = self.phrase_cache[tok.i] = _phrase(tok)
        return found

    def _speaker_for_state(self, f: Frame, ctx: Context,
                           sources: list[tuple[str | None, Token | None]]
                           ) -> list[tuple[str | None, Token | None]]:
        """A position or intention of a state or body, voiced by one of its own people, is
        that person's act: "Lund said Copenhagen would veto it" is Lund REJECT, "the envoy
        said the AU would invite both sides" the envoy's AGREE, "the minister said Ankara would
        open the border" the minister's CONCEDE. Acts of other actors the speaker reports stay
        theirs."""
        if (f.type not in SPEAKER_VOICED and not (f.type == "CONCEDE" and ctx.future)) or (
                not ctx.reported or len(ctx.speaker) != 1):
            return sources
        if any(c.dep_ == "aux" and c.lem == "have" for c in f.verb.children):
            return sources  # "said France had rejected it": a past act of the state
        speaker = self.actor_by_id.get(ctx.speaker[0])
        if speaker is None or speaker.type != "person":
            return sources
        out: list[tuple[str | None, Token | None]] = []
        for a, tok in sources:
            if a is not None and a != speaker.id and self._affiliated(speaker, a):
                if all(x != speaker.id for x, _ in out):
                    out.append((speaker.id, ctx.speaker_tok))
            else:
                out.append((a, tok))
        return out

    def _affiliated(self, person: Any, actor_id: str) -> bool:
        """Does ``person`` speak for the state or body ``actor_id`` (its country, or a body
        named in the person's title: "African Union envoy Grace Achieng")?"""
        actor = self.actor_by_id.get(actor_id)
        if actor is None or actor.type == "person":
            return False
        if actor.type == "country":
            return bool(person.country) and actor.country == person.country
        titles = [m.text.lower() for m in person.mentions]
        names = {m.text.lower() for m in actor.mentions if len(m.text) > 3} | {
            actor.name.lower()}
        return any(n in t for n in names for t in titles if n != t)

    def _note_sides(self, f: Frame, pairs: list[tuple[str | None, Token | None, str | None,
                                                     Token | None]]) -> None:
        """Remember the two sides of fighting ("X struck Y") or of an appeal to two parties
        ("urged Israel and Hamas to ...") for a later "both sides"."""
        targets = _unique([b for _, _, b, _ in pairs if b])
        sources = _unique([a for a, _, _, _ in pairs if a])
        if len(targets) == 2 and len(sources) == 1 and not set(targets) & set(sources):
            self.sides = targets
        elif f.type == "ASSAULT" and len(sources) == 1 and len(
            targets
        ) == 1 and sources[0] != targets[0]:
            self.sides = [sources[0], targets[0]]

    def _note_event(self, ev: PloverEvent) -> None:
        """Owners for anaphoric nouns: "the call" is the last REQUEST's, "the offer" the
        last AGREE's."""
        if ev.source is None:
            return
        for noun in EVENT_NOUN_OWNERS.get(ev.type, ()):
            # the first such event of a sentence is its main one ("X urged ..., as Y pressed")
            if self.owner_sentence.get(noun) != self.sent_index:
                self.owners[noun] = [ev.source]
                self.owner_sentence[noun] = self.sent_index

    def _date(self, v: Token, f: Frame, ctx: Context) -> dates.ResolvedDate | None:
        heads = [v]
        if f.noun is not None:
            heads.append(f.noun)
        cur = v
        for _ in range(3):
            if cur.dep_ in ("conj", "xcomp", "advcl") and cur.head.i != cur.i:
                cur = cur.head
                heads.append(cur)
            else:
                break
        # last: the complement of a promise or offer ("agreed to reopen ... in late February")
        heads += [c for c in v.children if c.dep_ == "xcomp"]
        for h in heads:
            for c in h.children:
                if c.dep_ in ("ccomp", "xcomp", "conj", "advcl", "relcl", "acl", "nsubj",
                              "dobj", "parataxis", "punct", "cc", "mark", "aux", "neg"):
                    if not (c.dep_ in ("nsubj", "dobj") and c.ent_type_ in ("DATE", "TIME")):
                        continue
                expr = self.date_cache.get(c.i, "")
                if expr == "":
                    expr = self.date_cache[c.i] = self._date_expression(c)
                if expr is None:
                    continue
                key = (expr, ctx.future)
                if key in self.resolved:
                    res = self.resolved[key]
                else:
                    res = self.resolved[key] = dates.resolve(expr, self.pub, future=ctx.future)
                if res is not None:
                    return res
        return None

    def _date_expression(self, c: Token) -> str | None:
        """The date words in a modifier: the DATE entity with its preposition ("in late
        February", "on Thursday"), or a bare weekday the tagger missed."""
        lo, hi = c.left_edge.i, c.right_edge.i
        doc = c.doc
        start = next((i for i in range(lo, hi + 1) if doc[i].ent_type_ == "DATE"), None)
        if start is None:
            words = [doc[i].text for i in range(lo, hi + 1) if doc[i].lower_ in WEEKDAY_WORDS]
            return " ".join(words) if words else None
        end = start + 1
        while end <= hi and doc[end].ent_type_ == "DATE" and doc[end].ent_iob_ == "I":
            end += 1
        if start > lo and doc[start - 1].dep_ == "prep" and doc[start - 1].lower_ in (
            "in", "on", "at", "since", "during", "from", "until", "by", "before", "after"
        ):
            start -= 1
        return doc.text_of(start, end)

    # -- finishing ------------------------------------------------------------------------
    def _finish(self) -> list[PloverEvent]:
        evs = sorted(self.events, key=lambda e: (e.evidence.start, e.trigger.start
                                                 if e.trigger else 0))
        out: list[PloverEvent] = []
        seen: dict[tuple, PloverEvent] = {}
        with_target = {(e.source, e.type) for e in evs if e.source and e.target}
        states: dict[str, str | None] = {}
        for e in evs:
            if e.source is not None and e.target is not None and (
                e.target == e.source or (e.type in SPEAKER_VOICED and e.target == (
                    states[e.source] if e.source in states else
                    states.setdefault(e.source, self._state_of(e.source))))):
                e.target = None  # nobody threatens or accuses itself
            if e.source is not None:
                key: tuple = (e.source, e.type, e.target, e.mode if e.type == "REQUEST" else "")
                if key in seen:
                    continue
                if e.target is None and e.target_text is None and (
                    e.source, e.type) in with_target:
                    continue
                seen[key] = e
            else:
                key = (None, e.type, e.target, e.trigger.start if e.trigger else 0,
                       e.source_text.start if e.source_text else None)
                if key in seen:
                    continue
                seen[key] = e
            out.append(e)
        for n, e in enumerate(out, 1):
            e.id = f"e{n}"
        return out


#: verbs whose nominalisations later sentences refer to ("the ruling" of "ruled")
NOMINALIZATIONS: dict[str, tuple[str, ...]] = {
    "rule": ("ruling", "judgment", "judgement", "decision", "verdict"),
    "judge": ("judgment", "judgement"), "decide": ("decision",), "propose": ("proposal",),
    "suggest": ("suggestion",), "offer": ("offer",), "demand": ("demand",),
    "request": ("request",), "plan": ("plan",), "draft": ("draft",),
    "announce": ("announcement",), "pledge": ("pledge",), "promise": ("promise",),
    "call": ("call",), "appeal": ("appeal",), "move": ("move",),
}
#: event type -> nouns that refer back to the last such event ("backed the call")
EVENT_NOUN_OWNERS = {
    "REQUEST": ("call", "appeal", "demand", "request", "plea", "ultimatum"),
    "AGREE": ("offer", "proposal", "pledge", "promise", "commitment", "initiative"),
    "REJECT": ("rejection", "veto", "refusal"),
    "ACCUSE": ("accusation", "criticism", "allegation", "charge"),
    "THREATEN": ("threat", "warning"),
    "SANCTION": ("sanction", "measure", "move", "decision", "duty", "tariff", "levy",
                 "embargo"),
    "COERCE": ("move", "decision", "measure", "ban"),
    "ASSAULT": ("strike", "airstrike", "attack", "bombing", "shelling", "raid", "offensive",
                "assault", "bombardment"),
}


#: nouns that end like role nouns ("-er", "-or", "-ist", "-ian", "-ant") but are things
THING_NOUNS = frozenset({
    "border", "order", "water", "power", "paper", "number", "letter", "matter", "center",
    "centre", "cancer", "computer", "chamber", "corner", "river", "quarter", "error", "sector",
    "factor", "behavior", "behaviour", "harbor", "harbour", "mirror", "terror", "reactor",
    "tractor", "monitor", "weather", "summer", "winter", "disaster", "register", "poster",
    "theater", "theatre", "meter", "filter", "banner", "manner", "dinner", "shelter", "thunder",
    "corridor", "interior", "exterior", "elevator", "indicator", "detector", "motor",
    "restaurant", "plant", "grant", "variant", "pollutant", "equivalent", "question",
    "boulder", "charter", "barrier", "carrier", "trigger", "chapter", "cluster", "counter",
    "platter", "flavor", "flavour", "favor", "favour", "honor", "honour", "humor", "humour",
    "labour", "neighbour", "rumor", "rumour", "tumor", "vapor", "vigor", "armor", "anchor",
    "tremor", "splendor", "horror", "valor", "rigor", "clamor", "fervor", "furor",
    "coffee", "jubilee", "toffee", "guarantee", "pedigree", "decree",
})


#: verbs of answering whose "by"-clause is the (future) act itself ("would respond by X-ing")
RESPONSE_VERBS = frozenset({"respond", "retaliate", "react", "reply", "answer"})


def _clause_follows(v: Token) -> bool:
    """"provided (that) Serbia stopped ...": a finite verb follows before any preposition."""
    doc = v.doc
    for i in range(v.i + 1, min(v.i + 8, len(doc))):
        t = doc[i]
        if t.lower_ == "that" and i == v.i + 1:
            return True
        if t.tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return True
        if t.is_punct or t.pos_ in ("ADP", "VERB", "AUX", "PART"):
            return False
    return False


def _no_act(v: Token) -> bool:
    """Participles that name no act: the conjunction "provided (that)", a journalist's
    question ("Asked about X, he said"), a gerund that the parse took for an adverbial but is
    the quoted clause's subject ("Confiscating X, he said, was legal"), the means of a
    future response ("would respond by confiscating X": the response is the event) and a
    step planned before or after a future act ("would decide after consulting X")."""
    dep = v.dep_
    kids = v.children
    if v.tag_ == "VBN":
        if any(c.dep_ in ("nsubj", "nsubjpass", "agent", "aux", "auxpass") for c in kids):
            return False
        if v.lem == "provide":  # (the parse may take the clause's subject for an object)
            return dep in ("acl", "advcl", "ccomp", "mark", "prep", "dep") and _clause_follows(v)
        return v.lem == "ask" and dep == "advcl" and _child(v, "dobj") is None
    if dep == "advcl" and v.head.lem in ("say", "tell", "add") and not any(
        c.dep_ == "nsubj" for c in kids
    ):  # "Confiscating X, he said, was legal": the gerund is the quoted clause's subject
        rest = [c for c in v.head.children if c.dep_ == "ccomp" and c.i > v.i]
        if v.head.dep_ == "parataxis":  # "X-ing, she told reporters, was legal"
            rest.append(v.head.head)
        return any(not any(g.dep_ in ("nsubj", "nsubjpass", "expl", "csubj")
                           for g in c.children) for c in rest)
    if dep == "pcomp" and v.head.lower_ == "by":
        gov = v.head.head
        return gov.lem in RESPONSE_VERBS
    if dep == "pcomp" and v.head.lower_ in ("after", "before", "upon"):
        gov = v.head.head  # "would decide after consulting X": a planned step, not an act
        return any(c.dep_ == "aux" and c.lower_ in ("will", "would", "shall", "'ll")
                   for c in gov.children)
    return False


def _unique(ids: list[str]) -> list[str]:
    return list(dict.fromkeys(ids))


# ---------------------------------------------------------------------------------------------
# The stage


def code_events(doc: Doc, lexicon: Lexicon | None = None,
                future_concession: str = "CONCEDE") -> list[PloverEvent]:
    """The PLOVER events of a parsed document (after the actor stage)."""
    return _Coder(doc, lexicon or load_lexicon(), future_concession).run()


class EventStage:
    """Codes PLOVER events; sets ``doc._.events``.

    ``future_concession`` is the type of a promised concession ("agreed to lift the ban",
    "will release the hostages"): ``"CONCEDE"`` as PLOVER codes it (the default), or
    ``"AGREE"`` as CAMEO-style data does (verbal cooperation).
    """

    def __init__(self, lexicon: Lexicon | None = None,
                 future_concession: str = "CONCEDE") -> None:
        if future_concession not in ("CONCEDE", "AGREE"):
            raise ValueError(f"future_concession must be CONCEDE or AGREE, not "
                             f"{future_concession!r}")
        self.lexicon = lexicon or load_lexicon()
        self.future_concession = future_concession

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = code_events(doc, self.lexicon, self.future_concession)
        return doc
