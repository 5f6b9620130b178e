"""The ``stancemap serve`` command (registered on the main group in ``stancemap.cli``)."""

from __future__ import annotations

import os
import sys

import click


@click.command()
@click.option("--db", "db_url", envvar="STANCEMAP_DB",
              help="Store: a SQLite file path (default stancemap.db, or $STANCEMAP_DB) or "
              "postgresql://user@host:port/dbname.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (the default is reachable from this machine only).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--workers", type=click.IntRange(1, 64), default=1, show_default=True,
              help="Server processes (one per CPU core serves more clients at once).")
@click.option("--open", "open_browser", is_flag=True, help="Open the UI in a web browser.")
def serve(db_url: str | None, host: str, port: int, workers: int, open_browser: bool) -> None:
    """Browse the store in a web browser: read-only pages over propositions, actors,
    documents, the stance matrix, the signed network and the event timeline (each page also
    as JSON at its URL plus .json)."""
    from ..errors import StancemapError
    from ..store.db import DatabaseError, display_url
    from . import serve as run

    url = db_url or os.environ.get("STANCEMAP_DB") or "stancemap.db"
    try:
        run(url, host=host, port=port, open_browser=open_browser, workers=workers,
            echo=lambda m: click.echo(m, err=True))
    except DatabaseError as exc:
        click.echo(f"stancemap: {StancemapError('E020', display_url(url), detail=str(exc))}",
                   err=True)
        sys.exit(1)
