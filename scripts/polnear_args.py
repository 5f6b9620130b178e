"""The command line the PolNeAR train censuses share: the train folder and which part of it.

``--tenth`` is the held-out tenth of ``train_statement_model.held_out`` (the articles the
shipped models never saw), ``--nine`` the other nine tenths, ``--slice START END`` a run of
articles. PolNeAR dev is evaluation only: these scripts read train.
"""

from __future__ import annotations

import argparse
from pathlib import Path

DEFAULT_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "polnear" / "train"


def split_parser(doc: str, nine: bool = True) -> argparse.ArgumentParser:
    """A census's parser with the train folder, ``--tenth``, ``--nine`` (where the census
    offers it) and ``--slice``; the census adds its own options."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("data", nargs="?", default=str(DEFAULT_DIR))
    ap.add_argument("--tenth", action="store_true", help="The held-out tenth of train only.")
    if nine:
        ap.add_argument("--nine", action="store_true", help="The nine tenths of train only.")
    ap.add_argument("--slice", nargs=2, type=int, metavar=("START", "END"))
    return ap
