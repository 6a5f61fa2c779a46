"""Web test fixtures: the dev store (real pipeline), servers over it, and headless Chromium."""
from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from web_server import ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, DEV, Server, fill_store, start_server, stop_server


@pytest.fixture(scope="session")
def dev_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not DEV.is_dir():
        pytest.fail(f"the dev corpus is missing at {DEV}: clone warwire beside shared/")
    path = tmp_path_factory.mktemp("web") / "dev.db"
    assert fill_store(path) > 0, "the pipeline found no events in the dev corpus"
    return path


@pytest.fixture(scope="session")
def server(dev_db: Path) -> Iterator[Server]:
    """A read-only server (no token) over the dev store."""
    srv = start_server(dev_db)
    yield srv
    stop_server(srv)


@pytest.fixture(scope="session")
def writable_server(dev_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server with WARWIRE_API_TOKEN set, over its own copy of the dev store."""
    copy = tmp_path_factory.mktemp("writable") / "dev.db"
    shutil.copy(dev_db, copy)
    srv = start_server(copy, token="t0ken-" + os.urandom(8).hex())
    yield srv
    stop_server(srv)


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()
