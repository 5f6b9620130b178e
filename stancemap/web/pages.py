"""The data of each page, as plain JSON-ready dicts (the HTML templates and the ``.json``
endpoints show the same dict).

Every function takes an open (read-only) :class:`~stancemap.store.db.Database` and the page's
parameters; SQL is parameterised throughout (filters go through :mod:`stancemap.store.query`'s
helpers). Listings are capped (``LIMIT``) and say how many there were in all.
"""

from __future__ import annotations

import heapq
import json
from collections import Counter
from typing import Any

from ..store import query
from ..store.db import Database
from .highlight import Span, render
from .network import BASES, LeanIndex, signed_edges

POLARITIES = ("support", "oppose", "conditional", "neutral")
MAX_LIST = 100


class NotFound(Exception):
    """No such record (the server answers 404)."""


def _records(db: Database, sql: str, params: list[Any] | tuple[Any, ...] = ()
             ) -> list[dict[str, Any]]:
    cols, rows = db.columns(sql, params)
    return [dict(zip(cols, r, strict=True)) for r in rows]


def _like(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere, its wildcards escaped (ESCAPE '\\')."""
    esc = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{esc}%"


def evidence_href(document_id: Any, start: Any, end: Any) -> str:
    return f"/document/{int(document_id)}?at={int(start)}-{int(end)}#focus"


# ----------------------------------------------------------------------------- overview


def overview(db: Database) -> dict[str, Any]:
    """Corpus size and dates, the propositions and actors with the most evidence."""
    counts = {t: int(db.scalar(f"SELECT COUNT(*) FROM {t}") or 0) for t in (
        "documents", "entities", "propositions", "statements", "stances", "events")}
    counts["clusters"] = int(db.scalar(
        "SELECT COUNT(DISTINCT cluster_id) FROM documents") or 0)
    first, last = db.fetchone("SELECT MIN(pub_date), MAX(pub_date) FROM documents") or (None,
                                                                                       None)
    pol = ", ".join(f"COUNT(DISTINCT CASE WHEN s.polarity = '{p}' THEN s.cluster_id END) "
                    f"AS {p}" for p in POLARITIES)
    props = _records(db, "SELECT p.id AS id, p.label AS label, COUNT(DISTINCT s.cluster_id) "
                     f"AS clusters, COUNT(DISTINCT s.entity_id) AS actors, {pol} "
                     "FROM stances s JOIN propositions p ON p.id = s.proposition_id "
                     "GROUP BY p.id, p.label ORDER BY clusters DESC, actors DESC, p.label "
                     "LIMIT 15")
    actors = query.actors(db, limit=15).records()
    return {"page": "overview", "counts": counts, "first_date": first, "last_date": last,
            "top_propositions": props, "top_actors": actors}


def _search_actors(db: Database, q: str, limit: int = 20) -> list[dict[str, Any]]:
    """Entities whose name holds ``q``, the most documented first."""
    found = _records(db, "SELECT e.id AS id, e.name AS name, e.kind AS kind, e.country AS "
                     "country, (SELECT COUNT(*) FROM doc_actors a WHERE a.entity_id = e.id) "
                     "AS documents FROM entities e WHERE LOWER(e.name) LIKE ? ESCAPE '\\' "
                     "ORDER BY documents DESC, e.name LIMIT ?", [_like(q), limit])
    return found


def search(db: Database, q: str, doc_ids: list[int] | None = None) -> dict[str, Any]:
    """Actors, propositions and documents matching ``q``. ``doc_ids``: the documents found by
    the full-text index, best first (None: scan the text with LIKE instead)."""
    q = (q or "").strip()[:200]
    out: dict[str, Any] = {"page": "search", "q": q, "actors": [], "propositions": [],
                           "documents": []}
    if not q:
        return out
    out["actors"] = _search_actors(db, q)
    out["propositions"] = _records(
        db, "SELECT id, label FROM propositions WHERE LOWER(label) LIKE ? ESCAPE '\\' "
        "ORDER BY label LIMIT 20", [_like(q)])
    cols = "SELECT id, doc_id, title, pub_date, text FROM documents"
    if doc_ids is None:
        docs = _records(db, f"{cols} WHERE LOWER(text) LIKE ? ESCAPE '\\' OR "
                        "LOWER(COALESCE(title, '')) LIKE ? ESCAPE '\\' "
                        "ORDER BY pub_date DESC, id LIMIT 20", [_like(q), _like(q)])
    elif doc_ids:
        found = {d["id"]: d for d in _records(
            db, f"{cols} WHERE id IN ({', '.join('?' * len(doc_ids))})", doc_ids)}
        docs = [found[i] for i in doc_ids if i in found]
    else:
        docs = []
    words = [w for w in q.lower().split() if w]
    for d in docs:
        text = d.pop("text")
        low = text.lower()
        at = max(0, min((low.find(w) for w in words if low.find(w) >= 0), default=0))
        d["snippet"] = ("…" if at > 80 else "") + text[max(0, at - 80):at + 120] + "…"
    out["documents"] = docs
    return out


# ----------------------------------------------------------------------------- proposition


def _proposition_where(pid: int, actor: str | None, country: str | None,
                       since: str | None, until: str | None) -> tuple[str, list[Any]]:
    w = query._Where()
    w.add("s.proposition_id = ?", pid)
    query._actor_filter(w, actor, "e")
    query._country_filter(w, country, "e.country")
    query._dates(w, since, until, "s.pub_date")
    return ("FROM stances s LEFT JOIN entities e ON e.id = s.entity_id" + w.sql(), w.params)


def _by_actor(db: Database, base: str, params: list[Any], quotes: int = 2, cap: int = 40
              ) -> dict[str, dict[str, Any]]:
    """Per polarity: its actors (most evidence first, ``cap`` of them) with ``quotes`` quotes
    each, the earliest first."""
    groups = _records(db, "SELECT e.id AS actor_id, e.name AS actor, e.country AS country, "
                      "s.polarity AS polarity, COUNT(DISTINCT s.cluster_id) AS clusters "
                      f"{base} AND s.entity_id IS NOT NULL "
                      "GROUP BY e.id, e.name, e.country, s.polarity", params)
    out: dict[str, dict[str, Any]] = {}
    for pol in {*POLARITIES, *(g["polarity"] for g in groups)}:
        items = sorted((g for g in groups if g["polarity"] == pol),
                       key=lambda g: (-g["clusters"], str(g["actor"])))
        out[pol] = {"total": len(items), "actors": items[:cap]}
        for g in out[pol]["actors"]:
            g["quotes"] = []
    shown = {(g["actor_id"], p): g for p, v in out.items() for g in v["actors"]}
    rows = _records(db, "SELECT * FROM (SELECT s.entity_id AS actor_id, s.polarity AS "
                    "polarity, s.document_id AS document_id, s.pub_date AS date, "
                    "s.ev_text AS evidence, s.ev_start AS start, s.ev_end AS \"end\", "
                    "ROW_NUMBER() OVER (PARTITION BY s.entity_id, s.polarity ORDER BY "
                    "s.pub_date, s.document_id, s.ev_start) AS n "
                    f"{base} AND s.entity_id IS NOT NULL) q WHERE q.n <= ? "
                    "ORDER BY q.actor_id, q.polarity, q.n", [*params, quotes])
    for r in rows:
        g = shown.get((r["actor_id"], r["polarity"]))
        if g is not None:
            g["quotes"].append({k: r[k] for k in ("document_id", "date", "evidence", "start",
                                                  "end")}
                               | {"href": evidence_href(r["document_id"], r["start"],
                                                        r["end"])})
    return out


def _country_quotes(db: Database, base: str, params: list[Any],
                    countries: list[dict[str, Any]]) -> None:
    """Adds to each country row, per polarity, its first quote (``quotes[polarity]``)."""
    rows = _records(db, "SELECT * FROM (SELECT e.country AS country, s.polarity AS polarity, "
                    "s.document_id AS document_id, s.ev_text AS evidence, s.ev_start AS start, "
                    "s.ev_end AS \"end\", ROW_NUMBER() OVER (PARTITION BY e.country, "
                    "s.polarity ORDER BY s.pub_date, s.document_id, s.ev_start) AS n "
                    f"{base} AND e.country IS NOT NULL) q WHERE q.n = 1", params)
    by = {c["country"]: c for c in countries}
    for c in countries:
        c["quotes"] = {}
    for r in rows:
        if r["country"] in by:
            by[r["country"]]["quotes"][r["polarity"]] = {
                "evidence": r["evidence"], "document_id": r["document_id"],
                "href": evidence_href(r["document_id"], r["start"], r["end"])}


def proposition(db: Database, pid: int, *, actor: str | None = None,
                country: str | None = None, since: str | None = None,
                until: str | None = None) -> dict[str, Any]:
    """Supporters, opponents, conditional and neutral actors, by actor and by country, with
    their quotes; clusters per month and polarity for the chart."""
    row = db.fetchone("SELECT id, label FROM propositions WHERE id = ?", (pid,))
    if row is None:
        raise NotFound(f"no proposition P{pid}")
    base, params = _proposition_where(pid, actor, country, since, until)
    n, clusters = db.fetchone(f"SELECT COUNT(*), COUNT(DISTINCT s.cluster_id) {base}", params)
    pol = ", ".join(f"COUNT(DISTINCT CASE WHEN s.polarity = '{p}' THEN s.cluster_id END) "
                    f"AS {p}" for p in POLARITIES)
    countries = _records(db, f"SELECT e.country AS country, {pol} {base} AND e.country IS NOT "
                         "NULL GROUP BY e.country", params)
    countries.sort(key=lambda x: (-sum(x[p] for p in POLARITIES), x["country"]))
    _country_quotes(db, base, params, countries)
    months = _records(db, "SELECT COALESCE(SUBSTR(s.pub_date, 1, 7), 'undated') AS month, "
                      "s.polarity AS polarity, COUNT(DISTINCT s.cluster_id) AS clusters "
                      f"{base} GROUP BY 1, s.polarity ORDER BY 1, 2", params)
    actor_name = None
    if actor and actor.lstrip("Ee").isdigit():
        actor_name = db.scalar("SELECT name FROM entities WHERE id = ?",
                               (int(actor.lstrip("Ee")),))
    return {"page": "proposition", "id": int(row[0]), "label": row[1],
            "filters": {"actor": actor, "actor_name": actor_name, "country": country,
                        "since": since, "until": until},
            "stances": int(n), "clusters": int(clusters),
            "by_actor": _by_actor(db, base, params), "by_country": countries,
            "over_time": months}


# ----------------------------------------------------------------------------- actor


def _actor_lists(db: Database, eid: int) -> dict[str, Any]:
    st = _records(db, "SELECT st.document_id AS document_id, d.pub_date AS date, "
                  "st.kind AS kind, st.cue_text AS cue, st.content_text AS content, "
                  "st.content_start AS start, st.content_end AS \"end\" FROM statements st "
                  "JOIN documents d ON d.id = st.document_id WHERE st.entity_id = ? "
                  f"ORDER BY d.pub_date DESC, st.document_id DESC LIMIT {MAX_LIST}", [eid])
    sn = _records(db, "SELECT s.document_id AS document_id, s.pub_date AS date, "
                  "p.id AS proposition_id, p.label AS proposition, s.polarity AS polarity, "
                  "s.ev_text AS evidence, s.ev_start AS start, s.ev_end AS \"end\" "
                  "FROM stances s LEFT JOIN propositions p ON p.id = s.proposition_id "
                  "WHERE s.entity_id = ? ORDER BY s.pub_date DESC, s.document_id DESC "
                  f"LIMIT {MAX_LIST}", [eid])
    ev = _records(db, "SELECT ev.document_id AS document_id, ev.event_date AS date, "
                  "ev.event_type AS type, ev.quad AS quad, ev.source_entity AS source_id, "
                  "se.name AS source, ev.target_entity AS target_id, te.name AS target, "
                  "ev.ev_text AS evidence, ev.ev_start AS start, ev.ev_end AS \"end\" "
                  "FROM events ev LEFT JOIN entities se ON se.id = ev.source_entity "
                  "LEFT JOIN entities te ON te.id = ev.target_entity "
                  "WHERE ev.source_entity = ? OR ev.target_entity = ? "
                  f"ORDER BY ev.event_date DESC, ev.document_id DESC LIMIT {MAX_LIST}",
                  [eid, eid])
    for r in st + sn + ev:
        r["href"] = evidence_href(r["document_id"], r["start"], r["end"])
    return {"statements": st, "stances": sn, "events": ev}


def _actor_over_time(db: Database, eid: int) -> list[dict[str, Any]]:
    out = []
    for layer, sql, params in (
            ("statements", "SELECT SUBSTR(d.pub_date, 1, 7), COUNT(*) FROM statements st "
             "JOIN documents d ON d.id = st.document_id WHERE st.entity_id = ? GROUP BY 1",
             [eid]),
            ("stances", "SELECT SUBSTR(pub_date, 1, 7), COUNT(*) FROM stances "
             "WHERE entity_id = ? GROUP BY 1", [eid]),
            ("events", "SELECT SUBSTR(event_date, 1, 7), COUNT(*) FROM events "
             "WHERE source_entity = ? OR target_entity = ? GROUP BY 1", [eid, eid])):
        for month, n in db.fetchall(sql, params):
            out.append({"month": month or "undated", "layer": layer, "count": int(n)})
    # Relations over time: events with another actor, cooperation (+) or conflict (-).
    for month, sign, n in db.fetchall(
            "SELECT SUBSTR(event_date, 1, 7), CASE WHEN quad LIKE '%COOPERATION' THEN "
            "'positive ties' ELSE 'negative ties' END, COUNT(*) FROM events "
            "WHERE (source_entity = ? OR target_entity = ?) AND source_entity IS NOT NULL "
            "AND target_entity IS NOT NULL AND source_entity <> target_entity "
            "GROUP BY 1, 2", [eid, eid]):
        out.append({"month": month or "undated", "layer": sign, "count": int(n)})
    return sorted(out, key=lambda x: (x["month"], x["layer"]))


def _ties(db: Database, eid: int, index: LeanIndex | None = None
          ) -> dict[str, list[dict[str, Any]]]:
    """Who the actor praises / attacks, who praises / attacks them, who agrees / disagrees
    (co-stance ties from ``index`` when given, else queried)."""
    ties: dict[str, Counter[int]] = {k: Counter() for k in (
        "praises", "attacks", "praised_by", "attacked_by", "agrees_with", "disagrees_with")}
    bases = ("relation", "event") if index is not None else BASES
    for e in signed_edges(db, actor=eid, bases=bases):
        other = e.target if e.source == eid else e.source
        if not e.directed:
            key = "agrees_with" if e.sign > 0 else "disagrees_with"
        elif e.source == eid:
            key = "praises" if e.sign > 0 else "attacks"
        else:
            key = "praised_by" if e.sign > 0 else "attacked_by"
        ties[key][other] += e.weight
    if index is not None:
        ties["agrees_with"], ties["disagrees_with"] = index.tie_counts(eid)
    top = {k: heapq.nlargest(20, c.items(), key=lambda kv: (kv[1], -kv[0]))
           for k, c in ties.items()}
    names = query._entity_names(db, sorted({o for c in top.values() for o, _ in c}))
    return {k: [{"actor_id": o, "actor": names.get(o, f"E{o}"), "weight": n} for o, n in c]
            for k, c in top.items()}


def actor(db: Database, eid: int, index: LeanIndex | None = None) -> dict[str, Any]:
    """One actor: statements, stances, events and ties, over time (``index``: the corpus's
    leans, to find co-stance ties without a query)."""
    row = _records(db, "SELECT id, name, kind, country, sector FROM entities WHERE id = ?",
                   [eid])
    if not row:
        raise NotFound(f"no actor E{eid}")
    positions = [r for r in query.matrix(db, by="actor", actor=eid).records()]
    positions.sort(key=lambda r: (-r["clusters"], r["proposition"]))
    totals = {
        "statements": int(db.scalar("SELECT COUNT(*) FROM statements WHERE entity_id = ?",
                                    (eid,)) or 0),
        "stances": int(db.scalar("SELECT COUNT(*) FROM stances WHERE entity_id = ?", (eid,))
                       or 0),
        "events": int(db.scalar("SELECT COUNT(*) FROM events WHERE source_entity = ? OR "
                                "target_entity = ?", (eid, eid)) or 0)}
    names = [n for (n,) in db.fetchall("SELECT DISTINCT name FROM doc_actors "
                                       "WHERE entity_id = ? LIMIT 10", (eid,))]
    return {"page": "actor", **row[0], "names": names, "totals": totals,
            "positions": positions[:50], **_actor_lists(db, eid),
            "over_time": _actor_over_time(db, eid), "ties": _ties(db, eid, index)}


# ----------------------------------------------------------------------------- document


def _document_spans(layers: dict[str, Any], names: dict[str, str], at: tuple[int, int] | None
                    ) -> list[Span]:
    spans: list[Span] = []
    for a in layers.get("actors", []):
        label = " ".join(x for x in ((a.get("type") or "")[:3].upper(), a.get("country")) if x)
        for m in a.get("mentions", []):
            spans.append(Span(m["start"], m["end"], "actor",
                              {"data-ref": a["id"], "data-label": label, "title": a["name"]}))
    for s in layers.get("statements", []):
        who = names.get(s.get("speaker") or "", "unknown speaker")
        for piece in s.get("fragments") or [s["content"]]:  # its tag is not its content
            spans.append(Span(piece["start"], piece["end"], "statement",
                              {"data-ref": s["id"], "title": f"{who} ({s['kind']})"}))
        if s.get("cue"):
            spans.append(Span(s["cue"]["start"], s["cue"]["end"], "cue", {"data-ref": s["id"]}))
    for i, st in enumerate(layers.get("stances", []), 1):
        ev = st["evidence"]
        spans.append(Span(ev["start"], ev["end"], "stance",
                          {"data-ref": f"st{i}", "title": f"{names.get(st['actor'], '?')}: "
                           f"{st['polarity']}"}, [f"pol-{st['polarity']}"]))
    for e in layers.get("events", []):
        ev = e["evidence"]
        spans.append(Span(ev["start"], ev["end"], "event",
                          {"data-ref": e["id"], "title": e["type"]}, [e["quad"].lower()]))
    if at:
        spans.append(Span(at[0], at[1], "focus", {"id": "focus"}))
    return spans


def document(db: Database, doc: int, at: str | None = None) -> dict[str, Any]:
    """The article with its records; ``html`` holds the highlighted text (server-escaped)."""
    rows = _records(db, "SELECT id, doc_id, title, pub_date, url, source, text, layers, "
                    "cluster_id FROM documents WHERE id = ?", [doc])
    if not rows:
        raise NotFound(f"no document {doc}")
    d = rows[0]
    layers = json.loads(d.pop("layers"))
    ents = dict(db.fetchall("SELECT local_id, entity_id FROM doc_actors WHERE document_id = ?",
                            (doc,)))
    props = dict(db.fetchall("SELECT local_id, proposition_id FROM doc_propositions "
                             "WHERE document_id = ?", (doc,)))
    names = {a["id"]: a["name"] for a in layers.get("actors", [])}
    focus = _parse_at(at)
    d.update(page="document", focus=list(focus) if focus else None, entities=ents,
             proposition_ids=props, actor_names=names, **{k: layers.get(k, []) for k in (
                 "actors", "statements", "propositions", "stances", "events")})
    d["html"] = render(d["text"], _document_spans(layers, names, focus))
    d["side"] = _side_records(layers, ents, props)
    return d


def _side_records(layers: dict[str, Any], ents: dict[str, int], props: dict[str, int]
                  ) -> dict[str, list[dict[str, Any]]]:
    """The records listed beside the text, with names and global ids resolved."""
    names = {a["id"]: a["name"] for a in layers.get("actors", [])}
    labels = {p["id"]: p["label"] for p in layers.get("propositions", [])}

    def who(local: str | None) -> dict[str, Any]:
        return {"id": ents.get(local or ""), "name": names.get(local or "", "?")}

    return {
        "statements": [{"ref": s["id"], "speaker": who(s.get("speaker")), "kind": s["kind"],
                        "text": " ".join(f["text"] for f in s.get("fragments") or [s["content"]])}
                       for s in layers.get("statements", [])],
        "stances": [{"ref": f"st{i}", "actor": who(st["actor"]), "polarity": st["polarity"],
                     "proposition_id": props.get(st["proposition"]),
                     "proposition": labels.get(st["proposition"], "")}
                    for i, st in enumerate(layers.get("stances", []), 1)],
        "events": [{"ref": e["id"], "type": e["type"], "quad": e["quad"].lower(),
                    "source": who(e.get("source")) if e.get("source") else None,
                    "target": who(e.get("target")) if e.get("target") else None}
                   for e in layers.get("events", [])],
    }


def _parse_at(at: str | None) -> tuple[int, int] | None:
    try:
        a, b = (int(x) for x in (at or "").split("-", 1))
    except ValueError:
        return None
    return (a, b) if 0 <= a < b else None
