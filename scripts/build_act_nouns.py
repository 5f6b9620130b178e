"""Compile WordNet's nouns of acts into package data: the nouns that name an act a verb does.

    apt-get install wordnet-base && python scripts/build_act_nouns.py

Writes ``stancemap/data/act_nouns.txt``: the one-word noun lemmas with a sense in the
lexicographer file noun.act (WordNet 3.0) among their ``SENSES`` most frequent senses, that
sense derivationally related to a verb ("freeze", "election", "vote", "closure", "veto";
not "coffin", "army", "opinion", "date"). ``stancemap/stances/strays.py`` reads it; the
package needs no WordNet at run time.

WordNet 3.0 is (c) Princeton University, under the WordNet licence (free use, copying and
distribution with its copyright notice; wordnet.princeton.edu/license-and-commercial-use).
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "stancemap" / "data" / "act_nouns.txt"
WORDNET = Path("/usr/share/wordnet")
#: WordNet's lexicographer file number of noun.act
NOUN_ACT = 4
#: the most frequent senses of a noun searched for an act sense
SENSES = 4
#: WordNet's pointer symbol of a derivationally related form
DERIVED = "+"
#: WordNet 3.0's licence, which asks that its notice and disclaimer appear on every copy
LICENCE = """\
# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# Permission to use, copy, modify and distribute this software and database and its
# documentation for any purpose and without fee or royalty is hereby granted, provided that
# you agree to comply with the following copyright notice and statements, including the
# disclaimer, and that the same appear on ALL copies of the software, database and
# documentation, including modifications that you make for internal use or for distribution.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO
# REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION,
# PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANTABILITY OR FITNESS
# FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR
# DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER
# RIGHTS. The name of Princeton University or Princeton may not be used in advertising or
# publicity pertaining to distribution of the software and/or database. Title to copyright in
# this software, database and any associated documentation shall at all times remain with
# Princeton University and LICENSEE agrees to preserve same.
"""
HEADER = ("# Nouns of acts: one-word nouns with a noun.act sense (among their {senses} most\n"
          "# frequent) derivationally related to a verb. From WordNet 3.0 (c) Princeton\n"
          "# University, WordNet licence; made by scripts/build_act_nouns.py.\n" + LICENCE)


def synsets() -> dict[str, tuple[int, list[list[str]], list[str]]]:
    """Each noun synset by offset: its lexicographer file, its pointers and its words."""
    out = {}
    for line in (WORDNET / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split("|")[0].split()
        count = int(f[3], 16)
        at = 4 + 2 * count
        pointers = [f[at + 1 + 4 * k: at + 5 + 4 * k] for k in range(int(f[at]))]
        out[f[0]] = (int(f[1]), pointers, [f[4 + 2 * k].lower() for k in range(count)])
    return out


def senses() -> dict[str, list[str]]:
    """Each noun lemma's synset offsets, most frequent first."""
    out = {}
    for line in (WORDNET / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith(" "):
            continue
        f = line.split()
        out[f[0]] = f[6 + int(f[3]):]
    return out


def _verb_derived(lemma: str, synset: tuple[int, list[list[str]], list[str]]) -> bool:
    """Whether the lemma's word of the synset (or the whole synset) has a verb derived."""
    _, pointers, words = synset
    own = words.index(lemma) + 1 if lemma in words else 0
    return any(sym == DERIVED and pos == "v" and int(st[:2], 16) in (0, own)
               for sym, _, pos, st in pointers)


def act_nouns() -> list[str]:
    """The one-word nouns of acts, sorted."""
    by_offset = synsets()
    return sorted(
        lemma for lemma, offsets in senses().items()
        if lemma.isalpha() and any(
            by_offset[o][0] == NOUN_ACT and _verb_derived(lemma, by_offset[o])
            for o in offsets[:SENSES]))


def main() -> None:
    OUT.write_text(HEADER.format(senses=SENSES) + "\n".join(act_nouns()) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
