#!/usr/bin/env python3
"""An annotator's check of a folder of ``stancemap-gold/1`` files, stricter than the test
suite's ``test_own_gold_is_consistent``: run it on a set while writing it.

    python3 scripts/check_gold.py tests/gold/dev28

Exits non-zero when any file fails. It checks that the JSON parses and has exactly the
top-level and per-record keys of ``../shared/gold``, in order; that ``format``, ``id``,
``text_file`` and a ``YYYY-MM-DD`` date are right; that every alias, quote content, cue and
proposition mention occurs verbatim in the ``.txt``, each cue within 250 characters of its
content; that direct quotes sit between quotation marks (or open a Q&A answer after a speaker
label), indirect ones have none and mixed ones some; that every speaker, stance actor, event
source and target is a listed actor and every stance's proposition a listed key; that types,
ISO3 countries, polarities and PLOVER types are valid; and that no alias is a pronoun, no
actor, key or (actor, proposition) stance is repeated and no event targets its own source.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

TOP = ["format", "id", "text_file", "date", "actors", "quotes", "propositions", "stances", "events"]
RECORDS = {
    "actors": ["name", "type", "country", "role", "aliases"],
    "quotes": ["speaker", "cue", "content", "kind"],
    "propositions": ["key", "label", "mentions"],
    "stances": ["actor", "proposition", "polarity"],
    "events": ["source", "type", "target"],
}
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
ACTOR_TYPES = ("person", "country", "organization", "group")
KINDS = ("direct", "indirect", "mixed")
POLARITIES = ("support", "oppose", "neutral", "conditional")
PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "we", "i",
            "you"}
QUOTE_MARKS = '"\u201c\u201d'
CUE_REACH = 250  # characters between a cue and its content
WORDS = (350, 650)  # an article's length, in words
QA_LABEL = re.compile(r"(^|\n)[A-Z][A-Za-z .'-]*: $")  # "Q: ", "Minister Ruiz: "


def check(path: Path) -> list[str]:
    """The errors of one gold file, each a line."""
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        return [f"JSON does not parse: {e}"]
    if list(gold) != TOP:
        return [f"top-level keys {list(gold)}"]
    name = path.name[: -len(".gold.json")]
    errs = _header(gold, name)
    text_path = path.with_name(name + ".txt")
    if not text_path.exists():
        return errs + ["missing .txt"]
    text = text_path.read_text(encoding="utf-8")
    if not WORDS[0] <= len(text.split()) <= WORDS[1]:
        errs.append(f"word count {len(text.split())}")
    for layer, keys in RECORDS.items():
        errs += [f"{layer} record keys {list(r)}" for r in gold[layer] if list(r) != keys]
    names = [a["name"] for a in gold["actors"]]
    keys = [p["key"] for p in gold["propositions"]]
    return (errs + _actors(gold, text, names) + _quotes(gold, text, names)
            + _propositions(gold, text, keys) + _stances(gold, names, keys)
            + _events(gold, names))


def _header(gold: dict, name: str) -> list[str]:
    errs = []
    if gold["format"] != "stancemap-gold/1":
        errs.append("format")
    if gold["id"] != name or gold["text_file"] != name + ".txt":
        errs.append("id or text_file")
    if not (isinstance(gold["date"], str) and re.fullmatch(r"\d{4}-\d\d-\d\d", gold["date"])):
        errs.append(f"date {gold['date']!r}")
    return errs


def _actors(gold: dict, text: str, names: list[str]) -> list[str]:
    errs = ["duplicate actor names"] if len(set(names)) != len(names) else []
    for a in gold["actors"]:
        if a["type"] not in ACTOR_TYPES:
            errs.append(f"type of {a['name']}")
        if a["country"] is not None and not re.fullmatch(r"[A-Z]{3}", a["country"]):
            errs.append(f"country of {a['name']}")
        errs += [f"alias not in text: {al!r} ({a['name']})" for al in a["aliases"]
                 if al not in text]
        errs += [f"pronoun alias {al!r}" for al in a["aliases"] if al.lower() in PRONOUNS]
    return errs


def _quotes(gold: dict, text: str, names: list[str]) -> list[str]:
    errs = []
    for q in gold["quotes"]:
        content = q["content"]
        if q["speaker"] not in names:
            errs.append(f"unknown speaker {q['speaker']!r}")
        if q["kind"] not in KINDS:
            errs.append(f"kind {q['kind']!r}")
        starts = [m.start() for m in re.finditer(re.escape(content), text)]
        if not starts:
            errs.append(f"content not in text: {content[:60]!r}")
            continue
        errs += _cue(q, text, starts)
        errs += _marks(q, text, starts)
    return errs


def _cue(q: dict, text: str, starts: list[int]) -> list[str]:
    if q["cue"] is None:
        return []
    cues = [m.start() for m in re.finditer(re.escape(q["cue"]), text)]
    if not cues:
        return [f"cue not in text: {q['cue']!r}"]
    reach = CUE_REACH + len(q["content"])
    if not any(abs(c - s) <= reach for c in cues for s in starts):
        return [f"cue {q['cue']!r} far from content {q['content'][:40]!r}"]
    return []


def _marks(q: dict, text: str, starts: list[int]) -> list[str]:
    content, marked = q["content"], any(ch in q["content"] for ch in QUOTE_MARKS)
    if q["kind"] == "direct":
        end = len(content)
        ok = any(s > 0 and text[s - 1] in QUOTE_MARKS and s + end < len(text)
                 and text[s + end] in QUOTE_MARKS for s in starts)
        if not (ok or any(QA_LABEL.search(text[max(0, s - 40):s]) for s in starts)):
            return [f"direct quote not delimited: {content[:50]!r}"]
    elif q["kind"] == "indirect" and marked:
        return [f"indirect quote with quotation marks: {content[:50]!r}"]
    elif q["kind"] == "mixed" and not marked:
        return [f"mixed quote without quotation marks: {content[:50]!r}"]
    return []


def _propositions(gold: dict, text: str, keys: list[str]) -> list[str]:
    errs = ["duplicate proposition keys"] if len(set(keys)) != len(keys) else []
    return errs + [f"mention not in text: {m!r}" for p in gold["propositions"]
                   for m in p["mentions"] if m not in text]


def _stances(gold: dict, names: list[str], keys: list[str]) -> list[str]:
    errs, seen = [], set()
    for s in gold["stances"]:
        if s["actor"] not in names:
            errs.append(f"unknown stance actor {s['actor']!r}")
        if s["proposition"] not in keys:
            errs.append(f"unknown proposition {s['proposition']!r}")
        if s["polarity"] not in POLARITIES:
            errs.append(f"polarity {s['polarity']!r}")
        pair = (s["actor"], s["proposition"])
        if pair in seen:
            errs.append(f"repeated stance {pair!r}")
        seen.add(pair)
    return errs


def _events(gold: dict, names: list[str]) -> list[str]:
    errs = []
    for e in gold["events"]:
        if e["type"] not in PLOVER:
            errs.append(f"event type {e['type']!r}")
        if e["source"] not in names:
            errs.append(f"unknown event source {e['source']!r}")
        if e["target"] is not None and e["target"] not in names:
            errs.append(f"unknown event target {e['target']!r}")
        if e["target"] == e["source"]:
            errs.append(f"event targets its own source {e['source']!r}")
    return errs


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python3 scripts/check_gold.py FOLDER", file=sys.stderr)
        return 2
    files = sorted(Path(argv[0]).glob("*.gold.json"))
    failing = 0
    for path in files:
        errs = check(path)
        print(f"{path.name:40s} {'FAIL' if errs else 'OK'}")
        print("".join(f"    {e}\n" for e in errs), end="")
        failing += bool(errs)
    print(f"{len(files)} files, {failing} failing")
    return 1 if failing or not files else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
