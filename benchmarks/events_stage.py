"""CPU time of the event stage alone, per document.

    python benchmarks/events_stage.py [FILES...] [--repeat 5] [--json]

Parses the texts once and runs every stage before the event stage, then runs the event stage
over all the Docs ``--repeat`` times and reports CPU time (``time.process_time``, steadier
than wall time on a shared machine) per document: the best and the median run. Without
FILES, the synthetic corpus of ``make_corpus.py`` (first 200 articles).

``--dictionary-cost``: also run a stage whose lexicon leaves out the CAMEO verb dictionary
(``Lexicon.load(cameo=False)``), the two stages taking turns over the same Docs, and report
what the dictionary adds per document (issue #12 allows 2 ms).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))


def _articles(paths: list[str]):
    from stancemap.model import Article

    if paths:
        return [Article(id=Path(p).stem, text=Path(p).read_text(encoding="utf-8"))
                for p in paths]
    from make_corpus import DEFAULT_OUT, write_corpus
    from throughput import load_articles

    if not DEFAULT_OUT.exists():
        write_corpus(DEFAULT_OUT)
    return load_articles(DEFAULT_OUT, 200)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--dictionary-cost", action="store_true",
                    help="time the stage without the CAMEO verb dictionary too")
    args = ap.parse_args()

    from stancemap.events import EventStage
    from stancemap.pipeline import Engine

    engine = Engine()
    stage = next(s for s in engine.stages if isinstance(s, EventStage))
    before = engine.stages[:engine.stages.index(stage)]
    articles = _articles(args.files)
    docs = []
    for article, doc in zip(articles, engine.nlp.pipe(a.text for a in articles), strict=True):
        doc._.article = article
        for s in before:
            doc = s(doc)
        docs.append(doc)
    stages = {"with": stage}
    if args.dictionary_cost:
        from stancemap.events.lexicon import Lexicon

        stages["without"] = EventStage(lexicon=Lexicon.load(cameo=False))
    runs = _timed(stages, docs, args.repeat)
    docs = [stage(doc) for doc in docs]  # the events counted are the whole stage's
    out = {"docs": len(docs), "tokens": sum(len(d) for d in docs),
           "events": sum(len(d._.events) for d in docs),
           "best_ms_per_doc": round(min(runs["with"]), 3),
           "median_ms_per_doc": round(statistics.median(runs["with"]), 3)}
    if args.dictionary_cost:
        out["without_dictionary_best_ms_per_doc"] = round(min(runs["without"]), 3)
        out["without_dictionary_median_ms_per_doc"] = round(statistics.median(runs["without"]), 3)
        out["dictionary_ms_per_doc"] = round(statistics.median(
            [a - b for a, b in zip(runs["with"], runs["without"], strict=True)]), 3)
    print(json.dumps(out) if args.json else "\n".join(f"{k}: {v}" for k, v in out.items()))


def _timed(stages: dict, docs: list, repeat: int) -> dict[str, list[float]]:
    """CPU ms per document of each stage over ``docs``, ``repeat`` rounds, the stages taking
    turns within a round so that a busy spell of the machine falls on both."""
    runs: dict[str, list[float]] = {name: [] for name in stages}
    for _ in range(repeat):
        for name, stage in stages.items():
            t0 = time.process_time()
            for doc in docs:
                stage(doc)
            runs[name].append((time.process_time() - t0) * 1000 / len(docs))
    return runs


if __name__ == "__main__":
    main()
