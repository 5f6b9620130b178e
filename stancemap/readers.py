"""The input layer: turns paths (files, directories, ``-`` for stdin) into ``Article`` records.

Plain text, HTML (main text via trafilatura) and JSON/JSONL are read. Bad input never raises
out of :func:`iter_articles`: each problem is logged on the ``stancemap`` logger as one line
``LOCATION: message [CODE]``, recorded in a :class:`ReadReport`, and reading goes on with the
next input. Texts longer than ``max_chars`` are split into consecutive parts at paragraph
boundaries instead of being truncated.
"""

from __future__ import annotations

import html
import io
import json
import logging
import os
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date as _date
from pathlib import Path
from typing import Any

from .errors import StancemapError
from .model import Article

log = logging.getLogger("stancemap")

# Must equal stancemap.pipeline.MAX_CHARS (spaCy's max_length); a test checks it.
MAX_CHARS = 2_000_000
# The most bytes read for one document (a file, stdin, or one JSONL line): larger inputs are
# refused with E019 without being read whole (the CLI's --max-input-size,
# $STANCEMAP_MAX_INPUT_SIZE).
MAX_INPUT_BYTES = 64 * 2**20
_CHUNK = 1 << 20

TEXT_EXTS = (".txt", ".text")
HTML_EXTS = (".html", ".htm")
JSONL_EXTS = (".jsonl", ".ndjson")
JSON_EXTS = (".json",)
ARTICLE_EXTS = TEXT_EXTS + HTML_EXTS + JSONL_EXTS + JSON_EXTS

GOLD_SUFFIX = ".gold.json"  # stancemap-gold/1 files (evaluate's input), not articles
STDIN = "-"
STDIN_NAME = "<stdin>"

_SNIFF_BYTES = 8192
_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_CONTROL = frozenset(set(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D}) | {0x7F}
_CONTROL_RATIO = 0.10
_ISO_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_HTML_START = re.compile(
    r"\s*<(?:!doctype\s+html|html|head|body|p|div|article|meta|title|section|h[1-6]|!--)[\s>/]",
    re.IGNORECASE,
)
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_BLANK_LINE = re.compile(r"\n[ \t\f\v]*\n")


@dataclass
class ReadReport:
    """What reading produced: counts and the one-line error and warning messages."""

    read: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def error(self, code: str, location: str | None, **fmt: object) -> None:
        msg = str(StancemapError(code, location, **fmt))
        self.failed += 1
        self.errors.append(msg)
        log.error(msg)

    def warning(self, code: str, location: str | None, **fmt: object) -> None:
        msg = str(StancemapError(code, location, **fmt))
        self.warnings.append(msg)
        log.warning(msg)


class _Skip(Exception):
    """Internal: the current input was reported and must be skipped."""


# ----------------------------------------------------------------------------- public API


def check_date(value: str, option: str = "--date") -> str:
    """Return ``value`` if it is a real ISO date ``YYYY-MM-DD``, else raise E009 (naming
    ``option``, the command-line option the value came from)."""
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value.strip()):
        raise StancemapError("E009", None, value=value, option=option)
    try:
        _date.fromisoformat(value.strip())
    except ValueError:
        raise StancemapError("E009", None, value=value, option=option) from None
    return value.strip()


def read_text_article(text: str, id: str = "stdin", date: str | None = None) -> Article:
    """An Article from an in-memory string (BOM stripped, line endings normalised).

    Raises ``StancemapError`` (E009) for a malformed ``date``. The text is not split.
    """
    return Article(
        id=id,
        text=normalize_newlines(text.removeprefix("\ufeff")),
        date=check_date(date) if date is not None else None,
    )


