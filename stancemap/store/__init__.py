"""The corpus store: many analysed documents in SQLite or PostgreSQL, with identities across
documents, near-duplicate clusters, queries and exports.

    >>> from stancemap.store import Corpus
    >>> Corpus("stancemap.db").stances(country="POL")      # a pandas DataFrame

Modules, one per concern: ``db`` (connections), ``schema`` (tables and migrations),
``identity`` (actors and propositions across documents), ``neardup`` (MinHash clusters),
``ingest`` (writing), ``query`` (reading, DataFrames) and ``export`` (JSONL, PLOVER, GraphML,
DNA).
"""

from __future__ import annotations

from .db import Database, connect
from .ingest import IngestReport, Store, content_hash, ingest, open_store

__all__ = [
    "Corpus",
    "Database",
    "IngestReport",
    "Store",
    "connect",
    "content_hash",
    "ingest",
    "open_store",
]


def __getattr__(name: str) -> object:
    if name == "Corpus":  # pandas loads only when queries are used
        from .query import Corpus

        return Corpus
    raise AttributeError(name)
