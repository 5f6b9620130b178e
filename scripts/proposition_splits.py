"""Census of split and merged propositions: false stances of gold holders, one line each.

Usage: .venv/bin/python scripts/proposition_splits.py [--cache DIR] [--lines] FOLD [FOLD ...]

A FOLD is ``tests`` (tests/gold/*.gold.json) or a readable dev folder (``dev13``, ``dev21``,
``dev23`` ...). Never run it on the blind sets or on a held-out fold.

A false stance counts here when its holder maps to a gold actor that holds some gold stance.
Its words are the bag the scorer compares (evidence, label and mentions; ``stancemap evaluate``,
``_stance_proposition_keys``). Kinds:

JOIN   the stance's proposition maps to no gold one, and another system proposition of the
       document maps to a gold one the holder holds and was missed: had the two joined, the
       stance would map there (its cause column: the holder's gold polarity there).
SPLIT  the bag maps to no gold proposition, yet covers part (under 60%) of one the holder
       holds: two propositions where gold has one. Its cause, from the gold words the bag
       lacks: ``negation`` (a negation on one side only), ``inflection`` (a lacking word
       shares its stem with a bag word: "raise"/"raising"), ``synonym`` (a lacking word has a
       bag word of close meaning in spaCy's vectors), ``modifier`` (the head of the gold
       label is in the bag, the words lacking are its modifiers), ``head`` (the head word
       differs and nothing above explains it).
MERGE  the bag maps to a gold proposition the holder holds no stance on, while the holder
       does hold one on another gold proposition its bag overlaps: one proposition where gold
       has two.
APART  the bag overlaps none of the holder's gold propositions (not a split: another
       question).
Cached documents (``--cache``) are pickled per gold file and read again when present.
"""

from __future__ import annotations

import argparse
import pickle
import re
from collections import Counter
from pathlib import Path

import gold_folds

from stancemap.evaluate.gold import (
    _GoldActors,
    _stance_proposition_keys,
    _SystemKeys,
    content_tokens,
    load_gold,
    stance_words,
)

NEGATIONS = frozenset({"not", "no", "never", "n't", "without", "against", "non"})
STEM = 5  # letters two words share to count as one stem ("sanction"/"sanctions")
#: where the census scripts cut a text into sentences: after a full stop, "!", "?" or a closing
#: quotation mark followed by a capital or a quotation mark, and at line breaks
SENTENCE_END = re.compile(r"(?<=[.!?\"])\s+(?=[A-Z\"])|\n+")
CLOSE = 0.6  # vector similarity of a synonym


def sentences(text: str) -> list[tuple[int, int]]:
    """The text's sentences as (start, end) offsets, cut at ``SENTENCE_END``."""
    spans, start = [], 0
    for m in SENTENCE_END.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return spans


def fold_files(fold: str) -> list[Path]:
    """A readable fold's gold files (``gold_folds.fold_files``, which refuses any other set)."""
    return [Path(p) for p in gold_folds.fold_files(fold)]


def analysed(fold: str, path: Path, engine_box: list, cache: Path | None):
    cached = cache / f"{fold}-{path.name}.pkl" if cache else None
    if cached is not None and cached.exists():
        return pickle.loads(cached.read_bytes())
    if not engine_box:
        from stancemap.pipeline import default_engine

        engine_box.append(default_engine())
    doc = engine_box[0].analyze(load_gold(path).article())
    if cached is not None:
        cached.write_bytes(pickle.dumps(doc))
    return doc


def phrases(prop: dict) -> list[frozenset[str]]:
    texts = [prop["label"], *(prop.get("mentions") or [])]
    return [t for t in (content_tokens(x) for x in texts) if t]


def best_share(bag: set[str], prop: dict) -> tuple[float, frozenset[str]]:
    best = (0.0, frozenset())
    for phrase in phrases(prop):
        share = len(phrase & bag) / len(phrase)
        if share > best[0]:
            best = (share, phrase)
    return best


def cause(bag: set[str], phrase: frozenset[str], head: str | None, vectors) -> str:
    lacking = phrase - bag
    if bool(NEGATIONS & phrase) != bool(NEGATIONS & bag):
        return "negation"
    if any(w[:STEM] == b[:STEM] for w in lacking for b in bag if len(w) >= STEM):
        return "inflection"
    if vectors is not None and _synonym(lacking, bag, vectors):
        return "synonym"
    if head and head in bag:
        return "modifier"
    return "head"


def _synonym(lacking: set[str], bag: set[str], vectors) -> bool:
    for w in lacking:
        lw = vectors(w)
        if not lw.has_vector:
            continue
        for b in bag:
            lb = vectors(b)
            if lb.has_vector and b not in NEGATIONS and lw.similarity(lb) >= CLOSE:
                return True
    return False


def gold_head(label: str, nlp) -> str | None:
    if nlp is None:
        return None
    roots = [t for t in nlp(label) if t.dep_ == "ROOT"]
    return roots[0].lower_ if roots else None


