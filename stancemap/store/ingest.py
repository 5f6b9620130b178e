"""Writing to the store: one document per transaction, and the ``ingest`` run over inputs.

:class:`Store` adds analysed documents. Each :meth:`Store.add` is one transaction: the document
row, its near-duplicate buckets, its actors (linked to global entities), propositions (linked to
global propositions), statements, stances, events and relations commit together or not at all,
so a killed process leaves only whole documents behind. Documents are identified by a hash of
their text (:func:`content_hash`), so the same article stored twice is stored once.

:func:`ingest` reads inputs, skips texts already stored *before* the NLP runs on them (so a
re-run after a crash or Ctrl-C continues where it stopped), analyses the rest with
``Engine.analyze_many`` and stores them one by one, in input order. The storing runs in one
background writer thread fed through a bounded queue, so it overlaps with the NLP of the next
documents (the database work, waiting on the server or the disk, no longer adds to the run
time); each document is still its own transaction, and a Ctrl-C lets the writer store what
was already analysed before the run stops. With ``reanalyze=True`` stored texts are
analysed again and their derived rows replaced in one transaction; entities and propositions no
longer used by any document are deleted in that same transaction.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import logging
import os
import queue
import threading
import time
import unicodedata
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from ..errors import StancemapError
from ..model import Article, Document
from . import neardup
from .db import Database, DatabaseError, connect, display_url
from .identity import (
    ActorResolver,
    EntityRecord,
    PropositionRecord,
    PropositionResolver,
    content_words,
    entity_key,
    proposition_key,
)
from .schema import SchemaTooNew, migrate

log = logging.getLogger("stancemap")

# The PostgreSQL advisory lock that serialises writers' transactions ("stancemap" in ASCII).
WRITE_LOCK = 0x7374616E63656D61

_DERIVED = ("relations", "stances", "events", "statements", "doc_propositions", "doc_actors")

# What a new document still writes with its layers: (cluster statement or None, band rows).
_Pending = tuple[tuple[str, tuple[Any, ...]] | None, list[tuple[int, str]]]


def content_hash(text: str) -> str:
    """SHA-256 of the text with Unicode (NFC) and whitespace normalised."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def open_store(url: str | None = None, *, create: bool = True) -> Database:
    """Connect and bring the schema up to date; StancemapError (E020, E022) on failure.

    With ``create=False`` a SQLite file that does not exist is an error (E020) instead of a
    new empty store (for queries and exports, where a mistyped path must not pass silently).
    """
    if not create:
        from .db import is_postgres, sqlite_path

        target = url or os.environ.get("STANCEMAP_DB") or "stancemap.db"
        path = sqlite_path(target)
        if not is_postgres(target) and path != ":memory:" and not os.path.exists(path):
            raise StancemapError("E020", target,
                                 detail="no such store file; run stancemap ingest first")
    try:
        db = connect(url)
    except DatabaseError as exc:
        raise StancemapError("E020", display_url(url or "stancemap.db"), detail=str(exc)) from None
    try:
        migrate(db)
    except SchemaTooNew as exc:
        db.close()
        from .schema import LATEST

        raise StancemapError("E022", display_url(db.url), found=exc.found, latest=LATEST) from None
    except db._errors as exc:
        db.close()
        raise StancemapError("E020", display_url(db.url), detail=_one_line(exc)) from None
    return db


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__


