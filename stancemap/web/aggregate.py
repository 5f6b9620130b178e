"""Pages over the whole corpus: the stance matrix, the signed network and the event timeline.

Their data is computed from aggregates (no per-document work) and cached by the server per
corpus version and parameters (see :class:`~stancemap.web.db.Cache`).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any
from urllib.parse import urlencode

from ..store import query
from ..store.db import Database
from .network import BASES, Edge, signed_edges
from .pages import _records, evidence_href


def _bucket(score: float) -> int:
    """A heatmap colour class from -4 (all oppose) to 4 (all support)."""
    return max(-4, min(4, round(score * 4)))


def _cell_href(by: str, rid: Any, pid: int, since: str | None, until: str | None) -> str:
    params = {by: rid, "since": since, "until": until}
    return f"/proposition/{pid}?" + urlencode({k: v for k, v in params.items() if v})


def _sort_rows(rows: list[dict[str, Any]], sort: str) -> None:
    if sort == "name":
        rows.sort(key=lambda r: str(r["label"]).lower())
    elif sort.lstrip("-").startswith("p") and sort.lstrip("-")[1:].isdigit():
        pid = int(sort.lstrip("-")[1:])
        sign = 1 if sort.startswith("-") else -1  # "pN": most supportive first
        rows.sort(key=lambda r: (pid not in r["cells"],
                                 sign * r["cells"].get(pid, {}).get("score", 0),
                                 -r["total"]))
    else:
        rows.sort(key=lambda r: (-r["total"], str(r["label"]).lower()))


def matrix(db: Database, *, by: str = "country", country: str | None = None,
           since: str | None = None, until: str | None = None, sort: str = "total",
           top: int = 25, limit: int = 100) -> dict[str, Any]:
    """Rows (countries or actors) x the ``top`` propositions with the most evidence; each
    cell has its counts, score, colour bucket and a link to its evidence."""
    by = by if by in ("actor", "country") else "country"
    long = query.matrix(db, by=by, country=country, since=since, until=until).records()
    weight: dict[int, int] = defaultdict(int)
    labels: dict[int, str] = {}
    for r in long:
        weight[r["proposition_id"]] += r["clusters"]
        labels[r["proposition_id"]] = r["proposition"]
    pids = sorted(weight, key=lambda p: (-weight[p], labels[p]))[:max(1, top)]
    keep = set(pids)
    rows: dict[Any, dict[str, Any]] = {}
    for r in long:
        if r["proposition_id"] not in keep:
            continue
        row = rows.setdefault(r["row_id"], {"id": r["row_id"], "label": r["row"],
                                            "total": 0, "cells": {}})
        row["total"] += r["clusters"]
        cell = {k: r[k] for k in ("support", "oppose", "conditional", "neutral",
                                  "clusters", "score")}
        cell["bucket"] = _bucket(r["score"])
        cell["href"] = _cell_href(by, r["row_id"], r["proposition_id"], since, until)
        row["cells"][r["proposition_id"]] = cell
    ordered = list(rows.values())
    _sort_rows(ordered, sort)
    return {"page": "matrix", "by": by, "sort": sort,
            "filters": {"country": country, "since": since, "until": until},
            "columns": [{"id": p, "label": labels[p], "clusters": weight[p]} for p in pids],
            "total_rows": len(ordered), "rows": ordered[:limit]}


def _network_nodes(db: Database, *, since: str | None, until: str | None,
                   proposition: int | None, limit: int) -> dict[int, int]:
    """The ``limit`` actors with the most evidence (stance and event clusters)."""
    w = query._Where()
    w.add("entity_id IS NOT NULL")
    if proposition is not None:
        w.add("proposition_id = ?", proposition)
    query._dates(w, since, until, "pub_date")
    score: dict[int, int] = defaultdict(int)
    for eid, n in db.fetchall("SELECT entity_id, COUNT(DISTINCT cluster_id) FROM stances"
                              f"{w.sql()} GROUP BY entity_id", w.params):
        score[int(eid)] += int(n)
    if proposition is None:
        we = query._Where()
        query._dates(we, since, until, "event_date")
        for col in ("source_entity", "target_entity"):
            extra = (" AND " if we.parts else " WHERE ") + f"{col} IS NOT NULL"
            for eid, n in db.fetchall(f"SELECT {col}, COUNT(DISTINCT cluster_id) FROM events"
                                      f"{we.sql()}{extra} GROUP BY {col}", we.params):
                score[int(eid)] += int(n)
    return dict(sorted(score.items(), key=lambda kv: (-kv[1], kv[0]))[:limit])


def network(db: Database, *, since: str | None = None, until: str | None = None,
            proposition: int | None = None, bases: tuple[str, ...] = BASES,
            limit: int = 80, max_edges: int = 400) -> dict[str, Any]:
    """Nodes (the ``limit`` most active actors) and the ``max_edges`` heaviest signed edges
    among them."""
    weights = _network_nodes(db, since=since, until=until, proposition=proposition,
                             limit=limit)
    nodes = set(weights)
    edges = signed_edges(db, bases=bases, since=since, until=until, proposition=proposition,
                         nodes=nodes)
    total_edges = len(edges)
    edges = _heaviest(edges, max_edges)
    linked = {e.source for e in edges} | {e.target for e in edges}
    info = {r["id"]: r for r in _entities(db, sorted(linked))}
    out_nodes = [{"id": n, "label": info[n]["name"], "kind": info[n]["kind"],
                  "country": info[n]["country"], "weight": weights.get(n, 0)}
                 for n in sorted(linked) if n in info]
    out_edges = [e.as_dict() | {"detail": e.detail[:5]} for e in edges]
    label = None
    if proposition is not None:
        label = db.scalar("SELECT label FROM propositions WHERE id = ?", (proposition,))
    return {"page": "network", "filters": {"since": since, "until": until,
                                           "proposition": proposition,
                                           "proposition_label": label,
                                           "bases": list(bases)},
            "total_edges": total_edges, "nodes": out_nodes, "edges": out_edges}


def _heaviest(edges: list[Edge], limit: int) -> list[Edge]:
    """The ``limit`` heaviest edges, shared evenly among the bases present (co-stance ties,
    the most numerous, do not crowd out events and relations)."""
    by_basis: dict[str, list[Edge]] = defaultdict(list)
    for e in sorted(edges, key=lambda e: (-e.weight, e.source, e.target, -e.sign)):
        by_basis[e.basis].append(e)
    out: list[Edge] = []
    left = sorted(by_basis, key=lambda b: len(by_basis[b]))
    while left:
        basis = left.pop(0)
        share = (limit - len(out)) // (len(left) + 1)
        out += by_basis[basis][:share]
    return out


def _entities(db: Database, ids: list[int]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for i in range(0, len(ids), 500):
        chunk = ids[i:i + 500]
        out += _records(db, "SELECT id, name, kind, country FROM entities WHERE id IN "
                        f"({', '.join('?' * len(chunk))})", chunk)
    return out


def _event_where(actor: str | None, country: str | None, etype: str | None,
                 since: str | None, until: str | None) -> query._Where:
    w = query._Where()
    if actor:
        ws, wt = query._Where(), query._Where()
        query._actor_filter(ws, actor, "se")
        query._actor_filter(wt, actor, "te")
        w.add(f"(({' AND '.join(ws.parts)}) OR ({' AND '.join(wt.parts)}))",
              *ws.params, *wt.params)
    if country:
        cs, ct = query._Where(), query._Where()
        query._country_filter(cs, country, "se.country")
        query._country_filter(ct, country, "te.country")
        w.add(f"({cs.parts[0]} OR {ct.parts[0]})", *cs.params, *ct.params)
    if etype:
        w.add("ev.event_type = ?", etype.upper())
    query._dates(w, since, until, "COALESCE(ev.event_date, d.pub_date)")
    return w


def timeline(db: Database, *, actor: str | None = None, country: str | None = None,
             type: str | None = None, since: str | None = None, until: str | None = None,
             limit: int = 200) -> dict[str, Any]:
    """Events per month and PLOVER type, and the latest events, filtered."""
    w = _event_where(actor, country, type, since, until)
    base = ("FROM events ev JOIN documents d ON d.id = ev.document_id "
            "LEFT JOIN entities se ON se.id = ev.source_entity "
            f"LEFT JOIN entities te ON te.id = ev.target_entity{w.sql()}")
    counts = _records(db, "SELECT SUBSTR(COALESCE(ev.event_date, d.pub_date), 1, 7) AS month, "
                      "ev.event_type AS type, ev.quad AS quad, COUNT(*) AS events "
                      f"{base} GROUP BY 1, ev.event_type, ev.quad ORDER BY 1, 2", w.params)
    rows = _records(db, "SELECT ev.document_id AS document_id, "
                    "COALESCE(ev.event_date, d.pub_date) AS date, ev.event_type AS type, "
                    "ev.event_mode AS mode, ev.quad AS quad, se.id AS source_id, "
                    "se.name AS source, te.id AS target_id, te.name AS target, "
                    "ev.ev_text AS evidence, ev.ev_start AS start, ev.ev_end AS \"end\" "
                    f"{base} ORDER BY 2 DESC, ev.document_id DESC, ev.ev_start "
                    f"LIMIT {int(limit)}", w.params)
    for r in rows:
        r["href"] = evidence_href(r["document_id"], r["start"], r["end"])
    types = [t for (t,) in db.fetchall("SELECT DISTINCT event_type FROM events ORDER BY 1")]
    for c in counts:
        c["month"] = c["month"] or "undated"
    return {"page": "timeline", "filters": {"actor": actor, "country": country, "type": type,
                                            "since": since, "until": until},
            "types": types, "total": sum(c["events"] for c in counts), "counts": counts,
            "events": rows}
