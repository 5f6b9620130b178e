"""Long and pathological texts: bounded memory, time linear in length, no hangs.

- ``part_bounds`` cuts a text longer than ``PART_CHARS`` into parts (at a blank line, else a
  line break after a sentence, else a sentence end, else a line break, else a space) that go
  through spaCy and the stages one at a time; ``PartMerger`` shifts what each part found back
  into the whole text, so the caller still gets one document with offsets into its text.
  An actor (same name, type and country) or a proposition (same label) found in several
  parts is one record; pronouns and descriptions do not reach across a cut (W012).
- ``GuardedTokenizer`` wraps spaCy's tokenizer: a run of over ``MAX_RUN`` characters without
  a space (")))))...", a base64 blob) would take it time in the square of the run's length,
  so such a run is cut into words of ``RUN_PIECE`` characters instead (W011). The text of the
  Doc stays the input text, character for character.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import fields
from typing import Any

from spacy.tokens import Doc

from .apostrophes import straight
from .model import Actor, Article, Document, Proposition, Span

#: texts longer than this go through spaCy in parts of at most this many characters
PART_CHARS = 100_000
#: a run of more characters than this without a space is not given to spaCy's tokenizer
MAX_RUN = 200
RUN_PIECE = 100
_RUN = re.compile(rf"\S{{{MAX_RUN + 1},}}")
# where to cut, best first: a blank line; a line break after a sentence; a sentence end;
# a line break; a space
_CUTS = [re.compile(p) for p in (r"\n[ \t]*\n\s*", r"[.!?…][\"'”’)\]]*[ \t]*\n\s*",
                                 r"[.!?…][\"'”’)\]]*\s+", r"\n\s*", r"\s+")]


def part_bounds(text: str, size: int = PART_CHARS) -> list[tuple[int, int]]:
    """(start, end) of consecutive parts of ``text``, each at most ``size`` characters."""
    if size < 2:
        raise ValueError("size must be at least 2")
    out = []
    pos, n = 0, len(text)
    while n - pos > size:
        cut = _cut_point(text, pos + size // 2, pos + size)
        out.append((pos, cut))
        pos = cut
    out.append((pos, n))
    return out


def _cut_point(text: str, lo: int, hi: int) -> int:
    """The best place to cut in text[lo:hi]: after the last separator of the best kind."""
    for pattern in _CUTS:
        last = None
        for last in pattern.finditer(text, lo, hi):  # noqa: B007 - want the last one
            pass
        if last is not None and last.end() < hi:
            return last.end()
    return hi


class GuardedTokenizer:
    """spaCy's tokenizer, with runs of over ``MAX_RUN`` non-space characters cut into words."""

    def __init__(self, inner: Callable[[str], Doc]) -> None:
        self.inner = inner

    def __getattr__(self, name: str) -> Any:  # vocab, rules, explain, ... of the inner one
        if name == "inner":  # not set yet (unpickling)
            raise AttributeError(name)
        return getattr(self.inner, name)

    def __call__(self, text: str) -> Doc:
        text = straight(text)  # "don’t" read as "don't" (apostrophes.py); offsets kept
        runs = [m.span() for m in _RUN.finditer(text)]
        if not runs:
            return self.inner(text)
        docs = []
        pos = 0
        for s, e in runs:
            if s > pos:
                docs.append(self.inner(text[pos:s]))
            words = [text[k:min(e, k + RUN_PIECE)] for k in range(s, e, RUN_PIECE)]
            docs.append(Doc(self.inner.vocab, words=words, spaces=[False] * len(words)))
            pos = e
        if pos < len(text):
            docs.append(self.inner(text[pos:]))
        doc = Doc.from_docs(docs, ensure_whitespace=False)
        doc.user_data["stancemap.warnings"] = [
            ("W011", {"count": len(runs), "limit": MAX_RUN, "piece": RUN_PIECE})]
        return doc


class PartMerger:
    """Gathers the Documents of an article's parts into one Document of the whole text."""

    def __init__(self, article: Article) -> None:
        self.doc = Document(id=article.id, text=article.text, title=article.title,
                            date=article.date, url=article.url, source=article.source)
        self._actors: dict[tuple[str, str, str | None], Actor] = {}
        self._props: dict[str, Proposition] = {}
        self._sentences = 0

    def add(self, part: Document, offset: int, sentences: int) -> None:
        """Adds the records of a part that starts at ``offset`` and has ``sentences``."""
        actors = self._add_actors(part, offset)
        props = self._add_propositions(part, offset)
        statements: dict[str, str] = {}
        for st in part.statements:
            statements[st.id] = f"s{len(self.doc.statements) + 1}"
            self.doc.statements.append(_shifted(st, offset, id=statements[st.id],
                                                speaker=_new_id(actors, st.speaker)))
        for sn in part.stances:
            self.doc.stances.append(_shifted(
                sn, offset, actor=_new_id(actors, sn.actor),
                proposition=_new_id(props, sn.proposition),
                statement=_new_id(statements, sn.statement)))
        for ev in part.events:
            sentence = getattr(ev, "sentence", None)
            more = {"sentence": sentence + self._sentences} if sentence is not None else {}
            self.doc.events.append(_shifted(
                ev, offset, id=f"e{len(self.doc.events) + 1}",
                source=_new_id(actors, ev.source), target=_new_id(actors, ev.target), **more))
        self._sentences += sentences

    def _add_actors(self, part: Document, offset: int) -> dict[str, str]:
        ids: dict[str, str] = {}
        for a in part.actors:
            key = (a.type, a.name, a.country)
            whole = self._actors.get(key)
            if whole is None:
                whole = Actor(id=f"a{len(self.doc.actors) + 1}", name=a.name, type=a.type,
                              country=a.country, roles=[], sector=a.sector)
                self._actors[key] = whole
                self.doc.actors.append(whole)
            whole.roles.extend(r for r in a.roles if r not in whole.roles)
            whole.sector = whole.sector or a.sector
            whole.mentions.extend(_span(m, offset) for m in a.mentions)
            ids[a.id] = whole.id
        return ids

    def _add_propositions(self, part: Document, offset: int) -> dict[str, str]:
        ids: dict[str, str] = {}
        for p in part.propositions:
            whole = self._props.get(p.label)
            if whole is None:
                whole = Proposition(id=f"p{len(self.doc.propositions) + 1}", label=p.label)
                self._props[p.label] = whole
                self.doc.propositions.append(whole)
            whole.mentions.extend(_span(m, offset) for m in p.mentions)
            ids[p.id] = whole.id
        return ids


def _new_id(ids: dict[str, str], old: str | None) -> str | None:
    return ids.get(old, old) if old is not None else None


def _span(span: Span, offset: int) -> Span:
    return Span(span.start + offset, span.end + offset, span.text)


def _shifted(record: Any, offset: int, **changes: Any) -> Any:
    """A copy of a record (dataclass) with its spans moved by ``offset`` and ``changes`` made."""
    values = {}
    for f in fields(record):
        if not f.init:
            continue
        value = getattr(record, f.name)
        if isinstance(value, Span):
            value = _span(value, offset)
        values[f.name] = value
    values.update(changes)
    return type(record)(**values)
