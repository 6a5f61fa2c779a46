"""Versioned schema migrations, run on open: an older database is upgraded in place, never recreated.

Each migration is a function of one connection inside one write transaction;
`warwire_migrations` records which versions a database has.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Index,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    inspect,
    select,
    text,
    update,
)

from warwire.errors import StoreError
from warwire.store import schema
from warwire.store.claims import place_terms
from warwire.store.engine import display_url, with_retry

# event_places as migration 1 made it: migration 4 adds the event type and its index.
EVENT_PLACES_V1 = Table(
    "event_places",
    MetaData(),
    Column("event_id", String(32), nullable=False),
    Column("name_lc", Text, nullable=False),
    Column("date", String(10)),
    Index("ix_event_places_name_date", "name_lc", "date"),
    Index("ix_event_places_event", "event_id", "name_lc"),
)


# An events_fts rowid: (days since 1970) * 2**32 + event number, so full-text matches come out newest first.
FTS_KEY = "((CAST(COALESCE(julianday({r}.date) - 2440587.5, -1000000) AS INTEGER)) * 4294967296 + {r}.n)"


def _v1_core(conn: Connection) -> None:
    """Articles, events, the claim ledger, place names, incidents; event counts as a view over claims."""
    for table in schema.CORE_TABLES:
        (EVENT_PLACES_V1 if table is schema.event_places else table).create(conn, checkfirst=True)
    conn.execute(text(
        "CREATE VIEW event_counts AS SELECT event_id, count_key, value, hedge, claimant FROM claims"
    ))


def _v2_fulltext(conn: Connection) -> None:
    """Full-text search over evidence: FTS5 on SQLite, a tsvector with a GIN index on PostgreSQL."""
    if conn.dialect.name == "sqlite":
        # Contentless FTS5 keyed by date then event number (see queries.fts_key): matches come out
        # newest first, so a common word's newest hundred are read without listing all its matches.
        key = FTS_KEY
        conn.exec_driver_sql("CREATE VIRTUAL TABLE events_fts USING fts5(evidence_text, content='')")
        conn.exec_driver_sql(
            "CREATE TRIGGER events_fts_ai AFTER INSERT ON events BEGIN "
            f"INSERT INTO events_fts(rowid, evidence_text) VALUES ({key.format(r='new')}, new.evidence_text); END"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER events_fts_ad AFTER DELETE ON events BEGIN "
            "INSERT INTO events_fts(events_fts, rowid, evidence_text) "
            f"VALUES ('delete', {key.format(r='old')}, old.evidence_text); END"
        )
        conn.exec_driver_sql(
            f"INSERT INTO events_fts(rowid, evidence_text) SELECT {key.format(r='events')}, evidence_text FROM events"
        )
    else:
        conn.exec_driver_sql(
            "ALTER TABLE events ADD COLUMN evidence_tsv tsvector "
            "GENERATED ALWAYS AS (to_tsvector('english', evidence_text)) STORED"
        )
        conn.exec_driver_sql("CREATE INDEX ix_events_evidence_tsv ON events USING GIN (evidence_tsv)")


def _v3_feed_state(conn: Connection) -> None:
    """What feed watchers have seen (ETag, Last-Modified, item ids)."""
    schema.feed_state.create(conn, checkfirst=True)


def _v4_place_types(conn: Connection) -> None:
    """The event type on every place row, indexed with the name and date: --place with --type reads one range."""
    places, evs = schema.event_places, schema.events
    conn.exec_driver_sql("ALTER TABLE event_places ADD COLUMN type VARCHAR(32)")
    conn.execute(update(places).where(places.c.event_id == evs.c.id).values(type=evs.c.type))
    next(i for i in places.indexes if i.name == "ix_event_places_name_type_date").create(conn)


def _v5_place_terms(conn: Connection) -> None:
    """Place names as full-text tokens beside the evidence: --text with --place becomes one index match."""
    evs = schema.events
    if "place_terms" not in {c["name"] for c in inspect(conn).get_columns("events")}:
        conn.exec_driver_sql("ALTER TABLE events ADD COLUMN place_terms TEXT")
    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        conn.exec_driver_sql("DROP TRIGGER events_fts_ai")
        conn.exec_driver_sql("DROP TRIGGER events_fts_ad")
        conn.exec_driver_sql("INSERT INTO events_fts(events_fts) VALUES ('delete-all')")
    else:
        conn.exec_driver_sql("ALTER TABLE events DROP COLUMN evidence_tsv")  # and its index; re-made below
    names: dict[str, list[str]] = {}
    for event_id, name in conn.execute(select(schema.event_places.c.event_id, schema.event_places.c.name_lc)):
        names.setdefault(event_id, []).append(name)
    rows = [{"eid": eid, "terms": place_terms(sorted(ns))} for eid, ns in names.items()]
    for i in range(0, len(rows), 10_000):
        conn.execute(update(evs).where(evs.c.id == bindparam("eid")).values(place_terms=bindparam("terms")),
                     rows[i:i + 10_000])
    if sqlite:
        content = "{r}.evidence_text || ' ' || COALESCE({r}.place_terms, '')"
        conn.exec_driver_sql(
            "CREATE TRIGGER events_fts_ai AFTER INSERT ON events BEGIN "
            f"INSERT INTO events_fts(rowid, evidence_text) VALUES ({FTS_KEY.format(r='new')}, "
            f"{content.format(r='new')}); END"
        )
        conn.exec_driver_sql(
            "CREATE TRIGGER events_fts_ad AFTER DELETE ON events BEGIN "
            "INSERT INTO events_fts(events_fts, rowid, evidence_text) "
            f"VALUES ('delete', {FTS_KEY.format(r='old')}, {content.format(r='old')}); END"
        )
        conn.exec_driver_sql(f"INSERT INTO events_fts(rowid, evidence_text) "
                             f"SELECT {FTS_KEY.format(r='events')}, {content.format(r='events')} FROM events")
    else:
        conn.exec_driver_sql(
            "ALTER TABLE events ADD COLUMN evidence_tsv tsvector GENERATED ALWAYS AS "
            "(to_tsvector('english', evidence_text) || to_tsvector('simple', COALESCE(place_terms, ''))) STORED"
        )
        conn.exec_driver_sql("CREATE INDEX ix_events_evidence_tsv ON events USING GIN (evidence_tsv)")


def _v6_exact_incidents(conn: Connection) -> None:
    """Incidents merged again from every stored event: the merging that keeps incidents exact whatever the arrival
    order replays the stored incidents, so those an earlier version merged are rebuilt once, here."""
    from warwire.store.incidents import rebuild  # the merging code imports the schema, not the migrations

    if conn.execute(select(schema.events.c.id).limit(1)).first() is not None:
        rebuild(conn)


Migration = tuple[int, str, Callable[[Connection], None]]
MIGRATIONS: list[Migration] = [
    (1, "core tables and claim ledger", _v1_core),
    (2, "full-text search over evidence", _v2_fulltext),
    (3, "feed state", _v3_feed_state),
    (4, "event type on place rows", _v4_place_types),
    (5, "place names in the full-text index", _v5_place_terms),
    (6, "incidents merged again, exactly", _v6_exact_incidents),
]
LATEST = MIGRATIONS[-1][0]


def current_version(conn: Connection) -> int:
    """The schema version a database is at (0 when it has no warwire tables)."""
    if not inspect(conn).has_table(schema.schema_migrations.name):
        return 0
    got = conn.execute(select(schema.schema_migrations.c.version)).scalars().all()
    return max(got, default=0)


def migrate(engine: Engine, target: int = LATEST) -> int:
    """Apply every pending migration up to `target`, each in its own transaction; returns the version reached."""
    shown = display_url(str(engine.url))
    with engine.connect() as conn:
        found = current_version(conn)
        if found == 0 and engine.dialect.name == "sqlite":
            foreign = [t for t in inspect(conn).get_table_names() if t not in {"sqlite_sequence"}]
            if foreign:
                raise StoreError(
                    f"{shown}: holds tables that are not warwire's ({', '.join(sorted(foreign)[:3])}); "
                    "pass another --db path"
                )
    if found > LATEST:
        raise StoreError(
            f"{shown}: schema version {found} was written by a newer warwire (this one knows {LATEST}); upgrade warwire"
        )
    for version, name, apply in MIGRATIONS:
        if version > target:
            break

        def step(conn: Connection, version: int = version, name: str = name,
                 apply: Callable[[Connection], None] = apply) -> None:
            schema.schema_migrations.create(conn, checkfirst=True)
            if current_version(conn) >= version:  # another process got here first
                return
            apply(conn)
            conn.execute(schema.schema_migrations.insert().values(
                version=version, name=name, applied_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            ))

        with_retry(engine, step)
    with engine.connect() as conn:
        return current_version(conn)
