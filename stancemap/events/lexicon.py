"""The event lexicon: verb, speaker, noun and control tables read from data files."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ..lexicon import Column, read_table
from ..lexicon import TableRow as Row
from .tables import DATA, EventTypes

if TYPE_CHECKING:
    from .cameo import CameoDictionary


@dataclass(frozen=True)
class Entry:
    type: str
    mode: str | None
    note: str = ""
    cameo: str | None = None  # the CAMEO code of a row of the CAMEO verb dictionary


@dataclass(frozen=True)
class NounEntry:
    type: str | None
    mode: str | None
    classes: frozenset[str]


#: what a verb table may give as a type besides a PLOVER type
LIGHT, NONE = "LIGHT", "NONE"
#: kinds of the words of event_control.tsv (its header says what each does)
CONTROL_KINDS = frozenset({
    "speech", "nonfactual", "future", "commit", "aspect", "negative", "cause", "modal_future",
    "modal_hypothetical", "modal_obligation", "noplan", "noright", "condition",
})
#: noun classes the coder gives itself (``TriggerLookup.classes``), and "any" object
BUILT_IN_CLASSES = frozenset({"actor", "people", "person", "money", "any"})


def _verb_columns(types: EventTypes) -> tuple[Column, ...]:
    return (Column("lemma", lower=True),
            Column("type", values=types.names | {LIGHT, NONE}),
            Column("mode", values=types.all_modes, required=False),
            Column("notes", required=False))


def _noun_columns(types: EventTypes) -> tuple[Column, ...]:
    return (Column("lemma", lower=True),
            Column("type", values=types.names, required=False),
            Column("mode", values=types.all_modes, required=False),
            Column("class", required=False, many=True),
            Column("notes", required=False))


CONTROL_COLUMNS = (Column("word", lower=True), Column("kind", values=CONTROL_KINDS),
                   Column("notes", required=False))


def _unique_keys(rows: list[Row], column: str) -> dict[str, Row]:
    """The rows by their key; a key given twice is an error."""
    out: dict[str, Row] = {}
    for row in rows:
        key = row[column]
        if key in out:
            raise row.error(f"{key!r} is given twice (first on line {out[key].line})")
        out[key] = row
    return out


def _check_mode(row: Row, types: EventTypes) -> None:
    """A mode must be one of the modes of the row's type."""
    mode, etype = row.get("mode"), row.get("type")
    if mode is not None and mode not in types.modes.get(etype or "", ()):
        raise row.error(f"mode {mode!r} is not a mode of {etype} (event_types.tsv)")


def _verb_table(path: Path, types: EventTypes, classes: set[str],
                speaker: bool = False) -> dict[str, Entry]:
    """A verb table; every "[@class]" of a key must be a noun class (event_nouns.tsv) or a
    built-in one."""
    rows = _unique_keys(read_table(path, _verb_columns(types)), "lemma")
    for key, row in rows.items():
        _check_mode(row, types)
        for name in re.findall(r"\[@([^\]]*)\]", key):
            if name not in classes:
                raise row.error(f"unknown noun class {name!r} in {key!r}")
    return {key: Entry(r["type"], r.get("mode"), "" if speaker else r.get("notes") or "")
            for key, r in rows.items()}


def _noun_table(path: Path, types: EventTypes) -> dict[str, NounEntry]:
    rows = _unique_keys(read_table(path, _noun_columns(types)), "lemma")
    for row in rows.values():
        _check_mode(row, types)
    return {key: NounEntry(r.get("type"), r.get("mode"), frozenset(r.items("class")))
            for key, r in rows.items()}


@dataclass
class Lexicon:
    """The event vocabulary, read from the ``event_*.tsv`` data files."""

    verbs: dict[str, Entry]
    speaker: dict[str, Entry]
    nouns: dict[str, NounEntry]
    control: dict[str, frozenset[str]]
    #: the CAMEO verb dictionary, looked up where ``verbs`` has no key (None: not used)
    cameo: CameoDictionary | None = None

    @classmethod
    def load(cls, directory: str | Path | None = None, cameo: bool = True) -> Lexicon:
        """Read and check the tables in ``directory`` (default: ``stancemap/data``): an
        unknown type, mode, kind or noun class, an extra column or a key given twice is a
        :class:`~stancemap.lexicon.LexiconError` naming the file and line. ``cameo``: add
        the packaged CAMEO verb dictionary (:mod:`stancemap.events.cameo`)."""
        from .cameo import load_cameo

        root = Path(directory) if directory else DATA
        types = EventTypes.load(root / "event_types.tsv")
        nouns = _noun_table(root / "event_nouns.tsv", types)
        classes = {c for n in nouns.values() for c in n.classes} | BUILT_IN_CLASSES
        verbs = _verb_table(root / "event_verbs.tsv", types, classes)
        speaker = _verb_table(root / "event_speaker.tsv", types, classes, speaker=True)
        control: dict[str, set[str]] = {}
        for r in read_table(root / "event_control.tsv", CONTROL_COLUMNS):
            control.setdefault(r["word"], set()).add(r["kind"])
        lex = cls(verbs, speaker, nouns, {k: frozenset(v) for k, v in control.items()},
                  load_cameo() if cameo else None)
        lex.index_tables()
        return lex

    def index_tables(self) -> None:
        """Build the lemma index of each verb table (``_table_index``) now, so that the first
        document does not pay for it (the CAMEO dictionary's holds some 47,000 keys)."""
        for table in (self.verbs, self.speaker, self.cameo.verbs if self.cameo else None):
            if table is not None:
                _table_index(table)

    def kinds(self, word: str) -> frozenset[str]:
        return self.control.get(word.lower(), frozenset())


