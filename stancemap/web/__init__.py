"""``stancemap serve``: a read-only web UI over the corpus store.

    >>> from stancemap.web import create_app
    >>> app = create_app("stancemap.db")         # an ASGI app (Starlette)

Pages (each also JSON at the same URL plus ``.json``): overview ``/``, search ``/search``,
proposition ``/proposition/ID``, actor ``/actor/ID``, document ``/document/ID``, stance matrix
``/matrix``, signed network ``/network``, event timeline ``/timeline``. Modules: ``db``
(read-only connections, cache), ``pages`` and ``aggregate`` (page data), ``network`` (signed
actor edges), ``highlight`` (offsets to escaped HTML), ``app`` (routes, templates).
"""

from __future__ import annotations

import os
import threading
import webbrowser
from typing import Any

VENDOR_VERSIONS = {"vega": "6.4.0", "vega-lite": "6.5.0", "vega-embed": "7.3.0",
                   "cytoscape": "3.35.0"}


def create_app(url: str) -> Any:
    """The ASGI application over the store at ``url`` (see :mod:`stancemap.web.app`)."""
    from .app import create_app as _create

    return _create(url)


def app_from_env() -> Any:
    """The application over ``$STANCEMAP_SERVE_DB`` (the factory of each worker process)."""
    return create_app(os.environ["STANCEMAP_SERVE_DB"])


def serve(url: str, *, host: str = "127.0.0.1", port: int = 8000, open_browser: bool = False,
          workers: int = 1, echo: Any = print) -> None:
    """Serve the store at ``url`` on ``host:port`` until interrupted (Ctrl-C), in ``workers``
    processes (each with its own connections and caches)."""
    import uvicorn

    from ..store.db import display_url

    app = create_app(url)  # also checks, before printing the URL, that the store opens
    shown = "127.0.0.1" if host in ("", "0.0.0.0") else host
    link = f"http://{shown if ':' not in shown else f'[{shown}]'}:{port}/"
    echo(f"stancemap: serving {display_url(url)} read-only at {link} (Ctrl-C stops)")
    if host not in ("127.0.0.1", "localhost", "::1"):
        echo(f"stancemap: warning: listening on {host}: anyone who can reach this machine "
             "can read the whole store (there is no login)")
    if open_browser:
        threading.Timer(1.0, webbrowser.open, args=(link,)).start()
    if workers > 1:
        os.environ["STANCEMAP_SERVE_DB"] = url
        uvicorn.run("stancemap.web:app_from_env", factory=True, workers=workers, host=host,
                    port=port, log_level="warning", access_log=False)
    else:
        uvicorn.run(app, host=host, port=port, log_level="warning", access_log=False)
