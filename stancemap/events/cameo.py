"""The CAMEO verb dictionary of PETRARCH2, compiled to PLOVER (``events/data/cameo_verbs.tsv``
and ``cameo_synsets.tsv``, written by ``scripts/compile_cameo_dictionary.py``; see the README
beside them for licences).

The event coder looks a verb up here where ``data/event_verbs.tsv`` has no key for it: the
keys have the same syntax ("lemma", "lemma prep", "lemma [noun]", "lemma prep [noun]"), plus
"lemma [@&set]" for an object in one of the dictionary's synonym sets. A row gives the CAMEO
code, its PLOVER type (``NONE``: the key is no event and stops shorter keys) and mode."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..lexicon import Column, read_table
from .lexicon import NONE, Entry
from .tables import EventTypes

CAMEO_DATA = Path(__file__).parent / "data"


def _columns(types: EventTypes) -> tuple[Column, ...]:
    return (Column("key", lower=True), Column("cameo"),
            Column("type", values=types.names | {NONE}),
            Column("mode", values=types.all_modes, required=False),
            Column("plover_mode", required=False), Column("block", required=False))


SYNSET_COLUMNS = (Column("noun", lower=True), Column("sets", many=True))


@dataclass(frozen=True)
class CameoDictionary:
    """``verbs``: key -> entry (``Entry.cameo`` the CAMEO code); ``synsets``: noun lemma ->
    the synonym sets ("&weapon") it is in."""

    verbs: dict[str, Entry]
    synsets: dict[str, frozenset[str]]

    @classmethod
    def load(cls, verbs: str | Path = CAMEO_DATA / "cameo_verbs.tsv",
             synsets: str | Path | None = CAMEO_DATA / "cameo_synsets.tsv",
             types: EventTypes | None = None) -> CameoDictionary:
        """Read and check the compiled tables: an unknown type or mode, a mode that is not
        one of the type's, or a key given twice is a :class:`LexiconError`."""
        types = types or EventTypes.load()
        table: dict[str, Entry] = {}
        shared: dict[tuple[str, str | None, str], Entry] = {}  # one Entry per distinct row
        for row in read_table(verbs, _columns(types)):
            key, etype, mode = row["key"], row["type"], row.get("mode")
            if key in table:
                raise row.error(f"{key!r} is given twice")
            if mode is not None and mode not in types.modes.get(etype, ()):
                raise row.error(f"mode {mode!r} is not a mode of {etype} (event_types.tsv)")
            value = (etype, mode, row["cameo"])
            table[key] = shared.get(value) or shared.setdefault(
                value, Entry(etype, mode, cameo=row["cameo"]))
        sets: dict[str, frozenset[str]] = {}
        if synsets is not None and Path(synsets).exists():
            sets = {r["noun"]: frozenset(r.items("sets"))
                    for r in read_table(synsets, SYNSET_COLUMNS)}
        return cls(table, sets)


@lru_cache(maxsize=1)
def load_cameo() -> CameoDictionary | None:
    """The packaged dictionary (None where its data file is missing)."""
    path = CAMEO_DATA / "cameo_verbs.tsv"
    if not path.exists():
        return None
    return CameoDictionary.load(path)
