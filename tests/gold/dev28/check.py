#!/usr/bin/env python3
"""Checks the dev28 gold files: python3 check.py [DIR] (default: this folder)."""

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
PRON = {"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "we", "i", "you"}
QM = '"\u201c\u201d'


def check(path):
    errs = []
    base = path[: -len(".gold.json")]
    name = os.path.basename(base)
    try:
        d = json.load(open(path, encoding="utf-8"))
    except Exception as e:
        return [f"{name}: JSON does not parse: {e}"]
    if list(d) != TOP:
        errs.append(f"top-level keys {list(d)}")
    if (
        d.get("format") != "stancemap-gold/1"
        or d.get("id") != name
        or d.get("text_file") != name + ".txt"
    ):
        errs.append("format/id/text_file wrong")
    if not re.fullmatch(r"2026-\d\d-\d\d", str(d.get("date"))):
        errs.append("date not 2026: {!r}".format(d.get("date")))
    try:
        text = open(base + ".txt", encoding="utf-8").read()
    except OSError:
        return errs + ["missing .txt"]
    nw = len(text.split())
    if not 350 <= nw <= 650:
        errs.append(f"word count {nw}")
    for layer, keys in REC.items():
        for r in d.get(layer, []):
            if list(r) != keys:
                errs.append(f"{layer} record keys {list(r)}")
    names = [a["name"] for a in d["actors"]]
    if len(set(names)) != len(names):
        errs.append("duplicate actor names")
    for a in d["actors"]:
        if a["type"] not in ("person", "country", "organization", "group"):
            errs.append("bad type {}".format(a["name"]))
        if a["country"] is not None and not re.fullmatch(r"[A-Z]{3}", a["country"]):
            errs.append("bad country {}".format(a["name"]))
        for al in a["aliases"]:
            if al not in text:
                errs.append("alias not in text: {!r} ({})".format(al, a["name"]))
            if al.lower() in PRON:
                errs.append(f"pronoun alias {al!r}")
    keys = [p["key"] for p in d["propositions"]]
    if len(set(keys)) != len(keys):
        errs.append("duplicate proposition keys")
    for p in d["propositions"]:
        for m in p["mentions"]:
            if m not in text:
                errs.append(f"mention not in text: {m!r}")
    for q in d["quotes"]:
        if q["speaker"] not in names:
            errs.append("unknown speaker {!r}".format(q["speaker"]))
        c = q["content"]
        if c not in text:
            errs.append(f"content not in text: {c[:60]!r}")
            continue
        if q["kind"] not in ("direct", "indirect", "mixed"):
            errs.append("bad kind {!r}".format(q["kind"]))
        has_q = any(ch in c for ch in QM)
        if q["kind"] == "indirect" and has_q:
            errs.append(f"indirect quote has quotation marks: {c[:60]!r}")
        if q["kind"] == "mixed" and not has_q:
            errs.append(f"mixed quote lacks quotation marks: {c[:60]!r}")
        if q["kind"] == "direct":
            ok = False
            for m in re.finditer(re.escape(c), text):
                s, e = m.start(), m.end()
                if s > 0 and text[s - 1] in QM and e < len(text) and text[e] in QM:
                    ok = True
            if not ok:
                errs.append(f"direct quote not between quotation marks: {c[:60]!r}")
        if q["cue"] is not None:
            if q["cue"] not in text:
                errs.append("cue not in text: {!r}".format(q["cue"]))
            else:
                near = False
                for m in re.finditer(re.escape(c), text):
                    for k in re.finditer(re.escape(q["cue"]), text):
                        gap = max(k.start() - m.end(), m.start() - k.end(), 0)
                        if gap <= 250:
                            near = True
                if not near:
                    cue = q["cue"]
                    errs.append(f"cue {cue!r} not within 250 chars of content {c[:40]!r}")
    seen = set()
    for s in d["stances"]:
        if s["actor"] not in names:
            errs.append("unknown stance actor {!r}".format(s["actor"]))
        if s["proposition"] not in keys:
            errs.append("unknown proposition {!r}".format(s["proposition"]))
        if s["polarity"] not in ("support", "oppose", "neutral", "conditional"):
            errs.append("bad polarity {!r}".format(s["polarity"]))
        k = (s["actor"], s["proposition"])
        if k in seen:
            errs.append(f"repeated stance {k!r}")
        seen.add(k)
    for e in d["events"]:
        if e["type"] not in PLOVER:
            errs.append("bad event type {!r}".format(e["type"]))
        if e["source"] not in names:
            errs.append("unknown event source {!r}".format(e["source"]))
        if e["target"] is not None and e["target"] not in names:
            errs.append("unknown event target {!r}".format(e["target"]))
        if e["target"] == e["source"]:
            errs.append("event targets its own source {!r}".format(e["source"]))
    return [f"{name}: {x}" for x in errs]


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    files = sorted(f for f in os.listdir(folder) if f.endswith(".gold.json"))
    allerr = []
    for f in files:
        allerr += check(os.path.join(folder, f))
    for x in allerr:
        print(x)
    print(f"{len(files)} files, {len(allerr)} errors")
    sys.exit(1 if allerr or not files else 0)


if __name__ == "__main__":
    main()
