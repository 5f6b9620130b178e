"""The size limits of issue #9 for the event stage: no function over 80 lines, no class over
600, no module over 1,200; and no per-document state on the stage."""

from __future__ import annotations

import ast
from pathlib import Path

import stancemap.events
from stancemap.events import EventStage

PACKAGE = Path(stancemap.events.__file__).parent
LIMITS = {ast.FunctionDef: 80, ast.ClassDef: 600}


def _too_long() -> list[str]:
    out = []
    for path in sorted(PACKAGE.glob("*.py")):
        text = path.read_text(encoding="utf-8")
        if text.count("\n") > 1200:
            out.append(f"{path.name}: {text.count(chr(10))} lines")
        for node in ast.walk(ast.parse(text)):
            limit = LIMITS.get(type(node))
            if limit is not None and node.end_lineno - node.lineno + 1 > limit:
                out.append(f"{path.name}:{node.lineno} {node.name}")
    return out


def test_no_function_class_or_module_over_the_limits():
    assert _too_long() == []


def test_the_stage_keeps_no_document_state():
    assert set(vars(EventStage())) == {"lexicon", "future_concession"}
