"""The signed actor-actor network, from what the store holds.

Three sources of signed edges, each its own function so that each can be read (and replaced)
on its own:

- :func:`event_edges`: PLOVER events between two actors, directed, source to target:
  ``*_COOPERATION`` positive, ``*_CONFLICT`` negative; weight = distinct clusters;
- :func:`costance_edges`: two actors whose stances on a proposition lean the same way (the
  sign of their :func:`~stancemap.store.query.matrix` score) are tied positively, opposite
  ways negatively; undirected; weight = propositions shared;
- :func:`relation_edges`: the ``relations`` table when the store has one (a later schema
  version): its rows' ``source_entity``, ``target_entity`` and ``polarity``, directed.

:func:`signed_edges` merges them into one list of :class:`Edge`.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from itertools import combinations
from typing import Any

from ..store import query
from ..store.db import Database

BASES = ("relation", "event", "stance")


@dataclass
class Edge:
    source: int
    target: int
    sign: int  # +1 or -1
    basis: str  # relation | event | stance
    weight: int = 1
    directed: bool = True
    detail: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def event_edges(db: Database, *, since: str | None = None, until: str | None = None,
                actor: int | None = None, nodes: set[int] | None = None) -> list[Edge]:
    """Cooperation (+) and conflict (-) events between two different actors (with ``actor``,
    those involving it; with ``nodes``, those between two of them)."""
    w = query._Where()
    w.add("ev.source_entity IS NOT NULL AND ev.target_entity IS NOT NULL "
          "AND ev.source_entity <> ev.target_entity")
    query._dates(w, since, until, "ev.event_date")
    if actor is not None:
        w.add("(ev.source_entity = ? OR ev.target_entity = ?)", actor, actor)
    if nodes is not None:
        ids = sorted(nodes) or [-1]
        marks = ", ".join("?" * len(ids))
        w.add(f"ev.source_entity IN ({marks}) AND ev.target_entity IN ({marks})", *ids, *ids)
    sql = ("SELECT ev.source_entity, ev.target_entity, ev.quad, ev.event_type, "
           f"COUNT(DISTINCT ev.cluster_id) FROM events ev{w.sql()} "
           "GROUP BY ev.source_entity, ev.target_entity, ev.quad, ev.event_type")
    merged: dict[tuple[int, int, int], Edge] = {}
    for src, tgt, quad, etype, n in db.fetchall(sql, w.params):
        sign = 1 if "COOPERATION" in (quad or "") else -1
        e = merged.setdefault((int(src), int(tgt), sign),
                              Edge(int(src), int(tgt), sign, "event", 0))
        e.weight += int(n)
        e.detail.append(f"{etype} x{int(n)}")
    return list(merged.values())


def leans(db: Database, *, since: str | None = None, until: str | None = None,
          proposition: int | None = None, actor: int | None = None,
          nodes: set[int] | None = None) -> dict[tuple[int, int], float]:
    """Each (actor, proposition) score as :func:`~stancemap.store.query.matrix` computes it
    (distinct clusters per polarity, weighted), for the propositions ``actor`` took a stance
    on (all without it), the actors in ``nodes`` (all without it)."""
    w = query._Where()
    w.add("s.entity_id IS NOT NULL AND s.proposition_id IS NOT NULL")
    if proposition is not None:
        w.add("s.proposition_id = ?", proposition)
    if actor is not None:
        w.add("s.proposition_id IN (SELECT proposition_id FROM stances WHERE entity_id = ?)",
              actor)
    if nodes is not None:
        ids = sorted(nodes) or [-1]
        w.add(f"s.entity_id IN ({', '.join('?' * len(ids))})", *ids)
    query._dates(w, since, until, "s.pub_date")
    weight = " ".join(f"WHEN '{k}' THEN {v}" for k, v in query.POLARITY_WEIGHT.items())
    rows = db.fetchall(
        f"SELECT q.entity_id, q.proposition_id, SUM(CASE q.polarity {weight} ELSE 0 END), "
        "COUNT(*) FROM (SELECT DISTINCT s.entity_id, s.proposition_id, s.polarity, "
        f"s.cluster_id FROM stances s{w.sql()}) q GROUP BY q.entity_id, q.proposition_id",
        w.params)
    return {(int(e), int(p)): round(float(sw) / n, 3) for e, p, sw, n in rows if n}


def costance_edges(db: Database, *, since: str | None = None, until: str | None = None,
                   proposition: int | None = None, actor: int | None = None,
                   nodes: set[int] | None = None) -> list[Edge]:
    """Actors leaning the same way (+) or opposite ways (-) on the same propositions. With
    ``actor``, only that actor's ties; with ``nodes``, only ties among those actors."""
    by_prop: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for (eid, pid), score in leans(db, since=since, until=until, proposition=proposition,
                                   actor=actor, nodes=nodes).items():
        if score:
            by_prop[pid].append((eid, 1 if score > 0 else -1))
    labels = _labels(db, sorted(by_prop))
    pairs: dict[tuple[int, int, int], Edge] = {}
    for pid, items in by_prop.items():
        if actor is not None:
            mine = [x for x in items if x[0] == actor]
            combos = [(mine[0], x) for x in items if mine and x[0] != actor]
        else:
            combos = list(combinations(sorted(items), 2))
        for (a, sa), (b, sb) in combos:
            sign = 1 if sa == sb else -1
            e = pairs.setdefault((a, b, sign), Edge(a, b, sign, "stance", 0, directed=False))
            e.weight += 1
            if len(e.detail) < 5:
                e.detail.append(labels.get(pid, f"P{pid}"))
    return list(pairs.values())


