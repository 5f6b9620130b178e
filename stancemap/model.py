"""The records stancemap produces, with character offsets, and their stancemap/1 form.

Every record is a plain dataclass. ``to_dict()`` gives the JSON shape of
``shared/spec/OUTPUT.md``; ``Document.from_dict`` reads it back.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

SCHEMA = "stancemap/1"

ACTOR_TYPES = ("person", "country", "organization", "group")
STATEMENT_KINDS = ("direct", "indirect", "mixed")
POLARITIES = ("support", "oppose", "neutral", "conditional")
RELATION_POLARITIES = ("positive", "negative")
RELATION_BASES = ("statement", "event", "stance")
_EVENT_FIELDS = {"id", "type", "mode", "source", "target", "date", "quad", "evidence",
                 "cameo"}


@dataclass
class Span:
    """A stretch of the document's text: ``text == doc_text[start:end]``."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Span | None:
        if d is None:
            return None
        return cls(int(d["start"]), int(d["end"]), d["text"])


@dataclass
class Article:
    """One input document, as the readers hand it to the engine."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None  # where it was read from (file, or file:line for JSONL)


@dataclass
class Actor:
    id: str
    name: str
    type: str
    country: str | None = None
    roles: list[str] = field(default_factory=list)
    sector: str | None = None
    mentions: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "country": self.country,
            "roles": list(self.roles),
            "sector": self.sector,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass
class Statement:
    id: str
    speaker: str | None
    kind: str
    cue: Span | None
    content: Span
    source: Span | None = None  # the words that name the speaker in this statement
    # what the words are: speech | belief | intention | document | poll (ATTRIBUTIONS)
    attribution: str = "speech"
    # a content broken by its own attribution ('"A," she said, "B."'): the pieces, in order;
    # ``content`` then runs from the first to the last. Empty when the content is one piece.
    fragments: list[Span] = field(default_factory=list)

    @property
    def content_text(self) -> str:
        """The words attributed: the fragments joined by a space, or the content's text."""
        return " ".join(f.text for f in self.fragments) if self.fragments else self.content.text

    def to_dict(self) -> dict[str, Any]:
        d = {
            "id": self.id,
            "speaker": self.speaker,
            "kind": self.kind,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": self.content.to_dict(),
        }
        if self.source is not None:
            d["source"] = self.source.to_dict()
        d["attribution"] = self.attribution
        if self.fragments:
            d["fragments"] = [f.to_dict() for f in self.fragments]
        return d


@dataclass
class Proposition:
    id: str
    label: str
    mentions: list[Span] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass
class Stance:
    actor: str
    proposition: str
    polarity: str
    statement: str | None
    evidence: Span

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor": self.actor,
            "proposition": self.proposition,
            "polarity": self.polarity,
            "statement": self.statement,
            "evidence": self.evidence.to_dict(),
        }


@dataclass
class Event:
    id: str
    type: str
    mode: str | None
    source: str | None
    target: str | None
    date: str | None
    quad: str
    evidence: Span
    #: the CAMEO code where the event was coded by the CAMEO verb dictionary ("1831"); written
    #: only when set
    cameo: str | None = None
    # Fields beyond OUTPUT.md's floor (e.g. source_text, target_text, date_granularity) read
    # back from saved output, kept so that a round trip loses nothing.
    extra: dict[str, Any] = field(default_factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d.pop("extra", None)
        d.pop("cameo", None)
        d["evidence"] = self.evidence.to_dict()
        d.update(self.extra)  # read-back fields in the order they were saved (cameo among them)
        if self.cameo is not None:
            d["cameo"] = self.cameo
        else:
            d.pop("cameo", None)
        return d

    def span_field(self, name: str) -> Span | None:
        """An extension span such as ``source_text`` (an attribute or a saved extra)."""
        value = getattr(self, name, None) or self.extra.get(name)
        if isinstance(value, dict):
            return Span.from_dict(value)
        return value if isinstance(value, Span) else None


@dataclass
class Relation:
    """How one actor stands toward another (the signed actor network), with its evidence.

    ``basis`` says where it comes from: ``statement`` (said about the target), ``event`` (a
    PLOVER event between them) or ``stance`` (backs or rebuts the target's position).
    """

    id: str
    source: str
    target: str
    polarity: str
    basis: str
    evidence: Span

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "source": self.source,
            "target": self.target,
            "polarity": self.polarity,
            "basis": self.basis,
            "evidence": self.evidence.to_dict(),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Relation:
        return cls(
            id=d["id"],
            source=d["source"],
            target=d["target"],
            polarity=d["polarity"],
            basis=d["basis"],
            evidence=Span.from_dict(d["evidence"]),  # type: ignore[arg-type]
        )


@dataclass
class Document:
    """Everything the engine found in one article."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None
    actors: list[Actor] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    propositions: list[Proposition] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date,
            "url": self.url,
            "source": self.source,
            "text": self.text,
            "actors": [a.to_dict() for a in self.actors],
            "statements": [s.to_dict() for s in self.statements],
            "propositions": [p.to_dict() for p in self.propositions],
            "stances": [s.to_dict() for s in self.stances],
            "events": [e.to_dict() for e in self.events],
            "relations": [r.to_dict() for r in self.relations],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Document:
        def spans(items: list[dict[str, Any]]) -> list[Span]:
            return [Span(int(m["start"]), int(m["end"]), m["text"]) for m in items]

        return cls(
            id=d["id"],
            text=d["text"],
            title=d.get("title"),
            date=d.get("date"),
            url=d.get("url"),
            source=d.get("source"),
            actors=[
                Actor(
                    id=a["id"],
                    name=a["name"],
                    type=a["type"],
                    country=a.get("country"),
                    roles=list(a.get("roles") or []),
                    sector=a.get("sector"),
                    mentions=spans(a.get("mentions") or []),
                )
                for a in d.get("actors", [])
            ],
            statements=[
                Statement(
                    id=s["id"],
                    speaker=s.get("speaker"),
                    kind=s["kind"],
                    cue=Span.from_dict(s.get("cue")),
                    content=Span.from_dict(s["content"]),  # type: ignore[arg-type]
                    source=Span.from_dict(s.get("source")),
                    attribution=s.get("attribution") or "speech",
                    fragments=spans(s.get("fragments") or []),
                )
                for s in d.get("statements", [])
            ],
            propositions=[
                Proposition(id=p["id"], label=p["label"], mentions=spans(p.get("mentions") or []))
                for p in d.get("propositions", [])
            ],
            stances=[
                Stance(
                    actor=s["actor"],
                    proposition=s["proposition"],
                    polarity=s["polarity"],
                    statement=s.get("statement"),
                    evidence=Span.from_dict(s["evidence"]),  # type: ignore[arg-type]
                )
                for s in d.get("stances", [])
            ],
            events=[
                Event(
                    id=e["id"],
                    type=e["type"],
                    mode=e.get("mode"),
                    source=e.get("source"),
                    target=e.get("target"),
                    date=e.get("date"),
                    quad=e["quad"],
                    evidence=Span.from_dict(e["evidence"]),  # type: ignore[arg-type]
                    cameo=e.get("cameo"),
                    # "cameo" also stays in extra: its place among the fields survives a round trip
                    extra={k: v for k, v in e.items() if k not in _EVENT_FIELDS or k == "cameo"},
                )
                for e in d.get("events", [])
            ],
            relations=[Relation.from_dict(r) for r in d.get("relations") or []],
        )


def output(documents: list[Document]) -> dict[str, Any]:
    """The top-level stancemap/1 object for a list of documents."""
    return {"schema": SCHEMA, "documents": [d.to_dict() for d in documents]}
