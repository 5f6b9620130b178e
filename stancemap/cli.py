"""The ``stancemap`` command: analyze, evaluate.

User errors print one line (``stancemap: LOCATION: message [CODE]``) and never a traceback.
Exit status: 0 when every input was analysed, 1 when some input failed (the others are still
written), 2 for a usage error.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator
from typing import Any, TextIO

import click

from .errors import StancemapError
from .model import Article, Document

log = logging.getLogger("stancemap")

FORMATS = ("json", "jsonl", "text", "plover", "parquet")


class _CountingHandler(logging.Handler):
    """Prints log records as one line each on stderr and counts errors."""

    def __init__(self) -> None:
        super().__init__()
        self.errors = 0

    def emit(self, record: logging.LogRecord) -> None:
        if record.levelno >= logging.ERROR:
            self.errors += 1
        prefix = "stancemap: "
        if record.levelno == logging.WARNING:
            prefix += "warning: "
        click.echo(prefix + record.getMessage(), err=True)


def _setup_logging(quiet: bool) -> _CountingHandler:
    handler = _CountingHandler()
    log.handlers[:] = [handler]
    log.propagate = False
    log.setLevel(logging.ERROR if quiet else logging.WARNING)
    return handler


def _fail(exc: StancemapError, status: int = 2) -> None:
    click.echo(f"stancemap: {exc}", err=True)
    sys.exit(status)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="stancemap")
def main() -> None:
    """stancemap: who said what, who stands where, and who did what to whom, from news."""


JOBS_HELP = "Worker processes (0: one per CPU core); the output is the same as with 1."


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="json",
              show_default=True, help="json: one stancemap/1 object; jsonl: a document per "
              "line; text: a summary for people; plover: PLOVER event records; parquet: "
              "shards for a later ingest in the -o directory.")
@click.option("--date", help="Publication date (YYYY-MM-DD) of a single input.")
@click.option("--output", "-o", default="-", help="Write here instead of standard output "
              "(with --format parquet: a directory).")
@click.option("--batch-size", type=int, default=16, show_default=True)
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help=JOBS_HELP)
@click.option("--dask", "dask_address", metavar="local[:N]|tcp://HOST:PORT",
              help="Analyse on a Dask cluster (with --format parquet the workers write the "
              "shards into -o DIR, which they must all see).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar with ETA on stderr (default: when stderr is a terminal).")
@click.option("--quiet", "-q", is_flag=True, help="Only print errors on stderr.")
def analyze(paths: tuple[str, ...], fmt: str, date: str | None, output: str,
            batch_size: int, jobs: int, dask_address: str | None, progress: bool | None,
            quiet: bool) -> None:
    """Analyse articles: text, HTML or JSONL files, directories, or - for standard input."""
    from .readers import ReadReport, check_date, iter_articles

    handler = _setup_logging(quiet)
    if date is not None:
        try:
            check_date(date)
        except StancemapError as exc:
            _fail(exc)
    report = ReadReport()
    articles = iter_articles(list(paths), date=date, report=report)
    from . import parallel

    failed = 0
    if dask_address and fmt == "parquet" and output == "-":
        raise click.UsageError("--format parquet needs -o DIRECTORY")
    sink = None if dask_address and fmt == "parquet" else _sink(fmt, output)
    try:
        runner, client, close = _runner(jobs, dask_address)
    except StancemapError as exc:
        _fail(exc, 1)
    bar = parallel.progress_bar("analyze", False if quiet else progress)
    parallel.count_in_background(bar, paths, date)

    def on_error(article: Article, exc: Exception) -> None:
        nonlocal failed
        failed += 1
        if bar is not None:
            bar.update(1)
        log.error(str(StancemapError("E900", article.path or article.id, detail=repr(exc))))

    try:
        if sink is None:  # the Dask workers write the shards
            from .distributed import shards_on

            shards_on(client, articles, output, batch_size=batch_size, on_error=on_error,
                      bar=bar)
        else:
            sink(parallel.ticking(runner.analyze_many(
                articles, batch_size=batch_size, on_error=on_error), bar))
    finally:
        if bar is not None:
            bar.close()
        close()
    n_bad = report.failed + failed
    if not quiet and (n_bad or report.read != 1):
        click.echo(f"stancemap: {report.read - failed} document(s) analysed, {n_bad} failed",
                   err=True)
    if n_bad or handler.errors:
        sys.exit(1)


def _runner(jobs: int, dask_address: str | None) -> tuple[Any, Any, Callable[[], None]]:
    """(what runs ``analyze_many``, the Dask client or None, what closes them): the engine
    here, a pool of forked workers (``--jobs``), or a Dask cluster (``--dask``)."""
    from . import parallel

    if dask_address:
        from . import distributed

        client, cluster = distributed.connect(dask_address)

        def close_dask() -> None:
            client.close()
            if cluster is not None:
                cluster.close()

        return distributed.DaskEngine(client), client, close_dask
    from .pipeline import default_engine

    engine = default_engine()
    n_jobs = parallel.resolve_jobs(jobs)
    if n_jobs <= 1:
        return engine, None, lambda: None
    pool = parallel.WorkerPool(engine, n_jobs)
    return pool, None, pool.close


def _sink(fmt: str, output: str) -> Callable[[Iterator[Document]], None]:
    """What writes the documents in ``fmt`` to ``output`` (``-``: standard output); the file
    is opened now, so a bad path fails before any analysis."""
    if fmt == "parquet":
        from .shards import ShardWriter

        if output == "-":
            raise click.UsageError("--format parquet needs -o DIRECTORY")
        try:
            return ShardWriter(output).write_all
        except OSError as exc:
            raise click.FileError(output, hint=exc.strerror or str(exc)) from None
    from .writers import WRITERS

    try:
        fh = click.open_file(output, "w", encoding="utf-8", lazy=False)
    except OSError as exc:
        raise click.FileError(output, hint=exc.strerror) from None

    def write(docs: Iterator[Document]) -> None:
        with fh:
            WRITERS[fmt](docs, fh)
            fh.flush()

    return write


@main.command()
@click.argument("gold", nargs=-1)
@click.option("--system", "system_path", help="Score this saved stancemap/1 output (JSON or "
              "JSONL) instead of running the engine.")
@click.option("--polnear", "polnear_dir", help="Also score PolNeAR brat attributions in DIR.")
@click.option("--cameo", "cameo_dir", help="Also score CAMEO sentence files in DIR.")
@click.option("--limit", type=int, help="Only the first N PolNeAR articles / CAMEO rows.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help=JOBS_HELP)
@click.option("--progress/--no-progress", default=None,
              help="Progress bar with ETA on stderr (default: when stderr is a terminal).")
def evaluate(gold: tuple[str, ...], system_path: str | None, polnear_dir: str | None,
             cameo_dir: str | None, limit: int | None, as_json: bool, jobs: int,
             progress: bool | None) -> None:
    """Score the engine against gold files (SCORING.md): P, R and F1 per layer."""
    import json

    from . import evaluate as ev

    _setup_logging(False)
    if not gold and not polnear_dir and not cameo_dir:
        raise click.UsageError("give gold files (*.gold.json), --polnear DIR or --cameo DIR")
    engine: Any = None
    if system_path is None or polnear_dir or cameo_dir:
        from .pipeline import default_engine

        engine = default_engine()
    try:
        results = _evaluate_all(engine, gold, system_path, polnear_dir, cameo_dir, limit,
                                jobs, progress)
    except StancemapError as exc:
        _fail(exc, 1)
    if as_json:
        data = [r.to_dict() if hasattr(r, "to_dict") else r for r in results]
        click.echo(json.dumps(data[0] if len(data) == 1 else data, indent=2, ensure_ascii=False))
    else:
        click.echo("\n\n".join(ev.format_report(r) for r in results))


def _evaluate_all(engine: Any, gold: tuple[str, ...], system_path: str | None,
                  polnear_dir: str | None, cameo_dir: str | None, limit: int | None,
                  jobs: int, progress: bool | None) -> list[Any]:
    """The reports ``evaluate`` prints; the engine's articles analysed up front, in
    ``jobs`` processes with a progress bar, when either is asked for (or on a terminal)."""
    from . import evaluate as ev
    from . import parallel

    def run(analyze_one: Callable[[Article], Document] | None) -> list[Any]:
        results: list[Any] = []
        if gold:
            system = ev.load_system(system_path) if system_path else None
            results.append(ev.evaluate_gold(list(gold), analyze=None if system else analyze_one,
                                            system=system))
        if polnear_dir:
            assert analyze_one is not None
            results.append(ev.evaluate_polnear(polnear_dir, analyze_one, limit=limit))
        if cameo_dir:
            assert analyze_one is not None
            results.append(ev.evaluate_cameo(cameo_dir, analyze_one, limit=limit))
        return results

    n_jobs = parallel.resolve_jobs(jobs)
    if engine is None:
        return run(None)
    if n_jobs > 1 or (progress if progress is not None else sys.stderr.isatty()):
        return parallel.prefetched(run, engine, jobs=n_jobs, progress=progress)
    return run(engine.analyze)


# --- corpus store: ingest, query, export ----------------------------------------------------

DB_HELP = ("Store: a SQLite file path (default stancemap.db, or $STANCEMAP_DB) or "
           "postgresql://user@host:port/dbname.")


def _open_db(url: str | None, create: bool = False) -> Any:
    from .store import open_store

    try:
        return open_store(url, create=create)
    except StancemapError as exc:
        _fail(exc, 1)


def output_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """The option bundle of every listing command: --db, the output format, -o, --limit."""
    f = click.option("--limit", type=int, help="At most N rows.")(f)
    f = click.option("--output", "-o", type=click.File("w", encoding="utf-8"),
                     default="-", help="Write here instead of standard output.")(f)
    f = click.option("--nl", "fmt", flag_value="nl", help="JSON lines: one object per row.")(f)
    f = click.option("--json", "fmt", flag_value="json", help="One JSON array of objects.")(f)
    f = click.option("--csv", "fmt", flag_value="csv",
                     help="CSV (RFC 4180; text as stored, never shortened).")(f)
    f = click.option("--table", "fmt", flag_value="table", default=True,
                     help="An aligned table for people (default; long text shortened).")(f)
    f = click.option("--db", "db_url", envvar="STANCEMAP_DB", help=DB_HELP)(f)
    return f


def filter_options(*names: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Filters shared by the query commands (only those named)."""
    spec: dict[str, tuple[tuple[str, ...], dict[str, Any]]] = {
        "actor": (("--actor", "-a"), {"help": "Entity id (E12) or part of a name."}),
        "country": (("--country", "-c"), {"help": "ISO3 code(s) of the actor, comma-separated."}),
        "proposition": (("--proposition", "-p"),
                        {"help": "Proposition id (P3) or words of its label."}),
        "polarity": (("--polarity",), {"help": "support, oppose, neutral, conditional "
                                                "(comma-separated)."}),
        "kind": (("--kind",), {"type": click.Choice(["person", "country", "organization",
                                                     "group"])}),
        "type": (("--type", "event_type"), {"help": "PLOVER category (ASSAULT, ...)."}),
        "quad": (("--quad",), {"help": "VERBAL_COOPERATION, MATERIAL_CONFLICT, ..."}),
        "since": (("--since",), {"help": "From this date (YYYY-MM-DD), inclusive."}),
        "until": (("--until",), {"help": "Up to this date (YYYY-MM-DD), inclusive."}),
    }

    def deco(f: Callable[..., Any]) -> Callable[..., Any]:
        for name in reversed(names):
            decls, kw = spec[name]
            f = click.option(*decls, **kw)(f)
        return f

    return deco


