"""Two writers at once, and a writer killed mid-ingest: whole articles, each stored once."""
from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from sqlalchemy import text
from store_corpus import dev_corpus

from warwire.store import open_store

HERE = Path(__file__).parent
ROOT = HERE.parents[1]


def _writer(url: str, mode: str, **kw) -> subprocess.Popen:  # type: ignore[no-untyped-def]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(HERE), str(ROOT)])}
    return subprocess.Popen([sys.executable, str(HERE / "writer_process.py"), url, mode], env=env, text=True, **kw)


def test_two_processes_writing_one_database_store_each_article_once(db_url: str) -> None:
    with open_store(db_url):
        pass  # created up front only on PostgreSQL's side too; SQLite writers also race to create it
    procs = [_writer(db_url, "forward", stderr=subprocess.PIPE), _writer(db_url, "backward", stderr=subprocess.PIPE)]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    corpus = dev_corpus()
    with open_store(db_url) as store:
        stats = store.stats()
        assert stats["articles"] == len(corpus)
        assert stats["events"] == sum(len({e.id for e in evs}) for _, evs in corpus)
        with store.engine.connect() as conn:
            dupes = conn.execute(text("SELECT count(*) FROM (SELECT id FROM articles GROUP BY id HAVING count(*) > 1) d"))
            assert dupes.scalar_one() == 0


def test_two_processes_creating_a_new_sqlite_file_at_once(tmp_path: Path) -> None:
    url = str(tmp_path / "fresh.db")
    procs = [_writer(url, "forward", stderr=subprocess.PIPE), _writer(url, "backward", stderr=subprocess.PIPE)]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err
    with open_store(url) as store:
        assert store.stats()["articles"] == len(dev_corpus())


def test_sigkill_mid_ingest_leaves_only_whole_articles(db_url: str) -> None:
    from writer_process import twins

    corpus = dev_corpus()
    whole = {twin.id: (len({e.id for e in evs}), sum(len(e.counts) for e in evs))
             for copy in range(1, 40) for twin, evs in twins(corpus, copy)}
    with open_store(db_url):
        pass
    proc = _writer(db_url, "endless", stdout=subprocess.PIPE)
    assert proc.stdout is not None
    acknowledged = []
    deadline = time.monotonic() + 60
    while len(acknowledged) < 12 and time.monotonic() < deadline:
        acknowledged.append(proc.stdout.readline().strip())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    acknowledged += proc.stdout.read().split()
    assert proc.returncode == -signal.SIGKILL
    if not db_url.startswith("postgresql"):
        con = sqlite3.connect(db_url)
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        con.close()
    with open_store(db_url) as store, store.engine.connect() as conn:
        stored = conn.execute(text("SELECT id FROM articles")).scalars().all()
        assert set(acknowledged) <= set(stored)  # every acknowledged article survived
        assert len(set(stored) - set(acknowledged)) <= 1  # at most the one committed as it was killed
        for aid in stored:  # and every stored article is whole: all its events and claims
            n_events = conn.execute(text("SELECT count(*) FROM events WHERE article_id = :a"), {"a": aid}).scalar_one()
            n_claims = conn.execute(text("SELECT count(*) FROM claims WHERE article_id = :a"), {"a": aid}).scalar_one()
            assert (n_events, n_claims) == whole[aid]
        assert conn.execute(text("SELECT count(*) FROM events WHERE incident_id IS NULL")).scalar_one() == 0
