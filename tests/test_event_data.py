"""The event rules' data files: validation on load, a trigger added by one line of data, and
the one PLOVER type table against the JSON Schema and the evaluator."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from data_support import append

from stancemap.events import QUAD, EventStage, Lexicon
from stancemap.events.tables import DATA, TYPE_GROUPS, EventTypes, WordLists
from stancemap.events.vocab import TYPES, WORD_LISTS
from stancemap.lexicon import Column, LexiconError, read_table

# -- the shared reader --------------------------------------------------------------------------


def test_read_table_checks_columns_and_values(tmp_path: Path):
    cols = (Column("word", lower=True), Column("kind", values={"a", "b"}),
            Column("tags", many=True, required=False), Column("notes", required=False))
    path = tmp_path / "t.tsv"
    path.write_text("# comment\nWord\ta\tx,y\tnote\nother\tb\t-\n", encoding="utf-8")
    rows = read_table(path, cols)
    assert [(r["word"], r["kind"], r.items("tags"), r.get("notes"), r.line) for r in rows] == [
        ("word", "a", ("x", "y"), "note", 2), ("other", "b", (), None, 3)]
    path.write_text("word\tc\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"t\.tsv:1: unknown kind 'c'"):
        read_table(path, cols)
    path.write_text("word\ta\t-\t-\textra\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"t\.tsv:1: 5 columns; the table has 4"):
        read_table(path, cols)
    path.write_text("\n\nword\t-\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"t\.tsv:3: no value in column 'kind'"):
        read_table(path, cols)


# -- validation of the event tables -------------------------------------------------------------


@pytest.mark.parametrize("table, line, message", [
    ("event_verbs.tsv", "smite\tSMITE\t-", "unknown type 'SMITE'"),
    ("event_verbs.tsv", "smite\tASSAULT\tbrutal", "unknown mode 'brutal'"),
    ("event_verbs.tsv", "smite\tASSAULT\tdemand", "mode 'demand' is not a mode of ASSAULT"),
    ("event_verbs.tsv", "smite\tASSAULT\t-\tnote\tmore", "5 columns; the table has 4"),
    ("event_verbs.tsv", "smite [@weapon]\tASSAULT\t-", "unknown noun class 'weapon'"),
    ("event_verbs.tsv", "urge\tREQUEST\t-", "'urge' is given twice"),
    ("event_speaker.tsv", "smite\tSMITE\t-", "unknown type 'SMITE'"),
    ("event_nouns.tsv", "smiting\tSMITE\t-\t-", "unknown type 'SMITE'"),
    ("event_control.tsv", "reckon\tspeach", "unknown kind 'speach'"),
    ("event_types.tsv", "SMITE\tMATERIAL_WAR\t4", "unknown quad 'MATERIAL_WAR'"),
    ("event_types.tsv", "SMITE\tMATERIAL_CONFLICT\t4\tviolent", "unknown groups 'violent'"),
])
def test_a_bad_line_is_an_error_naming_file_and_line(data: Path, table: str, line: str,
                                                     message: str):
    n = append(data / table, line)
    with pytest.raises(LexiconError) as err:
        Lexicon.load(data)
    assert f"{table}:{n}: " in str(err.value) and err.value.path.name == table
    assert message in str(err.value)


def test_word_lists_are_checked(data: Path):
    n = append(data / "event_words.tsv", "praise_wrods\tgreat\t-")
    with pytest.raises(LexiconError, match=rf"/event_words\.tsv:{n}: unknown list 'praise_wrods'"):
        WordLists.load(WORD_LISTS, data / "event_words.tsv")
    shutil.copy(DATA / "event_words.tsv", data / "event_words.tsv")
    n = append(data / "event_words.tsv", "nominalization\truling\t-")
    with pytest.raises(LexiconError, match=rf"/event_words\.tsv:{n}: .* takes a key"):
        WordLists.load(WORD_LISTS, data / "event_words.tsv")


def test_the_shipped_tables_load():
    lex = Lexicon.load()
    assert lex.verbs["cut off [@ties]"].type == "SANCTION"
    assert TYPES.group("symmetric") == {"CONSULT", "COOPERATE"}
    assert TYPES.target_preps["CONSULT"] == ("with", "to")


# -- a new trigger from one line of data --------------------------------------------------------


@pytest.fixture(scope="module")
def engine():
    from stancemap.pipeline import Engine

    return Engine()


def _events(engine, stage: EventStage, text: str) -> list[tuple[str, str | None, str | None]]:
    from stancemap.model import Article

    stages = [stage if isinstance(s, EventStage) else s for s in engine.stages]
    old, engine.stages = engine.stages, stages
    try:
        doc = engine.analyze(Article(id="t", text=text, date="2024-03-14"))
    finally:
        engine.stages = old
    names = {a.id: a.name for a in doc.actors}
    return [(e.type, names.get(e.source or ""), names.get(e.target or "")) for e in doc.events]


def test_one_line_of_data_adds_a_multiword_trigger(engine, data: Path):
    text = "India traded fire with Pakistan on Monday."
    # (the CAMEO dictionary knows "trade [fire]": our own table alone here)
    own = EventStage(lexicon=Lexicon.load(cameo=False))
    assert ("ASSAULT", "India", "Pakistan") not in _events(engine, own, text)
    append(data / "event_verbs.tsv", "trade [fire]\tASSAULT\t-\t\"traded fire with X\"")
    stage = EventStage(lexicon=Lexicon.load(data, cameo=False))
    assert _events(engine, stage, text) == [("ASSAULT", "India", "Pakistan"),
                                            ("ASSAULT", "Pakistan", "India")]  # reciprocal


def test_verb_particle_and_object_triggers_come_from_data(engine, data: Path):
    text = "Niger broke off talks with France on Monday."
    # (without the CAMEO dictionary, whose "break off" is a threat: only our own tables)
    assert _events(engine, EventStage(lexicon=Lexicon.load(cameo=False)), text) == []
    append(data / "event_verbs.tsv", "break off [talk]\tREJECT\tmeet")
    stage = EventStage(lexicon=Lexicon.load(data))  # our table comes before the dictionary
    assert _events(engine, stage, text) == [("REJECT", "Niger", "France")]


# -- one event-type table -----------------------------------------------------------------------


def test_schema_enumerations_follow_the_type_table():
    schema = json.loads((DATA / "stancemap-1.schema.json").read_text(encoding="utf-8"))
    defs = schema["$defs"]
    assert defs["eventType"]["enum"] == list(TYPES.quad)
    assert set(defs["quad"]["enum"]) == set(TYPES.quad.values())
    for rule in defs["event"]["allOf"]:
        types = rule["if"]["properties"]["type"]["enum"]
        quad = rule["then"]["properties"]["quad"]["const"]
        assert types == [t for t, q in TYPES.quad.items() if q == quad]
    assert QUAD == TYPES.quad


def test_evaluator_cameo_classes_follow_the_type_table():
    from stancemap.evaluate import DEMAND_MODES, PLOVER_CLASS

    assert PLOVER_CLASS == TYPES.cameo_class
    assert "REQUEST" not in TYPES.cameo_class  # its class is by mode
    assert DEMAND_MODES <= TYPES.modes["REQUEST"]


def test_type_table_reloads_identically():
    assert EventTypes.load() == TYPES


def test_every_rule_group_has_types_and_a_line_in_the_header():
    """A rule's set of event types is a group of event_types.tsv, not a tuple in Python: each
    group the code knows names some type and is described in the file's header."""
    header = (DATA / "event_types.tsv").read_text()
    for group in sorted(TYPE_GROUPS):
        assert TYPES.group(group), group
        assert re.search(rf"^#\s+{group}\s", header, re.M), group
