"""``--jobs N``: worker processes give the output of one process, in input order; Parquet
shards analysed now are ingested later; progress bars have a total."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent / "gold"


def run(*args: str, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "stancemap.cli", *args], capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Six gold articles and a JSONL file whose second record is unusable, in one folder."""
    d = tmp_path_factory.mktemp("inputs")
    for p in sorted(GOLD.glob("*.txt"))[:6]:
        shutil.copy(p, d / p.name)
    recs = [{"id": "short-1", "text": "Sweden's prime minister met Finland's president."},
            {"id": "bad", "title": "no text"},
            {"id": "short-2", "text": "Germany imposed sanctions on Russia, Berlin said."}]
    (d / "z-more.jsonl").write_text("\n".join(json.dumps(r) for r in recs) + "\n")
    return d


@pytest.fixture(scope="module")
def one_job(inputs: Path) -> list[dict]:
    out = run("analyze", str(inputs), "--format", "jsonl", "--jobs", "1", "--no-progress")
    assert out.returncode == 1, out.stderr  # the unusable record
    return [json.loads(line) for line in out.stdout.splitlines()]


def test_two_jobs_give_the_output_of_one_in_input_order(inputs, one_job):
    out = run("analyze", str(inputs), "--format", "jsonl", "--jobs", "2", "--progress")
    assert out.returncode == 1, out.stderr
    two = [json.loads(line) for line in out.stdout.splitlines()]
    assert [d["id"] for d in one_job] == sorted(p.stem for p in inputs.glob("*.txt")) + [
        "short-1", "short-2"]
    assert two == one_job
    assert "E007" in out.stderr  # the bad record is reported as with one job
    assert "8/8" in out.stderr and "100%" in out.stderr  # the bar knew the total


def _stored(db: str) -> list[dict]:
    out = run("export", "jsonl", "--db", db)
    assert out.returncode == 0, out.stderr
    docs = [json.loads(line) for line in out.stdout.splitlines()]
    for d in docs:  # drop what the store adds: clusters, hashes, global ids
        d.pop("cluster", None)
        d.pop("content_hash", None)
        for rec in d["actors"] + d["propositions"]:
            rec.pop("entity", None)
            rec.pop("global", None)
    return sorted(docs, key=lambda d: d["id"])


def test_ingest_with_two_jobs_stores_what_one_job_analyses(inputs, one_job, tmp_path):
    db = str(tmp_path / "s.db")
    out = run("ingest", str(inputs), "--db", db, "--jobs", "2", "--progress")
    assert out.returncode == 1, out.stderr
    assert "8 document(s) stored" in out.stderr
    assert "8/8" in out.stderr  # the bar had the total: every article read
    assert _stored(db) == sorted(one_job, key=lambda d: d["id"])


def test_parquet_shards_are_ingested_later_and_once(inputs, one_job, tmp_path):
    shards = tmp_path / "shards"
    out = run("analyze", str(inputs), "--format", "parquet", "-o", str(shards), "--jobs", "2")
    assert out.returncode == 1, out.stderr
    assert list(shards.glob("part-*.parquet"))
    db = str(tmp_path / "s.db")
    first = run("ingest", str(shards), "--db", db)
    assert first.returncode == 0, first.stderr
    assert "8 document(s) stored" in first.stderr
    again = run("ingest", str(shards), str(shards), "--db", db)
    assert "0 document(s) stored, 16 skipped as duplicate" in again.stderr, again.stderr
    assert _stored(db) == sorted(one_job, key=lambda d: d["id"])


def test_evaluate_with_two_jobs_scores_as_one():
    golds = [str(p) for p in sorted(GOLD.glob("*.gold.json"))[:3]]
    one = run("evaluate", *golds, "--json")
    two = run("evaluate", *golds, "--json", "--jobs", "2", "--progress")
    assert one.returncode == 0 and two.returncode == 0, two.stderr
    assert json.loads(one.stdout) == json.loads(two.stdout)
    assert "3/3" in two.stderr


def test_spacy_n_process_works_with_the_dateline_component():
    """spaCy's own n_process sends user_data between processes: the dateline component's
    marks must survive it (it used to fail with E871)."""
    from stancemap.actors.dateline import dateline_tokens
    from stancemap.pipeline import load_nlp

    texts = ["WARSAW, March 12 (Reuters) - Poland's foreign minister spoke on Tuesday.",
             "Germany agreed to the plan."]
    docs = list(load_nlp().pipe(texts, n_process=2))
    assert [d.text for d in docs] == texts
    assert [docs[0][i].text for i in sorted(dateline_tokens(docs[0]))][:1] == ["WARSAW"]
    assert dateline_tokens(docs[1]) == set()
