"""A seeded generator of hostile inputs for the readers, ``analyze`` and ``ingest`` (no
Hypothesis: a fixed list of known-bad shapes plus random mutations of good JSONL lines, so
every run feeds the same cases and the run time stays bounded)."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

# Good documents, one per file kind, each of which must come through any batch intact.
GOOD = {
    "good_a.txt": ("good_a", "France criticised Germany over the new border checks."),
    "good_b.jsonl": ("good_b", "Japan praised India for hosting the climate talks."),
    "good_c.json": ("good_c", "Kenya condemned the attack on the aid convoy."),
    "good_d.html": ("good_d", "Brazil welcomed the ceasefire agreed on Monday by both sides "
                              "after weeks of talks in the capital."),
}

LIMIT = 64 * 1024  # the input limit the fuzz runs use (--max-input-size 64k)


def write_good(d: Path) -> dict[str, str]:
    """Write the good documents into ``d``; returns id -> text."""
    for name, (ident, text) in GOOD.items():
        if name.endswith(".txt"):
            (d / name).write_text(text + "\n", encoding="utf-8")
        elif name.endswith(".jsonl"):
            (d / name).write_text(json.dumps({"id": ident, "text": text}) + "\n")
        elif name.endswith(".json"):
            (d / name).write_text(json.dumps([{"id": ident, "text": text}]))
        else:
            (d / name).write_text(f"<html><head><title>{ident}</title></head><body><article>"
                                  f"<p>{text}</p></article></body></html>")
    return {ident: text for ident, text in GOOD.values()}


def fixed_cases() -> list[tuple[str, bytes]]:
    """(file name, content) of known hostile shapes."""
    deep = 30_000  # nested far past the JSON decoder's recursion limit, yet under LIMIT
    return [
        ("deep_list.jsonl", b"[" * deep + b"\n"),
        ("deep_obj.json", b'{"a":' * (deep // 3)),
        ("deep_in_text.jsonl", b'{"id": "dt", "text": ' + b"[" * deep + b"}\n"),
        ("deep_ok_then_bad.json", b"[" + b'{"id": "x", "text": ' + b"[" * 5000 + b"]}"),
        ("huge_line.jsonl", b'{"id": "big", "text": "' + b"a " * LIMIT + b'"}\n'),
        ("huge_file.txt", b"word " * (LIMIT // 4)),
        ("random.txt", random.Random(1).randbytes(5000)),
        ("nuls.txt", b"\x00" * 3000),
        ("utf16.txt", "Chile thanked Peru.".encode("utf-16")),
        ("latin1.txt", "Caf\u00e9 cr\u00e8me".encode("latin-1")),
        ("bad_utf8.jsonl", b'{"id": "u", "text": "abc \xff\xfe def"}\n'),
        ("surrogates.jsonl", b'{"id": "\\udc80", "text": "Peru \\ud800 spoke.",'
                             b' "title": "\\udfff"}\n'),
        ("scalars.jsonl", b"42\nnull\ntrue\n\"str\"\n[1, 2]\n[[[]]]\n{}\n"),
        ("wrong_types.jsonl", b'{"text": {"a": 1}}\n{"text": ["x"]}\n{"text": 5}\n'
                              b'{"id": true, "text": " "}\n{"id": {"x": 1}, "text": "Peru."}\n'),
        ("numbers.jsonl", b'{"id": 1e999999, "text": "Peru spoke.", "date": NaN}\n'
                          b'{"id": -Infinity, "text": "Chile spoke.", "date": 12345}\n'
                          b'{"id": 123456789012345678901234567890, "text": "Peru said so."}\n'),
        ("dates.jsonl", b'{"id": "dd", "text": "Peru spoke.", "date": "2024-02-30"}\n'
                        b'{"id": "de", "text": "Peru spoke again.", "date": {"$date": 1}}\n'),
        ("empty.txt", b""),
        ("blank.jsonl", b"\n \n\t\n"),
        ("bom_only.txt", b"\xef\xbb\xbf"),
        ("cr_only.txt", b"Peru spoke.\rChile answered.\r\rBolivia listened.\r"),
        ("truncated.json", b'{"id": "t", "text": "Peru sp'),
        ("truncated_list.json", b'[{"id": "t1", "text": "Peru spoke."}, {"id": '),
        ("jsonl_as_json.json", b'{"id": "jj1", "text": "Peru spoke."}\n{broken\n'),
        ("script_only.html", b"<html><body><script>" + b"var a=1;" * 2000
                             + b"</script></body></html>"),
        ("deep_html.html", b"<html><body>" + b"<div>" * 10_000 + b"Peru" + b"</div>" * 5
                           + b"</body></html>"),
        ("broken.html", b"<html><head><title>x</title><body><p>Unclosed <b><i>Peru <"
                        b"<<<>>>&&&#xFFFFFFFF;&#0;</p>"),
        ("big_attr.html", b'<html><body><p title="' + b"x" * 50_000 + b'">Peru spoke.</p>'
                          b"</body></html>"),
        ("unclosed_script.html", b"<html><body><article><p>Peru and Chile agreed to reopen "
                                 b"the border crossing on Monday, officials said.</p></article>"
                                 + b"<script>" * 6000 + b"</body></html>"),
        ("lt_run.html", b"<html><body><article><p>Peru and Chile agreed to reopen the border "
                        b"crossing on Monday, officials said.</p></article>" + b"<" * 50_000
                        + b"</body></html>"),
        ("open_comments.html", b"<html><body><article><p>Peru and Chile agreed to reopen the "
                               b"border crossing on Monday.</p></article>" + b"<!--" * 12_000),
        ("control.txt", b"\x01\x02\x03\x04" * 300 + b"Peru"),
        ("rtl.txt", "\u202ePeru spoke.\u200b\u200d\u2066 Chile \ufeffanswered.".encode()),
        ("long_token.txt", b"x" * 20_000),
        ("id_newline.jsonl", b'{"id": "a\\nb", "text": "Peru spoke to Chile."}\n'),
        ("nul_in_text.jsonl", b'{"id": "nul", "text": "Peru\\u0000 spoke."}\n'),
    ]


def mutated_lines(n: int, seed: int = 16) -> bytes:
    """``n`` JSONL lines: good records with random bytes flipped, inserted or cut."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        line = bytearray(json.dumps({"id": f"m{i}", "text": f"Peru spoke to Chile {i}.",
                                     "date": "2024-05-01"}).encode())
        for _ in range(rng.randint(1, 4)):
            op, pos = rng.random(), rng.randrange(len(line))
            if op < 0.4:
                line[pos] = rng.randrange(256)
            elif op < 0.7:
                line[pos:pos] = rng.choice([b"{", b"[", b'"', b"\\", b"\\u", b"\xc3", b"\x00",
                                            b"\r", b",", b"}"])
            else:
                del line[pos:]
                break
        out.append(bytes(line).replace(b"\n", b" "))
    return b"\n".join(out) + b"\n"


# Cases the analyze / ingest batch gets smaller than the readers do. None since the engine
# caps sentence length and cuts space-free runs (W010, W011): the run of 50,000 "<" that took
# minutes now takes about 2 s, so it goes through at full size.
ENGINE_SLOW: dict[str, bytes] = {}


def write_hostile(d: Path, n_mutated: int = 40) -> list[str]:
    """Write every hostile case into ``d`` (plus a named pipe, a dangling link and a folder
    named like an article); returns the file names."""
    names = []
    for name, content in fixed_cases():
        if name in ENGINE_SLOW:  # the reader cases keep the full size
            content = ENGINE_SLOW[name]
        (d / name).write_bytes(content)
        names.append(name)
    (d / "mutated.jsonl").write_bytes(mutated_lines(n_mutated))
    names.append("mutated.jsonl")
    os.mkfifo(d / "fifo.txt")  # a folder walk must not block on it
    (d / "dangling.txt").symlink_to(d / "nowhere")
    (d / "folder.txt").mkdir()
    return names
