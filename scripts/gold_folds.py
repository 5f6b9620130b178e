"""The readable gold folds the trained models learn from and are judged on, leave one set out.

tests/gold's own files and the development sets dev13 ... dev34, each named: never a glob over
``tests/gold/dev*``, which would take in the set held out through the stop (dev35) and the
blind sets. Never ../shared/gold (kept as a check), PolNeAR dev, CAMEO or SEESAW.
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ["dev13", "dev21", "dev23", "dev24", "dev25", "dev26", "dev27", "dev28", "dev29",
       "dev30", "dev31", "dev32", "dev33", "dev34"]
FOLDS = ["tests", *DEV]


def fold_files(fold: str) -> list[Path]:
    """A fold's gold files, sorted by name."""
    base = ROOT / "tests" / "gold"
    return sorted((base if fold == "tests" else base / fold).glob("*.gold.json"))
