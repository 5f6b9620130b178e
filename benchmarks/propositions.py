"""Cost of the stance stage (propositions, merging, stances) in ms per document.

Runs spaCy and the earlier stages once per document, then times ``StanceStage`` alone over the
gold texts and, if present, ``benchmarks/corpus.jsonl`` (one JSON object with "text" a line).
Usage: ``.venv/bin/python benchmarks/propositions.py [--limit N]``
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from stancemap.pipeline import Engine
from stancemap.stances import StanceStage

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT.parent / "shared" / "gold"


def texts(limit: int) -> dict[str, list[str]]:
    out = {"gold": [p.read_text(encoding="utf-8") for p in sorted(GOLD.glob("*.txt"))]}
    corpus = ROOT / "benchmarks" / "corpus.jsonl"
    if corpus.exists():
        rows = []
        with corpus.open(encoding="utf-8") as f:
            for line in f:
                if line.strip():
                    rows.append(json.loads(line)["text"])
                if len(rows) >= limit:
                    break
        out["corpus"] = rows
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--limit", type=int, default=200)
    args = ap.parse_args()
    engine = Engine()
    before = [s for s in engine.stages if not isinstance(s, StanceStage)]
    stage = StanceStage()
    for name, docs in texts(args.limit).items():
        if not docs:
            continue
        parsed = []
        for doc in engine.nlp.pipe(docs):
            for s in before:
                if type(s).__name__ == "EventStage":
                    continue
                doc = s(doc)
            parsed.append(doc)
        t0 = time.perf_counter()
        n_st = 0
        for doc in parsed:
            stage(doc)
            n_st += len(doc._.stances)
        ms = (time.perf_counter() - t0) * 1000 / len(parsed)
        print(f"{name}: {len(parsed)} docs, StanceStage {ms:.2f} ms/doc, {n_st} stances")


if __name__ == "__main__":
    main()
