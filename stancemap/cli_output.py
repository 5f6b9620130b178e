"""Where the CLI writes: standard output or a file opened only once every input is checked.

``click.File("w")`` truncates its file while the options are parsed, before anything else is
checked, so ``analyze x.jsonl -o x.jsonl`` destroyed its own input. :func:`open_output`
opens the file later, after :func:`stancemap.validate.check_output`; a file that cannot be
opened or written (``-o /proc/version``, a full disk) is one line (E029), never a traceback.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TextIO

import click

from .errors import StancemapError


@contextmanager
def open_output(path: str) -> Iterator[TextIO]:
    """The text stream to write (stdout for ``-``), flushed and closed at the end.

    Raises StancemapError E029 when the file cannot be opened (``usage`` is then true on
    the error) or written; a closed pipe (``| head``) ends the output quietly.
    """
    if path == "-":
        fh: TextIO = click.get_text_stream("stdout")
    else:
        try:
            fh = open(path, "w", encoding="utf-8")  # noqa: SIM115 - closed below
        except OSError as exc:
            err = StancemapError("E029", path, detail=exc.strerror or type(exc).__name__)
            err.usage = True  # type: ignore[attr-defined]
            raise err from None
    try:
        yield fh
        fh.flush()
    except BrokenPipeError:
        _quiet_stdout()
        return
    except OSError as exc:
        raise StancemapError("E029", None if path == "-" else path,
                             detail=exc.strerror or type(exc).__name__) from None
    finally:
        if path != "-":
            try:
                fh.close()
            except OSError:
                pass


def _quiet_stdout() -> None:
    """After a closed pipe: point stdout at /dev/null so the exit flush cannot fail."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
