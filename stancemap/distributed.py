"""A distributed batch mode on Dask (``dask.distributed``): ``ingest --dask ADDRESS``.

``ADDRESS`` is ``local`` or ``local:N`` (a LocalCluster of N worker processes on this
machine, one thread each) or the address of a running scheduler (``tcp://HOST:8786``).

The client reads the inputs (directories, JSONL, Parquet, ...), drops texts the store
already holds, and hands the rest to the workers in partitions of ``partition`` articles, a
few per worker at a time (memory stays bounded on a million articles). Each worker process
loads the model once (the first partition it gets) and keeps it. What happens to the
analysed documents depends on the store:

- PostgreSQL: each worker writes its partition's documents itself (one connection per
  worker process, one transaction per document). Writers take the store's lock per document
  and catch up with each other's entities (``Store``), so nothing is split in two.
- SQLite (or any store with ``results="client"``): the documents come back to the client, in
  input order, and its one writer thread stores them (``store.ingest`` with a Dask engine).

Idempotent by text hash: a retried or duplicated task stores nothing twice (the unique hash
and ``ON CONFLICT``), and a worker killed mid-partition loses nothing: Dask runs the task
again on another worker, where the documents already stored count as duplicates. Task keys
are a hash of the partition's texts, so the same partition submitted twice runs once.

Why Dask rather than Ray: the work is a plain batch of independent Python tasks over
pickled dataclasses; ``dask.distributed`` gives exactly that (futures, retries on worker
loss, a LocalCluster for one machine, ``dask-scheduler``/``dask-worker`` or dask-jobqueue /
dask-kubernetes for clusters) as pure-Python wheels, while Ray brings a large native runtime
and an object store this pipeline does not need.
"""

from __future__ import annotations

import hashlib
import itertools
import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from typing import Any

from .model import Article, Document
from .parallel import WorkerError

log = logging.getLogger("stancemap")

PARTITION = 8  # articles per task
_STORES: dict[str, Any] = {}  # per worker process: one open Store per URL


# ----------------------------------------------------------------------------- workers


def _engine() -> Any:
    from .pipeline import default_engine

    return default_engine()  # loaded once per worker process


def analyze_partition(articles: list[Article], batch_size: int = 16
                      ) -> list[Document | WorkerError]:
    """On a worker: the documents of ``articles``, a WorkerError where one failed."""
    failed: dict[int, WorkerError] = {}

    def on_error(article: Article, exc: Exception) -> None:
        failed[id(article)] = WorkerError(repr(exc))

    docs = iter(list(_engine().analyze_many(articles, batch_size=batch_size,
                                            on_error=on_error)))
    return [failed[id(a)] if id(a) in failed else next(docs) for a in articles]


def store_partition(articles: list[Article], url: str, batch_size: int = 16,
                    replace: bool = False) -> dict[str, Any]:
    """On a worker: analyse ``articles`` and store them into ``url``; returns the counts
    (``stored``, ``replaced``, ``duplicates``, ``near``) and the ``errors`` as
    ``(code, message)``. Texts already stored are not analysed again unless ``replace``."""
    from . import __version__
    from .errors import StancemapError
    from .store.ingest import Store, content_hash

    store = _STORES.get(url)
    if store is None:
        store = _STORES[url] = Store(url)
    out: dict[str, Any] = {"stored": 0, "replaced": 0, "duplicates": 0, "near": 0,
                           "errors": []}
    hashes = [content_hash(a.text) for a in articles]
    have = set() if replace else _stored_hashes(store, hashes)
    todo = [(a, h) for a, h in zip(articles, hashes, strict=True) if h not in have]
    out["duplicates"] += len(articles) - len(todo)
    results = analyze_partition([a for a, _ in todo], batch_size) if todo else []
    for (art, h), res in zip(todo, results, strict=True):
        where = art.path or art.id
        if isinstance(res, WorkerError):
            out["errors"].append(("E900", str(StancemapError("E900", where, detail=res.text))))
            continue
        try:
            outcome, row = store.add(res, path=art.path, text_hash=h, replace=replace,
                                     engine_version=__version__)
        except store.db._errors as exc:
            detail = " ".join(str(exc).split())
            out["errors"].append(("E021", str(StancemapError("E021", where, detail=detail))))
            continue
        key = {"stored": "stored", "replaced": "replaced"}.get(outcome, "duplicates")
        out[key] += 1
        if outcome == "stored" and store.last_cluster not in (None, row):
            out["near"] += 1
    return out


