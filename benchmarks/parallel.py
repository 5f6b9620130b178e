"""``--jobs``: docs/s of one process against N forked workers, on real news articles.

    python benchmarks/parallel.py [--n 200] [--jobs 2] [--texts DIR ...] [--json]

Reads the first ``--n`` article texts (sorted by name) of the ``--texts`` directories (by
default PolNeAR dev then train under ../shared/data/polnear, read here, never copied), loads
the engine once, analyses a few warm-up documents, then times:

1. ``--jobs 1``: ``Engine.analyze_many`` in this process;
2. ``--jobs N``: ``parallel.WorkerPool(engine, N).analyze_many`` (forking the workers is
   counted);

and prints docs/s and CPU seconds (this process plus its reaped workers) of each, the
speed-up ratio, whether the two outputs are identical, and the load average before and after
(the machine's other work slows both runs; a ratio is only fair on an idle machine). "Cores
used" is CPU time over wall time: where the kernel shares the CPU per session (Linux
autogroup) and other sessions are busy, N workers get no more CPU than one process, and the
ratio says nothing about the code.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from stancemap.model import Article  # noqa: E402
from stancemap.parallel import WorkerPool  # noqa: E402
from stancemap.pipeline import Engine  # noqa: E402

POLNEAR = ROOT.parent / "shared" / "data" / "polnear"
DEFAULT_TEXTS = [POLNEAR / "dev" / "text", POLNEAR / "train" / "text"]


def load_articles(dirs: list[Path], n: int) -> list[Article]:
    arts: list[Article] = []
    for d in dirs:
        for p in sorted(d.glob("*.txt")):
            if len(arts) >= n:
                return arts
            arts.append(Article(id=p.stem, text=p.read_text(encoding="utf-8"), path=str(p)))
    return arts


def _cpu() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def timed(run) -> tuple[list[dict], float, float]:
    """(documents as dicts, wall seconds, CPU seconds) of ``run()``."""
    c0, t0 = _cpu(), time.perf_counter()
    docs = [d.to_dict() for d in run()]
    return docs, time.perf_counter() - t0, _cpu() - c0


MEMORY: dict[str, float] = {}


def _smaps(pid: int) -> dict[str, float]:
    """Rss, Pss and Shared_* of a process in MiB (Linux ``smaps_rollup``), or {}."""
    out: dict[str, float] = {}
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                key, _, rest = line.partition(":")
                if key in ("Rss", "Pss", "Shared_Clean", "Shared_Dirty"):
                    out[key] = int(rest.split()[0]) / 1024
    except OSError:
        pass
    return out


def run_pool(engine: Engine, arts: list[Article], jobs: int) -> list:
    with WorkerPool(engine, jobs) as pool:
        docs = list(pool.analyze_many(arts))
        pids = list(pool._pool._processes)  # the workers, still alive here
        mem = [m for m in (_smaps(p) for p in pids) if m]
        if mem:
            MEMORY["worker_rss_mib"] = round(sum(m["Rss"] for m in mem) / len(mem))
            MEMORY["worker_shared_mib"] = round(sum(
                m["Shared_Clean"] + m["Shared_Dirty"] for m in mem) / len(mem))
            MEMORY["worker_pss_mib"] = round(sum(m["Pss"] for m in mem) / len(mem))
        return docs


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--texts", type=Path, nargs="*", default=DEFAULT_TEXTS)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    arts = load_articles(args.texts, args.n)
    if not arts:
        sys.exit(f"no *.txt articles under {', '.join(map(str, args.texts))}")
    load_before = os.getloadavg()
    engine = Engine()
    list(engine.analyze_many(arts[:3]))  # warm-up
    one, t1, c1 = timed(lambda: list(engine.analyze_many(arts)))
    many, tn, cn = timed(lambda: run_pool(engine, arts, args.jobs))
    words = sum(len(a.text.split()) for a in arts)
    res = {
        "articles": len(arts), "words": words, "cpu_cores": os.cpu_count(),
        "jobs1": {"seconds": round(t1, 2), "docs_per_s": round(len(arts) / t1, 2),
                  "cpu_s": round(c1, 1)},
        f"jobs{args.jobs}": {"seconds": round(tn, 2), "docs_per_s": round(len(arts) / tn, 2),
                             "cpu_s": round(cn, 1)},
        "ratio": round(t1 / tn, 2),
        "memory": MEMORY,
        "identical_output": one == many,
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
    }
    if args.json:
        print(json.dumps(res, indent=2))
        return
    print(f"{len(arts)} articles, {words} words, {os.cpu_count()} CPU cores")
    print(f"--jobs 1: {res['jobs1']['docs_per_s']:7.2f} docs/s  ({t1:6.1f} s wall, "
          f"{c1:6.1f} s CPU: {c1 / t1:.2f} cores used)")
    print(f"--jobs {args.jobs}: {len(arts) / tn:7.2f} docs/s  ({tn:6.1f} s wall, "
          f"{cn:6.1f} s CPU: {cn / tn:.2f} cores used)")
    print(f"ratio: {res['ratio']:.2f}x   identical output: {res['identical_output']}")
    if MEMORY:
        print(f"each worker: RSS {MEMORY['worker_rss_mib']} MiB, of which "
              f"{MEMORY['worker_shared_mib']} MiB shared (copy-on-write) with the parent "
              f"and the other workers; PSS {MEMORY['worker_pss_mib']} MiB")
    print(f"load average before {res['load_average_before']}, "
          f"after {res['load_average_after']}")


if __name__ == "__main__":
    main()
