"""Opening a database: URL resolution, connection settings, and write transactions that survive contention.

SQLite (the default) runs in WAL mode with a busy timeout, and every write
transaction starts with ``BEGIN IMMEDIATE`` so two processes queue instead of
dead-locking; PostgreSQL writers serialise on one advisory lock because
incident merging reads and rewrites neighbouring rows.
"""
from __future__ import annotations

import os
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from warwire.errors import StoreError

T = TypeVar("T")
DEFAULT_DB = "warwire.db"
SQLITE_MAGIC = b"SQLite format 3\x00"
WRITE_LOCK_KEY = 7274_0003  # pg_advisory_xact_lock key shared by every warwire writer


def resolve_url(url: str | None) -> str:
    """Turn a --db value (None, a path, sqlite:///..., postgresql://...) into a SQLAlchemy URL."""
    if url is None or url == "":
        url = os.environ.get("WARWIRE_DB") or DEFAULT_DB
    if "://" not in url:
        return "sqlite:///" + str(Path(url).expanduser().resolve())
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    if url.startswith(("sqlite://", "postgresql+psycopg://")):
        return url
    raise StoreError(f"{url}: unsupported database URL; use a file path, sqlite:///PATH or postgresql://USER@HOST/DB")


def display_url(url: str) -> str:
    """The URL as shown to people: the password hidden."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _check_sqlite_file(path: str, shown: str) -> None:
    """Refuse a file that is not a SQLite database before SQLite touches (and maybe rewrites) it."""
    p = Path(path)
    if not p.exists():
        if not p.parent.is_dir():
            raise StoreError(f"{shown}: folder {p.parent} does not exist; create it or pass another --db path")
        return
    if p.is_dir():
        raise StoreError(f"{shown}: is a folder, not a database file; pass a file path to --db")
    with p.open("rb") as fh:
        head = fh.read(len(SQLITE_MAGIC))
    if p.stat().st_size and head != SQLITE_MAGIC:
        raise StoreError(
            f"{shown}: not a SQLite database (the file starts with {head[:8]!r}); "
            "move it away or pass another --db path"
        )


def _sqlite_connect_settings(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (pysqlite's implicit BEGIN is DEFERRED)
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout = 30000")
    _use_wal(cur)
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.close()


def _use_wal(cur: Any, wait: float = 30.0) -> None:
    """Put the file in WAL mode (once: the mode is kept in the file).

    Switching needs the file to itself and SQLite can refuse at once, without
    waiting out busy_timeout, while another process is creating the same new
    file: so the switch is retried for up to `wait` seconds.
    """
    deadline = time.monotonic() + wait
    while True:
        try:
            if cur.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                cur.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def make_engine(url: str) -> Engine:
    """Create and probe the engine; any failure becomes one StoreError naming the URL."""
    shown = display_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError(f"{shown}: not a database URL ({exc}); use sqlite:///PATH or postgresql://...") from exc
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            _check_sqlite_file(parsed.database, shown)
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_connect_settings)
    else:
        engine = create_engine(url, connect_args={"connect_timeout": 5}, pool_pre_ping=True)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            if engine.dialect.name == "sqlite":
                conn.exec_driver_sql("PRAGMA schema_version").fetchone()  # reads the header: fails on corrupt files
    except DBAPIError as exc:
        engine.dispose()
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        if engine.dialect.name == "sqlite":
            raise StoreError(f"{shown}: cannot open the SQLite database ({reason}); move it away or pass another --db") from exc
        raise StoreError(
            f"{shown}: cannot connect to PostgreSQL ({reason}); check the server is running and the URL's host, port, user and database"
        ) from exc
    return engine


def is_locked(exc: BaseException) -> bool:
    """True for SQLite's transient lock errors, which a retry resolves."""
    msg = str(getattr(exc, "orig", exc)).lower()
    return "database is locked" in msg or "database table is locked" in msg or "busy" in msg


@contextmanager
def write_transaction(engine: Engine) -> Iterator[Connection]:
    """One write transaction: BEGIN IMMEDIATE on SQLite, the shared advisory lock on PostgreSQL."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.exec_driver_sql("ROLLBACK")
                raise
            conn.exec_driver_sql("COMMIT")
        else:
            with conn.begin():
                conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WRITE_LOCK_KEY})
                yield conn


def with_retry(engine: Engine, work: Callable[[Connection], T], attempts: int = 20) -> T:
    """Run `work` in a write transaction, retrying while another process holds the SQLite lock."""
    for attempt in range(attempts):
        try:
            with write_transaction(engine) as conn:
                return work(conn)
        except OperationalError as exc:
            if not is_locked(exc) or attempt == attempts - 1:
                raise StoreError(f"{display_url(str(engine.url))}: write failed ({str(exc.orig).strip()})") from exc
            time.sleep(0.05 + random.random() * 0.2 * (attempt + 1))
    raise AssertionError("unreachable")
