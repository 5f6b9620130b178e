"""``--dask`` on a LocalCluster of two workers: shards the workers write and a SQLite store
fed through the client's writer hold the same documents; the workers write 100 articles into
PostgreSQL while one of them is killed mid-task, and every article is stored once with no
entity split."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from test_store_support import pg_server

from stancemap.store import open_store

ROOT = Path(__file__).resolve().parents[1]
sys.path.append(str(ROOT / "benchmarks"))
from make_corpus import generate  # noqa: E402

distributed = pytest.importorskip("dask.distributed")


def _articles(path: Path, n: int) -> None:
    """``n`` short synthetic news articles (their first two paragraphs) as JSONL."""
    with path.open("w") as fh:
        for rec in generate(n):
            rec["text"] = "\n\n".join(rec["text"].split("\n\n")[:2])
            fh.write(json.dumps(rec) + "\n")


def _wait_for(check, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None, memory_limit=0) as cluster, \
            distributed.Client(cluster) as client:
        yield cluster, client


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "stancemap.cli", *args], capture_output=True,
                          text=True, timeout=180)


def test_dask_shards_and_sqlite_stores_hold_the_same_documents(cluster, tmp_path):
    addr = cluster[0].scheduler_address
    _articles(tmp_path / "in.jsonl", 10)
    out = run("analyze", str(tmp_path / "in.jsonl"), "--dask", addr, "--format", "parquet",
              "-o", str(tmp_path / "shards"))
    assert out.returncode == 0, out.stderr
    assert run("ingest", str(tmp_path / "shards"), "--db", str(tmp_path / "a.db")).returncode == 0
    out = run("ingest", str(tmp_path / "in.jsonl"), "--db", str(tmp_path / "b.db"),
              "--dask", addr)  # SQLite: the documents come back to the one writer
    assert out.returncode == 0 and "10 document(s) stored" in out.stderr, out.stderr
    a, b = (run("export", "jsonl", "--db", str(tmp_path / f"{x}.db")).stdout for x in "ab")
    assert len(a.splitlines()) == 10 and a == b


def test_dask_ingest_survives_a_killed_worker(cluster, tmp_path):
    cluster, client = cluster
    url = pg_server().create_database("dask1")
    _articles(tmp_path / "in.jsonl", 100)
    open_store(url).close()
    db = open_store(url)
    count = lambda: int(db.scalar("SELECT COUNT(*) FROM documents"))  # noqa: E731
    proc = subprocess.Popen(
        [sys.executable, "-m", "stancemap.cli", "ingest", str(tmp_path / "in.jsonl"),
         "--db", url, "--dask", cluster.scheduler_address, "--no-progress"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _wait_for(lambda: count() >= 10 or proc.poll() is not None, 180, "first documents")
    busy = {w: ks for w, ks in client.processing().items() if ks}
    assert busy, "no worker is running a task"
    victim = sorted(busy)[0]
    pid = client.run(os.getpid, workers=[victim])[victim]
    os.kill(pid, signal.SIGKILL)  # mid-task: its partition is run again elsewhere
    killed_at = count()
    _, err = proc.communicate(timeout=180)
    assert proc.returncode == 0, err
    assert killed_at < 100, "the run ended before the kill"
    assert count() == 100
    assert db.scalar("SELECT COUNT(DISTINCT content_hash) FROM documents") == 100
    split = db.fetchall("SELECT kind, name, country FROM entities "
                        "GROUP BY kind, name, country HAVING COUNT(*) > 1")
    assert split == []
    assert db.scalar("SELECT COUNT(*) FROM entities WHERE kind = 'person'") > 20
    db.close()