def _labels(db: Database, pids: list[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for i in range(0, len(pids), 500):
        chunk = pids[i:i + 500]
        out.update((int(k), v) for k, v in db.fetchall(
            f"SELECT id, label FROM propositions WHERE id IN ({', '.join('?' * len(chunk))})",
            chunk))
    return out


@dataclass
class LeanIndex:
    """Every (actor, proposition) lean of the corpus, both ways round: built once per corpus
    version, it answers one actor's co-stance ties without a query."""

    by_actor: dict[int, list[tuple[int, int]]]  # actor -> [(proposition, +1 | -1)]
    # proposition -> (actors leaning for it, actors leaning against it)
    by_proposition: dict[int, tuple[list[int], list[int]]]

    @classmethod
    def build(cls, db: Database) -> LeanIndex:
        by_actor: dict[int, list[tuple[int, int]]] = defaultdict(list)
        by_prop: dict[int, tuple[list[int], list[int]]] = defaultdict(lambda: ([], []))
        for (eid, pid), score in leans(db).items():
            if score:
                by_actor[eid].append((pid, 1 if score > 0 else -1))
                by_prop[pid][0 if score > 0 else 1].append(eid)
        return cls(dict(by_actor), dict(by_prop))

    def tie_counts(self, actor: int) -> tuple[Counter[int], Counter[int]]:
        """Per other actor, the propositions on which it leans the same way as ``actor``
        and those on which it leans the other way."""
        agree: Counter[int] = Counter()
        disagree: Counter[int] = Counter()
        for pid, sign in self.by_actor.get(actor, []):
            pro, con = self.by_proposition.get(pid, ([], []))
            agree.update(pro if sign > 0 else con)
            disagree.update(con if sign > 0 else pro)
        agree.pop(actor, None)
        disagree.pop(actor, None)
        return agree, disagree

    def edges(self, actor: int) -> list[Edge]:
        """``actor``'s co-stance edges, as :func:`costance_edges` gives them (no details)."""
        agree, disagree = self.tie_counts(actor)
        return [Edge(actor, o, sign, "stance", n, False)
                for sign, counts in ((1, agree), (-1, disagree)) for o, n in counts.items()]


def relation_edges(db: Database, *, actor: int | None = None) -> list[Edge]:
    """Rows of a ``relations`` table (absent from schema v2: then none)."""
    if not db.table_exists("relations"):
        return []
    cols, _ = db.columns("SELECT * FROM relations WHERE 1 = 0")
    if not {"source_entity", "target_entity", "polarity"} <= set(cols):
        return []
    w = query._Where()
    w.add("source_entity IS NOT NULL AND target_entity IS NOT NULL "
          "AND source_entity <> target_entity")
    if actor is not None:
        w.add("(source_entity = ? OR target_entity = ?)", actor, actor)
    sql = ("SELECT source_entity, target_entity, polarity, COUNT(*) FROM relations"
           f"{w.sql()} GROUP BY source_entity, target_entity, polarity")
    out = []
    for src, tgt, pol, n in db.fetchall(sql, w.params):
        sign = -1 if str(pol).lower().startswith("neg") else 1
        out.append(Edge(int(src), int(tgt), sign, "relation", int(n)))
    return out


def signed_edges(db: Database, *, bases: tuple[str, ...] = BASES, since: str | None = None,
                 until: str | None = None, proposition: int | None = None,
                 actor: int | None = None, nodes: set[int] | None = None,
                 index: LeanIndex | None = None) -> list[Edge]:
    """Every signed edge of the chosen ``bases``. ``proposition`` restricts co-stance ties
    to that proposition (events and relations have none: they are kept between the actors
    that took a stance on it). ``index`` answers an unfiltered ``actor``'s co-stance ties."""
    out: list[Edge] = []
    if "relation" in bases:
        out += relation_edges(db, actor=actor)
    if "event" in bases:
        out += event_edges(db, since=since, until=until, actor=actor, nodes=nodes)
    if "stance" in bases and index is not None and actor is not None and not (
            since or until or proposition is not None or nodes is not None):
        out += index.edges(actor)
    elif "stance" in bases:
        out += costance_edges(db, since=since, until=until, proposition=proposition,
                              actor=actor, nodes=nodes)
    if nodes is not None:
        out = [e for e in out if e.source in nodes and e.target in nodes]
    return out
