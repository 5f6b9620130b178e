"""Fixtures shared by test modules.

``engine`` is one :class:`stancemap.pipeline.Engine` for the whole session: a module that
needs the pipeline and does not change it asks for ``engine`` instead of building its own, so
the suite loads the model and builds the stages fewer times. (A module that defines its own
``engine`` fixture keeps it.)
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def engine():
    from stancemap.pipeline import Engine

    return Engine()
