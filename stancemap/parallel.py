"""Every core on one machine: ``--jobs N`` worker processes, output in input order.

:class:`WorkerPool` forks ``N`` workers *after* the engine is loaded, so they share the
spaCy model's memory (copy-on-write) instead of loading it again, and each runs the whole
engine (spaCy and every stancemap stage) on small chunks of articles. Chunks are handed out a
few at a time (memory stays bounded however long the input) and their documents come back in
input order, so the output of ``--jobs N`` is the output of ``--jobs 1``. A document that
breaks a stage in a worker is reported to ``on_error`` with the same message as in one process.

The workers ignore Ctrl-C: the parent stops handing out work and closes the pool, so an
interrupted ``ingest`` still stores what was analysed. :func:`progress_bar` and
:func:`count_articles` give ``analyze``, ``ingest`` and ``evaluate`` a bar with a total and
an ETA (the total is counted by a second, silent read of the inputs in a thread).
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

from .model import Article, Document

# The engine the workers run: set in the parent just before the fork, inherited by them.
_ENGINE: Any = None

CHUNK = 4  # articles per task: small enough to balance 200 articles over the workers


class WorkerError(Exception):
    """An exception raised in a worker, carried back as the text of its ``repr``."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text

    def __repr__(self) -> str:
        return self.text


def resolve_jobs(jobs: int) -> int:
    """``--jobs``: N processes; 0 means one per CPU core."""
    if jobs < 0:
        raise ValueError("--jobs must be 0 (every core) or more")
    return jobs or (os.cpu_count() or 1)


def _init_worker() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop


def _ready() -> int:
    return os.getpid()


def _analyze_chunk(chunk: list[Article], batch_size: int) -> list[Document | WorkerError]:
    """In a worker: the documents of ``chunk``, a WorkerError where one failed."""
    failed: dict[int, WorkerError] = {}

    def on_error(article: Article, exc: Exception) -> None:
        failed[id(article)] = WorkerError(repr(exc))

    docs = iter(list(_ENGINE.analyze_many(chunk, batch_size=batch_size, on_error=on_error)))
    return [failed[id(a)] if id(a) in failed else next(docs) for a in chunk]


class WorkerPool:
    """``jobs`` forked worker processes running ``engine`` (see the module docstring).

    The processes start in the constructor: create the pool before starting threads (a fork
    copies only the calling thread).
    """

    def __init__(self, engine: Any, jobs: int, chunk_size: int = CHUNK) -> None:
        global _ENGINE
        self.jobs = jobs
        self.chunk_size = max(1, chunk_size)
        _ENGINE = engine
        ctx = multiprocessing.get_context("fork")
        # The collector of a worker would touch every object it inherited, and so copy the
        # pages it shares with this process: what exists now is left out of collections.
        gc.freeze()
        try:
            self._pool = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_worker)
            for f in [self._pool.submit(_ready) for _ in range(jobs)]:
                f.result()  # every worker forked now, while this process has one thread
        finally:
            gc.unfreeze()

    def analyze_many(self, articles: Iterable[Article], batch_size: int = 16,
                     on_error: Callable[[Article, Exception], None] | None = None
                     ) -> Iterator[Document]:
        """Like ``Engine.analyze_many``: documents in input order, failures to ``on_error``
        (default: logged) and skipped."""
        it = iter(articles)
        window: deque[tuple[list[Article], Future[list[Document | WorkerError]]]] = deque()
        size = min(self.chunk_size, batch_size)

        def submit() -> bool:
            chunk = list(itertools.islice(it, size))
            if chunk:
                window.append((chunk, self._pool.submit(_analyze_chunk, chunk, batch_size)))
            return bool(chunk)

        for _ in range(self.jobs * 3):
            if not submit():
                break
        while window:
            chunk, fut = window.popleft()
            results = fut.result()
            submit()
            yield from documents_of(chunk, results, on_error)

    def close(self) -> None:
        """Drop the work not started yet and wait for the workers to end."""
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def documents_of(chunk: Sequence[Article], results: Sequence[Any],
                 on_error: Callable[[Article, Exception], None] | None) -> Iterator[Document]:
    """A worker's results for ``chunk`` in order: documents yielded, failures reported."""
    for art, res in zip(chunk, results, strict=True):
        if isinstance(res, WorkerError):
            report_failure(art, res, on_error)
        else:
            yield res


