"""Tests for stancemap.readers: every kind of input a user hands the CLI."""

from __future__ import annotations

import io
import json
import logging
import sys
import time

import pytest

from stancemap.errors import StancemapError
from stancemap.readers import (
    MAX_CHARS,
    ReadReport,
    check_date,
    iter_articles,
    read_text_article,
    split_text,
)

PAGE = """<!DOCTYPE html>
<html><head><title>Minister rejects tariff plan | Daily News</title>
<meta name="date" content="2024-03-05">
<link rel="canonical" href="https://example.com/news/tariffs">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li>
<li><a href="/sport">Sport results</a></li></ul></nav>
<article><h1>Minister rejects tariff plan</h1>
<p>The trade minister said on Tuesday that the government would not support the proposed
tariffs on steel imports, arguing that they would harm domestic manufacturers.</p>
<p>"We cannot accept a plan that raises costs for our own industry," she told reporters in
the capital after a cabinet meeting that lasted several hours.</p>
<p>Opposition leaders criticised the decision and called for a parliamentary vote on the
matter before the end of the month.</p>
</article>
<footer>Copyright 2024 Daily News. All rights reserved. Subscribe to our newsletter.</footer>
</body></html>
"""


def read(paths, date=None, **kw):
    report = ReadReport()
    arts = list(iter_articles([str(p) for p in paths], date=date, report=report, **kw))
    return arts, report


def codes(report: ReadReport) -> list[str]:
    return [e.rsplit("[", 1)[1].rstrip("]") for e in report.errors]


# ----------------------------------------------------------------------------- plain text


def test_txt_with_bom_and_crlf(tmp_path):
    f = tmp_path / "speech.txt"
    f.write_bytes(b"\xef\xbb\xbfThe minister spoke.\r\n\r\nShe said no.\r\n")
    arts, rep = read([f])
    assert rep.ok and rep.read == 1
    (a,) = arts
    assert a.id == "speech"
    assert a.text == "The minister spoke.\n\nShe said no.\n"
    assert a.path == str(f)
    assert a.date is None


def test_read_text_article():
    a = read_text_article("\ufeffOne.\r\nTwo.", id="x", date="2024-02-29")
    assert (a.id, a.text, a.date) == ("x", "One.\nTwo.", "2024-02-29")
    with pytest.raises(StancemapError) as e:
        read_text_article("x", date="2023-02-29")
    assert e.value.code == "E009"


def test_unknown_extension_is_sniffed_as_text(tmp_path):
    f = tmp_path / "notes.md"
    f.write_text("Just some prose.\n", encoding="utf-8")
    arts, rep = read([f])
    assert rep.ok and [a.text for a in arts] == ["Just some prose.\n"]


# ----------------------------------------------------------------------------- HTML


def test_html_main_text_title_date_url(tmp_path):
    f = tmp_path / "page.html"
    f.write_text(PAGE, encoding="utf-8")
    arts, rep = read([f])
    assert rep.ok, rep.errors
    (a,) = arts
    assert a.id == "page"
    assert "would not support the proposed" in a.text
    assert "parliamentary vote" in a.text
    for boiler in ("Sport results", "World news", "All rights reserved", "newsletter"):
        assert boiler not in a.text
    assert a.title == "Minister rejects tariff plan"
    assert a.date == "2024-03-05"
    assert a.url == "https://example.com/news/tariffs"
    assert "\r" not in a.text


def test_html_date_argument_overrides_single_page(tmp_path):
    f = tmp_path / "page.htm"
    f.write_text(PAGE, encoding="utf-8")
    arts, rep = read([f], date="2024-04-01")
    assert rep.ok and arts[0].date == "2024-04-01"


def test_html_without_main_text(tmp_path):
    f = tmp_path / "blank.html"
    f.write_text("<html><head><title>x</title></head><body><nav></nav></body></html>")
    arts, rep = read([f])
    assert arts == [] and codes(rep) == ["E008"]


