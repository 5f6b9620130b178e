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

from collections import defaultdict
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
                actor: int | None = None) -> list[Edge]:
    """Cooperation (+) and conflict (-) events between two different actors."""
    w = query._Where()
    w.add("ev.source_entity IS NOT NULL AND ev.target_entity IS NOT NULL "
          "AND ev.source_entity <> ev.target_entity")
    query._dates(w, since, until, "ev.event_date")
    if actor is not None:
        w.add("(ev.source_entity = ? OR ev.target_entity = ?)", actor, actor)
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


def costance_edges(db: Database, *, since: str | None = None, until: str | None = None,
                   proposition: int | None = None, actor: int | None = None,
                   nodes: set[int] | None = None) -> list[Edge]:
    """Actors leaning the same way (+) or opposite ways (-) on the same propositions. With
    ``actor``, only that actor's ties; with ``nodes``, only ties among those actors."""
    long = query.matrix(db, by="actor", proposition=proposition, since=since, until=until)
    ix = {c: i for i, c in enumerate(long.columns)}
    lean: dict[int, list[tuple[int, int]]] = defaultdict(list)
    labels: dict[int, str] = {}
    for r in long.rows:
        rid, score = int(r[ix["row_id"]]), r[ix["score"]]
        if score and (nodes is None or rid in nodes):
            pid = int(r[ix["proposition_id"]])
            lean[pid].append((rid, 1 if score > 0 else -1))
            labels[pid] = str(r[ix["proposition"]])
    pairs: dict[tuple[int, int, int], Edge] = {}
    for pid, items in lean.items():
        for (a, sa), (b, sb) in combinations(sorted(items), 2):
            if a == b or (actor is not None and actor not in (a, b)):
                continue
            sign = 1 if sa == sb else -1
            e = pairs.setdefault((a, b, sign), Edge(a, b, sign, "stance", 0, directed=False))
            e.weight += 1
            e.detail.append(labels[pid])
    return list(pairs.values())


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
                 actor: int | None = None, nodes: set[int] | None = None) -> list[Edge]:
    """Every signed edge of the chosen ``bases``. ``proposition`` restricts co-stance ties
    to that proposition (events and relations have none: they are kept between the actors
    that took a stance on it)."""
    out: list[Edge] = []
    if "relation" in bases:
        out += relation_edges(db, actor=actor)
    if "event" in bases:
        out += event_edges(db, since=since, until=until, actor=actor)
    if "stance" in bases:
        out += costance_edges(db, since=since, until=until, proposition=proposition,
                              actor=actor, nodes=nodes)
    if nodes is not None:
        out = [e for e in out if e.source in nodes and e.target in nodes]
    return out
