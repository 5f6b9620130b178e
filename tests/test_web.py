"""The web UI over HTTP: a real uvicorn server over a store the real engine built (see
test_web_support). Every page type as HTML and JSON, escaping of hostile article text and
parameters, read-only access, the signed network, and the highlight builder."""

from __future__ import annotations

import hashlib
import html
import re
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner
from test_web_support import (
    HOSTILE_ID,
    build_store,
    fetch,
    fetch_json,
    free_port,
    live_server,
)

from stancemap.cli import main
from stancemap.store.db import DatabaseError
from stancemap.web.db import ReadOnlyDatabase
from stancemap.web.highlight import Span, nest, render
from stancemap.web.network import (
    LeanIndex,
    costance_edges,
    event_edges,
    relation_edges,
    signed_edges,
)


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> str:
    work = tmp_path_factory.mktemp("web")
    return build_store(str(work / "store.db"), work)


@pytest.fixture(scope="module")
def server(store) -> str:
    with live_server(store) as base:
        yield base


@pytest.fixture(scope="module")
def ids(store) -> dict[str, int]:
    return store_ids(store)


def store_ids(url: str) -> dict[str, int]:
    with ReadOnlyDatabase(url) as db:
        prop = db.fetchone("SELECT proposition_id FROM stances GROUP BY proposition_id "
                           "ORDER BY COUNT(*) DESC LIMIT 1")[0]
        actor = db.fetchone("SELECT entity_id FROM stances WHERE entity_id IS NOT NULL "
                            "GROUP BY entity_id ORDER BY COUNT(*) DESC LIMIT 1")[0]
        hostile = db.scalar("SELECT id FROM documents WHERE doc_id = ?", (HOSTILE_ID,))
        seed = db.scalar("SELECT id FROM documents ORDER BY id LIMIT 1")
    return {"proposition": prop, "actor": actor, "hostile": hostile, "document": seed}


def page_urls(ids: dict[str, int]) -> dict[str, str]:
    return {"overview": "/", "search": "/search?q=troops",
            "proposition": f"/proposition/{ids['proposition']}",
            "actor": f"/actor/{ids['actor']}", "document": f"/document/{ids['document']}",
            "matrix": "/matrix", "network": "/network", "timeline": "/timeline"}


def json_url(path: str) -> str:
    base, _, query = path.partition("?")
    base = "/index" if base == "/" else base
    return f"{base}.json" + (f"?{query}" if query else "")


PAGES = ["overview", "search", "proposition", "actor", "document", "matrix", "network",
         "timeline"]


@pytest.mark.parametrize("page", PAGES)
def test_every_page_is_html_and_json_at_the_same_url(server, ids, page):
    path = page_urls(ids)[page]
    status, headers, body = fetch(server + path)
    assert status == 200 and headers["content-type"].startswith("text/html")
    assert "<title>" in body and 'src="http' not in body  # nothing from elsewhere
    assert "default-src 'self'" in headers["content-security-policy"]
    data = fetch_json(server + json_url(path))
    assert data["page"] == page


def test_overview_counts_the_corpus(server):
    data = fetch_json(server + "/index.json")
    assert data["counts"]["documents"] == 8
    assert data["first_date"] == "2024-01-01" and data["last_date"] == "2024-12-01"
    assert data["top_propositions"] and data["top_actors"]
    assert fetch_json(server + "/.json") == data


def test_search_finds_actors_propositions_and_text(server):
    data = fetch_json(server + "/search.json?q=Sikorski")
    assert any("Sikorski" in a["name"] for a in data["actors"])
    assert any(d["doc_id"] == "seed" for d in data["documents"])
    data = fetch_json(server + "/search.json?q=troops")
    assert any("troops" in p["label"].lower() for p in data["propositions"])


