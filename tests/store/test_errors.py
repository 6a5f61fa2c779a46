"""Bad databases: a corrupt file, a foreign SQLite file, an unreachable server, a newer schema: one clear error."""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text

from warwire.errors import StoreError
from warwire.store import open_store
from warwire.store.migrations import LATEST


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    bad = tmp_path / "warwire.db"
    bad.write_bytes(b"this is a text file, not a database\n" * 50)
    before = _digest(bad)
    with pytest.raises(StoreError) as err:
        open_store(str(bad))
    message = str(err.value)
    assert "warwire.db" in message and "not a SQLite database" in message and "\n" not in message
    assert _digest(bad) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["warwire.db"]  # no -wal/-shm written


def test_a_damaged_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    with open_store(str(path)):
        pass
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # keep the magic header, wreck the schema page
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="damaged.db"):
        open_store(str(path))


def test_a_foreign_sqlite_database_is_not_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE invoices (id INTEGER)")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="not warwire's"):
        open_store(str(path))
    con = sqlite3.connect(path)
    assert [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")] == ["invoices"]
    con.close()


def test_an_unreachable_postgresql_is_one_line_without_the_password() -> None:
    with pytest.raises(StoreError) as err:
        open_store("postgresql://warwire:s3cret@127.0.0.1:1/test")
    message = str(err.value)
    assert "127.0.0.1:1" in message and "s3cret" not in message and "\n" not in message
    assert "cannot connect" in message


def test_a_database_from_a_newer_warwire_is_refused(db_url: str) -> None:
    with open_store(db_url) as store, store.engine.begin() as conn:
        conn.execute(text("INSERT INTO warwire_migrations (version, name, applied_at) VALUES (:v, 'future', 'x')"),
                     {"v": LATEST + 1})
    with pytest.raises(StoreError, match="newer warwire"):
        open_store(db_url)


def test_a_folder_that_does_not_exist_is_named(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="does not exist"):
        open_store(str(tmp_path / "missing" / "warwire.db"))
