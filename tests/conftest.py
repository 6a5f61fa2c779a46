"""Shared test fixtures: where the real evaluation corpus lives."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EVAL = SHARED / "eval"
DEV = EVAL / "dev"
UK_DEV = EVAL / "uk-dev"


@pytest.fixture(scope="session")
def dev_dir() -> Path:
    if not DEV.is_dir():
        pytest.fail(f"the dev corpus is missing at {DEV}: clone warwire beside shared/")
    return DEV