def test_html_declared_latin1_charset_is_decoded(tmp_path):
    f = tmp_path / "latin.html"
    body = "<p>" + "Le ministre a déclaré que la réforme était nécessaire. " * 10 + "</p>"
    html = f'<html><head><meta charset="iso-8859-1"><title>t</title></head><body>{body}</body>'
    f.write_bytes(html.encode("latin-1"))
    arts, rep = read([f])
    assert rep.ok, rep.errors
    assert "déclaré" in arts[0].text


# ----------------------------------------------------------------------------- JSON / JSONL


def test_jsonl_malformed_line_in_middle(tmp_path, caplog):
    f = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"id": "a1", "text": "First.", "title": "T1", "date": "2024-01-02"}),
        json.dumps({"text": "Second.", "url": "https://x.org/2", "source": "X"}),
        '{"id": "broken", "text": "no closing brace"',
        "",
        json.dumps({"id": "a5", "text": "Fifth.", "date": "2024-01-05T08:00:00Z"}),
    ]
    f.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with caplog.at_level(logging.ERROR, logger="stancemap"):
        arts, rep = read([f])
    assert [a.id for a in arts] == ["a1", "feed-2", "a5"]
    assert [a.path for a in arts] == [f"{f}:1", f"{f}:2", f"{f}:5"]
    assert arts[0].title == "T1" and arts[0].date == "2024-01-02"
    assert arts[1].url == "https://x.org/2" and arts[1].source == "X"
    assert arts[2].date == "2024-01-05"
    assert rep.read == 3 and rep.failed == 1 and not rep.ok
    assert rep.errors[0].startswith(f"{f}:3: malformed JSON")
    assert rep.errors[0].endswith("[E006]")
    errors = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert [r.getMessage() for r in errors] == rep.errors


def test_jsonl_record_without_text(tmp_path):
    f = tmp_path / "feed.ndjson"
    f.write_text(
        '{"id": "a", "text": "Fine."}\n{"id": "b", "title": "no text"}\n'
        '{"id": "c", "text": "   "}\n{"id": "d", "text": 42}\n["not", "an object"]\n',
        encoding="utf-8",
    )
    arts, rep = read([f])
    assert [a.id for a in arts] == ["a"]
    assert codes(rep) == ["E007", "E007", "E007", "E015"]
    assert rep.errors[0].startswith(f"{f}:2: ")
    assert "'text'" in rep.errors[0]


def test_jsonl_bad_record_date_is_warned_and_dropped(tmp_path):
    f = tmp_path / "feed.jsonl"
    f.write_text('{"id": "a", "text": "x", "date": "yesterday"}\n', encoding="utf-8")
    arts, rep = read([f])
    assert rep.ok and arts[0].date is None
    assert len(rep.warnings) == 1 and "[W002]" in rep.warnings[0]


def test_jsonl_non_utf8_line_is_skipped_with_file_offset(tmp_path):
    f = tmp_path / "feed.jsonl"
    first = b'{"id": "a", "text": "ok"}\n'
    f.write_bytes(first + b'{"id": "b", "text": "caf\xe9"}\n{"id": "c", "text": "ok too"}\n')
    arts, rep = read([f])
    assert [a.id for a in arts] == ["a", "c"]
    assert codes(rep) == ["E005"]
    bad = first.__len__() + b'{"id": "b", "text": "caf'.__len__()
    assert rep.errors[0].startswith(f"{f}:2: ") and f"offset {bad}" in rep.errors[0]


def test_jsonl_date_argument_fills_only_missing_dates(tmp_path):
    f = tmp_path / "feed.jsonl"
    f.write_text(
        '{"id": "a", "text": "x", "date": "2020-01-01"}\n{"id": "b", "text": "y"}\n',
        encoding="utf-8",
    )
    arts, rep = read([f], date="2024-06-30")
    assert rep.ok
    assert [(a.id, a.date) for a in arts] == [("a", "2020-01-01"), ("b", "2024-06-30")]


