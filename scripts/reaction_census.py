"""Census of reaction and refusal forms among the stances ``stance_census.py`` lists as missed.

Usage: python scripts/reaction_census.py CENSUS_LINES [--show]

CENSUS_LINES is the output of ``stance_census.py --lines FOLD ...``. For each missed gold stance
the holder's sentences in the document text (a sentence naming the holder or one of its aliases)
are searched for a reaction verb (praise, welcome, condemn, reject ...) or a refusal (refuse,
decline, turn down) and the verb's object is given a form: ``act`` (a noun of an act, decision,
vote or text), ``anaphor`` (it, this, the move), ``person`` (a gold person actor), ``request``
(a request, call or demand), ``other``. A text-level heuristic: a count, not a parse. Never run it
on lines from the blind sets or a held-out fold.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REACTION = {
    "support": "welcom hail prais applaud commend laud salut endors greet cheer",
    "oppose": "condemn denounc critici[sz] slam blast decri decry deplor lament regret "
              "reject dismiss rebuff refus declin protest assail castigat rebuk censur "
              "disapprov attack rap",
}
PARTICLE = r"(?:turn(?:s|ed|ing)? down)"
VERB = re.compile(r"\b(?:" + "|".join(
    f"(?:{stem})[a-z]*" for words in REACTION.values() for stem in words.split())
    + "|" + PARTICLE + r")\b(?P<obj>(?:\s+\S+){1,6})", re.I)
REQUEST = re.compile(r"^\s*(?:the |a |an |its |their |his |her |\S+'s? )*(?:\w+ )?"
                     r"(?:request|call|demand|appeal|plea|invitation|ultimatum|offer|bid)s?\b",
                     re.I)
ANAPHOR = re.compile(r"^\s*(?:it|this|that|them|these|those|the move|the step)\b", re.I)
ACT = re.compile(r"\b(?:decision|vote|ruling|verdict|agreement|deal|accord|law|bill|plan|"
                 r"proposal|move|measure|ban|order|decree|resolution|result|outcome|"
                 r"release|appointment|nomination|step|reform|treaty|sanctions?|policy|"
                 r"amendment|motion|report|announcement|approval|passage|suspension|"
                 r"expulsion|withdrawal|closure|cut|changes?|court's|judgment)\b", re.I)
INFINITIVE = re.compile(r"^\s*to\s+\w+", re.I)
REACH = 60  # characters before the verb in which the holder is named
SENT = re.compile(r"(?<=[.!?\"'])\s+(?=[A-Z\"'])")


def sentences(text: str) -> list[str]:
    return [s for p in text.split("\n") for s in SENT.split(p) if s.strip()]


def names_of(gold: dict) -> dict[str, tuple[list[str], str]]:
    out = {}
    for a in gold["actors"]:
        forms = [a["name"], *(a.get("aliases") or [])]
        out[a["name"]] = ([f for f in forms if len(f) > 2], a.get("type", ""))
    return out


def object_form(obj: str, persons: list[str]) -> str:
    if INFINITIVE.match(obj):
        rest = obj.split(None, 2)[2] if len(obj.split()) > 2 else ""
        return "refuse_to:" + object_form(rest, persons)
    if REQUEST.match(obj):
        return "request"
    if ANAPHOR.match(obj):
        return "anaphor"
    head = " ".join(obj.split()[:4])
    if any(p.lower() in head.lower() for p in persons):
        return "person"
    if ACT.search(head):
        return "act"
    return "other"


def holder_forms(text: str, forms: list[str], persons: list[str]) -> list[tuple[str, str]]:
    hits = []
    for sent in sentences(text):
        for m in VERB.finditer(sent):
            before = sent[max(0, m.start() - REACH):m.start()]
            if any(re.search(r"\b" + re.escape(f) + r"\b", before, re.I) for f in forms):
                hits.append((object_form(m.group("obj"), persons), sent.strip()[:200]))
    return hits


LINE = re.compile(r"^missed (\S+)\s+(\S+)/(\S+) (.+?) (support|oppose|neutral|conditional) ")


def main(argv: list[str]) -> None:
    show = "--show" in argv
    path = Path(next(a for a in argv if not a.startswith("--")))
    counts: Counter = Counter()
    sets: dict = defaultdict(set)
    for line in path.read_text().splitlines():
        m = LINE.match(line)
        if not m:
            continue
        kind, fold, doc, holder, pol = m.groups()
        base = ROOT / "tests/gold" if fold == "gold" else ROOT / "tests/gold" / fold
        gold = json.loads((base / f"{doc}.gold.json").read_text())
        text = (base / gold["text_file"]).read_text()
        names = names_of(gold)
        if holder not in names:
            continue
        persons = [f for n, (fs, t) in names.items() if t == "person" and n != holder for f in fs]
        hits = holder_forms(text, names[holder][0], persons)
        for form, sent in hits[:1]:
            counts[form, pol] += 1
            sets[form].add(fold)
            if show:
                print(f"{kind:9} {form:16} {pol:7} {fold}/{doc} {holder} :: {sent}")
    for (form, pol), n in counts.most_common():
        print(f"{n:5} {form:20} {pol:8} sets={len(sets[form])}")


if __name__ == "__main__":
    main(sys.argv[1:])
