"""A norm broken or a harm worsened by a measure ("subj" rows of stance_verbs.tsv): the
speaker judges the measure the subject names."""

from __future__ import annotations

import pytest
from stance_support import stances

HARMS = [
    ("Chile said the new port levy violated the trade agreement.", "new port levy"),
    ("Peru warned that the fishing ban would breach the treaty.", "fishing ban"),
    ("The chamber of commerce said the fuel tax would frighten away foreign investment.",
     "fuel tax"),
    ("Norway said the new border fence would inflame tensions in the region.",
     "new border fence"),
    ("Sweden said the export ban would worsen the food crisis.", "export ban"),
]


@pytest.mark.parametrize(("text", "label"), HARMS, ids=[t[:40] for t, _ in HARMS])
def test_a_harm_done_by_a_measure_opposes_it(engine, text: str, label: str) -> None:
    got = stances(engine, text)
    assert len(got) == 1 and got[0][1:] == ("oppose", label)


def test_an_actor_that_breaks_a_norm_is_no_proposition(engine) -> None:
    """An actor subject is no measure: "Russia violated the ceasefire" states no stance on
    Russia."""
    got = stances(engine, "Chile said Russia had violated the ceasefire.")
    assert not [s for s in got if s[2] == "Russia"]


# legality and proportion words VADER leaves unrated (stance_evaluatives.tsv)
ILLEGAL = [
    ("The court issued a warrant for the minister. Peru called the warrant \"legally void\".",
     "Peru", "warrant"),
    ("Chile renamed the islands. Peru called the decree \"a null act\".", "Peru", "decree"),
    ("Norway seized the trawler. Chile said the seizure was disproportionate.", "Chile",
     "seizure"),
    ("The police detained 40 students. Amnesty International said the detentions were "
     "arbitrary and unlawful.", "Amnesty International", "detentions"),
]


@pytest.mark.parametrize(("text", "holder", "label"), ILLEGAL, ids=[t[:40] for t, *_ in ILLEGAL])
def test_a_measure_called_unlawful_or_void_is_opposed(engine, text: str, holder: str,
                                                      label: str) -> None:
    assert (holder, "oppose", label) in stances(engine, text)