def test_json_list_and_single_object(tmp_path):
    many = tmp_path / "many.json"
    many.write_text(
        '[\n  {"id": "p", "text": "One."},\n\n  {"text": "Two."}\n]\n', encoding="utf-8"
    )
    one = tmp_path / "one.json"
    one.write_text(json.dumps({"id": "solo", "text": "Alone.", "title": "T"}, indent=2))
    arts, rep = read([many, one])
    assert rep.ok, rep.errors
    assert [(a.id, a.path) for a in arts] == [
        ("p", f"{many}:2"),
        ("many-4", f"{many}:4"),
        ("solo", f"{one}:1"),
    ]
    assert arts[2].title == "T"


def test_json_file_in_jsonl_form(tmp_path):
    f = tmp_path / "lines.json"
    f.write_text('{"text": "a"}\n{"text": "b"}\n{oops}\n', encoding="utf-8")
    arts, rep = read([f])
    assert [a.id for a in arts] == ["lines-1", "lines-2"]
    assert codes(rep) == ["E006"] and rep.errors[0].startswith(f"{f}:3: ")


def test_broken_pretty_json_is_one_error(tmp_path):
    f = tmp_path / "bad.json"
    f.write_text('{\n  "id": "x",\n  "text": "y",,\n}\n', encoding="utf-8")
    arts, rep = read([f])
    assert arts == [] and codes(rep) == ["E017"]
    assert rep.errors[0].startswith(f"{f}:3: malformed JSON")


def test_json_scalar_has_no_records(tmp_path):
    f = tmp_path / "n.json"
    f.write_text("42\n")
    arts, rep = read([f])
    assert arts == [] and codes(rep) == ["E016"]


# ----------------------------------------------------------------------------- paths


def test_missing_path_then_goes_on(tmp_path, caplog):
    good = tmp_path / "good.txt"
    good.write_text("Text.")
    missing = tmp_path / "nope.txt"
    with caplog.at_level(logging.ERROR, logger="stancemap"):
        arts, rep = read([missing, good])
    assert [a.id for a in arts] == ["good"]
    assert rep.errors == [f"{missing}: no such file or directory [E001]"]
    assert rep.failed == 1 and rep.read == 1
    assert caplog.records[-1].levelno == logging.ERROR
    assert caplog.records[-1].getMessage() == rep.errors[0]


def test_directory_without_articles(tmp_path):
    d = tmp_path / "empty"
    d.mkdir()
    (d / "image.png").write_bytes(b"\x89PNG\r\n")
    (d / "notes.md").write_text("not an article extension")
    arts, rep = read([d])
    assert arts == [] and codes(rep) == ["E002"]
    assert rep.errors[0].startswith(f"{d}: ")


def test_directory_recursion_sorted(tmp_path):
    (tmp_path / "b" / "deep").mkdir(parents=True)
    (tmp_path / "a").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "z.txt").write_text("z")
    (tmp_path / "a" / "one.TXT").write_text("one")
    (tmp_path / "b" / "deep" / "two.jsonl").write_text('{"id": "two", "text": "2"}\n')
    (tmp_path / "b" / "deep" / "three.htm").write_text(PAGE)
    (tmp_path / "b" / "skip.csv").write_text("a,b")
    (tmp_path / ".git" / "HEAD.txt").write_text("ref")
    arts, rep = read([tmp_path])
    assert rep.ok, rep.errors
    assert [a.id for a in arts] == ["one", "three", "two", "z"]


def test_directory_date_fills_missing_only(tmp_path):
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "p.html").write_text(PAGE)
    arts, rep = read([tmp_path], date="2025-01-01")
    assert {a.id: a.date for a in arts} == {"a": "2025-01-01", "p": "2024-03-05"}


def test_binary_file(tmp_path):
    f = tmp_path / "photo.txt"
    f.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    ctrl = tmp_path / "ctrl.txt"
    ctrl.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 65]) * 100)
    arts, rep = read([f, ctrl])
    assert arts == [] and codes(rep) == ["E003", "E003"]


