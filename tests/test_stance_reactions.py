"""Reactions told from the side of their cause (stancemap/stances/reactions.py): "the ban
drew criticism from X", "Y recognised Z, drawing condemnation from X", "the ban angered X"."""

from __future__ import annotations

from pathlib import Path

import pytest

from stancemap.lexicon import LexiconError
from stancemap.model import Article
from stancemap.stances.reactions import reaction_words


def stances(engine, text: str) -> list[tuple[str, str, str]]:
    doc = engine.analyze(Article(id="t", text=text))
    names = {a.id: a.name for a in doc.actors}
    labels = {p.id: p.label for p in doc.propositions}
    return sorted((names[s.actor], s.polarity, labels[s.proposition]) for s in doc.stances)


REACTIONS = [
    ("The new port levy drew sharp criticism from Peru.", ("Peru", "oppose", "new port levy")),
    ("The new port levy prompted protests from Peru.", ("Peru", "oppose", "new port levy")),
    ("The new port levy drew criticism from Peru and praise from Bolivia.",
     ("Bolivia", "support", "new port levy")),
    ("Chile's decision to close the border drew condemnation from Peru.",
     ("Peru", "oppose", "Chile's decision to close the border")),
    ("Chile signed a fishing pact that has drawn criticism from Peru.",
     ("Peru", "oppose", "fishing pact")),
    ("Chile banned rice exports. The ban angered Thailand.", ("Thailand", "oppose", "ban")),
    ("The new port levy infuriated Peru and delighted Bolivia.",
     ("Bolivia", "support", "new port levy")),
]


@pytest.mark.parametrize(("text", "want"), REACTIONS, ids=[t[:40] for t, _ in REACTIONS])
def test_a_reaction_told_from_its_cause_is_the_reactors_stance(engine, text: str,
                                                               want: tuple[str, str, str]
                                                               ) -> None:
    assert want in stances(engine, text)


def test_an_act_drawing_condemnation_is_opposed_by_the_condemner(engine) -> None:
    got = stances(engine, "Ethiopia recognised Somaliland on Wednesday, drawing furious "
                          "condemnation from Somalia.")
    assert [s for s in got if s[0] == "Somalia"] == [
        ("Somalia", "oppose", "recognised Somaliland")]


NO_REACTION = [
    # an actor drawing criticism is criticised, no proposition of its own
    "Germany drew criticism from France.",
    # a negated reaction tells none
    "The new port levy did not anger Peru.",
    # an actor that angered another by an act: who, not what
    "China, which angered Peru by signing the statement, said nothing.",
]


@pytest.mark.parametrize("text", NO_REACTION, ids=[t[:40] for t in NO_REACTION])
def test_no_reaction_stance_without_a_cause(engine, text: str) -> None:
    assert not [s for s in stances(engine, text) if s[0] == "Peru" or s[0] == "France"]


def test_the_reaction_words_are_checked(tmp_path: Path) -> None:
    path = tmp_path / "stance_reactions.tsv"
    path.write_text("drawing\tdraw\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="missing word class"):
        reaction_words(path)
    assert "criticism" in reaction_words().opposing
