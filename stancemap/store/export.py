"""Exports from the store: stancemap/1 JSONL, PLOVER JSONL, GraphML networks, DNA tables.

- :func:`export_jsonl`: one stancemap/1 document per line, as the engine produced it, plus
  what the store adds: ``cluster`` (the doc id of the first document of its near-duplicate
  cluster), ``content_hash``, and on each actor its global ``entity`` id (``"E12"``) and on each
  proposition its global id (``"P3"``).
- :func:`export_plover`: PLOVER event records (``writers.plover_records``) with the actors'
  global entity ids and the cluster added.
- :func:`export_graphml`: actor networks from stances (DNA-style congruence and conflict):
  two actors agree on a proposition when their stances on it lean the same way (score sign
  per :func:`query.matrix`), and conflict when they lean opposite ways. Edges carry typed
  attributes: ``agreement`` and ``conflict`` (propositions), ``agreement_clusters`` and
  ``conflict_clusters`` (evidence, per cluster), ``coop_events`` and ``conflict_events``
  (PLOVER events between the two, per cluster), ``weight`` and ``type``. Opens in Gephi and
  ``networkx.read_graphml``.
- :func:`relation_network` (``export_graphml(network="relations")``): the relations layer as
  a directed signed network: an edge source -> target with ``positive`` and ``negative``
  counts (and distinct clusters of each), ``weight`` (positive - negative clusters), ``sign``
  (+1, -1 or 0), ``type`` (positive, negative, mixed) and the ``bases`` seen.
- :func:`export_dna`: a statement table in Discourse Network Analyzer's layout (person,
  organization, concept, agreement, with text and offsets), CSV per RFC 4180.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from itertools import combinations
from typing import Any, TextIO
from xml.etree import ElementTree as ET

from ..model import SCHEMA, Document
from . import query
from .db import Database
from .output import csv_safe

PAGE = 200


def iter_documents(db: Database, *, since: str | None = None, until: str | None = None,
                   ) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(stancemap/1 document dict, store info) for every stored document, oldest first."""
    last = 0
    cond, params = "", []
    if since:
        cond += " AND d.pub_date >= ?"
        params.append(since)
    if until:
        cond += " AND d.pub_date <= ?"
        params.append(until + "\uffff")
    while True:
        rows = db.fetchall(
            "SELECT d.id, d.doc_id, d.title, d.pub_date, d.url, d.source, d.text, d.layers, "
            "d.content_hash, c.doc_id, d.cluster_id FROM documents d "
            f"LEFT JOIN documents c ON c.id = d.cluster_id WHERE d.id > ?{cond} "
            f"ORDER BY d.id LIMIT {PAGE}", [last, *params])
        if not rows:
            return
        ids = [r[0] for r in rows]
        ents: dict[int, dict[str, int]] = {}
        props: dict[int, dict[str, int]] = {}
        marks = ", ".join("?" * len(ids))
        for doc, local, ent in db.fetchall(
                f"SELECT document_id, local_id, entity_id FROM doc_actors "
                f"WHERE document_id IN ({marks})", ids):
            ents.setdefault(doc, {})[local] = ent
        for doc, local, pid in db.fetchall(
                f"SELECT document_id, local_id, proposition_id FROM doc_propositions "
                f"WHERE document_id IN ({marks})", ids):
            props.setdefault(doc, {})[local] = pid
        for (row, doc_id, title, date, url, source, text, layers, chash, cluster_doc,
             cluster) in rows:
            d: dict[str, Any] = {"id": doc_id, "title": title, "date": date, "url": url,
                                 "source": source, "text": text}
            d.update(json.loads(layers))
            for a in d.get("actors", []):
                if a["id"] in ents.get(row, {}):
                    a["entity"] = f"E{ents[row][a['id']]}"
            for p in d.get("propositions", []):
                if p["id"] in props.get(row, {}):
                    p["global"] = f"P{props[row][p['id']]}"
            d["cluster"] = cluster_doc or doc_id
            d["content_hash"] = chash
            yield d, {"row": row, "cluster": cluster or row, "entities": ents.get(row, {})}
        last = ids[-1]


