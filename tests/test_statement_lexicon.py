"""The statement data files: every row is checked on load, and a new row works without code."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from data_support import append, assert_bad_row

from stancemap.lexicon import LexiconError
from stancemap.model import Article
from stancemap.statements import StatementStage, load_lexicon, load_words
from stancemap.statements.content import FRAME_RULES
from stancemap.statements.lexicon import FRAMES

HINTED = "Russia hinted at a compromise on the border."
MUTTERED = "Russia muttered that the border would stay closed."


def statements(engine, text: str, data: Path | None = None) -> list[tuple[str, str, str]]:
    """(speaker name, cue, content) the rules find in a text (the trained model left out: these
    tests are about the rules' data), with the statement data of ``data`` if given."""
    engine = copy.copy(engine)
    engine.stages = [StatementStage(data=data, mode="rules") if isinstance(s, StatementStage)
                     else s for s in engine.stages]
    doc = engine.analyze(Article(id="t", text=text))
    names = {a.id: a.name for a in doc.actors}
    return [(names.get(s.speaker or ""), s.cue.text if s.cue else "", s.content.text)
            for s in doc.statements]


def test_the_shipped_data_loads() -> None:
    lex = load_lexicon()
    assert lex.phrases[("call", "for")].cls == "speech"
    words = load_words()
    assert "spokesman" in words.spokes and "decline" in words.withhold


def test_every_documented_frame_has_a_rule() -> None:
    assert sorted(frame for frame, _ in FRAME_RULES) == sorted(FRAMES)


def test_a_new_single_word_cue_row_works(engine, data: Path) -> None:
    assert statements(engine, MUTTERED) == []
    append(data / "cues.tsv", "mutter\tverb\tspeech\tclause")
    assert statements(engine, MUTTERED, data) == [
        ("Russia", "muttered", "the border would stay closed")]


def test_a_new_multiword_cue_row_works(engine, data: Path) -> None:
    assert statements(engine, HINTED) == []
    append(data / "cues.tsv", "hint at\tphrase\tspeech\tobj")
    assert statements(engine, HINTED, data) == [
        ("Russia", "hinted at", "a compromise on the border")]


def test_a_new_word_class_member_works(engine, data: Path) -> None:
    """A lone object is an act ("urged vigilance"), unless it names what an appeal asks for."""
    text = "Russia urged vigilance."
    assert statements(engine, text) == []
    path = data / "statement_words.tsv"
    path.write_text(path.read_text(encoding="utf-8").replace(
        "appeal_nouns\tcaution", "appeal_nouns\tvigilance caution"), encoding="utf-8")
    assert statements(engine, text, data) == [("Russia", "urged", "vigilance")]


@pytest.mark.parametrize(("name", "row", "problem"), [
    ("cues.tsv", "mutter\tverb\tgossip\tclause", "unknown cue class 'gossip'"),
    ("cues.tsv", "mutter\tverb\tspeech\twhatever", "unknown frame 'whatever'"),
    ("cues.tsv", "mutter\tadverb\tspeech", "unknown cue type 'adverb'"),
    ("cues.tsv", "mutter on\tverb\tspeech\tclause", "must be one lower-case word"),
    ("cues.tsv", "hint at it\tphrase\tspeech\tobj", "must be a verb and one particle"),
    ("cues.tsv", "rumour\tnoun\tspeech\tclause", "a noun cue takes no frames"),
    ("cues.tsv", "say\tverb\tspeech\tclause", "'say verb' is already defined on line"),
    ("cues.tsv", "mutter\tverb", "2 tab-separated columns, want 3 to 4"),
    ("cues.tsv", "Mutter\tverb\tspeech", "must be one lower-case word"),
    ("statement_words.tsv", "colours\tred green", "unknown word class 'colours'"),
    ("statement_words.tsv", "spokes\tenvoy", "'spokes' is already defined on line"),
])
def test_a_bad_row_is_an_error_naming_file_and_line(data: Path, name: str, row: str,
                                                    problem: str) -> None:
    assert_bad_row(data, name, row, problem, lambda d: StatementStage(data=d))


def test_a_bad_word_is_an_error_naming_file_and_line(data: Path) -> None:
    path = data / "statement_words.tsv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    line = next(n for n, text in enumerate(lines, 1) if text.startswith("act\t"))
    lines[line - 1] = "act\tdefend Attack\n"
    path.write_text("".join(lines), encoding="utf-8")
    with pytest.raises(LexiconError, match=f"statement_words.tsv:{line}: word 'Attack' must"):
        StatementStage(data=data)


def test_a_missing_word_class_is_an_error(data: Path) -> None:
    path = data / "statement_words.tsv"
    path.write_text("".join(line for line in path.read_text(encoding="utf-8")
                            .splitlines(keepends=True) if not line.startswith("no_tag")),
                    encoding="utf-8")
    with pytest.raises(LexiconError, match="statement_words.tsv:0: missing word class.*no_tag"):
        StatementStage(data=data)


def test_the_stage_keeps_no_document_state(engine) -> None:
    stage = next(s for s in engine.stages if isinstance(s, StatementStage))
    before = copy.deepcopy(vars(stage))
    engine.analyze(Article(id="t", text=f'{MUTTERED} "We are done," Russia said.'))
    assert vars(stage) == before
