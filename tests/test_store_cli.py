"""``stancemap ingest / query / export`` as a user runs them: real processes, a real engine,
SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_store_support import db_url  # noqa: F401 - fixture

from stancemap.store.db import connect

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from make_corpus import write_corpus  # noqa: E402


def run(*args: str, cwd: Path | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "stancemap.cli", *args], capture_output=True,
                          text=True, timeout=timeout, cwd=cwd, env=env)


def count(url: str, table: str = "documents") -> int:
    db = connect(url)
    try:
        if not db.table_exists(table):
            return 0
        return int(db.scalar(f"SELECT COUNT(*) FROM {table}"))
    finally:
        db.close()


def test_ingest_counts_bad_input_and_stores_the_rest(db_url, tmp_path):  # noqa: F811
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text("France criticised Germany over the new border checks.\n")
    (src / "b.html").write_text(
        "<html><head><title>Talks</title></head><body><article><p>Japan praised India for "
        "hosting the climate talks in New Delhi on Monday, officials said.</p><p>The two "
        "countries agreed to meet again next year to review the trade pact.</p></article>"
        "</body></html>")
    (src / "c.bin").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    (src / "d.txt").write_text("")  # empty article
    (src / "batch.jsonl").write_text(
        '{"id": "j1", "text": "Kenya condemned the attack on the convoy.", "date": "2024-05-01"}\n'
        "{broken\n"
        '{"id": "j3", "text": ""}\n'
        '{"id": "j4", "text": "Brazil welcomed the ceasefire.", "date": "2024-05-02"}\n')
    (src / "dup.txt").write_text("France criticised Germany over the new border checks.\n")
    # c.bin has no article extension: name it so the folder walk takes it.
    (src / "c.bin").rename(src / "c.txt")
    out = run("ingest", str(src), "--db", db_url)
    assert out.returncode == 1, out.stderr
    assert "Traceback" not in out.stderr
    summary = out.stderr.strip().splitlines()[-1]
    assert "4 document(s) stored" in summary and "1 skipped as duplicate" in summary
    assert "4 failed" in summary
    for code in ("E003", "E004", "E006", "E007"):
        assert code in summary and code in out.stderr
    assert f"{src / 'batch.jsonl'}:2" in out.stderr
    assert count(db_url) == 4
    again = run("ingest", str(src / "a.txt"), str(src / "batch.jsonl"), "--db", db_url)
    assert "0 document(s) stored, 3 skipped as duplicate" in again.stderr
    assert count(db_url) == 4


def test_query_and_export_commands(db_url, tmp_path):  # noqa: F811
    corpus = write_corpus(tmp_path / "c.jsonl", 6, seed=3)
    assert run("ingest", str(corpus), "--db", db_url).returncode == 0
    out = run("query", "actors", "--db", db_url, "--csv")
    assert out.returncode == 0, out.stderr
    rows = list(csv.DictReader(io.StringIO(out.stdout, newline="")))
    assert rows and {"id", "name", "kind", "country", "documents", "clusters"} <= set(rows[0])
    stances = run("query", "stances", "--db", db_url, "--nl")
    recs = [json.loads(x) for x in stances.stdout.splitlines()]
    js = json.loads(run("query", "stances", "--db", db_url, "--json").stdout)
    assert js == recs
    table = run("query", "statements", "--db", db_url, "--limit", "3")
    assert table.returncode == 0 and "row" in table.stdout.splitlines()[-1]
    text = "\n".join(json.loads(x)["text"] for x in corpus.read_text().splitlines())
    for st in json.loads(run("query", "statements", "--db", db_url, "--json").stdout):
        assert st["content"] in text  # never rewritten
    m = run("query", "matrix", "--db", db_url, "--by", "country", "--timing", "--csv")
    assert m.returncode == 0 and "matrix query" in m.stderr
    assert run("query", "events", "--db", db_url, "--since", "2024-13-01").returncode == 2
    gml = tmp_path / "net.graphml"
    ex = run("export", "graphml", "--db", db_url, "-o", str(gml))
    assert ex.returncode == 0, ex.stderr
    nx = pytest.importorskip("networkx")
    nx.read_graphml(gml)
    docs = run("export", "jsonl", "--db", db_url)
    lines = [json.loads(x) for x in docs.stdout.splitlines()]
    assert len(lines) == 6 and all(d["schema"] == "stancemap/1" for d in lines)
    assert run("export", "dna", "--db", db_url).stdout.startswith("id,document,")
    assert run("export", "plover", "--db", db_url).returncode == 0


def test_killed_ingest_resumes_without_loss_or_duplicates(db_url, tmp_path):  # noqa: F811
    corpus = write_corpus(tmp_path / "c.jsonl", 30, seed=11)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "stancemap.cli", "ingest", str(corpus), "--db", db_url,
         "--batch-size", "1", "--no-progress"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 240
    stored = 0
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            stored = count(db_url)
            if stored >= 3:
                break
            time.sleep(0.01)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    killed_at = count(db_url)
    assert 3 <= killed_at < 30, f"killed after {killed_at} documents"
    out = run("ingest", str(corpus), "--db", db_url)
    assert out.returncode == 0, out.stderr
    assert f"{30 - killed_at} document(s) stored, {killed_at} skipped as duplicate" in out.stderr
    db = connect(db_url)
    assert db.scalar("SELECT COUNT(*) FROM documents") == 30
    assert db.scalar("SELECT COUNT(DISTINCT content_hash) FROM documents") == 30
    assert {r[0] for r in db.fetchall("SELECT doc_id FROM documents")} == {
        f"synth-{i:04d}" for i in range(1, 31)}
    # every stored document is whole: its actors are there
    assert db.scalar("SELECT COUNT(*) FROM documents d WHERE NOT EXISTS "
                     "(SELECT 1 FROM doc_actors a WHERE a.document_id = d.id)") == 0
    db.close()


def test_reanalyze_keeps_one_copy(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 3, seed=5)
    url = str(tmp_path / "s.db")
    assert run("ingest", str(corpus), "--db", url).returncode == 0
    before = {t: count(url, t) for t in ("documents", "entities", "doc_actors", "stances")}
    out = run("ingest", str(corpus), "--db", url, "--reanalyze")
    assert out.returncode == 0 and "3 re-analysed" in out.stderr
    after = {t: count(url, t) for t in ("documents", "entities", "doc_actors", "stances")}
    assert after == before


def test_ctrl_c_stops_cleanly_and_the_rerun_completes(tmp_path):
    corpus = write_corpus(tmp_path / "c.jsonl", 20, seed=12)
    url = str(tmp_path / "s.db")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # A shell starts background jobs (pytest ... &) with SIGINT ignored, and a child keeps
    # that: give the ingest the terminal's default, as a Ctrl-C in the foreground finds it.
    proc = subprocess.Popen(
        [sys.executable, "-m", "stancemap.cli", "ingest", str(corpus), "--db", url,
         "--batch-size", "1"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        env=env, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and proc.poll() is None and count(url) < 2:
        time.sleep(0.01)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted: run the same command again to continue" in err
    assert "Traceback" not in err
    stopped_at = count(url)
    assert 2 <= stopped_at < 20
    out = run("ingest", str(corpus), "--db", url)
    assert f"{20 - stopped_at} document(s) stored, {stopped_at} skipped" in out.stderr
    assert count(url) == 20


def test_query_on_a_missing_store_is_an_error(tmp_path):
    out = run("query", "stances", "--db", str(tmp_path / "nope.db"))
    assert out.returncode == 1
    assert "no such store file" in out.stderr and "[E020]" in out.stderr
    assert not (tmp_path / "nope.db").exists()
