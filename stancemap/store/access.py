"""Opening a store for reading (``stancemap query``, ``export``, :class:`Corpus`).

Read-only commands must never write: the store is opened read-only (SQLite ``mode=ro``,
PostgreSQL read-only transactions), and a database that is not a stancemap store is refused
(E026) instead of having the store's tables added to it. Only a stancemap store of an older
schema version is upgraded first (as ``ingest`` would), through a separate writable connection.
"""

from __future__ import annotations

import os

from ..errors import StancemapError
from .db import DEFAULT_DB, Database, DatabaseError, connect, display_url, is_postgres, sqlite_path
from .schema import LATEST, version


def open_reader(url: str | None = None, *, require_documents: bool = False) -> Database:
    """The store at ``url``, read-only; StancemapError E020 (cannot open), E022 (newer
    schema), E026 (not a stancemap store) or, with ``require_documents``, E023 (empty)."""
    target = url or os.environ.get("STANCEMAP_DB") or DEFAULT_DB
    shown = display_url(target)
    path = sqlite_path(target)
    if not is_postgres(target) and path != ":memory:" and not os.path.exists(path):
        raise StancemapError("E020", target, detail="no such store file; run stancemap ingest "
                                                    "first")
    db = _connect(target, shown)
    try:
        found = _schema_version(db, shown)
        if found < LATEST:  # a stancemap store of an older version: upgrade it first
            db.close()
            from .ingest import open_store

            open_store(target, create=False).close()
            db = _connect(target, shown)
        if require_documents and db.fetchone("SELECT 1 FROM documents LIMIT 1") is None:
            raise StancemapError("E023", shown)
    except StancemapError:
        db.close()
        raise
    except db._errors as exc:
        db.close()
        raise StancemapError("E020", shown, detail=_one_line(exc)) from None
    return db


def _connect(target: str, shown: str) -> Database:
    try:
        return connect(target, read_only=True)
    except DatabaseError as exc:
        raise StancemapError("E020", shown, detail=str(exc)) from None


def _schema_version(db: Database, shown: str) -> int:
    if not db.table_exists("schema_version"):
        tables = _tables(db)
        detail = (f"it holds other tables: {', '.join(tables[:5])}"
                  + (", ..." if len(tables) > 5 else "") if tables else "it is empty")
        raise StancemapError("E026", shown, detail=detail)
    found = version(db)
    if found > LATEST:
        raise StancemapError("E022", shown, found=found, latest=LATEST)
    return found


def _tables(db: Database) -> list[str]:
    if db.dialect == "postgresql":
        sql = ("SELECT table_name FROM information_schema.tables "
               "WHERE table_schema = current_schema() ORDER BY table_name")
    else:
        sql = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
    return [str(r[0]) for r in db.fetchall(sql)]


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
