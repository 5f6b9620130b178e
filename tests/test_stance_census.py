"""The stance census tells a missed stance another actor got: a co-holder gold also gives it
to (a voter left out of a list) or an actor gold does not give it to (a member's stance gold
passes up to the party, or the reverse)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))

from stance_census import _stand_in  # noqa: E402

PARTY, MEMBER, ALLY = ("g", 0), ("g", 1), ("g", 2)


def test_a_list_member_left_out_is_a_sibling() -> None:
    gold = {(PARTY, "bill", "oppose"), (ALLY, "bill", "oppose")}
    system = {(ALLY, "bill", "oppose"): None}
    assert _stand_in(PARTY, "bill", "oppose", system, gold) == ("sibling", ALLY)


def test_the_member_holding_what_gold_gives_the_party_is_a_stand_in() -> None:
    gold = {(PARTY, "bill", "oppose")}
    system = {(MEMBER, "bill", "oppose"): None}
    assert _stand_in(PARTY, "bill", "oppose", system, gold) == ("standin", MEMBER)


def test_no_other_holder_or_the_holder_with_the_other_polarity_is_neither() -> None:
    gold = {(PARTY, "bill", "oppose")}
    assert _stand_in(PARTY, "bill", "oppose", {(MEMBER, "bill", "support"): None},
                     gold) == (None, None)
    assert _stand_in(PARTY, "bill", "oppose", {(PARTY, "bill", "support"): None,
                                               (MEMBER, "bill", "oppose"): None},
                     gold) == (None, None)
