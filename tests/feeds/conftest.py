"""Fixtures for feed tests: a local HTTP site, dev-corpus stories, a fresh SQLite store."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from localsite import TEST_POLICY, Site, Story, stories

from warwire.ingest.fetch import Fetcher
from warwire.store import Store, open_store


@pytest.fixture
def site() -> Iterator[Site]:
    served = Site()
    yield served
    served.close()


@pytest.fixture(scope="session")
def dev_stories(dev_dir: Path) -> list[Story]:
    found = stories(dev_dir)
    assert len(found) >= 6, f"expected the dev corpus in {dev_dir}"
    return found


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(str(tmp_path / "feeds.db"))
    yield opened
    opened.close()


@pytest.fixture
def fetcher() -> Iterator[Fetcher]:
    with Fetcher(policy=TEST_POLICY) as f:
        yield f
