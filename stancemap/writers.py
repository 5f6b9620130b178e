"""Output formats: stancemap/1 JSON and JSONL, a terminal summary, and PLOVER event lines.

Every writer takes an iterable of ``model.Document`` and a text file handle:

- ``json``: the whole stancemap/1 object (``{"schema", "documents"}``), indented.
- ``jsonl``: one document object per line, each carrying ``"schema": "stancemap/1"`` so a line
  can be read on its own (streams; nothing is held in memory).
- ``text``: a readable summary per document: actors, statements per speaker, propositions with
  who supports and who opposes them (and the same rolled up by country), events, and
  relations (who stands positively or negatively toward whom).
- ``plover``: one PLOVER event record per line (actor, event, recipient, mode, context, date,
  text), as event-data tools expect, with the document id and offsets of the evidence, and
  the CAMEO code beside the PLOVER type where the CAMEO verb dictionary coded the event
  (``cameo``, else null).
"""

from __future__ import annotations

import json
import textwrap
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from .model import SCHEMA, Actor, Document, Stance, Statement, output

WIDTH = 100
QUOTE_CHARS = 160  # statement content shown in the text summary
EVIDENCE_CHARS = 90  # evidence quotes next to stances and events

POLARITY_ORDER = ("support", "oppose", "conditional", "neutral")
RELATION_STYLE = {"positive": "support", "negative": "oppose"}  # colours of relation labels
_ANSI = {
    "bold": "\033[1m",
    "dim": "\033[2m",
    "support": "\033[32m",
    "oppose": "\033[31m",
    "conditional": "\033[33m",
    "neutral": "\033[36m",
    "reset": "\033[0m",
}


# --- JSON formats ---------------------------------------------------------------------------


def write_json(docs: Iterable[Document], fh: TextIO) -> None:
    """The stancemap/1 object for all ``docs``, indented by 2, non-ASCII kept as is."""
    json.dump(output(list(docs)), fh, indent=2, ensure_ascii=False)
    fh.write("\n")


def write_jsonl(docs: Iterable[Document], fh: TextIO) -> None:
    """One standalone document object per line, each with ``"schema": "stancemap/1"``."""
    for doc in docs:
        fh.write(json.dumps({"schema": SCHEMA, **doc.to_dict()}, ensure_ascii=False))
        fh.write("\n")


def _plover_actor(actor: Actor | None, ident: str | None) -> dict[str, Any]:
    if actor is None:
        return {"name": None, "country": None, "sector": None, "id": ident}
    return {"name": actor.name, "country": actor.country, "sector": actor.sector, "id": actor.id}


def plover_records(doc: Document) -> list[dict[str, Any]]:
    """The PLOVER records of one document's events (as ``write_plover`` writes them).

    ``id`` is ``"<doc id>:<event id>"`` so it stays unique across documents; ``date`` falls
    back to the document's date; ``recipient`` is null for events without a target.
    """
    actors = {a.id: a for a in doc.actors}
    records = []
    for e in doc.events:
        records.append(
            {
                "id": f"{doc.id}:{e.id}",
                "actor": _plover_actor(actors.get(e.source) if e.source else None, e.source),
                "recipient": (
                    _plover_actor(actors.get(e.target), e.target) if e.target is not None else None
                ),
                "event": e.type,
                "mode": e.mode,
                "cameo": e.cameo,
                "context": [],
                "date": e.date or doc.date,
                "text": e.evidence.text,
                "doc_id": doc.id,
                "evidence": {"start": e.evidence.start, "end": e.evidence.end},
                "quad": e.quad,
            }
        )
    return records


def write_plover(docs: Iterable[Document], fh: TextIO) -> None:
    """PLOVER JSONL: one event per line, actor and recipient resolved to name/country/sector."""
    for doc in docs:
        for record in plover_records(doc):
            fh.write(json.dumps(record, ensure_ascii=False))
            fh.write("\n")


# --- text summary ---------------------------------------------------------------------------


def _flat(text: str) -> str:
    return " ".join(text.split())


def _clip(text: str, limit: int) -> str:
    """``text`` on one line, cut at a word boundary near ``limit`` with an ellipsis."""
    text = _flat(text)
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"


def _quoted(text: str, limit: int) -> str:
    text = _clip(text, limit)
    if text[:1] in "\"“'‘«" and text[-1:] in "\"”'’»…":
        return text
    return f"“{text}”"


def _country_name(code: str) -> str:
    """The short name people use ("Russia", not "Russian Federation")."""
    from .actors.gazetteer import gazetteer

    return gazetteer().country_name(code) or code


