"""New, empty databases of each backend for the store tests (a SQLite file, a PostgreSQL schema)."""
from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

PG_BASE = os.environ.get("WARWIRE_TEST_PG", "postgresql://postgres@127.0.0.1:5432/test")
BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
_schemas = itertools.count()


def pg_schema_url(schema: str) -> str:
    """A URL whose connections work inside their own schema, so test runs never see each other's rows."""
    return f"{PG_BASE}?options=-csearch_path%3D{schema}"


@contextmanager
def pg_schema() -> Iterator[str]:
    """A fresh, empty PostgreSQL schema (its URL), dropped afterwards."""
    import psycopg

    schema = f"ww_test_{os.getpid()}_{next(_schemas)}"
    try:
        admin = psycopg.connect(PG_BASE, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        pytest.fail(f"PostgreSQL is not reachable at {PG_BASE} ({exc}); start it (.ci/run does)")
    admin.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
    admin.execute(f'CREATE SCHEMA "{schema}"')
    try:
        yield pg_schema_url(schema)
    finally:
        admin.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
        admin.close()


@contextmanager
def new_db(kind: str, folder: Path) -> Iterator[str]:
    """The URL of a new, empty database of one backend."""
    if kind == "sqlite":
        yield str(folder / "warwire.db")
    else:
        with pg_schema() as url:
            yield url
