"""Schema versions: a database written at an older version is upgraded in place, its rows kept."""
from __future__ import annotations

from sqlalchemy import inspect
from store_corpus import second_report

from warwire.store import EventQuery, open_store
from warwire.store.migrations import LATEST, current_version


def test_an_older_database_is_upgraded_not_recreated(db_url: str) -> None:
    article, events = second_report()
    with open_store(db_url, migrate_to=1) as old:
        with old.engine.connect() as conn:
            assert current_version(conn) == 1
            assert not inspect(conn).has_table("feed_state")
        old.add_article(article, events)
    with open_store(db_url) as store:
        with store.engine.connect() as conn:
            assert current_version(conn) == LATEST
        assert store.stats()["articles"] == 1
        # rows written before full-text search existed are searchable after the upgrade
        assert [e["id"] for e in store.query_events(EventQuery(text="jamming"))] == [events[0].id]
        store.set_feed_state("https://example.org/feed", None, None, ["x"])
        assert store.get_feed_state("https://example.org/feed")["seen"] == {"x"}


def test_opening_again_runs_nothing(db_url: str) -> None:
    with open_store(db_url) as store:
        store.add_article(*second_report())
    with open_store(db_url) as store, store.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT version FROM warwire_migrations ORDER BY version").scalars().all()
        assert rows == list(range(1, LATEST + 1))
        assert store.stats()["events"] == 1
