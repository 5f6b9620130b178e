"""The data tables of the event rules besides the lexicon: the PLOVER types
(``event_types.tsv``) and the word lists the rules read (``event_words.tsv``), both checked on
load (:mod:`stancemap.lexicon`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from ..lexicon import Column, read_table
from ..lexicon import TableRow as Row

DATA = Path(__file__).parent.parent / "data"

QUADS = frozenset({"VERBAL_COOPERATION", "MATERIAL_COOPERATION", "VERBAL_CONFLICT",
                   "MATERIAL_CONFLICT"})
#: the rule groups of event_types.tsv (its header says what each does)
TYPE_GROUPS = frozenset({
    "cooperative", "material_conflict", "conditional_threat", "performed_in_purpose",
    "conflict", "symmetric", "agentive", "speaker_voiced", "verbal", "recipient_first",
    "of_patient", "placed", "adversarial", "authority", "domestic", "given", "answered",
    "dispute_offer", "concession", "appeal_mode", "thing_target", "prior_position",
    "negated_refusal", "failed_refusal", "demand_answer", "accord", "judgement", "protesting",
    "blame_or_praise", "stoppable", "controller", "kept_when_agreed", "complement_targets",
    "own_object", "vote_on_proposal", "troop_moving", "demanded_force", "reporter_agent",
    "future_threat",
})
TYPE_COLUMNS = (
    Column("type"), Column("quad", values=QUADS),
    Column("cameo_class", values={"0", "1", "2", "3", "4"}, required=False),
    Column("groups", values=TYPE_GROUPS, many=True, required=False),
    Column("target_preps", many=True, required=False),
    Column("complement_mode", required=False), Column("reject_mode", required=False),
    Column("modes", many=True, required=False), Column("notes", required=False),
)


@dataclass(frozen=True)
class EventTypes:
    """The rows of event_types.tsv, by type (in file order)."""

    quad: dict[str, str]
    cameo_class: dict[str, int]
    groups: dict[str, frozenset[str]]
    target_preps: dict[str, tuple[str, ...]]
    complement_mode: dict[str, str]
    reject_mode: dict[str, str]
    modes: dict[str, frozenset[str]]

    @classmethod
    def load(cls, path: str | Path = DATA / "event_types.tsv") -> EventTypes:
        rows = read_table(path, TYPE_COLUMNS)
        seen: set[str] = set()
        for row in rows:
            if row["type"] in seen:
                raise row.error(f"type {row['type']!r} is given twice")
            seen.add(row["type"])
        by = {r["type"]: r for r in rows}
        return cls(
            quad={t: r["quad"] for t, r in by.items()},
            cameo_class={t: int(r["cameo_class"]) for t, r in by.items()
                         if r.get("cameo_class") is not None},
            groups={t: frozenset(r.items("groups")) for t, r in by.items()},
            target_preps={t: r.items("target_preps") for t, r in by.items()
                          if r.items("target_preps")},
            complement_mode=_column(by, "complement_mode"),
            reject_mode=_column(by, "reject_mode"),
            modes={t: frozenset(r.items("modes")) for t, r in by.items()},
        )

    @property
    def names(self) -> frozenset[str]:
        return frozenset(self.quad)

    @property
    def all_modes(self) -> frozenset[str]:
        return frozenset().union(*self.modes.values())

    def group(self, name: str) -> frozenset[str]:
        """The types in rule group ``name``."""
        if name not in TYPE_GROUPS:
            raise KeyError(name)
        return frozenset(t for t, g in self.groups.items() if name in g)


def _column(by: Mapping[str, Row], name: str) -> dict[str, str]:
    """type -> the value of column ``name``, where it has one."""
    return {t: value for t, row in by.items() if (value := row.get(name)) is not None}


WORD_COLUMNS = (Column("list"), Column("word", lower=True), Column("key", required=False),
                Column("notes", required=False))


@dataclass(frozen=True)
class WordLists:
    """The word lists of event_words.tsv: ``words[list]`` and, for keyed lists,
    ``keyed[list][key]`` (words in file order)."""

    words: dict[str, frozenset[str]]
    keyed: dict[str, dict[str, tuple[str, ...]]]

    @classmethod
    def load(cls, lists: Mapping[str, bool], path: str | Path = DATA / "event_words.tsv"
             ) -> WordLists:
        """``lists``: every list name the rules read -> whether it is keyed. A list the file
        does not know, or a keyed row without key, is an error; so is a list the rules read
        that the file does not fill."""
        columns = (Column("list", values=set(lists)), *WORD_COLUMNS[1:])
        rows = read_table(path, columns)
        words: dict[str, set[str]] = {name: set() for name in lists}
        keyed: dict[str, dict[str, list[str]]] = {n: {} for n, k in lists.items() if k}
        for row in rows:
            name, key = row["list"], row.get("key")
            if lists[name] != (key is not None):
                raise row.error(f"list {name!r} takes {'a' if lists[name] else 'no'} key")
            words[name].add(row["word"])
            if key is not None:
                keyed[name].setdefault(key, []).append(row["word"])
        empty = [n for n, w in words.items() if not w]
        if empty:
            raise ValueError(f"{Path(path).name}: no words for {', '.join(empty)}")
        return cls({n: frozenset(w) for n, w in words.items()},
                   {n: {k: tuple(v) for k, v in d.items()} for n, d in keyed.items()})
