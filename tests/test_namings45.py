"""Stop 45 (absent45): a naming's complement that judges an act the holder does not name
again: the parse may hang the complement as a second object ('called the motion "a coup"'), a
light head's "of" phrase carries the judgement ("an act of retaliation"), and a few words that
brand an act as illegitimate, which VADER does not rate, carry a valence of their own."""

from __future__ import annotations

from stance_support import stances

from stancemap.pipeline import Engine


def _held(engine: Engine, text: str) -> dict[str, str]:
    return {h: p for h, p, _ in stances(engine, text)}


def test_a_naming_parsed_as_a_second_object_judges(engine: Engine) -> None:
    got = _held(engine, "The council filed a motion to dismiss the mayor. Mayor Anna Berg "
                        'called the motion "a coup with a rubber stamp."')
    assert got.get("Anna Berg") == "oppose"


def test_an_act_of_retaliation_judges_against(engine: Engine) -> None:
    got = _held(engine, "The government charged the reporter Tom Hale with leaking cabinet "
                        'papers. The Press Freedom Council called the charges "a chilling act '
                        'of retaliation."')
    assert got.get("Press Freedom Council") == "oppose"


def test_a_light_head_of_praise_judges_for(engine: Engine) -> None:
    got = _held(engine, "The government agreed a ceasefire deal with the rebels. The veterans' "
                        'union called the deal "an act of great courage."')
    assert got.get("veterans' union") == "support"


def test_a_surrender_judges_against(engine: Engine) -> None:
    got = _held(engine, "The government agreed a ceasefire deal with the rebels. The veterans' "
                        'union called the deal "a surrender."')
    assert got.get("veterans' union") == "oppose"
