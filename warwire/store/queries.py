"""Filters over stored events: EventQuery and the SQL conditions it becomes.

Every filter value is a bound parameter (never pasted into SQL), so a value
that looks like SQL is only data. Text search uses FTS5 on SQLite and a GIN
tsvector index on PostgreSQL.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    column,
    func,
    literal_column,
    select,
    table,
    true,
)

from warwire.errors import ConfigError
from warwire.store.schema import event_places, events

EPOCH = dt.date(1970, 1, 1)
N_MASK = 2**32 - 1  # the event number inside an events_fts rowid
COMMON = 2000  # matches above which a filter is checked along the date index instead of listed first


@dataclass
class EventQuery:
    """Which events to return; every field is optional and they combine with AND."""

    type: str | None = None
    since: str | dt.date | None = None
    until: str | dt.date | None = None
    actor: str | None = None
    target: str | None = None
    place: str | None = None
    weapon: str | None = None
    claimed_by: str | None = None
    text: str | None = None
    limit: int = 100
    offset: int = 0


def day(value: str | dt.date | None, name: str) -> str | None:
    """A --since/--until value as YYYY-MM-DD."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()[:10]
    try:
        return dt.date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError as exc:
        raise ConfigError(f"--{name} {value!r}: not a date; write it as YYYY-MM-DD") from exc


def _lc(value: str | None) -> str | None:
    return value.strip().lower() if value and value.strip() else None


def fts5_query(text: str) -> str:
    """User words as an FTS5 query of quoted terms: operators and quotes in the input are plain text."""
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def conditions(q: EventQuery, dialect: str, conn: Connection | None = None) -> list[ColumnElement[bool]]:
    """The WHERE conditions on `events` for a query.

    With a connection (SQLite, newest-first listing), a place or text filter
    that matches many events is checked row by row along the date index,
    which finds the newest hundred at once; a rare one is looked up first.
    """
    conds: list[ColumnElement[bool]] = []
    if q.type:
        conds.append(events.c.type == q.type.strip().lower())
    since, until = day(q.since, "since"), day(q.until, "until")
    if since:
        conds.append(events.c.date >= since)
    if until:
        conds.append(events.c.date <= until)
    for value, col in ((q.actor, events.c.actor_lc), (q.target, events.c.target_lc),
                       (q.weapon, events.c.weapon), (q.claimed_by, events.c.claimed_by_lc)):
        if _lc(value):
            conds.append(col == _lc(value))
    place = _lc(q.place)
    if place:
        named = select(event_places.c.event_id).where(event_places.c.name_lc == place)
        if conn is not None and _common(conn, named):
            conds.append(select(event_places.c.event_id).where(
                event_places.c.event_id == events.c.id, event_places.c.name_lc == place).exists())
        else:
            conds.append(events.c.id.in_(named))
    if q.text and q.text.strip():
        conds.append(_text_condition(q.text, dialect))
    return conds


def _common(conn: Connection, matches: Select[Any]) -> bool:
    """Whether a sub-filter matches more rows than it is worth listing up front."""
    probe = select(func.count()).select_from(matches.limit(COMMON).subquery())
    return int(conn.execute(probe).scalar_one()) >= COMMON


def fts_key(day: str) -> int:
    """The lowest events_fts rowid of a day: rowids are (days since 1970) * 2**32 + event number."""
    return (dt.date.fromisoformat(day) - EPOCH).days * 2**32


def _fts() -> Any:
    return table("events_fts", column("rowid"))


def _text_condition(text: str, dialect: str) -> ColumnElement[bool]:
    if dialect == "sqlite":
        terms = fts5_query(text)
        if not terms:
            return events.c.n.is_(None)  # no words at all: nothing can match
        fts = _fts()
        return events.c.n.in_(select(fts.c.rowid.op("&")(N_MASK)).where(literal_column("events_fts").op("MATCH")(terms)))
    return literal_column("events.evidence_tsv").op("@@")(func.plainto_tsquery("english", text))