@lru_cache(maxsize=1)
def load_lexicon() -> Lexicon:
    return Lexicon.load()


@dataclass(frozen=True)
class _VerbKeys:
    """What the keys of a verb table that can name one lemma look like: what the coder needs
    to build only keys that may be there (``TriggerLookup._frame_keys``). A field that is
    None allows any key of its shape (a lemma the index cannot foresee: ``_ANY_KEYS``)."""

    only_lemma: bool  # the lemma alone ("accuse"), nothing longer
    #: the noun classes its keys name ("lift [@restriction]", "[@troops] leave"); None: any
    classes: frozenset[str] | None
    subject: bool  # some key starts with a subject ("[@troops] leave", "[police] fire")
    #: the particles and prepositions before an object ("call on [X]": "on"); None: any
    object_parts: frozenset[str] | None = None
    #: the second words of keys of three words or more without an object ("take part in":
    #: "part"); None: any
    phrase_words: frozenset[str] | None = None
    #: the classes named right after the lemma ("lift [@restriction]"), after each particle
    #: or preposition ("call on [@actor]": "on"), before it ("[@troops] leave")
    object_classes: frozenset[str] | None = None
    part_classes: dict[str, frozenset[str]] | None = None
    subject_classes: frozenset[str] | None = None
    #: the object words of "lemma [word]" keys ("approve [extradition]")
    object_words: frozenset[str] | None = None
    #: what follows the lemma in keys without an object ("call on", "take part in")
    bare_parts: frozenset[str] | None = None
    any_object: bool = True  # a key "lemma [@any]"
    #: does a key of the lemma name a particle or preposition, or an object?
    needs_parts: bool = True
    needs_objects: bool = True

    def classes_of(self, slot: str | None) -> frozenset[str] | None:
        """The classes keys name in one place: None for the subject, "" for the object
        right after the lemma, else the particle or preposition before the object."""
        if slot is None:
            return self.subject_classes
        if slot == "":
            return self.object_classes
        if self.part_classes is None:
            return None
        return self.part_classes.get(slot, frozenset())


#: id of a verb table -> (the table, its size, lemma -> its keys)
_TABLE_INDEX: dict[int, tuple[dict[str, Entry], int, dict[str, _VerbKeys]]] = {}


_ANY_KEYS = _VerbKeys(False, None, True)


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
    index = {lem: _verb_keys(lem, keys) for lem, keys in related.items()}
    if len(_TABLE_INDEX) > 16:
        _TABLE_INDEX.clear()
    _TABLE_INDEX[id(table)] = (table, len(table), index)
    return index


_CLASS = re.compile(r"\[@([^\]]*)\]")


def _verb_keys(lem: str, keys: set[str]) -> _VerbKeys:
    """The shape of the keys that can name ``lem``."""
    own = [k[len(lem) + 1:] for k in keys if k.startswith(lem + " ")]  # what follows the lemma
    with_object = [r.split(" [", 1) for r in own if " [" in r]  # "on [@actor]": on, @actor]
    part_classes: dict[str, set[str]] = {}
    for part, obj in with_object:
        part_classes.setdefault(part, set()).update(_CLASS.findall("[" + obj))
    phrase_words = frozenset(r.split(" ", 1)[0] for r in own if " " in r and "[" not in r)
    bare_parts = frozenset(r for r in own if "[" not in r)
    objects = [r for r in own if r.startswith("[")]  # "[@restriction]", "[extradition]"
    return _VerbKeys(
        only_lemma=keys == {lem},
        classes=frozenset(c for k in keys for c in _CLASS.findall(k)),
        subject=any(k.startswith("[") for k in keys),
        object_parts=frozenset(part_classes),
        phrase_words=phrase_words,
        object_classes=frozenset(c for r in objects for c in _CLASS.findall(r)),
        part_classes={p: frozenset(c) for p, c in part_classes.items()},
        subject_classes=frozenset(c for k in keys if k.endswith("] " + lem)
                                  for c in _CLASS.findall(k.rsplit("] ", 1)[0] + "]")),
        object_words=frozenset(r[1:-1] for r in objects if not r.startswith("[@")),
        bare_parts=bare_parts,
        any_object=lem + " [@any]" in keys,
        needs_parts=bool(part_classes or bare_parts),
        needs_objects=bool(part_classes or phrase_words or objects),
    )
