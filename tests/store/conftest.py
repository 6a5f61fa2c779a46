"""Store fixtures: the same tests run against a SQLite file and the real PostgreSQL server."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from store_dbs import BACKENDS, new_db, pg_schema

from warwire.store import Store, open_store


@pytest.fixture
def pg_url() -> Iterator[str]:
    with pg_schema() as url:
        yield url


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database URL of each backend: a new SQLite file, or a new PostgreSQL schema."""
    with new_db(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    with open_store(db_url) as s:
        yield s
