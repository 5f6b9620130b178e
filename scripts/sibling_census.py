"""Census of silent siblings by cause: gold stances missed where another gold holder on the same
side of the same proposition got it from the system (`stance_census.py`'s ``sibling`` kind).

Usage: .venv/bin/python scripts/sibling_census.py [--cache DIR] [--lines] FOLD [FOLD ...]

A FOLD is ``tests`` or a readable dev folder, named one by one (``gold_folds.FOLDS``); never a
blind or held-out set. Each miss gets one cause, the first that holds, in this order:

lists (A named in the text by a mention of its system actor or by its gold name or alias):
  listmate   A stands in a list with S in S's evidence sentence (only commas, "and", "or",
             "as well as", "joined by", "along with", articles and counts between the names)
  listread   A stands in a list in a sentence of its own, and another member of that list has
             the stance told in that sentence (the list was read, A left out)
  listunread A stands in a list in a sentence of its own, and no member of it has the stance
             there (the list's predicate was not read for this proposition)
the holder A, where it maps to no system actor:
  unnamed    a system actor has a mention where A's gold name or alias stands in the text (the
             engine found it under a name the scorer cannot map, or as part of another name)
  undetected a gold form of A stands in the text with no system mention over it
  unwritten  no gold form of A stands in the text verbatim
where A stands against S's system stance (its evidence sentence):
  sentence   A is named in S's evidence sentence
  member     A is named elsewhere and belongs to S's state (a minister, a ministry, a
             state's body: A's gold country is the country S is)
  elsewhere  A is named only in other sentences
Each line also gives how S's stance was told (``vote``: the evidence sentence has a vote
word; ``speech``: from a statement; ``act``: otherwise), whether A holds any system stance
(``held`` / ``silent``; ``noactor`` where A maps to no system actor), A's first sentences and
S's evidence sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from proposition_splits import analysed, fold_args, fold_files, sentences
from stance_census import _stand_in

from stancemap.evaluate.gold import (
    _GoldActors,
    _stance_proposition_keys,
    _SystemKeys,
    load_gold,
    normalize,
)

CAUSES = ("listmate", "listread", "listunread", "unnamed", "undetected", "unwritten", "sentence",
          "member", "elsewhere")
VOTE_WORDS = re.compile(r"\b(vot\w*|abstain\w*|ballot\w*|in favou?r)\b", re.I)
LIST_GAP = re.compile(
    r"^(?:[\s,;]|and|or|as well as|joined by|along with|together with|both|the|its|their|"
    r"most|some|two|three|several|members? of)*$")
def _sentence_of(spans: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    return next((s for s in spans if s[0] <= offset < s[1] + 1), spans[-1])


def _form_hits(text: str, forms: set[str]) -> list[tuple[int, int]]:
    low = text.lower()
    hits = []
    for form in forms:
        if len(form) < 3:
            continue
        for m in re.finditer(r"\b" + re.escape(form) + r"\b", low):
            hits.append((m.start(), m.end()))
    return hits


def census(path: Path, doc) -> list[tuple[str, str]]:
    """(cause, line) for each missed sibling stance of one document."""
    gold = load_gold(path)
    index = _GoldActors(gold.actors)
    keys = _SystemKeys(index, doc)
    gold_triples = {(index.ref(s["actor"]), str(s["proposition"]), str(s["polarity"]).lower())
                    for s in gold.stances}
    system: dict = {}
    for st, pkey in _stance_proposition_keys(gold, doc):
        system.setdefault((keys.key(st.actor), pkey, st.polarity.lower()), st)
    by_key: dict = {}
    for actor in doc.actors:
        by_key.setdefault(keys.key(actor.id), []).append(actor)
    gold_no = {index.key_of(i): i for i in range(len(gold.actors))}
    spans = sentences(doc.text)
    statements = {s.id for s in doc.statements}
    holders = {a for a, _, _ in system}
    where = f"{path.parent.name}/{path.name.split('.')[0]}"[:40]
    out = []
    for actor, pkey, pol in sorted(gold_triples - system.keys(), key=str):
        kind, other = _stand_in(actor, pkey, pol, system, gold_triples)
        if kind != "sibling":
            continue
        st = system[other, pkey, pol]
        sentence = _sentence_of(spans, st.evidence.start)
        told = ("vote" if VOTE_WORDS.search(doc.text[sentence[0]:sentence[1]])
                else "speech" if st.statement in statements else "act")
        gi = gold_no.get(actor)
        marks = [(m.start, m.end) for a in by_key.get(actor, []) for m in a.mentions]
        marks += _form_hits(doc.text, index.forms[gi] if gi is not None else {actor[1]})
        theirs = [(m.start, m.end) for a in by_key.get(other, []) for m in a.mentions]
        cause = ("listmate" if _listed(marks, theirs, sentence, doc.text) else
                 _own_list(marks, spans, doc, keys, actor, (pkey, pol), system))
        if cause is None and actor not in by_key:
            cause = _unmapped(marks, doc)
        elif cause is None:
            cause = _placed(marks, sentence, gold, gi, other)
        cause, _, seen = cause.partition(" ")
        own = sorted({_sentence_of(spans, s) for s, _ in marks} - {sentence})[:2]
        seen += " || " + " | ".join(_clip(doc.text, span, 200) for span in own)
        name = gold.actors[gi]["name"] if gi is not None else actor[1]
        held = "held" if actor in holders else "silent" if actor in by_key else "noactor"
        out.append((cause, f"{cause:10} {told:6} {held:6} {where} {name} {pol} {pkey} <= "
                           f"{other[1]} {seen}:: {_clip(doc.text, sentence, 220)}"))
    return out


def _clip(text: str, span: tuple[int, int], n: int) -> str:
    return " ".join(text[span[0]:span[1]].split())[:n]


def _adjacent(a: tuple[int, int], b: tuple[int, int], text: str, most: int) -> bool:
    """Whether two mentions stand next to each other in a list (only list words between)."""
    if a[0] < b[1] and b[0] < a[1]:
        return False
    gap = text[a[1]:b[0]] if a[1] <= b[0] else text[b[1]:a[0]]
    return len(gap) <= most and bool(LIST_GAP.match(gap.strip()))


def _listed(marks, theirs, sentence, text) -> bool:
    """Whether A is the sibling's list-mate in the sibling's evidence sentence."""
    inside = [m for m in marks if sentence[0] <= m[0] < sentence[1]]
    return any(_adjacent(m, t, text, 120) for m in inside for t in theirs
               if sentence[0] <= t[0] < sentence[1])


def _own_list(marks, spans, doc, keys, actor, triple, system) -> str | None:
    """``listread`` where A stands in a list (in its own sentence) another member of which has
    the stance told in that sentence, ``listunread`` where no member has it there."""
    found = None
    for mark in marks:
        sentence = _sentence_of(spans, mark[0])
        for other in doc.actors:
            if keys.key(other.id) == actor:
                continue
            for m in other.mentions:
                if not sentence[0] <= m.start < sentence[1] or not _adjacent(
                        mark, (m.start, m.end), doc.text, 80):
                    continue
                if any(k == triple[0] and p == triple[1] and st.actor == other.id
                       and sentence[0] <= st.evidence.start < sentence[1]
                       for (_, k, p), st in system.items()):
                    return "listread"
                found = "listunread"
    return found


def _unmapped(hits, doc) -> str:
    if not hits:
        return "unwritten"
    for actor in doc.actors:
        for m in actor.mentions:
            if any(m.start < e and s < m.end for s, e in hits):
                return f"unnamed [{actor.name} / {m.text}]"
    return "undetected"


def _placed(marks, sentence, gold, gi, other) -> str:
    if any(sentence[0] <= s < sentence[1] for s, _ in marks):
        return "sentence"
    return "member" if _member(gold, gi, other) else "elsewhere"


def _member(gold, gi, other) -> bool:
    if gi is None or other[0] != "g":
        return False
    mine = gold.actors[gi]
    theirs = next((a for a in gold.actors if normalize(a["name"]) == other[1]), None)
    if theirs is None:
        return False
    country = (mine.get("country") or "").upper()
    return bool(country) and theirs.get("type") == "country" and (
        country == (theirs.get("country") or "").upper())


def main(argv: list[str] | None = None) -> None:
    args = fold_args(__doc__, "print each miss, not only counts", argv)
    engine_box: list = []
    total: Counter = Counter()
    sets: dict[str, set[str]] = {}
    for fold in args.folds:
        counts: Counter = Counter()
        for path in fold_files(fold):
            for cause, line in census(path, analysed(fold, path, engine_box, args.cache)):
                counts[cause] += 1
                sets.setdefault(cause, set()).add(fold)
                if args.lines:
                    print(line)
        total.update(counts)
        print(fold, " ".join(f"{c}={counts[c]}" for c in CAUSES))
    print("all", " ".join(f"{c}={total[c]}" for c in CAUSES))
    print("sets", " ".join(f"{c}={len(sets.get(c, ()))}" for c in CAUSES))


if __name__ == "__main__":
    main()
