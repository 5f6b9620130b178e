"""Full-text search over the documents without writing to the store: an in-memory SQLite FTS5
index (contentless: only the word lists, about a third of the text's size) that the server
builds in the background when it starts.

Until the index is ready, or when the store has changed since it was built (the corpus
version differs; a rebuild then starts), :meth:`TextIndex.search` returns None and the caller
falls back to a ``LIKE`` scan of the store. Stores over ``MAX_DOCUMENTS`` are not indexed.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from typing import Any

from ..store.db import Database

MAX_DOCUMENTS = 200_000
WORD = re.compile(r"\w+", re.UNICODE)


class TextIndex:
    def __init__(self) -> None:
        self._conn: sqlite3.Connection | None = None
        self._version: Any = None
        self._building = False
        self._lock = threading.Lock()

    def build(self, db: Database, version: Any) -> None:
        """Index every document of ``db`` (call from a background thread)."""
        with self._lock:
            if self._building:
                return
            self._building = True
        try:
            if int(db.scalar("SELECT COUNT(*) FROM documents") or 0) > MAX_DOCUMENTS:
                return
            conn = sqlite3.connect(":memory:", check_same_thread=False)
            conn.execute("CREATE VIRTUAL TABLE docs USING fts5(title, text, content='', "
                         "tokenize='unicode61 remove_diacritics 2')")
            last = 0
            while True:
                rows = db.fetchall("SELECT id, COALESCE(title, ''), text FROM documents "
                                   "WHERE id > ? ORDER BY id LIMIT 500", (last,))
                if not rows:
                    break
                conn.executemany("INSERT INTO docs (rowid, title, text) VALUES (?, ?, ?)", rows)
                last = rows[-1][0]
            with self._lock:
                old, self._conn, self._version = self._conn, conn, version
            if old is not None:
                old.close()
        finally:
            self._building = False

    def search(self, q: str, version: Any, limit: int = 20) -> list[int] | None:
        """Ids of documents holding every word of ``q`` (the last one as a prefix), best
        first; None when the index cannot answer (not built, or built for another version)."""
        words = WORD.findall(q.lower())
        with self._lock:
            if self._conn is None or self._version != version:
                return None
            if not words:
                return []
            match = " AND ".join(f'"{w}"' for w in words[:-1])
            match = (match + " AND " if match else "") + f'"{words[-1]}"*'
            rows = self._conn.execute("SELECT rowid FROM docs WHERE docs MATCH ? "
                                      "ORDER BY rank LIMIT ?", (match, limit)).fetchall()
        return [int(r[0]) for r in rows]

    def needs_build(self, version: Any) -> bool:
        return not self._building and self._version != version
