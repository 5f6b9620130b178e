"""Census of stance errors by kind: missed gold stances and false system ones, one line each.

Usage: .venv/bin/python scripts/stance_census.py [--cache DIR] [--lines] FOLD [FOLD ...]

A FOLD is ``tests`` (tests/gold/*.gold.json) or a readable dev folder (``dev13``, ``dev21``,
``dev23`` ...). Never run it on the blind sets or on a held-out fold. Each error is one unit
of the figure ``stancemap evaluate`` prints (the same keys and matching). Kinds:

missed (a gold stance no system stance matches):
  sibling    another gold holder of the same stance has it from the system, this one not
             (a member of a list of voters left out)
  standin    the system gives the stance to an actor gold does not give it to (a member's
             stance gold passes up to the party or state, or the reverse); with --lines the
             types of the two, e.g. ``up person>organization``
  noactor    the holder maps to no system actor
  polarity   the holder has a stance on the proposition with the other polarity
  unreached  no system stance maps to the proposition at all
  split      the holder has a stance on a proposition that maps to no gold one but shares
             words with this one: had the two joined, it would count
  absent     the proposition is reached, the holder has nothing on it
false (a system stance no gold stance matches):
  holder     the holder is no gold actor, or one that holds no gold stance
  polarity   the holder holds the proposition with the other polarity
  split      the proposition maps to no gold one, yet shares words with one the holder holds
  stray      the proposition maps to no gold one and shares no word with the holder's
  unheld     a gold proposition the holder holds no stance on
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from proposition_splits import (  # the same folds, command line, cache and phrases
    analysed,
    fold_args,
    fold_files,
    phrases,
)

from stancemap.evaluate.gold import (
    _GoldActors,
    _stance_proposition_keys,
    _SystemKeys,
    load_gold,
    stance_words,
)

MISSED = ("sibling", "standin", "noactor", "polarity", "unreached", "split", "absent")
FALSE = ("holder", "polarity", "split", "stray", "unheld")


def _overlaps(bag: set[str], prop: dict) -> bool:
    return any(phrase & bag for phrase in phrases(prop))


def census(path: Path, doc) -> list[tuple[str, str, str]]:
    """(side, kind, line) for each stance error of one document."""
    gold = load_gold(path)
    index = _GoldActors(gold.actors)
    keys = _SystemKeys(index, doc)
    props = {str(p["key"]): p for p in gold.propositions}
    gold_triples = {(index.ref(s["actor"]), str(s["proposition"]), str(s["polarity"]).lower())
                    for s in gold.stances}
    holders = {a for a, _, _ in gold_triples}
    names = {index.key_of(i): a["name"] for i, a in enumerate(gold.actors)}
    sys_names = {a.id: a.name for a in doc.actors}
    prop_by_id = {p.id: p for p in doc.propositions}
    system: dict = {}
    for st, pkey in _stance_proposition_keys(gold, doc):
        system.setdefault((keys.key(st.actor), pkey, st.polarity.lower()), st)
    reached = {k for _, k, _ in system}
    mapped_actors = {keys.index.key_of(g) for g in keys.mapped.values()}
    where = f"{path.parent.name}/{path.name.split('.')[0]}"[:40]
    out = []
    types = {index.key_of(i): a["type"] for i, a in enumerate(gold.actors)}
    types.update({("s", a.id): a.type for a in doc.actors})
    for actor, pkey, pol in sorted(gold_triples - system.keys(), key=str):
        kind, other = _stand_in(actor, pkey, pol, system, gold_triples)
        if kind is None:
            kind = _missed_kind(actor, pkey, system, reached, mapped_actors, props, prop_by_id)
        via = (f" <= {names.get(other) or sys_names.get(other[1], '?')} "
               f"[{types.get(other, '?')}>{types.get(actor, '?')}]" if other else "")
        via += "" if actor in mapped_actors else " (no actor)"
        out.append(("missed", kind, f"{where} {names.get(actor, actor)} {pol} "
                                    f"{props[pkey]['label'] if pkey in props else pkey!r}{via}"))
    for (actor, pkey, pol), st in system.items():
        if (actor, pkey, pol) in gold_triples:
            continue
        kind = _false_kind(actor, pkey, gold_triples, holders, props,
                           stance_words(st, prop_by_id.get(st.proposition)))
        label = props[pkey]["label"] if pkey in props else (
            prop_by_id[st.proposition].label if st.proposition in prop_by_id else "?")
        ev = " ".join((st.evidence.text if st.evidence else "").split())[:140]
        who = names.get(actor) or sys_names.get(st.actor, "?")
        out.append(("false", kind, f"{where} {who} {pol} {label!r} :: {ev}"))
    return out


def _stand_in(actor, pkey, pol, system, gold_triples):
    """("sibling" | "standin", the other holder) where the system gives this stance to
    another actor and not to this one; (None, None) otherwise."""
    others = [a for a, k, p in system if k == pkey and p == pol and a != actor]
    if any(a == actor for a, k, _ in system if k == pkey):
        return None, None
    siblings = [a for a in others if (a, pkey, pol) in gold_triples]
    if siblings:
        return "sibling", siblings[0]
    strangers = [a for a in others if (a, pkey, pol) not in gold_triples]
    if strangers:
        return "standin", strangers[0]
    return None, None


def _missed_kind(actor, pkey, system, reached, mapped_actors, props, prop_by_id) -> str:
    if actor not in mapped_actors:
        return "noactor"
    own = {(k, p): st for (a, k, p), st in system.items() if a == actor}
    if any(k == pkey for k, _ in own):
        return "polarity"
    if pkey not in reached:
        return "unreached"
    for (k, _), st in own.items():
        if k not in props and _overlaps(
                stance_words(st, prop_by_id.get(st.proposition)), props[pkey]):
            return "split"
    return "unreached" if pkey not in reached else "absent"


def _false_kind(actor, pkey, gold_triples, holders, props, bag) -> str:
    if actor not in holders:
        return "holder"
    held = {k for a, k, _ in gold_triples if a == actor}
    if pkey in held:
        return "polarity"
    if pkey in props:
        return "unheld"
    return "split" if any(_overlaps(bag, props[k]) for k in held if k in props) else "stray"


def main(argv: list[str] | None = None) -> None:
    args = fold_args(__doc__, "print each error, not only counts", argv)
    engine_box: list = []
    total: Counter = Counter()
    for fold in args.folds:
        counts: Counter = Counter()
        for path in fold_files(fold):
            for side, kind, line in census(path, analysed(fold, path, engine_box, args.cache)):
                counts[side, kind] += 1
                if args.lines:
                    print(f"{side:6} {kind:9} {line}")
        total.update(counts)
        print(fold, _summary(counts))
    print("all", _summary(total))


def _summary(counts: Counter) -> str:
    miss = " ".join(f"{k}={counts['missed', k]}" for k in MISSED)
    false = " ".join(f"{k}={counts['false', k]}" for k in FALSE)
    return f"MISSED {miss} | FALSE {false}"


if __name__ == "__main__":
    main()
