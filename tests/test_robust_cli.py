"""Issue #16, ``stancemap analyze`` as a user runs it: inputs checked before the model loads,
an output that is also an input refused, bounded input, and warnings instead of silent
surprises. One run loads the model; the others fail before it would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, env: dict | None = None, timeout: int = 300, stdin: str | None = None
        ) -> subprocess.CompletedProcess:
    full = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run([sys.executable, "-m", "stancemap.cli", *args], capture_output=True,
                          text=True, timeout=timeout, env=full, input=stdin)


def test_output_equal_to_an_input_is_refused_and_the_input_kept(tmp_path):
    f = tmp_path / "x.jsonl"
    body = "".join(json.dumps({"id": f"r{i}", "text": f"Chile thanked Peru {i} times."}) + "\n"
                   for i in range(40))
    f.write_text(body)
    for out_path in (str(f), str(tmp_path / ".." / tmp_path.name / "x.jsonl")):
        out = run("analyze", str(f), "-f", "jsonl", "-o", out_path)
        assert out.returncode == 2 and "Traceback" not in out.stderr
        assert "output file is also an input" in out.stderr and "[E027]" in out.stderr
    out = run("analyze", str(tmp_path), "-o", str(tmp_path / "out.jsonl"))
    assert out.returncode == 2 and "the input folder" in out.stderr
    out = run("ingest", str(f), "--db", str(f))
    assert out.returncode == 2 and "[E027]" in out.stderr and "Traceback" not in out.stderr
    assert f.read_text() == body


def test_failing_input_is_reported_before_the_model_loads(tmp_path):
    """Every failing run used to pay for loading the model; now nothing NLP is imported."""
    code = ("import sys\nfrom stancemap.cli import main\n"
            "try:\n    main(sys.argv[1:])\nexcept SystemExit as e:\n"
            "    print('exit', e.code, 'spacy' in sys.modules, file=sys.stderr)\n")
    for args in (["analyze", str(tmp_path / "missing.txt")], ["analyze", "/dev/zero"],
                 ["analyze", str(tmp_path), "--max-input-size", "lots"],
                 ["analyze", "/dev/zero", "-o", "/proc/version/x"]):
        out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True,
                             text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
        assert "Traceback" not in out.stderr, out.stderr
        last = out.stderr.strip().splitlines()[-1].split()
        assert last[0] == "exit" and last[1] in ("1", "2") and last[2] == "False", out.stderr


def test_dev_zero_and_size_limit_from_the_environment(tmp_path):
    out = run("analyze", "/dev/zero", timeout=60)
    assert out.returncode == 1 and "/dev/zero: binary file, not text [E003]" in out.stderr
    big = tmp_path / "big.txt"
    big.write_text("Chile thanked Peru. " * 200)
    out = run("analyze", str(big), env={"STANCEMAP_MAX_INPUT_SIZE": "1k"}, timeout=60)
    assert out.returncode == 1 and "[E019]" in out.stderr and "1024 bytes" in out.stderr
    piped = run("analyze", "-", "--max-input-size", "1k", stdin="Chile thanked Peru. " * 200)
    assert piped.returncode == 1 and "<stdin>: standard input larger than the input limit" \
        in piped.stderr
    bad = run("analyze", str(big), "--max-input-size", "0")
    assert bad.returncode == 2 and "[E028]" in bad.stderr


def test_unwritable_output_is_one_line(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Chile thanked Peru.")
    out = run("analyze", str(f), "-o", str(tmp_path / "no" / "such" / "dir.json"))
    assert out.returncode == 2 and "[E029]" in out.stderr and "Traceback" not in out.stderr


def test_hostile_batch_loses_nothing_good_and_warns(tmp_path):
    """One model load: a folder of good and bad inputs, analysed in one run."""
    d = tmp_path / "in"
    d.mkdir()
    (d / "a.jsonl").write_bytes(
        b'{"id": "good1", "text": "France criticised Germany over the border checks."}\n'
        + b"[" * 100_000 + b"\n"
        + b'{"id": "huge", "text": "' + b"word " * 50_000 + b'"}\n'
        + b'{"id": "good1", "text": "Japan praised India for hosting the talks."}\n'
        + b'{"id": "ru", "text": "\xd0\x9f\xd1\x80\xd0\xb5\xd0\xb7\xd0\xb8\xd0\xb4\xd0\xb5'
          b'\xd0\xbd\xd1\x82 \xd0\xa0\xd0\xbe\xd1\x81\xd1\x81\xd0\xb8\xd0\xb8 '
          b'\xd0\xb7\xd0\xb0\xd1\x8f\xd0\xb2\xd0\xb8\xd0\xbb."}\n'
        + b'{"id": "good3", "text": "Kenya condemned the attack on the convoy."}\n')
    (d / "d01.gold.json").write_text('{"format": "stancemap-gold/1", "id": "d01"}')
    (d / "b.txt").write_text("Brazil welcomed the ceasefire.")
    out = run("analyze", str(d), "-f", "jsonl", "--max-input-size", "100k")
    assert out.returncode == 1 and "Traceback" not in out.stderr, out.stderr
    ids = [json.loads(x)["id"] for x in out.stdout.splitlines()]
    assert ids == ["good1", "good1", "ru", "good3", "b"]
    err = out.stderr
    assert f"{d / 'a.jsonl'}:2: malformed JSON (nested too deeply); line skipped [E006]" in err
    assert f"{d / 'a.jsonl'}:3: JSONL line larger than the input limit" in err
    assert f"{d / 'a.jsonl'}:4: duplicate id 'good1' (also at {d / 'a.jsonl'}:1)" in err
    assert "ru: no actor found, and the text is mostly in Cyrillic script" in err
    assert "gold" not in err
    assert "5 document(s) analysed, 2 failed" in err


def test_every_error_code_is_used_and_documented():
    import re

    from stancemap.errors import Errors

    codes = [k for k in vars(Errors) if re.fullmatch(r"[EW]\d{3}", k)]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    source = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "stancemap").rglob("*.py")
                       if p.name != "errors.py")
    for code in codes:
        assert f"| {code} |" in readme, code
        assert f'"{code}"' in source, code


def test_foreign_script_check():
    from stancemap.validate import foreign_script

    assert foreign_script("Президент России заявил о переговорах.") == "Cyrillic"
    assert foreign_script("قال وزير الخارجية إن المحادثات ستستمر") == "Arabic"
    assert foreign_script("中国外交部发言人表示") == "Chinese (CJK)"
    assert foreign_script("France said Moscou, Москва, was far.") is None
    assert foreign_script("2024 — 17 %") is None