def export_jsonl(db: Database, fh: TextIO, **filters: Any) -> int:
    """Write stored documents as stancemap/1 JSONL; returns the number written."""
    n = 0
    for d, _ in iter_documents(db, **filters):
        fh.write(json.dumps({"schema": SCHEMA, **d}, ensure_ascii=False))
        fh.write("\n")
        n += 1
    return n


def export_plover(db: Database, fh: TextIO, **filters: Any) -> int:
    """Write PLOVER JSONL for every stored event; returns the number of records."""
    from ..writers import plover_records

    n = 0
    for d, info in iter_documents(db, **filters):
        if not d.get("events"):
            continue
        doc = Document.from_dict(d)
        ents = info["entities"]
        for rec in plover_records(doc):
            for side in ("actor", "recipient"):
                who = rec.get(side)
                if who and who.get("id") in ents:
                    who["entity"] = f"E{ents[who['id']]}"
            rec["cluster"] = d["cluster"]
            fh.write(json.dumps(rec, ensure_ascii=False))
            fh.write("\n")
            n += 1
    return n


# ----------------------------------------------------------------------------- GraphML

NODE_KEYS = [("label", "string"), ("kind", "string"), ("country", "string"),
             ("sector", "string"), ("stances", "int"), ("clusters", "int")]
EDGE_KEYS = [("type", "string"), ("weight", "double"), ("agreement", "int"),
             ("conflict", "int"), ("agreement_clusters", "int"), ("conflict_clusters", "int"),
             ("coop_events", "int"), ("conflict_events", "int"), ("propositions", "string")]
NETWORKS = ("combined", "agreement", "conflict")


def actor_network(db: Database, *, network: str = "combined", by: str = "actor",
                  **filters: Any) -> tuple[dict[Any, dict[str, Any]], dict[tuple[Any, Any],
                                                                             dict[str, Any]]]:
    """Nodes and undirected edges of the agreement / conflict network (see module doc)."""
    if network not in NETWORKS:
        raise ValueError(f"network must be one of {', '.join(NETWORKS)}")
    nodes, lean = _stance_nodes(query.matrix(db, by=by, **filters))
    edges: dict[tuple[Any, Any], dict[str, Any]] = {}
    _stance_edges(lean, edges)
    if network == "combined":
        _event_edges(db, by, nodes, edges)
    out = _weighted_edges(edges, network)
    _node_details(db, by, nodes)
    return nodes, out


_Lean = dict[Any, list[tuple[Any, int, int, str]]]


def _stance_nodes(long: Any) -> tuple[dict[Any, dict[str, Any]], _Lean]:
    """Nodes with their stance and cluster counts; each proposition's (row, sign, clusters,
    label) leanings."""
    ix = {c: i for i, c in enumerate(long.columns)}
    lean: _Lean = {}
    nodes: dict[Any, dict[str, Any]] = {}
    for r in long.rows:
        rid, score, clusters = r[ix["row_id"]], r[ix["score"]], r[ix["clusters"]]
        node = nodes.setdefault(rid, {"label": str(r[ix["row"]]), "stances": 0, "clusters": 0})
        node["stances"] += r[ix["support"]] + r[ix["oppose"]] + r[ix["conditional"]] + r[
            ix["neutral"]]
        node["clusters"] += clusters
        if score:
            lean.setdefault(r[ix["proposition_id"]], []).append(
                (rid, 1 if score > 0 else -1, clusters, str(r[ix["proposition"]])))
    return nodes, lean