def _check_dates(**dates: str | None) -> None:
    from .readers import check_date

    for value in dates.values():
        if value is not None:
            try:
                check_date(value)
            except StancemapError as exc:
                _fail(exc)


def _emit(table: Any, fmt: str, output: TextIO) -> None:
    from .store.output import write_table

    write_table(table, output, fmt)
    output.flush()


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", "db_url", envvar="STANCEMAP_DB", help=DB_HELP)
@click.option("--reanalyze", is_flag=True, help="Analyse texts already stored again and "
              "replace their records (after an engine improvement).")
@click.option("--date", help="Publication date (YYYY-MM-DD) for inputs that have none.")
@click.option("--batch-size", type=int, default=16, show_default=True)
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help=JOBS_HELP)
@click.option("--dask", "dask_address", metavar="local[:N]|tcp://HOST:PORT",
              help="Analyse on a Dask cluster: local[:N] starts N local workers, tcp://... "
              "uses a running scheduler (see README, 'Scale').")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar with docs/s on stderr (default: when stderr is a terminal).")
@click.option("--quiet", "-q", is_flag=True, help="Only print errors on stderr.")
def ingest(paths: tuple[str, ...], db_url: str | None, reanalyze: bool, date: str | None,
           batch_size: int, jobs: int, dask_address: str | None, progress: bool | None,
           quiet: bool) -> None:
    """Analyse articles into a corpus store (files, folders, JSONL, HTML, - for stdin).

    Idempotent and resumable: texts already stored are skipped before any analysis, each
    document commits on its own, so running the same command again after a crash or Ctrl-C
    continues where it stopped. Exit status 0 when nothing failed, 1 when some input failed,
    130 when interrupted.
    """
    from .parallel import resolve_jobs
    from .store import ingest as run_ingest

    _setup_logging(quiet)
    _check_dates(date=date)
    db = _open_db(db_url, create=True)
    if progress is None:
        progress = sys.stderr.isatty()
    if dask_address:
        from .distributed import ingest_dask

        try:
            rep = ingest_dask(list(paths), db, dask_address, reanalyze=reanalyze, date=date,
                              batch_size=batch_size, progress=progress)
        except StancemapError as exc:
            _fail(exc, 1)
    else:
        rep = run_ingest(list(paths), db, reanalyze=reanalyze, batch_size=batch_size,
                         date=date, progress=progress, jobs=resolve_jobs(jobs))
    if not quiet or rep.failed or rep.interrupted:
        click.echo(f"stancemap: ingest: {rep.summary()}", err=True)
    if rep.interrupted:
        sys.exit(130)
    if rep.failed:
        sys.exit(1)


