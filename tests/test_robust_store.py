"""Issue #16, the store commands: filters checked against their vocabularies, read-only commands
that never write, one id form (E12, P3), CSV without formulas, and an ingest that keeps
PostgreSQL's synchronous commit and stops after repeated connection loss. Real SQLite and
PostgreSQL; documents are hand-built (no NLP), so these run fast."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from test_store_support import db_url, make_doc, pg_server  # noqa: F401 - fixture

from stancemap.model import Document
from stancemap.store import IngestReport, Store, ingest
from stancemap.store.db import connect

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("STANCEMAP_DB", None)
    return subprocess.run([sys.executable, "-m", "stancemap.cli", *args], capture_output=True,
                          text=True, timeout=timeout, env=env)


def one_error(out: subprocess.CompletedProcess, code: str, status: int) -> str:
    """The single stderr line of a refused command (no traceback), checked."""
    assert out.returncode == status, (out.returncode, out.stderr)
    assert "Traceback" not in out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("stancemap: ") and f"[{code}]" in lines[0], \
        out.stderr
    return lines[0]


def _docs() -> list[Document]:
    t1 = "Poland's Sikorski backs sending troops. =cmd| said Hungary. Mr 50% Man spoke."
    t2 = "Sikorski, Poland's minister, rejects the grain deal. X_Y Group agreed."
    return [
        make_doc("d1", t1, actors=[("Radoslaw Sikorski", "person", "POL", "Sikorski"),
                                   ("=cmd|", "organization", None, "=cmd|"),
                                   ("Mr 50% Man", "person", None, "Mr 50% Man")],
                 stances=[("Sikorski", "sending troops", "support", "backs sending troops"),
                          ("=cmd|", "sending troops", "oppose", "=cmd| said Hungary")]),
        make_doc("d2", t2, date="2024-03-14",
                 actors=[("Radoslaw Sikorski", "person", "POL", "Sikorski"),
                         ("X_Y Group", "organization", None, "X_Y Group")],
                 stances=[("Sikorski", "the grain deal", "oppose", "rejects the grain deal")]),
    ]


@pytest.fixture
def store(db_url):  # noqa: F811
    st = Store(db_url)
    for d in _docs():
        st.add(d)
    st.close()
    return db_url


@pytest.fixture(scope="module")
def sqlite_store(tmp_path_factory) -> str:
    url = str(tmp_path_factory.mktemp("filters") / "s.db")
    st = Store(url)
    for d in _docs():
        st.add(d)
    st.close()
    return url


def invoke(*args: str) -> subprocess.CompletedProcess:
    """The command run in this process (what a user sees: exit status, stdout, stderr)."""
    from click.testing import CliRunner

    from stancemap.cli import main

    res = CliRunner().invoke(main, list(args))
    assert res.exception is None or isinstance(res.exception, SystemExit), res.exception
    return subprocess.CompletedProcess(args, res.exit_code, res.stdout, res.stderr)


@pytest.mark.parametrize("args, code, allowed", [
    (("stances", "--polarity", "against"), "E028", "support, oppose, neutral, conditional"),
    (("events", "--quad", "FOO"), "E028", "VERBAL_COOPERATION, MATERIAL_COOPERATION"),
    (("events", "--type", "ATTACK"), "E028", "ASSAULT"),
    (("actors", "--country", "Poland"), "E028", "ISO 3166-1 alpha-3"),
    (("actors", "--country", ","), "E028", "ISO 3166-1 alpha-3"),
    (("stances", "--proposition", "!!!"), "E028", "an id such as P12, or words"),
    (("actors", "--actor", "E99999999999999999999999"), "E028", "an id E1 .."),
    (("actors", "--actor", "%"), "E028", "words of the name"),
    (("actors", "--csv", "--json"), "E030", "--table, --csv, --json, --nl"),
    (("actors", "--since", "2024-02-30"), "E009", "--since '2024-02-30'"),
    (("actors", "--until", "soon"), "E009", "--until 'soon'"),
])
def test_bad_filter_values_are_usage_errors_naming_the_allowed_values(sqlite_store, args,
                                                                      code, allowed):
    line = one_error(invoke("query", *args, "--db", sqlite_store), code, 2)
    assert allowed in line


@pytest.mark.parametrize("limit", ["0", "-1"])
def test_limit_must_be_positive(sqlite_store, limit):
    out = invoke("query", "actors", "--db", sqlite_store, "--limit", limit)
    assert out.returncode == 2 and "x>=1" in out.stderr and "Traceback" not in out.stderr


def test_bad_filters_on_postgresql_too(store):
    """Checked before the store opens, so PostgreSQL never sees `IN ()` or bad syntax."""
    for args in (("stances", "--country", ","), ("stances", "--proposition", "!!!")):
        one_error(run("query", *args, "--db", store), "E028", 2)


def test_actor_names_match_like_wildcards_literally(store):
    def names(actor: str) -> list[str]:
        out = run("query", "actors", "--db", store, "--actor", actor, "--json")
        assert out.returncode == 0, out.stderr
        return [r["name"] for r in json.loads(out.stdout)]

    assert names("50%") == ["Mr 50% Man"]
    assert names("X_Y") == ["X_Y Group"]
    from stancemap.store.query import like_escape

    assert like_escape("50%_\\") == "50\\%\\_\\\\"


def test_one_id_form_everywhere(store):
    out = run("query", "actors", "--db", store, "--actor", "Sikorski", "--table")
    assert out.returncode == 0, out.stderr
    row = out.stdout.splitlines()[2].split()
    assert row[0].startswith("E") and row[0][1:].isdigit()
    again = json.loads(run("query", "actors", "--db", store, "--actor", row[0], "--json").stdout)
    assert [r["id"] for r in again] == [row[0]]
    st = json.loads(run("query", "stances", "--db", store, "--actor", row[0], "--json").stdout)
    assert {r["actor_id"] for r in st} == {row[0]}
    pid = st[0]["proposition_id"]
    assert pid.startswith("P")
    by_p = json.loads(run("query", "stances", "--db", store, "-p", pid, "--json").stdout)
    assert by_p and {r["proposition_id"] for r in by_p} == {pid}


def test_matrix_is_keyed_by_id_with_labels_as_a_header_row(tmp_path):
    url = str(tmp_path / "m.db")
    st = Store(url)
    labels = ["tariffs", "troops", "sanctions", "pipeline", "vaccines", "borders", "grain",
              "visas", "elections", "subsidies", "drones", "refugees", "pensions", "taxes",
              "mining", "fishing", "railways", "satellites", "wheat", "cobalt", "tunnels",
              "harbours", "forests", "glaciers", "lithium"]
    text = "Poland spoke. " + " ".join(f"It backs {x}." for x in labels)
    st.add(make_doc("m1", text, actors=[("Poland", "country", "POL", "Poland")],
                    stances=[("Poland", x, "support", f"backs {x}") for x in labels]))
    st.close()
    out = run("query", "matrix", "--db", url, "--csv")
    assert out.returncode == 0, out.stderr
    rows = list(csv.reader(io.StringIO(out.stdout, newline="")))
    assert rows[0][:2] == ["id", "actor"] and len(rows[0]) == 2 + 20  # default --top 20
    assert all(c.startswith("P") and c[1:].isdigit() for c in rows[0][2:])
    assert rows[1][:2] == ["", ""] and set(rows[1][2:]) <= set(labels)
    assert rows[2][0].startswith("E") and rows[2][1] == "Poland"
    assert "the 20 of 25 propositions" in out.stderr
    from stancemap.store import Corpus

    with Corpus(url) as c:
        df = c.matrix()
    assert list(df.columns.names) == ["id", "proposition"] and df.shape == (1, 25)
    assert sorted(df.columns.get_level_values("proposition")) == sorted(labels)
    assert all(p.startswith("P") for p in df.columns.get_level_values("id"))
    assert df.loc["Poland"].tolist() == [1.0] * 25
    full = run("query", "matrix", "--db", url, "--top", "30", "--json")
    recs = json.loads(full.stdout)
    assert len(recs[0]) == 27 and sorted(v for k, v in recs[0].items() if k[0] == "P") == sorted(
        labels)


def test_csv_cells_are_never_formulas(store, tmp_path):
    out = run("query", "stances", "--db", store, "--csv")
    assert out.returncode == 0, out.stderr
    cells = [c for r in csv.reader(io.StringIO(out.stdout, newline="")) for c in r]
    assert "'=cmd|" in cells and "'=cmd| said Hungary" in cells
    assert not any(c.startswith(("=", "+", "-", "@")) for c in cells)
    dna = tmp_path / "dna.csv"
    assert run("export", "dna", "--db", store, "-o", str(dna)).returncode == 0
    cells = [c for r in csv.reader(dna.open(newline="")) for c in r]
    assert "'=cmd|" in cells and not any(c.startswith(("=", "+", "-", "@")) for c in cells)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_read_only_commands_never_touch_another_apps_database(tmp_path):
    other = tmp_path / "other_app.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    con.execute("INSERT INTO notes (body) VALUES ('keep me')")
    con.commit()
    con.close()
    before = _digest(other)
    for args in (("query", "actors"), ("query", "matrix"), ("export", "jsonl")):
        line = one_error(run(*args, "--db", str(other)), "E026", 1)
        assert "not a stancemap store (it holds other tables: notes)" in line
    assert _digest(other) == before
    assert sorted(os.listdir(tmp_path)) == ["other_app.sqlite"]


def test_read_only_on_postgresql_refuses_a_foreign_database():
    url = pg_server().create_database("foreignapp")
    db = connect(url)
    db.execute("CREATE TABLE notes (id INT)")
    db.close()
    line = one_error(run("query", "stances", "--db", url), "E026", 1)
    assert "notes" in line
    db = connect(url)
    assert not db.table_exists("schema_version") and not db.table_exists("documents")
    db.close()


def test_read_only_query_cannot_write(store):
    out = run("query", "documents", "--db", store)
    assert out.returncode == 0
    from stancemap.store.access import open_reader

    db = open_reader(store)
    with pytest.raises(db._errors):
        db.execute("DELETE FROM documents")
    db.close()


def test_empty_store_and_damaged_store_are_one_line(tmp_path):
    empty = tmp_path / "empty.db"
    Store(str(empty)).close()
    one_error(run("query", "actors", "--db", str(empty)), "E023", 1)
    for name, first, step, code, cmds in (
            ("torn.db", 3, 2, "E020", (("query", "stances"), ("export", "jsonl"))),
            ("late.db", None, 1, "E024", (("query", "documents"), ("export", "jsonl")))):
        url = tmp_path / name
        st = Store(str(url))
        for i in range(60):
            st.add(make_doc(f"b{i}", f"Poland said item {i} " + "word " * 400,
                            actors=[("Poland", "country", "POL", "Poland")]))
        st.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        st.close()
        data = bytearray(url.read_bytes())
        pages = len(data) // 4096
        for page in range(first or pages // 2, pages - 1, step):  # damage pages
            data[page * 4096 + 100: page * 4096 + 4000] = b"\xa5" * 3900
        url.write_bytes(bytes(data))
        for args in cmds:
            line = one_error(run(*args, "--db", str(url)), code, 1)
            assert line.startswith(f"stancemap: {url}: ") and "malformed" in line


def test_sqlite_url_with_three_slashes_is_absolute(store, tmp_path):
    if store.startswith("postgresql"):
        pytest.skip("SQLite URL form")
    assert os.path.isabs(store)
    out = run("query", "documents", "--db", f"sqlite://{store}", "--json")
    assert out.returncode == 0, out.stderr
    assert [d["doc_id"] for d in json.loads(out.stdout)] == ["d1", "d2"]
    from stancemap.store.db import sqlite_path

    assert sqlite_path("sqlite:///tmp/x.db") == "/tmp/x.db"
    assert sqlite_path("sqlite://rel/x.db") == "rel/x.db"
    assert sqlite_path("sqlite:///:memory:") == ":memory:"


def test_output_file_must_not_be_the_store(store):
    if store.startswith("postgresql"):
        pytest.skip("a file store")
    before = _digest(Path(store))
    one_error(run("query", "actors", "--db", store, "-o", store), "E027", 2)
    one_error(run("export", "jsonl", "--db", store, "-o", store), "E027", 2)
    assert _digest(Path(store)) == before


@pytest.mark.parametrize("cmd", [("query", "actors"), ("export", "jsonl")])
def test_unwritable_output_is_one_line(store, cmd):
    out = run(*cmd, "--db", store, "-o", "/proc/version")
    assert out.returncode in (1, 2) and "Traceback" not in out.stderr
    assert "[E029]" in out.stderr and "/proc/version" in out.stderr


# ----------------------------------------------------------------------------- ingest


class _Engine:
    """Hand-built documents for ingest (no NLP); ``before(i)`` runs before the i-th one."""

    def __init__(self, before=None) -> None:
        self.before = before

    def analyze_many(self, articles, batch_size=16, on_error=None):
        for i, art in enumerate(articles):
            if self.before is not None:
                self.before(i)
            yield make_doc(art.id, art.text, date=art.date,
                           actors=[("Poland", "country", "POL", "Poland")])


def _corpus(tmp_path: Path, n: int) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text("".join(json.dumps({"id": f"n{i}", "text": f"Poland said item {i}."}) + "\n"
                            for i in range(n)) + '{"id": "bad", "title": "no text"}\n')
    return path


def test_ingest_summary_names_reasons_without_placeholders(tmp_path):
    rep = ingest([str(_corpus(tmp_path, 2))], str(tmp_path / "s.db"), engine=_Engine())
    assert rep.stored == 2 and rep.reasons == {"E007": 1}
    summary = rep.summary()
    assert "1 x JSONL record has no usable field [E007]" in summary
    assert "{" not in summary and "}" not in summary


def test_postgresql_ingest_keeps_synchronous_commit():
    url = pg_server().create_database("synccommit")
    st = Store(url)
    assert st.db.scalar("SHOW synchronous_commit") == "on"
    st.close()


def _kill_others(url: str, allow: bool) -> None:
    admin = connect(url.rsplit("/", 1)[0] + "/postgres")
    name = url.rsplit("/", 1)[1]
    admin.execute(f"ALTER DATABASE {name} ALLOW_CONNECTIONS {'true' if allow else 'false'}")
    if not allow:
        admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE datname = ? AND pid <> pg_backend_pid()", (name,))
    admin.close()


def test_ingest_reconnects_after_one_lost_connection(tmp_path):
    url = pg_server().create_database("lostonce")

    def before(i: int) -> None:
        if i == 5:
            _kill_others(url, allow=False)
            _kill_others(url, allow=True)

    rep = ingest([str(_corpus(tmp_path, 12))], url, engine=_Engine(before), queue_size=1)
    assert (rep.stored, rep.stopped) == (12, "")
    db = connect(url)
    assert db.scalar("SELECT COUNT(*) FROM documents") == 12
    db.close()


def test_a_connection_the_server_killed_is_seen_as_lost_before_it_is_marked_broken():
    # psycopg marks a connection broken only when a statement fails on it; a batch killed
    # mid-pipeline fails with "cannot exit pipeline mode while busy" and no such mark, and
    # the document must then be stored again on a new connection, not skipped (E021).
    url = pg_server().create_database("killedquiet")
    st = Store(url)
    try:
        assert not st.connection_lost()
        _kill_others(url, allow=False)
        _kill_others(url, allow=True)
        assert not st.db.conn.broken
        assert st.connection_lost()
        st.reconnect()
        assert not st.connection_lost()
    finally:
        st.close()


def test_ingest_stops_after_repeated_connection_loss_with_a_summary(tmp_path):
    url = pg_server().create_database("lostforgood")
    stored: list[int] = []

    def before(i: int) -> None:
        if i == 4:
            _kill_others(url, allow=False)

    try:
        rep: IngestReport = ingest([str(_corpus(tmp_path, 40))], url, engine=_Engine(before),
                                   queue_size=1, on_stored=lambda o, row: stored.append(row))
    finally:
        _kill_others(url, allow=True)
    assert rep.stopped.endswith("ingest stopped [E025]") and "3 times in a row" in rep.stopped
    assert rep.failed == 0 and rep.read < 41  # stopped early: no error line per document
    assert "stopped: " in rep.summary()
    db = connect(url)
    assert db.scalar("SELECT COUNT(*) FROM documents") == len(stored) == rep.stored
    db.close()


def test_filter_vocabularies_match_the_engine():
    from stancemap.events import QUAD
    from stancemap.validate import EVENT_TYPES, KINDS, QUADS, country_codes

    assert set(EVENT_TYPES) == set(QUAD) and set(QUADS) == set(QUAD.values())
    assert KINDS == ("person", "country", "organization", "group")
    assert {"POL", "UKR", "USA", "XKX"} <= country_codes()
