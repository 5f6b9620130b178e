"""The Python API: stancemap.analyze and stancemap.analyze_many."""

from __future__ import annotations

import stancemap
from stancemap.model import Article


def test_analyze_returns_a_document_with_offsets():
    text = "Norwegian Foreign Minister Kari Lund said Oslo would host the talks."
    doc = stancemap.analyze(text, date="2025-02-03", id="n1", title="Talks")
    assert (doc.id, doc.date, doc.title) == ("n1", "2025-02-03", "Talks")
    lund = next(a for a in doc.actors if a.name == "Kari Lund")
    assert (lund.country, lund.roles) == ("NOR", ["Foreign Minister"])
    for actor in doc.actors:
        for m in actor.mentions:
            assert text[m.start:m.end] == m.text
    assert doc.to_dict()["actors"][0]["id"] == "a1"


def test_analyze_many_streams_in_order():
    items = ["Chile thanked Peru.", Article(id="x", text="Kenya criticised Uganda.")]
    docs = list(stancemap.analyze_many(items, batch_size=2))
    assert [d.id for d in docs] == ["doc1", "x"]
    assert {a.name for a in docs[1].actors} == {"Kenya", "Uganda"}
