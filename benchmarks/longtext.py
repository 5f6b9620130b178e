"""Long texts: time and peak memory of one document of 10 k, 100 k, 1 M and 10 M characters.

Each text is synthetic news (``make_corpus.generate``: articles joined by blank lines, the
same few hundred articles over again for the big sizes), analysed as ONE document by
``Engine.analyze`` in a fresh subprocess. The child warms the engine up on one article, then
times the analysis (wall and CPU seconds); the parent reads the child's peak resident memory
(``os.wait4``), model included. The table ends with the ratio of the largest size's time per
character to the smallest's (the target: within 2x) and the largest peak (target: < 2 GB).

    python benchmarks/longtext.py                      # all four sizes (10 M: minutes)
    python benchmarks/longtext.py --sizes 10k,100k     # fewer

CPU time is the figure to compare on a shared machine: wall time counts the waits for cores.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZES = {"10k": 10_000, "100k": 100_000, "1M": 1_000_000, "10M": 10_000_000}
POOL = 400  # distinct articles; bigger texts repeat them


def build_text(chars: int) -> str:
    """About ``chars`` characters of news articles separated by blank lines (cut at one)."""
    sys.path.insert(0, str(HERE))
    from make_corpus import generate

    arts = [a["text"].strip() for a in generate(min(POOL, chars // 2000 + 1))]
    parts: list[str] = []
    size = 0
    while size < chars:
        text = arts[len(parts) % len(arts)]
        parts.append(text)
        size += len(text) + 2
    return "\n\n".join(parts)[:chars]


def child(chars: int) -> None:
    """Runs in the subprocess: analyse one text of ``chars`` characters, print JSON."""
    from stancemap.model import Article
    from stancemap.pipeline import Engine

    text = build_text(chars)
    engine = Engine()
    engine.analyze(Article(id="warm", text=build_text(3000)))
    wall, cpu = time.perf_counter(), time.process_time()
    doc = engine.analyze(Article(id="long", text=text))
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(json.dumps({"chars": len(text), "wall": wall, "cpu": cpu, "actors": len(doc.actors),
                      "statements": len(doc.statements), "events": len(doc.events)}))


def measure(chars: int) -> dict:
    """One size in a fresh process: its JSON line plus its peak RSS in MiB."""
    proc = subprocess.Popen([sys.executable, __file__, "--child", str(chars)],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"child for {chars} characters failed ({proc.returncode})")
    row = json.loads(out.strip().splitlines()[-1])
    row["rss_mib"] = usage.ru_maxrss / 1024  # kilobytes on Linux
    return row


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default=",".join(SIZES), help=f"of {', '.join(SIZES)}")
    ap.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        child(args.child)
        return
    rows = []
    print(f"{'size':>6} {'chars':>10} {'wall s':>8} {'cpu s':>8} {'cpu us/char':>11} "
          f"{'wall us/char':>12} {'peak MiB':>9} {'actors':>7} {'stmts':>7} {'events':>7}")
    for name in args.sizes.split(","):
        row = measure(SIZES[name])
        rows.append(row)
        n = row["chars"]
        print(f"{name:>6} {n:>10} {row['wall']:>8.1f} {row['cpu']:>8.1f} "
              f"{row['cpu'] / n * 1e6:>11.1f} {row['wall'] / n * 1e6:>12.1f} "
              f"{row['rss_mib']:>9.0f} {row['actors']:>7} {row['statements']:>7} "
              f"{row['events']:>7}", flush=True)
    if len(rows) > 1:
        first, last = rows[0], rows[-1]
        ratio = (last["cpu"] / last["chars"]) / (first["cpu"] / first["chars"])
        wall = (last["wall"] / last["chars"]) / (first["wall"] / first["chars"])
        print(f"time per character, largest / smallest: cpu {ratio:.2f}x, wall {wall:.2f}x")
    print(f"peak memory: {max(r['rss_mib'] for r in rows):.0f} MiB")


if __name__ == "__main__":
    main()
