"""The reach census sorts a proposition no stance reaches by how its holder names it: only by a
general noun ("the levy"), by a fuller phrase the stage left alone, only inside a quote, or not
at all in the holder's sentences."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from reach_census import general, why  # noqa: E402

TEXT = ("The council approved a levy on tourist flats in March. "
        "The hoteliers' union said the levy would empty the old town. "
        "Mayor Ruiz said the city would cap rents on tourist flats. "
        'Ruiz added: "We will cap rents on tourist flats." '
        "Shop owners protested on Friday.")
FIRST, SECOND, THIRD, FOURTH, FIFTH = (
    (TEXT.index(s), TEXT.index(s) + len(s)) for s in (
        "The council", "The hoteliers'", "Mayor Ruiz", "Ruiz added", "Shop owners"))
LEVY = ["A levy on tourist flats", "a levy on tourist flats", "the levy"]
CAP = ["Capping rents on tourist flats", "cap rents on tourist flats"]


def test_general_phrases_are_a_determiner_or_owner_and_a_few_words() -> None:
    assert general("the levy") and general("Marsh's proposal") and general("it")
    assert not general("a levy on tourist flats") and not general("levy")


def test_a_holder_who_names_it_only_by_a_general_noun() -> None:
    held = [(SECOND[0], THIRD[0])]
    assert why(TEXT, held, LEVY, []) == "a-general-untold"
    said = TEXT.index("said the levy")
    assert why(TEXT, held, LEVY, [(said, said + 13)]) == "a-general-read"


def test_a_fuller_phrase_the_stage_left_alone_or_put_elsewhere() -> None:
    held = [(THIRD[0], FOURTH[0])]
    assert why(TEXT, held, CAP, []) == "b-phrase-untold"
    assert why(TEXT, held, CAP, [(THIRD[0], FOURTH[0])]) == "b-phrase-merged"


def test_a_holder_who_names_it_only_in_a_quote() -> None:
    assert why(TEXT, [(FOURTH[0], FIFTH[0])], CAP, []) == "c-quote"


def test_a_holder_whose_sentences_never_name_it() -> None:
    assert why(TEXT, [(FIFTH[0], len(TEXT))], LEVY, []) == "d-elsewhere"
