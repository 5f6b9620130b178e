"""What the rules produce before propositions are merged: candidate stances and agreements."""

from __future__ import annotations

import sys
from dataclasses import dataclass, field

FLIP = {"support": "oppose", "oppose": "support"}
#: anaphor prefix: "!" + an actor id is the proposition that actor supports, none if none
#: ("A accused B of Z": what B stands for)
CHARGED = "!"


def flip(polarity: str) -> str:
    """Negation: support <-> oppose; neutral and conditional stay."""
    return FLIP.get(polarity, polarity)


@dataclass
class Cand:
    """One stance expression before propositions are merged."""

    holders: list[str]
    polarity: str
    phrase: tuple[int, int] | None  # token range of the proposition phrase
    anaphor: str | None  # possessor actor id, "" for "the latest", None if not anaphoric,
    # CHARGED + id: the proposition that actor supports (none if none)
    trigger: int
    past: bool = False
    statement: str | None = None
    prop: int = -1  # index into clusters
    evidence: tuple[int, int] = (0, 0)
    aside: bool = False  # a side proposition (a precondition's object): not an antecedent
    vote: bool = False  # the phrase is what is voted on (or an anaphor to the latest such)
    weak: bool = False  # an announced action: a stance only on a proposition others discuss
    act: bool = False  # an enacted act told (verbs.enacted): "Moldova expels three diplomats"
    antecedents: tuple[tuple[int, int], ...] = ()  # "the deal": mentions it may name
    part: bool = False  # held by a counted part ("four Democrats"): no stance of the whole
    # the rule that proposed it ("verbs.verb", "record.add": the first function outside this
    # module and record.py, with record.py's own), read by the stance model's features
    rule: str = ""
    lent: str = ""  # the resolve rule that lent it to another holder ("officials"), if any
    # the noun a vote's anaphor names what was voted or decided by ("welcomed the ruling"): a
    # further mention of the proposition it joins
    named: tuple[int, int] | None = None

    def __post_init__(self) -> None:
        if not self.rule:
            self.rule = proposer()

    def copy_for(self, holder: str, statement: str | None = None, lent: str = "") -> Cand:
        """The same expression held by another actor (an official, the official's state)."""
        return Cand([holder], self.polarity, self.phrase, self.anaphor, self.trigger,
                    self.past, statement or self.statement, self.prop, self.evidence,
                    antecedents=self.antecedents, rule=self.rule, lent=lent or self.lent,
                    named=self.named)


_OWN = ("candidates", "record")


def proposer() -> str:
    """The module and function that made a candidate: the first caller outside this module and
    ``record.py``, with ``record.py``'s function where one came between ("verbs.verb>add")."""
    f = sys._getframe(3)  # (proposer, __post_init__, __init__)
    via = ""
    while f is not None:
        mod = f.f_globals.get("__name__", "").rsplit(".", 1)[-1]
        if mod not in _OWN:
            return f"{mod}.{f.f_code.co_name}" + (f">{via}" if via else "")
        if mod == "record" and not via:
            via = f.f_code.co_name
        f = f.f_back
    return via


@dataclass
class Agreement:
    """"Y backed X", "X was echoed by Y": the holders take X's (or the opposite) position."""

    holders: list[str]
    other: str
    relation: str
    trigger: int


@dataclass
class Cluster:
    """A proposition being built: its mentions and what they say."""

    mentions: list[tuple[int, int]] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    core: set[str] = field(default_factory=set)
    label: str = ""
    loosen: bool = False  # the first mention loosens its object ("lift sanctions")
    mods: set[str] = field(default_factory=set)  # what distinguishes it ("brandy" duties)
    loosened: set[str] = field(default_factory=set)  # what it loosens ("sanction")


def decide(cs: list[Cand]) -> str:
    """One polarity per actor and proposition: the current, most frequent, earliest."""
    live = [c for c in cs if not c.past] or cs
    counts: dict[str, int] = {}
    for c in live:
        counts[c.polarity] = counts.get(c.polarity, 0) + 1
    top = max(counts.values())
    return next(c.polarity for c in sorted(live, key=lambda c: c.trigger)
                if counts[c.polarity] == top)