def test_utf16_file(tmp_path):
    f = tmp_path / "win.txt"
    f.write_bytes("Hello".encode("utf-16"))
    arts, rep = read([f])
    assert arts == [] and codes(rep) == ["E014"]


@pytest.mark.parametrize("content", [b"", b"  \n\r\n\t ", b"\xef\xbb\xbf"])
def test_empty_file(tmp_path, content):
    f = tmp_path / "empty.txt"
    f.write_bytes(content)
    jl = tmp_path / "empty.jsonl"
    jl.write_bytes(content)
    arts, rep = read([f, jl])
    assert arts == [] and codes(rep) == ["E004", "E004"]


def test_latin1_file_reports_byte_offset(tmp_path):
    f = tmp_path / "latin.txt"
    f.write_bytes("Le ministre a déclaré".encode("latin-1"))
    arts, rep = read([f])
    assert arts == []
    assert rep.errors == [
        f"{f}: not UTF-8 text (first bad byte at offset 15); re-encode it as UTF-8 [E005]"
    ]


def test_latin1_offset_counts_the_bom(tmp_path):
    f = tmp_path / "bom.txt"
    f.write_bytes(b"\xef\xbb\xbfab\xff")
    _, rep = read([f])
    assert "offset 5" in rep.errors[0]


def test_unreadable_file(tmp_path, monkeypatch):
    txt = tmp_path / "secret.txt"
    txt.write_text("x")
    jl = tmp_path / "secret.jsonl"
    jl.write_text('{"text": "x"}\n')
    ok = tmp_path / "ok.txt"
    ok.write_text("fine")
    real_open = open

    def guarded(path, *a, **kw):
        if "secret" in str(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *a, **kw)

    monkeypatch.setattr("stancemap.readers.open", guarded, raising=False)
    arts, rep = read([txt, jl, ok])
    assert [a.id for a in arts] == ["ok"]
    assert rep.errors == [
        f"{txt}: cannot read file (Permission denied) [E013]",
        f"{jl}: cannot read file (Permission denied) [E013]",
    ]


# ----------------------------------------------------------------------------- --date


@pytest.mark.parametrize("good", ["2024-02-29", "1999-12-31"])
def test_check_date_accepts(good):
    assert check_date(good) == good


@pytest.mark.parametrize("bad", ["2023-02-29", "2024-13-01", "20240101", "2024-1-5", "yesterday"])
def test_date_argument_validated(tmp_path, bad):
    with pytest.raises(StancemapError) as e:
        check_date(bad)
    assert e.value.code == "E009"
    f = tmp_path / "a.txt"
    f.write_text("text")
    arts, rep = read([f], date=bad)
    assert arts == []
    assert rep.errors == [f"--date '{bad}' is not an ISO date (YYYY-MM-DD) [E009]"]


