"""The central catalogue of user-facing errors.

Each error has a code and a one-line message naming the file (and line) and the problem, so
that the CLI can print it without a traceback. Add new messages to ``Errors`` here, never as
literals scattered through the code.
"""

from __future__ import annotations


class Errors:
    E001 = "no such file or directory"
    E002 = "directory holds no articles (.txt, .html, .htm, .jsonl, .json)"
    E003 = "binary file, not text"
    E004 = "empty file: no text to analyse"
    E005 = "not UTF-8 text (first bad byte at offset {offset}); re-encode it as UTF-8"
    E006 = "malformed JSON ({detail}); line skipped"
    E007 = "JSONL record has no usable '{field}' field; line skipped"
    E008 = "HTML page has no extractable main text"
    E009 = "{option} '{value}' is not an ISO date (YYYY-MM-DD)"
    E010 = "gold file is not stancemap-gold/1 ({detail})"
    E011 = "cannot read system output ({detail})"
    # E012 (retired, never reused): --date with several inputs fills in missing dates.
    E013 = "cannot read file ({detail})"
    E014 = "UTF-16 text (byte-order mark found); re-encode it as UTF-8"
    E015 = "JSON record is not an object but {kind}; skipped"
    E016 = "JSON file holds no article records (want an object, a list of objects, or JSONL)"
    E017 = "malformed JSON ({detail}); file skipped"
    E018 = "cannot read this input ({detail}); skipped"
    E019 = ("{what} larger than the input limit ({limit} bytes; --max-input-size or "
            "$STANCEMAP_MAX_INPUT_SIZE); skipped")
    # The corpus store (stancemap ingest / query / export).
    E020 = "cannot open the store ({detail})"
    E021 = "cannot store the document ({detail}); skipped"
    E022 = "store schema v{found} is newer than this stancemap understands (v{latest}); upgrade"
    E023 = "store has no documents yet; run stancemap ingest first"
    E024 = "store query failed ({detail})"
    E025 = "lost the connection to the store {count} times in a row ({detail}); ingest stopped"
    E026 = "not a stancemap store ({detail}); refusing to use it"
    E027 = "output file is also an input ({detail}); refusing to overwrite it"
    E028 = "{option} '{value}' is not valid; allowed: {allowed}"
    E029 = "cannot write the output ({detail})"
    E030 = "{option}: choose one of {allowed}, not several"
    E031 = "cannot use the Dask cluster ({detail})"
    E900 = "internal error while analysing ({detail}); document skipped, please report it"
    # Warnings: logged and reported, the input is still read.
    W001 = "text of {chars} characters split into {parts} parts of at most {limit} characters"
    W002 = "date '{value}' is not an ISO date (YYYY-MM-DD); ignored"
    W003 = "duplicate id '{id}' (also at {first}); both documents are kept"
    W004 = ("no actor found, and the text is mostly in {script} script: stancemap reads "
            "English news only")
    W005 = ("HTML extraction kept {kept} of {total} characters of page text ({share:.0%}); "
            "the main text may be missing")
    # Long or pathological texts: analysed, with a note of what was done to them.
    W010 = ("{count} sentence break(s) forced: runs of over {limit} tokens without sentence "
            "punctuation or a line break")
    W011 = ("{count} run(s) of over {limit} characters without a space; cut into words of "
            "{piece} characters")
    W012 = ("text of {chars} characters analysed in {parts} parts of at most {limit} "
            "characters; pronouns and descriptions do not reach across parts")


class StancemapError(Exception):
    """A user error: printed as ``stancemap: LOCATION: message [CODE]`` with no traceback."""

    def __init__(self, code: str, location: str | None = None, **fmt: object) -> None:
        self.code = code
        self.location = location
        self.message = getattr(Errors, code).format(**fmt)
        super().__init__(str(self))

    def __str__(self) -> str:
        where = f"{self.location}: " if self.location else ""
        return f"{where}{self.message} [{self.code}]"
