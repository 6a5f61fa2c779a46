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
    false,
    func,
    literal_column,
    select,
    table,
    true,
)

from warwire.errors import ConfigError
from warwire.models import add_days, clean_text
from warwire.store.claims import place_term
from warwire.store.schema import event_places, events

EPOCH = dt.date(1970, 1, 1)
N_MASK = 2**32 - 1  # the event number inside an events_fts rowid
COMMON = 2000  # matches above which a filter is checked along the date index instead of listed first
UNDATED = -1_000_000 * 2**32  # the lowest events_fts rowid, an undated event's (see migrations._v2_fulltext)


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

    def __post_init__(self) -> None:
        # Values are cleaned as stored text is (NUL and lone surrogates -> U+FFFD), so a filter means the same
        # on SQLite and on PostgreSQL, which refuses NUL in a parameter.
        for f in ("type", "since", "until", "actor", "target", "place", "weapon", "claimed_by", "text"):
            value = getattr(self, f)
            if isinstance(value, str):
                setattr(self, f, clean_text(value))


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
    conds = _type_and_dates(q, events)
    for value, col in ((q.actor, events.c.actor_lc), (q.target, events.c.target_lc),
                       (q.weapon, events.c.weapon), (q.claimed_by, events.c.claimed_by_lc)):
        if _lc(value):
            conds.append(col == _lc(value))
    if q.text and q.text.strip():
        conds.append(_text_condition(q.text, dialect, q.place))  # with a place: its token in the same match
    elif _lc(q.place):
        named = select(event_places.c.event_id).where(*_place_rows(dataclasses.replace(q, since=None, until=None)))
        if conn is not None and _common(conn, named):
            # checked per event on (event_id, name_lc); naming the type too would steer SQLite onto the
            # (name_lc, type, date) index, read in full for every event
            conds.append(select(event_places.c.event_id).where(
                event_places.c.event_id == events.c.id, event_places.c.name_lc == _lc(q.place)).exists())
        else:
            conds.append(events.c.id.in_(named))
    return conds


def _type_and_dates(q: EventQuery, rows: Any) -> list[ColumnElement[bool]]:
    """A query's type and dates as conditions on a table with `type` and `date` columns."""
    conds: list[ColumnElement[bool]] = []
    if q.type:
        conds.append(rows.c.type == q.type.strip().lower())
    since, until = day(q.since, "since"), day(q.until, "until")
    if since:
        conds.append(rows.c.date >= since)
    if until:
        conds.append(rows.c.date <= until)
    return conds


def _place_rows(q: EventQuery) -> list[ColumnElement[bool]]:
    """A query's place, type and dates as conditions on `event_places` (its rows carry the event's type and date)."""
    return [event_places.c.name_lc == _lc(q.place), *_type_and_dates(q, event_places)]


def _by_place_rows(q: EventQuery) -> bool:
    """Whether the place rows alone answer a query: a place, maybe a type and dates, nothing else."""
    return bool(_lc(q.place)) and not any(_lc(v) for v in (q.actor, q.target, q.weapon, q.claimed_by, q.text))


def place_page(conn: Connection, q: EventQuery) -> ColumnElement[bool] | None:
    """For a query of place, type and dates only: the events of its page, picked from the place rows alone.

    Place rows carry the event's type and date, so one short read along
    ix_event_places_name_type_date finds the date of the (offset + limit)-th
    newest match; the page lies on or above it, and those few events are looked
    up by id. Any other filter could thin the page out below it: then None.
    """
    if not _by_place_rows(q):
        return None
    limit, offset = page(q)
    rows = _place_rows(q)
    floor = conn.execute(select(event_places.c.date).where(*rows, event_places.c.date.isnot(None))
                         .order_by(event_places.c.date.desc()).offset(offset + max(limit, 1) - 1).limit(1)).scalar()
    if floor is not None:  # without one, fewer dated matches than the page reaches: all of them
        rows.append(event_places.c.date >= floor)
    return events.c.id.in_(select(event_places.c.event_id).where(*rows))


def newest(conn: Connection, q: EventQuery, columns: list[Any]) -> list[Any]:
    """One page of the events matching a query without text: newest first, undated events last.

    Dated and undated events are read apart: PostgreSQL puts NULL first in a
    descending order, and NULLS LAST there would keep the listing off the date indexes.
    """
    limit, offset = page(q)
    cond = place_page(conn, q)
    if cond is None:
        cond = where(q, conn.dialect.name, conn)
    order = (events.c.date.desc(), events.c.n.desc())
    rows = list(conn.execute(select(*columns).where(cond, events.c.date.isnot(None))
                             .order_by(*order).limit(limit).offset(offset)))
    if len(rows) >= limit or day(q.since, "since") or day(q.until, "until"):
        return rows
    skip = 0
    if not rows and offset:  # the page starts past the dated events
        dated = select(func.count()).select_from(events).where(cond, events.c.date.isnot(None))
        skip = max(0, offset - int(conn.execute(dated).scalar_one()))
    undated = (select(*columns).where(cond, events.c.date.is_(None))
               .order_by(events.c.n.desc()).limit(limit - len(rows)).offset(skip))
    return rows + list(conn.execute(undated))


def _common(conn: Connection, matches: Select[Any], common: int = COMMON) -> bool:
    """Whether a sub-filter matches more rows than it is worth listing up front."""
    probe = select(func.count()).select_from(matches.limit(common).subquery())
    return int(conn.execute(probe).scalar_one()) >= common


def fts_key(day: str) -> int:
    """The lowest events_fts rowid of a day: rowids are (days since 1970) * 2**32 + event number."""
    return (dt.date.fromisoformat(day) - EPOCH).days * 2**32