class Store:
    """Adds analysed documents to a store (see the module docstring)."""

    def __init__(self, url_or_db: str | Database | None = None,
                 proposition_similarity: float | None = None) -> None:
        # PostgreSQL keeps synchronous_commit on: a document reported stored is on disk.
        self.db = url_or_db if isinstance(url_or_db, Database) else open_store(url_or_db)
        self._sim = proposition_similarity
        self._actors: ActorResolver | None = None
        self._props: PropositionResolver | None = None
        self._uses: Counter[int] = Counter()
        self._clock = (0, 0)  # identity_clock's (rev, epoch) the index reflects
        self._bumped: int | None = None  # the rev this transaction writes, once it has one
        # A re-analysed document's previous links: (kind, name, country) -> entity id.
        self._previous: dict[tuple[str, str, str | None], int] = {}
        self.neardup = neardup.Index(self.db)
        self.last_cluster: int | None = None  # cluster of the last document added

    # -- look-ups --------------------------------------------------------------------------

    def known_hashes(self) -> set[str]:
        return {r[0] for r in self.db.fetchall("SELECT content_hash FROM documents")}

    def find(self, text_hash: str) -> int | None:
        v = self.db.scalar("SELECT id FROM documents WHERE content_hash = ?", (text_hash,))
        return int(v) if v is not None else None

    def _resolvers(self) -> tuple[ActorResolver, PropositionResolver]:
        if self._actors is None or self._props is None:
            self._clock = self._read_clock()
            actors = ActorResolver()
            uses = dict(self.db.fetchall(
                "SELECT entity_id, COUNT(*) FROM doc_actors GROUP BY entity_id"))
            for i, kind, key, name, country, sector in self.db.fetchall(
                    "SELECT id, kind, key, name, country, sector FROM entities"):
                actors.add(EntityRecord(int(i), kind, key, name, country, sector,
                                        uses=int(uses.get(i, 0))))
            from .identity import PROPOSITION_SIMILARITY

            props = PropositionResolver(
                similarity=PROPOSITION_SIMILARITY if self._sim is None else self._sim)
            for i, key, label in self.db.fetchall("SELECT id, key, label FROM propositions"):
                props.add(PropositionRecord(int(i), key, label, content_words(label)))
            self._actors, self._props = actors, props
        return self._actors, self._props

    def _reset(self) -> None:
        """Forget the in-memory identity index (after a rolled-back transaction)."""
        self._actors = self._props = None

    def connection_lost(self) -> bool:
        """Whether the server connection is gone (PostgreSQL; an embedded file never is). A
        connection killed during a pipelined batch is not always marked broken yet (psycopg
        says "cannot exit pipeline mode while busy"), so an open one is asked once more."""
        conn = self.db.conn
        if getattr(conn, "closed", False) or getattr(conn, "broken", False):
            return True
        return self.db.dialect == "postgresql" and not self.db.answers()

    def reconnect(self) -> None:
        """A fresh connection to the same store (DatabaseError when it cannot be had)."""
        self.db.close()
        self.db = Database(self.db.url)
        self.neardup.db = self.db
        self._reset()

    # -- concurrent writers ----------------------------------------------------------------
    #
    # Each document's transaction first takes the store's write lock (SQLite: BEGIN
    # IMMEDIATE; PostgreSQL: a transaction-level advisory lock), so identity decisions are
    # taken one writer at a time, whatever the number of processes or machines. Under the
    # lock the writer reads identity_clock: if another writer added or changed entities or
    # propositions since this index was loaded, it loads those rows (rev > what it saw); if
    # one deleted some (epoch), it reloads the whole index. Linking then sees every entity
    # committed before, as a single writer would (only the use counts that break ties
    # between equally good person matches are counted per writer).

    def _read_clock(self) -> tuple[int, int]:
        row = self.db.fetchone("SELECT rev, epoch FROM identity_clock WHERE id = 1")
        return (int(row[0]), int(row[1])) if row else (0, 0)

    def _lock_and_catch_up(self) -> None:
        """In a transaction: take the write lock and bring the identity index up to date."""
        if self.db.dialect == "postgresql":
            self.db.execute("SELECT pg_advisory_xact_lock(?)", (WRITE_LOCK,))
        self._bumped = None
        if self._actors is None or self._props is None:
            return  # loaded under the lock when first needed
        rev, epoch = self._read_clock()
        if epoch != self._clock[1]:
            self._reset()
        elif rev != self._clock[0]:
            self._catch_up(self._clock[0])
            self._clock = (rev, epoch)

    def _catch_up(self, since: int) -> None:
        """Load the entities and propositions other writers added or changed after ``since``."""
        assert self._actors is not None and self._props is not None
        for i, kind, key, name, country, sector in self.db.fetchall(
                "SELECT id, kind, key, name, country, sector FROM entities WHERE rev > ?",
                (since,)):
            old = self._actors.records.get(int(i))
            self._actors.forget([int(i)])
            self._actors.add(EntityRecord(int(i), kind, key, name, country, sector,
                                          uses=old.uses if old else 0))
        for i, key, label in self.db.fetchall(
                "SELECT id, key, label FROM propositions WHERE rev > ?", (since,)):
            self._props.forget([int(i)])
            self._props.add(PropositionRecord(int(i), key, label, content_words(label)))

    def _rev(self) -> int:
        """The rev this transaction's identity writes carry (advances the clock once)."""
        if self._bumped is None:
            self._bumped = int(self.db.scalar(
                "UPDATE identity_clock SET rev = rev + 1 WHERE id = 1 RETURNING rev"))
        return self._bumped

    def _deleted_identities(self) -> None:
        """This transaction deletes entities or propositions: other writers reload."""
        self.db.execute("UPDATE identity_clock SET epoch = epoch + 1 WHERE id = 1")
        self._clock = (self._clock[0], self._clock[1] + 1)

    # -- writing ---------------------------------------------------------------------------

    def add(self, doc: Document, *, path: str | None = None, text_hash: str | None = None,
            replace: bool = False, engine_version: str | None = None) -> tuple[str, int]:
        """Store one document atomically.

        Returns ``(outcome, row id)``, outcome ``"stored"``, ``"duplicate"`` (the text is
        already stored and ``replace`` is false) or ``"replaced"``.
        """
        text_hash = text_hash or content_hash(doc.text)
        try:
            with self.db.transaction():
                self._lock_and_catch_up()
                if not replace:  # the usual case: no look-up first, the unique hash decides
                    got = self._insert_document(doc, text_hash, path, engine_version)
                    if got is None:
                        existing = self.find(text_hash)
                        assert existing is not None
                        return "duplicate", existing
                    row, cluster, before = got
                    outcome = "stored"
                elif (existing := self.find(text_hash)) is None:
                    got = self._insert_document(doc, text_hash, path, engine_version)
                    assert got is not None
                    row, cluster, before = got
                    outcome = "stored"
                else:
                    row = existing
                    old_entities, old_props = self._delete_derived(row)
                    self.db.execute(
                        "UPDATE documents SET doc_id = ?, title = ?, pub_date = ?, url = ?, "
                        "source = ?, path = COALESCE(?, path), layers = ?, engine_version = ?, "
                        "ingested_at = ? WHERE id = ?",
                        (doc.id, doc.title, doc.date, doc.url, doc.source, path, _layers(doc),
                         engine_version, _now(), row))
                    outcome = "replaced"
                    cluster = int(self.db.scalar(
                        "SELECT cluster_id FROM documents WHERE id = ?", (row,)) or row)
                    before = None
                try:
                    self._insert_layers(row, doc, cluster, before)
                finally:
                    self._previous = {}
                if outcome == "replaced":
                    self._collect(old_entities, old_props)
        except BaseException:
            self._reset()
            raise
        if self._bumped is not None:  # committed: the index now reflects this rev
            self._clock = (self._bumped, self._clock[1])
        self.last_cluster = cluster
        return outcome, row

    def _insert_document(self, doc: Document, text_hash: str, path: str | None,
                         engine_version: str | None
                         ) -> tuple[int, int, _Pending] | None:
        """Insert the document row unless its hash is stored (then None); returns its id,
        its cluster, and what :meth:`_insert_layers` writes with the layers: the statement
        that sets the cluster (when it is the document itself) and the LSH bucket rows."""
        sig = neardup.signature(doc.text)
        match = self.neardup.match(sig)
        got = self.db.fetchone(
            "INSERT INTO documents (content_hash, doc_id, title, pub_date, url, source, path, "
            "text, layers, engine_version, ingested_at, minhash, cluster_id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (content_hash) DO NOTHING RETURNING id",
            (text_hash, doc.id, doc.title, doc.date, doc.url, doc.source, path, doc.text,
             _layers(doc), engine_version, _now(), neardup.encode(sig),
             match[1] if match else None))
        if got is None:
            return None
        row = int(got[0])
        # A document that starts its own cluster is its cluster: set with the layers' rows.
        first = None if match else ("UPDATE documents SET cluster_id = ? WHERE id = ?",
                                    (row, row))
        return row, (match[1] if match else row), (first, [(row, b) for b in neardup.bands(sig)])

    def _insert_layers(self, row: int, doc: Document, cluster: int,
                       before: _Pending | None = None) -> None:
        """The document's rows in every per-document table, in one batch (with ``before``:
        the statement and band rows of a new document)."""
        first, bands = before if before is not None else (None, [])
        actors, props = self._resolvers()
        entity_of: dict[str, int] = {}
        actor_rows = []
        for a in doc.actors:
            ent = self._entity(actors, a.type, a.name, a.country, a.sector)
            entity_of[a.id] = ent
            actor_rows.append((row, a.id, ent, a.name, a.type, a.country, a.sector,
                               json.dumps(a.roles, ensure_ascii=False), len(a.mentions)))
        prop_of: dict[str, int] = {}
        prop_rows = []
        for p in doc.propositions:
            pid = self._proposition(props, p.label)
            prop_of[p.id] = pid
            prop_rows.append((row, p.id, pid, p.label))
        self.db.insert_batch([
            ("doc_bands", ("document_id", "bucket"), bands),
            ("doc_actors", ("document_id", "local_id", "entity_id", "name", "kind", "country",
                            "sector", "roles", "n_mentions"), actor_rows),
            ("doc_propositions", ("document_id", "local_id", "proposition_id", "label"),
             prop_rows),
            ("statements",
             ("document_id", "local_id", "speaker", "entity_id", "kind", "cue_start", "cue_end",
              "cue_text", "content_start", "content_end", "content_text", "attribution"),
             [(row, s.id, s.speaker, entity_of.get(s.speaker or ""), s.kind,
               s.cue.start if s.cue else None, s.cue.end if s.cue else None,
               s.cue.text if s.cue else None, s.content.start, s.content.end, s.content_text,
               s.attribution)
              for s in doc.statements]),
            ("stances",
             ("document_id", "actor", "entity_id", "proposition", "proposition_id", "polarity",
              "statement", "ev_start", "ev_end", "ev_text", "pub_date", "cluster_id"),
             [(row, st.actor, entity_of.get(st.actor), st.proposition,
               prop_of.get(st.proposition), st.polarity, st.statement, st.evidence.start,
               st.evidence.end, st.evidence.text, doc.date, cluster)
              for st in doc.stances]),
            ("events",
             ("document_id", "local_id", "event_type", "event_mode", "quad", "source", "target",
              "source_entity", "target_entity", "event_date", "ev_start", "ev_end", "ev_text",
              "cluster_id"),
             [(row, e.id, e.type, e.mode, e.quad, e.source, e.target,
               entity_of.get(e.source or ""), entity_of.get(e.target or ""), e.date or doc.date,
               e.evidence.start, e.evidence.end, e.evidence.text, cluster)
              for e in doc.events]),
            ("relations",
             ("document_id", "local_id", "source", "target", "source_entity", "target_entity",
              "polarity", "basis", "ev_start", "ev_end", "ev_text", "pub_date", "cluster_id"),
             [(row, r.id, r.source, r.target, entity_of.get(r.source), entity_of.get(r.target),
               r.polarity, r.basis, r.evidence.start, r.evidence.end, r.evidence.text, doc.date,
               cluster)
              for r in doc.relations]),
        ], first=first)

    def _entity(self, res: ActorResolver, kind: str, name: str, country: str | None,
                sector: str | None) -> int:
        rec = res.find(kind, name, country, self._previous.get((kind, name, country)))
        if rec is None:
            key = entity_key(kind, name, country)
            if kind == "person":
                ent = self.db.insert_id(
                    "INSERT INTO entities (kind, key, name, country, sector, rev) "
                    "VALUES (?, ?, ?, ?, ?, ?)", (kind, key, name, country, sector, self._rev()))
                rec = EntityRecord(ent, kind, key, name, country, sector)
            else:
                # Another writer may have added it since the index was loaded.
                got = self.db.fetchone(
                    "INSERT INTO entities (kind, key, name, country, sector, rev) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (kind, key) WHERE kind <> 'person' "
                    "DO NOTHING RETURNING id", (kind, key, name, country, sector, self._rev()))
                if got is not None:
                    rec = EntityRecord(int(got[0]), kind, key, name, country, sector)
                else:
                    old = self.db.fetchone("SELECT id, name, country, sector FROM entities "
                                           "WHERE kind = ? AND key = ?", (kind, key))
                    assert old is not None
                    rec = EntityRecord(int(old[0]), kind, key, old[1], old[2], old[3])
            res.add(rec)
        elif res.upgrade(rec, name, country, sector, kind):
            self.db.execute(
                "UPDATE entities SET kind = ?, name = ?, key = ?, country = ?, sector = ?, "
                "rev = ? WHERE id = ?",
                (rec.kind, rec.name, rec.key, rec.country, rec.sector, self._rev(), rec.id))
        rec.uses += 1
        return rec.id

    def _proposition(self, res: PropositionResolver, label: str) -> int:
        rec = res.find(label)
        if rec is None:
            key = proposition_key(label)
            got = self.db.fetchone("INSERT INTO propositions (key, label, rev) VALUES (?, ?, ?) "
                                   "ON CONFLICT (key) DO NOTHING RETURNING id",
                                   (key, label, self._rev()))
            if got is None:  # added by another writer
                got = self.db.fetchone("SELECT id, label FROM propositions WHERE key = ?",
                                       (key,))
                assert got is not None
                label = got[1]
            rec = PropositionRecord(int(got[0]), key, label, content_words(label))
            res.add(rec)
        return rec.id

    def _delete_derived(self, row: int) -> tuple[list[int], list[int]]:
        """Delete a document's derived rows; returns the entity and proposition ids they used."""
        links = self.db.fetchall(
            "SELECT kind, name, country, entity_id FROM doc_actors WHERE document_id = ?",
            (row,))
        self._previous = {(k, n, c): int(e) for k, n, c, e in links}
        ents = sorted({int(r[3]) for r in links})
        props = [int(r[0]) for r in self.db.fetchall(
            "SELECT DISTINCT proposition_id FROM doc_propositions WHERE document_id = ?", (row,))]
        for table in _DERIVED:
            self.db.execute(f"DELETE FROM {table} WHERE document_id = ?", (row,))
        if self._actors is not None:
            for e in ents:
                if e in self._actors.records:
                    self._actors.records[e].uses = max(0, self._actors.records[e].uses - 1)
        return ents, props

    def _collect(self, entities: list[int], props: list[int]) -> None:
        """Delete the given entities and propositions if no document refers to them now."""
        dead_e = [e for e in entities if self.db.fetchone(
            "SELECT 1 FROM doc_actors WHERE entity_id = ? LIMIT 1", (e,)) is None]
        dead_p = [p for p in props if self.db.fetchone(
            "SELECT 1 FROM doc_propositions WHERE proposition_id = ? LIMIT 1", (p,)) is None]
        self.db.executemany("DELETE FROM entities WHERE id = ?", [(e,) for e in dead_e])
        self.db.executemany("DELETE FROM propositions WHERE id = ?", [(p,) for p in dead_p])
        if dead_e or dead_p:
            self._deleted_identities()
        if self._actors is not None:
            self._actors.forget(dead_e)
        if self._props is not None:
            self._props.forget(dead_p)

    def gc(self) -> tuple[int, int]:
        """Delete every entity and proposition that no document refers to; returns counts."""
        with self.db.transaction():
            self._lock_and_catch_up()
            self._deleted_identities()
            e = self.db.execute(
                "DELETE FROM entities WHERE NOT EXISTS (SELECT 1 FROM doc_actors a "
                "WHERE a.entity_id = entities.id)").rowcount
            p = self.db.execute(
                "DELETE FROM propositions WHERE NOT EXISTS (SELECT 1 FROM doc_propositions d "
                "WHERE d.proposition_id = propositions.id)").rowcount
        self._reset()
        return int(e or 0), int(p or 0)

    def close(self) -> None:
        self.db.close()


