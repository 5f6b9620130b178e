"""Census of event errors by kind over the readable folds.

Usage: python scripts/event_census.py RAW.json [--show KIND] [--type TYPE] [--set SET]

RAW.json is the output of ``stancemap evaluate FILES --json --errors`` (the readable folds
named one by one; never the blind sets or a held-out fold). Each event error is given a kind:

- missed, ``no source actor``: the gold source is among the actors missed;
- missed, ``no target actor``: the source was found, the gold target is among the actors missed;
- missed, ``wrong type``: the source has a false event toward the same target (or, the gold
  naming none, toward anyone) of another type;
- missed, ``another target``: the act is read, toward another of its gold targets: the gold
  holds more events of that source and type than are missed, so one of them was matched
  ("urged both sides", "condemned the vetoes" of two vetoers; read from the gold file);
- missed, ``act not read``: none of these;
- false, ``source not gold``: its source is no gold actor;
- false, ``wrong type``: a missed gold event of the same source and target has another type;
- false, ``not an act``: none of these;
- ``wrong target``: matched on source and type, aimed elsewhere (the scorer's own list).

Counts are given per kind and set, and per kind and PLOVER type; ``--show`` prints the lines of
one kind (optionally of one type or set) with their documents.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

#: "Source TYPE -> Target" at the head of an error line
LINE = re.compile(r"^(?P<src>.+?) (?P<type>[A-Z]+)(?: -> (?P<tgt>.+?))?(?::|$| \(gold)")
#: the scorer's mark on a system actor the gold does not have
NOT_GOLD = " (not a gold actor)"


def set_of(gold_path: str) -> str:
    """The fold a gold file belongs to: its folder under tests/gold, else ``tests``."""
    parts = Path(gold_path).parts
    if "gold" in parts and parts[-2] != "gold":
        return parts[-2]
    return "shared" if "shared" in parts else "tests"


def parse(line: str) -> tuple[str, str, str | None]:
    """Source, type and target of one error line."""
    m = LINE.match(line)
    if m is None:
        return line, "?", None
    return m["src"], m["type"], m["tgt"]


def gold_pairs(doc: dict) -> Counter:
    """How many events of each (source, type) the document's gold file holds (empty where
    the file cannot be read)."""
    path = Path(doc.get("gold", ""))
    if not path.is_file():
        return Counter()
    events = json.loads(path.read_text()).get("events", [])
    return Counter((e.get("source") or "(none)", str(e.get("type", "")).upper()) for e in events)


def classify(doc: dict, gold: Counter | None = None) -> list[tuple[str, str, str]]:
    """(kind, type, line) for each event error of one document; ``gold``: the counts of
    ``gold_pairs`` (read from the gold file when not given)."""
    gold = gold_pairs(doc) if gold is None else gold
    errs = doc.get("errors", {})
    events = errs.get("events", {})
    missed_actors = {a.split(" (", 1)[0] for a in errs.get("actors", {}).get("missed", [])}
    missed = [parse(x) for x in events.get("missed", [])]
    false = [parse(x) for x in events.get("false", [])]
    unmatched = Counter((s, t) for s, t, _ in missed)
    out = []
    for (src, typ, tgt), line in zip(missed, events.get("missed", []), strict=True):
        if src in missed_actors or src == "(none)":
            kind = "missed: no source actor"
        elif tgt is not None and tgt in missed_actors:
            kind = "missed: no target actor"
        elif any(s == src and t != typ and (tgt is None or g == tgt) for s, t, g in false):
            kind = "missed: wrong type"
        elif gold[(src, typ)] > unmatched[(src, typ)]:
            kind = "missed: another target"
        else:
            kind = "missed: act not read"
        out.append((kind, typ, line))
    for (src, typ, tgt), line in zip(false, events.get("false", []), strict=True):
        if src.endswith(NOT_GOLD):
            kind = "false: source not gold"
        elif any(s == src and t != typ and g == tgt for s, t, g in missed):
            kind = "false: wrong type"
        else:
            kind = "false: not an act"
        out.append((kind, typ, line))
    out += [("wrong target", parse(x)[1], x) for x in events.get("wrong_target", [])]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("raw")
    ap.add_argument("--show", help="print the lines of this kind")
    ap.add_argument("--type", help="with --show: only this PLOVER type")
    ap.add_argument("--set", help="with --show: only this set")
    args = ap.parse_args()
    data = json.loads(Path(args.raw).read_text())
    docs = [d for r in (data if isinstance(data, list) else [data]) for d in r.get("documents", [])]
    by_set: dict[str, Counter] = defaultdict(Counter)
    by_type: dict[str, Counter] = defaultdict(Counter)
    for doc in docs:
        fold = set_of(doc["gold"])
        for kind, typ, line in classify(doc):
            by_set[kind][fold] += 1
            by_type[kind][typ] += 1
            if args.show and kind.endswith(args.show) and args.type in (None, typ) and (
                    args.set in (None, fold)):
                print(f"{fold}/{doc['id']}: {line}")
    if args.show:
        return
    for kind in sorted(by_set):
        sets = by_set[kind]
        print(f"{kind:26s} {sum(sets.values()):4d}  sets {len(sets):2d}  "
              + " ".join(f"{t}:{n}" for t, n in by_type[kind].most_common(8)))


if __name__ == "__main__":
    main()
