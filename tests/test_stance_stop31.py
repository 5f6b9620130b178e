"""Stop 31 stance rules: a naming's judging head (stancemap/stances/namings.py,
``stance_namings.tsv``), a gerund done by whoever joins in it ("B joined them in voting
against": ``Reading._joined_in``) and a body's negotiator or coordinator as its voice
(``body_voices`` of ``stance_words.tsv``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from stance_support import stances

from stancemap.lexicon import LexiconError
from stancemap.stances.namings import naming_words
from stancemap.stances.overrides import override_words
from stancemap.stances.steering import steering_words

LEAD = "The government pushed the water levy through parliament on Monday. "

NAMED: list[tuple[str, list[tuple[str, str, str]]]] = [
    # the complement's head noun judges what it names, where VADER leaves it unrated
    (LEAD + 'The Farmers Union called the levy "a tax on every family farm."',
     [("Farmers Union", "oppose", "levy")]),
    (LEAD + 'The Farmers Union called the levy "a power grab by the capital."',
     [("Farmers Union", "oppose", "levy")]),
    (LEAD + 'The Farmers Union called the levy "a coup dressed in a budget line."',
     [("Farmers Union", "oppose", "levy")]),
    (LEAD + 'The Farmers Union called the levy "a slap in the face."',
     [("Farmers Union", "oppose", "levy")]),
    # ... or rates it the other way: a joke is a dismissal in a naming
    (LEAD + 'The Farmers Union called the levy "a joke."',
     [("Farmers Union", "oppose", "levy")]),
    # an adjective on the head judges as well
    (LEAD + 'The Farmers Union called the levy "a shortsighted decision."',
     [("Farmers Union", "oppose", "levy")]),
    (LEAD + 'The Fishers League called the levy "the right model for the region."',
     [("Fishers League", "support", "levy")]),
    (LEAD + 'The Fishers League called the levy "a just response to the drought."',
     [("Fishers League", "support", "levy")]),
]


@pytest.mark.parametrize(("text", "want"), NAMED, ids=[t[len(LEAD):][:50] for t, _ in NAMED])
def test_a_namings_judging_head_judges_its_object(engine, text: str,
                                                 want: list[tuple[str, str, str]]) -> None:
    got = [s for s in stances(engine, text) if s[0] != "government"]
    assert got == want


def test_a_judging_head_is_no_judgement_outside_a_naming(engine) -> None:
    """"a tax" as what is proposed is the proposition, not a judgement of anything."""
    got = stances(engine, "The Farmers Union backed a tax on imported grain.")
    assert got == [("Farmers Union", "support", "tax on imported grain")]


def test_a_modifier_rated_the_other_way_leaves_the_head_alone(engine) -> None:
    """"a fair tax": VADER's positive modifier against the head's opposition: no judgement
    from the head (the general rule decides)."""
    got = stances(engine, LEAD + 'The Farmers Union called the levy "a fair and honest tax."')
    assert ("Farmers Union", "oppose", "levy") not in got


def test_the_naming_words_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "stance_namings.tsv"
    path.write_text("opposing\tgrab\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="missing word class"):
        naming_words(path)
    assert "grab" in naming_words().opposing


RESOLUTION = "Delegates approved a resolution that asks for a whaling moratorium. "

JOINED: list[tuple[str, list[tuple[str, str, str]]]] = [
    # a bare vote joined in: the joiners vote as those they join
    (RESOLUTION + "Iceland and Norway voted against it. Denmark and two other states joined "
     "them in voting against.",
     [("Denmark", "oppose", "resolution"),
      ("Iceland", "oppose", "resolution"),
      ("Norway", "oppose", "resolution")]),
    # a stance verb joined in
    (RESOLUTION + "Iceland voted against it. Denmark joined them in opposing the resolution.",
     [("Denmark", "oppose", "resolution"),
      ("Iceland", "oppose", "resolution")]),
]


@pytest.mark.parametrize(("text", "want"), JOINED, ids=[t[len(RESOLUTION):][:50]
                                                        for t, _ in JOINED])
def test_a_gerund_joined_in_is_the_joiners(engine, text: str,
                                           want: list[tuple[str, str, str]]) -> None:
    assert stances(engine, text) == want


def test_in_with_no_joining_verb_lends_nothing(engine) -> None:
    """"succeeded in V-ing" is no taking part in another's act: only the gerund's own rules."""
    got = stances(engine, RESOLUTION + "Iceland voted against it. Denmark was alone in "
                  "staying silent.")
    assert not [s for s in got if s[0] == "Denmark"]


VOICED: list[tuple[str, list[tuple[str, str, str]]]] = [
    # a party's negotiator or coordinator speaks for it, as its leader or spokesperson does
    ("Parliament debated the water levy on Monday. The Coast Party's chief negotiator, Mira "
     "Holt, said she fully supported the levy.",
     [("Coast Party", "support", "levy"), ("Mira Holt", "support", "levy")]),
    ("Parliament debated the water levy on Monday. The Coast Party's coordinator, Mira Holt, "
     "said she fully supported the levy.",
     [("Coast Party", "support", "levy"), ("Mira Holt", "support", "levy")]),
    # a title that is no voice of the body lends nothing
    ("Parliament debated the water levy on Monday. The Coast Party's treasurer, Mira Holt, "
     "said she fully supported the levy.",
     [("Mira Holt", "support", "levy")]),
]


@pytest.mark.parametrize(("text", "want"), VOICED, ids=[t[45:90] for t, _ in VOICED])
def test_a_bodys_negotiator_speaks_for_it(engine, text: str,
                                          want: list[tuple[str, str, str]]) -> None:
    assert stances(engine, text) == want


REDUCED: list[tuple[str, list[tuple[str, str, str]]]] = [
    # a participle set off after the subject, which the parse hangs on the main verb
    ("The Greens rejected the Charities Act. The act, passed by the European Parliament in "
     "May, bans foreign funding.",
     [("European Parliament", "support", "Charities Act"), ("Greens", "oppose", "Charities Act")]),
    # a second participle joined to a reduced one shares its noun
    ("The Greens rejected the Charities Act. The act, passed by the European Parliament in "
     "May and signed by President Sam Obi last week, bans foreign funding.",
     [("European Parliament", "support", "Charities Act"), ("Greens", "oppose", "Charities Act"),
      ("Sam Obi", "support", "Charities Act")]),
]


@pytest.mark.parametrize(("text", "want"), REDUCED, ids=["set off", "joined"])
def test_a_reduced_passive_on_the_subject(engine, text: str,
                                          want: list[tuple[str, str, str]]) -> None:
    assert stances(engine, text) == want


STEERED: list[tuple[str, list[tuple[str, str, str]]]] = [
    ("The Greens opposed the water levy. The Labour Party, which pushed the levy through the "
     "lower house in March, said it regretted the delay.",
     [("Greens", "oppose", "water levy"), ("Labour Party", "oppose", "delay"),
      ("Labour Party", "support", "water levy")]),
    ("The Greens opposed the water levy. Senator Ana Ruiz, who steered the levy through "
     "parliament, said it was fair.",
     [("Ana Ruiz", "support", "water levy"), ("Greens", "oppose", "water levy")]),
    # moving through a place is no measure carried through a body
    ("The Labour Party pushed through the crowd.", []),
]


@pytest.mark.parametrize(("text", "want"), STEERED, ids=["pushed", "steered", "crowd"])
def test_steering_a_measure_through_a_body_backs_it(engine, text: str,
                                                   want: list[tuple[str, str, str]]) -> None:
    assert stances(engine, text) == want


def test_the_steering_words_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "stance_steering.tsv"
    path.write_text("verbs\tpush\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="missing word class"):
        steering_words(path)
    assert "through" in steering_words().preps


OVERRIDDEN: list[tuple[str, list[tuple[str, str, str]]]] = [
    # a bare "voted to override" backs what was vetoed; keeping the veto backs the veto
    ("Governor Tom Hale blocked a bill on a water levy, and the chamber could not overturn his "
     "veto this week. Hale vetoed the bill on March 3. The Green Party and the Labour Party "
     "voted to override; the Farmers Party voted to keep the veto.",
     [("Farmers Party", "support", "veto"), ("Green Party", "support", "bill"),
      ("Labour Party", "support", "bill"), ("Tom Hale", "oppose", "bill"),
      ("Tom Hale", "support", "veto")]),
    # the veto's "of" names what was vetoed
    ("The Freedom Party overrode the governor's veto of a new water levy on Thursday. The House "
     "voted 86-38 to override.",
     [("Freedom Party", "support", "new water levy"), ("House", "support", "new water levy")]),
    # "overrode the veto": what was vetoed before
    ("Governor Tom Hale vetoed the water levy on Tuesday. The Green Party and the Labour Party "
     "overrode the veto.",
     [("Green Party", "support", "water levy"), ("Labour Party", "support", "water levy"),
      ("Tom Hale", "oppose", "water levy")]),
    # no veto overridden
    ("The judge overruled the objection.", []),
]


@pytest.mark.parametrize(("text", "want"), OVERRIDDEN,
                         ids=["bare", "veto of", "the veto", "no veto"])
def test_overriding_a_veto_backs_what_was_vetoed(engine, text: str,
                                                 want: list[tuple[str, str, str]]) -> None:
    assert stances(engine, text) == want


def test_the_override_words_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "stance_overrides.tsv"
    path.write_text("overriding\toverride\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="missing word class"):
        override_words(path)
    assert "veto" in override_words().veto_nouns
