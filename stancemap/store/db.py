"""Connections: an embedded SQLite file or a PostgreSQL server behind one small interface.

SQL in the store is written once, portable, with ``?`` placeholders; :class:`Database`
rewrites them for psycopg. Transactions are explicit (:meth:`Database.transaction`); outside
one, every statement commits on its own.

- SQLite: WAL journal (readers never block the writer), ``synchronous=NORMAL`` (a commit is
  atomic and survives a killed process; only a power cut can lose the last commits), foreign
  keys on, a busy timeout so a second process waits instead of failing.
- PostgreSQL (psycopg 3): statements run more than a few times are prepared on the server
  (psycopg's ``prepare_threshold``); ``executemany`` pipelines its rows, and
  :meth:`Database.insert_batch` pipelines several tables' rows in one round trip.

``connect(url)`` takes ``sqlite:///abs/path`` (a file URL: ``sqlite:///tmp/x.db`` is
``/tmp/x.db``), ``sqlite://rel/path``, ``sqlite:///:memory:``, a plain file path, or
``postgresql://user@host:port/dbname`` (``postgres://`` too). ``read_only=True`` opens the
store so that nothing can be written through the connection (SQLite ``mode=ro``; PostgreSQL
read-only transactions).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

DEFAULT_DB = "stancemap.db"

Row = tuple[Any, ...]


class DatabaseError(Exception):
    """A store could not be opened or used (the message names the database)."""


def is_postgres(url: str) -> bool:
    return url.startswith(("postgresql://", "postgres://", "postgresql+psycopg://"))


def sqlite_path(url: str) -> str:
    """The file path of a SQLite URL or plain path: ``sqlite:///tmp/x.db`` is the absolute
    ``/tmp/x.db`` (as in a ``file:///`` URL), ``sqlite://x.db`` the relative ``x.db``."""
    if not url.startswith("sqlite://"):
        return url
    path = url[len("sqlite://"):]
    if path in ("", "/", "/:memory:", ":memory:"):
        return ":memory:"
    return "/" + path.lstrip("/") if path.startswith("/") else path


def display_url(url: str) -> str:
    """The URL without a password, for messages."""
    if "://" in url and "@" in url.split("://", 1)[1].split("/", 1)[0]:
        scheme, rest = url.split("://", 1)
        cred, host = rest.split("@", 1)
        user = cred.split(":", 1)[0]
        return f"{scheme}://{user}@{host}"
    return url


@lru_cache(maxsize=512)
def _pg_sql(sql: str) -> str:
    return sql.replace("%", "%%").replace("?", "%s")


class Database:
    """One connection to a store, SQLite or PostgreSQL."""

    def __init__(self, url: str, read_only: bool = False) -> None:
        self.url = url
        self.read_only = read_only
        self.dialect = "postgresql" if is_postgres(url) else "sqlite"
        self._depth = 0
        try:
            if self.dialect == "postgresql":
                import psycopg

                pg_url = url.replace("postgresql+psycopg://", "postgresql://", 1)
                self.conn: Any = psycopg.connect(pg_url, autocommit=True, prepare_threshold=2)
                self._errors: tuple[type[BaseException], ...] = (psycopg.Error,)
                if read_only:
                    self.conn.execute("SET default_transaction_read_only = on")
            else:
                path = sqlite_path(url)
                if path != ":memory:":
                    parent = os.path.dirname(os.path.abspath(path))
                    if not os.path.isdir(parent):
                        raise DatabaseError(f"no such directory: {parent}")
                self.conn = _sqlite_connect(path, read_only)
                self._errors = (sqlite3.Error,)
                pragmas = ("busy_timeout=30000", "cache_size=-65536")
                if not read_only:
                    pragmas = ("journal_mode=WAL", "synchronous=NORMAL", "foreign_keys=ON",
                               *pragmas)
                for pragma in pragmas:
                    self.conn.execute(f"PRAGMA {pragma}")
        except DatabaseError:
            raise
        except Exception as exc:  # driver-specific connection errors
            raise DatabaseError(_one_line(exc)) from None

    # -- statements -----------------------------------------------------------------------

    def _sql(self, sql: str) -> str:
        return _pg_sql(sql) if self.dialect == "postgresql" else sql

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        """Run one statement; returns the driver's cursor."""
        return self.conn.execute(self._sql(sql), tuple(params))

    def executemany(self, sql: str, rows: Iterable[Sequence[Any]]) -> None:
        rows = [tuple(r) for r in rows]
        if not rows:
            return
        if self.dialect == "postgresql":
            with self.conn.cursor() as cur:
                cur.executemany(self._sql(sql), rows)
        else:
            self.conn.executemany(sql, rows)

    def insert_rows(self, table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]
                    ) -> None:
        """Bulk insert: ``COPY`` on PostgreSQL, one prepared ``executemany`` on SQLite."""
        rows = list(rows)
        if not rows:
            return
        cols = ", ".join(columns)
        if self.dialect == "postgresql":
            with self.conn.cursor() as cur, cur.copy(
                    f"COPY {table} ({cols}) FROM STDIN") as copy:
                for r in rows:
                    copy.write_row(r)
        else:
            marks = ", ".join("?" * len(columns))
            self.conn.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", rows)

    def insert_batch(self, inserts: Sequence[tuple[str, Sequence[str], Sequence[Sequence[Any]]]],
                     first: tuple[str, Sequence[Any]] | None = None) -> None:
        """Several bulk inserts ``(table, columns, rows)``, after the statement ``first``
        (``(sql, params)``, no result) if given: on PostgreSQL all sent in one pipeline of
        prepared ``INSERT``s, so the lot costs one round trip to the server instead of two
        per ``COPY``; on SQLite one prepared ``executemany`` per table."""
        todo = [(f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
                 f"({', '.join('?' * len(cols))})", rows) for table, cols, rows in inserts if rows]
        if self.dialect != "postgresql":
            if first is not None:
                self.conn.execute(first[0], tuple(first[1]))
            for sql, rows in todo:
                self.conn.executemany(sql, rows)
            return
        if first is None and not todo:
            return
        with self.conn.pipeline(), self.conn.cursor() as cur:
            if first is not None:
                cur.execute(self._sql(first[0]), tuple(first[1]))
            for sql, rows in todo:
                cur.executemany(self._sql(sql), rows)

    def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return list(self.execute(sql, params).fetchall())

    def fetchone(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        return self.execute(sql, params).fetchone()

    def scalar(self, sql: str, params: Sequence[Any] = ()) -> Any:
        row = self.fetchone(sql, params)
        return row[0] if row else None

    def insert_id(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run an INSERT and return the new row's ``id`` (``RETURNING id``, both dialects)."""
        return int(self.execute(sql + " RETURNING id", params).fetchone()[0])

    def columns(self, sql: str, params: Sequence[Any] = ()) -> tuple[list[str], list[Row]]:
        """Column names and rows of a query."""
        cur = self.execute(sql, params)
        names = [d[0] for d in cur.description]
        return names, list(cur.fetchall())

    # -- transactions ---------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """All statements inside commit together, or not at all (nesting joins the outer)."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        # SQLite: take the write lock at once, so two writers queue instead of failing.
        self.conn.execute("BEGIN IMMEDIATE" if self.dialect == "sqlite" else "BEGIN")
        self._depth = 1
        try:
            yield self
        except BaseException:
            self._depth = 0
            try:
                self.conn.execute("ROLLBACK")
            except Exception:  # the connection itself may be gone
                pass
            raise
        self._depth = 0
        self.conn.execute("COMMIT")

    # -- information ----------------------------------------------------------------------

    def table_exists(self, name: str) -> bool:
        if self.dialect == "postgresql":
            sql = ("SELECT 1 FROM information_schema.tables "
                   "WHERE table_schema = current_schema() AND table_name = ?")
        else:
            sql = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"
        return self.fetchone(sql, (name,)) is not None

    def size_bytes(self) -> int:
        """The database's size on disk (SQLite file plus WAL; PostgreSQL database size)."""
        if self.dialect == "postgresql":
            return int(self.scalar("SELECT pg_database_size(current_database())"))
        path = sqlite_path(self.url)
        if path == ":memory:":
            return 0
        return sum(os.path.getsize(p) for p in (path, path + "-wal") if os.path.exists(p))

    def interrupt(self) -> None:
        """Cancel the statement running on this connection, from another thread (the
        statement fails with the driver's error; its transaction is then rolled back).
        Nothing happens when none is running."""
        try:
            if self.dialect == "postgresql":
                self.conn.cancel_safe(timeout=5)
            else:
                self.conn.interrupt()
        except Exception:  # the connection may be closed or gone
            pass

    def answers(self) -> bool:
        """Whether the server still answers a trivial query (after a failed statement, whose
        transaction was rolled back: a document the database rejected leaves it answering)."""
        try:
            self.conn.execute("SELECT 1")
        except self._errors:
            return False
        return True

    def close(self) -> None:
        try:
            self.conn.close()
        except Exception:
            pass

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _sqlite_connect(path: str, read_only: bool) -> sqlite3.Connection:
    if read_only and path != ":memory:":
        from urllib.parse import quote

        uri = f"file:{quote(os.path.abspath(path))}?mode=ro"
        return sqlite3.connect(uri, uri=True, isolation_level=None, timeout=30,
                               check_same_thread=False)
    return sqlite3.connect(path, isolation_level=None, timeout=30, check_same_thread=False)


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


def connect(url: str | None = None, read_only: bool = False) -> Database:
    """Open the store at ``url`` (default ``stancemap.db`` in the working directory)."""
    return Database(url or os.environ.get("STANCEMAP_DB") or DEFAULT_DB, read_only=read_only)
