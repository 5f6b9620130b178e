"""Records survive a round trip through stancemap/1 JSON, extension fields included."""

from __future__ import annotations

from stancemap.model import Document, Event, Span


def test_event_extension_fields_round_trip():
    text = "Police arrested protesters."
    event = Event(id="e1", type="COERCE", mode=None, source=None, target=None, date=None,
                  quad="MATERIAL_CONFLICT", evidence=Span(0, 26, text[:26]),
                  extra={"source_text": {"start": 0, "end": 6, "text": "Police"},
                         "date_granularity": "day"})
    doc = Document(id="d", text=text, events=[event])
    again = Document.from_dict(doc.to_dict())
    assert again.to_dict() == doc.to_dict()
    assert again.events[0].span_field("source_text") == Span(0, 6, "Police")
    assert again.events[0].span_field("target_text") is None
