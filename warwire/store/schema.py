"""The tables of the event store, as SQLAlchemy Core objects (the latest schema version).

articles   one row per article version; superseded versions are kept
events     one row per event of a current article; counts live in `claims`
claims     the claim ledger: one row per figure (value, hedge, key, claimant, evidence)
event_places  every place name an event names (location, admin1, settlement), with the event's type and date, for --place
incidents  one row per real-world happening: the merged summary of its events
feed_state what a feed watcher has already seen
"""
from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

schema_migrations = Table(
    "warwire_migrations",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("name", String(80), nullable=False),
    Column("applied_at", String(32), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("published", String(10)),
    Column("dateline", Text),
    Column("agency", Text),
    Column("language", String(8)),
    Column("outlet", Text),
    Column("body", Text, nullable=False),
    Column("version_key", Text, nullable=False),
    Column("origin", Text, nullable=False),
    Column("superseded_by", String(32)),
    Column("added_at", String(32), nullable=False),
    Index("ix_articles_version_key", "version_key"),
    Index("ix_articles_url", "url"),
    Index("ix_articles_source", "source"),
)

events = Table(
    "events",
    metadata,
    Column("n", Integer, primary_key=True, autoincrement=True),
    Column("id", String(32), nullable=False, unique=True),
    Column("article_id", String(32), ForeignKey("articles.id"), nullable=False),
    Column("origin", Text, nullable=False),
    Column("type", String(32), nullable=False),
    Column("date", String(10)),
    Column("date_precision", String(10)),
    Column("actor", Text),
    Column("actor_lc", Text),
    Column("target", Text),
    Column("target_lc", Text),
    Column("weapon", String(32)),
    Column("place", Text),
    Column("item", Text),
    Column("status", String(32)),
    Column("loc_name", Text),
    Column("loc_admin1", Text),
    Column("loc_country", String(8)),
    Column("lat", Float),
    Column("lon", Float),
    Column("claimed_by", Text),
    Column("claimed_by_lc", Text),
    Column("evidence_text", Text, nullable=False),
    Column("place_terms", Text),  # place names as full-text tokens, indexed with the evidence (migration 5)
    Column("data", Text, nullable=False),  # contract JSON without counts/hedges (those come from claims)
    Column("incident_id", String(32)),
    Index("ix_events_date", "date"),
    Index("ix_events_type_date", "type", "date"),
    Index("ix_events_actor_date", "actor_lc", "date"),
    Index("ix_events_target_date", "target_lc", "date"),
    Index("ix_events_weapon_date", "weapon", "date"),
    Index("ix_events_claimed_date", "claimed_by_lc", "date"),
    Index("ix_events_article", "article_id"),
    Index("ix_events_incident", "incident_id"),
)

# What merging compares, read straight from the event columns (no JSON, no claims), with the event's incident.
MERGE_COLUMNS = (events.c.id, events.c.article_id, events.c.origin, events.c.type, events.c.date,
                 events.c.date_precision, events.c.actor, events.c.target, events.c.weapon, events.c.place,
                 events.c.item, events.c.status, events.c.loc_name, events.c.loc_admin1, events.c.loc_country,
                 events.c.claimed_by, events.c.incident_id)

claims = Table(
    "claims",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("event_id", String(32), nullable=False),
    Column("article_id", String(32), nullable=False),
    Column("count_key", String(32), nullable=False),
    Column("value", BigInteger, nullable=False),
    Column("hedge", String(16)),
    Column("claimant", Text),
    Column("evidence_text", Text),
    Column("evidence_start", Integer),
    Column("evidence_end", Integer),
    Index("ix_claims_event", "event_id"),
    Index("ix_claims_article", "article_id"),
    Index("ix_claims_claimant", "claimant"),
)

event_places = Table(
    "event_places",
    metadata,
    Column("event_id", String(32), nullable=False),
    Column("name_lc", Text, nullable=False),
    Column("date", String(10)),
    Column("type", String(32)),  # the event's type (migration 4), so --place with --type reads one index range
    Index("ix_event_places_name_date", "name_lc", "date"),
    Index("ix_event_places_event", "event_id", "name_lc"),
    Index("ix_event_places_name_type_date", "name_lc", "type", "date"),
)

incidents = Table(
    "incidents",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("type", String(32), nullable=False),
    Column("date", String(10)),
    Column("actor", Text),
    Column("actor_lc", Text),
    Column("target", Text),
    Column("target_lc", Text),
    Column("weapon", String(32)),
    Column("place", Text),
    Column("n_events", Integer, nullable=False),
    Column("n_sources", Integer, nullable=False),
    Column("disagreement", Integer, nullable=False),
    Column("summary", Text, nullable=False),
    Column("updated_at", String(32), nullable=False),
    Index("ix_incidents_date", "date"),
    Index("ix_incidents_type_date", "type", "date"),
    Index("ix_incidents_actor_date", "actor_lc", "date"),
    Index("ix_incidents_target_date", "target_lc", "date"),
    Index("ix_incidents_weapon_date", "weapon", "date"),
)

feed_state = Table(
    "feed_state",
    metadata,
    Column("feed_url", Text, primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("seen", Text, nullable=False),
    Column("updated_at", String(32), nullable=False),
)

# Tables created by migration 1 (feed_state arrives in migration 3).
CORE_TABLES = (articles, events, claims, event_places, incidents)
