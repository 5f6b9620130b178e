"""Census of the propositions no stance reaches: why each ``unreached`` (and missed ``split``)
gold stance of ``scripts/stance_census.py`` was not reached, one line each.

Usage: .venv/bin/python scripts/reach_census.py [--cache DIR] [--lines] FOLD [FOLD ...]

A FOLD is ``tests`` or a readable dev folder, as for ``stance_census.py``; read only the lines
of folds whose errors may be read (the design folds of the stop). The proposition's gold label
and mentions are found in the text (case-insensitive, verbatim) and compared with the sentences
where the holder is named or speaks (its system actor's mentions, its statements' contents).
Kinds:

  a-general   in the holder's sentences the proposition is named only by a general noun
              phrase or pronoun ("the bill", "her ban", "Marsh's proposal", "it"; a determiner
              or a possessor and at most two more words): ``-read`` where some system stance's
              evidence covers it (joined elsewhere), ``-untold`` where none does
  b-phrase    a fuller phrase (a nominalisation, a verb phrase) names it in the holder's
              sentences: ``-merged`` where some system stance's evidence or proposition covers
              it (the stage put it in another proposition), ``-untold`` where none does
  c-quote     the holder names it only inside quotation marks
  d-elsewhere the holder's sentences name it in none of gold's words (the text names it
              elsewhere: the holder's stance is told by reference, or in other words)
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any

from proposition_splits import analysed, fold_args, fold_files, sentences
from stance_census import census

from stancemap.evaluate.gold import _GoldActors, _SystemKeys, load_gold

KINDS = ("unreached", "split")
#: what opens a general noun phrase: a determiner or an owner ("the bill", "her ban")
OPENERS = frozenset({"the", "this", "that", "these", "those", "its", "her", "his", "their",
                     "our", "my", "your"})
PRONOUNS = frozenset({"it", "this", "that", "them", "they"})
GENERAL_WORDS = 3  # the most words of a general noun phrase, its opener included
POSSESSIVE = re.compile(r"['\u2019]s$")
OPEN_QUOTES = ('"', "\u201c")
Span = tuple[int, int]


def general(phrase: str) -> bool:
    """Whether a phrase is a general noun phrase or a pronoun: "the bill", "Marsh's proposal"."""
    words = phrase.lower().split()
    if len(words) == 1:
        return words[0] in PRONOUNS
    return len(words) <= GENERAL_WORDS and (
        words[0] in OPENERS or bool(POSSESSIVE.search(words[0])))


def quoted(text: str, pos: int, sentence: Span) -> bool:
    """Whether position ``pos`` lies inside quotation marks opened in its sentence."""
    before = text[sentence[0]:pos]
    return before.count('"') % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def found(text: str, phrases: list[str]) -> list[tuple[int, int, str]]:
    """Each verbatim occurrence (case-insensitive) of each phrase: (start, end, phrase)."""
    low = text.lower()
    out = []
    for phrase in phrases:
        p = phrase.lower().strip()
        i = low.find(p) if p else -1
        while i >= 0:
            out.append((i, i + len(p), phrase))
            i = low.find(p, i + 1)
    return out


def why(text: str, held: list[Span], phrases: list[str], covered: list[Span]) -> str:
    """The kind of one unreached proposition for one holder: ``held`` the holder's sentences,
    ``phrases`` the proposition's gold label and mentions, ``covered`` the stretches some
    system stance's evidence or proposition mentions cover."""
    sents = sentences(text)
    own = [o for o in found(text, phrases) if any(s <= o[0] < e for s, e in held)]
    if not own:
        return "d-elsewhere"
    gen = [o for o in own if general(o[2])]
    full = [o for o in own if not general(o[2])]

    def told(o: tuple[int, int, str]) -> bool:
        return any(a < o[1] and o[0] < b for a, b in covered)

    if not full:
        return "a-general-read" if any(told(o) for o in gen) else "a-general-untold"
    if all(quoted(text, o[0], next((s for s in sents if s[0] <= o[0] < s[1]), (o[0], o[0])))
           for o in full) and not gen:
        return "c-quote"
    return "b-phrase-merged" if any(told(o) for o in full) else "b-phrase-untold"


def _held(doc: Any, actor_ids: set[str]) -> list[Span]:
    """The sentences where the holder is named or speaks."""
    sents = sentences(doc.text)
    out = {s for a in doc.actors if a.id in actor_ids for m in a.mentions
           for s in sents if s[0] <= m.start < s[1]}
    out |= {s for st in doc.statements if st.speaker in actor_ids and st.content
            for s in sents if s[0] < st.content.end and st.content.start < s[1]}
    return sorted(out)


def _covered(doc: Any) -> list[Span]:
    props = {p.id: p for p in doc.propositions}
    out = [(st.evidence.start, st.evidence.end) for st in doc.stances if st.evidence]
    out += [(m.start, m.end) for st in doc.stances if st.proposition in props
            for m in props[st.proposition].mentions]
    return out


def reach(path: Path, doc: Any) -> list[tuple[str, str, str]]:
    """(census kind, reach kind, line) for each unreached or missed-split gold stance."""
    gold = load_gold(path)
    index = _GoldActors(gold.actors)
    keys = _SystemKeys(index, doc)
    props = {str(p["key"]): p for p in gold.propositions}
    covered = _covered(doc)
    out = []
    for side, kind, line in census(path, doc):
        if side != "missed" or kind not in KINDS:
            continue
        for s in gold.stances:
            prop = props[str(s["proposition"])]
            if f" {s['actor']} {str(s['polarity']).lower()} {prop['label']!r}" not in line:
                continue
            ref = index.ref(s["actor"])
            ids = {a for a, g in keys.mapped.items() if index.key_of(g) == ref}
            phrases = [prop["label"], *(prop.get("mentions") or [])]
            out.append((kind, why(doc.text, _held(doc, ids), phrases, covered), line))
            break
    return out


def main(argv: list[str] | None = None) -> None:
    args = fold_args(__doc__, "print each unreached stance with its kind", argv)
    engine_box: list = []
    total: Counter = Counter()
    for fold in args.folds:
        for path in fold_files(fold):
            for kind, reason, line in reach(path, analysed(fold, path, engine_box, args.cache)):
                total[kind, reason] += 1
                if args.lines:
                    print(f"{kind:9} {reason:16} {line}")
    for (kind, reason), n in sorted(total.items()):
        print(kind, reason, n)


if __name__ == "__main__":
    main()
