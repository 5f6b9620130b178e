#!/usr/bin/env python3
"""Check the dev27 gold files. Usage: python3 check.py [DIR]; exits non-zero on any error."""

import json
import os
import re
import sys

TOP = ["format", "id", "text_file", "date", "actors", "quotes", "propositions", "stances", "events"]
REC = {
    "actors": ["name", "type", "country", "role", "aliases"],
    "quotes": ["speaker", "cue", "content", "kind"],
    "propositions": ["key", "label", "mentions"],
    "stances": ["actor", "proposition", "polarity"],
    "events": ["source", "type", "target"],
}
PLOVER = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}
PRONOUNS = {
    "he",
    "she",
    "it",
    "they",
    "him",
    "her",
    "them",
    "his",
    "its",
    "their",
    "we",
    "i",
    "you",
}
QM = '"\u201c\u201d'


def check(path):
    errs = []
    base = os.path.basename(path)[: -len(".gold.json")]
    try:
        d = json.load(open(path, encoding="utf-8"))
    except Exception as e:
        return [f"JSON does not parse: {e}"]
    if list(d.keys()) != TOP:
        errs.append(f"top-level keys {list(d.keys())}")
        return errs
    if d["format"] != "stancemap-gold/1":
        errs.append("format")
    if d["id"] != base:
        errs.append("id")
    if d["text_file"] != base + ".txt":
        errs.append("text_file")
    if not (isinstance(d["date"], str) and re.fullmatch(r"2026-\d\d-\d\d", d["date"])):
        errs.append("date")
    tp = os.path.join(os.path.dirname(path), d["text_file"])
    if not os.path.exists(tp):
        return errs + ["missing text"]
    text = open(tp, encoding="utf-8").read()
    n = len(text.split())
    if not 350 <= n <= 650:
        errs.append(f"word count {n}")
    for k, fields in REC.items():
        for r in d[k]:
            if list(r.keys()) != fields:
                errs.append(f"{k} record keys {list(r.keys())}")
    names = [a["name"] for a in d["actors"]]
    if len(set(names)) != len(names):
        errs.append("duplicate actor names")
    for a in d["actors"]:
        if a["type"] not in ("person", "country", "organization", "group"):
            errs.append("type " + a["name"])
        if a["country"] is not None and not re.fullmatch(r"[A-Z]{3}", a["country"]):
            errs.append("iso " + a["name"])
        for al in a["aliases"]:
            if al not in text:
                errs.append("alias not in text: {!r} ({})".format(al, a["name"]))
            if al.lower() in PRONOUNS:
                errs.append(f"pronoun alias {al!r}")
    for q in d["quotes"]:
        if q["speaker"] not in names:
            errs.append("unknown speaker {!r}".format(q["speaker"]))
        c = q["content"]
        if q["kind"] not in ("direct", "indirect", "mixed"):
            errs.append("kind {!r}".format(q["kind"]))
        pos = [m.start() for m in re.finditer(re.escape(c), text)]
        if not pos:
            errs.append(f"content not in text: {c[:60]!r}")
            continue
        if q["cue"] is not None:
            cpos = [m.start() for m in re.finditer(re.escape(q["cue"]), text)]
            if not cpos:
                errs.append("cue not in text: {!r}".format(q["cue"]))
            elif not any(abs(cp - p) <= 250 + len(c) for cp in cpos for p in pos):
                errs.append("cue {!r} far from content {!r}".format(q["cue"], c[:40]))
        if q["kind"] == "direct":
            ok = any(
                p > 0 and text[p - 1] in QM and p + len(c) < len(text) and text[p + len(c)] in QM
                for p in pos
            )
            ok = ok or any(
                re.search(r"(^|\n)[A-Z][A-Za-z .'-]*: $", text[max(0, p - 40) : p]) for p in pos
            )
            if not ok:
                errs.append(f"direct quote not delimited: {c[:50]!r}")
        elif q["kind"] == "indirect":
            if any(ch in c for ch in QM):
                errs.append(f"indirect quote with quotation marks: {c[:50]!r}")
        else:
            if not any(ch in c for ch in QM):
                errs.append(f"mixed quote without quotation marks: {c[:50]!r}")
    keys = [p["key"] for p in d["propositions"]]
    if len(set(keys)) != len(keys):
        errs.append("duplicate proposition keys")
    for p in d["propositions"]:
        for m in p["mentions"]:
            if m not in text:
                errs.append(f"mention not in text: {m!r}")
    seen = set()
    for s in d["stances"]:
        if s["actor"] not in names:
            errs.append("unknown stance actor {!r}".format(s["actor"]))
        if s["proposition"] not in keys:
            errs.append("unknown proposition {!r}".format(s["proposition"]))
        if s["polarity"] not in ("support", "oppose", "neutral", "conditional"):
            errs.append("polarity")
        if (s["actor"], s["proposition"]) in seen:
            errs.append("repeated stance {}".format(str((s["actor"], s["proposition"]))))
        seen.add((s["actor"], s["proposition"]))
    for e in d["events"]:
        if e["type"] not in PLOVER:
            errs.append("event type {!r}".format(e["type"]))
        if e["source"] not in names:
            errs.append("unknown event source {!r}".format(e["source"]))
        if e["target"] is not None and e["target"] not in names:
            errs.append("unknown event target {!r}".format(e["target"]))
        if e["target"] == e["source"]:
            errs.append("event targets its source")
    return errs


def main():
    d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    files = sorted(f for f in os.listdir(d) if f.endswith(".gold.json"))
    bad = 0
    for f in files:
        errs = check(os.path.join(d, f))
        print(f"{f:40s} {'OK' if not errs else 'FAIL'}")
        for e in errs:
            print("   ", e)
        bad += bool(errs)
    print(f"{len(files)} files, {bad} failing")
    sys.exit(1 if bad or not files else 0)


if __name__ == "__main__":
    main()
