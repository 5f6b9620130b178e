"""``ingest --dask``: docs/s of a Dask LocalCluster of 1 and of 2 workers, into PostgreSQL.

    python benchmarks/dask_ingest.py [--n 100] [--workers 1 2] [--texts DIR ...]
                                     [--pg-url URL] [--json]

Reads the first ``--n`` article texts (sorted by name) of the ``--texts`` directories
(default: PolNeAR dev then train under ../shared/data/polnear; read here, never copied) into
a temporary JSONL file. For each worker count: starts a LocalCluster (one thread per worker
process), loads the model on every worker (not timed: a real cluster loads it once per
worker for hours of work), then times ``distributed.ingest_on`` of the file into a fresh
PostgreSQL database (the workers write; a throwaway local server unless ``--pg-url``, whose
database is emptied first). Prints docs/s per worker count, the speed-up over one worker and
the scaling efficiency (speed-up / workers), the store's own write rate (the analysed
documents added again to an empty database, with the throwaway server only: the ceiling of
writers that take the store's lock per document), and the load average (other work on the
machine lowers every figure).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.append(str(ROOT / "benchmarks"))

from parallel import DEFAULT_TEXTS, load_articles  # noqa: E402

from stancemap import distributed  # noqa: E402
from stancemap.store import open_store  # noqa: E402


def _fresh_db(pg_url: str | None, pg, name: str) -> str:
    if pg is not None:
        return pg.create_database(name)
    db = open_store(pg_url)
    tables = [r[0] for r in db.fetchall(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")]
    for t in tables:
        db.execute(f'DROP TABLE IF EXISTS "{t}" CASCADE')
    db.close()
    return pg_url


def run_once(workers: int, inputs: str, url: str, n: int) -> dict:
    from dask.distributed import Client, LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=None, memory_limit=0) as cluster, \
            Client(cluster) as client:
        t0 = time.perf_counter()
        client.run(distributed._engine)  # load the model on every worker
        load = time.perf_counter() - t0
        db = open_store(url)
        t0 = time.perf_counter()
        rep = distributed.ingest_on(client, [inputs], db, progress=False)
        secs = time.perf_counter() - t0
        stored = db.scalar("SELECT COUNT(*) FROM documents")
    return {"workers": workers, "stored": stored, "seconds": round(secs, 2),
            "docs_per_s": round(n / secs, 2), "model_load_s": round(load, 1),
            "failed": rep.failed}


def store_rate(src: str, dst: str) -> dict:
    """The store's own write rate: ``Store.add`` of the documents stored in ``src`` (already
    analysed) into the empty store ``dst``, one transaction (and one lock) per document."""
    from stancemap.model import Document
    from stancemap.store import Store
    from stancemap.store.export import iter_documents

    db = open_store(src)
    docs = [Document.from_dict(d) for d, _ in iter_documents(db)]
    db.close()
    st = Store(dst)
    t0 = time.perf_counter()
    for d in docs:
        st.add(d)
    secs = time.perf_counter() - t0
    st.close()
    return {"documents": len(docs), "seconds": round(secs, 2),
            "docs_per_s": round(len(docs) / secs, 1)}


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--texts", type=Path, nargs="*", default=DEFAULT_TEXTS)
    ap.add_argument("--pg-url")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    arts = load_articles(args.texts, args.n)
    if not arts:
        sys.exit("no articles found")
    load_before = os.getloadavg()
    pg = None
    if not args.pg_url:
        from stancemap.store.pgtemp import TempPostgres

        pg = TempPostgres().start()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            inputs = os.path.join(tmp, "articles.jsonl")
            with open(inputs, "w", encoding="utf-8") as fh:
                for a in arts:
                    fh.write(json.dumps({"id": a.id, "text": a.text}) + "\n")
            urls = [_fresh_db(args.pg_url, pg, f"bench{w}") for w in args.workers[:1]]
            runs = [run_once(args.workers[0], inputs, urls[0], len(arts))]
            for w in args.workers[1:]:
                runs.append(run_once(w, inputs, _fresh_db(args.pg_url, pg, f"bench{w}"),
                                     len(arts)))
            writes = store_rate(urls[0], pg.create_database("writes")) if pg else None
    finally:
        if pg is not None:
            pg.stop()
    base = runs[0]["docs_per_s"] / runs[0]["workers"]
    for r in runs:
        r["speedup"] = round(r["docs_per_s"] / runs[0]["docs_per_s"], 2)
        r["efficiency"] = round(r["docs_per_s"] / (base * r["workers"]), 2)
    res = {"articles": len(arts), "cpu_cores": os.cpu_count(), "runs": runs,
           "store_only": writes,
           "load_average_before": [round(x, 2) for x in load_before],
           "load_average_after": [round(x, 2) for x in os.getloadavg()]}
    if args.json:
        print(json.dumps(res, indent=2))
        return
    print(f"{len(arts)} articles into PostgreSQL, {os.cpu_count()} CPU cores")
    for r in runs:
        print(f"{r['workers']} worker(s): {r['docs_per_s']:7.2f} docs/s ({r['seconds']:6.1f} s; "
              f"model load {r['model_load_s']} s, not counted)  speed-up {r['speedup']:.2f}x, "
              f"efficiency {r['efficiency']:.0%}")
    if writes:
        print(f"store alone (Store.add of analysed documents, one lock each): "
              f"{writes['docs_per_s']} docs/s")
    print(f"load average before {res['load_average_before']}, "
          f"after {res['load_average_after']}")


if __name__ == "__main__":
    main()
