#!/usr/bin/env python3
"""Compile PETRARCH2's CAMEO verb dictionary into the event coder's verb table.

Reads ``CAMEO.2.0.txt`` (PETRARCH2, MIT licence; format in its ``dictionaries.rst``) and the
official CAMEO -> PLOVER table ``CAMEO2PLOVER-2021.txt`` (PLOVER manual, CC BY-SA 4.0), and
writes ``stancemap/events/data/cameo_verbs.tsv``: one row per key the event coder can look a
verb up by, in the key syntax of ``stancemap/data/event_verbs.tsv``:

- ``lemma``                 a verb of a synonym block, with its own ``[code]`` or its block's;
- ``call off``              a multi-word verb (``+CALL_OFF``) or a pattern ``* (PREP)``/``* OFF``;
- ``lemma [noun]``          a pattern ``* NOUN`` or ``* {ADJ NOUN}`` (the head noun);
- ``lemma [@&set]``         a pattern ``* &SET``: an object in the synonym set (the words of
                            each set go to ``cameo_synsets.tsv``, by head-noun lemma);
- ``lemma prep [noun]``     a pattern ``* (PREP NOUN)`` or ``* PARTICLE NOUN``;
- ``[noun] lemma``          a pattern of a subject word alone, ``NOUN *`` (not ``&SET *``).

A pattern ``* NOUN (PREP NOUN2)`` gives the key of its first noun; the simpler pattern of the
same key wins, else the first in the file. Each row carries the CAMEO code, the PLOVER type
and mode of that code by the official table (its 4-digit code, else its 3-digit, else its
2-digit root), stancemap's mode and the CAMEO block. A code the table does not map (01x
public statements, 02x appeals) or the null code ``---`` gives type NONE: a row that stops a
shorter key ("set out [views]" is a statement, not the bare verb's event).

stancemap's mode is the PLOVER mode where ``event_types.tsv`` lists it for the type; for a
REQUEST of the CAMEO Demand block (10x) it is "demand" unless the table's mode is already a
demand mode of stancemap's (yield): stancemap's REQUEST mode tells a demand from an appeal.

Left out: patterns with words both before and after the verb (``&AIRCRAFT * RAID``), with a
synonym set as subject (``&MILITARY *``: its words name things and people alike), with the
source/target markers ``$``, ``^`` or ``%``, and multi-word verbs whose verb word is not the
first (``WIRE_+TAP``); transformations (``~``).

Usage: python scripts/compile_cameo_dictionary.py [CAMEO.2.0.txt] [CAMEO2PLOVER.txt] [OUT.tsv]
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data"
DEFAULT_IN = SHARED / "petrarch2" / "CAMEO.2.0.txt"
DEFAULT_PLOVER = SHARED / "plover" / "CAMEO2PLOVER-2021.txt"
DEFAULT_OUT = ROOT / "stancemap" / "events" / "data" / "cameo_verbs.tsv"
SYNSETS_NAME = "cameo_synsets.tsv"  # written beside the verb table
TYPES = ROOT / "stancemap" / "data" / "event_types.tsv"

#: words after the verb that are particles, not objects ("SET OUT VIEWS", "PUT FORWARD PLAN")
PARTICLES = {"UP", "OUT", "OFF", "DOWN", "BACK", "FORWARD", "AWAY", "ASIDE", "OVER", "IN",
             "ON", "THROUGH", "AROUND", "ALONG", "APART", "TOGETHER", "AHEAD"}
#: stancemap's REQUEST modes that make a demand (stancemap.evaluate.cameo.DEMAND_MODES)
DEMAND_MODES = {"demand", "order", "ultimatum", "yield"}

_HEADER = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
_CODE = re.compile(r"\[([^\]]*)\]\s*$")
_WORD = re.compile(r"^[A-Z][A-Z']*$")

HEADER = """\
# CAMEO verb dictionary for the event coder, compiled by scripts/compile_cameo_dictionary.py
# from PETRARCH2's CAMEO.2.0.txt (github.com/openeventdata/petrarch2, MIT licence: see
# LICENSE-PETRARCH2.txt) and the CAMEO2PLOVER-2021 table of the PLOVER manual (Schrodt,
# CC BY-SA 4.0): this derived table is CC BY-SA 4.0 too (README.md beside it). Do not edit by
# hand: stancemap/data/event_verbs.tsv comes first and holds what the dictionary lacks.
# Columns (tab-separated): key, cameo, type, mode, plover_mode, block.
# key:   event_verbs.tsv key syntax ("lemma", "lemma prep", "lemma [noun]", "lemma prep [noun]",
#        "[noun] lemma" for a subject; "[@&set]": a noun in a synonym set of cameo_synsets.tsv)
# cameo: the CAMEO code; type: its PLOVER type (NONE: no event, the key stops shorter keys);
# mode:  stancemap's mode ("-": none); plover_mode: the table's mode; block: the CAMEO block.
"""

SYNSET_HEADER = """\
# The synonym sets of PETRARCH2's CAMEO.2.0.txt (MIT licence: see LICENSE-PETRARCH2.txt), by
# head noun, compiled by scripts/compile_cameo_dictionary.py; do not edit by hand.
# Columns (tab-separated): noun (lemma of the phrase's last word), sets (comma-separated): a
# key "lemma [@&set]" of cameo_verbs.tsv matches an object whose lemma is in the set.
"""


@dataclass
class Block:
    name: str
    code: str | None
    verbs: list[tuple[str, str | None]] = field(default_factory=list)
    patterns: list[tuple[str, str]] = field(default_factory=list)


def _code(raw: str) -> str | None:
    """The first code of "042:043" / ":173"; None for the null code."""
    for part in raw.strip().split(":"):
        part = part.strip()
        if part.isdigit():
            return part
    return None


def _strip(line: str) -> str:
    return line.split("#", 1)[0].rstrip()


def parse_synsets(lines: list[str]) -> dict[str, list[str]]:
    """&LABEL -> its phrases (lower case, underscores to spaces)."""
    sets: dict[str, list[str]] = {}
    current: str | None = None
    for raw in lines:
        line = _strip(raw).strip()
        if "VERB PATTERNS" in raw:
            break
        if line.startswith("&"):
            current = line.split()[0].rstrip("_")
            sets[current] = []
        elif line.startswith("+") and current is not None:
            sets[current].append(line[1:].split()[0].replace("_", " ").strip().lower())
    return sets


def parse_blocks(lines: list[str]) -> list[Block]:
    """The verb blocks after "VERB PATTERNS": verbs with their own code, patterns."""
    blocks: list[Block] = []
    started = False
    for raw in lines:
        if "VERB PATTERNS" in raw:
            started = True
            continue
        line = _strip(raw)
        if not started or not line.strip() or line.startswith("~"):
            continue
        head = _HEADER.match(line)
        if head:
            blocks.append(Block(head.group(1), _code(head.group(2))))
        elif blocks and line.startswith("-"):
            code = _CODE.search(line)
            if code:
                blocks[-1].patterns.append((line[1:code.start()].strip(), code.group(1)))
        elif blocks:
            _add_verb(blocks[-1], line)
    return blocks


def _add_verb(block: Block, line: str) -> None:
    """A verb line: "ASK [020]", "+CALL_OFF {...} [160]" (not "WIRE_+TAP")."""
    word = line.split()[0]
    own = _CODE.search(line.split("}")[-1])
    code = own.group(1) if own else None
    if word.startswith("+"):
        word = word[1:]
    if "+" in word or not all(_WORD.match(w) for w in word.split("_") if w):
        return
    block.verbs.append((word.replace("_", " ").strip().lower(), code))


def noun_forms(word: str) -> list[str]:
    """The word and its regular singular ("sanctions" -> "sanction", "parties" -> "party")."""
    w = word.lower()
    if w.endswith("ies") and len(w) > 4:
        return [w[:-3] + "y", w]
    if w.endswith("sses"):
        return [w[:-2], w]
    if w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        return [w[:-1], w]
    return [w]


def _nouns(item: str, synsets: dict[str, list[str]]) -> list[str]:
    """The object keys a pattern noun stands for: a word and its singular, "{ADJ NOUN}" (its
    head), "&SET" (the class "@&set", whose words ``synset_words`` lists), "A/B" (either)."""
    item = item.strip("{}").split()[-1] if item.startswith("{") else item
    if item.startswith("&"):
        label = item.rstrip("_")
        return [f"@{label.lower()}"] if synsets.get(label) else []
    out: list[str] = []
    for word in item.split("/"):
        out.extend(noun_forms(word) if _WORD.match(word) else [])
    return out


def synset_words(synsets: dict[str, list[str]]) -> dict[str, set[str]]:
    """Head-noun lemma -> the synonym sets ("&weapon") it belongs to."""
    out: dict[str, set[str]] = {}
    for label, phrases in synsets.items():
        for phrase in phrases:
            if phrase:
                out.setdefault(noun_forms(phrase.split()[-1])[0], set()).add(label.lower())
    return out


_TOKEN = re.compile(r"\{[^}]*\}|\([^)]*\)|\S+")


def pattern_keys(verb: str, pattern: str, synsets: dict[str, list[str]]
                 ) -> tuple[list[str], bool]:
    """The keys of a post-verb pattern ("* NOUN", "* (PREP NOUN)", "* OUT NOUN") and whether
    the key says all the pattern says (a simple pattern wins over a longer one)."""
    if any(m in pattern for m in "$^%"):
        return [], False
    if not pattern.startswith("*"):
        return _subject_keys(verb, pattern, synsets), True
    parts = _TOKEN.findall(pattern[1:].strip())
    prt = ""
    if parts and parts[0] in PARTICLES:
        prt = parts.pop(0).lower() + " "
    if not parts:
        return ([f"{verb} {prt.strip()}"], True) if prt else ([], False)
    first = parts[0]
    simple = len(parts) == 1 and "{" not in first
    if first.startswith("("):
        inner = first.strip("()").split(None, 1)
        preps = inner[0].lower().split("/")
        if len(inner) == 1:
            return [f"{verb} {prt}{p}" for p in preps], simple
        nouns = _nouns(inner[1], synsets)
        return [f"{verb} {prt}{p} [{n}]" for p in preps for n in nouns], simple
    return [f"{verb} {prt}[{n}]" for n in _nouns(first, synsets)], simple


def _subject_keys(verb: str, pattern: str, synsets: dict[str, list[str]]) -> list[str]:
    """A pattern of a subject word alone ("POLICE *", "COURT *"): "[police] verb"; none with
    words after the verb too, nor for a synonym set (its words name things and people alike:
    "fighters" are aircraft in &AIRCRAFT)."""
    subject, _, after = pattern.partition("*")
    parts = subject.split()
    if after.strip() or len(parts) != 1 or parts[0].startswith("&"):
        return []
    return [f"[{n}] {verb}" for n in _nouns(parts[0], synsets)]


def parse_plover(lines: list[str]) -> dict[str, tuple[str, str]]:
    """CAMEO code -> (PLOVER type, PLOVER mode) from CAMEO2PLOVER ("031: AGREE, , diplomatic";
    "03: AGREE" for a root)."""
    table: dict[str, tuple[str, str]] = {}
    for raw in lines:
        line = _strip(raw).strip()
        code, sep, rest = line.partition(":")
        if not sep or not code.strip().isdigit():
            continue
        fields = [f.strip() for f in rest.split(",")]
        if fields[0]:
            table.setdefault(code.strip(), (fields[0], fields[1] if len(fields) > 1 else ""))
    return table


def plover_of(code: str | None, table: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The PLOVER (type, mode) of a CAMEO code: its own row, else its 3-digit, else its root."""
    if code is None:
        return None
    for n in (len(code), 3, 2):
        if code[:n] in table:
            return table[code[:n]]
    return None


