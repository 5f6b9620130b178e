"""The event lexicon: verb, speaker, noun and control tables read from data files."""

from __future__ import annotations

import csv
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .vocab import DATA, LIGHT, NONE, PLOVER_TYPES


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
