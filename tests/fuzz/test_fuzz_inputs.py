"""Hostile inputs beside good ones, fed to the readers (each case in-process, with a time
limit), then to one ``analyze`` run and one ``ingest`` run over the whole batch (the model
loads once per run). Nothing may raise or print a traceback, nothing may hang, and every
good document must come through intact."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))
from hostile import LIMIT, fixed_cases, mutated_lines, write_good, write_hostile  # noqa: E402

from stancemap.readers import ReadReport, iter_articles  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
CASE_SECONDS = 10  # per reader case
LINE = re.compile(r"^stancemap: (warning: )?\S.* \[[EW]\d{3}\]$")


class _Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise _Timeout


def _read_with_limit(paths: list[str]) -> tuple[list, ReadReport, float]:
    rep = ReadReport()
    old = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(CASE_SECONDS)
    t0 = time.monotonic()
    try:
        arts = list(iter_articles(paths, report=rep, max_bytes=LIMIT))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)
    return arts, rep, time.monotonic() - t0


@pytest.fixture(scope="module")
def good_dir(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    d = tmp_path_factory.mktemp("good")
    return d, write_good(d)


CASES = [*fixed_cases(), *((f"mut{i}.jsonl", line + b"\n") for i, line in
                           enumerate(mutated_lines(60, seed=7).splitlines()))]


@pytest.mark.parametrize("name, content", CASES, ids=[c[0] for c in CASES])
def test_reader_case(tmp_path, good_dir, name, content):
    d, good = good_dir
    bad = tmp_path / name
    bad.write_bytes(content)
    paths = [str(d / "good_a.txt"), str(bad), str(d / "good_b.jsonl"), str(d / "good_c.json")]
    arts, rep, _ = _read_with_limit(paths)
    got = {a.id: a.text for a in arts}
    for ident in ("good_a", "good_b", "good_c"):
        assert got[ident].strip() == good[ident]
    for msg in rep.errors + rep.warnings:
        assert "\n" not in msg and msg.startswith(str(bad)) and re.search(r"\[[EW]\d{3}\]$", msg)
    for a in arts:
        a.text.encode("utf-8")  # writable as UTF-8: no lone surrogate left
        a.id.encode("utf-8")


def _check_stderr(err: str) -> None:
    assert "Traceback" not in err
    for line in err.strip().splitlines():
        assert LINE.match(line) or " failed" in line, line


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    d = tmp_path_factory.mktemp("batch")
    good = write_good(d)
    write_hostile(d)
    return d, good


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT)}


def test_analyze_batch(batch):
    d, good = batch
    out = subprocess.run([sys.executable, "-m", "stancemap.cli", "analyze", str(d),
                          str(d / "dangling.txt"), "-f", "jsonl", "--max-input-size", "64k"],
                         capture_output=True, text=True, timeout=400, env=_env())
    assert out.returncode == 1
    _check_stderr(out.stderr)
    docs = {}
    for line in out.stdout.splitlines():
        doc = json.loads(line)
        docs.setdefault(doc["id"], doc)
    for ident, text in good.items():
        assert docs[ident]["text"].strip() == text
        assert docs[ident]["actors"], ident


def test_ingest_batch(batch, tmp_path):
    d, good = batch
    url = tmp_path / "fuzz.db"
    out = subprocess.run([sys.executable, "-m", "stancemap.cli", "ingest", str(d), "--db",
                          str(url), "--max-input-size", "64k", "--no-progress"],
                         capture_output=True, text=True, timeout=400, env=_env())
    assert out.returncode == 1
    _check_stderr(out.stderr)
    assert "stancemap: ingest: " in out.stderr.strip().splitlines()[-1]
    con = sqlite3.connect(url)
    stored = {r[0]: r[1] for r in con.execute("SELECT doc_id, text FROM documents")}
    con.close()
    for ident, text in good.items():
        assert stored[ident].strip() == text
