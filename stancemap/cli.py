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

FORMATS = ("json", "jsonl", "text", "plover")


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


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "-f", "fmt", type=click.Choice(FORMATS), default="json",
              show_default=True, help="json: one stancemap/1 object; jsonl: a document per "
              "line; text: a summary for people; plover: PLOVER event records.")
@click.option("--date", help="Publication date (YYYY-MM-DD) of a single input.")
@click.option("--output", "-o", type=click.File("w", encoding="utf-8"), default="-",
              help="Write here instead of standard output.")
@click.option("--batch-size", type=int, default=16, show_default=True)
@click.option("--quiet", "-q", is_flag=True, help="Only print errors on stderr.")
def analyze(paths: tuple[str, ...], fmt: str, date: str | None, output: TextIO,
            batch_size: int, quiet: bool) -> None:
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
    from .pipeline import default_engine
    from .writers import WRITERS

    failed = 0

    def on_error(article: Article, exc: Exception) -> None:
        nonlocal failed
        failed += 1
        log.error(str(StancemapError("E900", article.path or article.id, detail=repr(exc))))

    docs: Iterator[Document] = default_engine().analyze_many(
        articles, batch_size=batch_size, on_error=on_error)
    WRITERS[fmt](docs, output)
    output.flush()
    n_bad = report.failed + failed
    if not quiet and (n_bad or report.read != 1):
        click.echo(f"stancemap: {report.read - failed} document(s) analysed, {n_bad} failed",
                   err=True)
    if n_bad or handler.errors:
        sys.exit(1)


@main.command()
@click.argument("gold", nargs=-1)
@click.option("--system", "system_path", help="Score this saved stancemap/1 output (JSON or "
              "JSONL) instead of running the engine.")
@click.option("--polnear", "polnear_dir", help="Also score PolNeAR brat attributions in DIR.")
@click.option("--cameo", "cameo_dir", help="Also score CAMEO sentence files in DIR.")
@click.option("--limit", type=int, help="Only the first N PolNeAR articles / CAMEO rows.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
def evaluate(gold: tuple[str, ...], system_path: str | None, polnear_dir: str | None,
             cameo_dir: str | None, limit: int | None, as_json: bool) -> None:
    """Score the engine against gold files (SCORING.md): P, R and F1 per layer."""
    import json

    from . import evaluate as ev

    _setup_logging(False)
    if not gold and not polnear_dir and not cameo_dir:
        raise click.UsageError("give gold files (*.gold.json), --polnear DIR or --cameo DIR")
    analyze_one: Callable[[Article], Document] | None = None
    if system_path is None or polnear_dir or cameo_dir:
        from .pipeline import default_engine

        analyze_one = default_engine().analyze
    results: list[Any] = []
    try:
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
    except StancemapError as exc:
        _fail(exc, 1)
    if as_json:
        data = [r.to_dict() if hasattr(r, "to_dict") else r for r in results]
        click.echo(json.dumps(data[0] if len(data) == 1 else data, indent=2, ensure_ascii=False))
    else:
        click.echo("\n\n".join(ev.format_report(r) for r in results))


if __name__ == "__main__":  # pragma: no cover
    main()
