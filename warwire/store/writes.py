"""Writing articles: a batch of articles becomes a handful of multi-row INSERTs in one transaction.

An article already stored (same content hash) is left alone; an article whose
version key (URL, else source) is already stored replaces that version, which
is kept and marked superseded while its events and claims are removed.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import Connection, delete, func, select, update

from warwire.models import Article, Event
from warwire.store.claims import claim_rows, event_row, place_names
from warwire.store.schema import MERGE_COLUMNS, articles, claims, event_places, events, schema_migrations

AddStatus = Literal["added", "unchanged", "new_version"]
CHUNK = 500  # ids per IN (...) list
PLACE_TYPES = 4  # the schema version that gave event_places its type column


@dataclass
class AddResult:
    """What storing one article did."""

    article_id: str
    status: AddStatus
    events_added: int


@dataclass
class Dropped:
    """Events removed by new versions of their articles: what merging needs to take them out of their incidents."""

    rows: list[Any] = field(default_factory=list)  # their MERGE_COLUMNS rows, each with its incident
    counts: dict[str, dict[str, int]] = field(default_factory=dict)  # their figures, by event id


@dataclass
class Pending:
    """One article on its way in, with the rows it will write."""

    article: Article
    events: list[Event]
    key: str
    origin: str
    superseded_by: str | None = None
    event_rows: list[dict[str, Any]] = field(default_factory=list)
    claim_rows: list[dict[str, Any]] = field(default_factory=list)
    place_rows: list[dict[str, Any]] = field(default_factory=list)

    def prepare(self) -> None:
        """Build the rows once (each event id is a hash: computed once here)."""
        seen: set[str] = set()
        for ev in self.events:
            d = ev.to_dict()
            eid = d["id"]
            if eid in seen:
                continue
            seen.add(eid)
            self.event_rows.append(event_row(ev, self.origin, d))
            self.claim_rows += claim_rows(ev, eid)
            self.place_rows += [{"event_id": eid, "name_lc": n, "date": d["date"], "type": ev.type}
                                for n in place_names(ev)]

    def article_row(self) -> dict[str, Any]:
        a = self.article
        return {
            "id": a.id, "source": a.source, "url": a.url, "title": a.title,
            "published": a.published.isoformat() if a.published else None, "dateline": a.dateline,
            "agency": a.agency, "language": a.language, "outlet": a.outlet, "body": a.body,
            "version_key": self.key, "origin": self.origin, "superseded_by": self.superseded_by,
            "added_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        }


def chunks(values: list[str]) -> list[list[str]]:
    """`values` cut into lists short enough for one IN (...)."""
    return [values[i:i + CHUNK] for i in range(0, len(values), CHUNK)]


def drop_events(conn: Connection, article_id: str, dropped: Dropped) -> None:
    """Remove an article's events, claims and place rows, noting in `dropped` what merging knew of them."""
    rows = conn.execute(select(*MERGE_COLUMNS).where(events.c.article_id == article_id)).all()
    if not rows:
        return
    dropped.rows += rows
    for eid, key, value in conn.execute(select(claims.c.event_id, claims.c.count_key, claims.c.value)
                                        .where(claims.c.article_id == article_id)):
        dropped.counts.setdefault(eid, {})[key] = int(value)
    for chunk in chunks([r.id for r in rows]):
        conn.execute(delete(event_places).where(event_places.c.event_id.in_(chunk)))
    conn.execute(delete(claims).where(claims.c.article_id == article_id))
    conn.execute(delete(events).where(events.c.article_id == article_id))


def _untyped_places(conn: Connection) -> bool:
    """Whether the database is held below migration 4 (open_store(migrate_to=...)): place rows have no type."""
    return int(conn.execute(select(func.max(schema_migrations.c.version))).scalar() or 0) < PLACE_TYPES


def add_batch(conn: Connection, items: list[Pending]) -> tuple[list[AddResult], list[str], Dropped]:
    """Store a batch; returns per-article results, the new event ids, and the events new versions removed."""
    ids = [p.article.id for p in items]
    stored: set[str] = set()
    for chunk in chunks(sorted(set(ids))):
        stored |= set(conn.execute(select(articles.c.id).where(articles.c.id.in_(chunk))).scalars())
    keys = sorted({p.key for p in items if p.article.id not in stored})
    current: dict[str, list[str]] = {}
    for chunk in chunks(keys):
        rows = conn.execute(select(articles.c.id, articles.c.version_key)
                            .where(articles.c.version_key.in_(chunk), articles.c.superseded_by.is_(None)))
        for aid, key in rows:
            current.setdefault(key, []).append(aid)
    results: list[AddResult] = []
    pending: dict[str, Pending] = {}  # version key -> the article of this batch that holds it now
    dropped = Dropped()
    to_write: list[Pending] = []
    for p in items:
        aid = p.article.id
        if aid in stored:
            results.append(AddResult(aid, "unchanged", 0))
            continue
        stored.add(aid)
        replaced = False
        for old in current.pop(p.key, []):
            drop_events(conn, old, dropped)
            conn.execute(update(articles).where(articles.c.id == old).values(superseded_by=aid))
            replaced = True
        if p.key in pending:  # an earlier article of this very batch: keep it, superseded, without events
            earlier = pending[p.key]
            earlier.superseded_by = aid
            earlier.event_rows, earlier.claim_rows, earlier.place_rows = [], [], []
            replaced = True
        pending[p.key] = p
        p.prepare()
        to_write.append(p)
        results.append(AddResult(aid, "new_version" if replaced else "added", len(p.event_rows)))
    unique = to_write
    if unique:
        conn.execute(articles.insert(), [p.article_row() for p in unique])
    place_rows = [r for p in unique for r in p.place_rows]
    if place_rows and _untyped_places(conn):
        place_rows = [{k: v for k, v in r.items() if k != "type"} for r in place_rows]
    for table, batch_rows in ((events, [r for p in unique for r in p.event_rows]),
                              (claims, [r for p in unique for r in p.claim_rows]),
                              (event_places, place_rows)):
        if batch_rows:
            conn.execute(table.insert(), batch_rows)
    emptied = {p.article.id for p in unique if p.superseded_by}
    for r in results:  # an article superseded inside the batch added nothing in the end
        if r.article_id in emptied:
            r.events_added = 0
    new_ids = [row["id"] for p in unique for row in p.event_rows]
    return results, new_ids, dropped
