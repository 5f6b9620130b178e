"""The stancemap/1 JSON Schema and the offset/id checks."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from stancemap.model import (
    Actor,
    Article,
    Document,
    Event,
    Proposition,
    Span,
    Stance,
    Statement,
    output,
)
from stancemap.schema import check_offsets, load_schema, validate_document, validate_output

SHARED = Path(__file__).resolve().parents[2] / "shared"

TEXT = (
    "Slovak Defense Minister Robert Kalinak rejected sending NATO troops to Ukraine, calling it "
    'a "red line". He said Slovakia would not take part.'
)


def span(text: str, part: str, occurrence: int = 0) -> Span:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(part, start + 1)
    return Span(start, start + len(part), part)


def sample_document() -> Document:
    t = TEXT
    return Document(
        id="sample",
        text=t,
        date="2024-03-12",
        actors=[
            Actor(
                id="a1",
                name="Robert Kalinak",
                type="person",
                country="SVK",
                roles=["Defense Minister"],
                sector="GOV",
                mentions=[span(t, "Slovak Defense Minister Robert Kalinak"), span(t, "He")],
            ),
            Actor(
                id="a2",
                name="Slovakia",
                type="country",
                country="SVK",
                mentions=[span(t, "Slovakia")],
            ),
            Actor(
                id="a3",
                name="Ukraine",
                type="country",
                country="UKR",
                mentions=[span(t, "Ukraine")],
            ),
        ],
        statements=[
            Statement(
                id="s1",
                speaker="a1",
                kind="indirect",
                cue=span(t, "said"),
                content=span(t, "Slovakia would not take part"),
                source=span(t, "He"),
            ),
        ],
        propositions=[
            Proposition(
                id="p1",
                label="sending NATO troops to Ukraine",
                mentions=[span(t, "sending NATO troops to Ukraine")],
            ),
        ],
        stances=[
            Stance(
                actor="a1",
                proposition="p1",
                polarity="oppose",
                statement=None,
                evidence=span(t, t[: t.index(".") + 1]),
            ),
        ],
        events=[
            Event(
                id="e1",
                type="REJECT",
                mode=None,
                source="a1",
                target=None,
                date="2024-03-12",
                quad="VERBAL_CONFLICT",
                evidence=span(t, t[: t.index(".") + 1]),
            ),
        ],
    )


@pytest.fixture
def valid() -> dict[str, Any]:
    return output([sample_document()])


def test_schema_is_valid_draft_2020_12() -> None:
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def test_hand_built_document_validates(valid: dict[str, Any]) -> None:
    assert validate_output(valid) == []
    assert check_offsets(valid) == []
    assert validate_document(valid["documents"][0]) == []


def test_empty_output_and_extensions_are_valid(valid: dict[str, Any]) -> None:
    assert validate_output({"schema": "stancemap/1", "documents": []}) == []
    ext = copy.deepcopy(valid)
    ext["generator"] = "test"
    ext["documents"][0]["actors"][0]["confidence"] = 0.9
    ext["documents"][0]["stances"][0]["rule"] = "negated-support"
    assert validate_output(ext) == []


@pytest.mark.parametrize(
    ("path", "value", "needle"),
    [
        (("actors", 0, "type"), "robot", "actors/0/type"),
        (("statements", 0, "kind"), "shouted", "statements/0/kind"),
        (("stances", 0, "polarity"), "against", "stances/0/polarity"),
        (("events", 0, "type"), "INVADE", "events/0/type"),
        (("events", 0, "quad"), "MATERIAL_CONFLICT", "events/0/quad"),  # REJECT is verbal
        (("actors", 0, "country"), "Slovakia", "actors/0/country"),
        (("actors", 1, "country"), "svk", "actors/1/country"),
        (("actors", 0, "mentions", 0, "start"), -1, "actors/0/mentions/0/start"),
        (("actors", 0, "mentions", 0, "end"), "38", "actors/0/mentions/0/end"),
    ],
)
def test_bad_values_are_reported(
    valid: dict[str, Any], path: tuple[Any, ...], value: Any, needle: str
) -> None:
    obj = copy.deepcopy(valid)
    node = obj["documents"][0]
    for key in path[:-1]:
        node = node[key]
    node[path[-1]] = value
    errors = validate_output(obj)
    assert errors, f"{path} = {value!r} should be rejected"
    assert any(needle in e for e in errors), errors


@pytest.mark.parametrize(
    ("container", "field"),
    [
        (None, "actors"),
        (None, "text"),
        (("actors", 0), "type"),
        (("actors", 0), "mentions"),
        (("statements", 0), "content"),
        (("stances", 0), "polarity"),
        (("events", 0), "quad"),
    ],
)
def test_missing_field_is_reported(
    valid: dict[str, Any], container: tuple[Any, ...] | None, field: str
) -> None:
    obj = copy.deepcopy(valid)
    node = obj["documents"][0]
    for key in container or ():
        node = node[key]
    del node[field]
    errors = validate_output(obj)
    assert any(f"'{field}' is a required property" in e for e in errors), errors


def test_missing_top_level_and_wrong_schema_name(valid: dict[str, Any]) -> None:
    assert validate_output({"schema": "stancemap/1"})
    obj = copy.deepcopy(valid)
    obj["schema"] = "stancemap/2"
    assert validate_output(obj)


def test_null_country_is_valid(valid: dict[str, Any]) -> None:
    obj = copy.deepcopy(valid)
    obj["documents"][0]["actors"][0]["country"] = None
    assert validate_output(obj) == []


def test_offset_text_mismatch_is_reported(valid: dict[str, Any]) -> None:
    obj = copy.deepcopy(valid)
    mention = obj["documents"][0]["actors"][0]["mentions"][1]  # "He"
    mention["start"] += 1
    mention["end"] += 1
    assert validate_output(obj) == []  # the schema alone cannot see this
    errors = check_offsets(obj)
    assert len(errors) == 1
    assert "actors/0/mentions/1" in errors[0]


def test_offsets_out_of_range_and_extension_spans(valid: dict[str, Any]) -> None:
    obj = copy.deepcopy(valid)
    doc = obj["documents"][0]
    doc["events"][0]["evidence"]["end"] = len(doc["text"]) + 5
    doc["statements"][0]["source"] = {"start": 0, "end": 2, "text": "XX"}
    errors = check_offsets(obj)
    assert any("events/0/evidence" in e and "out of range" in e for e in errors), errors
    assert any("statements/0/source" in e for e in errors), errors


def test_dangling_and_duplicate_ids_are_reported(valid: dict[str, Any]) -> None:
    obj = copy.deepcopy(valid)
    doc = obj["documents"][0]
    doc["statements"][0]["speaker"] = "a9"
    doc["stances"][0]["proposition"] = "p7"
    doc["stances"][0]["statement"] = "s5"
    doc["events"][0]["target"] = "a8"
    doc["actors"][2]["id"] = "a1"
    errors = check_offsets(obj)
    joined = "\n".join(errors)
    for needle in ("'a9'", "'p7'", "'s5'", "'a8'", "duplicate actor id 'a1'"):
        assert needle in joined, errors


def test_model_round_trip_keeps_validity(valid: dict[str, Any]) -> None:
    again = output([Document.from_dict(valid["documents"][0])])
    assert again == valid


def test_engine_output_on_seed_validates() -> None:
    seed = SHARED / "gold" / "seed.txt"
    if not seed.exists():
        pytest.skip(f"shared data not found at {SHARED}")
    from stancemap.pipeline import Engine

    doc = Engine().analyze(Article(id="seed", text=seed.read_text(encoding="utf-8")))
    obj = output([doc])
    assert validate_output(obj) == []
    assert check_offsets(obj) == []
