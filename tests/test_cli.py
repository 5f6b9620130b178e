"""The ``stancemap`` command as a user runs it: real processes, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "gold" / "seed.txt"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "stancemap.cli", *args],
        input=stdin, capture_output=True, text=True, timeout=300,
    )


@pytest.mark.skipif(not SEED.exists(), reason="../shared/gold/seed.txt not present")
def test_analyze_seed_json_and_text():
    out = run("analyze", str(SEED), "--format", "json")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["schema"] == "stancemap/1"
    doc = data["documents"][0]
    assert doc["id"] == "seed"
    names = {a["name"] for a in doc["actors"]}
    assert {"Robert Kalinak", "Radoslaw Sikorski", "Latvia", "Russia"} <= names
    text = run("analyze", str(SEED), "--format", "text", "--date", "2024-03-12")
    assert text.returncode == 0
    assert "Robert Kalinak" in text.stdout and "2024-03-12" in text.stdout


def test_stdin_and_jsonl_with_a_bad_line(tmp_path):
    out = run("analyze", "-", "--format", "jsonl", stdin="Sweden's prime minister spoke.")
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.splitlines()[0])["actors"]
    f = tmp_path / "batch.jsonl"
    f.write_text(
        '{"id": "one", "text": "France criticised Germany."}\n'
        "{broken\n"
        '{"id": "three", "text": "Japan praised India.", "date": "2025-01-02"}\n',
        encoding="utf-8",
    )
    out = run("analyze", str(f), "--format", "jsonl")
    assert out.returncode == 1  # something failed ...
    ids = [json.loads(line)["id"] for line in out.stdout.splitlines()]
    assert ids == ["one", "three"]  # ... but nothing else was lost
    assert f"{f}:2" in out.stderr and "Traceback" not in out.stderr


@pytest.mark.parametrize(
    "content, expect",
    [
        (b"", "empty file"),
        (b"\x00\x01\x02binary\x00" * 50, "binary"),
        ("Caf\u00e9 au lait".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_files_get_one_line_and_status_1(tmp_path, content, expect):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    out = run("analyze", str(f))
    assert out.returncode == 1
    assert expect in out.stderr and str(f) in out.stderr
    assert "Traceback" not in out.stderr


def test_missing_path_empty_dir_and_bad_date(tmp_path):
    out = run("analyze", str(tmp_path / "nope.txt"))
    assert out.returncode == 1 and "no such file" in out.stderr
    (tmp_path / "empty").mkdir()
    out = run("analyze", str(tmp_path / "empty"))
    assert out.returncode == 1 and "holds no articles" in out.stderr
    good = tmp_path / "a.txt"
    good.write_text("Canada thanked Mexico.", encoding="utf-8")
    out = run("analyze", str(good), "--date", "yesterday")
    assert out.returncode == 2 and "ISO date" in out.stderr and "Traceback" not in out.stderr


def test_html_input(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Talks stall</title>"
        '<meta property="article:published_time" content="2025-05-06"></head><body>'
        "<nav>Home | World | Sport</nav><article><p>Kenyan President Amos Odhiambo said on "
        "Monday that Nairobi would host talks between Ethiopia and Eritrea. He urged both "
        "sides to attend without conditions, according to officials.</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    out = run("analyze", str(page))
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)["documents"][0]
    assert doc["title"] == "Talks stall" and doc["date"] == "2025-05-06"
    assert "Home | World" not in doc["text"]
    odhiambo = [a for a in doc["actors"] if a["name"] == "Amos Odhiambo"][0]
    assert odhiambo["country"] == "KEN"


@pytest.mark.skipif(not SEED.exists(), reason="../shared/gold not present")
def test_evaluate_prints_layers_and_reads_saved_output(tmp_path):
    gold = SHARED / "gold" / "seed.gold.json"
    out = run("evaluate", str(gold), "--json")
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout)
    assert report["total"]["actors"]["f1"] == 1.0
    saved = tmp_path / "seed.json"
    saved.write_text(run("analyze", str(SEED)).stdout, encoding="utf-8")
    again = json.loads(run("evaluate", str(gold), "--system", str(saved), "--json").stdout)
    assert again["total"]["actors"] == report["total"]["actors"]
    bad = run("evaluate", str(tmp_path / "missing.gold.json"))
    assert bad.returncode == 1 and "Traceback" not in bad.stderr