def normalize_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``; offsets refer to the returned text."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def split_text(text: str, max_chars: int = MAX_CHARS) -> Iterator[str]:
    """Consecutive slices of ``text``, each at most ``max_chars`` long, joining back to ``text``.

    A cut falls after a blank line (paragraph boundary) where the window has one, else after
    a line break, else after a space, else at ``max_chars`` (hard cut). Separators stay at
    the end of the part before the cut, so ``"".join(parts) == text``.
    """
    if max_chars < 1:
        raise ValueError("max_chars must be positive")
    n = len(text)
    pos = 0
    while n - pos > max_chars:
        end = pos + max_chars
        cut = _cut_point(text, pos, end)
        yield text[pos:cut]
        pos = cut
    if pos < n or n == 0:
        yield text[pos:]


def iter_articles(
    paths: Iterable[str | os.PathLike[str]],
    date: str | None = None,
    report: ReadReport | None = None,
    *,
    max_chars: int = MAX_CHARS,
    max_bytes: int = MAX_INPUT_BYTES,
) -> Iterator[Article]:
    """Yield one Article per input document; errors go to ``report`` and the log.

    ``paths`` holds files, directories (walked recursively in sorted order, hidden entries
    skipped, only article extensions taken) and ``-`` for standard input. Files with another
    extension, and stdin, are sniffed (JSON / HTML / plain text).

    ``date`` (the CLI's ``--date``) must be ``YYYY-MM-DD``, else E009 is reported and nothing
    is read. With a single text or HTML input it sets the date of that article (and all its
    parts); whenever the inputs give more than one article (several paths, a directory, JSON
    records), it only fills in the date of articles that have none.

    Texts longer than ``max_chars`` are split (see :func:`split_text`) into articles with ids
    ``<id>#1``, ``<id>#2``, ... and a W001 warning. A file, stdin or JSONL line of more than
    ``max_bytes`` bytes is refused (E019) after reading at most ``max_bytes`` of it; an
    unexpected failure on one input is reported as E018 and reading goes on with the next.
    An id already seen in this run gets a W003 warning (both articles are kept).
    """
    rep = report if report is not None else ReadReport()
    paths = [os.fspath(p) for p in paths]
    if date is not None:
        try:
            date = check_date(date)
        except StancemapError as e:
            rep.error(e.code, e.location, value=date, option="--date")
            return
    single = len(paths) == 1
    ids: dict[str, str] = {}
    for p in paths:
        if p == STDIN:
            sources: Iterable[str] = [STDIN]
        elif os.path.isdir(p):
            sources = _walk(p, rep)
            single = False
        elif os.path.lexists(p):
            sources = [p]
        else:
            rep.error("E001", p)
            continue
        for src in sources:
            for art, is_record in _guarded(src, rep, max_chars, max_bytes):
                if date is not None and ((single and not is_record) or art.date is None):
                    art.date = date
                _check_id(art, ids, rep)
                rep.read += 1
                yield art


def _guarded(src: str, rep: ReadReport, max_chars: int, max_bytes: int
             ) -> Iterator[tuple[Article, bool]]:
    """:func:`_read_source`, with any failure on this input reported (E018) and ended."""
    try:
        yield from _read_source(src, rep, max_chars, max_bytes)
    except _Skip:
        return
    except (Exception, RecursionError) as e:  # whatever the cause: one line, then go on
        rep.error("E018", STDIN_NAME if src == STDIN else src, detail=_describe(e))


def _describe(e: BaseException) -> str:
    if isinstance(e, RecursionError):
        return "nested too deeply"
    if isinstance(e, MemoryError):
        return "out of memory"
    return f"{type(e).__name__}: {' '.join(str(e).split())[:200]}"


def _check_id(art: Article, ids: dict[str, str], rep: ReadReport) -> None:
    where = art.path or art.id
    first = ids.setdefault(art.id, where)
    if first is not where:
        rep.warning("W003", where, id=art.id, first=first)


# ----------------------------------------------------------------------------- dispatch


