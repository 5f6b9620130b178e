"""Reading the store: listings of actors, statements, stances, events and relations, and stance
matrices.

Every function takes an open :class:`~stancemap.store.db.Database` and filters, and returns a
:class:`Table` (column names and rows), which the CLI prints and :class:`Corpus` turns into
pandas DataFrames. Evidence is counted per near-duplicate *cluster*: five outlets running the
same wire story are one piece of evidence, not five.

Filters shared by the listings:

- ``actor``: an entity id (``12`` or ``"E12"``) or part of a name ("Sikorski", "radoslaw");
- ``country``: ISO3 code of the actor (``"POL"``);
- ``proposition``: a proposition id (``"P3"``) or words that must all occur in its label;
- ``polarity``: support | oppose | neutral | conditional;
- ``since`` / ``until``: ISO dates, inclusive, on the document's date.

Stance matrix cells (:func:`matrix`) count distinct clusters per polarity and give a score in
[-1, 1]: (support + conditional / 2 - oppose) / (all clusters with a stance).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .db import Database
from .identity import content_words, fold

if TYPE_CHECKING:
    import pandas as pd

_ID = re.compile(r"^[EePp]?(\d+)$")
POLARITY_WEIGHT = {"support": 1.0, "conditional": 0.5, "neutral": 0.0, "oppose": -1.0}


@dataclass
class Table:
    """A query result: column names and rows (tuples), and for the wide stance matrix a
    ``header`` row of labels under the column names (the propositions' labels)."""

    columns: list[str]
    rows: list[tuple[Any, ...]]
    header: list[Any] | None = None

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, r, strict=True)) for r in self.rows]

    def __len__(self) -> int:
        return len(self.rows)


class _Where:
    def __init__(self) -> None:
        self.parts: list[str] = []
        self.params: list[Any] = []

    def add(self, sql: str, *params: Any) -> None:
        self.parts.append(sql)
        self.params.extend(params)

    def sql(self) -> str:
        return (" WHERE " + " AND ".join(self.parts)) if self.parts else ""


def _actor_filter(w: _Where, actor: str | int | None, ent: str) -> None:
    if actor is None or actor == "":
        return
    m = _ID.match(str(actor).strip())
    if m and (isinstance(actor, int) or str(actor)[:1] in "Ee" or str(actor).isdigit()):
        w.add(f"{ent}.id = ?", _row_id(m.group(1)))
        return
    words = fold(str(actor)).split()
    raw = str(actor).strip().lower()
    cond = [f"LOWER({ent}.name) LIKE ? ESCAPE '\\'"]
    params: list[Any] = [f"%{like_escape(raw)}%"]
    if words:
        cond.append("(" + " AND ".join(f"{ent}.key LIKE ? ESCAPE '\\'" for _ in words) + ")")
        params += [f"%{like_escape(x)}%" for x in words]
    w.add("(" + " OR ".join(cond) + ")", *params)


def like_escape(value: str) -> str:
    """``value`` with LIKE's wildcards (``%``, ``_``) and the escape character escaped, so a
    name filter matches those characters literally (``ESCAPE '\\'``)."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _country_filter(w: _Where, country: str | None, col: str) -> None:
    if country:
        codes = [c.strip().upper() for c in country.split(",") if c.strip()]
        if not codes:
            w.add("1 = 0")
            return
        w.add(f"{col} IN ({', '.join('?' * len(codes))})", *codes)


def _proposition_filter(w: _Where, proposition: str | int | None, prop: str) -> None:
    if proposition is None or proposition == "":
        return
    m = _ID.match(str(proposition).strip())
    if m and (isinstance(proposition, int) or str(proposition)[:1] in "Pp"
              or str(proposition).isdigit()):
        w.add(f"{prop}.id = ?", _row_id(m.group(1)))
        return
    words = sorted(content_words(str(proposition))) or fold(str(proposition)).split()
    if not words:  # nothing to match on (punctuation only): no proposition matches
        w.add("1 = 0")
        return
    w.add("(" + " AND ".join(f"{prop}.key LIKE ? ESCAPE '\\'" for _ in words) + ")",
          *[f"%{like_escape(x)}%" for x in words])


_MAX_ROW_ID = 2**63 - 1


def _row_id(digits: str) -> int:
    """A row id from an id's digits; one too large for any row matches none (-1)."""
    n = int(digits)
    return n if n <= _MAX_ROW_ID else -1


