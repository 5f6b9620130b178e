"""Settings a user picks, with their allowed values; no heavy imports, so the command line
can offer them before spaCy loads."""

from __future__ import annotations

#: The statement stage's mode (``StatementStage(mode=...)``): the rules with the trained
#: attribution model beside them (combined), the same with noun-phrase contents too (broad,
#: PolNeAR's notion), or either alone.
STATEMENT_MODES = ("combined", "broad", "rules", "model")
#: The environment variable ``analyze --statements`` sets, so that every engine built after it
#: (worker processes too) runs that mode.
STATEMENT_MODE_ENV = "STANCEMAP_STATEMENTS"
