"""Stop 38's SEESAW mends (issue #13), each with sentences written for these tests.

- a naming verb whose quoted name stands in apposition to one of its conjoined objects
  ('called X and his wife, Y, "shameless frauds"') names them: no phone call (CONSULT);
- a verb only CAMEO's dictionary knows, of a type parties do together ("invest"), done by
  several parties named together is no act of each toward the other: it stays theirs,
  untargeted;
- a person quoted about another person, where no specific rule reads the quote and that
  person is no subject of the quote's clauses, stands toward that person as the tone of the
  quote's sentence says (summed VADER valence at least ``TONE_MIN`` either way, no negation
  in that sentence).
"""

from __future__ import annotations

import pytest

from stancemap.relations import parse

NAMING = ('Calling Senator Tom Marlow and his wife, Ann Marlow, "shameless frauds," Governor '
          'Ana Ruiz dared them to resign.')
PHONE = "Governor Ana Ruiz called Senator Tom Marlow on Monday."
INVESTED = "Both Senator Tom Marlow and Governor Ana Ruiz quietly invested in the company."
MET = "Governor Ana Ruiz and Senator Tom Marlow met on Monday."
WARM = ('"We are so grateful for the wonderful leadership and great kindness of Ana Ruiz," '
        'Senator Tom Marlow said.')
COLD = ('"What a horrible, ugly, disgraceful week for Ana Ruiz and her cronies," Senator Tom '
        'Marlow said.')


def _events(doc) -> list[tuple[str, str | None, str | None]]:
    names = {a.id: a.name for a in doc.actors}
    return [(e.type, names.get(e.source), names.get(e.target)) for e in doc.events]


def _relations(doc) -> set[tuple[str, str, str]]:
    names = {a.id: a.name for a in doc.actors}
    return {(names[r.source], r.polarity, names[r.target]) for r in doc.relations}


def test_a_quoted_name_given_to_conjoined_objects_is_no_call(analyze) -> None:
    doc = analyze(NAMING)
    assert not [e for e in _events(doc) if e[0] == "CONSULT"], _events(doc)
    assert ("Ana Ruiz", "positive", "Tom Marlow") not in _relations(doc)


def test_calling_someone_is_still_a_call(analyze) -> None:
    assert ("CONSULT", "Ana Ruiz", "Tom Marlow") in _events(analyze(PHONE))


def test_parties_investing_together_are_no_targets_of_each_other(analyze) -> None:
    got = _events(analyze(INVESTED))
    assert {src for _, src, _ in got} == {"Tom Marlow", "Ana Ruiz"}, got
    assert all(tgt is None for _, _, tgt in got), got


def test_parties_meeting_still_meet_each_other(analyze) -> None:
    got = _events(analyze(MET))
    assert ("CONSULT", "Ana Ruiz", "Tom Marlow") in got
    assert ("CONSULT", "Tom Marlow", "Ana Ruiz") in got


@pytest.mark.parametrize(("text", "polarity"), [(WARM, "positive"), (COLD, "negative")])
def test_the_tone_of_a_quote_says_how_the_speaker_stands_toward_a_person_named(
        analyze, text: str, polarity: str) -> None:
    assert ("Tom Marlow", polarity, "Ana Ruiz") in _relations(analyze(text))


def test_without_the_tone_rule_the_quote_gives_no_relation(analyze, monkeypatch) -> None:
    monkeypatch.setattr(parse, "TONE_MIN", 100.0)
    assert not {r for r in _relations(analyze(WARM)) if r[2] == "Ana Ruiz"}


@pytest.mark.parametrize("text", [
    WARM.replace("We are so", "We are not"),  # a negation: no sure tone
    WARM.replace("Ana Ruiz", "France"),  # no person named
    WARM.replace("so grateful for the wonderful leadership and great kindness",
                 "told about the leadership"),  # no tone
    # the subject of the quote's clause is the predicate rules' to judge: "Y promised a
    # wonderful budget" rates what Y said, not Y
    '"Ana Ruiz has promised a wonderful, great, brilliant budget," Senator Tom Marlow said.',
])
def test_no_tone_relation_without_tone_a_person_or_with_a_negation(analyze, text: str) -> None:
    assert not {r for r in _relations(analyze(text)) if r[0] == "Tom Marlow"}
