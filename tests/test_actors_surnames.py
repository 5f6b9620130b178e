"""The shared notion of a surname (stancemap/actors/surnames.py), on names of our own."""

from types import SimpleNamespace

from stancemap.actors.surnames import bearers, courtesy_surname, surname, surname_index


def test_surname_index_short_forms():
    full, short = surname_index(["Ines Baptista Moreno", "Tomas Vrba", "Vrba"])
    assert set(full) == {"ines baptista moreno", "tomas vrba"}  # one word is no full name
    assert short["moreno"] == "ines baptista moreno"
    assert short["baptista moreno"] == "ines baptista moreno"  # a long name's last two words
    assert short["vrba"] == "tomas vrba"
    assert short["tomas"] == "tomas vrba"  # a given name no one else shares


def test_courtesy_title_names_an_inner_surname():
    assert courtesy_surname("baptista", ["ines baptista moreno", "tomas vrba"]) == (
        "ines baptista moreno")
    assert courtesy_surname("moreno", ["ines baptista moreno"]) is None  # the last word: index


def test_titled_surname_bearers():
    people = [SimpleNamespace(name=n) for n in ("Tomas Vrba", "Ines Moreno", "Vrba")]
    assert [p.name for p in bearers(people, "Vrba")] == ["Tomas Vrba", "Vrba"]
    assert surname("Ines Baptista Moreno") == "Moreno"
