"""Issue #16, the readers: every bad input is one coded line naming file and line, the batch
goes on, and input size is bounded (no input is read whole past the limit)."""

from __future__ import annotations

import tracemalloc

from stancemap.readers import ReadReport, iter_articles


def read(paths, **kw):
    report = ReadReport()
    arts = list(iter_articles([str(p) for p in paths], report=report, **kw))
    return arts, report


GOOD = b'{"id": "good", "text": "France criticised Germany."}\n'


def test_deeply_nested_json_line_is_one_error_and_the_batch_goes_on(tmp_path):
    f = tmp_path / "b.jsonl"
    f.write_bytes(GOOD + b"[" * 200_000 + b"\n" + b'{"a": ' * 100_000 + b"\n"
                  + b'{"id": "after", "text": "Japan praised India."}\n')
    arts, rep = read([f])
    assert [a.id for a in arts] == ["good", "after"]
    assert rep.errors == [f"{f}:2: malformed JSON (nested too deeply); line skipped [E006]",
                          f"{f}:3: malformed JSON (nested too deeply); line skipped [E006]"]
    whole = tmp_path / "deep.json"
    whole.write_bytes(b"[" * 200_000)
    arts, rep = read([whole, f])
    assert [a.id for a in arts] == ["good", "after"] and "[E017]" in rep.errors[0]


def test_a_100_mb_jsonl_line_is_refused_without_holding_it(tmp_path):
    f = tmp_path / "big.jsonl"
    with f.open("wb") as out:
        out.write(GOOD)
        out.write(b'{"id": "huge", "text": "')
        block = b"word " * 200_000
        for _ in range(100):  # 100 MB
            out.write(block)
        out.write(b'"}\n{"id": "last", "text": "Kenya thanked Chile."}\n')
    limit = 8 * 2**20
    tracemalloc.start()
    try:
        arts, rep = read([f], max_bytes=limit)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [a.id for a in arts] == ["good", "last"]
    assert rep.errors == [f"{f}:2: JSONL line larger than the input limit ({limit} bytes; "
                          "--max-input-size or $STANCEMAP_MAX_INPUT_SIZE); skipped [E019]"]
    assert peak < 2.5 * limit


def test_dev_zero_and_oversized_files_are_not_read_without_limit(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"All quiet. " * 200_000)  # 2.2 MB
    tracemalloc.start()
    try:
        arts, rep = read(["/dev/zero", big], max_bytes=2**20)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert arts == []
    assert rep.errors == ["/dev/zero: binary file, not text [E003]",
                          f"{big}: file larger than the input limit (1048576 bytes; "
                          "--max-input-size or $STANCEMAP_MAX_INPUT_SIZE); skipped [E019]"]
    assert peak < 3 * 2**20


def test_duplicate_ids_are_warned_and_both_kept(tmp_path):
    f = tmp_path / "d.jsonl"
    f.write_text('{"id": "x", "text": "One."}\n{"id": "x", "text": "Two."}\n')
    arts, rep = read([f])
    assert [a.text for a in arts] == ["One.", "Two."]
    assert rep.warnings == [f"{f}:2: duplicate id 'x' (also at {f}:1); both documents are kept "
                            "[W003]"]


def test_lone_surrogates_become_replacement_characters(tmp_path):
    f = tmp_path / "s.jsonl"
    f.write_text('{"id": "s\\udc00", "text": "Japan \\ud800 praised India."}\n')
    arts, rep = read([f])
    assert rep.ok and arts[0].text == "Japan \ufffd praised India." and arts[0].id == "s\ufffd"
    arts[0].text.encode("utf-8")


def test_gold_files_in_a_directory_are_not_articles(tmp_path):
    (tmp_path / "d01.txt").write_text("Canada thanked Mexico.")
    (tmp_path / "d01.gold.json").write_text('{"format": "stancemap-gold/1", "actors": []}')
    arts, rep = read([tmp_path])
    assert rep.ok and [a.id for a in arts] == ["d01"]


def test_html_that_keeps_a_small_share_of_the_page_is_warned(tmp_path):
    page = tmp_path / "p.html"
    links = "".join(f"<li><a href='/{i}'>Section {i} of the site</a></li>" for i in range(400))
    page.write_text(
        f"<html><head><title>T</title></head><body><nav><ul>{links}</ul></nav>"
        "<article><p>Kenyan President Amos Odhiambo said on Monday that Nairobi would host "
        "talks between Ethiopia and Eritrea, according to officials.</p></article>"
        f"<footer><ul>{links}</ul></footer></body></html>")
    arts, rep = read([page])
    assert len(arts) == 1
    assert len(rep.warnings) == 1 and rep.warnings[0].startswith(f"{page}: HTML extraction kept")
    assert rep.warnings[0].endswith("the main text may be missing [W005]")


def test_page_text_share_is_linear_on_hostile_markup():
    import time

    from stancemap.readers import _visible_chars

    assert _visible_chars("<p>Hi &amp; there</p><SCRIPT>x<y</script> more <!-- c --> end") == 19
    assert _visible_chars("\u0130" * 10 + "<script>x</script>" * 5) == 10  # İ: lower() grows
    for page in ("<script>" * 200_000, "<" * 1_000_000, "<!--" * 250_000,
                 "<style></style>" * 100_000):
        t0 = time.perf_counter()
        _visible_chars(page)
        assert time.perf_counter() - t0 < 2.0
