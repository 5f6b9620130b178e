"""Shared fixtures of the store tests (no tests here): a store URL per backend.

``db_url`` is parametrised over an embedded SQLite file and a real PostgreSQL server: one
throwaway cluster (``stancemap.store.pgtemp``) per test session, a fresh database per test.
PostgreSQL tests are skipped, with the reason, only when the server binaries are absent;
``.ci/run`` installs them, so CI runs both.
"""

from __future__ import annotations

import atexit
import itertools
import os
from collections.abc import Iterator

import pytest

from stancemap.model import Actor, Document, Event, Proposition, Span, Stance, Statement
from stancemap.store.pgtemp import TempPostgres, find_bindir

_server: TempPostgres | None = None
_counter = itertools.count(1)


def pg_server() -> TempPostgres:
    global _server
    if find_bindir() is None:
        reason = "PostgreSQL server binaries (initdb, pg_ctl) not installed: " \
                 "apt-get install postgresql"
        if os.environ.get("CI"):
            pytest.fail(reason + " (CI must test the real server)")
        pytest.skip(reason)
    if _server is None:
        _server = TempPostgres().start()
        atexit.register(_server.stop)
    return _server


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
    else:
        yield pg_server().create_database(f"t{next(_counter)}")


def span(text: str, part: str, nth: int = 0) -> Span:
    """The Span of the ``nth`` occurrence of ``part`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return Span(start, start + len(part), part)


def make_doc(doc_id: str, text: str, *, date: str | None = "2024-03-12",
             actors: list[tuple[str, str, str | None, str]] = (),  # type: ignore[assignment]
             stances: list[tuple[str, str, str, str]] = (),  # type: ignore[assignment]
             events: list[tuple[str, str | None, str | None, str]] = (),  # type: ignore
             statements: list[tuple[str, str]] = (),  # type: ignore[assignment]
             ) -> Document:
    """A hand-built Document.

    actors: (name, type, country, surface text); ids a1, a2, ...
    stances: (actor surface, proposition label, polarity, evidence text); propositions are
    created per distinct label (p1, p2, ...) with the label as a mention when it occurs.
    events: (type, source surface, target surface, evidence text).
    statements: (speaker surface, content text).
    """
    acts = []
    by_surface = {}
    for i, (name, kind, country, surface) in enumerate(actors, 1):
        a = Actor(f"a{i}", name, kind, country, mentions=[span(text, surface)])
        acts.append(a)
        by_surface[surface] = a.id
    props: dict[str, Proposition] = {}
    sts = []
    stmts = []
    for j, (who, content) in enumerate(statements, 1):
        stmts.append(Statement(f"s{j}", by_surface[who], "indirect", None, span(text, content)))
    for who, label, pol, ev in stances:
        if label not in props:
            mentions = [span(text, label)] if label in text else []
            props[label] = Proposition(f"p{len(props) + 1}", label, mentions)
        sts.append(Stance(by_surface[who], props[label].id, pol, None, span(text, ev)))
    evs = []
    quads = {"AGREE": "VERBAL_COOPERATION", "CONSULT": "VERBAL_COOPERATION",
             "ACCUSE": "VERBAL_CONFLICT", "ASSAULT": "MATERIAL_CONFLICT",
             "AID": "MATERIAL_COOPERATION", "SANCTION": "MATERIAL_CONFLICT"}
    for k, (typ, src, tgt, ev) in enumerate(events, 1):
        evs.append(Event(f"e{k}", typ, None, by_surface.get(src or ""),
                         by_surface.get(tgt or ""), date, quads[typ], span(text, ev)))
    return Document(doc_id, text, date=date, actors=acts, statements=stmts,
                    propositions=list(props.values()), stances=sts, events=evs)
