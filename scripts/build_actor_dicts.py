"""Compile the parts of the PETRARCH2 (Phoenix) dictionaries stancemap uses into package data.

    python scripts/build_actor_dicts.py [../shared/data/petrarch2]

Writes ``stancemap/data/actors/``:

* ``agents.tsv``: agent nouns (singular and plural) -> CAMEO sector code ("border guards" ->
  MIL, "union leader" -> LAB), from ``Phoenix.agents.txt``;
* ``people.tsv``: people with their name variants and coded roles with date ranges
  (``USAGOV 930120-010120``), from the Phoenix country, international and non-state actor
  dictionaries; only entries whose canonical name has at least two words;
* ``discards.tsv``: phrases that name no actor (sports events, awards), from
  ``Phoenix.discards.txt``;
* ``PETRARCH2-LICENSE``: the dictionaries' MIT licence.

The dictionaries are MIT-licensed (Open Event Data Alliance); see the licence file.
"""

from __future__ import annotations

import re
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "stancemap" / "data" / "actors"
ACTOR_FILES = ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt",
               "Phoenix.MilNonState.actors.txt")
CODE = re.compile(r"\[([A-Z~]+)\s*([<>]?\d{6,8})?-?(\d{6,8})?\s*\]")
SUBST = re.compile(r"^(![A-Z]+!)\s*=\s*(.+)$")
MIN_NAME_WORDS = 2
# Words that make a dictionary entry (or an alias) a body, not a person ("Clinton
# Administration", "Israel Defense Forces"): such entries stay out of people.tsv.
BODY_WORDS = {"administration", "government", "regime", "cabinet", "forces", "force", "army",
              "party", "ministry", "office", "council", "committee", "movement", "front",
              "brigade", "brigades", "organization", "organisation", "group", "union", "league",
              "navy", "police", "guard", "guards", "court", "assembly", "parliament",
              "family", "dynasty", "junta", "militia", "command", "corps", "agency", "bank",
              "company", "association", "federation", "alliance", "coalition", "congress",
              "republic", "kingdom", "state", "states", "people", "nation", "tribe", "clan",
              "press", "news", "media", "times", "post", "research", "institute", "university",
              "foundation", "center", "centre", "network", "journal", "radio", "television"}
# Agent codes the output vocabulary keeps (the first three letters of a code are its sector).
SECTORS = {"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "REB", "OPP", "PTY", "BUS", "MED", "LAB",
           "EDU", "HLH", "REL", "NGO", "IGO", "CVL", "AGR", "ENV", "REF", "CRM", "UAF", "ELI",
           "MOD", "RAD", "INS", "SEP", "DEV", "HRI"}


def _words(phrase: str) -> str:
    return " ".join(phrase.replace("_", " ").lower().split())


def _plural(word: str) -> str:
    if word.endswith("y") and not word.endswith(("ay", "ey", "oy", "uy")):
        return word[:-1] + "ies"
    if word.endswith(("ss", "sh", "ch", "x")):
        return word + "es"
    if word.endswith("man"):
        return word[:-3] + "men"
    return word + "s"


def _agent_rows(text: str) -> dict[str, str]:
    subst: dict[str, list[str]] = {}
    rows: dict[str, str] = {}
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        m = SUBST.match(line)
        if m:
            subst[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        code = re.search(r"\[~?([A-Z]+)~?[\]}]", line)
        if not code:
            continue
        sector = code.group(1)[:3]
        if sector not in SECTORS:
            continue
        body = line[:code.start()].strip()
        plural = re.search(r"\{([^}]*)\}", body)
        body = re.sub(r"\{[^}]*\}", "", body).strip()
        forms = [body]
        for marker, fills in subst.items():
            if marker in body:
                forms = [body.replace(marker, f) for f in fills]
        for form in forms:
            phrase = _words(form)
            if not phrase or "!" in phrase:
                continue
            rows.setdefault(phrase, sector)
            if plural is None and marker_free(form, subst):
                *head, last = phrase.split()
                rows.setdefault(" ".join(head + [_plural(last)]), sector)
            elif plural is not None and plural.group(1).strip():
                rows.setdefault(_words(plural.group(1)), sector)
    return rows


def marker_free(form: str, subst: dict[str, list[str]]) -> bool:
    return not any(m in form for m in subst)


def _people(text: str) -> list[tuple[str, list[str], list[str]]]:
    """(canonical, aliases, codes) for entries whose codes sit on their own lines."""
    out = []
    name: str | None = None
    aliases: list[str] = []
    codes: list[str] = []

    def flush() -> None:
        if name and codes and len(name.split()) >= MIN_NAME_WORDS and not _body(name):
            out.append((name, [a for a in aliases if not _body(a)], codes[:]))

    for raw in text.splitlines():
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if raw[:1] in (" ", "\t") and CODE.search(line):
            for m in CODE.finditer(line):
                start = (m.group(2) or "").lstrip("<>")
                codes.append(f"{m.group(1).lstrip('~')} {start}-{m.group(3) or ''}".strip())
            continue
        if line.startswith("+"):
            if name is not None:
                aliases.append(_title(line[1:]))
            continue
        flush()
        name, aliases, codes = None, [], []
        if CODE.search(line):  # a country or organisation with its code on the line
            continue
        name = _title(line)
    flush()
    return out


def _body(name: str) -> bool:
    return bool(set(name.lower().replace("-", " ").split()) & BODY_WORDS)


def _title(phrase: str) -> str:
    words = phrase.replace("_", " ").split()
    return " ".join(w if any(c.isdigit() for c in w) else w.capitalize() for w in words)


def main(src: Path) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    agents = _agent_rows((src / "Phoenix.agents.txt").read_text(encoding="latin-1"))
    with open(OUT / "agents.tsv", "w", encoding="utf-8") as f:
        f.write("# Agent nouns -> sector (CAMEO agent codes), compiled from PETRARCH2 "
                "Phoenix.agents.txt (MIT) by scripts/build_actor_dicts.py\n")
        for phrase in sorted(agents):
            f.write(f"{phrase}\t{agents[phrase]}\n")
    seen: set[str] = set()
    with open(OUT / "people.tsv", "w", encoding="utf-8") as f:
        f.write("# name<TAB>aliases (|)<TAB>codes (|, CODE start-end yymmdd) compiled from "
                "PETRARCH2 Phoenix actor dictionaries (MIT) by scripts/build_actor_dicts.py\n")
        for file in ACTOR_FILES:
            for name, aliases, codes in _people((src / file).read_text(encoding="latin-1")):
                if name in seen:
                    continue
                seen.add(name)
                f.write(f"{name}\t{'|'.join(dict.fromkeys(aliases))}\t{'|'.join(codes)}\n")
    discards = []
    for raw in (src / "Phoenix.discards.txt").read_text(encoding="latin-1").splitlines():
        line = raw.split("#", 1)[0].strip().lstrip("+").strip()
        if line and not line.isdigit() and not line.startswith("<"):
            discards.append(" ".join(line.split()))
    with open(OUT / "discards.tsv", "w", encoding="utf-8") as f:
        f.write("# Phrases that name no actor, from PETRARCH2 Phoenix.discards.txt (MIT)\n")
        f.write("\n".join(sorted(set(discards), key=str.lower)) + "\n")
    shutil.copy(src / "LICENSE", OUT / "PETRARCH2-LICENSE")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data" / "petrarch2")
