"""Build ``stancemap/data/actors/given_name_genders.tsv`` from nomquamgender's name data.

nomquamgender (Ian Van Buskirk, MIT licence, https://pypi.org/project/nomquamgender/) ships
``name_data.json``: for each given name, how many sources and people it was seen with and the
share of them that were women. We keep the names seen with at least ``MIN_PEOPLE`` people
whose share is at most ``MALE_AT_MOST`` (m) or at least ``FEMALE_AT_LEAST`` (f): the pronoun
resolver reads them to keep "she" off a man and "he" off a woman. The package is needed only
to rebuild the table:

    .venv/bin/pip install nomquamgender==0.1.4 && .venv/bin/python scripts/build_gender_names.py
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

MIN_PEOPLE = 1000
MALE_AT_MOST = 0.1
FEMALE_AT_LEAST = 0.9
OUT = Path(__file__).resolve().parent.parent / "stancemap" / "data" / "actors" / \
    "given_name_genders.tsv"
HEADER = """# Given names and the gender they almost always go with (m | f), from nomquamgender
# 0.1.4 (Ian Van Buskirk, MIT licence: https://pypi.org/project/nomquamgender/): names seen
# with at least {n} people, at most {m:.0%} or at least {f:.0%} of them women. Built by
# scripts/build_gender_names.py; do not edit by hand.
"""


def main() -> None:
    data = json.loads(resources.files("nomquamgender").joinpath("name_data.json").read_text())
    rows = []
    for name, (_, people, share, *_rest) in data.items():
        if not name.isalpha() or not name.isascii() or len(name) < 2 or people < MIN_PEOPLE:
            continue
        if share <= MALE_AT_MOST:
            rows.append(f"{name}\tm")
        elif share >= FEMALE_AT_LEAST:
            rows.append(f"{name}\tf")
    OUT.write_text(HEADER.format(n=MIN_PEOPLE, m=MALE_AT_MOST, f=FEMALE_AT_LEAST)
                   + "\n".join(sorted(rows)) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main()