def test_proposition_groups_stances_with_quotes_linking_to_documents(server, ids):
    data = fetch_json(server + f"/proposition/{ids['proposition']}.json")
    assert data["stances"] >= 2
    groups = [g for pol in data["by_actor"].values() for g in pol["actors"]]
    quote_ = groups[0]["quotes"][0]
    assert quote_["href"].startswith(f"/document/{quote_['document_id']}?at=")
    doc = fetch_json(server + f"/document/{quote_['document_id']}.json")
    assert doc["text"][quote_["start"]:quote_["end"]] == quote_["evidence"]
    assert data["over_time"] and data["by_country"]
    some = data["by_country"][0]["country"]
    only = fetch_json(server + f"/proposition/{ids['proposition']}.json?country={some}")
    assert {g["country"] for p in only["by_actor"].values() for g in p["actors"]} == {some}


def test_actor_page_has_layers_over_time_and_ties(server, ids):
    data = fetch_json(server + f"/actor/{ids['actor']}.json")
    assert data["stances"] and data["positions"] and data["over_time"]
    assert set(data["ties"]) == {"praises", "attacks", "praised_by", "attacked_by",
                                 "agrees_with", "disagrees_with"}
    assert any(data["ties"].values())


def test_matrix_cells_link_to_their_evidence_and_sort(server):
    data = fetch_json(server + "/matrix.json?by=country")
    assert data["rows"] and data["columns"]
    cell = next(iter(data["rows"][0]["cells"].values()))
    assert cell["href"].startswith("/proposition/") and "country=" in cell["href"]
    pid = data["columns"][0]["id"]
    by_p = fetch_json(server + f"/matrix.json?by=actor&sort=p{pid}")["rows"]
    scores = [r["cells"][str(pid)]["score"] for r in by_p if str(pid) in r["cells"]]
    assert scores == sorted(scores, reverse=True)
    dated = fetch_json(server + "/matrix.json?since=2024-12-01")
    assert dated["total_rows"] < data["total_rows"]


def test_network_has_signed_edges_and_filters(server, ids):
    data = fetch_json(server + "/network.json")
    signs = {e["sign"] for e in data["edges"]}
    assert signs == {1, -1}
    assert {e["basis"] for e in data["edges"]} >= {"event", "stance"}
    only = fetch_json(server + f"/network.json?proposition=P{ids['proposition']}&bases=stance")
    assert only["edges"] and {e["basis"] for e in only["edges"]} == {"stance"}


def test_timeline_filters_by_type_and_country(server):
    data = fetch_json(server + "/timeline.json")
    assert data["total"] > 0 and data["types"]
    kind = data["types"][0]
    typed = fetch_json(server + f"/timeline.json?type={kind}")
    assert {e["type"] for e in typed["events"]} == {kind}
    pol = fetch_json(server + "/timeline.json?country=POL")
    assert 0 < pol["total"] < data["total"]


def test_hostile_article_text_shows_as_text(server, ids):
    status, _, body = fetch(server + f"/document/{ids['hostile']}")
    assert status == 200
    assert "<script>alert" not in body
    assert re.search(r"&lt;script&gt;alert\((&#39;|&#x27;)xss(&#39;|&#x27;)\)", body)
    assert "<img" not in body and "&lt;img src=x onerror=" in body
    assert "<a href=\"javascript:" not in body
    assert re.search(r"&lt;a href=(&#34;|&quot;)javascript:alert\(2\)", body)
    assert not re.search(r"<[^>]+\son\w+=", body)  # no event-handler attribute anywhere
    # And where the hostile text shows elsewhere: search snippets and statement lists.
    _, _, found = fetch(server + "/search?q=" + quote("<script>"))
    assert "hostile" in found and "<script>alert" not in found


def test_parameters_are_escaped_and_validated(server):
    evil = "<script>alert(1)</script>"
    status, _, body = fetch(server + "/search?q=" + quote(evil))
    assert status == 200 and evil not in body and html.escape(evil, quote=True) in body
    status, _, _ = fetch(server + "/search?q=" + quote("' OR 1=1 --"))
    assert status == 200
    assert fetch(server + "/matrix?country=" + quote("POL' OR '1'='1"))[0] == 400
    assert fetch(server + "/network?proposition=" + quote("1 OR 1=1"))[0] == 400
    assert fetch(server + "/matrix?since=" + quote("2024-01-01'"))[0] == 400
    status, _, body = fetch(server + "/matrix?sort=" + quote('"><script>x</script>'))
    assert status == 200 and "<script>x" not in body