@main.group()
def query() -> None:
    """Query a corpus store: actors, statements, stances, events, a stance matrix."""


@query.command("documents")
@output_options
@filter_options("since", "until")
def query_documents(db_url: str | None, fmt: str, output: TextIO, limit: int | None,
                    since: str | None, until: str | None) -> None:
    """Stored documents, with their near-duplicate cluster."""
    from .store import query as q

    _check_dates(since=since, until=until)
    _emit(q.documents(_open_db(db_url), since=since, until=until, limit=limit), fmt, output)


@query.command("actors")
@output_options
@filter_options("actor", "country", "kind", "since", "until")
def query_actors(db_url: str | None, fmt: str, output: TextIO, limit: int | None,
                 actor: str | None, country: str | None, kind: str | None, since: str | None,
                 until: str | None) -> None:
    """Actors across documents, with documents, clusters and mentions."""
    from .store import query as q

    _check_dates(since=since, until=until)
    _emit(q.actors(_open_db(db_url), actor=actor, country=country, kind=kind, since=since,
                   until=until, limit=limit), fmt, output)


@query.command("statements")
@output_options
@filter_options("actor", "country", "since", "until")
def query_statements(db_url: str | None, fmt: str, output: TextIO, limit: int | None,
                     actor: str | None, country: str | None, since: str | None,
                     until: str | None) -> None:
    """Who said what (content with offsets)."""
    from .store import query as q

    _check_dates(since=since, until=until)
    _emit(q.statements(_open_db(db_url), actor=actor, country=country, since=since,
                       until=until, limit=limit), fmt, output)