def scan_text_sqlite(conn: Connection, q: EventQuery, columns: list[Any]) -> Iterator[Any]:
    """Rows of events matching a text query (and its other filters), newest first, read in growing chunks.

    The full-text index is keyed by date, so the newest matches of even a very
    common word come first: a page of results costs a page of index reads.
    """
    terms = fts5_query(q.text or "")
    if not terms:
        return
    rest = and_(true(), *conditions(dataclasses.replace(q, text=None), "sqlite", conn))
    fts = _fts()
    since, until = day(q.since, "since"), day(q.until, "until")
    upper = fts_key((dt.date.fromisoformat(until) + dt.timedelta(days=1)).isoformat()) if until else None
    lower = fts_key(since) if since else None
    chunk = 200
    while True:
        stmt = select(fts.c.rowid).where(literal_column("events_fts").op("MATCH")(terms))
        if upper is not None:
            stmt = stmt.where(fts.c.rowid < upper)
        if lower is not None:
            stmt = stmt.where(fts.c.rowid >= lower)
        keys = conn.execute(stmt.order_by(fts.c.rowid.desc()).limit(chunk)).scalars().all()
        if not keys:
            return
        numbers = [k & N_MASK for k in keys]
        found = {r.n: r for r in conn.execute(select(events.c.n, *columns).where(events.c.n.in_(numbers), rest))}
        for n in numbers:
            if n in found:
                yield found[n]
        if len(keys) < chunk:
            return
        upper = keys[-1]
        chunk = min(chunk * 2, 5000)


def scan_by_date_slices(conn: Connection, q: EventQuery, columns: list[Any]) -> Iterator[Any]:
    """Rows matching a query, newest first, read one date slice at a time (30 days, then 8x wider, ...).

    On PostgreSQL a text filter's best plan depends on how common the words are;
    bounding each query to a date slice keeps both kinds fast: a common word fills
    the page from the first slice, a rare one costs a few small index lookups.
    """
    since, until = day(q.since, "since"), day(q.until, "until")
    top = conn.execute(select(func.max(events.c.date)).where(events.c.date <= until if until else true())).scalar()
    if top is None:
        return
    upper, span = dt.date.fromisoformat(top) + dt.timedelta(days=1), 30
    cond = where(q, conn.dialect.name)
    order = (events.c.date.desc(), events.c.n.desc())
    while True:
        lower = upper - dt.timedelta(days=span)
        if since and lower.isoformat() <= since:
            lower = dt.date.fromisoformat(since)
        last = lower <= dt.date(1, 1, 2) or (since is not None and lower.isoformat() <= since)
        stmt = select(*columns).where(cond, events.c.date < upper.isoformat())
        if not last:
            stmt = stmt.where(events.c.date >= lower.isoformat())
        yield from conn.execute(stmt.order_by(*order))
        if last:
            break
        upper, span = lower, span * 8
        if span > 365 * 200:
            lower = dt.date(1, 1, 1)
            span = (upper - lower).days
    if not since and not until:  # undated events come last
        yield from conn.execute(select(*columns).where(cond, events.c.date.is_(None)).order_by(events.c.n.desc()))


def where(q: EventQuery, dialect: str, conn: Connection | None = None) -> ColumnElement[bool]:
    """All of a query's conditions joined with AND (`conn`: see `conditions`)."""
    conds = conditions(q, dialect, conn if dialect == "sqlite" else None)
    return and_(true(), *conds)


def page(q: EventQuery) -> tuple[int, int]:
    """Limit and offset, checked."""
    if q.limit < 0 or q.offset < 0:
        raise ConfigError(f"--limit {q.limit} / offset {q.offset}: must not be negative")
    return q.limit, q.offset


def as_params(q: EventQuery) -> dict[str, Any]:
    """The query's filters, for display."""
    return {k: v for k, v in vars(q).items() if v not in (None, "") and k not in ("limit", "offset")}
