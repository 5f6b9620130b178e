"""Scores of the readable folds set by set, with the sums a change is judged on.

Usage: .venv/bin/python scripts/fold_scores.py [--save FILE] [--base FILE] [--swap] [FOLD ...]

One ``stancemap evaluate --json`` run over the named folds (default: all of ``gold_folds.FOLDS``
and ``../shared/gold`` as ``shared``) prints each set's F1 per layer (actors, statements with
the right speaker, stances, events, events with target), then ``devsum`` (the dev sets pooled),
``designsum`` (``gold_folds.DESIGN``) and ``checksum`` (``gold_folds.CHECK``). ``--save`` keeps
the counts as JSON; ``--base`` prints the differences from such a file and the documents that
changed, of the design folds and ``shared`` only: the check folds stand in for news nobody read
and are read as aggregates (the generalisation gate, stop 49). ``--swap`` exchanges the halves
for a change chosen on the check folds.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from gold_folds import CHECK, DESIGN, FOLDS, ROOT, fold_files

LAYERS = ("actors", "statements_attributed", "stances", "events", "events_target")
COUNTS = ("tp", "n_system", "n_gold")
SHARED = ROOT.parent / "shared" / "gold"
Counts = dict[str, list[int]]


def f1(c: list[int]) -> float:
    """F1 of [tp, output, gold, tp by the system's count] (actors' precision uses the last)."""
    tp, out, gold, tps = c
    p, r = (tps / out if out else 0.0), (tp / gold if gold else 0.0)
    return 2 * p * r / (p + r) if p + r else 0.0


def files_of(fold: str) -> list[str]:
    if fold == "shared":
        return sorted(str(p) for p in SHARED.glob("*.gold.json"))
    return fold_files(fold)


def evaluate(folds: list[str]) -> dict[str, dict[str, Counts]]:
    """Per fold, per document id: the counts of each layer, from one ``evaluate`` run."""
    owner = {str(Path(f).resolve()): fold for fold in folds for f in files_of(fold)}
    cmd = [str(ROOT / ".venv/bin/stancemap"), "evaluate", *owner, "--json", "-j", "2",
           "--no-progress"]
    run = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    if run.returncode:
        sys.exit(run.stderr[-2000:])
    out: dict[str, dict[str, Counts]] = {fold: {} for fold in folds}
    for doc in json.loads(run.stdout)["documents"]:
        fold = owner[str((ROOT / doc["gold"]).resolve())]
        out[fold][doc["id"]] = {L: [doc["layers"][L][k] for k in COUNTS] + [
            doc["layers"][L].get("tp_system", doc["layers"][L]["tp"])] for L in LAYERS}
    return out


def pooled(docs: list[Counts]) -> Counts:
    """The layers' counts summed over documents."""
    return {L: [sum(d[L][j] for d in docs) for j in range(4)] for L in LAYERS}


def rows(scores: dict[str, dict[str, Counts]], design: list[str], check: list[str]
         ) -> dict[str, Counts]:
    """Each fold's pooled counts, then devsum, designsum and checksum over the folds present."""
    out = {fold: pooled(list(docs.values())) for fold, docs in scores.items()}
    groups = {"devsum": [f for f in scores if f.startswith("dev")],
              "designsum": [f for f in scores if f in design],
              "checksum": [f for f in scores if f in check]}
    for name, group in groups.items():
        if len(group) > 1:
            out[name] = pooled([d for f in group for d in scores[f].values()])
    return out


def changed(base: dict[str, dict[str, Counts]], new: dict[str, dict[str, Counts]],
            hidden: list[str]) -> list[str]:
    """The documents whose counts moved, "fold/id layer old->new", never one of ``hidden``."""
    out = []
    for fold, docs in new.items():
        if fold in hidden:
            continue
        for doc, counts in docs.items():
            old = base.get(fold, {}).get(doc)
            if old is not None and old != counts:
                moved = "; ".join(f"{L} {old[L]}->{counts[L]}" for L in LAYERS
                                  if old[L] != counts[L])
                out.append(f"{fold}/{doc} {moved}")
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folds", nargs="*", default=[*FOLDS, "shared"])
    ap.add_argument("--save")
    ap.add_argument("--base")
    ap.add_argument("--swap", action="store_true")
    a = ap.parse_args()
    design, check = (CHECK, DESIGN) if a.swap else (DESIGN, CHECK)
    scores = evaluate(a.folds)
    base = json.loads(Path(a.base).read_text()) if a.base else None
    old = rows(base, design, check) if base else {}
    for name, c in rows(scores, design, check).items():
        line = f"{name:10s} " + " ".join(f"{f1(c[L]):.3f}" for L in LAYERS)
        if name in old:
            line += "  | " + " ".join(f"{f1(c[L]) - f1(old[name][L]):+.3f}" for L in LAYERS)
        print(line)
    for line in changed(base or {}, scores, check):
        print("  ", line)
    if a.save:
        Path(a.save).write_text(json.dumps(scores))


if __name__ == "__main__":
    main()
