"""Ingest throughput: ``analyze`` vs ``ingest`` into SQLite and into PostgreSQL, same files.

    python benchmarks/ingest.py [--n 2000] [--batch-size 16] [--corpus PATH] [--pg-url URL]
                                [--skip-postgres] [--json]

Generates the synthetic corpus (``make_corpus.py``, ``write_corpus(path, n, seed)``) if it is
missing, then runs each phase in its own process (so each peak RSS is its own), after loading
the model and a few warm-up documents that are not counted:

1. analyze: ``Engine.analyze_many`` over the articles read by ``iter_articles``, written as
   stancemap/1 JSONL to a null sink (what ``stancemap analyze --format jsonl`` does);
2. ingest into a fresh SQLite file (WAL);
3. ingest into a fresh PostgreSQL database: ``--pg-url`` (its database is emptied first!), or
   a throwaway local server started for the run when the PostgreSQL binaries are installed.

Prints docs/s for each, the store's overhead over analyze (target <= 10%), the time spent
inside ``Store.add`` per document (a steadier figure of the store's own cost on a busy
machine), database size, peak RSS, and the time of the stance-matrix queries on the result.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
for p in (str(ROOT), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)

from make_corpus import DEFAULT_SEED, write_corpus  # noqa: E402

TARGET_OVERHEAD = 0.10
DEFAULT_CORPUS = ROOT / "bench-out" / "corpus-ingest.jsonl"  # git-ignored


def peak_rss_mib() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


def _warm(engine: Any, batch_size: int) -> None:
    from make_corpus import generate

    from stancemap.model import Article

    warm = [Article(id=d["id"], text=d["text"]) for d in generate(4, seed=DEFAULT_SEED + 1)]
    for _ in engine.analyze_many(warm, batch_size=batch_size):
        pass


def phase(kind: str, corpus: str, n: int, batch_size: int, db: str | None) -> dict[str, Any]:
    """One measured phase, in this process."""
    import itertools

    from stancemap.pipeline import Engine, load_nlp
    from stancemap.readers import ReadReport, iter_articles

    t = time.perf_counter()
    engine = Engine(nlp=load_nlp())
    load_s = time.perf_counter() - t
    _warm(engine, batch_size)
    out: dict[str, Any] = {"phase": kind, "model_load_s": round(load_s, 2)}
    if kind == "analyze":
        from stancemap.writers import write_jsonl

        articles = itertools.islice(iter_articles([corpus], report=ReadReport()), n)
        count = 0

        def docs() -> Any:
            nonlocal count
            for d in engine.analyze_many(articles, batch_size=batch_size):
                count += 1
                yield d

        t = time.perf_counter()
        with open(os.devnull, "w", encoding="utf-8") as sink:
            write_jsonl(docs(), sink)
        secs = time.perf_counter() - t
        out.update(docs=count, seconds=round(secs, 2), docs_per_s=round(count / secs, 2))
    else:
        from stancemap.store import ingest as run_ingest
        from stancemap.store import query as q
        from stancemap.store.ingest import Store, open_store

        assert db is not None
        add_s = 0.0
        original = Store.add

        def timed_add(self: Store, *a: Any, **kw: Any) -> Any:
            nonlocal add_s
            t0 = time.perf_counter()
            try:
                return original(self, *a, **kw)
            finally:
                add_s += time.perf_counter() - t0

        Store.add = timed_add  # type: ignore[method-assign]
        src = corpus
        if n:  # ingest reads paths: cut the corpus to n lines
            src = str(Path(tempfile.gettempdir()) / f"stancemap-bench-{os.getpid()}.jsonl")
            with open(corpus, encoding="utf-8") as fi, open(src, "w", encoding="utf-8") as fo:
                fo.writelines(itertools.islice(fi, n))
        t = time.perf_counter()
        rep = run_ingest([src], db, batch_size=batch_size, engine=engine)
        secs = time.perf_counter() - t
        Store.add = original  # type: ignore[method-assign]
        if src != corpus:
            os.remove(src)
        store = open_store(db)
        timings = {}
        for name, fn in (
            ("matrix_by_actor", lambda: q.pivot(q.matrix(store, by="actor"))),
            ("matrix_by_country", lambda: q.pivot(q.matrix(store, by="country"))),
            ("stances_country", lambda: q.stances(store, country="POL")),
            ("actors", lambda: q.actors(store)),
        ):
            best = float("inf")
            for _ in range(3):
                t0 = time.perf_counter()
                res = fn()
                best = min(best, time.perf_counter() - t0)
            timings[name] = {"seconds": round(best, 4), "rows": len(res)}
        counts = {t: int(store.scalar(f"SELECT COUNT(*) FROM {t}")) for t in (
            "documents", "entities", "propositions", "doc_actors", "statements", "stances",
            "events")}
        clusters = int(store.scalar("SELECT COUNT(DISTINCT cluster_id) FROM documents"))
        size = store.size_bytes()
        store.close()
        done = rep.stored + rep.replaced
        out.update(docs=done, failed=rep.failed, duplicates=rep.duplicates,
                   seconds=round(secs, 2), docs_per_s=round(done / secs, 2),
                   store_ms_per_doc=round(add_s / max(done, 1) * 1000, 2),
                   store_share=round(add_s / secs, 4), db_size_mib=round(size / 2**20, 1),
                   rows=counts, clusters=clusters, queries=timings)
    out["peak_rss_mib"] = round(peak_rss_mib(), 1)
    out["loadavg"] = [round(x, 2) for x in os.getloadavg()]
    return out


def _child(kind: str, args: argparse.Namespace, db: str | None) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--phase", kind, "--n", str(args.n), "--corpus",
           str(args.corpus), "--batch-size", str(args.batch_size)]
    if db:
        cmd += ["--db", db]
    print(f"... {kind}", file=sys.stderr, flush=True)
    res = subprocess.run(cmd, capture_output=True, text=True)
    if res.returncode != 0:
        raise SystemExit(f"phase {kind} failed:\n{res.stderr[-3000:]}")
    return json.loads(res.stdout.strip().splitlines()[-1])


def run(args: argparse.Namespace) -> dict[str, Any]:
    corpus = Path(args.corpus)
    have = 0
    if corpus.exists():
        with corpus.open(encoding="utf-8") as fh:
            have = sum(1 for line in fh if line.strip())
    if have < args.n:
        write_corpus(corpus, args.n, DEFAULT_SEED)
        print(f"generated {corpus} ({args.n} articles)", file=sys.stderr)
    texts = []
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            if len(texts) >= args.n:
                break
            texts.append(json.loads(line)["text"])
    result: dict[str, Any] = {
        "n": len(texts), "words": sum(len(t.split()) for t in texts), "corpus": str(corpus),
        "batch_size": args.batch_size, "cpu_count": os.cpu_count(),
        "loadavg_start": [round(x, 2) for x in os.getloadavg()],
    }
    work = Path(tempfile.mkdtemp(prefix="stancemap-bench-"))
    result["analyze"] = _child("analyze", args, None)
    sqlite_db = str(work / "bench.db")
    result["sqlite"] = _child("sqlite", args, sqlite_db)
    if not args.skip_postgres:
        if args.pg_url:
            _reset_pg(args.pg_url)
            result["postgresql"] = _child("postgresql", args, args.pg_url)
        else:
            from stancemap.store.pgtemp import TempPostgres, find_bindir

            if find_bindir() is None:
                result["postgresql"] = {"skipped": "PostgreSQL binaries not installed"}
            else:
                with TempPostgres() as pg:
                    url = pg.create_database("bench")
                    result["postgresql"] = _child("postgresql", args, url)
                    result["postgresql"]["server"] = "throwaway local server (fsync off)"
    base = result["analyze"]["docs_per_s"]
    for k in ("sqlite", "postgresql"):
        r = result.get(k)
        if r and "docs_per_s" in r:
            r["overhead"] = round((base - r["docs_per_s"]) / base, 4)
            r["overhead_ok"] = r["overhead"] <= TARGET_OVERHEAD
    result["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    for p in work.iterdir():
        p.unlink()
    work.rmdir()
    return result


def _reset_pg(url: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE")
        conn.execute("CREATE SCHEMA public")


def report(r: dict[str, Any]) -> str:
    a = r["analyze"]
    lines = [
        f"corpus     {r['corpus']}: {r['n']} docs, {r['words']:,} words; batch size "
        f"{r['batch_size']}; {r['cpu_count']} CPUs; load average at start "
        f"{r['loadavg_start']}, at end {r['loadavg_end']}",
        f"analyze    {a['seconds']:8.1f} s  {a['docs_per_s']:7.2f} docs/s  "
        f"peak RSS {a['peak_rss_mib']:.0f} MiB",
    ]
    for k in ("sqlite", "postgresql"):
        s = r.get(k)
        if not s:
            continue
        if "skipped" in s:
            lines.append(f"{k:<10} skipped: {s['skipped']}")
            continue
        ok = "OK" if s["overhead_ok"] else "OVER TARGET"
        lines += [
            f"{k:<10} {s['seconds']:8.1f} s  {s['docs_per_s']:7.2f} docs/s  "
            f"{s['overhead'] * 100:.1f}% slower than analyze (target <= "
            f"{TARGET_OVERHEAD * 100:.0f}%): {ok}",
            f"           inside Store.add {s['store_ms_per_doc']:.2f} ms/doc "
            f"({s['store_share'] * 100:.1f}% of the ingest time); DB "
            f"{s['db_size_mib']:.1f} MiB; peak RSS {s['peak_rss_mib']:.0f} MiB; "
            f"{s['docs']} stored, {s['failed']} failed, {s['clusters']} clusters",
            "           rows " + ", ".join(f"{t} {n}" for t, n in s["rows"].items()),
            "           queries " + ", ".join(
                f"{name} {v['seconds'] * 1000:.1f} ms ({v['rows']} rows)"
                for name, v in s["queries"].items()),
        ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=2000, help="articles (2000)")
    ap.add_argument("--batch-size", type=int, default=16)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS,
                    help=f"JSONL corpus (default {DEFAULT_CORPUS}, generated if short)")
    ap.add_argument("--pg-url", help="PostgreSQL database to use (EMPTIED first)")
    ap.add_argument("--skip-postgres", action="store_true")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--phase", choices=["analyze", "sqlite", "postgresql"],
                    help=argparse.SUPPRESS)
    ap.add_argument("--db", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.phase:
        print(json.dumps(phase(args.phase, str(args.corpus), args.n, args.batch_size, args.db)))
        return
    result = run(args)
    print(json.dumps(result) if args.json else report(result))


if __name__ == "__main__":
    main()