class _Out:
    """Collects wrapped lines; colours only the labels so wrapping widths stay right."""

    def __init__(self, color: bool, width: int = WIDTH) -> None:
        self.color = color
        self.width = width
        self.lines: list[str] = []

    def paint(self, text: str, style: str) -> str:
        if not self.color or not text:
            return text
        return f"{_ANSI[style]}{text}{_ANSI['reset']}"

    def line(self, text: str = "") -> None:
        self.lines.append(text)

    def heading(self, text: str) -> None:
        self.lines.append(self.paint(text, "bold"))

    def wrap(self, body: str, indent: int, label: str = "", style: str = "", hang: int = 4) -> None:
        """``label`` + ``body`` wrapped at the width; continuation lines indented further."""
        first = " " * indent + label
        rest = " " * (indent + hang)
        wrapped = textwrap.wrap(
            body,
            width=self.width,
            initial_indent=first,
            subsequent_indent=rest,
            break_on_hyphens=False,
        ) or [first.rstrip()]
        if label and style and self.color:
            wrapped[0] = wrapped[0].replace(label, self.paint(label, style), 1)
        self.lines.extend(wrapped)


def _actor_label(actor: Actor | None, ident: str | None) -> str:
    if actor is None:
        return ident or "?"
    return actor.name


def _stance_evidence(st: Stance, statements: dict[str, Statement]) -> str:
    """The stance's evidence, or its statement's content when that is the shorter quote."""
    text = st.evidence.text
    said = statements.get(st.statement) if st.statement else None
    if said is not None and len(_flat(text)) > EVIDENCE_CHARS:
        c = said.content
        if st.evidence.start <= c.start and c.end <= st.evidence.end:
            return c.text
    return text


def _summary(doc: Document, out: _Out) -> None:
    actors = {a.id: a for a in doc.actors}
    statements = {s.id: s for s in doc.statements}
    _summary_head(doc, out)
    _summary_actors(doc, out)
    _summary_statements(doc, out, actors)
    _summary_propositions(doc, out, actors, statements)
    _summary_events(doc, out, actors)
    _relations(doc, out, actors)


def _summary_head(doc: Document, out: _Out) -> None:
    """The "=== title [id] date source ===" heading and the URL."""
    title = _flat(doc.title) if doc.title else doc.id
    head = f"=== {title}"
    if doc.title:
        head += f"  [{doc.id}]"
    head += f"  {doc.date or 'undated'}"
    if doc.source:
        head += f"  {doc.source}"
    out.heading(head + " ===")
    if doc.url:
        out.line(f"  {doc.url}")


def _section(out: _Out, name: str, items: list[Any]) -> None:
    """A blank line, "NAME (count)", and "(none found)" when there are none."""
    out.line()
    out.heading(f"{name} ({len(items)})")
    if not items:
        out.line("  (none found)")


def _summary_actors(doc: Document, out: _Out) -> None:
    _section(out, "ACTORS", doc.actors)
    for a in doc.actors:
        bits = [a.type, a.country or "-"]
        if a.sector:
            bits.append(a.sector)
        if a.roles:
            bits.append("; ".join(a.roles))
        n = len(a.mentions)
        bits.append(f"{n} mention{'s' if n != 1 else ''}")
        out.wrap(" · ".join(bits), 2, f"{a.name}  ", "bold", hang=6)


def _summary_statements(doc: Document, out: _Out, actors: dict[str, Actor]) -> None:
    """STATEMENTS grouped by speaker, in order of first statement."""
    _section(out, "STATEMENTS", doc.statements)
    by_speaker: dict[str | None, list[Any]] = {}
    for s in doc.statements:
        by_speaker.setdefault(s.speaker, []).append(s)
    for speaker, items in by_speaker.items():
        actor = actors.get(speaker) if speaker else None
        who = _actor_label(actor, speaker) if speaker else "(unattributed)"
        extra = [
            x
            for x in (
                (actor.roles[0] if actor and actor.roles else None),
                (actor.country if actor else None),
            )
            if x
        ]
        out.line("  " + out.paint(who, "bold") + (f" ({', '.join(extra)})" if extra else ""))
        for s in items:
            _summary_statement(s, out)


def _summary_statement(s: Statement, out: _Out) -> None:
    cue = _flat(s.cue.text) if s.cue else ""
    content = s.content_text
    body = _quoted(content, QUOTE_CHARS) if s.kind == "direct" else _clip(content, QUOTE_CHARS)
    what = s.kind if s.attribution == "speech" else f"{s.kind}, {s.attribution}"
    label = f"[{what}] " + (f"{cue}: " if cue and cue not in ":–—-" else "")
    out.wrap(body, 4, label, "dim", hang=4)