def _layers(doc: Document) -> str:
    d = doc.to_dict()
    for key in ("id", "title", "date", "url", "source", "text"):
        d.pop(key, None)
    return json.dumps(d, ensure_ascii=False, separators=(",", ":"))


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


# ----------------------------------------------------------------------------- ingest runs


@dataclass
class IngestReport:
    """What one ingest run did."""

    read: int = 0
    stored: int = 0
    replaced: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    failed: int = 0
    reasons: Counter[str] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    interrupted: bool = False
    stopped: str = ""  # why the run stopped early (the store's connection was lost)
    seconds: float = 0.0

    def fail(self, msg: str, code: str) -> None:
        self.failed += 1
        self.reasons[code] += 1
        self.errors.append(msg)

    def add_reads(self, reads: Any) -> None:
        """Take the readers' count and their coded error lines (``... [E006]``)."""
        self.read = reads.read
        for msg in reads.errors:
            code = msg.rsplit("[", 1)[-1].rstrip("]") if msg.endswith("]") else "E000"
            self.fail(msg, code)

    def summary(self) -> str:
        parts = [f"{self.stored} document(s) stored"]
        if self.replaced:
            parts.append(f"{self.replaced} re-analysed")
        parts.append(f"{self.duplicates} skipped as duplicate")
        if self.near_duplicates:
            parts.append(f"{self.near_duplicates} linked as near-duplicate")
        parts.append(f"{self.failed} failed")
        line = ", ".join(parts)
        if self.reasons:
            from ..errors import Errors

            why = "; ".join(f"{n} x {_reason(getattr(Errors, code, code))} [{code}]"
                            for code, n in sorted(self.reasons.items()))
            line += f" ({why})"
        if self.seconds > 0:
            done = self.stored + self.replaced
            line += f" in {self.seconds:.1f} s ({done / self.seconds:.1f} docs/s)"
        if self.interrupted:
            line += "; interrupted: run the same command again to continue"
        if self.stopped:
            line += f"; stopped: {self.stopped}"
        return line