def _dates(w: _Where, since: str | None, until: str | None, col: str) -> None:
    if since:
        w.add(f"{col} >= ?", since)
    if until:
        w.add(f"{col} <= ?", until + "\uffff" if len(until) == 10 else until)


def _limit(limit: int | None) -> str:
    return f" LIMIT {int(limit)}" if limit is not None else ""


def _run(db: Database, sql: str, params: Sequence[Any]) -> Table:
    cols, rows = db.columns(sql, params)
    return Table(cols, [tuple(r) for r in rows])


# ----------------------------------------------------------------------------- listings


def documents(db: Database, *, since: str | None = None, until: str | None = None,
              limit: int | None = None) -> Table:
    """Stored documents with their cluster and layer counts."""
    w = _Where()
    _dates(w, since, until, "d.pub_date")
    sql = ("SELECT d.id AS id, d.doc_id AS doc_id, d.pub_date AS date, d.title AS title, "
           "d.source AS source, d.cluster_id AS cluster, d.path AS path, "
           "(SELECT COUNT(*) FROM doc_actors a WHERE a.document_id = d.id) AS actors, "
           "(SELECT COUNT(*) FROM stances s WHERE s.document_id = d.id) AS stances "
           f"FROM documents d{w.sql()} ORDER BY d.id{_limit(limit)}")
    return _run(db, sql, w.params)


def actors(db: Database, *, actor: str | int | None = None, country: str | None = None,
           kind: str | None = None, since: str | None = None, until: str | None = None,
           limit: int | None = None) -> Table:
    """Entities with the documents, clusters and mentions they appear in."""
    w = _Where()
    _actor_filter(w, actor, "e")
    _country_filter(w, country, "e.country")
    if kind:
        w.add("e.kind = ?", kind)
    _dates(w, since, until, "d.pub_date")
    sql = ("SELECT e.id AS id, e.name AS name, e.kind AS kind, e.country AS country, "
           "e.sector AS sector, COUNT(DISTINCT a.document_id) AS documents, "
           "COUNT(DISTINCT d.cluster_id) AS clusters, SUM(a.n_mentions) AS mentions, "
           "(SELECT COUNT(*) FROM stances s WHERE s.entity_id = e.id) AS stances "
           "FROM entities e JOIN doc_actors a ON a.entity_id = e.id "
           f"JOIN documents d ON d.id = a.document_id{w.sql()} "
           "GROUP BY e.id, e.name, e.kind, e.country, e.sector "
           f"ORDER BY clusters DESC, mentions DESC, e.name, e.id{_limit(limit)}")
    return _run(db, sql, w.params)


def statements(db: Database, *, actor: str | int | None = None, country: str | None = None,
               since: str | None = None, until: str | None = None,
               limit: int | None = None) -> Table:
    """Who said what, with the content's offsets in its document."""
    w = _Where()
    _actor_filter(w, actor, "e")
    _country_filter(w, country, "e.country")
    _dates(w, since, until, "d.pub_date")
    sql = ("SELECT d.doc_id AS document, d.pub_date AS date, e.id AS actor_id, "
           "COALESCE(e.name, a.name) AS speaker, e.country AS country, st.kind AS kind, "
           "st.attribution AS attribution, st.cue_text AS cue, st.content_text AS content, "
           "st.content_start AS start, "
           "st.content_end AS \"end\", d.cluster_id AS cluster "
           "FROM statements st JOIN documents d ON d.id = st.document_id "
           "LEFT JOIN doc_actors a ON a.document_id = st.document_id "
           "AND a.local_id = st.speaker "
           f"LEFT JOIN entities e ON e.id = st.entity_id{w.sql()} "
           f"ORDER BY d.pub_date, d.id, st.content_start{_limit(limit)}")
    return _run(db, sql, w.params)