def _walk(directory: str, rep: ReadReport) -> list[str]:
    """Article files under ``directory``, sorted by path (component by component); only
    regular files (a named pipe in a folder would block the run for good)."""
    found: list[tuple[str, ...]] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel = Path(root).relative_to(directory).parts
        for name in files:
            low = name.lower()
            if (not name.startswith(".") and low.endswith(ARTICLE_EXTS)
                    and not low.endswith(GOLD_SUFFIX)
                    and os.path.isfile(os.path.join(root, name))):  # no FIFO, socket, device
                found.append((*rel, name))
    if not found:
        rep.error("E002", directory)
    return [os.path.join(directory, *parts) for parts in sorted(found)]


def _read_source(src: str, rep: ReadReport, max_chars: int, max_bytes: int
                 ) -> Iterator[tuple[Article, bool]]:
    """(article, is_json_record) for one file or stdin; _Skip after a whole-file error."""
    if src == STDIN:
        loc, stem, data = STDIN_NAME, "stdin", _read_stdin(rep, max_bytes)
        ext = ""
    else:
        loc, stem, ext = src, Path(src).stem, Path(src).suffix.lower()
        if ext in JSONL_EXTS:
            for art in _read_jsonl_file(src, stem, rep, max_chars, max_bytes):
                yield art, True
            return
        data = _read_bytes(src, rep, max_bytes)
    _check_bytes(data, loc, rep)
    if ext in JSON_EXTS:
        kind = "json"
    elif ext in HTML_EXTS:
        kind = "html"
    elif ext in TEXT_EXTS:
        kind = "text"
    else:
        kind = _sniff(data)
    if kind == "json":
        for art in _read_json_bytes(data, loc, stem, rep, max_chars, max_bytes):
            yield art, True
    elif kind == "html":
        for art in _read_html(data, loc, stem, rep, max_chars):
            yield art, False
    else:
        text = _decode(data, loc, rep)
        del data
        text = normalize_newlines(text)
        if text.isspace():
            rep.error("E004", loc)
            raise _Skip
        for art in _parts(Article(id=stem, text=text, path=loc), rep, max_chars):
            yield art, False


def _sniff(data: bytes) -> str:
    head = data[:_SNIFF_BYTES].removeprefix(_UTF8_BOM).lstrip()
    if head.startswith(b"{"):
        return "json"
    if head.startswith(b"["):
        try:
            if isinstance(json.loads(data.removeprefix(_UTF8_BOM)), list):
                return "json"
        except (ValueError, UnicodeDecodeError, RecursionError):
            pass
        return "text"
    if _HTML_START.match(head.decode("utf-8", "replace")):
        return "html"
    return "text"


# ----------------------------------------------------------------------------- bytes


def _read_stdin(rep: ReadReport, max_bytes: int) -> bytes:
    stream = sys.stdin
    if stream is None:
        rep.error("E013", STDIN_NAME, detail="standard input is closed")
        raise _Skip
    try:
        buf = getattr(stream, "buffer", None)
        if buf is not None:
            return _read_capped(buf, STDIN_NAME, rep, max_bytes)
        text = stream.read(max_bytes + 1)
        if len(text) > max_bytes:
            rep.error("E019", STDIN_NAME, what="standard input", limit=max_bytes)
            raise _Skip
        return text.encode("utf-8", "surrogatepass")
    except (OSError, ValueError) as e:
        rep.error("E013", STDIN_NAME, detail=str(e))
        raise _Skip from None


def _read_bytes(path: str, rep: ReadReport, max_bytes: int) -> bytes:
    try:
        with open(path, "rb") as f:
            return _read_capped(f, path, rep, max_bytes)
    except FileNotFoundError:
        rep.error("E001", path)
    except IsADirectoryError:
        rep.error("E013", path, detail="is a directory")
    except OSError as e:
        rep.error("E013", path, detail=e.strerror or type(e).__name__)
    raise _Skip