def census(path: Path, doc, nlp) -> list[tuple[str, str, str]]:
    """(kind, cause, line) for each false stance of a gold holder in one document."""
    gold = load_gold(path)
    index = _GoldActors(gold.actors)
    keys = _SystemKeys(index, doc)
    props = {str(p["key"]): p for p in gold.propositions}
    held: dict = {}
    for s in gold.stances:
        held.setdefault(index.ref(s["actor"]), set()).add(
            (str(s["proposition"]), str(s["polarity"]).lower()))
    sys_props = {p.id: p for p in doc.propositions}
    names = {a.id: a.name for a in doc.actors}
    mapped = _stance_proposition_keys(gold, doc)
    on: dict[str, set[str]] = {}  # each system proposition's gold keys, through its stances
    for st, pkey in mapped:
        if pkey in props:
            on.setdefault(st.proposition, set()).add(pkey)
    found = {(keys.key(st.actor), pkey, st.polarity.lower()) for st, pkey in mapped}
    seen, out = set(), []
    for st, pkey in mapped:
        actor = keys.key(st.actor)
        triple = (actor, pkey, st.polarity.lower())
        if triple in seen or actor not in held or triple[1:] in held[actor]:
            continue
        seen.add(triple)
        if pkey in {k for k, _ in held[actor]}:
            continue  # the right proposition, the other polarity
        sp = sys_props.get(st.proposition)
        bag = stance_words(st, sp)
        join = _join(st.proposition, held[actor], found, actor, on, sys_props, props)
        if join:
            texts = _texts(sys_props.get(st.proposition))
            out.append(("JOIN", join[0], f"{path.parent.name}/{path.name.split('.')[0]} "
                        f"{names.get(st.actor, '?')} {triple[2]} sys={texts!r}"
                        f" other={join[1]!r}"))
            continue
        own = [(best_share(bag, props[k]), k) for k, _ in held[actor] if k in props]
        (share, phrase), gkey = max(own, key=lambda x: x[0][0]) if own else ((0.0, None), None)
        label = sp.label if sp else "?"
        where = f"{path.parent.name}/{path.name.split('.')[0]}"[:36]
        who = names.get(st.actor, "?")
        if share == 0.0:
            out.append(("APART", "-", f"{where} {who} {triple[2]} sys={label!r}"))
            continue
        glabel = props[gkey]["label"]
        kind = "MERGE" if pkey in props else "SPLIT"
        why = "-" if kind == "MERGE" else cause(bag, phrase, gold_head(glabel, nlp),
                                                  nlp.vocab.__getitem__ if nlp else None)
        mapped = f" mapped={props[pkey]['label']!r}" if kind == "MERGE" else ""
        out.append((kind, why, f"{where} {who} {triple[2]} {share:.2f} sys={label!r} "
                               f"gold={glabel!r} phrase={' '.join(sorted(phrase))!r} "
                               f"lacks={sorted(phrase - bag)}{mapped}"))
    return out


def _texts(prop) -> str:
    if prop is None:
        return "?"
    return " | ".join(dict.fromkeys([prop.label, *(m.text for m in prop.mentions)]))[:160]


def _join(pid: str, held: set, found: set, actor, on: dict, sys_props: dict,
          props: dict) -> tuple[str, str] | None:
    """Whether the stance would be right had its proposition joined another system one that
    maps to a gold proposition the holder holds and was not found: (same|flip, its texts)."""
    if pid in on:
        return None
    for gkey, polarity in sorted(held):
        if (actor, gkey, polarity) in found:
            continue
        for other, gkeys in on.items():
            if other != pid and gkey in gkeys:
                return polarity, _texts(sys_props.get(other))
    return None


def fold_args(doc: str, lines_help: str, argv: list[str] | None) -> argparse.Namespace:
    """A census's command line: the folds by name, a folder caching the analysed documents
    (made if missing), and whether to print one line per item."""
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("folds", nargs="+")
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--lines", action="store_true", help=lines_help)
    args = ap.parse_args(argv)
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    return args


def main(argv: list[str] | None = None) -> None:
    args = fold_args(__doc__, "print each stance, not only counts", argv)
    import spacy

    from stancemap.pipeline import model_path

    nlp = spacy.load(model_path())
    engine_box: list = []
    total: Counter = Counter()
    for fold in args.folds:
        counts: Counter = Counter()
        for path in fold_files(fold):
            for kind, why, line in census(path, analysed(fold, path, engine_box, args.cache), nlp):
                counts[kind, why] += 1
                if args.lines:
                    print(f"{kind:5} {why:10} {line}")
        total.update(counts)
        print(fold, " ".join(f"{k}/{w}={n}" for (k, w), n in sorted(counts.items())))
    print("all", " ".join(f"{k}/{w}={n}" for (k, w), n in sorted(total.items())))


if __name__ == "__main__":
    main()
