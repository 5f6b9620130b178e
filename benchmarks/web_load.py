"""Load benchmark of ``stancemap serve``: p50 / p95 latency per page type under a bounded
number of concurrent clients, against 127.0.0.1.

    python benchmarks/web_load.py [--db PATH] [--n 2000] [--clients 20] [--requests 300]
                                  [--json]

The store: ``--db`` (default ``benchmarks/web-corpus.db``, git-ignored). When it is missing it
is built for real: ``make_corpus.py`` generates ``--n`` synthetic articles (2,000 by default)
and the engine ingests them (about 4 minutes on 2 cores; no rows are cloned or faked).

The server runs in its own process (``stancemap serve``, one uvicorn worker), as a user starts
it. Its default corpus-wide views are computed at start (as ``serve`` does); the benchmark
waits for that, then for each page type runs ``--requests`` GETs from ``--clients`` threads,
each with its own keep-alive connection, URLs drawn at random (fixed seed) from a pool per page
type that covers the corpus:

- overview: ``/``; search: ``/search?q=NAME`` for 200 actor names and proposition words;
- proposition: 300 propositions with stances; actor: 500 actors with stances; document: 600
  documents with a highlighted stance (``?at=``);
- matrix / network / timeline: the default view and 12-20 filtered ones (by actor or country,
  date ranges, a proposition, an event type, a country).

A URL met again is served from the server's response cache, as it would be for a user; the
pools are large enough that most proposition, actor and document requests are first visits.
Before the load, the first (uncached) request of each filtered corpus-wide view is timed alone
and reported as "cold".
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

PAGES = ["overview", "search", "proposition", "actor", "document", "matrix", "network",
         "timeline"]


def build_store(db: Path, n: int) -> None:
    """Generate ``n`` synthetic articles and ingest them with the real engine."""
    from make_corpus import write_corpus

    from stancemap.store import ingest

    corpus = HERE / f"web-corpus-{n}.jsonl"
    if not corpus.exists():
        write_corpus(corpus, n, 20240312)
    t0 = time.perf_counter()
    print(f"building {db}: ingesting {n} synthetic articles (a few minutes)...", flush=True)
    rep = ingest([str(corpus)], str(db), progress=sys.stderr.isatty())
    print(f"  {rep.summary()} in {time.perf_counter() - t0:.0f} s", flush=True)


def url_pools(db: Path, rng: random.Random) -> dict[str, list[str]]:
    """Per page type, the URLs the clients draw from."""
    from stancemap.web.db import ReadOnlyDatabase

    with ReadOnlyDatabase(str(db)) as con:
        def ids(sql: str, k: int) -> list[int]:
            got = [int(r[0]) for r in con.fetchall(sql)]
            return rng.sample(got, min(k, len(got)))

        props = ids("SELECT DISTINCT proposition_id FROM stances WHERE proposition_id "
                    "IS NOT NULL", 300)
        actors = ids("SELECT DISTINCT entity_id FROM stances WHERE entity_id IS NOT NULL", 500)
        docs = [(int(d), int(s), int(e)) for d, s, e in con.fetchall(
            "SELECT document_id, MIN(ev_start), MIN(ev_end) FROM stances GROUP BY document_id")]
        docs = rng.sample(docs, min(600, len(docs)))
        names = [r[0] for r in con.fetchall("SELECT name FROM entities WHERE kind = 'person' "
                                            "ORDER BY id LIMIT 150")]
        words = [r[0].split()[0] for r in con.fetchall("SELECT label FROM propositions "
                                                       "ORDER BY id LIMIT 50")]
        top = [int(r[0]) for r in con.fetchall(
            "SELECT proposition_id FROM stances GROUP BY proposition_id "
            "ORDER BY COUNT(*) DESC LIMIT 6")]
        countries = [r[0] for r in con.fetchall(
            "SELECT country FROM entities WHERE country IS NOT NULL GROUP BY country "
            "ORDER BY COUNT(*) DESC LIMIT 8")]
        types = [r[0] for r in con.fetchall("SELECT DISTINCT event_type FROM events LIMIT 6")]
    quarters = [(f"{y}-{m:02d}-01", f"{y}-{m + 2:02d}-28") for y in (2024, 2025)
                for m in (1, 4, 7, 10)]
    return {
        "overview": ["/"],
        "search": [f"/search?q={x.replace(' ', '+')}" for x in names + words],
        "proposition": [f"/proposition/{p}" for p in props],
        "actor": [f"/actor/{a}" for a in actors],
        "document": [f"/document/{d}?at={s}-{e}" for d, s, e in docs],
        "matrix": ["/matrix", "/matrix?by=actor"]
        + [f"/matrix?since={a}&until={b}" for a, b in quarters]
        + [f"/matrix?by=actor&country={c}" for c in countries[:4]],
        "network": ["/network"] + [f"/network?since={a}&until={b}" for a, b in quarters[:6]]
        + [f"/network?proposition={p}" for p in top],
        "timeline": ["/timeline"] + [f"/timeline?country={c}" for c in countries]
        + [f"/timeline?type={t}" for t in types],
    }


def start_server(db: Path, port: int, workers: int = 1) -> subprocess.Popen[bytes]:
    exe = Path(sys.executable).parent / "stancemap"
    proc = subprocess.Popen([str(exe), "serve", "--db", str(db), "--port", str(port),
                             "--workers", str(workers)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if get(port, "/static/app.css", http.client.HTTPConnection("127.0.0.1", port)) == 200:
                return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise RuntimeError("server did not start: " + (proc.stderr.read() or b"").decode()
                       if proc.stderr else "")


def get(port: int, path: str, conn: http.client.HTTPConnection) -> int:
    conn.request("GET", path)
    resp = conn.getresponse()
    resp.read()
    return resp.status


def run_load(port: int, urls: list[str], requests: int, clients: int, seed: int
             ) -> tuple[list[float], int]:
    """Latencies (ms) of ``requests`` GETs spread over ``clients`` threads, and the number of
    non-200 answers."""
    todo = [random.Random(seed + i).choice(urls) for i in range(requests)]
    lock = threading.Lock()
    lat: list[float] = []
    errors = [0]

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        while True:
            with lock:
                if not todo:
                    break
                path = todo.pop()
            t0 = time.perf_counter()
            status = get(port, path, conn)
            dt = (time.perf_counter() - t0) * 1000
            with lock:
                lat.append(dt)
                errors[0] += status != 200
        conn.close()

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return lat, errors[0]


def pct(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_warm(port: int, workers: int) -> None:
    """Wait for the start-up warm-up of every worker (the default views answer fast)."""
    for _ in range(4 * workers):  # new connections reach the workers in turn, roughly
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
        for path in ("/", "/matrix", "/network", "/timeline", "/search?q=warm"):
            get(port, path, conn)
        conn.close()


def cold_times(port: int, pools: dict[str, list[str]], workers: int
               ) -> dict[str, list[float]]:
    """The first (uncached) request of each filtered corpus-wide view, one at a time (then,
    with several workers, the same again on new connections so that each worker has it)."""
    out: dict[str, list[float]] = {}
    for page in ("matrix", "network", "timeline"):
        for path in pools[page][1:]:
            for i in range(1 + 3 * (workers - 1)):
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
                t0 = time.perf_counter()
                get(port, path, conn)
                if i == 0:
                    out.setdefault(page, []).append((time.perf_counter() - t0) * 1000)
                conn.close()
    return out


def measure(args: argparse.Namespace) -> dict[str, object]:
    from stancemap.web.db import ReadOnlyDatabase

    with ReadOnlyDatabase(str(args.db)) as con:
        n_docs = int(con.scalar("SELECT COUNT(*) FROM documents"))
    pools = url_pools(args.db, random.Random(7))
    port = args.port or free_port()
    proc = start_server(args.db, port, args.workers)
    try:
        wait_warm(port, args.workers)
        cold = cold_times(port, pools, args.workers)
        results = {}
        for i, page in enumerate(PAGES):
            t0 = time.perf_counter()
            lat, errors = run_load(port, pools[page], args.requests, args.clients, 1000 * i)
            wall = time.perf_counter() - t0
            results[page] = {"p50_ms": round(pct(lat, 50), 1), "p95_ms": round(pct(lat, 95), 1),
                             "max_ms": round(max(lat), 1), "req_per_s": round(len(lat) / wall, 1),
                             "errors": errors, "urls": len(pools[page])}
    finally:
        proc.terminate()
        proc.wait(10)
    return {"documents": n_docs, "clients": args.clients, "workers": args.workers,
            "requests_per_page": args.requests,
            "cpus": os.cpu_count(), "load_avg_1min": round(os.getloadavg()[0], 2),
            "pages": results,
            "cold_ms": {k: {"median": round(statistics.median(v), 1), "max": round(max(v), 1),
                            "views": len(v)} for k, v in cold.items()}}


def report(res: dict[str, object]) -> None:
    print(f"stancemap serve --workers {res['workers']}: {res['documents']} documents, "
          f"{res['clients']} concurrent clients, "
          f"{res['requests_per_page']} requests per page type, {res['cpus']} CPUs "
          f"(load average {res['load_avg_1min']} at the end)")
    print(f"{'page':<12}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}{'req/s':>8}{'URLs':>6}{'err':>5}")
    for page, r in res["pages"].items():  # type: ignore[union-attr]
        print(f"{page:<12}{r['p50_ms']:>9}{r['p95_ms']:>9}{r['max_ms']:>9}{r['req_per_s']:>8}"
              f"{r['urls']:>6}{r['errors']:>5}")
    for page, c in res["cold_ms"].items():  # type: ignore[union-attr]
        print(f"cold {page}: first request of {c['views']} filtered views alone: median "
              f"{c['median']} ms, max {c['max']} ms")


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--db", type=Path, default=HERE / "web-corpus.db")
    ap.add_argument("--n", type=int, default=2000, help="articles when building the store")
    ap.add_argument("--clients", type=int, default=20)
    ap.add_argument("--requests", type=int, default=300, help="per page type")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--workers", type=int, default=1, help="server processes (serve --workers)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    if not args.db.exists():
        build_store(args.db, args.n)
    res = measure(args)
    if args.json:
        print(json.dumps(res, indent=1))
    else:
        report(res)


if __name__ == "__main__":
    main()