def stances(db: Database, *, actor: str | int | None = None, country: str | None = None,
            proposition: str | int | None = None, polarity: str | None = None,
            since: str | None = None, until: str | None = None,
            limit: int | None = None) -> Table:
    """Stances: actor, proposition, polarity and the evidence with its offsets."""
    w = _Where()
    _actor_filter(w, actor, "e")
    _country_filter(w, country, "e.country")
    _proposition_filter(w, proposition, "p")
    if polarity:
        pols = [x.strip() for x in polarity.split(",") if x.strip()] or [""]
        w.add(f"s.polarity IN ({', '.join('?' * len(pols))})", *pols)
    _dates(w, since, until, "s.pub_date")
    sql = ("SELECT d.doc_id AS document, s.pub_date AS date, e.id AS actor_id, "
           "e.name AS actor, e.kind AS actor_kind, e.country AS country, "
           "p.id AS proposition_id, p.label AS proposition, s.polarity AS polarity, "
           "s.ev_text AS evidence, s.ev_start AS start, s.ev_end AS \"end\", "
           "s.cluster_id AS cluster "
           "FROM stances s JOIN documents d ON d.id = s.document_id "
           "LEFT JOIN entities e ON e.id = s.entity_id "
           f"LEFT JOIN propositions p ON p.id = s.proposition_id{w.sql()} "
           f"ORDER BY s.pub_date, s.document_id, s.ev_start{_limit(limit)}")
    return _run(db, sql, w.params)


def _either_end(w: _Where, actor: str | int | None, country: str | None) -> None:
    """``actor`` / ``country`` filters that match the source (``se``) or the target (``te``)
    entity of an event or relation."""
    if actor not in (None, ""):
        ws, wt = _Where(), _Where()
        _actor_filter(ws, actor, "se")
        _actor_filter(wt, actor, "te")
        w.add(f"(({' AND '.join(ws.parts)}) OR ({' AND '.join(wt.parts)}))",
              *ws.params, *wt.params)
    if country:
        cs, ct = _Where(), _Where()
        _country_filter(cs, country, "se.country")
        _country_filter(ct, country, "te.country")
        w.add(f"({cs.parts[0]} OR {ct.parts[0]})", *cs.params, *ct.params)


def events(db: Database, *, actor: str | int | None = None, country: str | None = None,
           type: str | None = None, quad: str | None = None, since: str | None = None,
           until: str | None = None, limit: int | None = None) -> Table:
    """PLOVER events with source, target and evidence; ``actor``/``country`` match either."""
    w = _Where()
    _either_end(w, actor, country)
    if type:
        w.add("ev.event_type = ?", type.upper())
    if quad:
        w.add("ev.quad = ?", quad.upper())
    _dates(w, since, until, "ev.event_date")
    sql = ("SELECT d.doc_id AS document, ev.event_date AS date, ev.event_type AS type, "
           "ev.event_mode AS mode, ev.quad AS quad, se.name AS source, "
           "se.country AS source_country, te.name AS target, te.country AS target_country, "
           "ev.ev_text AS evidence, ev.ev_start AS start, ev.ev_end AS \"end\", "
           "ev.cluster_id AS cluster "
           "FROM events ev JOIN documents d ON d.id = ev.document_id "
           "LEFT JOIN entities se ON se.id = ev.source_entity "
           f"LEFT JOIN entities te ON te.id = ev.target_entity{w.sql()} "
           f"ORDER BY ev.event_date, ev.document_id, ev.ev_start{_limit(limit)}")
    return _run(db, sql, w.params)


RELATION_POLARITIES = ("positive", "negative")
RELATION_BASES = ("statement", "event", "stance")


def _choices(w: _Where, value: str | None, col: str) -> None:
    if value:
        items = [x.strip().lower() for x in value.split(",") if x.strip()]
        w.add(f"{col} IN ({', '.join('?' * len(items))})", *items)


def relations(db: Database, *, actor: str | int | None = None, country: str | None = None,
              polarity: str | None = None, basis: str | None = None,
              since: str | None = None, until: str | None = None,
              limit: int | None = None) -> Table:
    """The signed actor network: who stands positively or negatively toward whom, with the
    basis (statement, event, stance) and evidence; ``actor``/``country`` match either end,
    ``polarity`` and ``basis`` take comma-separated values."""
    w = _Where()
    _either_end(w, actor, country)
    _choices(w, polarity, "r.polarity")
    _choices(w, basis, "r.basis")
    _dates(w, since, until, "r.pub_date")
    sql = ("SELECT d.doc_id AS document, r.pub_date AS date, se.id AS source_id, "
           "COALESCE(se.name, r.source) AS source, te.id AS target_id, "
           "COALESCE(te.name, r.target) AS target, r.polarity AS polarity, r.basis AS basis, "
           "r.ev_text AS evidence, r.ev_start AS start, r.ev_end AS \"end\", "
           "r.cluster_id AS cluster "
           "FROM relations r JOIN documents d ON d.id = r.document_id "
           "LEFT JOIN entities se ON se.id = r.source_entity "
           f"LEFT JOIN entities te ON te.id = r.target_entity{w.sql()} "
           f"ORDER BY r.pub_date, r.document_id, r.ev_start, r.id{_limit(limit)}")
    return _run(db, sql, w.params)