def _reason(message: str) -> str:
    """The short form of a catalogue message for the summary: no details, no placeholders
    (``'{field}'`` and the like)."""
    import re

    short = message.split(" (")[0].split(";")[0]
    return re.sub(r"\s*'?\{\w+(?::[^}]*)?\}'?", "", short).strip(" :")


MAX_LOST = 3  # connection losses in a row (reconnecting in between) before ingest stops
RECONNECT_WAIT = 0.5  # seconds before the n-th reconnection attempt: n times this


class StoreLost(Exception):
    """The store's connection was lost repeatedly: the run stops (message: E025 line)."""


class _Writer(threading.Thread):
    """The one thread that stores an ingest run's documents, in the order they are queued.

    It owns the store's connection while it runs (the main thread uses it only before
    :meth:`start` and after the thread has ended). Each queued ``(document, article, hash)``
    becomes one :meth:`Store.add` transaction; its result goes to :attr:`results` as
    ``("stored" | "replaced" | "duplicate", row, near_duplicate, article)`` or, for a document
    the database rejected, ``("E021", message, None, article)``. Any other exception ends the
    thread and is kept in :attr:`error` for the main thread to raise.
    """

    def __init__(self, store: Store, *, replace: bool, engine_version: str,
                 queue_size: int) -> None:
        super().__init__(name="stancemap-ingest-writer", daemon=True)
        self.store = store
        self.replace = replace
        self.engine_version = engine_version
        self.inbox: queue.Queue[tuple[Document, Article, str] | None] = queue.Queue(
            max(1, queue_size))
        self.results: queue.SimpleQueue[tuple[str, Any, bool, Article]] = queue.SimpleQueue()
        self.error: BaseException | None = None
        self.abandon = threading.Event()  # stop after the current document
        self._closed = False  # the end-of-input marker is queued

    def run(self) -> None:
        try:
            while not self.abandon.is_set():
                item = self.inbox.get()
                if item is None or self.abandon.is_set():
                    return
                if not self._store_one(*item):
                    return
        except BaseException as exc:  # handed to the main thread, never lost
            self.error = exc

    def _store_one(self, doc: Document, art: Article, h: str) -> bool:
        """Store one document; after a lost connection, reconnect and store it again. False
        when the writer must end (cancelled, or the connection lost MAX_LOST times in a row:
        then :attr:`error` is a :class:`StoreLost`)."""
        store = self.store
        lost = 0
        while True:
            try:
                outcome, row = store.add(doc, path=art.path, text_hash=h, replace=self.replace,
                                         engine_version=self.engine_version)
                break
            except store.db._errors as exc:
                if self.abandon.is_set():  # cancelled by a second Ctrl-C: not a failure
                    return False
                if not store.connection_lost():
                    msg = str(StancemapError("E021", art.path or art.id, detail=_one_line(exc)))
                    self.results.put(("E021", msg, False, art))
                    return True
                lost += 1
                while lost < MAX_LOST and not self._reconnect(lost):
                    lost += 1
                if lost >= MAX_LOST:
                    self.error = StoreLost(str(StancemapError(
                        "E025", display_url(store.db.url), count=lost, detail=_one_line(exc))))
                    return False
        near = (outcome == "stored" and store.last_cluster is not None
                and store.last_cluster != row)
        self.results.put((outcome, row, near, art))
        return True

    def _reconnect(self, attempt: int) -> bool:
        time.sleep(RECONNECT_WAIT * attempt)
        try:
            self.store.reconnect()
        except DatabaseError:
            return False
        return True

    def put(self, item: tuple[Document, Article, str]) -> None:
        """Queue one document (waits while the queue is full); raises the writer's error."""
        while True:
            self.check()
            try:
                self.inbox.put(item, timeout=0.2)
                return
            except queue.Full:
                continue

    def check(self) -> None:
        """Raise the exception that ended the writer, if one did."""
        if self.error is not None:
            raise self.error
        if not self.is_alive() and not self._closed:  # pragma: no cover - defensive
            raise RuntimeError("the ingest writer thread stopped unexpectedly")

    def finish(self, *, abandon: bool = False) -> bool:
        """Wait for the writer to store what is queued and end; returns True when a Ctrl-C
        came while waiting. ``abandon`` (or a Ctrl-C while waiting) drops what is still
        queued: the writer ends after the current document (a Ctrl-C also cancels its running
        statement, so its transaction rolls back), and a re-run analyses them again."""
        interrupted = False
        if abandon:
            self._abandon()
        while self.is_alive():
            try:
                if not self._closed:
                    try:
                        self.inbox.put(None, timeout=0.1)
                        self._closed = True
                    except queue.Full:
                        pass
                self.join(0.1)
            except KeyboardInterrupt:  # drop the queue, cancel the current statement
                interrupted = True
                self._abandon()
                self.store.db.interrupt()
        self._closed = True
        return interrupted

    def _abandon(self) -> None:
        self.abandon.set()
        try:  # wake a writer waiting for work
            self.inbox.put_nowait(None)
        except queue.Full:
            pass


