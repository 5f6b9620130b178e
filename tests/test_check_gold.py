"""The annotator's checker of gold folders (scripts/check_gold.py), on a set of ours and on a
copy broken the ways annotators break files."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "check_gold.py"
DEV27 = Path(__file__).resolve().parent / "gold" / "dev27"


def run(folder: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(SCRIPT), str(folder)], capture_output=True,
                          text=True, check=False)


def test_a_finished_set_passes() -> None:
    done = run(DEV27)
    assert done.returncode == 0, done.stdout
    assert "10 files, 0 failing" in done.stdout


def test_a_broken_file_is_named_with_each_fault(tmp_path: Path) -> None:
    name = "strait_closure"
    shutil.copy(DEV27 / f"{name}.txt", tmp_path)
    gold = json.loads((DEV27 / f"{name}.gold.json").read_text(encoding="utf-8"))
    gold["quotes"][0]["content"] = "words nobody wrote"
    gold["events"][0]["source"] = "Atlantis"
    gold["stances"].append(dict(gold["stances"][0]))
    (tmp_path / f"{name}.gold.json").write_text(json.dumps(gold), encoding="utf-8")
    done = run(tmp_path)
    assert done.returncode == 1
    assert f"{name}.gold.json" in done.stdout and "FAIL" in done.stdout
    assert "content not in text: 'words nobody wrote'" in done.stdout
    assert "unknown event source 'Atlantis'" in done.stdout
    assert "repeated stance" in done.stdout


def test_an_empty_folder_fails(tmp_path: Path) -> None:
    assert run(tmp_path).returncode == 1
