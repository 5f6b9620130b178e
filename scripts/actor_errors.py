"""Actor and speaker errors of the engine on gold files, one line each, sorted into kinds.

Usage: .venv/bin/python scripts/actor_errors.py "tests/gold/dev21/*.gold.json" [GLOB ...]

Kinds (matching as ``stancemap evaluate`` matches actors, stancemap/evaluate/gold.py):
MISS a gold actor no system actor maps to; FALSE a system actor mapped to no gold actor;
TYPE / CTRY a mapped actor with another type or country than its gold actor; DUP one of
several system actors mapped to one gold actor; SPK a statement whose content matches gold
quotes none of which has its speaker. Never run it on the blind sets.
"""

from __future__ import annotations

import glob
import sys

from stancemap.evaluate.gold import (
    STATEMENT_GOLD_COVER,
    STATEMENT_SYSTEM_COVER,
    _at_least,
    _GoldActors,
    _SystemKeys,
    content_tokens,
    load_gold,
)
from stancemap.pipeline import default_engine


def report(path: str, engine) -> list[str]:
    gold = load_gold(path)
    doc = engine.analyze(gold.article())
    where = "/".join(path.split("/")[-2:])[:40]
    index = _GoldActors(gold.actors)
    keys = _SystemKeys(index, doc)
    names = {a.id: a.name for a in doc.actors}
    per: dict[int, list[str]] = {}
    for aid, g in keys.mapped.items():
        per.setdefault(g, []).append(aid)
    out = [f"MISS  {where:40} {ga['name']!r} {ga.get('type')} {ga.get('country')} "
           f"aliases={ga.get('aliases')}" for i, ga in enumerate(gold.actors) if i not in per]
    for a in doc.actors:
        forms = sorted({m.text for m in a.mentions})[:6]
        if a.id not in keys.mapped:
            out.append(f"FALSE {where:40} {a.name!r} {a.type} {a.country} mentions={forms}")
            continue
        ga = gold.actors[keys.mapped[a.id]]
        gc = str(ga["country"]).upper() if ga.get("country") else None
        sc = a.country.upper() if a.country else None
        if a.type != ga.get("type"):
            out.append(f"TYPE  {where:40} {a.name!r} sys={a.type} gold={ga.get('type')}")
        if sc != gc:
            out.append(f"CTRY  {where:40} {a.name!r} sys={sc} gold={gc} ({a.type})")
        if len(per[keys.mapped[a.id]]) > 1:
            out.append(f"DUP   {where:40} {a.name!r} -> {ga['name']!r} mentions={forms}")
    for s in doc.statements:
        st = content_tokens(s.content_text)
        hits = [q for q in gold.quotes if _matches(st, content_tokens(q["content"]))]
        if hits and all(keys.key(s.speaker) != index.ref(q.get("speaker")) for q in hits):
            out.append(f"SPK   {where:40} gold={hits[0].get('speaker')!r} "
                       f"sys={names.get(s.speaker)!r} src={s.source.text if s.source else None!r}"
                       f" :: {s.content.text[:70]!r}")
    return out


def _matches(st: set[str], gt: set[str]) -> bool:
    hit = len(st & gt)
    return _at_least(hit, len(gt), STATEMENT_GOLD_COVER) and _at_least(
        hit, len(st), STATEMENT_SYSTEM_COVER)


def main(patterns: list[str]) -> None:
    engine = default_engine()
    for pattern in patterns:
        for path in sorted(glob.glob(pattern)):
            if "/blind" in path:
                continue
            for line in report(path, engine):
                print(line)


if __name__ == "__main__":
    main(sys.argv[1:])
