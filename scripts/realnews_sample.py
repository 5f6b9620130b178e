"""Precision on real news, judged by hand (docs/realnews.md).

    python scripts/realnews_sample.py sheet --start 0 --seed 34 --out /tmp/rn/A
        runs the engine over every 10th PolNeAR train text of 40 (sorted; ``--start 0`` takes
        texts 0, 10, ... 390, ``--start 400`` texts 400 ... 790), samples 100 stances, 100
        events and 50 relations with ``--seed``, and writes OUT.sheet.txt (each record with its
        sentence, to judge) and OUT.tsv (file, layer, record, offsets, rule; ``verdict`` and
        ``reason`` left for the judge). Both stay outside the repository: they quote the texts.
    python scripts/realnews_sample.py tally /tmp/rn/A.tsv
        precision per layer of a judged TSV (verdict ``ok`` or ``wrong``), and the wrong records
        by the rule that made them (events: the record's ``rule``; stances: the trigger's lemma).
"""

from __future__ import annotations

import argparse
import collections
import csv
import random
from pathlib import Path
from typing import Any

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TEXTS = SHARED / "data" / "polnear" / "train" / "text"
SIZES = {"stance": 100, "event": 100, "relation": 50}
CONTEXT = 160


def texts(start: int, step: int = 10, count: int = 40) -> list[Path]:
    """Every ``step``-th text of the sorted PolNeAR train texts from ``start``, ``count``."""
    names = sorted(TEXTS.glob("*.txt"))
    return names[start:start + step * count:step]


def _context(text: str, start: int, end: int) -> str:
    lo = max(text.rfind("\n", 0, start), start - CONTEXT, 0)
    hi = text.find("\n", end)
    hi = len(text) if hi < 0 else min(hi, end + CONTEXT)
    return (text[lo:start] + "[[" + text[start:end] + "]]" + text[end:hi]).replace("\n", " ")


def records(paths: list[Path]) -> dict[str, list[dict[str, Any]]]:
    """Every stance, event and relation the engine gives for ``paths``, with what to judge."""
    import stancemap

    out: dict[str, list[dict[str, Any]]] = {k: [] for k in SIZES}
    for path in paths:
        text = path.read_text(encoding="utf-8")
        doc = stancemap.analyze(text, id=path.stem)
        names = {a.id: f"{a.name} ({a.type})" for a in doc.actors}
        labels = {p.id: p.label for p in doc.propositions}
        for n, st in enumerate(doc.stances):
            ev = st.evidence
            out["stance"].append({
                "file": path.stem, "record": f"st{n}", "start": ev.start, "end": ev.end,
                "rule": "", "what": f"{names.get(st.actor)} {st.polarity.upper()} on "
                                    f"<{labels.get(st.proposition)}>",
                "context": _context(text, ev.start, ev.end)})
        for e in doc.events:
            ev = e.evidence
            rule = getattr(e, "rule", None) or e.extra.get("rule", "")
            out["event"].append({
                "file": path.stem, "record": e.id, "start": ev.start, "end": ev.end,
                "rule": rule, "what": f"{e.type}/{e.mode} {names.get(e.source or '', '-')} -> "
                                      f"{names.get(e.target or '', '-')}",
                "context": _context(text, ev.start, ev.end)})
        for r in doc.relations:
            ev = r.evidence
            out["relation"].append({
                "file": path.stem, "record": r.id, "start": ev.start, "end": ev.end,
                "rule": f"basis:{r.basis}", "what": f"{names.get(r.source)} {r.polarity} -> "
                                                     f"{names.get(r.target)}",
                "context": _context(text, ev.start, ev.end)})
    return out


def sheet(start: int, seed: int, out: Path) -> None:
    """Writes the judging sheet and the TSV to fill in."""
    found = records(texts(start))
    rnd = random.Random(seed)
    chosen = [(layer, found[layer][i]) for layer, size in SIZES.items()
              for i in sorted(rnd.sample(range(len(found[layer])), min(size, len(found[layer]))))]
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out.with_suffix(".sheet.txt"), "w", encoding="utf-8") as f:
        for n, (layer, rec) in enumerate(chosen, 1):
            f.write(f"## {n} {layer} {rec['file']} {rec['record']} {rec['what']} {rec['rule']}\n"
                    f"   {rec['context']}\n")
    with open(out.with_suffix(".tsv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter="\t")
        w.writerow(["layer", "file", "record", "start", "end", "verdict", "rule", "reason"])
        for layer, rec in chosen:
            w.writerow([layer, rec["file"], rec["record"], rec["start"], rec["end"], "",
                        rec["rule"], ""])


def tally(path: Path) -> None:
    """Precision per layer, and the wrong records by rule."""
    rows = list(csv.DictReader(open(path, encoding="utf-8"), delimiter="\t"))
    for layer in SIZES:
        mine = [r for r in rows if r["layer"] == layer]
        ok = sum(r["verdict"] == "ok" for r in mine)
        print(f"{layer:9s} {ok}/{len(mine)} = {ok / max(1, len(mine)):.2f}")
    wrong = collections.Counter((r["layer"], r["rule"].split(":")[0] if r["layer"] != "stance"
                                 else r["rule"]) for r in rows if r["verdict"] == "wrong")
    for (layer, rule), n in wrong.most_common():
        print(f"{n:4d} {layer} {rule}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("sheet")
    s.add_argument("--start", type=int, default=0)
    s.add_argument("--seed", type=int, default=34)
    s.add_argument("--out", type=Path, required=True)
    t = sub.add_parser("tally")
    t.add_argument("tsv", type=Path)
    args = ap.parse_args()
    if args.cmd == "sheet":
        sheet(args.start, args.seed, args.out)
    else:
        tally(args.tsv)


if __name__ == "__main__":
    main()
