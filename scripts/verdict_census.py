"""Census of verdicts told on a bare result or anaphoric noun ("welcomed the result", "backed it").

Usage: .venv/bin/python scripts/verdict_census.py [--cache DIR] [--lines] FOLD [FOLD ...]

A FOLD is ``tests`` or a readable dev folder (``dev13``, ``dev21``, ``dev23`` ...). Never run it
on the blind sets or on a held-out fold. A *verdict* is a bare noun of ``NOUNS`` (a definite
article or demonstrative its only dependent) or the pronoun "it", the object of a verb or of a
preposition. Its holders are the gold actors (through the system actors that map to them) that
are the subject of a verb whose subtree holds the noun, the agent of a passive one, or the
speaker of a statement whose content holds it. For each such holder it prints what gold says
(its stances, and whether each is on the story's main act: the gold proposition held by most
holders) and what the system says in that sentence. Kinds:

right      the holder's system stance in the sentence is a gold one
polarity   it is on the gold proposition, with the other polarity
elsewhere  it is on another proposition (gold or not)
missed     the holder has a gold stance, the system has none in the sentence
nogold     the holder holds no gold stance (the noun is no verdict gold reads)
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import spacy
from proposition_splits import analysed, fold_args, fold_files

from stancemap.evaluate.gold import (
    _GoldActors,
    _stance_proposition_keys,
    _SystemKeys,
    load_gold,
)
from stancemap.pipeline import model_path

NOUNS = frozenset({"result", "outcome", "decision", "motion", "ruling", "move", "verdict",
                   "judgment", "judgement", "vote", "step", "plan", "measure", "proposal"})
DETS = frozenset({"the", "this", "that"})
PRONOUN = "it"
OBJECTS = ("dobj", "pobj", "nsubjpass")
KINDS = ("right", "polarity", "elsewhere", "missed", "nogold")


def verdict_nouns(doc) -> list:
    """Tokens that are a bare verdict noun or an object "it"."""
    out = []
    for t in doc:
        if t.lower_ == PRONOUN and t.dep_ in OBJECTS:
            out.append(t)
        elif t.pos_ == "NOUN" and t.lemma_.lower() in NOUNS and t.dep_ in OBJECTS and all(
                c.dep_ == "det" and c.lower_ in DETS for c in t.children) and any(
                True for _ in t.children):
            out.append(t)
    return out


def main_act(gold) -> tuple[str, str]:
    """The gold proposition most holders hold, and its label."""
    count = Counter(str(s["proposition"]) for s in gold.stances)
    if not count:
        return "", ""
    key = count.most_common(1)[0][0]
    label = next((p["label"] for p in gold.propositions if str(p["key"]) == key), key)
    return key, label


def census(path: Path, doc, nlp) -> list[tuple[str, str]]:
    gold = load_gold(path)
    index = _GoldActors(gold.actors)
    keys = _SystemKeys(index, doc)
    main, _ = main_act(gold)
    held: dict = {}
    for s in gold.stances:
        held.setdefault(index.ref(s["actor"]), []).append(
            (str(s["proposition"]), str(s["polarity"]).lower()))
    triples = {(a, k, p) for a, v in held.items() for k, p in v}
    system = [(keys.key(st.actor), pkey, st.polarity.lower(), st)
              for st, pkey in _stance_proposition_keys(gold, doc)]
    text = doc.text if hasattr(doc, "text") else gold.article().text
    parsed = nlp(text)
    where = f"{path.parent.name}/{path.name.split('.')[0]}"[:36]
    out = []
    for tok in verdict_nouns(parsed):
        sent = tok.sent
        lo, hi = sent.start_char, sent.end_char
        names = _holders_of(tok, parsed, doc, keys)
        for h in sorted(names, key=str):
            gs = held.get(h, [])
            ss = [(k, p) for a, k, p, st in system
                  if a == h and st.evidence and st.evidence.start < hi and st.evidence.end > lo]
            kind = _kind(h, gs, ss, triples)
            gtxt = ",".join(f"{'MAIN' if k == main else k}:{p}" for k, p in gs) or "-"
            stxt = ",".join(f"{'MAIN' if k == main else k}:{p}" for k, p in ss) or "-"
            word = tok.lower_ if tok.lower_ == PRONOUN else f"the {tok.lemma_.lower()}"
            line = (f"{kind:9} {word:14} {where} {h[1]} | gold {gtxt} | sys {stxt} :: "
                    f"{' '.join(sent.text.split())[:150]}")
            out.append((kind, word, line))
    return out


def _holders_of(tok, parsed, doc, keys) -> set:
    """Gold holders that tell the verdict: a subject whose verb has the noun in its subtree,
    or the speaker of a statement whose content holds it."""
    found = set()
    for actor in doc.actors:
        k = keys.key(actor.id)
        if k is None or k[0] != "g":
            continue
        for m in actor.mentions:
            span = parsed.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            while root.dep_ in ("conj", "appos", "compound", "poss"):
                root = root.head
            if root.dep_.startswith("nsubj") and tok in root.head.subtree and tok.sent == root.sent:
                found.add(k)
            elif root.dep_ == "pobj" and root.head.dep_ == "agent" and tok.sent == root.sent:
                found.add(k)
    spk = {a.id: keys.key(a.id) for a in doc.actors}
    for st in doc.statements:
        c = st.content
        if st.speaker in spk and c.start <= tok.idx < c.end and spk[st.speaker][0] == "g":
            found.add(spk[st.speaker])
    return found


def _kind(h, gs, ss, triples) -> str:
    if not gs:
        return "nogold"
    if any((h, k, p) in triples for k, p in ss):
        return "right"
    gold_keys = {k for k, _ in gs}
    if any(k in gold_keys for k, _ in ss):
        return "polarity"
    return "elsewhere" if ss else "missed"


def main(argv: list[str] | None = None) -> None:
    args = fold_args(__doc__, "print each verdict, not only counts", argv)
    engine_box: list = []
    nlp = spacy.load(model_path())
    total: Counter = Counter()
    for fold in args.folds:
        counts: Counter = Counter()
        for path in fold_files(fold):
            for kind, word, line in census(path, analysed(fold, path, engine_box, args.cache),
                                           nlp):
                counts[kind] += 1
                counts[word] += 1
                if args.lines:
                    print(line)
        total.update(counts)
        print(fold, " ".join(f"{k}={counts[k]}" for k in KINDS))
    print("all", " ".join(f"{k}={total[k]}" for k in KINDS))
    print("words", " ".join(f"{w}={n}" for w, n in total.most_common() if w not in KINDS))


if __name__ == "__main__":
    main()
