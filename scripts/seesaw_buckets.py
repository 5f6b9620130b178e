"""Score SEESAW train by halves and sort the missed gold triplets into buckets.

SEESAW is evaluation only: rules are written from errors read on the first half of train
(article order) and checked on the second half by its aggregates. This script runs the engine
over the articles once, caches the documents (``--cache FILE.jsonl``, reused when it exists),
prints each half's P/R/F1 and the buckets of missed triplets (each in the first that fits):

* ``reversed``: the system has the pair with the other sign;
* ``subject unmapped``: no actor maps to the subject entity;
* ``object unmapped``: no actor maps to the object and no stance's proposition reaches it;
* ``both named``: both map and both are named (an actor mention) in an annotated sentence;
* ``one not named``: both map but one is not named in any annotated sentence of the pair
  (``speaker over`` counts those whose subject speaks a statement covering the sentence).

``--show BUCKET`` prints the half-1 triplets of one bucket with their sentence (half 1 only:
half 2 is read by aggregates).

    .venv/bin/python scripts/seesaw_buckets.py --cache /tmp/seesaw.jsonl
    .venv/bin/python scripts/seesaw_buckets.py --cache /tmp/seesaw.jsonl --show "object unmapped"
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from stancemap.evaluate_seesaw import (
    NEG,
    POS,
    EntityMap,
    SeesawArticle,
    _read_json,
    _stance_objects,
    load_seesaw,
    system_triplets,
)
from stancemap.model import Document

TRAIN = Path(__file__).resolve().parent.parent / "../shared/data/seesaw/train"


def documents(articles: list[SeesawArticle], cache: Path | None) -> list[Document]:
    """The engine's documents for ``articles``, read from ``cache`` when it holds them all."""
    if cache is not None and cache.exists():
        docs = {d["id"]: d for d in map(json.loads, cache.read_text().splitlines())}
        if all(a.id in docs for a in articles):
            return [Document.from_dict(docs[a.id]) for a in articles]
    from stancemap.pipeline import default_engine

    engine = default_engine()
    out = [engine.analyze(a.article()) for a in articles]
    if cache is not None:
        cache.write_text("".join(json.dumps(d.to_dict()) + "\n" for d in out))
    return out


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character span of each "\\n"-joined sentence, by sentence index."""
    spans, pos = [], 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def gold_sentences(directory: Path, art: SeesawArticle) -> dict[tuple[str, str, str], list[int]]:
    """Gold triplet -> the sentence indices the chosen annotator marked it in."""
    ann = _read_json(directory / "annotations" / f"{art.id}.json")
    out: dict[tuple[str, str, str], list[int]] = {}
    for sid, triplets in (ann.get("sentence-level stances") or {}).items():
        for t in triplets:
            key = (t["subject"], t["sentiment"], t["object"])
            if art.annotator in (t.get("annotators") or []) and key in art.gold:
                out.setdefault(key, []).append(int(sid))
    return out


def buckets(directory: Path, art: SeesawArticle, doc: Document
            ) -> tuple[set[Any], set[Any], list[tuple[str, Any, list[int]]]]:
    """(found, gold, [(bucket, missed triplet, sentences)]) of one article."""
    emap = EntityMap(art.entities)
    found, _ = system_triplets(doc, emap)
    mapped = {a.id: emap.actor(a) for a in doc.actors}
    by_entity: dict[str, list[Any]] = {}
    for a in doc.actors:
        if mapped[a.id]:
            by_entity.setdefault(mapped[a.id], []).append(a)
    reached = set().union(*_stance_objects(doc, emap, mapped).values()) \
        if doc.propositions else set()
    spans = sentence_spans(art.text)
    where = gold_sentences(directory, art)
    out = []
    for t in sorted(art.gold - found):
        s, sign, o = t
        sents = where.get(t, [])
        other = NEG if sign == POS else POS
        if (s, other, o) in found:
            kind = "reversed"
        elif s not in by_entity:
            kind = "subject unmapped"
        elif o not in by_entity and o not in reached:
            kind = "object unmapped"
        else:
            def named(ent: str, sid: int) -> bool:
                lo, hi = spans[sid] if sid < len(spans) else (0, 0)
                return any(lo <= m.start < hi for a in by_entity.get(ent, ())
                           for m in a.mentions)
            if any(named(s, i) and named(o, i) for i in sents):
                kind = "both named"
            else:
                kind = "one not named"
                ids = {a.id for a in by_entity.get(s, ())}
                for st in doc.statements:
                    if st.speaker in ids and st.content and any(
                            st.content.start <= spans[i][0] < st.content.end
                            or spans[i][0] <= st.content.start < spans[i][1]
                            for i in sents if i < len(spans)):
                        kind = "one not named (speaker over)"
                        break
        out.append((kind, t, sents))
    return found, art.gold, out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--dir", default=str(TRAIN))
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--half", choices=["1", "2", "both"], default="both")
    ap.add_argument("--show", help="print half 1's missed triplets of this bucket")
    ap.add_argument("--false", action="store_true", help="print half 1's false triplets")
    args = ap.parse_args()
    directory = Path(args.dir)
    articles = load_seesaw(directory)
    cut = len(articles) // 2
    halves = {"1": articles[:cut], "2": articles[cut:]}
    chosen = articles if args.half == "both" else halves[args.half]
    docs = dict(zip([a.id for a in chosen], documents(chosen, args.cache), strict=True))
    for name, part in halves.items():
        part = [a for a in part if a.id in docs]
        if not part:
            continue
        tp = n_sys = n_gold = 0
        counts: Counter[str] = Counter()
        for art in part:
            found, gold, missed = buckets(directory, art, docs[art.id])
            tp, n_sys, n_gold = tp + len(found & gold), n_sys + len(found), n_gold + len(gold)
            counts.update(k for k, _, _ in missed)
            if name == "1" and (args.show or args.false):
                lines = art.text.split("\n")
                for k, t, sents in missed:
                    if args.show and k.startswith(args.show):
                        print(f"{art.id}\t{k}\t{t}")
                        for i in sents[:2]:
                            print("    ", lines[i] if i < len(lines) else "?")
                if args.false:
                    for t in sorted(found - gold):
                        print(f"{art.id}\tFALSE\t{t}")
        p = tp / n_sys if n_sys else 0.0
        r = tp / n_gold if n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"half {name} ({len(part)} articles): P {p:.3f} R {r:.3f} F1 {f:.3f} "
              f"{tp}/{n_sys}/{n_gold}; missed: "
              + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
