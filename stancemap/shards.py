"""Parquet shards of analysed documents: ``analyze --format parquet -o DIR`` writes them (on
one machine or on every Dask worker), ``ingest DIR`` stores them later without analysing
again.

A shard is one Parquet file of up to ``SHARD_ROWS`` documents, one row each: the text hash
(the store's identity of a document), the document id, the input path, the engine version
and the whole stancemap/1 document as JSON. Its name is a hash of its rows' text hashes, and
it is written to a temporary name and renamed: a task that runs twice (a retried Dask task)
writes the same file again instead of a second copy, and a killed writer leaves no half file.

Parquet inputs that hold *articles* (a ``text`` column and no ``document`` column; optional
``id``, ``title``, ``date``, ``url``, ``source``) are read as articles to analyse.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from .model import Article, Document

SHARD_ROWS = 1000
COLUMNS = ("content_hash", "doc_id", "path", "engine_version", "document")


@dataclass
class ShardRow:
    """One analysed document read back from a shard."""

    doc: Document
    content_hash: str
    path: str | None


def _schema() -> Any:
    import pyarrow as pa

    return pa.schema([(c, pa.string()) for c in COLUMNS])


def write_shard(rows: Sequence[tuple[Document, str | None]], directory: str,
                engine_version: str | None = None) -> str:
    """Write one shard of ``(document, input path)`` rows into ``directory``; its path."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from .store.ingest import content_hash

    hashes = [content_hash(d.text) for d, _ in rows]
    cols = {
        "content_hash": hashes,
        "doc_id": [d.id for d, _ in rows],
        "path": [p for _, p in rows],
        "engine_version": [engine_version] * len(rows),
        "document": [json.dumps(d.to_dict(), ensure_ascii=False, separators=(",", ":"))
                     for d, _ in rows],
    }
    name = hashlib.sha256("\n".join(hashes).encode()).hexdigest()[:20]
    os.makedirs(directory, exist_ok=True)
    final = os.path.join(directory, f"part-{name}.parquet")
    tmp = f"{final}.{os.getpid()}.tmp"
    pq.write_table(pa.table(cols, schema=_schema()), tmp, compression="zstd")
    os.replace(tmp, final)
    return final


class ShardWriter:
    """Writes documents into shards of ``rows`` documents under ``directory``."""

    def __init__(self, directory: str, rows: int = SHARD_ROWS) -> None:
        if os.path.exists(directory) and not os.path.isdir(directory):
            raise NotADirectoryError(f"{directory}: not a directory")
        os.makedirs(directory, exist_ok=True)
        self.directory = directory
        self.rows = max(1, rows)
        self.written: list[str] = []

    def write_all(self, docs: Iterable[Document]) -> list[str]:
        """Write every document; returns the shard paths."""
        from . import __version__

        batch: list[tuple[Document, str | None]] = []
        for doc in docs:
            batch.append((doc, None))
            if len(batch) >= self.rows:
                self.written.append(write_shard(batch, self.directory, __version__))
                batch = []
        if batch:
            self.written.append(write_shard(batch, self.directory, __version__))
        return self.written


# ----------------------------------------------------------------------------- reading


def parquet_files(path: str) -> list[str]:
    """The Parquet files a path names: itself, or those in a directory (sorted); else []."""
    if os.path.isdir(path):
        return sorted(os.path.join(path, n) for n in os.listdir(path)
                      if n.endswith(".parquet") and not n.startswith("."))
    return [path] if path.endswith(".parquet") and os.path.isfile(path) else []


def split_inputs(paths: Sequence[str]) -> tuple[list[str], list[str]]:
    """(Parquet files, other inputs): a directory holding Parquet files is all Parquet."""
    shards: list[str] = []
    others: list[str] = []
    for p in paths:
        found = parquet_files(p)
        if found:
            shards.extend(found)
        else:
            others.append(p)
    return shards, others


def is_document_shard(path: str) -> bool:
    """True when the file holds analysed documents, False when it holds articles."""
    import pyarrow.parquet as pq

    return "document" in pq.read_schema(path).names


def read_documents(path: str) -> Iterator[ShardRow]:
    """The analysed documents of one shard, in order."""
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    for batch in pf.iter_batches(columns=["content_hash", "path", "document"], batch_size=256):
        d = batch.to_pydict()
        for h, p, js in zip(d["content_hash"], d["path"], d["document"], strict=True):
            yield ShardRow(Document.from_dict(json.loads(js)), h, p)


def read_articles(path: str) -> Iterator[Article]:
    """The articles of a Parquet file with a ``text`` column (ids default to FILE-ROW)."""
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(path)
    names = set(pf.schema_arrow.names)
    if "text" not in names:
        raise ValueError(f"{path}: a Parquet input needs a 'text' or 'document' column")
    cols = [c for c in ("id", "text", "title", "date", "url", "source") if c in names]
    stem = os.path.splitext(os.path.basename(path))[0]
    n = 0
    for batch in pf.iter_batches(columns=cols, batch_size=256):
        for rec in batch.to_pylist():
            n += 1
            text = rec.get("text")
            if not isinstance(text, str) or not text.strip():
                continue
            yield Article(id=str(rec.get("id") or f"{stem}-{n}"), text=text,
                          title=_opt(rec.get("title")), date=_opt(rec.get("date")),
                          url=_opt(rec.get("url")), source=_opt(rec.get("source")),
                          path=f"{path}:{n}")


def _opt(value: Any) -> str | None:
    return None if value is None else str(value)[:10] if hasattr(value, "isoformat") \
        else str(value)


def parquet_inputs(files: Sequence[str]) -> tuple[Any, Any]:
    """Two readers over the Parquet ``files``, each taking the run's ``ReadReport``: the
    analysed documents of the document shards, and the articles of the article files.
    Unreadable files are reported (E013) and skipped; each row read counts as read."""
    def kind(path: str, report: Any) -> bool | None:
        try:
            return is_document_shard(path)
        except Exception as exc:  # pyarrow's errors: not Parquet, truncated, unreadable
            report.error("E013", path, detail=_one_line(exc))
            return None

    def docs(report: Any) -> Iterator[ShardRow]:
        for path in files:
            if kind(path, _Quiet()) is True:
                yield from _counted(read_documents(path), path, report)

    def articles(report: Any) -> Iterator[Article]:
        for path in files:
            k = kind(path, report)
            if k is False:
                yield from _counted(read_articles(path), path, report)

    return docs, articles


class _Quiet:
    def error(self, *args: object, **kw: object) -> None:
        pass


def _counted(rows: Iterator[Any], path: str, report: Any) -> Iterator[Any]:
    try:
        for row in rows:
            report.read += 1
            yield row
    except Exception as exc:  # a corrupt shard: what was read is kept
        report.error("E013", path, detail=_one_line(exc))


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split()) or type(exc).__name__
