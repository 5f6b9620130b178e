"""Checks on what a user hands the CLI, made before any model or store is loaded.

Filter values are checked against their vocabularies (a mistyped ``--polarity`` or
``--country`` is a usage error naming the allowed values, never an empty result), sizes are
parsed (``64M``), an output file that is also an input is refused, and a document that yields
no actor in a script the engine does not read gets a warning. Every failure raises a
:class:`~stancemap.errors.StancemapError` the CLI prints as one line.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from .errors import StancemapError
from .model import Document

KINDS = ("person", "country", "organization", "group")
# PLOVER event types and their quad classes (stancemap.events.QUAD; a test checks they agree).
EVENT_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
               "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE",
               "COERCE", "ASSAULT")
QUADS = ("VERBAL_COOPERATION", "MATERIAL_COOPERATION", "VERBAL_CONFLICT", "MATERIAL_CONFLICT")
MAX_ID = 2**63 - 1  # the largest row id either store can hold

_SIZE = re.compile(r"\s*(\d+)\s*([kmgt]?)i?b?\s*", re.I)
_UNITS = {"": 1, "k": 2**10, "m": 2**20, "g": 2**30, "t": 2**40}
_ID = re.compile(r"\s*([EePp])?(\d+)\s*")


def parse_size(value: str | int, option: str = "--max-input-size") -> int:
    """Bytes from ``"64M"``, ``"500k"``, ``"1G"`` or a plain number; E028 otherwise."""
    if isinstance(value, int):
        n = value
    else:
        m = _SIZE.fullmatch(value)
        if not m:
            raise StancemapError("E028", None, option=option, value=value,
                                 allowed="a size in bytes such as 1000000, 500k, 64M or 1G")
        n = int(m.group(1)) * _UNITS[m.group(2).lower()]
    if n < 1:
        raise StancemapError("E028", None, option=option, value=value,
                             allowed="a size of at least 1 byte")
    return n


def choices(option: str, value: str | None, allowed: Iterable[str], *, upper: bool = False
            ) -> str | None:
    """``value`` (comma-separated) checked against ``allowed``; normalised, or E028."""
    if value is None:
        return None
    allowed = tuple(allowed)
    items = [x.strip().upper() if upper else x.strip().lower() for x in value.split(",")]
    bad = [x for x in items if x not in allowed]
    if bad or not items:
        raise StancemapError("E028", None, option=option, value=value,
                             allowed=", ".join(allowed))
    return ",".join(items)


@lru_cache(maxsize=1)
def country_codes() -> frozenset[str]:
    """ISO3 codes the engine may give an actor (ISO 3166-1 and the extra table's states)."""
    import pycountry

    codes = {c.alpha_3 for c in pycountry.countries}
    extra = Path(__file__).parent / "data" / "countries_extra.tsv"
    for line in extra.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) >= 2 and not line.startswith("#") and re.fullmatch(r"[A-Z]{3}", parts[1]):
            codes.add(parts[1])
    return frozenset(codes)


def country(value: str | None) -> str | None:
    """``--country``: comma-separated ISO3 codes, each a known one; E028 otherwise."""
    if value is None:
        return None
    codes = [x.strip().upper() for x in value.split(",")]
    known = country_codes()
    bad = [c for c in codes if c not in known]
    if bad:
        hint = "ISO 3166-1 alpha-3 codes such as POL, UKR, USA (comma-separated)"
        raise StancemapError("E028", None, option="--country", value=value, allowed=hint)
    return ",".join(codes)


def record_id(option: str, value: str | None, prefix: str) -> str | None:
    """An ``--actor``/``--proposition`` value: an id (``E12``) must fit a row id, and words
    must hold at least one letter or digit; E028 otherwise."""
    if value is None:
        return None
    m = _ID.fullmatch(value)
    if m and (m.group(1) is None or m.group(1).upper() == prefix):
        if int(m.group(2)) > MAX_ID:
            raise StancemapError("E028", None, option=option, value=value,
                                 allowed=f"an id {prefix}1 .. {prefix}{MAX_ID} or words")
        return value
    if not any(ch.isalnum() for ch in value):
        raise StancemapError("E028", None, option=option, value=value,
                             allowed=f"an id such as {prefix}12, or words of the name")
    return value


def check_output(output: str | None, inputs: Iterable[str], what: str = "the input") -> None:
    """E027 when ``output`` is one of the ``inputs`` (or a file a folder input would read):
    opening it for writing would destroy the input before it is read."""
    if output is None or output == "-":
        return
    out = os.path.realpath(output)
    for p in inputs:
        if p == "-":
            continue
        real = os.path.realpath(p)
        if out == real or _samefile(output, p):
            raise StancemapError("E027", output, detail=f"it is {what} {p}")
        if os.path.isdir(real) and out.startswith(real.rstrip(os.sep) + os.sep):
            from .readers import ARTICLE_EXTS

            if out.lower().endswith(ARTICLE_EXTS):
                raise StancemapError("E027", output, detail=f"the input folder {p} holds it")


def _samefile(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


# ----------------------------------------------------------------------------- scripts

_LATIN_MIN = 0.5  # below this share of Latin letters, a text is "in another script"


def foreign_script(text: str, sample: int = 20_000) -> str | None:
    """The main script of ``text`` when most of its letters are not Latin ("Cyrillic",
    "Arabic", "CJK", ...), else None. A cheap check on a sample of the text."""
    counts: dict[str, int] = {}
    letters = 0
    for ch in text[:sample]:
        if not ch.isalpha():
            continue
        letters += 1
        name = unicodedata.name(ch, "")
        script = name.split(" ", 1)[0] if name else "unknown"
        counts[script] = counts.get(script, 0) + 1
    if not letters or counts.get("LATIN", 0) >= _LATIN_MIN * letters:
        return None
    script = max(counts, key=lambda k: counts[k])
    return {"CJK": "Chinese (CJK)", "HIRAGANA": "Japanese", "KATAKANA": "Japanese",
            "HANGUL": "Korean"}.get(script, script.title())


def script_warning(doc: Document, where: str) -> str | None:
    """The W004 line for a document that yields no actor and is mostly in a script the
    engine does not read (Arabic, Chinese, Russian, ...), else None."""
    if doc.actors:
        return None
    script = foreign_script(doc.text)
    if script is None:
        return None
    return str(StancemapError("W004", where, script=script))
