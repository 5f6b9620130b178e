"""Checks that output is well-formed stancemap/1: the JSON Schema, then offsets and ids.

``validate_output`` checks shapes and vocabularies against ``data/stancemap-1.schema.json``
(draft 2020-12). What a schema cannot express, ``check_offsets`` checks: every span's ``text``
equals ``document.text[start:end]``, and every id that a statement, stance or event refers to
exists in the same document (a relation's two ends are different actors). Both return a list
of readable messages, empty when all is well.

    >>> from stancemap.schema import validate_output, check_offsets
    >>> obj = {"schema": "stancemap/1", "documents": []}
    >>> validate_output(obj) + check_offsets(obj)
    []
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator
from jsonschema.exceptions import ValidationError

SCHEMA_FILE = "stancemap-1.schema.json"


def load_schema() -> dict[str, Any]:
    """The stancemap/1 JSON Schema, read from the package data."""
    ref = resources.files("stancemap").joinpath("data", SCHEMA_FILE)
    return json.loads(ref.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _validator() -> Draft202012Validator:
    return Draft202012Validator(load_schema())


@lru_cache(maxsize=1)
def _document_validator() -> Draft202012Validator:
    schema = load_schema()
    # The document definition, keeping $defs so its $refs resolve.
    sub = {"$schema": schema["$schema"], "$defs": schema["$defs"], "$ref": "#/$defs/document"}
    return Draft202012Validator(sub)


def _where(path: Any) -> str:
    return "/".join(str(p) for p in path) or "(root)"


def _messages(errors: list[ValidationError], prefix: str = "") -> list[str]:
    out = []
    for err in sorted(errors, key=lambda e: [str(p) for p in e.absolute_path]):
        where = _where(err.absolute_path)
        out.append(f"{prefix}{where}: {err.message}")
    return out


def validate_output(obj: Any) -> list[str]:
    """Schema errors of a whole stancemap/1 object (``{"schema", "documents"}``); [] if valid."""
    return _messages(list(_validator().iter_errors(obj)))


def validate_document(doc: Any) -> list[str]:
    """Schema errors of one document object (e.g. one line of JSONL output); [] if valid."""
    return _messages(list(_document_validator().iter_errors(doc)))


def _is_span(x: Any) -> bool:
    return (
        isinstance(x, dict)
        and isinstance(x.get("start"), int)
        and isinstance(x.get("end"), int)
        and not isinstance(x.get("start"), bool)
        and not isinstance(x.get("end"), bool)
        and isinstance(x.get("text"), str)
    )


def _spans(node: Any, path: str) -> list[tuple[str, dict[str, Any]]]:
    """Every span object below ``node`` (extension fields included), with its path."""
    found: list[tuple[str, dict[str, Any]]] = []
    if isinstance(node, dict):
        if _is_span(node):
            found.append((path, node))
        for key, value in node.items():
            if isinstance(value, dict | list):
                found.extend(_spans(value, f"{path}/{key}"))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            found.extend(_spans(value, f"{path}/{i}"))
    return found


def _ids(items: Any, what: str, where: str, errors: list[str]) -> set[str]:
    ids: set[str] = set()
    if not isinstance(items, list):
        return ids
    for i, item in enumerate(items):
        if not isinstance(item, dict) or "id" not in item:
            continue
        ident = item["id"]
        if ident in ids:
            errors.append(f"{where}/{what}/{i}/id: duplicate {what[:-1]} id {ident!r}")
        ids.add(ident)
    return ids


def _check_refs(
    items: Any,
    field: str,
    known: set[str],
    kind: str,
    where: str,
    errors: list[str],
    nullable: bool = True,
) -> None:
    if not isinstance(items, list):
        return
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            continue
        ref = item.get(field)
        if ref is None and nullable:
            continue
        if ref not in known:
            errors.append(f"{where}/{i}/{field}: no {kind} with id {ref!r}")


def _check_document(doc: Any, where: str) -> list[str]:
    errors: list[str] = []
    if not isinstance(doc, dict):
        return [f"{where}: not an object"]
    text = doc.get("text")
    if not isinstance(text, str):
        return [f"{where}/text: missing or not a string"]
    n = len(text)
    for path, span in _spans({k: v for k, v in doc.items() if k != "text"}, where):
        start, end = span["start"], span["end"]
        if start < 0 or end < start or end > n:
            errors.append(f"{path}: offsets [{start}:{end}] out of range for a text of {n} chars")
        elif text[start:end] != span["text"]:
            errors.append(
                f"{path}: text {span['text']!r} != document.text[{start}:{end}] {text[start:end]!r}"
            )
    actors = _ids(doc.get("actors"), "actors", where, errors)
    statements = _ids(doc.get("statements"), "statements", where, errors)
    propositions = _ids(doc.get("propositions"), "propositions", where, errors)
    _ids(doc.get("events"), "events", where, errors)
    sts, stn, evs = doc.get("statements"), doc.get("stances"), doc.get("events")
    _check_refs(sts, "speaker", actors, "actor", f"{where}/statements", errors)
    _check_refs(stn, "actor", actors, "actor", f"{where}/stances", errors, nullable=False)
    _check_refs(
        stn,
        "proposition",
        propositions,
        "proposition",
        f"{where}/stances",
        errors,
        nullable=False,
    )
    _check_refs(stn, "statement", statements, "statement", f"{where}/stances", errors)
    _check_refs(evs, "source", actors, "actor", f"{where}/events", errors)
    _check_refs(evs, "target", actors, "actor", f"{where}/events", errors)
    _check_relations(doc.get("relations"), actors, where, errors)
    return errors


def _check_relations(rels: Any, actors: set[str], where: str, errors: list[str]) -> None:
    """Relation ids unique, both ends known actors, and the two ends different."""
    _ids(rels, "relations", where, errors)
    for end in ("source", "target"):
        _check_refs(rels, end, actors, "actor", f"{where}/relations", errors, nullable=False)
    for i, rel in enumerate(rels if isinstance(rels, list) else []):
        if isinstance(rel, dict) and rel.get("source") == rel.get("target"):
            errors.append(f"{where}/relations/{i}: source and target are the same actor")


def check_offsets(obj: Any) -> list[str]:
    """Span texts that do not match ``document.text[start:end]``, and dangling or duplicate ids.

    ``obj`` is a whole stancemap/1 object or a single document object. Every object below a
    document with integer ``start``/``end`` and a string ``text`` counts as a span, so spans in
    extension fields are checked too.
    """
    if isinstance(obj, dict) and "documents" in obj:
        docs = obj["documents"]
        if not isinstance(docs, list):
            return ["documents: not a list"]
        errors: list[str] = []
        for i, doc in enumerate(docs):
            errors.extend(_check_document(doc, f"documents/{i}"))
        return errors
    return _check_document(obj, "(document)")