def ingest(
    paths: Iterable[str],
    url: str | Database | None = None,
    *,
    reanalyze: bool = False,
    batch_size: int = 16,
    date: str | None = None,
    engine: Any = None,
    progress: bool = False,
    report: IngestReport | None = None,
    on_stored: Callable[[str, int], None] | None = None,
    queue_size: int = 32,
    max_bytes: int | None = None,
    jobs: int = 1,
) -> IngestReport:
    """Read ``paths``, analyse what is not stored yet, and store it (see module docstring).

    Documents are stored by a background writer thread, at most ``queue_size`` analysed
    documents behind the NLP. Reader, engine and store errors are logged (one line each) and
    counted in the report; an exception that ends the writer is raised here. A
    ``KeyboardInterrupt`` stops the NLP, lets the writer store the documents already
    analysed (a second one drops them instead) and sets ``interrupted``. ``on_stored`` is
    called in the calling thread. ``max_bytes``: the readers' input limit per document. When
    the store's connection is lost :data:`MAX_LOST` times in a row (reconnecting in between),
    the run stops and ``stopped`` says why (E025). ``jobs`` > 1 analyses in that many forked
    worker processes (:mod:`stancemap.parallel`); the one writer thread still stores in input
    order. Parquet shards of analysed documents (:mod:`stancemap.shards`) are stored without
    analysis.
    """
    from ..shards import split_inputs

    all_paths = list(paths)
    shard_files, text_paths = split_inputs(all_paths)
    run = _IngestRun(url, report, reanalyze=reanalyze, progress=progress, on_stored=on_stored,
                     queue_size=queue_size)
    try:
        run.run(all_paths, shard_files, text_paths, engine=engine, jobs=jobs,
                batch_size=batch_size, date=date, max_bytes=max_bytes)
    finally:
        run.close()
    return run.finish_report()


