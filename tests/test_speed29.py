"""The cue scans of the stance stage read the per-Doc table before making a Token
(stancemap/stances/echoes.py, reactions.py, holdbacks.py): what they find is unchanged, and a
negated cue still tells nothing."""

from __future__ import annotations

from stance_support import stances


def test_a_reaction_verb_found_by_the_table_scan_gives_the_reactors_stance(engine) -> None:
    got = stances(engine, "The new grain tariff drew fierce criticism from Norway.")
    assert ("Norway", "oppose", "new grain tariff") in got


def test_a_negated_reaction_verb_still_tells_no_reaction(engine) -> None:
    got = stances(engine, "The new grain tariff did not draw criticism from Norway.")
    assert not any(name == "Norway" for name, _, _ in got)


def test_an_elided_predicate_found_by_the_table_scan_lends_the_stance(engine) -> None:
    got = stances(engine, "Sweden backed the fishing quota. So did Denmark.")
    assert ("Denmark", "support", "fishing quota") in got