def report_failure(article: Article, exc: Exception,
            on_error: Callable[[Article, Exception], None] | None) -> None:
    if on_error is not None:
        on_error(article, exc)
    else:
        import logging

        logging.getLogger("stancemap").error(
            "%s: internal error while analysing: %r [E900]", article.path or article.id, exc)


def analyze_many(engine: Any, articles: Iterable[Article], *, jobs: int = 1,
                 batch_size: int = 16,
                 on_error: Callable[[Article, Exception], None] | None = None
                 ) -> Iterator[Document]:
    """``engine.analyze_many`` over ``jobs`` processes (one: in this process)."""
    if jobs <= 1:
        yield from engine.analyze_many(articles, batch_size=batch_size, on_error=on_error)
        return
    with WorkerPool(engine, jobs) as pool:
        yield from pool.analyze_many(articles, batch_size=batch_size, on_error=on_error)


# ----------------------------------------------------------------------------- progress


def progress_bar(desc: str, enabled: bool | None, total: int | None = None) -> Any:
    """A tqdm bar on stderr (docs, docs/s, ETA once the total is known), or None.

    ``enabled`` None: when stderr is a terminal."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return None
    from tqdm import tqdm

    tqdm.monitor_interval = 0  # no monitor thread (worker processes fork after this)
    return tqdm(total=total, unit="doc", file=sys.stderr, dynamic_ncols=True, smoothing=0.1,
                desc=desc, mininterval=0.5)


def count_articles(paths: Sequence[str], date: str | None = None) -> int | None:
    """How many articles ``paths`` hold (a silent second read), None for standard input."""
    from .readers import ReadReport, iter_articles
    from .shards import split_inputs

    if "-" in paths:
        return None
    shards, others = split_inputs(paths)
    n = 0
    for path in shards:
        try:
            import pyarrow.parquet as pq

            n += pq.ParquetFile(path).metadata.num_rows
        except Exception:  # reported by the run itself
            pass
    if not others:
        return n

    class _Silent(ReadReport):
        def error(self, code: str, location: str | None, **fmt: object) -> None:
            self.failed += 1

        def warning(self, code: str, location: str | None, **fmt: object) -> None:
            pass

    return n + sum(1 for _ in iter_articles(others, date=date, report=_Silent()))


def count_in_background(bar: Any, paths: Sequence[str], date: str | None = None) -> None:
    """Set ``bar.total`` from :func:`count_articles`, counted in a daemon thread."""
    if bar is None or "-" in paths:
        return

    def run() -> None:
        try:
            n = count_articles(paths, date)
        except Exception:  # the bar just keeps no total
            return
        if n is not None:
            bar.total = n
            bar.refresh()

    threading.Thread(target=run, name="stancemap-count", daemon=True).start()


def ticking(docs: Iterable[Document], bar: Any) -> Iterator[Document]:
    """Pass ``docs`` through, one tick of ``bar`` (if any) each."""
    for doc in docs:
        if bar is not None:
            bar.update(1)
        yield doc


def prefetched(run: Callable[[Callable[[Article], Document]], Any], engine: Any, *,
               jobs: int = 1, progress: bool | None = None) -> Any:
    """``run(analyze)`` with every article it analyses done first, in ``jobs`` processes
    and behind a progress bar with a total (for ``evaluate``, which analyses one article at
    a time). A silent dry run, whose ``analyze`` returns empty documents, lists the
    articles; the real run looks their documents up (one that failed is analysed again
    here, so its exception is raised as with one job)."""
    import logging

    wanted: list[Article] = []

    def record(article: Article) -> Document:
        wanted.append(article)
        return Document(id=article.id, text=article.text)

    logger = logging.getLogger("stancemap")
    was = logger.disabled
    logger.disabled = True
    try:
        run(record)
    finally:
        logger.disabled = was
    done: dict[tuple[str, str], Document] = {}
    bar = progress_bar("evaluate", progress, total=len(wanted))
    pool = WorkerPool(engine, jobs) if jobs > 1 else None
    try:
        runner = pool if pool is not None else engine
        for doc in ticking(runner.analyze_many(wanted, on_error=lambda a, e: None), bar):
            done[(doc.id, doc.text)] = doc
    finally:
        if bar is not None:
            bar.close()
        if pool is not None:
            pool.close()

    def lookup(article: Article) -> Document:
        doc = done.get((article.id, article.text))
        return doc if doc is not None else engine.analyze(article)

    return run(lookup)