@query.command("stances")
@output_options
@filter_options("actor", "country", "proposition", "polarity", "since", "until")
def query_stances(db_url: str | None, fmt: str, output: TextIO, limit: int | None,
                  actor: str | None, country: str | None, proposition: str | None,
                  polarity: str | None, since: str | None, until: str | None) -> None:
    """Stances: who takes which position on which proposition, with evidence."""
    from .store import query as q

    _check_dates(since=since, until=until)
    _emit(q.stances(_open_db(db_url), actor=actor, country=country, proposition=proposition,
                    polarity=polarity, since=since, until=until, limit=limit), fmt, output)


@query.command("events")
@output_options
@filter_options("actor", "country", "type", "quad", "since", "until")
def query_events(db_url: str | None, fmt: str, output: TextIO, limit: int | None,
                 actor: str | None, country: str | None, event_type: str | None,
                 quad: str | None, since: str | None, until: str | None) -> None:
    """PLOVER events (actor or country as source or target)."""
    from .store import query as q

    _check_dates(since=since, until=until)
    _emit(q.events(_open_db(db_url), actor=actor, country=country, type=event_type, quad=quad,
                   since=since, until=until, limit=limit), fmt, output)


@query.command("matrix")
@output_options
@filter_options("actor", "country", "proposition", "since", "until")
@click.option("--by", type=click.Choice(["actor", "country"]), default="actor",
              show_default=True, help="Rows: actors or countries.")
