"""The event record: ``model.Event`` plus trigger, phrases, rule and date source."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..model import Event, Span


@dataclass
class PloverEvent(Event):
    """``model.Event`` plus what a reader needs to check it: the trigger words, the phrases
    naming source and target (also where no actor id covers them), how the date was found and
    which rule coded the event. ``to_dict`` adds these to the stancemap/1 fields."""

    trigger: Span | None = None
    source_text: Span | None = None
    target_text: Span | None = None
    date_text: str | None = None
    date_granularity: str | None = None
    rule: str = ""
    sentence: int | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "source": self.source,
            "target": self.target,
            "date": self.date,
            "quad": self.quad,
            "evidence": self.evidence.to_dict(),
            "date_text": self.date_text,
            "date_granularity": self.date_granularity,
        }
        for name in ("trigger", "source_text", "target_text"):
            span = getattr(self, name)
            if span is not None:
                d[name] = span.to_dict()
        if self.cameo is not None:
            d["cameo"] = self.cameo
        if self.sentence is not None:
            d["sentence"] = self.sentence
        if self.rule:
            d["rule"] = self.rule
        return d
