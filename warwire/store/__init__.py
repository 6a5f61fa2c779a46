"""The event store: SQLite by default, PostgreSQL by URL, behind one interface.

    store = open_store()                 # $WARWIRE_DB, else ./warwire.db
    store = open_store("postgresql://postgres@127.0.0.1/test")
    store.add_article(article, events)   # -> AddResult(article_id, status, events_added)
    store.query_events(EventQuery(type="air_attack", since="2024-11-01"))
"""
from __future__ import annotations

from warwire.errors import StoreError
from warwire.store.engine import make_engine, resolve_url
from warwire.store.migrations import LATEST, migrate
from warwire.store.queries import EventQuery
from warwire.store.store import Store
from warwire.store.writes import AddResult

__all__ = ["AddResult", "EventQuery", "Store", "StoreError", "open_store"]


def open_store(url: str | None = None, *, migrate_to: int = LATEST) -> Store:
    """Open (creating or upgrading as needed) the store at a path or URL; None means $WARWIRE_DB or ./warwire.db."""
    engine = make_engine(resolve_url(url))
    try:
        migrate(engine, migrate_to)
    except BaseException:
        engine.dispose()
        raise
    return Store(engine)