def _stored_hashes(store: Any, hashes: list[str]) -> set[str]:
    marks = ", ".join("?" * len(hashes))
    return {r[0] for r in store.db.fetchall(
        f"SELECT content_hash FROM documents WHERE content_hash IN ({marks})", hashes)}


def shard_partition(articles: list[Article], directory: str, batch_size: int = 16
                    ) -> dict[str, Any]:
    """On a worker: analyse ``articles`` into one Parquet shard in ``directory`` (a path
    every worker can write: a shared file system); returns the shard path, the number of
    documents and the failures as ``(index in articles, repr of the exception)``."""
    from . import __version__
    from .shards import write_shard

    results = analyze_partition(articles, batch_size)
    rows = [(r, a.path) for a, r in zip(articles, results, strict=True)
            if not isinstance(r, WorkerError)]
    errors = [(i, r.text) for i, r in enumerate(results) if isinstance(r, WorkerError)]
    path = write_shard(rows, directory, __version__) if rows else None
    return {"shard": path, "documents": len(rows), "errors": errors}


# ----------------------------------------------------------------------------- client


def connect(address: str) -> tuple[Any, Any]:
    """(client, cluster or None) for ``local[:N]`` or a scheduler address."""
    from dask.distributed import Client, LocalCluster

    from .errors import StancemapError

    local = address == "local" or address.startswith("local:")
    try:
        if local:
            n = int(address.split(":", 1)[1]) if ":" in address else (os.cpu_count() or 1)
            if n < 1:
                raise ValueError("local:N needs N >= 1")
            cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                   dashboard_address=None, memory_limit=0)
            return Client(cluster), cluster
        return Client(address, timeout="20s"), None
    except (OSError, TimeoutError, ValueError) as exc:
        detail = " ".join(str(exc).split()) or type(exc).__name__
        raise StancemapError("E031", address, detail=detail) from None


def task_key(prefix: str, articles: list[Article]) -> str:
    """A key that names the partition by its texts: the same partition is one task."""
    h = hashlib.sha256()
    for a in articles:
        h.update(a.text.encode("utf-8"))
        h.update(b"\0")
    return f"stancemap-{prefix}-{h.hexdigest()[:24]}"


