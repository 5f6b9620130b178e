"""Read-only connections to the store for the web UI, one per server thread.

- SQLite: opened through a ``file:PATH?mode=ro`` URI (the file is never created or written)
  with ``PRAGMA query_only`` on top;
- PostgreSQL: ``SET default_transaction_read_only = on`` right after connecting, so every
  statement runs in a read-only transaction.

Nothing here migrates: a store whose schema is older than this stancemap must be upgraded
once by a writing command (``stancemap ingest`` or ``stancemap query``) first.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..store.db import Database, DatabaseError, display_url, is_postgres, sqlite_path


class ReadOnlyDatabase(Database):
    """A :class:`Database` that cannot write (see the module docstring)."""

    def __init__(self, url: str) -> None:  # Database.__init__ would open read-write
        self.url = url
        self.dialect = "postgresql" if is_postgres(url) else "sqlite"
        self._depth = 0
        try:
            if self.dialect == "postgresql":
                self._open_postgres(url)
            else:
                self._open_sqlite(url)
        except DatabaseError:
            raise
        except Exception as exc:  # driver-specific connection errors
            raise DatabaseError(" ".join(str(exc).split()) or type(exc).__name__) from None

    def _open_postgres(self, url: str) -> None:
        import psycopg

        pg_url = url.replace("postgresql+psycopg://", "postgresql://", 1)
        self.conn = psycopg.connect(pg_url, autocommit=True, prepare_threshold=2)
        self.conn.execute("SET default_transaction_read_only = on")
        self._errors = (psycopg.Error,)

    def _open_sqlite(self, url: str) -> None:
        path = sqlite_path(url)
        if path == ":memory:" or not os.path.isfile(path):
            raise DatabaseError(f"no such store file: {path}")
        uri = "file:" + quote(str(Path(path).resolve())) + "?mode=ro"
        self.conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=30,
                                    check_same_thread=False)
        self._errors = (sqlite3.Error,)
        for pragma in ("query_only=ON", "busy_timeout=30000", "cache_size=-32768"):
            self.conn.execute(f"PRAGMA {pragma}")


def check_schema(db: Database) -> None:
    """DatabaseError unless the store's schema is the one this code reads."""
    from ..store.schema import LATEST, version

    found = version(db)
    if found != LATEST:
        what = "is not a stancemap store (or is empty)" if found == 0 else (
            f"has schema v{found}, this stancemap reads v{LATEST}")
        hint = "" if found > LATEST else (
            "; run `stancemap query documents --limit 1` once to upgrade it")
        raise DatabaseError(f"{display_url(db.url)} {what}{hint if found else ''}")


class Pool:
    """One read-only connection per thread, opened on first use; closed by :meth:`close`."""

    def __init__(self, url: str) -> None:
        self.url = url
        self._local = threading.local()
        self._all: list[Database] = []
        self._lock = threading.Lock()
        self._version: tuple[float, tuple[Any, ...]] = (0.0, ())
        self._refresh = threading.Lock()
        self.get()  # fail now, not at the first request, when the store cannot be read

    def get(self) -> Database:
        db = getattr(self._local, "db", None)
        if db is None:
            db = ReadOnlyDatabase(self.url)
            if not self._all:
                check_schema(db)
            self._local.db = db
            with self._lock:
                self._all.append(db)
        return db

    def version(self, db: Database, ttl: float = 1.0) -> tuple[Any, ...]:
        """A value that changes when documents are added or re-analysed (checked at most once
        per ``ttl`` seconds, by one thread): the key of the page caches. Index-only lookups:
        the number of documents and the highest document, stance and event ids (re-analysis
        writes new stance and event rows)."""
        now = time.monotonic()
        at, value = self._version
        if value and now - at <= ttl:
            return value
        if not self._refresh.acquire(blocking=not value):
            return value  # another thread is refreshing it
        try:
            row = db.fetchone("SELECT (SELECT COUNT(*) FROM documents), "
                              "(SELECT MAX(id) FROM documents), (SELECT MAX(id) FROM stances), "
                              "(SELECT MAX(id) FROM events)")
            value = tuple(row or ())
            self._version = (time.monotonic(), value)
        finally:
            self._refresh.release()
        return value

    def close(self) -> None:
        with self._lock:
            for db in self._all:
                db.close()
            self._all.clear()


class Cache:
    """A small LRU of computed values, keyed by (corpus version, page, parameters), holding at
    most ``size`` values and, when values are bytes, at most ``max_bytes`` of them."""

    def __init__(self, size: int = 256, max_bytes: int | None = None) -> None:
        self.size = size
        self.max_bytes = max_bytes
        self._data: dict[Any, Any] = {}
        self._bytes = 0
        self._lock = threading.Lock()

    def get_or(self, key: Any, compute: Callable[[], Any]) -> Any:
        with self._lock:
            if key in self._data:
                value = self._data.pop(key)
                self._data[key] = value
                return value
        value = compute()
        with self._lock:
            if key not in self._data:
                self._data[key] = value
                self._bytes += _weight(value)
            while self._data and (len(self._data) > self.size or (
                    self.max_bytes is not None and self._bytes > self.max_bytes)):
                self._bytes -= _weight(self._data.pop(next(iter(self._data))))
        return value


def _weight(value: Any) -> int:
    return len(value) if isinstance(value, bytes | str) else 0