def _fts_bounds(q: EventQuery) -> tuple[int | None, int | None]:
    """The events_fts rowids a query's dates allow: from the first of `since` up to, not including, the day
    after `until` (None where a side is open)."""
    since, until = day(q.since, "since"), day(q.until, "until")
    lower = fts_key(since) if since else None
    upper = fts_key(until) + 2**32 if until else None  # the first rowid of the next day
    return lower, upper


def _fts() -> Any:
    return table("events_fts", column("rowid"))


def fts_terms(text: str, place: str | None = None) -> str:
    """The FTS5 query for words of evidence, and a place's token when given ('' when there are no words)."""
    terms = fts5_query(text)
    if terms and _lc(place):
        terms += f' "{place_term(_lc(place) or "")}"'
    return terms


def _text_condition(text: str, dialect: str, place: str | None = None) -> ColumnElement[bool]:
    """Evidence holding every word of `text` (and, with a place, an event named there): one index match."""
    if dialect == "sqlite":
        terms = fts_terms(text, place)
        if not terms:
            return events.c.n.is_(None)  # no words at all: nothing can match
        fts = _fts()
        return events.c.n.in_(select(fts.c.rowid.op("&")(N_MASK)).where(literal_column("events_fts").op("MATCH")(terms)))
    query: Any = func.plainto_tsquery("english", text)
    if _lc(place):
        query = query.op("&&")(func.plainto_tsquery("simple", place_term(_lc(place) or "")))
    return literal_column("events.evidence_tsv").op("@@")(query)


def scan_text_sqlite(conn: Connection, q: EventQuery, columns: list[Any]) -> Iterator[Any]:
    """Rows of events matching a text query (and its other filters), newest first, read in growing chunks.

    The full-text index is keyed by date, so the newest matches of even a very
    common word come first: a page of results costs a page of index reads. A
    place is a token of the same index, so text with a place is one match too.
    """
    terms = fts_terms(q.text or "", q.place)
    if not terms:
        return
    # checked on each matching row: bare, a condition such as type = ? can lure SQLite onto an index that
    # reads every event of the type for each chunk instead of the chunk's rows by number
    rest = func.coalesce(and_(true(), *conditions(dataclasses.replace(q, text=None, place=None), "sqlite", conn)),
                         false())
    fts = _fts()
    lower, upper = _fts_bounds(q)
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
    """Rows matching a query, newest first, read one date slice at a time (30 days, then 8x wider, 2x with a place).

    On PostgreSQL a text filter's best plan depends on how common the words are;
    bounding each query to a date slice keeps both kinds fast: a common word fills
    the page from the first slice, a rare one costs a few small index lookups.
    """
    since, until = day(q.since, "since"), day(q.until, "until")
    top = conn.execute(select(func.max(events.c.date)).where(events.c.date <= until if until else true())).scalar()
    if top is None:
        return
    upper, span = add_days(dt.date.fromisoformat(top), 1), 30
    cond = where(q, conn.dialect.name)  # with text, a place is a token of the same full-text match
    placed = _place_rows(q) if _lc(q.place) and not (q.text and q.text.strip()) else None
    order = (events.c.date.desc(), events.c.n.desc())
    while True:
        lower = add_days(upper, -span)
        if since and lower.isoformat() <= since:
            lower = dt.date.fromisoformat(since)
        last = lower <= dt.date(1, 1, 2) or (since is not None and lower.isoformat() <= since)
        stmt = select(*columns).where(cond, events.c.date < upper.isoformat())
        bounds = [event_places.c.date < upper.isoformat()]
        if not last:
            stmt = stmt.where(events.c.date >= lower.isoformat())
            bounds.append(event_places.c.date >= lower.isoformat())
        if placed is not None:
            stmt = stmt.where(events.c.id.in_(select(event_places.c.event_id).where(*placed, *bounds)))
        yield from conn.execute(stmt.order_by(*order))
        if last:
            break
        upper, span = lower, span * (2 if placed is not None else 8)  # with a place: read less past the page
        if span > 365 * 200:
            lower = dt.date(1, 1, 1)
            span = (upper - lower).days
    if not since and not until:  # undated events come last
        stmt = select(*columns).where(cond, events.c.date.is_(None))
        if placed is not None:
            stmt = stmt.where(events.c.id.in_(select(event_places.c.event_id).where(*placed, event_places.c.date.is_(None))))
        yield from conn.execute(stmt.order_by(events.c.n.desc()))


def count_statement(q: EventQuery, dialect: str, cap: int | None = None) -> Select[Any]:
    """One statement that counts a query's events; with `cap`, it stops after cap + 1 of them."""
    if _by_place_rows(q):  # one row per event and name: an index range of event_places
        matches: Select[Any] = select(event_places.c.event_id).where(*_place_rows(q))
    elif dialect == "sqlite" and _by_text_rows(q):  # the full-text index alone: its rowids carry the date
        fts = _fts()
        matches = select(fts.c.rowid).where(literal_column("events_fts").op("MATCH")(fts_terms(q.text or "", q.place)))
        lower, upper = _fts_bounds(q)
        if lower is not None:
            matches = matches.where(fts.c.rowid >= lower)
        if upper is not None:
            matches = matches.where(fts.c.rowid < upper)
    else:
        matches = select(events.c.n).where(where(q, dialect))
    if cap is not None:
        matches = matches.limit(cap + 1)
    return select(func.count()).select_from(matches.subquery())


def _by_text_rows(q: EventQuery) -> bool:
    """Whether the full-text index alone answers a query: words, maybe a place and dates, nothing else."""
    return bool(fts_terms(q.text or "", q.place)) and not q.type and not any(
        _lc(v) for v in (q.actor, q.target, q.weapon, q.claimed_by))


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