def type_modes(path: Path = TYPES) -> dict[str, set[str]]:
    """type -> the modes event_types.tsv lists for it."""
    out: dict[str, set[str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("#") or not raw.strip():
            continue
        cols = raw.split("\t")
        modes = cols[7] if len(cols) > 7 else "-"
        out[cols[0]] = set() if modes == "-" else set(modes.split(","))
    return out


def stancemap_mode(code: str, etype: str, mode: str, modes: dict[str, set[str]]) -> str:
    """stancemap's mode for a PLOVER (type, mode): see the module docstring."""
    if etype == "REQUEST" and code.startswith("10") and mode not in DEMAND_MODES:
        return "demand"
    return mode if mode in modes.get(etype, set()) else "-"


@dataclass
class Compiled:
    """Rows by key, and whether each came from a simple pattern (or a verb)."""

    rows: dict[str, tuple[str, ...]] = field(default_factory=dict)
    simple: dict[str, bool] = field(default_factory=dict)

    def add(self, key: str, row: tuple[str, ...], simple: bool) -> None:
        if key in self.rows and (self.simple[key] or not simple):
            return
        self.rows[key] = row
        self.simple[key] = simple


def _row(code: str | None, block: str, table: dict[str, tuple[str, str]],
         modes: dict[str, set[str]]) -> tuple[str, ...]:
    mapped = plover_of(code, table)
    if code is None or mapped is None:
        return (code or "---", "NONE", "-", "-", block)
    etype, mode = mapped
    return (code, etype, stancemap_mode(code, etype, mode, modes), mode or "-", block)


def compile_dictionary(cameo: Path, plover: Path, types: Path = TYPES
                       ) -> tuple[dict[str, tuple], dict[str, set[str]]]:
    """(key -> (cameo code, type, mode, plover mode, block), noun -> its synonym sets)."""
    lines = cameo.read_text(encoding="latin-1").splitlines()
    synsets, blocks = parse_synsets(lines), parse_blocks(lines)
    table = parse_plover(plover.read_text(encoding="utf-8").splitlines())
    modes = type_modes(types)
    out = Compiled()
    for block in blocks:
        for verb, own in block.verbs:
            code = _code(own) if own is not None else block.code
            out.add(verb, _row(code, block.name, table, modes), True)
            for pattern, raw in block.patterns:
                keys, simple = pattern_keys(verb, pattern, synsets)
                for key in keys:
                    out.add(key, _row(_code(raw), block.name, table, modes), simple)
    return dict(sorted(out.rows.items())), synset_words(synsets)


def main(argv: list[str]) -> None:
    src = Path(argv[1]) if len(argv) > 1 else DEFAULT_IN
    plover = Path(argv[2]) if len(argv) > 2 else DEFAULT_PLOVER
    out = Path(argv[3]) if len(argv) > 3 else DEFAULT_OUT
    rows, words = compile_dictionary(src, plover)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        fh.write(HEADER)
        for key, row in rows.items():
            fh.write("\t".join((key, *row)) + "\n")
    with (out.parent / SYNSETS_NAME).open("w", encoding="utf-8") as fh:
        fh.write(SYNSET_HEADER)
        for word in sorted(words):
            fh.write(f"{word}\t{','.join(sorted(words[word]))}\n")
    events = sum(1 for r in rows.values() if r[1] != "NONE")
    print(f"{len(rows)} keys ({events} events) -> {out}")


if __name__ == "__main__":
    main(sys.argv)