def _read_capped(f: Any, loc: str, rep: ReadReport, max_bytes: int) -> bytes:
    """The whole stream, read in chunks: binary content is refused (E003) from its first
    block, and a stream longer than ``max_bytes`` (E019) after at most that many bytes, so
    neither ``/dev/zero`` nor an endless pipe is read without limit."""
    head = f.read(min(_SNIFF_BYTES, max_bytes + 1))
    if _looks_binary(head.removeprefix(_UTF8_BOM)) and not head.startswith(_UTF16_BOMS):
        rep.error("E003", loc)
        raise _Skip
    chunks, size = [head], len(head)
    while head and size <= max_bytes:
        head = f.read(min(_CHUNK, max_bytes + 1 - size))
        chunks.append(head)
        size += len(head)
    if size > max_bytes:
        what = "standard input" if loc == STDIN_NAME else "file"
        rep.error("E019", loc, what=what, limit=max_bytes)
        raise _Skip
    return b"".join(chunks)


def _check_bytes(data: bytes, loc: str, rep: ReadReport) -> None:
    """Empty, UTF-16 and binary checks on the raw bytes (all before any decoding)."""
    if not data.removeprefix(_UTF8_BOM):
        rep.error("E004", loc)
        raise _Skip
    if data.startswith(_UTF16_BOMS):
        rep.error("E014", loc)
        raise _Skip
    if _looks_binary(data[:_SNIFF_BYTES]):
        rep.error("E003", loc)
        raise _Skip


def _looks_binary(sample: bytes) -> bool:
    if not sample:
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b in _CONTROL)
    return controls / len(sample) > _CONTROL_RATIO


def _decode(data: bytes, loc: str, rep: ReadReport, base: int = 0) -> str:
    """UTF-8 decode (BOM stripped); E005 with the file's byte offset of the first bad byte."""
    skip = len(_UTF8_BOM) if data.startswith(_UTF8_BOM) else 0
    try:
        return data[skip:].decode("utf-8") if skip else data.decode("utf-8")
    except UnicodeDecodeError as e:
        rep.error("E005", loc, offset=base + skip + e.start)
        raise _Skip from None


# ----------------------------------------------------------------------------- HTML


def _read_html(
    data: bytes, loc: str, stem: str, rep: ReadReport, max_chars: int
) -> Iterator[Article]:
    try:
        page = _decode(data, loc, _QUIET)
    except _Skip:
        declared = _decode_declared(data)
        if declared is None:
            _decode(data, loc, rep)  # reports E005 and raises _Skip
        page = declared or ""
    del data
    if page.isspace():
        rep.error("E004", loc)
        raise _Skip
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            page,
            with_metadata=True,
            include_comments=False,
            date_extraction_params={"original_date": True, "extensive_search": False},
        )
    except Exception as e:  # trafilatura/lxml failures on hostile markup
        log.debug("trafilatura failed on %s: %s", loc, e)
        doc = None
    text = normalize_newlines(getattr(doc, "text", None) or "")
    if not text.strip():
        rep.error("E008", loc)
        raise _Skip
    _check_share(page, text, loc, rep)
    art = Article(
        id=stem,
        text=text,
        title=_str_or_none(getattr(doc, "title", None)),
        date=_norm_date(getattr(doc, "date", None), loc, None),
        url=_str_or_none(getattr(doc, "url", None)),
        source=_str_or_none(getattr(doc, "sitename", None)),
        path=loc,
    )
    yield from _parts(art, rep, max_chars)


# Warn (W005) when the extracted main text is under this share of the page's visible text,
# on pages with at least HTML_MIN_VISIBLE characters of visible text.
HTML_MIN_SHARE = 0.10
HTML_MIN_VISIBLE = 2000
_HIDDEN_OPEN = re.compile(r"<(?:(script|style|noscript|template|svg)\b|(!--))", re.I)
_TAG = re.compile(r"<[^<>]*>")  # never spans another "<": linear on "<<<<..."
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _check_share(page: str, text: str, loc: str, rep: ReadReport) -> None:
    """W005 when trafilatura kept only a small share of the page's visible text."""
    visible = _visible_chars(page)
    kept = len(" ".join(text.split()))
    if visible >= HTML_MIN_VISIBLE and kept < HTML_MIN_SHARE * visible:
        rep.warning("W005", loc, kept=kept, total=visible, share=kept / visible)


