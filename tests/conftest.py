"""Fixtures shared by test modules.

``engine`` is one :class:`stancemap.pipeline.Engine` for the whole session: a module that
needs the pipeline and does not change it asks for ``engine`` instead of building its own, so
the suite loads the model and builds the stages fewer times. (A module that defines its own
``engine`` fixture keeps it.) ``analyze`` runs it on one text dated ``event_support.PUB``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from data_support import data_copy
from event_support import PUB


@pytest.fixture
def data(tmp_path: Path) -> Path:
    """A copy of the data folder (``stancemap/data``) that a test may change."""
    return data_copy(tmp_path)


@pytest.fixture(scope="session")
def engine():
    from stancemap.pipeline import Engine

    return Engine()


@pytest.fixture(scope="module")
def polnear_engine(engine):
    """The session's engine under PolNeAR's conventions (spans, joined quotes)."""
    from stancemap.pipeline import with_statements

    return with_statements(engine, "combined", polnear_spans=True, join_quotes=True)


@pytest.fixture(scope="session")
def analyze(engine):
    """Text (and a date) to a :class:`stancemap.model.Document`, on the session's engine."""
    from stancemap.model import Article

    return lambda text, date=PUB: engine.analyze(Article(id="t", text=text, date=date))


@pytest.fixture(scope="session")
def analyze_agentless(engine):
    """Text to a Document on an engine that also keeps the acts whose doer names no actor
    ("40 people were killed"), as ``evaluate --cameo`` codes CAMEO's sentences; the default
    engine leaves them out."""
    from stancemap.model import Article
    from stancemap.pipeline import with_concessions

    agentless = with_concessions(engine, "CONCEDE", agentless=True)
    return lambda text, date=PUB: agentless.analyze(Article(id="t", text=text, date=date))


@pytest.fixture(scope="session")
def analyze_undated(engine):
    """Text to an undated :class:`stancemap.model.Document`, on the session's engine."""
    from stancemap.model import Article

    return lambda text: engine.analyze(Article(id="t", text=text))
