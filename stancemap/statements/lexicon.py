"""The statement rules' data: the cue lexicon (``data/cues.tsv``) and the word classes
(``data/statement_words.tsv``), read and checked once, and the :class:`Rules` a stage holds.

Every row is checked when it is read: a wrong number of columns, an unknown cue type, class or
frame, a verb or noun cue of more than one word, a phrase cue that is not a verb and one
particle, frames on a noun or source cue, a cue listed twice with the same type, an unknown or
missing word class raise :class:`~stancemap.lexicon.LexiconError` ``FILE:LINE: problem``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from functools import lru_cache
from pathlib import Path

from ..lexicon import LexiconError, Row, parse_rows, word_classes

DATA = Path(__file__).resolve().parent.parent / "data"
CUES = "cues.tsv"
WORDS = "statement_words.tsv"
CUE_TYPES = ("verb", "phrase", "noun", "source", "adjective")
CUE_CLASSES = ("speech", "belief", "intention", "according")
FRAMES = ("clause", "inf", "obj", "objcomp", "label", "prep")
FRAMED = ("verb", "phrase", "adjective")  # cue types that take frames
DEFAULT_FRAMES = frozenset({"clause"})
PHRASE_WORDS = 2  # a phrase cue: a verb and its particle
CUE_COLUMNS = (3, 4)  # cue, type, class[, frames]
CUE_KEY = 2  # a cue and its type are listed once

__all__ = ["CUE_CLASSES", "DATA", "FRAMES", "Cue", "Lexicon", "LexiconError", "Rules", "Words",
           "load_lexicon", "load_words", "parse_lexicon"]


@dataclass(frozen=True)
class Cue:
    """One line of ``cues.tsv``."""

    text: str
    type: str  # verb | phrase | noun | source | adjective
    cls: str  # speech | belief | intention | according
    frames: frozenset[str] = frozenset()


@dataclass
class Lexicon:
    """Cues by how they are looked up."""

    verbs: dict[str, Cue] = field(default_factory=dict)  # lemma -> cue
    phrases: dict[tuple[str, str], Cue] = field(default_factory=dict)  # (lemma, particle)
    nouns: dict[str, Cue] = field(default_factory=dict)  # lemma -> cue
    sources: list[tuple[tuple[str, ...], Cue]] = field(default_factory=list)  # words -> cue
    adjectives: dict[str, Cue] = field(default_factory=dict)  # lemma -> cue (PolNeAR only)

    def add(self, cue: Cue) -> None:
        words = tuple(cue.text.lower().split())
        if cue.type == "verb":
            self.verbs.setdefault(words[0], cue)
        elif cue.type == "phrase" and len(words) == 2:
            self.phrases.setdefault((words[0], words[1]), cue)
        elif cue.type == "noun":
            self.nouns.setdefault(words[0], cue)
        elif cue.type == "adjective":
            self.adjectives.setdefault(words[0], cue)
        elif cue.type == "source":
            if all(words != w for w, _ in self.sources):
                self.sources.append((words, cue))
        else:
            raise ValueError(f"unknown cue type {cue.type!r} for {cue.text!r}")


def parse_lexicon(text: str, path: Path | None = None) -> Lexicon:
    """Read the ``cues.tsv`` format (see the file's header); ``path`` names it in errors."""
    lex = Lexicon()
    where = path or Path("<cues>")
    for row in parse_rows(text, where, *CUE_COLUMNS, key_cols=CUE_KEY):
        lex.add(_cue(row))
    return lex


def _cue(row: Row) -> Cue:
    """One checked row of ``cues.tsv``."""
    typ = row.choice(1, CUE_TYPES, "cue type")
    cls = row.choice(2, CUE_CLASSES, "cue class")
    if typ in ("verb", "noun", "adjective"):
        text = row.word(0, f"{typ} cue")
    else:
        text = row.phrase(0, f"{typ} cue")
    if typ == "phrase" and len(text.split()) != PHRASE_WORDS:
        row.fail(f"phrase cue {text!r} must be a verb and one particle")
    if len(row.cells) < max(CUE_COLUMNS):
        return Cue(text, typ, cls, DEFAULT_FRAMES if typ in FRAMED else frozenset())
    if typ not in FRAMED:
        row.fail(f"a {typ} cue takes no frames")
    frames = row.cells[3].split(",")
    for frame in frames:
        if frame not in FRAMES:
            row.fail(f"unknown frame {frame!r} (known: {', '.join(FRAMES)})")
    return Cue(text, typ, cls, frozenset(frames))


@lru_cache(maxsize=4)
def load_lexicon(path: str | Path | None = None) -> Lexicon:
    """The cue lexicon: ``stancemap/data/cues.tsv``, or the file at ``path``."""
    where = Path(path) if path is not None else DATA / CUES
    return parse_lexicon(where.read_text(encoding="utf-8"), where)


@dataclass(frozen=True)
class Words:
    """The word classes of ``statement_words.tsv`` (the comments there say which rule reads
    each)."""

    spokes: frozenset[str]
    utter: frozenset[str]
    nolabel: frozenset[str]
    question_labels: frozenset[str]
    answer_labels: frozenset[str]
    document: frozenset[str]
    act: frozenset[str]
    phase: frozenset[str]
    deeds: frozenset[str]
    relative: frozenset[str]
    joint_heads: frozenset[str]
    distributive: frozenset[str]
    plural_pronouns: frozenset[str]
    empty_objects: frozenset[str]
    time_nouns: frozenset[str]
    content_preps: frozenset[str]
    prep_frame: frozenset[str]
    objcomp_preps: frozenset[str]
    label_preps: frozenset[str]
    appeal_nouns: frozenset[str]
    charge_verbs: frozenset[str]
    state_bodies: frozenset[str]
    withhold: frozenset[str]
    withheld: frozenset[str]
    unsaid: frozenset[str]
    hedge_conjunctions: frozenset[str]
    own_reports: frozenset[str]
    no_comment: frozenset[str]
    sent_people: frozenset[str]
    no_tag: frozenset[str]
    own_clause: frozenset[str]
    tail_openers: frozenset[str]
    condition_openers: frozenset[str]
    name_particles: frozenset[str]
    polls: frozenset[str]
    reports: frozenset[str]
    texts: frozenset[str]
    in_sources: frozenset[str]
    sentence_conjunctions: frozenset[str]
    raising: frozenset[str]
    hearsay: frozenset[str]
    passive_belief: frozenset[str]
    people_subjects: frozenset[str]
    stance_holders: frozenset[str]
    copula_nouns: frozenset[str]
    belief_nouns: frozenset[str]
    said_forms: frozenset[str]
    irregular_cue_forms: frozenset[str]
    question_forms: frozenset[str]
    relayed: frozenset[str]
    tag_conjunctions: frozenset[str]
    indefinite_tellers: frozenset[str]
    issued_texts: frozenset[str]
    signs: frozenset[str]
    held_back: frozenset[str]
    reception_verbs: frozenset[str]
    reception_nouns: frozenset[str]
    reception_preps: frozenset[str]


@lru_cache(maxsize=4)
def load_words(data: Path | None = None) -> Words:
    """``statement_words.tsv`` of ``data`` (default: ``stancemap/data``)."""
    known = tuple(f.name for f in fields(Words))
    return Words(**word_classes((data or DATA) / WORDS, known))


@dataclass(frozen=True)
class Rules:
    """What a statement stage knows, read once: the cues, the word lists and its options."""

    lex: Lexicon
    words: Words
    join_quotes: bool = False
    polnear_spans: bool = False
    doc_nouns: frozenset[str] = frozenset()
    source_first: dict[str, list[tuple[tuple[str, ...], Cue]]] = field(default_factory=dict)
    cue_lemmas: frozenset[str] = frozenset()  # lemmas that can be a verb, phrase, noun (or,
    # under PolNeAR's conventions, adjective) cue

    @classmethod
    def make(cls, lex: Lexicon, join_quotes: bool = True, polnear_spans: bool = False,
             words: Words | None = None) -> Rules:
        doc_nouns = frozenset(lex.nouns)
        source_first = {w[0]: [(ws, c) for ws, c in lex.sources if ws[0] == w[0]]
                        for w, _ in lex.sources}
        cue_lemmas = frozenset(lex.verbs) | frozenset(w for w, _ in lex.phrases) | doc_nouns
        words = words or load_words()
        if polnear_spans:  # "is confident that X", "is a vocal advocate of Y": PolNeAR's cues
            cue_lemmas |= (frozenset(lex.adjectives) | words.stance_holders
                           | words.copula_nouns | words.belief_nouns)
        return cls(lex, words, join_quotes, polnear_spans, doc_nouns, source_first, cue_lemmas)