def test_date_argument_sets_single_file(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("text")
    arts, rep = read([f], date="2024-07-14")
    assert rep.ok and arts[0].date == "2024-07-14"


# ----------------------------------------------------------------------------- stdin


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_stdin_plain_text(monkeypatch):
    _stdin(monkeypatch, b"\xef\xbb\xbfPlain words.\r\nMore.\r\n")
    arts, rep = read(["-"], date="2024-01-01")
    assert rep.ok
    (a,) = arts
    assert (a.id, a.text, a.date, a.path) == (
        "stdin",
        "Plain words.\nMore.\n",
        "2024-01-01",
        "<stdin>",
    )


def test_stdin_jsonl(monkeypatch):
    _stdin(monkeypatch, b'\n  {"id": "s1", "text": "One."}\n{"text": "Two."}\nnot json\n')
    arts, rep = read(["-"])
    assert [a.id for a in arts] == ["s1", "stdin-3"]
    assert [a.path for a in arts] == ["<stdin>:2", "<stdin>:3"]
    assert codes(rep) == ["E006"] and rep.errors[0].startswith("<stdin>:4: ")


def test_stdin_html(monkeypatch):
    _stdin(monkeypatch, ("\n  " + PAGE).encode("utf-8"))
    arts, rep = read(["-"])
    assert rep.ok, rep.errors
    assert arts[0].title == "Minister rejects tariff plan"
    assert "Sport results" not in arts[0].text and "steel imports" in arts[0].text


def test_stdin_text_starting_with_bracket_is_text(monkeypatch):
    _stdin(monkeypatch, b"[Reuters] The minister said.")
    arts, rep = read(["-"])
    assert rep.ok and arts[0].text == "[Reuters] The minister said."


def test_stdin_binary_and_empty(monkeypatch):
    _stdin(monkeypatch, b"\x00\x01\x02binary")
    assert codes(read(["-"])[1]) == ["E003"]
    _stdin(monkeypatch, b"   \n")
    assert codes(read(["-"])[1]) == ["E004"]


# ----------------------------------------------------------------------------- size


def test_max_chars_matches_pipeline():
    from stancemap import pipeline

    assert MAX_CHARS == pipeline.MAX_CHARS


def test_split_text_falls_back_to_line_then_hard_cut():
    assert list(split_text("aaaa\n\nbbbb\n\ncc", 7)) == ["aaaa\n\n", "bbbb\n\n", "cc"]
    assert list(split_text("aaaa\nbbbb\nccc", 7)) == ["aaaa\n", "bbbb\n", "ccc"]
    assert list(split_text("aa bb cc dd", 6)) == ["aa bb ", "cc dd"]
    assert list(split_text("ab  \n \ncd", 8)) == ["ab  \n \n", "cd"]
    assert list(split_text("abcdefghij", 4)) == ["abcd", "efgh", "ij"]
    assert list(split_text("short", 10)) == ["short"]


def test_50mb_file_is_split_at_paragraphs(tmp_path, caplog):
    para = (
        "The foreign minister said on Monday that the sanctions would remain in place until "
        "the talks resumed, and that the government would not accept any conditions.\r\n"
        "Officials in the capital declined to comment on the report.\r\n\r\n"
    )
    f = tmp_path / "huge.txt"
    reps = 50 * 1024 * 1024 // len(para) + 1
    f.write_bytes(para.encode("ascii") * reps)
    expected_len = len(para.replace("\r\n", "\n")) * reps
    t0 = time.perf_counter()
    with caplog.at_level(logging.WARNING, logger="stancemap"):
        arts, rep = read([f])
    elapsed = time.perf_counter() - t0
    assert rep.ok and rep.read == len(arts)
    n = len(arts)
    assert n == -(-expected_len // MAX_CHARS) or n == -(-expected_len // MAX_CHARS) + 1
    assert [a.id for a in arts] == [f"huge#{i}" for i in range(1, n + 1)]
    assert all(0 < len(a.text) <= MAX_CHARS for a in arts)
    # Every part but the last ends at a paragraph boundary (a blank line).
    assert all(a.text.endswith("\n\n") for a in arts[:-1])
    assert all(a.path == str(f) for a in arts)
    joined = "".join(a.text for a in arts)
    assert len(joined) == expected_len
    assert joined == para.replace("\r\n", "\n") * reps
    assert len(rep.warnings) == 1
    assert f"split into {n} parts" in rep.warnings[0] and rep.warnings[0].endswith("[W001]")
    warns = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert [r.getMessage() for r in warns] == rep.warnings
    assert elapsed < 10, elapsed


def test_split_small_limit_keeps_metadata(tmp_path):
    f = tmp_path / "feed.jsonl"
    text = "\n\n".join(f"Paragraph {i} of the speech." for i in range(10))
    f.write_text(json.dumps({"id": "sp", "text": text, "title": "T"}) + "\n")
    arts, rep = read([f], max_chars=60)
    assert len(arts) > 1 and all(len(a.text) <= 60 for a in arts)
    assert "".join(a.text for a in arts) == text
    assert [a.id for a in arts] == [f"sp#{i}" for i in range(1, len(arts) + 1)]
    assert {a.title for a in arts} == {"T"} and {a.path for a in arts} == {f"{f}:1"}
