"""Census of actor and speaker errors over the readable folds, each error given a kind.

Usage: .venv/bin/python scripts/speaker_census.py [FOLD ...] [--lines FILE]

Extends ``actor_errors.py`` (one document's errors) with the statements the scorer counts wrong,
matched exactly as ``stancemap evaluate`` matches them (``evaluate/errors.py``): a gold quote no
system statement covers is ``quote_missed`` (``speaker_missed`` when its gold speaker is also an
actor the output lacks), one covered with another speaker is ``wrong_speaker_gold`` (another gold
actor), ``wrong_speaker_extra`` (an actor not in the gold) or ``wrong_speaker_none`` (no speaker);
a system statement covering no gold quote is ``statement_false``. A missed quote and a false
statement whose contents share most of their words are one span boundary (``quote_span``,
``statement_span``: the report is found, its content cut elsewhere). Actors: ``actor_missed`` by
type, ``actor_false`` by what it is (``false_actor_kind``: a part of a gold actor's name or a
longer span of it, a common noun, a town, a state the gold does not list, another name). Prints
a table of kinds by fold; ``--lines`` writes every error as one tab-separated line (fold,
document, kind, text) to grep for phenomena. Never run it on the blind
sets: the folds are those of ``gold_folds.FOLDS``.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_folds import FOLDS, fold_files  # noqa: E402

from stancemap.actors.cities import is_city  # noqa: E402
from stancemap.evaluate.errors import _Names  # noqa: E402
from stancemap.evaluate.gold import (  # noqa: E402
    _GoldActors,
    _statement_pairs,
    _SystemKeys,
    load_gold,
)
from stancemap.evaluate.scoring import _match  # noqa: E402
from stancemap.pipeline import default_engine  # noqa: E402

#: share of the shorter content's words the other must hold for a span boundary
SPAN_OVERLAP = 0.5
#: words that open a common noun's name
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "that"})
PRONOUNS = frozenset({"he", "she", "it", "they", "his", "her", "its", "their", "him", "them"})


def _words(text: str) -> set[str]:
    return {w.strip(".,;:\"'()").lower() for w in text.split()} - {""}


def _same_span(a: str, b: str) -> bool:
    """Do two contents share most of the shorter one's words (one report cut two ways)?"""
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and len(wa & wb) >= SPAN_OVERLAP * min(len(wa), len(wb))


def false_actor_kind(actor, gold) -> str:
    """What a false actor is: ``part_name`` (its words inside a gold actor's name or alias, or
    one inside its own), ``common`` (a lower-case noun), ``town``, ``state`` (a state the gold
    leaves out) or ``name``."""
    texts = [m.text for m in actor.mentions if m.text.lower() not in PRONOUNS] or [actor.name]
    forms = [_words(f) for a in gold.actors for f in [a["name"], *(a.get("aliases") or [])]]
    for text in texts:
        words = _words(text) - DETERMINERS
        if words and any(words < f - DETERMINERS or f - DETERMINERS < words for f in forms):
            return "part_name"
    if all(t.split()[-1][:1].islower() for t in texts):
        return "common"
    if any(is_city(t) for t in texts):
        return "town"
    return "state" if actor.type == "country" else "name"


def document_kinds(gold, doc) -> list[tuple[str, str]]:
    """(kind, text) for each actor and statement error of one document."""
    keys = _SystemKeys(_GoldActors(gold.actors), doc)
    names = _Names(gold, doc, keys)
    hit = set(keys.mapped.values())
    out = [(f"actor_missed:{a.get('type')}", f"{a['name']} aliases={a.get('aliases')}")
           for i, a in enumerate(gold.actors) if i not in hit]
    for a in doc.actors:
        if a.id not in keys.mapped:
            forms = sorted({m.text for m in a.mentions})[:5]
            out.append((f"actor_false:{false_actor_kind(a, gold)}",
                        f"{a.name} ({a.type}) mentions={forms}"))
    pairs, attributed = _statement_pairs(gold, doc, keys)
    by_content, right = _match(pairs), _match(attributed)
    content_of_gold = {g: k for k, g in by_content.items()}
    right_gold = set(right.values())
    false_contents = [st.content_text for k, st in enumerate(doc.statements)
                      if k not in right and k not in by_content]
    missed_contents = [q["content"] for i, q in enumerate(gold.quotes)
                       if i not in right_gold and i not in content_of_gold]
    for i, q in enumerate(gold.quotes):
        if i in right_gold:
            continue
        k = content_of_gold.get(i)
        text = f"{q.get('speaker')}: {' '.join(q['content'].split())[:100]}"
        if k is None:
            ref = keys.index.ref(q.get("speaker"))
            lacks = ref is not None and ref not in {keys.key(a.id) for a in doc.actors}
            span = any(_same_span(q["content"], c) for c in false_contents)
            out.append(("quote_span" if span else
                        "speaker_missed" if lacks else "quote_missed", text))
            continue
        sys_key = keys.key(doc.statements[k].speaker)
        kind = ("wrong_speaker_none" if sys_key is None else
                "wrong_speaker_gold" if sys_key in names.gold_names else "wrong_speaker_extra")
        out.append((kind, f"{text} <- {names.of_key(sys_key)}"))
    for k, st in enumerate(doc.statements):
        if k not in right and k not in by_content:
            span = any(_same_span(st.content_text, c) for c in missed_contents)
            out.append(("statement_span" if span else "statement_false",
                        f"{names.of_actor(st.speaker)}: "
                        f"{' '.join(st.content_text.split())[:100]}"))
    return out


def main(argv: list[str]) -> None:
    lines_path = None
    if "--lines" in argv:
        i = argv.index("--lines")
        lines_path = argv[i + 1]
        del argv[i:i + 2]
    folds = argv or FOLDS
    engine = default_engine()
    table: dict[str, Counter] = {}
    rows = []
    for fold in folds:
        count = table.setdefault(fold, Counter())
        for path in fold_files(fold):
            gold = load_gold(path)
            for kind, text in document_kinds(gold, engine.analyze(gold.article())):
                count[kind] += 1
                rows.append(f"{fold}\t{Path(path).name}\t{kind}\t{text}")
        print(f"  {fold} done", file=sys.stderr, flush=True)
    if lines_path:
        Path(lines_path).write_text("\n".join(rows) + "\n")
    kinds = sorted({k for c in table.values() for k in c})
    heads = " ".join(f.replace("dev", "")[:5].rjust(5) for f in folds)
    print("kind".ljust(26) + " total  " + heads)
    for kind in kinds:
        total = sum(c[kind] for c in table.values())
        print(kind.ljust(26) + f"{total:6d}  " + " ".join(f"{table[f][kind]:5d}" for f in folds))


if __name__ == "__main__":
    main(sys.argv[1:])