# ----------------------------------------------------------------------------- matrix

MATRIX_COLUMNS = ["row_id", "row", "proposition_id", "proposition", "support", "oppose",
                  "conditional", "neutral", "clusters", "score"]


def matrix(db: Database, *, by: str = "actor", actor: str | int | None = None,
           country: str | None = None, proposition: str | int | None = None,
           since: str | None = None, until: str | None = None) -> Table:
    """The stance matrix in long form: one row per (actor or country, proposition) with the
    number of distinct clusters per polarity, the clusters in all and the score."""
    if by not in ("actor", "country"):
        raise ValueError("by must be 'actor' or 'country'")
    w = _Where()
    w.add("s.proposition_id IS NOT NULL")
    _actor_filter(w, actor, "e")
    _country_filter(w, country, "e.country")
    _proposition_filter(w, proposition, "p")
    _dates(w, since, until, "s.pub_date")
    key = "e.id" if by == "actor" else "e.country"
    if by == "country":
        w.add("e.country IS NOT NULL")
    join_p = " JOIN propositions p ON p.id = s.proposition_id" if proposition else ""
    sql = (f"SELECT {key}, s.proposition_id, s.polarity, COUNT(DISTINCT s.cluster_id) "
           f"FROM stances s JOIN entities e ON e.id = s.entity_id{join_p}{w.sql()} "
           f"GROUP BY {key}, s.proposition_id, s.polarity")
    cells: dict[tuple[Any, int], dict[str, int]] = {}
    for rk, pid, pol, n in db.fetchall(sql, w.params):
        cells.setdefault((rk, int(pid)), {})[pol] = int(n)
    # Clusters with any stance per cell (a cluster holding two polarities counts once).
    tot_sql = (f"SELECT {key}, s.proposition_id, COUNT(DISTINCT s.cluster_id) "
               f"FROM stances s JOIN entities e ON e.id = s.entity_id{join_p}{w.sql()} "
               f"GROUP BY {key}, s.proposition_id")
    totals = {(rk, int(pid)): int(n) for rk, pid, n in db.fetchall(tot_sql, w.params)}
    props = {int(i): label for i, label in db.fetchall("SELECT id, label FROM propositions")}
    if by == "actor":
        ids = sorted({rk for rk, _ in cells})
        names = _entity_names(db, ids)
    else:
        names = {rk: rk for rk, _ in cells}
    rows = []
    for (rk, pid), per in cells.items():
        s, o = per.get("support", 0), per.get("oppose", 0)
        c, n = per.get("conditional", 0), per.get("neutral", 0)
        weighted = sum(POLARITY_WEIGHT.get(k, 0.0) * v for k, v in per.items())
        total = sum(per.values())
        score = round(weighted / total, 3) if total else 0.0
        rows.append((rk, names.get(rk, str(rk)), pid, props.get(pid, f"P{pid}"), s, o, c, n,
                     totals.get((rk, pid), 0), score))
    rows.sort(key=lambda r: (str(r[1]), r[3]))
    return Table(list(MATRIX_COLUMNS), rows)