def _summary_propositions(
    doc: Document, out: _Out, actors: dict[str, Actor], statements: dict[str, Statement]
) -> None:
    """PROPOSITIONS and who stands where; then stances whose proposition is missing."""
    _section(out, "PROPOSITIONS", doc.propositions)
    stances_by_prop: dict[str, list[Any]] = {}
    for st in doc.stances:
        stances_by_prop.setdefault(st.proposition, []).append(st)
    for p in doc.propositions:
        out.wrap(_flat(p.label), 2, f"{p.id}  ", "bold", hang=6)
        label = _flat(p.label).lower()
        forms = [f for f in dict.fromkeys(_flat(m.text) for m in p.mentions) if f.lower() != label]
        if forms:
            out.wrap("; ".join(forms), 6, "also: ", "dim", hang=6)
        items = stances_by_prop.get(p.id, [])
        if not items:
            out.line("      (no stances found)")
            continue
        countries = _summary_stances(items, out, actors, statements)
        if countries:
            _summary_by_country(countries, out)
    orphans = [st for st in doc.stances if st.proposition not in {p.id for p in doc.propositions}]
    for st in orphans:
        out.wrap(
            _quoted(st.evidence.text, EVIDENCE_CHARS),
            2,
            f"{st.proposition}? {st.polarity.upper()}: "
            f"{_actor_label(actors.get(st.actor), st.actor)} — ",
            st.polarity,
            hang=6,
        )


def _summary_stances(
    items: list[Stance], out: _Out, actors: dict[str, Actor], statements: dict[str, Statement]
) -> dict[str, dict[str, list[str]]]:
    """One proposition's stances by polarity; returns country -> polarity -> people named."""
    countries: dict[str, dict[str, list[str]]] = {}
    for polarity in POLARITY_ORDER:
        these = [st for st in items if st.polarity == polarity]
        if not these:
            continue
        names = dict.fromkeys(_actor_label(actors.get(st.actor), st.actor) for st in these)
        out.wrap(", ".join(names), 6, f"{polarity.upper()}: ", polarity, hang=4)
        for st in these:
            actor = actors.get(st.actor)
            name = _actor_label(actor, st.actor)
            quote = _quoted(_stance_evidence(st, statements), EVIDENCE_CHARS)
            out.wrap(quote, 8, f"{name} — ", "", hang=4)
            if actor is not None and actor.country:
                who = countries.setdefault(actor.country, {}).setdefault(polarity, [])
                if actor.type != "country" and actor.name not in who:
                    who.append(actor.name)
    return countries


def _summary_by_country(countries: dict[str, dict[str, list[str]]], out: _Out) -> None:
    """"by country: SUPPORT France (Macron) | OPPOSE Russia"."""
    rolled = []
    for polarity in POLARITY_ORDER:
        names = []
        for code, per in countries.items():
            if polarity in per:
                people = per[polarity]
                names.append(
                    f"{_country_name(code)}" + (f" ({', '.join(people)})" if people else "")
                )
        if names:
            rolled.append(f"{polarity.upper()} {', '.join(names)}")
    out.wrap(" | ".join(rolled), 6, "by country: ", "dim", hang=4)


def _summary_events(doc: Document, out: _Out, actors: dict[str, Actor]) -> None:
    _section(out, "EVENTS", doc.events)
    for e in doc.events:
        src = _actor_label(actors.get(e.source), e.source) if e.source else "?"
        tgt = _actor_label(actors.get(e.target), e.target) if e.target else "—"
        mode = f"/{e.mode}" if e.mode else ""
        date = e.date or doc.date
        label = f"{src} -{e.type}{mode}-> {tgt}" + (f" ({date})" if date else "") + ": "
        out.wrap(_quoted(e.evidence.text, EVIDENCE_CHARS), 2, label, "bold", hang=6)


def _relations(doc: Document, out: _Out, actors: dict[str, Actor]) -> None:
    """RELATIONS: "Lavrov -negative/statement-> Macron: “evidence”", in text order."""
    out.line()
    out.heading(f"RELATIONS ({len(doc.relations)})")
    if not doc.relations:
        out.line("  (none found)")
    for r in doc.relations:
        src = _actor_label(actors.get(r.source), r.source)
        tgt = _actor_label(actors.get(r.target), r.target)
        label = f"{src} -{r.polarity}/{r.basis}-> {tgt}: "
        style = RELATION_STYLE.get(r.polarity, "bold")
        out.wrap(_quoted(r.evidence.text, EVIDENCE_CHARS), 2, label, style, hang=6)


def write_text(docs: Iterable[Document], fh: TextIO, color: bool = False) -> None:
    """A readable summary of each document, wrapped at 100 columns; ANSI colours if ``color``."""
    for i, doc in enumerate(docs):
        out = _Out(color)
        if i:
            out.line()
        _summary(doc, out)
        fh.write("\n".join(out.lines))
        fh.write("\n")


Writer = Callable[[Iterable[Document], TextIO], None]

WRITERS: dict[str, Writer] = {
    "json": write_json,
    "jsonl": write_jsonl,
    "text": write_text,
    "plover": write_plover,
}

__all__ = [
    "WRITERS",
    "plover_records",
    "write_json",
    "write_jsonl",
    "write_plover",
    "write_text",
]
