"""Reading the stances of a text in a test: (holder name, polarity, proposition label) triples."""

from __future__ import annotations

from typing import Any

from stancemap.model import Article


def stances(engine: Any, text: str) -> list[tuple[str, str, str]]:
    """(holder, polarity, proposition label) of every stance the engine finds, sorted."""
    doc = engine.analyze(Article(id="t", text=text))
    names = {a.id: a.name for a in doc.actors}
    labels = {p.id: p.label for p in doc.propositions}
    return sorted((names[s.actor], s.polarity, labels[s.proposition]) for s in doc.stances)
