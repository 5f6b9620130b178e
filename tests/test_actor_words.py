"""The actor layer's word classes live in ``data/actors/words.tsv``, one class a line."""

from __future__ import annotations

from pathlib import Path

from data_support import append, assert_bad_row, data_copy

from stancemap.actors import detect, titles
from stancemap.actors.words import WORDS, WORDS_FILE
from stancemap.lexicon import phrase_classes

WORDS_NAME = "actors/words.tsv"


def _load(data: Path) -> dict[str, frozenset[str]]:
    return phrase_classes(data / WORDS_NAME)


def test_classes_are_the_constants_the_rules_use() -> None:
    assert detect.GROUP_HEADS == WORDS["group_heads"]
    assert "taxi drivers" in detect.GROUP_HEADS  # a phrase of two words stays one entry
    assert "secretary-general" in titles.HEAD_ROLES
    assert WORDS_FILE.name == "words.tsv"


def test_a_word_in_the_wrong_case_names_file_and_line(tmp_path: Path) -> None:
    assert_bad_row(data_copy(tmp_path), WORDS_NAME, "extra_class\tDock Workers",
                   "lower-case words", _load)


def test_a_class_defined_twice_names_file_and_line(tmp_path: Path) -> None:
    assert_bad_row(data_copy(tmp_path), WORDS_NAME, "group_heads\tdockers",
                   "already defined", _load)


def test_a_new_class_line_is_read(tmp_path: Path) -> None:
    data = data_copy(tmp_path)
    append(data / WORDS_NAME, "dock_words\tdockers, port workers")
    assert _load(data)["dock_words"] == {"dockers", "port workers"}
