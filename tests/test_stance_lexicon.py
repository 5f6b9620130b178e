"""The stance data files: every row is checked on load, and a new row works without code."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from data_support import append, assert_bad_row

from stancemap.model import Article
from stancemap.stances import LexiconError, StanceStage, load_lexicon
from stancemap.stances.lexicon import VERB_FRAMES
from stancemap.stances.verbs import FRAMES, PREP_FRAME

DEAD_END = "Russia called the deployment a dead end."
# a judging word neither stance_evaluatives.tsv nor VADER rates (VADER's words judge by their
# sentiment without a row: "Russia called the deployment reckless" is a stance already)
IMPRACTICABLE = "Russia called the deployment impracticable."


def stances(engine, text: str, data: Path | None = None) -> list[tuple[str, str]]:
    """(holder name, polarity) of a text, with the stance data of ``data`` if given."""
    if data is not None:
        engine = copy.copy(engine)
        engine.stages = [StanceStage(load_lexicon(data)) if isinstance(s, StanceStage) else s
                         for s in engine.stages]
    doc = engine.analyze(Article(id="t", text=text))
    names = {a.id: a.name for a in doc.actors}
    return [(names[s.actor], s.polarity) for s in doc.stances]


def test_the_shipped_data_loads() -> None:
    lex = load_lexicon()
    assert lex.evaluatives["red line"] == ("oppose", "-")
    assert ("red line", ("red", "line")) in lex.multiword
    assert "lift" in lex.words.loosen


def test_every_documented_verb_frame_has_a_rule() -> None:
    assert set(FRAMES) == set(VERB_FRAMES)
    assert PREP_FRAME == "prep:"


def test_a_new_single_word_evaluative_row_works(engine, data: Path) -> None:
    assert stances(engine, IMPRACTICABLE) == []
    append(data / "stance_evaluatives.tsv", "impracticable\toppose\t-")
    assert stances(engine, IMPRACTICABLE, data) == [("Russia", "oppose")]


def test_a_new_multiword_evaluative_row_works(engine, data: Path) -> None:
    assert stances(engine, DEAD_END) == []
    append(data / "stance_evaluatives.tsv", "dead end\toppose\t-")
    assert stances(engine, DEAD_END, data) == [("Russia", "oppose")]


def test_multiword_rows_come_from_data(engine, data: Path) -> None:
    """Without its row, "red line" is no stance: no hard-coded check is left."""
    text = "Russia called the deployment a red line."
    assert stances(engine, text) == [("Russia", "oppose")]
    path = data / "stance_evaluatives.tsv"
    path.write_text("".join(line for line in path.read_text(encoding="utf-8")
                            .splitlines(keepends=True) if not line.startswith("red line")),
                    encoding="utf-8")
    assert stances(engine, text, data) == []


def test_a_word_added_to_a_description_class_works(engine, data: Path) -> None:
    """"the pact" after "a treaty on X": one proposition once "treaty" is in the class."""
    text = "Chad backed a treaty on river fishing. Mali rejected the pact."

    def labels(data: Path | None) -> list[str]:
        e = engine
        if data is not None:
            e = copy.copy(engine)
            e.stages = [StanceStage(load_lexicon(data)) if isinstance(s, StanceStage) else s
                        for s in engine.stages]
        return [p.label for p in e.analyze(Article(id="t", text=text)).propositions]

    assert labels(None) == ["treaty on river fishing", "pact"]
    path = data / "stance_descriptions.tsv"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "pact\tagreement", "pact\ttreaty agreement"), encoding="utf-8")
    assert labels(data) == ["treaty on river fishing"]
    assert stances(engine, text, data) == [("Chad", "support"), ("Mali", "oppose")]


@pytest.mark.parametrize(("name", "row", "problem"), [
    ("stance_verbs.tsv", "applaud\tsupport\tobjcomp", "unknown frame 'objcomp'"),
    ("stance_verbs.tsv", "applaud\tsupport", "2 tab-separated columns, want 3"),
    ("stance_verbs.tsv", "applaud\tcheer\tobj", "unknown polarity 'cheer'"),
    ("stance_verbs.tsv", "back\tsupport\tobj", "'back' is already defined on line"),
    ("stance_nouns.tsv", "wish\tsupport\tfor\tmaybe", "unknown anaphoric value 'maybe'"),
    ("stance_agreement.tsv", "mirror\tsimilar\tobj", "unknown relation 'similar'"),
    ("stance_conditions.tsv", "in case\tguess", "unknown condition type 'guess'"),
    ("stance_preps.tsv", "in support of\tsupport", "must be one lower-case word"),
    ("stance_reversal.tsv", "shelve\tnoun", "unknown kind 'noun'"),
    ("stance_words.tsv", "colours\tred green", "unknown word class 'colours'"),
    ("stance_synonyms.tsv", "army\tarmy troops", "'troops' is already in synonym class"),
    ("stance_descriptions.tsv", "treaty\ttreaty deal", "'deal' is already in description"),
    ("stance_opposites.tsv", "keep it open\tclose", "a verb and at most one more word"),
    ("stance_opposites.tsv", "reopen\tshut", "'reopen' is already defined on line"),
    ("stance_opposites.tsv", "unseal\tseal\tx", "3 tab-separated columns"),
])
def test_a_bad_row_is_an_error_naming_file_and_line(data: Path, name: str, row: str,
                                                    problem: str) -> None:
    assert_bad_row(data, name, row, problem, load_lexicon)


def test_a_missing_word_class_is_an_error(data: Path) -> None:
    path = data / "stance_words.tsv"
    path.write_text("".join(line for line in path.read_text(encoding="utf-8")
                            .splitlines(keepends=True) if not line.startswith("copulas")),
                    encoding="utf-8")
    with pytest.raises(LexiconError, match="stance_words.tsv:0: missing word class.*copulas"):
        load_lexicon(data)


def test_the_stage_keeps_no_document_state(engine) -> None:
    stage = next(s for s in engine.stages if isinstance(s, StanceStage))
    before = dict(vars(stage))
    engine.analyze(Article(id="t", text=IMPRACTICABLE))
    assert vars(stage) == before


def test_a_new_opposite_act_row_works(engine, data: Path) -> None:
    text = "Chad sealed the archive in 2019. Mali urged Chad to unseal the archive."
    assert stances(engine, text) == [("Mali", "support")]
    append(data / "stance_opposites.tsv", "unseal\tseal")
    assert stances(engine, text, data) == [("Mali", "oppose")]