def _edge(edges: dict[tuple[Any, Any], dict[str, Any]], a: Any, b: Any) -> dict[str, Any]:
    key = (a, b) if str(a) < str(b) else (b, a)
    return edges.setdefault(key, {"agreement": 0, "conflict": 0, "agreement_clusters": 0,
                                  "conflict_clusters": 0, "coop_events": 0,
                                  "conflict_events": 0, "props": []})


def _stance_edges(lean: _Lean, edges: dict[tuple[Any, Any], dict[str, Any]]) -> None:
    """Agreement (same sign) and conflict counts between every two rows per proposition."""
    for items in lean.values():
        for (a, sa, ca, label), (b, sb, cb, _) in combinations(sorted(items, key=lambda x:
                                                                      str(x[0])), 2):
            if a == b:
                continue
            e = _edge(edges, a, b)
            kind = "agreement" if sa == sb else "conflict"
            e[kind] += 1
            e[f"{kind}_clusters"] += min(ca, cb)
            e["props"].append(("+" if kind == "agreement" else "x") + label)


def _event_edges(db: Database, by: str, nodes: dict[Any, dict[str, Any]],
                 edges: dict[tuple[Any, Any], dict[str, Any]]) -> None:
    """PLOVER events between actors (per cluster), between nodes already present."""
    if by == "actor":
        sql = ("SELECT source_entity, target_entity, quad, COUNT(DISTINCT cluster_id) "
               "FROM events WHERE source_entity IS NOT NULL AND target_entity IS NOT NULL "
               "AND source_entity <> target_entity GROUP BY source_entity, target_entity, quad")
    else:
        sql = ("SELECT se.country, te.country, ev.quad, COUNT(DISTINCT ev.cluster_id) "
               "FROM events ev JOIN entities se ON se.id = ev.source_entity "
               "JOIN entities te ON te.id = ev.target_entity WHERE se.country IS NOT NULL "
               "AND te.country IS NOT NULL AND se.country <> te.country "
               "GROUP BY se.country, te.country, ev.quad")
    for a, b, quad, n in db.fetchall(sql):
        if a not in nodes or b not in nodes:
            continue
        e = _edge(edges, a, b)
        e["coop_events" if "COOPERATION" in (quad or "") else "conflict_events"] += int(n)


def _weighted_edges(edges: dict[tuple[Any, Any], dict[str, Any]],
                    network: str) -> dict[tuple[Any, Any], dict[str, Any]]:
    """The edges of ``network`` with their weight, type and propositions."""
    out: dict[tuple[Any, Any], dict[str, Any]] = {}
    for key, e in edges.items():
        if network == "agreement":
            if not e["agreement"]:
                continue
            e["weight"], e["type"] = float(e["agreement"]), "agreement"
        elif network == "conflict":
            if not e["conflict"]:
                continue
            e["weight"], e["type"] = float(e["conflict"]), "conflict"
        else:
            e["weight"] = float(e["agreement"] - e["conflict"])
            e["type"] = ("mixed" if e["agreement"] and e["conflict"] else "agreement"
                         if e["agreement"] else "conflict" if e["conflict"] else "events")
        e["propositions"] = "; ".join(sorted(set(e.pop("props"))))
        out[key] = e
    return out


def _node_details(db: Database, by: str, nodes: dict[Any, dict[str, Any]]) -> None:
    """Kind, country and sector of each node (entities by actor; countries by country)."""
    if by == "actor" and nodes:
        ids = list(nodes)
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            for eid, kind, country, sector in db.fetchall(
                    "SELECT id, kind, country, sector FROM entities WHERE id IN "
                    f"({', '.join('?' * len(chunk))})", chunk):
                nodes[eid].update(kind=kind, country=country, sector=sector)
    else:
        for n in nodes.values():
            n.update(kind="country", country=n["label"])


RELATION_NETWORK = "relations"
RELATION_EDGE_KEYS = [("type", "string"), ("sign", "int"), ("weight", "double"),
                      ("positive", "int"), ("negative", "int"), ("positive_clusters", "int"),
                      ("negative_clusters", "int"), ("bases", "string")]


