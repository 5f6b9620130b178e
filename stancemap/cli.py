"""The ``stancemap`` command: analyze, evaluate.

User errors print one line (``stancemap: LOCATION: message [CODE]``) and never a traceback.
Exit status: 0 when every input was analysed, 1 when some input failed (the others are still
written), 2 for a usage error.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
from collections.abc import Callable, Iterator
from typing import Any, TextIO

import click

from .errors import StancemapError
from .model import Article, Document
from .options import CONVENTIONS_ENV, STATEMENT_CONVENTIONS, STATEMENT_MODE_ENV, STATEMENT_MODES

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


MAX_INPUT_HELP = ("Refuse a file, stdin or JSONL line larger than SIZE (bytes, or 500k, 64M, "
                  "1G) without reading it whole.")


def _max_input_option(f: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--max-input-size", "max_input", envvar="STANCEMAP_MAX_INPUT_SIZE",
                        default="64M", show_default=True, metavar="SIZE",
                        help=MAX_INPUT_HELP + " Also $STANCEMAP_MAX_INPUT_SIZE.")(f)


def _check_inputs(paths: tuple[str, ...], output: str | None, max_input: str,
                  **dates: str | None) -> int:
    """Usage checks made before any input is read or model loaded (exit 2 on failure);
    returns the input limit in bytes. ``output``: the file the command writes (the
    store, for ingest), which must not be an input."""
    from .validate import check_output, parse_size

    _check_dates(**dates)
    try:
        check_output(output, paths)
        return parse_size(max_input)
    except StancemapError as exc:
        _fail(exc)
    raise AssertionError  # pragma: no cover - _fail exits


def _prefetched(articles: Iterator[Article]) -> tuple[Article | None, Iterator[Article]]:
    """The first article and all of them again: reads the input before the model loads."""
    import itertools

    first = next(articles, None)
    return first, (itertools.chain([first], articles) if first is not None else iter(()))


JOBS_HELP = "Worker processes (0: one per CPU core); the output is the same as with 1."


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="json",
              show_default=True, help="json: one stancemap/1 object; jsonl: a document per "
              "line; text: a summary for people; plover: PLOVER event records; parquet: "
              "shards for a later ingest in the -o directory.")
@click.option("--date", help="Publication date (YYYY-MM-DD) of a single input.")
@click.option("--output", "-o", default="-", metavar="FILE",
              help="Write here instead of standard output (never one of the inputs; with "
              "--format parquet: a directory).")
@click.option("--batch-size", type=click.IntRange(min=1), default=16, show_default=True)
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help=JOBS_HELP)
@click.option("--dask", "dask_address", metavar="local[:N]|tcp://HOST:PORT",
              help="Analyse on a Dask cluster (with --format parquet the workers write the "
              "shards into -o DIR, which they must all see).")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar with ETA on stderr (default: when stderr is a terminal).")
@_max_input_option
@click.option("--quiet", "-q", is_flag=True, help="Only print errors on stderr.")
@click.option("--statements", "statement_mode", default=None,
              type=click.Choice(STATEMENT_MODES),
              help="Statement finder (default combined: the rules with the trained attribution "
                   "model; broad: also reports whose content is a noun phrase, as PolNeAR "
                   f"counts them; or either alone). Also ${STATEMENT_MODE_ENV}.")
@click.option("--conventions", type=click.Choice(STATEMENT_CONVENTIONS), default=None,
              help="How statements are drawn (default gold: a quotation broken by its tag is "
                   "two statements; polnear: one statement per attribution, its content in "
                   "fragments around the tag, with PolNeAR's content boundaries). "
                   f"Also ${CONVENTIONS_ENV}.")
def analyze(paths: tuple[str, ...], fmt: str, date: str | None, output: str,
            batch_size: int, jobs: int, dask_address: str | None, progress: bool | None,
            max_input: str, quiet: bool, statement_mode: str | None,
            conventions: str | None) -> None:
    """Analyse articles: text, HTML or JSONL files, directories, or - for standard input."""
    from . import parallel
    from .readers import ReadReport, iter_articles

    if statement_mode is not None:  # read by every engine built from here on (workers too)
        os.environ[STATEMENT_MODE_ENV] = statement_mode
    if conventions is not None:
        os.environ[CONVENTIONS_ENV] = conventions
    handler = _setup_logging(quiet)
    max_bytes = _check_inputs(paths, None if fmt == "parquet" else output, max_input,
                              date=date)
    if fmt == "parquet" and output == "-":
        raise click.UsageError("--format parquet needs -o DIRECTORY")
    report = ReadReport()
    first, articles = _prefetched(
        iter_articles(list(paths), date=date, report=report, max_bytes=max_bytes))
    bar = parallel.progress_bar("analyze", False if quiet else progress)
    parallel.count_in_background(bar, paths, date)
    failed = 0

    def on_error(article: Article, exc: Exception) -> None:
        nonlocal failed
        failed += 1
        if bar is not None:
            bar.update(1)
        log.error(str(StancemapError("E900", article.path or article.id, detail=repr(exc))))

    try:
        _analyze_into(fmt, output, articles if first is not None else None, jobs=jobs,
                      dask_address=dask_address, batch_size=batch_size, on_error=on_error,
                      bar=bar)
    except StancemapError as exc:
        _fail(exc, 2 if getattr(exc, "usage", False) else 1)
    finally:
        if bar is not None:
            bar.close()
    n_bad = report.failed + failed
    if not quiet and (n_bad or report.read != 1):
        click.echo(f"stancemap: {report.read - failed} document(s) analysed, {n_bad} failed",
                   err=True)
    if n_bad or handler.errors:
        sys.exit(1)


def _analyze_into(fmt: str, output: str, articles: Iterator[Article] | None, *, jobs: int,
                  dask_address: str | None, batch_size: int,
                  on_error: Callable[[Article, Exception], None], bar: Any) -> None:
    """Analyse ``articles`` (None: there are none, and no model is loaded) and write them in
    ``fmt`` to ``output``: here, in ``jobs`` forked workers, or on a Dask cluster."""
    from . import parallel

    if articles is None:
        _write(fmt, output, iter(()))
        return
    runner, client, close = _runner(jobs, dask_address)
    try:
        if dask_address and fmt == "parquet":  # the Dask workers write the shards
            from .distributed import shards_on

            shards_on(client, articles, output, batch_size=batch_size, on_error=on_error,
                      bar=bar)
            return
        docs = runner.analyze_many(articles, batch_size=batch_size, on_error=on_error)
        _write(fmt, output, _script_checked(parallel.ticking(docs, bar)))
    finally:
        close()


def _script_checked(docs: Iterator[Document]) -> Iterator[Document]:
    """The documents, with a warning for one without actors in a script we do not read."""
    from .validate import script_warning

    for doc in docs:
        if (warning := script_warning(doc, doc.id)) is not None:
            log.warning(warning)
        yield doc


def _write(fmt: str, output: str, docs: Iterator[Document]) -> None:
    """Write ``docs`` in ``fmt`` to ``output`` (``-``: standard output; parquet: a folder of
    shards), the file opened only now, after every check."""
    if fmt == "parquet":
        from .shards import ShardWriter

        try:
            writer = ShardWriter(output)
        except OSError as exc:
            raise StancemapError("E029", output, detail=exc.strerror or str(exc)) from None
        writer.write_all(docs)
        return
    from .cli_output import open_output
    from .writers import WRITERS

    with open_output(output) as fh:
        WRITERS[fmt](docs, fh)


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


@main.command()
@click.argument("gold", nargs=-1)
@click.option("--system", "system_path", help="Score this saved stancemap/1 output (JSON or "
              "JSONL) instead of running the engine.")
@click.option("--polnear", "polnear_dir", help="Also score PolNeAR brat attributions in DIR.")
@click.option("--cameo", "cameo_dir", help="Also score CAMEO sentence files in DIR.")
@click.option("--cameo-half", type=click.Choice(["tune", "heldout"]),
              help="Score only one half of the CAMEO rows: tune (even 0-based row index) or "
              "heldout (odd); default all rows.")
@click.option("--cameo-concessions", type=click.Choice(["cameo", "plover"]), default="cameo",
              show_default=True,
              help="How the engine types a promised concession ('agreed to lift the ban') on "
              "the CAMEO sentences: as CAMEO codes an intent (AGREE, verbal cooperation) or as "
              "PLOVER does (CONCEDE).")
@click.option("--seesaw", "seesaw_dir", help="Also score SEESAW stance triplets in DIR.")
@click.option("--limit", type=int,
              help="Only the first N PolNeAR / SEESAW articles / CAMEO rows.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--errors", "show_errors", is_flag=True,
              help="Gold files: under each document, list what the scorer counted wrong "
                   "(gold actors, quotes, stances and events missed; system ones false; "
                   "events with another target), each line one unit of a figure.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help=JOBS_HELP)
@click.option("--progress/--no-progress", default=None,
              help="Progress bar with ETA on stderr (default: when stderr is a terminal).")
@click.option("--statements", "statement_mode", default="combined", show_default=True,
              type=click.Choice(STATEMENT_MODES),
              help="Statement finder: the rules with the trained attribution model (broad: "
                   "also reports whose content is a noun phrase, as PolNeAR counts them), or "
                   "either alone.")
@click.option("--polnear-spans", is_flag=True,
              help="Statement contents as PolNeAR draws them: the complementizer kept ('said "
                   "that X' gives 'that X') and so is closing non-restrictive material (', "
                   "which ...'); --polnear always scores them so.")
def evaluate(gold: tuple[str, ...], system_path: str | None, polnear_dir: str | None,
             cameo_dir: str | None, cameo_half: str | None, cameo_concessions: str,
             seesaw_dir: str | None,
             limit: int | None, as_json: bool, show_errors: bool, jobs: int,
             progress: bool | None, statement_mode: str, polnear_spans: bool) -> None:
    """Score the engine against gold files (SCORING.md): P, R and F1 per layer."""
    import json

    from . import evaluate as ev
    from . import evaluate_seesaw as es

    _setup_logging(False)
    if not gold and not polnear_dir and not cameo_dir and not seesaw_dir:
        raise click.UsageError("give gold files (*.gold.json), --polnear DIR, --cameo DIR "
                               "or --seesaw DIR")
    engine: Any = None
    polnear_engine: Any = None
    if system_path is None or polnear_dir or cameo_dir or seesaw_dir:
        from .pipeline import default_engine, with_statements

        engine = default_engine()
        if statement_mode != "combined" or polnear_spans:
            engine = with_statements(engine, statement_mode, polnear_spans)
        if polnear_dir:  # PolNeAR's conventions: '"A," he said. "B."' is one attribution,
            # and a content keeps its complementizer and closing non-restrictive material
            polnear_engine = with_statements(engine, statement_mode, polnear_spans=True,
                                             join_quotes=True)
    try:
        results = _evaluate_all(engine, gold, system_path, {}, limit, jobs, progress,
                                cameo_half, show_errors) if gold else []
        if polnear_dir:
            results += _evaluate_all(polnear_engine, (), None, {"polnear": polnear_dir},
                                     limit, jobs, progress, cameo_half)
        if cameo_dir:  # CAMEO's convention: a promised concession is an intent (03x)
            from .pipeline import with_concessions

            cameo_engine = with_concessions(
                engine, "AGREE" if cameo_concessions == "cameo" else "CONCEDE", agentless=True)
            cameo_results = _evaluate_all(cameo_engine, (), None, {"cameo": cameo_dir}, limit,
                                          jobs, progress, cameo_half)
            for r in cameo_results:
                r["concessions"] = cameo_concessions
            results += cameo_results
        if seesaw_dir:
            results += _evaluate_all(engine, (), None, {"seesaw": seesaw_dir}, limit, jobs,
                                     progress, cameo_half)
    except StancemapError as exc:
        _fail(exc, 1)
    if as_json:
        data = [r.to_dict() if hasattr(r, "to_dict") else r for r in results]
        click.echo(json.dumps(data[0] if len(data) == 1 else data, indent=2, ensure_ascii=False))
    else:
        click.echo("\n\n".join(
            es.format_seesaw(r) if isinstance(r, dict) and r.get("kind") == "seesaw"
            else ev.format_report(r) for r in results))


def _evaluate_all(engine: Any, gold: tuple[str, ...], system_path: str | None,
                  dirs: dict[str, str | None], limit: int | None, jobs: int,
                  progress: bool | None, cameo_half: str | None = None,
                  errors: bool = False) -> list[Any]:
    """The reports ``evaluate`` prints; the engine's articles analysed up front, in
    ``jobs`` processes with a progress bar, when either is asked for (or on a terminal)."""
    from . import evaluate as ev
    from . import evaluate_seesaw as es
    from . import parallel

    scorers = {"polnear": ev.evaluate_polnear, "cameo": ev.evaluate_cameo,
               "seesaw": es.evaluate_seesaw}

    def run(analyze_one: Callable[[Article], Document] | None) -> list[Any]:
        results: list[Any] = []
        if gold:
            system = ev.load_system(system_path) if system_path else None
            results.append(ev.evaluate_gold(list(gold), analyze=None if system else analyze_one,
                                            system=system, errors=errors))
        for name, directory in dirs.items():
            if directory:
                assert analyze_one is not None
                extra = {"half": cameo_half} if name == "cameo" else {}
                results.append(scorers[name](directory, analyze_one, limit=limit, **extra))
        return results

    n_jobs = parallel.resolve_jobs(jobs)
    if engine is None:
        return run(None)
    if n_jobs > 1 or (progress if progress is not None else sys.stderr.isatty()):
        return parallel.prefetched(run, engine, jobs=n_jobs, progress=progress)
    return run(engine.analyze)


# --- corpus store: ingest, query, export ----------------------------------------------------

DB_HELP = ("Store: a SQLite file path (default stancemap.db, or $STANCEMAP_DB), "
           "sqlite:///absolute/path, or postgresql://user@host:port/dbname.")
TABLE_FORMATS = ("table", "csv", "json", "nl")


def _open_db(url: str | None, create: bool = False) -> Any:
    """The store for ingest (created or upgraded as needed); E020/E022 end the run."""
    from .store import open_store

    try:
        return open_store(url, create=create)
    except StancemapError as exc:
        _fail(exc, 1)


def _open_reader(url: str | None, output: str = "-") -> Any:
    """The store for a read-only command: opened read-only, never created, refused when it
    is not a stancemap store (E026) or holds no document (E023); the output file must not
    be the store itself (E027)."""
    from .store.access import open_reader
    from .store.db import is_postgres, sqlite_path
    from .validate import check_output

    target = url or os.environ.get("STANCEMAP_DB") or "stancemap.db"
    try:
        if not is_postgres(target):
            check_output(output, [sqlite_path(target)], what="the store")
    except StancemapError as exc:
        _fail(exc)
    try:
        return open_reader(url, require_documents=True)
    except StancemapError as exc:
        _fail(exc, 1)


def _format_option(fmt: str, help: str, default: bool = False) -> Callable[..., Any]:
    return click.option(f"--{fmt}", f"as_{fmt}", is_flag=True, default=default, help=help)


def output_options(f: Callable[..., Any]) -> Callable[..., Any]:
    """The option bundle of every listing command: --db, one output format, -o, --limit.
    The command receives ``db_url``, ``fmt``, ``output`` (a path, ``-`` for stdout) and
    ``limit``; giving two formats (``--csv --json``) is a usage error."""

    @functools.wraps(f)
    def inner(*args: Any, as_table: bool, as_csv: bool, as_json: bool, as_nl: bool,
              **kw: Any) -> Any:
        given = [n for n, on in zip(TABLE_FORMATS, (as_table, as_csv, as_json, as_nl),
                                    strict=True) if on]
        if len(given) > 1:
            _fail(StancemapError("E030", None, option=" ".join(f"--{g}" for g in given),
                                 allowed=", ".join(f"--{g}" for g in TABLE_FORMATS)))
        return f(*args, fmt=given[0] if given else "table", **kw)

    g: Callable[..., Any] = inner
    g = click.option("--limit", type=click.IntRange(min=1), help="At most N rows (N >= 1).")(g)
    g = click.option("--output", "-o", default="-", metavar="FILE",
                     help="Write here instead of standard output.")(g)
    g = _format_option("nl", "JSON lines: one object per row.")(g)
    g = _format_option("json", "One JSON array of objects.")(g)
    g = _format_option("csv", "CSV (RFC 4180; text never shortened; cells that a spreadsheet "
                       "would run as formulas get a leading ').")(g)
    g = _format_option("table", "An aligned table for people (default; long text "
                       "shortened).")(g)
    g = click.option("--db", "db_url", envvar="STANCEMAP_DB", help=DB_HELP)(g)
    return g


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

    for name, value in dates.items():
        if value is not None:
            try:
                check_date(value, option=f"--{name}")
            except StancemapError as exc:
                _fail(exc)


def _filters(**given: Any) -> dict[str, Any]:
    """The query filters, each checked against its vocabulary before the store is opened
    (E028, exit 2, with the allowed values); returns them normalised."""
    from .model import POLARITIES
    from .validate import EVENT_TYPES, QUADS, choices, country, record_id

    _check_dates(since=given.get("since"), until=given.get("until"))
    checks: dict[str, Callable[[Any], Any]] = {
        "actor": lambda v: record_id("--actor", v, "E"),
        "proposition": lambda v: record_id("--proposition", v, "P"),
        "country": country,
        "polarity": lambda v: choices("--polarity", v, POLARITIES),
        "type": lambda v: choices("--type", v, EVENT_TYPES, upper=True),
        "quad": lambda v: choices("--quad", v, QUADS, upper=True),
    }
    out = dict(given)
    try:
        for name, check in checks.items():
            if out.get(name) is not None:
                out[name] = check(out[name])
    except StancemapError as exc:
        _fail(exc)
    return out


def _query(run: Callable[[Any], Any], db_url: str | None, output: str) -> Any:
    """``run(db)`` on the store opened read-only; a failing query is E024 (exit 1)."""
    db = _open_reader(db_url, output)
    try:
        return run(db)
    except db._errors as exc:
        _fail(_query_error(db, exc), 1)
    finally:
        db.close()


def _query_error(db: Any, exc: BaseException) -> StancemapError:
    from .store.db import display_url

    return StancemapError("E024", display_url(db.url), detail=" ".join(str(exc).split()))


def _emit(table: Any, fmt: str, output: str, kind: str = "") -> None:
    from .cli_output import open_output
    from .store.output import write_table
    from .store.query import display_ids

    try:
        with open_output(output) as fh:
            write_table(display_ids(table, kind), fh, fmt)
    except StancemapError as exc:
        _fail(exc, 2 if getattr(exc, "usage", False) else 1)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", "db_url", envvar="STANCEMAP_DB", help=DB_HELP)
@click.option("--reanalyze", is_flag=True, help="Analyse texts already stored again and "
              "replace their records (after an engine improvement).")
@click.option("--date", help="Publication date (YYYY-MM-DD) for inputs that have none.")
@click.option("--batch-size", type=click.IntRange(min=1), default=16, show_default=True)
@_max_input_option
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
              help=JOBS_HELP)
@click.option("--dask", "dask_address", metavar="local[:N]|tcp://HOST:PORT",
              help="Analyse on a Dask cluster: local[:N] starts N local workers, tcp://... "
              "uses a running scheduler (see README, 'Scale').")
@click.option("--progress/--no-progress", default=None,
              help="Progress bar with docs/s on stderr (default: when stderr is a terminal).")
@click.option("--quiet", "-q", is_flag=True, help="Only print errors on stderr.")
def ingest(paths: tuple[str, ...], db_url: str | None, reanalyze: bool, date: str | None,
           batch_size: int, max_input: str, jobs: int, dask_address: str | None,
           progress: bool | None, quiet: bool) -> None:
    """Analyse articles into a corpus store (files, folders, JSONL, HTML, - for stdin).

    Idempotent and resumable: texts already stored are skipped before any analysis, each
    document commits on its own, so running the same command again after a crash or Ctrl-C
    continues where it stopped. Exit status 0 when nothing failed, 1 when some input failed
    (or the store's connection was lost repeatedly), 130 when interrupted.
    """
    from .parallel import resolve_jobs
    from .store import ingest as run_ingest
    from .store.db import is_postgres, sqlite_path

    _setup_logging(quiet)
    target = db_url or os.environ.get("STANCEMAP_DB") or "stancemap.db"
    max_bytes = _check_inputs(paths, None if is_postgres(target) else sqlite_path(target),
                              max_input, date=date)
    db = _open_db(db_url, create=True)
    if progress is None:
        progress = sys.stderr.isatty()
    if dask_address:
        from .distributed import ingest_dask

        try:
            rep = ingest_dask(list(paths), db, dask_address, reanalyze=reanalyze, date=date,
                              batch_size=batch_size, progress=progress, max_bytes=max_bytes)
        except StancemapError as exc:
            _fail(exc, 1)
    else:
        rep = run_ingest(list(paths), db, reanalyze=reanalyze, batch_size=batch_size,
                         date=date, progress=progress, max_bytes=max_bytes,
                         jobs=resolve_jobs(jobs))
    if not quiet or rep.failed or rep.interrupted or rep.stopped:
        click.echo(f"stancemap: ingest: {rep.summary()}", err=True)
    if rep.interrupted:
        sys.exit(130)
    if rep.failed or rep.stopped:
        sys.exit(1)


@main.group()
def query() -> None:
    """Query a corpus store (read-only): actors, statements, stances, events, relations, a
    stance matrix."""


@query.command("documents")
@output_options
@filter_options("since", "until")
def query_documents(db_url: str | None, fmt: str, output: str, limit: int | None,
                    since: str | None, until: str | None) -> None:
    """Stored documents, with their near-duplicate cluster."""
    from .store import query as q

    f = _filters(since=since, until=until)
    _emit(_query(lambda db: q.documents(db, limit=limit, **f), db_url, output), fmt, output)


@query.command("actors")
@output_options
@filter_options("actor", "country", "kind", "since", "until")
def query_actors(db_url: str | None, fmt: str, output: str, limit: int | None,
                 actor: str | None, country: str | None, kind: str | None, since: str | None,
                 until: str | None) -> None:
    """Actors across documents, with documents, clusters and mentions."""
    from .store import query as q

    f = _filters(actor=actor, country=country, kind=kind, since=since, until=until)
    _emit(_query(lambda db: q.actors(db, limit=limit, **f), db_url, output), fmt, output,
          "actors")


@query.command("statements")
@output_options
@filter_options("actor", "country", "since", "until")
def query_statements(db_url: str | None, fmt: str, output: str, limit: int | None,
                     actor: str | None, country: str | None, since: str | None,
                     until: str | None) -> None:
    """Who said what (content with offsets)."""
    from .store import query as q

    f = _filters(actor=actor, country=country, since=since, until=until)
    _emit(_query(lambda db: q.statements(db, limit=limit, **f), db_url, output), fmt, output)


@query.command("stances")
@output_options
@filter_options("actor", "country", "proposition", "polarity", "since", "until")
def query_stances(db_url: str | None, fmt: str, output: str, limit: int | None,
                  actor: str | None, country: str | None, proposition: str | None,
                  polarity: str | None, since: str | None, until: str | None) -> None:
    """Stances: who takes which position on which proposition, with evidence."""
    from .store import query as q

    f = _filters(actor=actor, country=country, proposition=proposition, polarity=polarity,
                 since=since, until=until)
    _emit(_query(lambda db: q.stances(db, limit=limit, **f), db_url, output), fmt, output)


@query.command("events")
@output_options
@filter_options("actor", "country", "type", "quad", "since", "until")
def query_events(db_url: str | None, fmt: str, output: str, limit: int | None,
                 actor: str | None, country: str | None, event_type: str | None,
                 quad: str | None, since: str | None, until: str | None) -> None:
    """PLOVER events (actor or country as source or target)."""
    from .store import query as q

    f = _filters(actor=actor, country=country, type=event_type, quad=quad, since=since,
                 until=until)
    _emit(_query(lambda db: q.events(db, limit=limit, **f), db_url, output), fmt, output)


MATRIX_TOP = 20


@query.command("relations")
@output_options
@filter_options("actor", "country", "since", "until")
@click.option("--polarity", help="positive, negative (comma-separated).")
@click.option("--basis", help="statement, event, stance (comma-separated).")
def query_relations(db_url: str | None, fmt: str, output: str, limit: int | None,
                    actor: str | None, country: str | None, since: str | None,
                    until: str | None, polarity: str | None, basis: str | None) -> None:
    """The signed actor network: who stands positively or negatively toward whom."""
    from .model import RELATION_BASES, RELATION_POLARITIES
    from .store import query as q
    from .validate import choices

    f = _filters(actor=actor, country=country, since=since, until=until)
    try:
        f["polarity"] = choices("--polarity", polarity, RELATION_POLARITIES)
        f["basis"] = choices("--basis", basis, RELATION_BASES)
    except StancemapError as exc:
        _fail(exc)
    _emit(_query(lambda db: q.relations(db, limit=limit, **f), db_url, output), fmt, output)


@query.command("matrix")
@output_options
@filter_options("actor", "country", "proposition", "since", "until")
@click.option("--by", type=click.Choice(["actor", "country"]), default="actor",
              show_default=True, help="Rows: actors or countries.")
@click.option("--value", type=click.Choice(["score", "summary", "clusters", "support",
                                            "oppose", "conditional", "neutral"]),
              default="score", show_default=True,
              help="Cell: score in [-1, 1], 'summary' (2+ 1- 0c 0n), or a count of clusters.")
@click.option("--top", type=click.IntRange(min=1), default=MATRIX_TOP, show_default=True,
              help="Only the N propositions with the most evidence (columns P3, ...; their "
                   "labels are the row under the header).")
@click.option("--long", "long_form", is_flag=True,
              help="One row per cell with every count instead of the wide matrix.")
@click.option("--timing", is_flag=True, help="Print the query time on stderr.")
def query_matrix(db_url: str | None, fmt: str, output: str, limit: int | None,
                 actor: str | None, country: str | None, proposition: str | None,
                 since: str | None, until: str | None, by: str, value: str, top: int,
                 long_form: bool, timing: bool) -> None:
    """Stance matrix: actors or countries x propositions, evidence counted per cluster."""
    import time

    from .store import query as q

    f = _filters(actor=actor, country=country, proposition=proposition, since=since,
                 until=until)
    t0 = time.perf_counter()
    table = _query(lambda db: q.matrix(db, by=by, **f), db_url, output)
    if timing:
        click.echo(f"stancemap: matrix query {time.perf_counter() - t0:.3f} s", err=True)
    if long_form:
        if limit:
            table.rows = table.rows[:limit]
        _emit(table, fmt, output, f"matrix-{by}")
        return
    n_props = len({r[table.columns.index("proposition_id")] for r in table.rows})
    table = q.pivot_ids(table, by=by, value=value, top=top)
    if n_props > top:
        click.echo(f"stancemap: matrix: the {top} of {n_props} propositions with the most "
                   "evidence (--top)", err=True)
    if limit:
        table.rows = table.rows[:limit]
    _emit(table, fmt, output)


EXPORT_FORMATS = ("jsonl", "plover", "graphml", "dna")


@main.command()
@click.argument("fmt", metavar="FORMAT", type=click.Choice(EXPORT_FORMATS))
@click.option("--db", "db_url", envvar="STANCEMAP_DB", help=DB_HELP)
@click.option("--output", "-o", default="-", metavar="FILE",
              help="Write here instead of standard output.")
@click.option("--network", type=click.Choice(["combined", "agreement", "conflict",
                                              "relations"]),
              default="combined", show_default=True, help="graphml: which edges (relations: "
              "the directed signed network of the relations layer).")
@click.option("--by", type=click.Choice(["actor", "country"]), default="actor",
              show_default=True, help="graphml: nodes are actors or countries.")
@filter_options("since", "until")
def export(fmt: str, db_url: str | None, output: str, network: str, by: str,
           since: str | None, until: str | None) -> None:
    """Export the store (read-only): jsonl (stancemap/1 documents), plover (PLOVER JSONL),
    graphml (actor agreement / conflict network, or with --network relations the directed
    signed network of the relations layer) or dna (Discourse Network Analyzer statement
    CSV)."""
    from .cli_output import open_output

    _setup_logging(False)
    _check_dates(since=since, until=until)
    db = _open_reader(db_url, output)
    try:
        with open_output(output) as fh:
            what = _export(fmt, db, fh, network=network, by=by, since=since, until=until)
    except StancemapError as exc:
        _fail(exc, 2 if getattr(exc, "usage", False) else 1)
    except db._errors as exc:
        _fail(_query_error(db, exc), 1)
    finally:
        db.close()
    click.echo(f"stancemap: export {fmt}: {what}", err=True)


def _export(fmt: str, db: Any, fh: TextIO, *, network: str, by: str, since: str | None,
            until: str | None) -> str:
    from .store import export as ex

    if fmt == "jsonl":
        return f"{ex.export_jsonl(db, fh, since=since, until=until)} document(s)"
    if fmt == "plover":
        return f"{ex.export_plover(db, fh, since=since, until=until)} event record(s)"
    if fmt == "graphml":
        nodes, edges = ex.export_graphml(db, fh, network=network, by=by, since=since,
                                         until=until)
        return f"{nodes} node(s), {edges} edge(s)"
    return f"{ex.export_dna(db, fh, since=since, until=until)} statement(s)"


from .web.cli import serve  # noqa: E402  (stancemap serve: the web UI)

main.add_command(serve)


if __name__ == "__main__":  # pragma: no cover
    main()