def test_missing_records_are_404(server):
    assert fetch(server + "/proposition/999999")[0] == 404
    assert fetch(server + "/actor/999999.json")[0] == 404
    assert fetch(server + "/document/999999")[0] == 404
    assert fetch(server + "/nowhere")[0] == 404


def test_read_only_no_write_endpoint_and_store_untouched(server, store):
    before = hashlib.sha256(Path(store).read_bytes()).hexdigest()
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        assert fetch(server + "/", method=method)[0] == 405
    fetch(server + "/matrix")
    assert hashlib.sha256(Path(store).read_bytes()).hexdigest() == before
    with ReadOnlyDatabase(store) as db, pytest.raises(sqlite3.OperationalError):
        db.execute("DELETE FROM documents")


def test_static_assets_ship_in_the_package(server):
    for name in ("vega.min.js", "vega-lite.min.js", "vega-embed.min.js", "cytoscape.min.js"):
        status, _, body = fetch(server + f"/static/vendor/{name}")
        assert status == 200 and len(body) > 10_000
    total = sum(p.stat().st_size for p in (Path(__file__).resolve().parents[1] / "stancemap"
                                           / "web" / "static").rglob("*") if p.is_file())
    assert total < 3_000_000


def test_every_page_over_postgresql_read_only(tmp_path):
    from test_store_support import pg_server

    url = build_store(pg_server().create_database("webui"), tmp_path)
    ids = store_ids(url)
    with live_server(url) as base:
        for path in page_urls(ids).values():
            assert fetch(base + path)[0] == 200, path
            assert fetch_json(base + json_url(path))["page"]
        hostile = fetch(base + f"/document/{ids['hostile']}")[2]
        assert "<script>alert" not in hostile and "&lt;script&gt;" in hostile
        found = fetch_json(base + "/search.json?q=Sikorski")
        assert found["actors"] and found["documents"]
    import psycopg

    with ReadOnlyDatabase(url) as db, pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
        db.execute("DELETE FROM stances")


def test_documents_ingested_while_serving_show_up(tmp_path):
    from test_web_support import gold_paths

    from stancemap.store import ingest

    url = str(tmp_path / "live.db")
    first, second = gold_paths()[:2]
    ingest([str(first)], url, date="2024-05-01")
    with live_server(url) as base:
        assert fetch_json(base + "/index.json")["counts"]["documents"] == 1
        ingest([str(second)], url, date="2024-06-01")
        deadline = time.monotonic() + 10
        while fetch_json(base + "/index.json")["counts"]["documents"] != 2:
            assert time.monotonic() < deadline, "the cache kept the old corpus"
            time.sleep(0.2)
        words = set(re.findall(r"[A-Za-z]{6,}", second.read_text())) - set(
            re.findall(r"[A-Za-z]{6,}", first.read_text()))
        word = sorted(words, key=lambda w: (-len(w), w))[0]
        found = fetch_json(base + "/search.json?q=" + quote(word))["documents"]
        assert [d["doc_id"] for d in found] == [second.stem]


def test_package_data_ships_every_template_and_asset():
    import glob
    import tomllib

    root = Path(__file__).resolve().parents[1]
    conf = tomllib.loads((root / "pyproject.toml").read_text())
    pkg = root / "stancemap"
    shipped = {Path(p).resolve() for g in conf["tool"]["setuptools"]["package-data"]["stancemap"]
               for p in glob.glob(str(pkg / g))}
    for sub in ("templates", "static"):
        for f in (pkg / "web" / sub).rglob("*"):
            assert not f.is_file() or f.resolve() in shipped, f
    assert {"starlette", "uvicorn", "jinja2"} <= {
        d.split(">")[0].split("=")[0] for d in conf["project"]["dependencies"]}


# ----------------------------------------------------------------------------- pieces