def relation_network(db: Database, *, by: str = "actor", since: str | None = None,
                     until: str | None = None) -> tuple[dict[Any, dict[str, Any]],
                                                        dict[tuple[Any, Any], dict[str, Any]]]:
    """Nodes and directed signed edges of the relations layer: an edge source -> target per
    pair, with its positive and negative relations (and distinct clusters of each), ``weight``
    = positive - negative clusters, ``sign`` its sign (+1, -1, 0), ``type`` positive, negative
    or mixed, and the bases seen."""
    if by not in ("actor", "country"):
        raise ValueError("by must be 'actor' or 'country'")
    w = query._Where()
    query._dates(w, since, until, "r.pub_date")
    col = "id" if by == "actor" else "country"
    for part in (f"se.{col} IS NOT NULL", f"te.{col} IS NOT NULL", f"se.{col} <> te.{col}"):
        w.add(part)
    cols = f"se.{col}, te.{col}"
    sql = (f"SELECT {cols}, r.polarity, r.basis, COUNT(*), COUNT(DISTINCT r.cluster_id) "
           "FROM relations r JOIN entities se ON se.id = r.source_entity "
           f"JOIN entities te ON te.id = r.target_entity{w.sql()} "
           f"GROUP BY {cols}, r.polarity, r.basis")
    edges: dict[tuple[Any, Any], dict[str, Any]] = {}
    for a, b, pol, basis, n, clusters in db.fetchall(sql, w.params):
        e = edges.setdefault((a, b), {"positive": 0, "negative": 0, "positive_clusters": 0,
                                      "negative_clusters": 0, "basis_set": set()})
        e[pol] += int(n)
        e[f"{pol}_clusters"] += int(clusters)
        e["basis_set"].add(basis)
    for e in edges.values():
        e["weight"] = float(e["positive_clusters"] - e["negative_clusters"])
        e["sign"] = (e["weight"] > 0) - (e["weight"] < 0)
        e["type"] = ("mixed" if e["positive"] and e["negative"] else
                     "positive" if e["positive"] else "negative")
        e["bases"] = ", ".join(sorted(e.pop("basis_set")))
    ends = {x for pair in edges for x in pair}
    return _relation_nodes(db, ends, by), edges


def _relation_nodes(db: Database, ends: set[Any], by: str) -> dict[Any, dict[str, Any]]:
    if by != "actor":
        return {c: {"label": c, "kind": "country", "country": c} for c in ends}
    nodes: dict[Any, dict[str, Any]] = {}
    ids = sorted(ends)
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        for eid, name, kind, country, sector in db.fetchall(
                "SELECT id, name, kind, country, sector FROM entities WHERE id IN "
                f"({', '.join('?' * len(chunk))})", chunk):
            nodes[eid] = {"label": name, "kind": kind, "country": country, "sector": sector}
    return nodes


