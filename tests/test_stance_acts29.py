"""Stances in lists of things and stances by action (issue #13, stop 29): conjoined objects
that are each a determined noun phrase ("backed Bolivia's claim to the coast and its call for
arbitration") are two propositions, each held by every holder of the list."""

from __future__ import annotations

import pytest
from stance_support import stances

LISTED: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("Peru, Chile and Ecuador issued statements backing Bolivia's claim to the coast and its "
     "call for arbitration.",
     [("Chile", "support", "Bolivia's claim to the coast"),
      ("Chile", "support", "its call for arbitration"),
      ("Ecuador", "support", "Bolivia's claim to the coast"),
      ("Ecuador", "support", "its call for arbitration"),
      ("Peru", "support", "Bolivia's claim to the coast"),
      ("Peru", "support", "its call for arbitration")]),
    ("Norway backed the new fishing quota and the ban on trawling. Iceland opposed the ban on "
     "trawling.",
     [("Iceland", "oppose", "ban on trawling"), ("Norway", "support", "ban on trawling"),
      ("Norway", "support", "new fishing quota")]),
    # a list of three the parse hangs on an apposition
    ("Norway backed the new fishing quota, the ban on trawling and the closure of the bay. "
     "Iceland opposed the closure of the bay. Denmark rejected the ban on trawling.",
     [("Denmark", "oppose", "ban on trawling"), ("Iceland", "oppose", "closure of the bay"),
      ("Norway", "support", "ban on trawling"), ("Norway", "support", "closure of the bay"),
      ("Norway", "support", "new fishing quota")]),
]


@pytest.mark.parametrize("text,expected", LISTED)
def test_conjoined_objects_are_each_a_proposition(engine, text, expected):
    assert stances(engine, text) == expected


KEPT_WHOLE: list[tuple[str, list[tuple[str, str, str]]]] = [
    # bare nouns are one position, and so is "both X and Y"
    ("Kenya called for dialogue and negotiation.",
     [("Kenya", "support", "dialogue and negotiation")]),
    ("Russia was critical of both the customs union and the border treaty.",
     [("Russia", "oppose", "both the customs union and the border treaty")]),
]


@pytest.mark.parametrize("text,expected", KEPT_WHOLE)
def test_bare_or_paired_objects_stay_one(engine, text, expected):
    assert stances(engine, text) == expected


DECIDED: list[tuple[str, list[tuple[str, str, str]]]] = [
    # an order or a recognition the doer made, named by its noun afterwards
    ("Norway ordered the closure of two border crossings on Monday. Sweden criticised the "
     "order.",
     [("Norway", "support", "order"), ("Sweden", "oppose", "order")]),
    ("Chile formally recognised Kosovo as an independent state on Friday. Serbia condemned "
     "the recognition.",
     [("Chile", "support", "recognised Kosovo"), ("Chile", "support", "recognition"),
      ("Serbia", "oppose", "recognition")]),
]


@pytest.mark.parametrize("text,expected", DECIDED)
def test_decision_named_by_its_noun_is_the_doers(engine, text, expected):
    assert stances(engine, text) == expected


def test_decision_named_by_no_one_is_no_stance(engine):
    # the act is kept only where others name it ("the order"): here no one does
    assert stances(engine, "Norway ordered the closure of two border crossings on Monday.") == []
