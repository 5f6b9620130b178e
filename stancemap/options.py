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
#: How statements are drawn: as the stancemap gold files draw them (gold: a quotation broken by
#: its tag is two statements, a content starts after "that"), or as PolNeAR does (polnear: one
#: statement per attribution, in fragments around its tag; the complementizer and closing
#: non-restrictive material kept in the content).
STATEMENT_CONVENTIONS = ("gold", "polnear")
#: The environment variable ``analyze --conventions`` sets (worker processes follow it).
CONVENTIONS_ENV = "STANCEMAP_CONVENTIONS"
