"""Shared helpers of the web UI tests (no tests here): a store built by the real engine from
real articles, and a real uvicorn server over it on a free 127.0.0.1 port.

The corpus: the seed and d01-d06 from ../shared/gold (or tests/gold when ../shared is absent),
each given a publication date, plus one hostile article whose text holds a ``<script>``
element, event-handler attributes and a ``javascript:`` link, which every page must show as
text.
"""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[2] / "shared"
LOCAL_GOLD = Path(__file__).resolve().parent / "gold"

HOSTILE_ID = "hostile"
HOSTILE_TEXT = (
    "French President Emmanuel Macron said on Monday that sending NATO troops to Ukraine "
    "could not be ruled out <script>alert('xss')</script> and that Europe had to act.\n"
    "German Chancellor Olaf Scholz rejected sending NATO troops to Ukraine, saying "
    "<img src=x onerror=\"alert(1)\"> no German soldiers would go.\n"
    "Polish Foreign Minister Radoslaw Sikorski backed Macron's idea, "
    "<a href=\"javascript:alert(2)\" onclick=\"alert(3)\">click here</a> he told reporters.\n"
)


def gold_paths() -> list[Path]:
    gold = SHARED / "gold"
    if (gold / "seed.txt").exists():
        return [gold / "seed.txt", *sorted(gold.glob("d0*.txt"))]
    return sorted(LOCAL_GOLD.glob("*.txt"))[:7]


def write_corpus(path: Path) -> Path:
    """A JSONL corpus of the gold articles (dated a month apart) and the hostile one."""
    lines = []
    for i, p in enumerate(gold_paths()):
        date = f"2024-{(i % 12) + 1:02d}-{(i * 3) % 27 + 1:02d}"
        lines.append({"id": p.stem, "text": p.read_text(encoding="utf-8"), "date": date})
    lines.append({"id": HOSTILE_ID, "text": HOSTILE_TEXT, "date": "2024-12-01"})
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    return path


def build_store(url: str, workdir: Path, engine: Any = None) -> str:
    """Ingest the corpus into the store at ``url`` with the real engine; returns ``url``."""
    from stancemap.store import ingest

    rep = ingest([str(write_corpus(workdir / "corpus.jsonl"))], url, engine=engine)
    assert rep.failed == 0, rep.summary()
    return url


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def live_server(url: str) -> Iterator[str]:
    """A real uvicorn server over the store at ``url``; yields its base URL."""
    import uvicorn

    from stancemap.web import create_app

    port = free_port()
    config = uvicorn.Config(create_app(url), host="127.0.0.1", port=port, log_level="warning",
                            access_log=False)
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the web server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


def fetch(url: str, method: str = "GET") -> tuple[int, dict[str, str], str]:
    """Status, headers (lower-case names) and body of one request."""
    req = urllib.request.Request(url, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, r.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read().decode()


def fetch_json(url: str) -> Any:
    status, _, body = fetch(url)
    assert status == 200, (url, status, body[:300])
    return json.loads(body)