def _visible_chars(page: str) -> int:
    """Characters of text a browser would show (tags, scripts, styles and comments out,
    whitespace runs as one), in one forward pass: linear on any markup."""
    n, pos, end = 0, 0, len(page)
    low = page.translate(_ASCII_LOWER)  # same length, unlike str.lower ("İ")
    while pos < end:
        m = _HIDDEN_OPEN.search(page, pos)
        stop = m.start() if m else end
        chunk = html.unescape(_TAG.sub(" ", page[pos:stop]))
        words = " ".join(chunk.split())
        n += len(words) + 1 if words else 0
        if m is None:
            break
        close = "-->" if m.group(2) else "</" + m.group(1).lower()
        found = low.find(close, m.end())
        if found >= 0 and close != "-->":  # past the closing tag's ">"
            found = low.find(">", found)
            close = ">"
        pos = end if found < 0 else found + len(close)
    return max(0, n - 1)  # the last chunk's separator


def _decode_declared(data: bytes) -> str | None:
    """Decode a non-UTF-8 page with the charset its <meta> declares, if any."""
    m = _HTML_CHARSET.search(data[:_SNIFF_BYTES])
    if not m:
        return None
    try:
        return data.decode(m.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None


# ----------------------------------------------------------------------------- JSON / JSONL


def _read_jsonl_file(path: str, stem: str, rep: ReadReport, max_chars: int, max_bytes: int
                     ) -> Iterator[Article]:
    try:
        f = open(path, "rb")  # streamed line by line below
    except FileNotFoundError:
        rep.error("E001", path)
        raise _Skip from None
    except OSError as e:
        rep.error("E013", path, detail=e.strerror or type(e).__name__)
        raise _Skip from None
    with f:
        try:
            head = f.read(_SNIFF_BYTES)
            f.seek(0)
        except OSError as e:
            rep.error("E013", path, detail=e.strerror or type(e).__name__)
            raise _Skip from None
        if not head.removeprefix(_UTF8_BOM).strip():
            # Only blank lines (or nothing) in the first block: check the whole file.
            if not _has_non_blank(f):
                rep.error("E004", path)
                raise _Skip
            f.seek(0)
        elif not _holds_record(head):
            # A binary file is refused whole; JSONL with a record in its first block is read
            # line by line, so a corrupt line (a NUL byte, say) costs that line only.
            _check_bytes(head, path, rep)
        yield from _jsonl_lines(f, path, stem, rep, max_chars, max_bytes)


def _holds_record(head: bytes) -> bool:
    """Whether a whole line of ``head`` is a JSON object."""
    for line in head.removeprefix(_UTF8_BOM).split(b"\n")[:-1]:
        if line.lstrip().startswith(b"{"):
            try:
                if isinstance(json.loads(line), dict):
                    return True
            except (ValueError, RecursionError):
                continue
    return False


def _has_non_blank(f: Any) -> bool:
    while chunk := f.read(_CHUNK):
        if chunk.removeprefix(_UTF8_BOM).strip():
            return True
    return False


def _bounded_lines(f: Any, max_bytes: int) -> Iterator[tuple[bytes | None, int]]:
    """(line, its length in bytes) for each line of a binary stream; a line of more than
    ``max_bytes`` bytes (its line break aside) comes as (None, length) after being skipped
    in chunks, never held whole."""
    while raw := f.readline(max_bytes + 1):
        if len(raw) <= max_bytes or raw.endswith(b"\n"):
            yield raw, len(raw)
            continue
        size = len(raw)
        del raw
        while part := f.readline(_CHUNK):  # skip the rest of the over-long line
            size += len(part)
            if part.endswith(b"\n"):
                break
        yield None, size


def _jsonl_lines(
    lines: Any, loc: str, stem: str, rep: ReadReport, max_chars: int, max_bytes: int
) -> Iterator[Article]:
    offset = 0
    for lineno, (raw, size) in enumerate(_bounded_lines(lines, max_bytes), 1):
        start, offset = offset, offset + size
        where = f"{loc}:{lineno}"
        if raw is None:
            rep.error("E019", where, what="JSONL line", limit=max_bytes)
            continue
        if lineno == 1 and raw.startswith(_UTF8_BOM):
            raw, start = raw[len(_UTF8_BOM) :], start + len(_UTF8_BOM)
        if not raw.strip():
            continue
        try:
            yield from _jsonl_line(raw, where, start, f"{stem}-{lineno}", rep, max_chars)
        except _Skip:
            continue
        except Exception as e:  # whatever the cause: one line, then the next line
            rep.error("E018", where, detail=_describe(e))


def _jsonl_line(raw: bytes, where: str, start: int, default_id: str, rep: ReadReport,
                max_chars: int) -> Iterator[Article]:
    line = _decode(raw, where, rep, base=start)
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        rep.error("E006", where, detail=_json_error(e))
        return
    except RecursionError:
        rep.error("E006", where, detail="nested too deeply")
        return
    yield from _record(obj, where, default_id, rep, max_chars)


def _read_json_bytes(
    data: bytes, loc: str, stem: str, rep: ReadReport, max_chars: int, max_bytes: int
) -> Iterator[Article]:
    """A .json file (or sniffed JSON): one object, a list of objects, or JSONL."""
    text = _decode(data, loc, rep)
    try:
        whole = json.loads(text)
    except RecursionError:
        rep.error("E017", loc, detail="nested too deeply")
        raise _Skip from None
    except json.JSONDecodeError as e:
        if not _has_json_object_line(text):
            # Not JSONL either: one broken document, reported once.
            rep.error("E017", f"{loc}:{e.lineno}", detail=_json_error(e))
            raise _Skip from None
        del text
        yield from _jsonl_lines(io.BytesIO(data), loc, stem, rep, max_chars, max_bytes)
        return
    if isinstance(whole, dict):
        line = 1 + text.count("\n", 0, len(text) - len(text.lstrip()))
        yield from _record(whole, f"{loc}:{line}", f"{stem}-{line}", rep, max_chars)
    elif isinstance(whole, list):
        for line, obj in _array_items(text):
            yield from _record(obj, f"{loc}:{line}", f"{stem}-{line}", rep, max_chars)
    else:
        rep.error("E016", loc)
        raise _Skip


def _json_error(e: json.JSONDecodeError) -> str:
    """``Invalid control character at column 5``: the decoder's message (some end in "at")
    and the column."""
    return f"{e.msg.removesuffix(' at')} at column {e.colno}"


def _has_json_object_line(text: str, limit: int = 50) -> bool:
    """Whether one of the first ``limit`` lines is a complete JSON object (JSONL)."""
    pos = 0
    for _ in range(limit):
        end = text.find("\n", pos)
        line = text[pos:] if end < 0 else text[pos:end]
        if line.lstrip().startswith("{"):
            try:
                if isinstance(json.loads(line), dict):
                    return True
            except (json.JSONDecodeError, RecursionError):
                pass
        if end < 0:
            return False
        pos = end + 1
    return False


def _array_items(text: str) -> Iterator[tuple[int, Any]]:
    """(line number, item) for each item of a top-level JSON array known to be valid."""
    dec = json.JSONDecoder()
    ws = re.compile(r"[\s,]*")
    pos = ws.match(text, 0).end() + 1  # past "["
    line = 1 + text.count("\n", 0, pos)
    while True:
        nxt = ws.match(text, pos).end()
        line += text.count("\n", pos, nxt)
        if nxt >= len(text) or text[nxt] == "]":
            return
        obj, end = dec.raw_decode(text, nxt)
        yield line, obj
        line += text.count("\n", nxt, end)
        pos = end


def _record(
    obj: Any, where: str, default_id: str, rep: ReadReport, max_chars: int
) -> Iterator[Article]:
    if not isinstance(obj, dict):
        rep.error("E015", where, kind=_json_kind(obj))
        return
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        rep.error("E007", where, field="text")
        return
    rid = obj.get("id")
    rid = _clean(str(rid)) if isinstance(rid, str | int) and not isinstance(rid, bool) else None
    art = Article(
        id=rid if rid and rid.strip() else default_id,
        text=normalize_newlines(_clean(text).removeprefix("\ufeff")),
        title=_str_or_none(obj.get("title")),
        date=_norm_date(obj.get("date"), where, rep),
        url=_str_or_none(obj.get("url")),
        source=_str_or_none(obj.get("source")),
        path=where,
    )
    yield from _parts(art, rep, max_chars)


def _json_kind(obj: Any) -> str:
    if obj is None:
        return "null"
    return {list: "a list", str: "a string", bool: "a boolean"}.get(type(obj), "a number")


# ----------------------------------------------------------------------------- helpers


def _parts(art: Article, rep: ReadReport, max_chars: int) -> Iterator[Article]:
    """The article itself, or its consecutive parts when it is longer than max_chars."""
    n = len(art.text)
    if n <= max_chars:
        yield art
        return
    count = _count_parts(art.text, max_chars)
    rep.warning("W001", art.path, chars=n, parts=count, limit=max_chars)
    text, art.text = art.text, ""
    for i, part in enumerate(split_text(text, max_chars), 1):
        yield Article(
            id=f"{art.id}#{i}",
            text=part,
            title=art.title,
            date=art.date,
            url=art.url,
            source=art.source,
            path=art.path,
        )


def _count_parts(text: str, max_chars: int) -> int:
    n, pos, count = len(text), 0, 1
    while n - pos > max_chars:
        pos = _cut_point(text, pos, pos + max_chars)
        count += 1
    return count


def _cut_point(text: str, pos: int, end: int) -> int:
    """Where to end the part text[pos:...], at most ``end``; always > pos."""
    i = text.rfind("\n\n", pos, end)
    if i > pos:
        return i + 2
    last = None
    for last in _BLANK_LINE.finditer(text, pos, end):  # noqa: B007 - want the last one
        pass
    if last is not None and last.start() > pos:
        return last.end()
    for sep in ("\n", " "):
        i = text.rfind(sep, pos, end)
        if i >= pos:
            return i + 1
    return end


def _norm_date(value: Any, where: str, rep: ReadReport | None) -> str | None:
    """YYYY-MM-DD from a date or ISO timestamp string; else None (with W002 if rep given)."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        m = _ISO_DATE.match(value.strip())
        if m:
            try:
                return _date.fromisoformat(m.group(0)).isoformat()
            except ValueError:
                pass
    if rep is not None:
        rep.warning("W002", where, value=value)
    return None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(value: str) -> str:
    """JSON may escape lone surrogates (``"\\ud800"``), which no UTF-8 output or database
    can hold: each becomes U+FFFD (one character for one, so offsets are kept)."""
    return _SURROGATE.sub("\ufffd", value)


def _str_or_none(value: Any) -> str | None:
    if isinstance(value, str):
        value = _clean(value).strip()
        return value or None
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


class _QuietReport(ReadReport):
    """A report that records nothing (for trial decodes)."""

    def error(self, code: str, location: str | None, **fmt: object) -> None:
        pass


_QUIET = _QuietReport()