def test_signed_edges_from_events_and_co_stance(store, tmp_path):
    with ReadOnlyDatabase(store) as db:
        events = event_edges(db)
        quads = dict(db.fetchall("SELECT event_type, quad FROM events"))
        assert events and all(e.sign in (1, -1) and e.directed for e in events)
        for e in events:
            for d in e.detail:
                assert ("COOPERATION" in quads[d.split(" x")[0]]) == (e.sign > 0)
        costance = costance_edges(db)
        assert {e.sign for e in costance} == {1, -1} and not costance[0].directed
        # the relations layer: one directed signed edge per (source, target, polarity)
        rows = db.fetchall("SELECT source_entity, target_entity, polarity, COUNT(*) "
                           "FROM relations WHERE source_entity IS NOT NULL AND target_entity "
                           "IS NOT NULL AND source_entity <> target_entity "
                           "GROUP BY source_entity, target_entity, polarity")
        rel = relation_edges(db)
        assert rows and all(e.directed and e.basis == "relation" for e in rel)
        assert sorted((e.source, e.target, e.sign, e.weight) for e in rel) == sorted(
            (s, t, 1 if p == "positive" else -1, n) for s, t, p, n in rows)
        index = LeanIndex.build(db)
        for actor in {e.source for e in costance} | {e.target for e in costance}:
            want = {(e.target if e.source == actor else e.source, e.sign, e.weight)
                    for e in costance if actor in (e.source, e.target)}
            assert {(e.target, e.sign, e.weight) for e in index.edges(actor)} == want
        one = rel[0].source
        assert any(e.basis == "relation" for e in signed_edges(db, actor=one))


def test_highlights_nest_across_crossing_spans_and_escape_text():
    text = "A <b>said</b> & B agreed"
    spans = [Span(0, 13, "statement"), Span(10, 24, "stance"), Span(0, 1, "actor")]
    pieces = nest(spans, len(text))
    assert [(p.kind, p.start, p.end, p.part) for p in pieces] == [
        ("statement", 0, 13, 0), ("actor", 0, 1, 0), ("stance", 10, 13, 0),
        ("stance", 13, 24, 1)]
    out = str(render(text, spans))
    assert "<b>" not in out and "</b>" not in out and "&lt;b&gt;said&lt;<mark" in out
    assert '<mark class="hl hl-stance cont" data-kind="stance" data-start="13"' in out
    assert html.unescape(re.sub(r"<[^>]+>", "", out)) == text


def test_chart_and_network_data_cannot_close_their_script_block(store):
    from starlette.requests import Request

    from stancemap.web.app import Site

    evil = "</script><script>alert(1)</script>"
    req = Request({"type": "http", "method": "GET", "path": "/network", "query_string": b"",
                   "headers": []})
    data = {"filters": {"since": None, "until": None, "proposition": None, "bases": ["event"],
                        "proposition_label": evil},
            "nodes": [{"id": 1, "label": evil, "kind": "person", "weight": 1}], "edges": []}
    out = Site(store).env.get_template("network.html").render(data=data, request=req,
                                                               page="network")
    assert evil not in out and "\\u003c/script\\u003e" in out


def test_read_only_connection_refuses_a_missing_file(tmp_path):
    with pytest.raises(DatabaseError):
        ReadOnlyDatabase(str(tmp_path / "missing.db"))
    assert not (tmp_path / "missing.db").exists()


@pytest.mark.parametrize("workers", [1, 2])
def test_serve_command_prints_its_url_and_serves(store, workers):
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "stancemap.cli", "serve", "--db", store,
                             "--port", str(port), "--workers", str(workers)],
                            stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        assert f"read-only at http://127.0.0.1:{port}/" in line
        deadline = time.monotonic() + 30
        while True:
            try:
                status, _, body = fetch(f"http://127.0.0.1:{port}/")
                break
            except OSError:
                assert time.monotonic() < deadline and proc.poll() is None
                time.sleep(0.1)
        assert status == 200 and "Corpus overview" in body
    finally:
        proc.terminate()
        proc.wait(10)


def test_serve_command(tmp_path):
    runner = CliRunner()
    res = runner.invoke(main, ["serve", "--help"])
    assert res.exit_code == 0 and "127.0.0.1" in res.output
    res = runner.invoke(main, ["serve", "--db", str(tmp_path / "nope.db")])
    assert res.exit_code == 1 and "E020" in res.output
    assert not (tmp_path / "nope.db").exists()