@click.option("--value", type=click.Choice(["score", "summary", "clusters", "support",
                                            "oppose", "conditional", "neutral"]),
              default="score", show_default=True,
              help="Cell: score in [-1, 1], 'summary' (2+ 1- 0c 0n), or a count of clusters.")
@click.option("--top", type=int, help="Only the N propositions with the most evidence.")
@click.option("--long", "long_form", is_flag=True,
              help="One row per cell with every count instead of the wide matrix.")
@click.option("--timing", is_flag=True, help="Print the query time on stderr.")
def query_matrix(db_url: str | None, fmt: str, output: TextIO, limit: int | None,
                 actor: str | None, country: str | None, proposition: str | None,
                 since: str | None, until: str | None, by: str, value: str, top: int | None,
                 long_form: bool, timing: bool) -> None:
    """Stance matrix: actors or countries x propositions, evidence counted per cluster."""
    import time

    from .store import query as q

    _check_dates(since=since, until=until)
    db = _open_db(db_url)
    t0 = time.perf_counter()
    table = q.matrix(db, by=by, actor=actor, country=country, proposition=proposition,
                     since=since, until=until)
    if not long_form:
        table = q.pivot(table, value=value, top=top)
        table.columns[0] = by
    if limit:
        table.rows = table.rows[:limit]
    if timing:
        click.echo(f"stancemap: matrix query {time.perf_counter() - t0:.3f} s", err=True)
    _emit(table, fmt, output)


EXPORT_FORMATS = ("jsonl", "plover", "graphml", "dna")


@main.command()
@click.argument("fmt", metavar="FORMAT", type=click.Choice(EXPORT_FORMATS))
@click.option("--db", "db_url", envvar="STANCEMAP_DB", help=DB_HELP)
@click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default="-",
              help="Write here instead of standard output.")
@click.option("--network", type=click.Choice(["combined", "agreement", "conflict"]),
              default="combined", show_default=True, help="graphml: which edges.")
@click.option("--by", type=click.Choice(["actor", "country"]), default="actor",
              show_default=True, help="graphml: nodes are actors or countries.")
@filter_options("since", "until")
def export(fmt: str, db_url: str | None, output: TextIO, network: str, by: str,
           since: str | None, until: str | None) -> None:
    """Export the store: jsonl (stancemap/1 documents), plover (PLOVER JSONL), graphml (actor
    agreement / conflict network) or dna (Discourse Network Analyzer statement CSV)."""
    from .store import export as ex

    _setup_logging(False)
    _check_dates(since=since, until=until)
    db = _open_db(db_url)
    if fmt == "jsonl":
        n = ex.export_jsonl(db, output, since=since, until=until)
        what = f"{n} document(s)"
    elif fmt == "plover":
        n = ex.export_plover(db, output, since=since, until=until)
        what = f"{n} event record(s)"
    elif fmt == "graphml":
        nodes, edges = ex.export_graphml(db, output, network=network, by=by, since=since,
                                         until=until)
        what = f"{nodes} node(s), {edges} edge(s)"
    else:
        n = ex.export_dna(db, output, since=since, until=until)
        what = f"{n} statement(s)"
    output.flush()
    click.echo(f"stancemap: export {fmt}: {what}", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()
