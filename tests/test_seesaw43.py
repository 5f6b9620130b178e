"""Stop 43's SEESAW mends (issue #13): stances on a named policy that the engine missed, with
sentences written for these tests.

- cutting off or gutting what the object names undoes it, as repealing it does ("wants to
  defund the Clean Water Act" opposes the Clean Water Act, the proposition a user asks about by
  that name; "criticized the defunding of X" backs X).
"""

from __future__ import annotations

import pytest

from stancemap.stances.lexicon import load_lexicon


def _stances(doc) -> set[tuple[str, str, str]]:
    """(holder, proposition label, polarity) of each stance."""
    names = {a.id: a.name for a in doc.actors}
    labels = {p.id: p.label for p in doc.propositions}
    return {(names[s.actor], labels[s.proposition], s.polarity) for s in doc.stances}


@pytest.mark.parametrize("text", [
    "Senator Jane Holt wants to defund the Clean Water Act.",
    "Senator Jane Holt voted to gut the Clean Water Act.",
    "Senator Jane Holt called for a plan to dismantle the Clean Water Act.",
])
def test_cutting_off_a_named_policy_opposes_it(analyze, text: str) -> None:
    got = _stances(analyze(text))
    assert ("Jane Holt", "Clean Water Act", "oppose") in got, got


def test_defunding_as_a_noun_is_undone_too(analyze) -> None:
    got = _stances(analyze("Senator Jane Holt criticized the defunding of the Clean Water Act."))
    assert ("Jane Holt", "Clean Water Act", "support") in got, got


def test_the_undoing_rows_are_data() -> None:
    rows = load_lexicon().reversal
    assert {rows.get(w) for w in ("defund", "defunding", "gut", "dismantle")} == {"undo"}
