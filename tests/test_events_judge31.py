"""Event recall, stop 31 (evjudge31): judgements the coder used to miss, on our own sentences."""

from __future__ import annotations

import pytest
from event_support import events


@pytest.mark.parametrize("text, source, targets", [
    # a relative clause of labelling on an act told in apposition: the act's maker is blamed
    ("Greece and Cyprus held naval drills near Rhodes, an exercise Turkish officials "
     "described as \"pure provocation.\"", "Turkey", ["Greece", "Cyprus"]),
    ("The Treasury ordered agencies to freeze hiring, a step the Public Service Union called "
     "\"an illegal threat\" and vowed to fight in court.", "Public Service Union", ["Treasury"]),
    # "what it called X's 'label'": the label's owner is blamed
    ("China said the tariffs were a response to what it called Japan's \"reckless "
     "politicisation\" of trade.", "China", ["Japan"]),
])
def test_relative_label_of_blame_is_accuse(analyze, text, source, targets):
    found = events(analyze(text))
    for target in targets:
        assert ("ACCUSE", source, target) in found


@pytest.mark.parametrize("text", [
    # a label with no word of blame is no judgement the coder can read
    "Senator Ruth Blake offered to debate only on national radio, a condition her rival "
    "Tom Acker called \"a fair start.\"",
    # a thing with no owner names nobody to blame
    "Chile said the plan, which Peru called \"a theft of our water\", would go ahead.",
    # a label in a clause whose subject is the relative pronoun is background, no act
    "Japan, which called the tariffs \"a reckless provocation\", met China on Monday.",
])
def test_relative_label_needs_blame_and_owner(analyze, text):
    assert "ACCUSE" not in [t for t, _, _ in events(analyze(text))]