def export_graphml(db: Database, fh: TextIO, *, network: str = "combined", by: str = "actor",
                   **filters: Any) -> tuple[int, int]:
    """Write the network as GraphML; returns (nodes, edges). ``network="relations"`` is the
    directed signed network of the relations layer; the others are undirected."""
    if network == RELATION_NETWORK:
        nodes, edges = relation_network(db, by=by, **filters)
        edge_keys, direction = RELATION_EDGE_KEYS, "directed"
    else:
        nodes, edges = actor_network(db, network=network, by=by, **filters)
        edge_keys, direction = EDGE_KEYS, "undirected"
    root = ET.Element("graphml", {"xmlns": "http://graphml.graphdrawing.org/xmlns"})
    keys = {}
    for i, (name, typ) in enumerate(NODE_KEYS):
        keys[("node", name)] = f"n{i}"
        ET.SubElement(root, "key", {"id": f"n{i}", "for": "node", "attr.name": name,
                                    "attr.type": typ})
    for i, (name, typ) in enumerate(edge_keys):
        keys[("edge", name)] = f"e{i}"
        ET.SubElement(root, "key", {"id": f"e{i}", "for": "edge", "attr.name": name,
                                    "attr.type": typ})
    graph = ET.SubElement(root, "graph", {"id": f"{network}-{by}", "edgedefault": direction})
    prefix = "E" if by == "actor" else ""

    def data(el: ET.Element, kind: str, attrs: dict[str, Any], spec: list[tuple[str, str]]
             ) -> None:
        for name, _ in spec:
            v = attrs.get(name)
            if v is None or v == "":
                continue
            d = ET.SubElement(el, "data", {"key": keys[(kind, name)]})
            d.text = str(v)

    for nid, attrs in sorted(nodes.items(), key=lambda kv: str(kv[0])):
        n = ET.SubElement(graph, "node", {"id": f"{prefix}{nid}"})
        data(n, "node", attrs, NODE_KEYS)
    for i, ((a, b), attrs) in enumerate(sorted(edges.items(), key=lambda kv: str(kv[0]))):
        e = ET.SubElement(graph, "edge", {"id": f"x{i}", "source": f"{prefix}{a}",
                                          "target": f"{prefix}{b}"})
        data(e, "edge", attrs, edge_keys)
    ET.indent(root)
    fh.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    fh.write(ET.tostring(root, encoding="unicode"))
    fh.write("\n")
    return len(nodes), len(edges)


# ----------------------------------------------------------------------------- DNA

DNA_COLUMNS = ["id", "document", "title", "date", "start", "stop", "text", "person",
               "organization", "concept", "agreement", "polarity", "country", "entity",
               "proposition_id"]
DNA_AGREEMENT = {"support": "1", "conditional": "1", "oppose": "0", "neutral": ""}


def _country_name(code: str | None) -> str:
    if not code:
        return ""
    try:
        import pycountry

        c = pycountry.countries.get(alpha_3=code)
    except (LookupError, KeyError):
        c = None
    return (getattr(c, "common_name", None) or c.name) if c is not None else code


def export_dna(db: Database, fh: TextIO, *, since: str | None = None,
               until: str | None = None) -> int:
    """Write a DNA statement table (CSV): one row per stance with a proposition.

    ``person`` is the speaking person (empty for a country or organisation), ``organization``
    the organisation or country speaking, or the person's country; ``concept`` the
    proposition; ``agreement`` 1 (support, conditional), 0 (oppose) or empty (neutral; the
    ``polarity`` column keeps all four). ``start``/``stop`` are character offsets of the
    evidence ``text`` in the document's text.
    """
    w = query._Where()
    w.add("s.proposition_id IS NOT NULL")
    query._dates(w, since, until, "s.pub_date")
    sql = ("SELECT s.id, d.doc_id, d.title, s.pub_date, s.ev_start, s.ev_end, s.ev_text, "
           "e.name, e.kind, e.country, p.label, s.polarity, e.id, p.id "
           "FROM stances s JOIN documents d ON d.id = s.document_id "
           "JOIN entities e ON e.id = s.entity_id "
           f"JOIN propositions p ON p.id = s.proposition_id{w.sql()} ORDER BY s.id")
    out = csv.writer(fh, lineterminator="\r\n")
    out.writerow(DNA_COLUMNS)
    n = 0
    for (sid, doc, title, date, start, stop, text, name, kind, country, concept, pol, eid,
         pid) in db.fetchall(sql, w.params):
        if kind == "person":
            person, org = name, _country_name(country)
        else:
            person, org = "", name
        out.writerow([csv_safe(v) for v in (
            sid, doc, title or "", date or "", start, stop, text, person, org, concept,
            DNA_AGREEMENT.get(pol, ""), pol, country or "", f"E{eid}", f"P{pid}")])
        n += 1
    return n