def partitions(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while chunk := list(itertools.islice(it, size)):
        yield chunk


class DaskEngine:
    """``analyze_many`` on a Dask cluster: documents come back here, in input order."""

    def __init__(self, client: Any, partition: int = PARTITION, window: int | None = None
                 ) -> None:
        self.client = client
        self.partition = partition
        n = max(1, len(client.scheduler_info().get("workers", {})))
        self.window = window or 3 * n

    def analyze_many(self, articles: Iterable[Article], batch_size: int = 16,
                     on_error: Callable[[Article, Exception], None] | None = None
                     ) -> Iterator[Document]:
        from .parallel import documents_of

        parts = partitions(articles, self.partition)
        queue: deque[tuple[list[Article], Any]] = deque()

        def submit() -> None:
            part = next(parts, None)
            if part is not None:
                queue.append((part, self.client.submit(
                    analyze_partition, part, batch_size, key=task_key("analyze", part),
                    retries=2)))

        for _ in range(self.window):
            submit()
        while queue:
            part, fut = queue.popleft()
            results = _results(fut, part)
            fut.release()
            submit()
            yield from documents_of(part, results, on_error)


def ingest_dask(paths: list[str], db: Any, address: str, **kw: Any) -> Any:
    """``stancemap ingest --dask ADDRESS``: :func:`ingest_on` a cluster it connects to (or
    starts, for ``local[:N]``) and closes after; returns the run's ``IngestReport``."""
    client, cluster = connect(address)
    try:
        return ingest_on(client, paths, db, **kw)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def ingest_on(client: Any, paths: list[str], db: Any, *, reanalyze: bool = False,
              date: str | None = None, batch_size: int = 16, progress: bool | None = None,
              partition: int = PARTITION, results: str | None = None,
              max_bytes: int | None = None) -> Any:
    """Ingest ``paths`` into the store ``db`` with the Dask ``client``'s workers.

    ``max_bytes``: the readers' input limit (``--max-input-size``; None: their default).
    ``results``: ``"workers"`` (they write to the store: PostgreSQL's default) or
    ``"client"`` (documents come back to this process's one writer: SQLite's default)."""
    from .store.ingest import ingest

    if results is None:
        results = "workers" if db.dialect == "postgresql" else "client"
    if results == "client":
        return ingest(paths, db, reanalyze=reanalyze, batch_size=batch_size, date=date,
                      engine=DaskEngine(client, partition), progress=progress,
                      max_bytes=max_bytes)
    return _ingest_on_workers(paths, db, client, reanalyze=reanalyze, date=date,
                              batch_size=batch_size, progress=progress, partition=partition,
                              max_bytes=max_bytes)


def _ingest_on_workers(paths: list[str], db: Any, client: Any, *, reanalyze: bool,
                       date: str | None, batch_size: int, progress: bool | None,
                       partition: int, max_bytes: int | None = None) -> Any:
    """Partitions go to ``store_partition`` on the workers, which write to ``db``."""
    import time

    from .parallel import count_in_background, progress_bar
    from .readers import ReadReport
    from .store.ingest import IngestReport, Store

    rep, reads = IngestReport(), ReadReport()
    t0 = time.perf_counter()
    store = Store(db)
    bar = progress_bar("ingest", progress)
    count_in_background(bar, paths, date)
    try:
        arts = _new_articles(paths, store, date, reads, rep, reanalyze, bar, max_bytes)
        _run_partitions(client, partitions(arts, partition), store.db.url, rep, bar,
                        batch_size=batch_size, replace=reanalyze)
    except KeyboardInterrupt:
        rep.interrupted = True
    finally:
        if bar is not None:
            bar.close()
        rep.seconds = time.perf_counter() - t0
    rep.add_reads(reads)
    return rep


def _new_articles(paths: list[str], store: Any, date: str | None, reads: Any, rep: Any,
                  reanalyze: bool, bar: Any, max_bytes: int | None = None
                  ) -> Iterator[Article]:
    """The articles to analyse; analysed shards are stored here, known texts skipped."""
    from .readers import iter_articles
    from .shards import parquet_inputs, split_inputs
    from .store.ingest import content_hash

    shard_files, others = split_inputs(paths)
    doc_shards, article_parquet = parquet_inputs(shard_files)
    known = set() if reanalyze else store.known_hashes()
    seen: set[str] = set()
    for row in doc_shards(reads):
        if row.content_hash in seen or row.content_hash in known:
            rep.duplicates += 1
        else:
            seen.add(row.content_hash)
            outcome, _ = store.add(row.doc, path=row.path, text_hash=row.content_hash,
                                   replace=reanalyze)
            rep.stored += outcome == "stored"
            rep.replaced += outcome == "replaced"
            rep.duplicates += outcome == "duplicate"
        if bar is not None:
            bar.update(1)
    arts = itertools.chain(article_parquet(reads),
                           iter_articles(others, date=date, report=reads,
                                         **({"max_bytes": max_bytes} if max_bytes else {}))
                           if others else ())
    for art in arts:
        h = content_hash(art.text)
        if h in seen or h in known:
            rep.duplicates += 1
            if bar is not None:
                bar.update(1)
            continue
        seen.add(h)
        yield art


def in_flight(client: Any, parts: Iterator[list[Article]], task: Callable[..., Any],
              *args: Any, prefix: str, per_worker: int) -> Iterator[tuple[Any, list[Article]]]:
    """``task(part, *args)`` for every partition, ``per_worker`` partitions per worker in
    flight: yields each finished future with its partition, releases it once the caller is
    done with it, then submits the next. Closed early (Ctrl-C in the caller), it cancels what
    is still running."""
    from dask.distributed import as_completed

    n = max(1, len(client.scheduler_info().get("workers", {})))
    held: dict[str, list[Article]] = {}

    def submit() -> Any:
        part = next(parts, None)
        if part is None:
            return None
        fut = client.submit(task, part, *args, key=task_key(prefix, part), retries=2)
        held[fut.key] = part
        return fut

    pending = as_completed([f for f in (submit() for _ in range(per_worker * n))
                            if f is not None])
    try:
        for fut in pending:
            yield fut, held.pop(fut.key, [])
            fut.release()
            nxt = submit()
            if nxt is not None:
                pending.add(nxt)
    except GeneratorExit:
        client.cancel(list(pending.futures))
        raise


def _run_partitions(client: Any, parts: Iterator[list[Article]], url: str, rep: Any,
                    bar: Any, *, batch_size: int, replace: bool) -> None:
    """Keep a few partitions per worker in flight until all are stored; count the results
    (Ctrl-C cancels what is still running: ``closing`` ends ``in_flight`` at once)."""
    with closing(in_flight(client, parts, store_partition, url, batch_size, replace,
                           prefix="store", per_worker=3)) as tasks:
        for fut, part in tasks:
            _count(_stored(fut, part), rep)
            if bar is not None:
                bar.update(len(part))
                bar.set_postfix(stored=rep.stored + rep.replaced, dup=rep.duplicates,
                                failed=rep.failed, refresh=False)


def _failure(exc: BaseException) -> str:
    """What a task that failed for good (after its retries, or a worker lost three times
    while running it) tells about each of its articles."""
    return f"the Dask task failed: {type(exc).__name__}: {' '.join(str(exc).split())}"


def _results(fut: Any, part: list[Article]) -> list[Document | WorkerError]:
    """The task's documents, or every article failed when the task itself did."""
    try:
        return fut.result()
    except Exception as exc:  # KilledWorker, or an error that outlived the retries
        return [WorkerError(_failure(exc))] * len(part)


def _stored(fut: Any, part: list[Article]) -> dict[str, Any]:
    """The counts of a ``store_partition`` task; all its articles failed when it did."""
    from .errors import StancemapError

    try:
        return fut.result()
    except Exception as exc:  # KilledWorker, or an error that outlived the retries
        errors = [("E900", str(StancemapError("E900", a.path or a.id, detail=_failure(exc))))
                  for a in part]
        return {"stored": 0, "replaced": 0, "duplicates": 0, "near": 0, "errors": errors}


def _count(res: dict[str, Any], rep: Any) -> None:
    rep.stored += res["stored"]
    rep.replaced += res["replaced"]
    rep.duplicates += res["duplicates"]
    rep.near_duplicates += res["near"]
    for code, msg in res["errors"]:
        log.error(msg)
        rep.fail(msg, code)


def shards_on(client: Any, articles: Iterable[Article], directory: str, *,
              batch_size: int = 16, rows: int = 200,
              on_error: Callable[[Article, Exception], None] | None = None,
              bar: Any = None) -> list[str]:
    """``analyze --dask ... --format parquet -o DIR``: the workers analyse partitions of
    ``rows`` articles and each writes its shard into ``directory`` (which they must all
    see); shards come in no particular order. Returns the shard paths."""
    from .parallel import report_failure

    directory = os.path.abspath(directory)
    os.makedirs(directory, exist_ok=True)
    written: list[str] = []
    with closing(in_flight(client, partitions(articles, rows), shard_partition, directory,
                           batch_size, prefix="shard", per_worker=2)) as tasks:
        for fut, part in tasks:
            res = fut.result()
            if res["shard"]:
                written.append(res["shard"])
            for i, text in res["errors"]:
                report_failure(part[i], WorkerError(text), on_error)
            if bar is not None:
                bar.update(res["documents"])  # on_error counts the failures
    return written
