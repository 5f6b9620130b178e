"""Throughput and memory: spaCy alone vs the full stancemap engine, in one process.

    python benchmarks/throughput.py [--n 200] [--batch-size 16] [--corpus PATH] [--repeat 3]
                                    [--json]

Generates the synthetic corpus (``make_corpus.py``) if it is missing, loads the spaCy pipeline
once, then, after a few warm-up documents each, ``--repeat`` times in turn (the best run of
each counts, so a busy machine disturbs both alike):

1. spaCy alone: ``nlp.pipe`` over the texts with stancemap's own pipeline components
   (paragraph breaks, datelines) switched off, every Doc consumed;
2. the full engine: ``Engine(nlp=the same nlp).analyze_many(...)``;

and once more:

3. per stage: ``nlp.pipe`` again, with each of ``engine.stages`` wrapped in a timer and
   ``engine.process(doc, article)`` called per document (this run is not used for the totals).

Prints docs/s and words/s for both, the engine's overhead over spaCy
(``(engine - spacy) / spacy``) against the 25% target, the same overhead measured as stage time
over spaCy time within the instrumented run (steadier on a noisy machine), time per stage, and
peak RSS. With
``--json``, prints one JSON object instead.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
if str(ROOT) not in sys.path:  # run from a checkout without installing
    sys.path.insert(0, str(ROOT))
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from make_corpus import DEFAULT_OUT, write_corpus  # noqa: E402

from stancemap.model import Article  # noqa: E402

TARGET_OVERHEAD = 0.25


def peak_rss_mib() -> float:
    """Peak resident set size of this process so far, in MiB."""
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024  # bytes vs KiB


def load_articles(path: Path, n: int) -> list[Article]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if len(out) >= n:
                break
            if line.strip():
                d = json.loads(line)
                out.append(Article(id=d["id"], text=d["text"], date=d.get("date")))
    return out


class _Timed:
    """Wraps one stage; adds its wall time to ``acc[name]``."""

    def __init__(self, stage: Callable[[Any], Any], acc: dict[str, float]) -> None:
        self.stage = stage
        self.acc = acc
        self.name = type(stage).__name__
        acc.setdefault(self.name, 0.0)

    def __call__(self, doc: Any) -> Any:
        t = time.perf_counter()
        out = self.stage(doc)
        self.acc[self.name] += time.perf_counter() - t
        return out


def run(n: int, batch_size: int, corpus: Path, warmup: int, repeat: int = 3) -> dict[str, Any]:
    """Measure; returns the figures as a dict (what ``--json`` prints)."""
    if not corpus.exists():
        write_corpus(corpus, max(n, 200))
        print(f"generated {corpus}", file=sys.stderr, flush=True)
    else:
        with corpus.open(encoding="utf-8") as fh:
            have = sum(1 for line in fh if line.strip())
        if have < n and corpus.resolve() == DEFAULT_OUT.resolve():
            write_corpus(corpus, n)
            print(f"regenerated {corpus} with {n} articles", file=sys.stderr, flush=True)
        elif have < n:
            print(f"{corpus} has only {have} documents", file=sys.stderr)
    articles = load_articles(corpus, n)
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    chars = sum(len(t) for t in texts)
    warm_texts = texts[:warmup]
    warm_articles = articles[:warmup]

    from stancemap.pipeline import Engine, load_nlp

    t = time.perf_counter()
    nlp = load_nlp()
    load_s = time.perf_counter() - t
    rss_after_load = peak_rss_mib()
    ours = [name for name in nlp.pipe_names if name.startswith("stancemap_")]

    engine: Engine | None = None
    engine_init_s = 0.0
    found = {"actors": 0, "statements": 0, "propositions": 0, "stances": 0, "events": 0}
    spacy_runs: list[float] = []
    engine_runs: list[float] = []
    tokens = 0
    for rep in range(repeat):  # interleaved, so drift on a busy machine hits both alike
        # 1. spaCy alone: the model's own components (ours, which run inside nlp.pipe
        # before the parser, count as the engine's work)
        with nlp.select_pipes(disable=ours):
            for _ in nlp.pipe(warm_texts, batch_size=batch_size):
                pass
            t = time.perf_counter()
            tokens = 0
            for doc in nlp.pipe(texts, batch_size=batch_size):
                tokens += len(doc)
            spacy_runs.append(time.perf_counter() - t)

        # 2. the full engine, as users call it
        if engine is None:
            t = time.perf_counter()
            engine = Engine(nlp=nlp)
            engine_init_s = time.perf_counter() - t
        for _ in engine.analyze_many(warm_articles, batch_size=batch_size):
            pass
        t = time.perf_counter()
        for d in engine.analyze_many(articles, batch_size=batch_size):
            if rep == 0:
                for key in found:
                    found[key] += len(getattr(d, key))
        engine_runs.append(time.perf_counter() - t)
    assert engine is not None
    spacy_s, engine_s = min(spacy_runs), min(engine_runs)

    # 3. per stage, stages wrapped in timers
    stage_s: dict[str, float] = {}
    original = list(engine.stages)
    engine.stages = [_Timed(s, stage_s) for s in original]
    try:
        pairs = ((a.text, a) for a in articles)
        t = time.perf_counter()
        parse_s = 0.0
        process_s = 0.0
        it = iter(nlp.pipe(pairs, as_tuples=True, batch_size=batch_size))
        while True:
            t0 = time.perf_counter()
            try:
                doc, article = next(it)
            except StopIteration:
                break
            t1 = time.perf_counter()
            engine.process(doc, article)
            t2 = time.perf_counter()
            parse_s += t1 - t0
            process_s += t2 - t1
        staged_total_s = time.perf_counter() - t
    finally:
        engine.stages = original
    other_s = process_s - sum(stage_s.values())

    overhead = (engine_s - spacy_s) / spacy_s if spacy_s else float("nan")
    stages_total = sum(stage_s.values()) + other_s
    stage_overhead = stages_total / parse_s if parse_s else float("nan")
    return {
        "n_docs": len(articles),
        "words": words,
        "chars": chars,
        "tokens": tokens,
        "batch_size": batch_size,
        "warmup_docs": len(warm_texts),
        "corpus": str(corpus),
        "spacy_model_load_s": round(load_s, 3),
        "engine_init_s": round(engine_init_s, 3),
        "pipe_names": list(nlp.pipe_names),
        "spacy": {
            "seconds": round(spacy_s, 3),
            "docs_per_s": round(len(texts) / spacy_s, 2),
            "words_per_s": round(words / spacy_s, 1),
        },
        "engine": {
            "seconds": round(engine_s, 3),
            "docs_per_s": round(len(texts) / engine_s, 2),
            "words_per_s": round(words / engine_s, 1),
        },
        "repeat": repeat,
        "spacy_runs_s": [round(x, 3) for x in spacy_runs],
        "engine_runs_s": [round(x, 3) for x in engine_runs],
        "overhead": round(overhead, 4),
        "overhead_from_stages": round(stage_overhead, 4),
        "overhead_target": TARGET_OVERHEAD,
        "overhead_ok": overhead <= TARGET_OVERHEAD,
        "stages": [type(s).__name__ for s in original],
        "stage_seconds": {k: round(v, 4) for k, v in stage_s.items()},
        "instrumented_run": {
            "total_s": round(staged_total_s, 3),
            "spacy_s": round(parse_s, 3),
            "stages_s": round(sum(stage_s.values()), 3),
            "other_process_s": round(other_s, 4),
            "overhead": round(stage_overhead, 4),
        },
        "found": found,
        "peak_rss_mib": round(peak_rss_mib(), 1),
        "rss_after_model_load_mib": round(rss_after_load, 1),
        "python": platform.python_version(),
        "cpu_count": os.cpu_count(),
    }


def report(r: dict[str, Any]) -> str:
    sp, en = r["spacy"], r["engine"]
    pct = r["overhead"] * 100
    verdict = "OK" if r["overhead_ok"] else "OVER TARGET"
    lines = [
        f"corpus      {r['corpus']}: {r['n_docs']} docs, {r['words']:,} words, "
        f"{r['tokens']:,} tokens; batch size {r['batch_size']}, warm-up {r['warmup_docs']} docs",
        f"model load  {r['spacy_model_load_s']:.2f} s ({', '.join(r['pipe_names'])}); "
        f"Engine() {r['engine_init_s']:.2f} s",
        f"spaCy alone {sp['seconds']:8.2f} s  {sp['docs_per_s']:8.2f} docs/s  "
        f"{sp['words_per_s']:10,.0f} words/s",
        f"full engine {en['seconds']:8.2f} s  {en['docs_per_s']:8.2f} docs/s  "
        f"{en['words_per_s']:10,.0f} words/s",
        f"overhead    {pct:+.1f}% over spaCy (target <= {r['overhead_target'] * 100:.0f}%): "
        f"{verdict}",
        f"            best of {r['repeat']} interleaved runs: spaCy {r['spacy_runs_s']} s, "
        f"engine {r['engine_runs_s']} s",
        f"            {r['overhead_from_stages'] * 100:.1f}% measured as stage time / spaCy time "
        f"in the instrumented run",
        "per stage   (instrumented run: "
        f"spaCy {r['instrumented_run']['spacy_s']:.2f} s, "
        f"stages {r['instrumented_run']['stages_s']:.2f} s)",
    ]
    spacy_s = r["instrumented_run"]["spacy_s"] or float("nan")
    for name, secs in r["stage_seconds"].items():
        lines.append(
            f"  {name:<22} {secs:8.3f} s  {secs / r['n_docs'] * 1000:7.2f} ms/doc  "
            f"{secs / spacy_s * 100:5.1f}% of spaCy"
        )
    other = r["instrumented_run"]["other_process_s"]
    lines.append(f"  {'(record assembly)':<22} {other:8.3f} s")
    f = r["found"]
    lines.append(
        f"found       {f['actors']} actors, {f['statements']} statements, "
        f"{f['propositions']} propositions, {f['stances']} stances, {f['events']} events"
    )
    lines.append(
        f"peak RSS    {r['peak_rss_mib']:.0f} MiB "
        f"(after model load {r['rss_after_model_load_mib']:.0f} MiB)"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=200, help="documents to process (200)")
    ap.add_argument("--batch-size", type=int, default=16, help="nlp.pipe batch size (16)")
    ap.add_argument(
        "--corpus",
        type=Path,
        default=DEFAULT_OUT,
        help=f"JSONL with id/text/date (default {DEFAULT_OUT}, generated if missing)",
    )
    ap.add_argument("--warmup", type=int, default=4, help="warm-up documents per pass (4)")
    ap.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="timed passes of each, interleaved; the best counts (3)",
    )
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)
    result = run(args.n, args.batch_size, args.corpus, args.warmup, max(1, args.repeat))
    print(json.dumps(result) if args.json else report(result))


if __name__ == "__main__":
    main()
