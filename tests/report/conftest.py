"""A store filled from the dev corpus by the real pipeline, for the sitrep tests."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT.parent / "shared" / "eval" / "dev"


@pytest.fixture(scope="session")
def dev_store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from warwire.ingest import InputFailure, read_inputs
    from warwire.pipeline import extract_events
    from warwire.store import open_store

    if not DEV.is_dir():
        pytest.fail(f"the dev corpus is missing at {DEV}: clone warwire beside shared/")
    path = tmp_path_factory.mktemp("report") / "dev.db"
    with open_store(str(path)) as store:
        for item in read_inputs([str(DEV)]):
            if not isinstance(item, InputFailure):
                store.add_article(item, extract_events(item))
    return path
