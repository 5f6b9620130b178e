"""Census of actor and speaker errors over the readable folds, each error given a kind.

Usage: .venv/bin/python scripts/speaker_census.py [FOLD ...] [--lines FILE]

Extends ``actor_errors.py`` (one document's errors) with the statements the scorer counts wrong,
matched exactly as ``stancemap evaluate`` matches them (``evaluate/errors.py``): a gold quote no
system statement covers is ``quote_missed`` (``speaker_missed`` when its gold speaker is also an
actor the output lacks), one covered with another speaker is ``wrong_speaker_gold`` (another gold
actor), ``wrong_speaker_extra`` (an actor not in the gold) or ``wrong_speaker_none`` (no speaker);
a system statement covering no gold quote is ``statement_false``. Actors: ``actor_missed`` and
``actor_false`` by type. Prints a table of kinds by fold; ``--lines`` writes every error as one
tab-separated line (fold, document, kind, text) to grep for phenomena. Never run it on the blind
sets: the folds are those of ``gold_folds.FOLDS``.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from gold_folds import FOLDS, fold_files  # noqa: E402

from stancemap.evaluate.errors import _Names  # noqa: E402
from stancemap.evaluate.gold import (  # noqa: E402
    _GoldActors,
    _statement_pairs,
    _SystemKeys,
    load_gold,
)
from stancemap.evaluate.scoring import _match  # noqa: E402
from stancemap.pipeline import default_engine  # noqa: E402


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
            out.append((f"actor_false:{a.type}", f"{a.name} mentions={forms}"))
    pairs, attributed = _statement_pairs(gold, doc, keys)
    by_content, right = _match(pairs), _match(attributed)
    content_of_gold = {g: k for k, g in by_content.items()}
    right_gold = set(right.values())
    for i, q in enumerate(gold.quotes):
        if i in right_gold:
            continue
        k = content_of_gold.get(i)
        text = f"{q.get('speaker')}: {' '.join(q['content'].split())[:100]}"
        if k is None:
            ref = keys.index.ref(q.get("speaker"))
            lacks = ref is not None and ref not in {keys.key(a.id) for a in doc.actors}
            out.append(("speaker_missed" if lacks else "quote_missed", text))
            continue
        sys_key = keys.key(doc.statements[k].speaker)
        kind = ("wrong_speaker_none" if sys_key is None else
                "wrong_speaker_gold" if sys_key in names.gold_names else "wrong_speaker_extra")
        out.append((kind, f"{text} <- {names.of_key(sys_key)}"))
    for k, st in enumerate(doc.statements):
        if k not in right and k not in by_content:
            out.append(("statement_false", f"{names.of_actor(st.speaker)}: "
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