class _IngestRun:
    """One ``ingest`` call: what was read, queued for analysis, stored and counted."""

    def __init__(self, url: str | Database | None, report: IngestReport | None, *,
                 reanalyze: bool, progress: bool,
                 on_stored: Callable[[str, int], None] | None, queue_size: int) -> None:
        from .. import __version__
        from ..parallel import progress_bar
        from ..readers import ReadReport

        self.rep = report if report is not None else IngestReport()
        self.store = Store(url)
        self.t0 = time.perf_counter()
        self.reads = ReadReport()
        self.known = self.store.known_hashes()
        self.seen: set[str] = set()
        self.pending: deque[tuple[Article, str]] = deque()
        self.reanalyze, self.on_stored = reanalyze, on_stored
        self.bar = progress_bar("ingest", progress)
        self.pool: Any = None
        self.writer = _Writer(self.store, replace=reanalyze, engine_version=__version__,
                              queue_size=queue_size)

    def tick(self) -> None:
        if self.bar is not None:
            rep = self.rep
            self.bar.update(1)
            self.bar.set_postfix(stored=rep.stored + rep.replaced, dup=rep.duplicates,
                                 failed=rep.failed + self.reads.failed, refresh=False)

    def is_new(self, text_hash: str) -> bool:
        """A text not seen in this run and (unless reanalysing) not stored; else counted."""
        if text_hash in self.seen or (text_hash in self.known and not self.reanalyze):
            self.rep.duplicates += 1
            self.tick()
            return False
        self.seen.add(text_hash)
        return True

    def todo(self, article_parquet: Callable[[Any], Iterator[Article]], paths: list[str],
             date: str | None, max_bytes: int | None) -> Iterator[Article]:
        """The articles still to analyse, each queued as pending for its document."""
        from ..readers import MAX_INPUT_BYTES, iter_articles

        arts = itertools.chain(article_parquet(self.reads),
                               iter_articles(paths, date=date, report=self.reads,
                                             max_bytes=max_bytes or MAX_INPUT_BYTES)
                               if paths else ())
        for art in arts:
            h = content_hash(art.text)
            if self.is_new(h):
                self.pending.append((art, h))
                yield art

    def on_error(self, article: Article, exc: Exception) -> None:
        msg = str(StancemapError("E900", article.path or article.id, detail=repr(exc)))
        log.error(msg)
        self.rep.fail(msg, "E900")
        self.tick()

    def drain(self) -> None:
        """Count what the writer has stored so far (in this thread: report, bar, callback)."""
        while True:
            try:
                outcome, row, near, _art = self.writer.results.get_nowait()
            except queue.Empty:
                return
            self._count(outcome, row, near)

    def _count(self, outcome: str, row: Any, near: bool) -> None:
        rep = self.rep
        if outcome == "E021":
            log.error(row)
            rep.fail(row, "E021")
            self.tick()
            return
        if outcome == "stored":
            rep.stored += 1
            rep.near_duplicates += int(bool(near))
        elif outcome == "replaced":
            rep.replaced += 1
        else:
            rep.duplicates += 1
        if self.on_stored is not None:
            self.on_stored(outcome, row)
        self.tick()

    def store_shards(self, doc_shards: Callable[[Any], Iterator[Any]]) -> None:
        """Queue the analysed documents of Parquet shards (no NLP)."""
        for row in doc_shards(self.reads):
            if self.is_new(row.content_hash):
                art = Article(id=row.doc.id, text=row.doc.text, path=row.path)
                self.writer.put((row.doc, art, row.content_hash))
                self.drain()

    def run(self, all_paths: list[str], shard_files: list[str], paths: list[str], *,
            engine: Any, jobs: int, batch_size: int, date: str | None,
            max_bytes: int | None) -> None:
        """Analyse and store; a failure lets the writer end first, then is raised."""
        from ..shards import parquet_inputs

        doc_shards, article_parquet = parquet_inputs(shard_files)
        failure: BaseException | None = None
        try:
            articles = self.todo(article_parquet, paths, date, max_bytes)
            self._analyse(articles, doc_shards, all_paths, engine=engine, jobs=jobs,
                          batch_size=batch_size, date=date)
        except KeyboardInterrupt:
            self.rep.interrupted = True
        except StoreLost:
            pass  # reported below, from writer.error
        except BaseException as exc:
            failure = exc
        self._end_writer(failure)

    def _analyse(self, articles: Iterator[Article], doc_shards: Any, all_paths: list[str],
                 *, engine: Any, jobs: int, batch_size: int, date: str | None) -> None:
        from ..parallel import WorkerPool, count_in_background

        first = next(articles, None)  # load the engine only when something needs analysing
        if first is not None and engine is None:
            from ..pipeline import default_engine

            engine = default_engine()
        if first is not None and jobs > 1:  # fork before any thread starts
            self.pool = WorkerPool(engine, jobs)
        self.writer.start()
        count_in_background(self.bar, all_paths, date)
        self.store_shards(doc_shards)
        if first is None:
            return
        runner = self.pool if self.pool is not None else engine
        stream = itertools.chain([first], articles)
        for doc in runner.analyze_many(stream, batch_size=batch_size, on_error=self.on_error):
            self._put(doc)

    def _put(self, doc: Document) -> None:
        """Hand one analysed document, with its article and hash, to the writer."""
        from ..validate import script_warning

        while self.pending:
            art, h = self.pending.popleft()
            if art.text is doc.text or art.text == doc.text:  # a worker's is a copy
                break
        else:  # pragma: no cover - the engine always hands back its article's text
            art, h = Article(id=doc.id, text=doc.text), content_hash(doc.text)
        if (warning := script_warning(doc, art.path or art.id)) is not None:
            log.warning(warning)
        self.writer.put((doc, art, h))  # raises the writer's error, if it had one
        self.drain()

    def _end_writer(self, failure: BaseException | None) -> None:
        """Let the writer store what is queued (after a failure: drop it) and end."""
        writer = self.writer
        if writer.finish(abandon=failure is not None or writer.error is not None):
            self.rep.interrupted = True
        self.drain()
        if isinstance(writer.error, StoreLost):
            self.rep.stopped = str(writer.error)
            log.error(self.rep.stopped)
            writer.error = None
        if failure is None:
            writer.check()
            return
        if writer.error is not None and writer.error is not failure:
            log.error("ingest: the store writer failed too: %r", writer.error)
        raise failure

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
        if self.bar is not None:
            self.bar.close()
        self.rep.seconds = time.perf_counter() - self.t0
        if not self.writer.is_alive():  # else it still owns the connection; exit closes it
            self.store.close()

    def finish_report(self) -> IngestReport:
        self.rep.add_reads(self.reads)
        return self.rep