def _entity_names(db: Database, ids: list[Any]) -> dict[Any, str]:
    out: dict[Any, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        for eid, name in db.fetchall(
                f"SELECT id, name FROM entities WHERE id IN "
                f"({', '.join('?' * len(chunk))})", chunk):
            out[eid] = name
    return out


def _tally(long: Table) -> tuple[dict[str, int], dict[Any, int], dict[Any, int],
                                  dict[Any, str], dict[Any, str]]:
    """The long table's column index, clusters per proposition and per row, and their labels."""
    idx = {c: i for i, c in enumerate(long.columns)}
    ri, pi, ci = idx["row_id"], idx["proposition_id"], idx["clusters"]
    weight: dict[Any, int] = {}
    rweight: dict[Any, int] = {}
    plabel: dict[Any, str] = {}
    rlabel: dict[Any, str] = {}
    for r in long.rows:
        weight[r[pi]] = weight.get(r[pi], 0) + r[ci]
        rweight[r[ri]] = rweight.get(r[ri], 0) + r[ci]
        plabel[r[pi]] = r[idx["proposition"]]
        rlabel[r[ri]] = str(r[idx["row"]])
    return idx, weight, rweight, plabel, rlabel


def _cell(r: tuple[Any, ...], idx: dict[str, int], value: str) -> Any:
    """One cell of the wide matrix: a column's value, or the ``summary`` "2+ 1- 1c 0n"."""
    if value == "summary":
        return (f"{r[idx['support']]}+ {r[idx['oppose']]}- {r[idx['conditional']]}c "
                f"{r[idx['neutral']]}n")
    return r[idx[value]]


def _pivot_cells(long: Table, value: str, top: int | None
                 ) -> tuple[list[str], list[str], list[list[tuple[int, Any]]]]:
    """Row labels, column labels and, per row, its (column, value) cells (rows that have a
    cell in the kept columns only)."""
    idx, weight, rweight, plabel, rlabel = _tally(long)
    ri, pi = idx["row_id"], idx["proposition_id"]
    pids = sorted(weight, key=lambda p: (-weight[p], plabel[p]))
    if top:
        pids = pids[:top]
    rids = sorted(rweight, key=lambda k: (-rweight[k], rlabel[k]))
    pcol = _unique({p: plabel[p] for p in pids}, "P")
    rname = _unique({k: rlabel[k] for k in rids}, "E")
    col = {p: i for i, p in enumerate(pids)}
    per_row: dict[Any, list[tuple[int, Any]]] = {}
    for r in long.rows:
        c = col.get(r[pi])
        if c is not None:
            per_row.setdefault(r[ri], []).append((c, _cell(r, idx, value)))
    kept = [k for k in rids if k in per_row]
    return [rname[k] for k in kept], [pcol[p] for p in pids], [per_row[k] for k in kept]


# Columns that hold entity / proposition row ids, shown as E12 / P3 (as --actor E12 takes them).
ENTITY_ID_COLUMNS = ("actor_id", "source_id", "target_id")
PROPOSITION_ID_COLUMNS = ("proposition_id",)


def display_ids(t: Table, kind: str) -> Table:
    """``t`` with entity ids as ``E12`` and proposition ids as ``P3``: the one id form of the
    README, ``--actor`` and ``--proposition``. ``kind`` names the listing (``actors``: its
    ``id`` column is an entity; ``matrix``: ``row_id`` is one when rows are actors)."""
    ent = set(ENTITY_ID_COLUMNS)
    if kind in ("actors",):
        ent.add("id")
    if kind == "matrix-actor":
        ent.add("row_id")
    fix = [("E" if c in ent else "P" if c in PROPOSITION_ID_COLUMNS else None)
           for c in t.columns]
    if not any(fix):
        return t
    rows = [tuple(f"{p}{v}" if p and v is not None else v for p, v in zip(fix, r, strict=True))
            for r in t.rows]
    return Table(list(t.columns), rows, t.header)


def pivot_ids(long: Table, by: str = "actor", value: str = "score", top: int | None = None
              ) -> Table:
    """The wide matrix keyed by ids: columns ``id`` (``E12``, or the country code),
    ``actor`` or ``country`` (the name), then one column per proposition named by its id
    (``P3``: two propositions with equal labels never collide); the labels are the
    ``header`` row. ``value`` and ``top`` as for :func:`pivot`."""
    idx, weight, rweight, plabel, rlabel = _tally(long)
    ri, pi = idx["row_id"], idx["proposition_id"]
    pids = sorted(weight, key=lambda p: (-weight[p], plabel[p], p))[:top] if top else sorted(
        weight, key=lambda p: (-weight[p], plabel[p], p))
    col = {p: i for i, p in enumerate(pids)}
    cells: dict[Any, list[Any]] = {}
    for r in long.rows:
        c = col.get(r[pi])
        if c is not None:
            cells.setdefault(r[ri], [None] * len(pids))[c] = _cell(r, idx, value)
    rids = sorted(cells, key=lambda k: (-rweight[k], rlabel[k], str(k)))
    ident = (lambda k: f"E{k}") if by == "actor" else str
    rows = [(ident(k), rlabel[k], *cells[k]) for k in rids]
    return Table(["id", by, *[f"P{p}" for p in pids]], rows,
                 header=["", "", *[plabel[p] for p in pids]])


def pivot(long: Table, value: str = "score", top: int | None = None) -> Table:
    """The wide matrix: one row per actor or country, one column per proposition.

    ``value``: score, clusters, support, oppose, conditional, neutral, or ``summary``
    (``"2+ 1- 1c 0n"``). Propositions are ordered by clusters in all (``top`` keeps the
    first ones); rows by clusters in all. Empty cells are None.
    """
    rows_l, cols_l, cells = _pivot_cells(long, value, top)
    rows = []
    for name, got in zip(rows_l, cells, strict=True):
        row: list[Any] = [None] * len(cols_l)
        for c, v in got:
            row[c] = v
        rows.append((name, *row))
    return Table(["row", *cols_l], rows)


def _unique(labels: dict[Any, str], prefix: str) -> dict[Any, str]:
    seen: dict[str, int] = {}
    for v in labels.values():
        seen[v] = seen.get(v, 0) + 1
    return {k: (f"{v} [{prefix}{k}]" if seen[v] > 1 else v) for k, v in labels.items()}


# ----------------------------------------------------------------------------- DataFrames


class Corpus:
    """The store as pandas DataFrames.

        >>> c = Corpus("stancemap.db")            # or "postgresql://user@host/db"
        >>> c.stances(country="POL", polarity="oppose")
        >>> c.matrix(by="country")                # countries x propositions, scores
    """

    def __init__(self, url: str | Database | None = None) -> None:
        from .access import open_reader

        self.db = url if isinstance(url, Database) else open_reader(url)

    def _df(self, table: Table) -> pd.DataFrame:
        import pandas as pd

        return pd.DataFrame.from_records(table.rows, columns=table.columns)

    def documents(self, **filters: Any) -> pd.DataFrame:
        return self._df(documents(self.db, **filters))

    def actors(self, **filters: Any) -> pd.DataFrame:
        """Entities (``actor``, ``country``, ``kind``, ``since``, ``until``, ``limit``)."""
        return self._df(actors(self.db, **filters))

    def statements(self, **filters: Any) -> pd.DataFrame:
        return self._df(statements(self.db, **filters))

    def stances(self, **filters: Any) -> pd.DataFrame:
        """Stances (``actor``, ``country``, ``proposition``, ``polarity``, ``since``,
        ``until``, ``limit``)."""
        return self._df(stances(self.db, **filters))

    def relations(self, **filters: Any) -> pd.DataFrame:
        return self._df(relations(self.db, **filters))

    def events(self, **filters: Any) -> pd.DataFrame:
        return self._df(events(self.db, **filters))

    def matrix(self, by: str = "actor", value: str = "score", long: bool = False,
               top: int | None = None, **filters: Any) -> pd.DataFrame:
        """Actors (or countries, ``by="country"``) x propositions; ``long=True`` gives one row
        per cell with every count. Columns are keyed by proposition id and label
        (``("P3", "sending troops")``: equal labels never collide); rows by name (a name
        two actors share gets their id: ``"Jan Kowalski [E7]"``)."""
        import numpy as np
        import pandas as pd

        t = matrix(self.db, by=by, **filters)
        if long:
            return self._df(t)
        wide = pivot_ids(t, by=by, value=value, top=top)
        assert wide.header is not None
        names = _unique({r[0]: str(r[1]) for r in wide.rows}, "")
        numeric = value != "summary"
        arr = np.array([r[2:] for r in wide.rows], dtype=object).reshape(
            len(wide.rows), len(wide.columns) - 2)
        if numeric:
            arr = np.where(arr == None, np.nan, arr).astype(float)  # noqa: E711
        cols = pd.MultiIndex.from_arrays([wide.columns[2:], wide.header[2:]],
                                         names=["id", "proposition"])
        return pd.DataFrame(arr, index=pd.Index([names[r[0]] for r in wide.rows], name=by),
                            columns=cols)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
