"""The cue lexicon (``data/cues.tsv``) and the other word lists of the statement stage
(``data/statement_words.tsv``), and the :class:`Rules` a stage holds."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

CUE_CLASSES = ("speech", "belief", "intention", "according")
FRAMES = ("clause", "inf", "obj", "objcomp", "prep")


# --------------------------------------------------------------------------------------------
# The cue lexicon


@dataclass(frozen=True)
class Cue:
    """One line of ``cues.tsv``."""

    text: str
    type: str  # verb | phrase | noun | source
    cls: str  # speech | belief | intention | according
    frames: frozenset[str] = frozenset()


@dataclass
class Lexicon:
    """Cues by how they are looked up."""

    verbs: dict[str, Cue] = field(default_factory=dict)  # lemma -> cue
    phrases: dict[tuple[str, str], Cue] = field(default_factory=dict)  # (lemma, particle)
    nouns: dict[str, Cue] = field(default_factory=dict)  # lemma -> cue
    sources: list[tuple[tuple[str, ...], Cue]] = field(default_factory=list)  # words -> cue

    def add(self, cue: Cue) -> None:
        words = tuple(cue.text.lower().split())
        if cue.type == "verb":
            self.verbs.setdefault(words[0], cue)
        elif cue.type == "phrase" and len(words) == 2:
            self.phrases.setdefault((words[0], words[1]), cue)
        elif cue.type == "noun":
            self.nouns.setdefault(words[0], cue)
        elif cue.type == "source":
            if all(words != w for w, _ in self.sources):
                self.sources.append((words, cue))
        else:
            raise ValueError(f"unknown cue type {cue.type!r} for {cue.text!r}")


def parse_lexicon(text: str) -> Lexicon:
    """Read the ``cues.tsv`` format (see the file's header)."""
    lex = Lexicon()
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.rstrip("\n").split("\t")
        if len(parts) < 3:
            raise ValueError(f"cues line {n}: expected cue<TAB>type<TAB>class[<TAB>frames]")
        cue, typ, cls = parts[0].strip(), parts[1].strip(), parts[2].strip()
        if cls not in CUE_CLASSES:
            raise ValueError(f"cues line {n}: unknown class {cls!r}")
        frames = frozenset(f.strip() for f in parts[3].split(",") if f.strip()) if len(
            parts) > 3 else frozenset()
        bad = frames - set(FRAMES)
        if bad:
            raise ValueError(f"cues line {n}: unknown frames {sorted(bad)}")
        if typ in ("verb", "phrase") and not frames:
            frames = frozenset({"clause"})
        lex.add(Cue(cue, typ, cls, frames))
    return lex


@lru_cache(maxsize=4)
def load_lexicon(path: str | None = None) -> Lexicon:
    """The cue lexicon: ``stancemap/data/cues.tsv``, or the file at ``path``."""
    if path is None:
        text = resources.files("stancemap").joinpath("data", "cues.tsv").read_text("utf-8")
    else:
        text = Path(path).read_text(encoding="utf-8")
    return parse_lexicon(text)


@lru_cache(maxsize=1)
def load_words() -> dict[str, frozenset[str]]:
    """``data/statement_words.tsv``: the stage's other word lists, by list name."""
    text = resources.files("stancemap").joinpath("data", "statement_words.tsv").read_text(
        "utf-8")
    lists: dict[str, set[str]] = {"spokes": set(), "utter": set(), "nolabel": set(),
                                  "document": set(), "act": set()}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        word, _, name = line.partition("\t")
        lists.setdefault(name.strip(), set()).add(word.strip().lower())
    return {k: frozenset(v) for k, v in lists.items()}



@dataclass(frozen=True)
class Rules:
    """What a statement stage knows, read once: the cues, the word lists and its options."""

    lex: Lexicon
    words: dict[str, frozenset[str]]
    join_quotes: bool = True
    keep_that: bool = False
    doc_nouns: frozenset[str] = frozenset()
    source_first: dict[str, list[tuple[tuple[str, ...], Cue]]] = field(default_factory=dict)
    cue_lemmas: frozenset[str] = frozenset()  # lemmas that can be a verb, phrase or noun cue

    @classmethod
    def make(cls, lex: Lexicon, join_quotes: bool = True, keep_that: bool = False) -> Rules:
        doc_nouns = frozenset(lex.nouns)
        source_first = {w[0]: [(ws, c) for ws, c in lex.sources if ws[0] == w[0]]
                        for w, _ in lex.sources}
        cue_lemmas = frozenset(lex.verbs) | frozenset(w for w, _ in lex.phrases) | doc_nouns
        return cls(lex, load_words(), join_quotes, keep_that, doc_nouns, source_first,
                   cue_lemmas)
