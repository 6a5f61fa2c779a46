"""The event store: articles and their events in, filtered events and incidents out.

One `Store` wraps one SQLAlchemy engine (SQLite or PostgreSQL); all writes go
through `with_retry`, one transaction per article.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, Engine, and_, delete, func, select, true

from warwire import merge
from warwire.models import Article, Event, clean_text
from warwire.store import incidents as inc
from warwire.store.claims import event_dict
from warwire.store.engine import display_url, with_retry
from warwire.store.queries import (
    EventQuery,
    count_statement,
    day,
    newest,
    page,
    scan_by_date_slices,
    scan_text_sqlite,
    where,
)
from warwire.store.schema import articles, claims, events, feed_state, incidents
from warwire.store.writes import AddResult, Pending, add_batch, chunks


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


# Sources that hold many articles (JSON lines, feeds, stdin, the write API): no identity of an article on their own.
CONTAINERS = re.compile(r"\.(jsonl|ndjson|json|xml|rss|atom)(\.(gz|zst))?$|^-$|^api$", re.I)


def version_key(article: Article) -> str:
    """What identifies 'the same article' across edits, so a new version replaces the old one.

    Only the source can say two texts are versions of one article: the same URL, or the same id given by
    the caller (the API's or a JSON object's `id`, within its source), or the same single-article file.
    An article without any of these from a source of many (JSON lines, stdin, the API) is its own
    identity (its content hash): it never replaces another, whatever its title.
    """
    if article.url:
        return article.url
    if article.key:
        return f"{article.source}#id={article.key}"
    if not article.source or CONTAINERS.search(article.source):
        return f"{article.source}#{article.id}"
    return article.source


class Store:
    """Articles, events, claims and incidents in one database."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self.url = display_url(str(engine.url))

    # -- writing -----------------------------------------------------------------------------------------

    def add_article(self, article: Article, events_: list[Event], *, origin: str | None = None,
                    version_key_: str | None = None) -> AddResult:
        """Store one article and its events in one transaction; idempotent by content-hash ids."""
        return self.add_articles([(article, events_)], origin=origin, version_key_=version_key_)[0]

    def add_articles(self, items: list[tuple[Article, list[Event]]], *, origin: str | None = None,
                     version_key_: str | None = None) -> list[AddResult]:
        """Store several articles in one transaction (faster for bulk loads); incidents merged once at the end."""
        prepared = []
        for article, events_ in items:
            ref = article.ref()
            for ev in events_:
                if ev.article is None or ev.article.id != ref.id:
                    ev.article = ref  # event ids hash the article id: attach before anything reads them
            prepared.append((article, events_, version_key_ or version_key(article), origin or ref.id))

        def work(conn: Connection) -> list[AddResult]:
            batch = [Pending(a, evs, key, orig) for a, evs, key, orig in prepared]  # fresh on each retry
            results, added, dropped = add_batch(conn, batch)
            inc.recluster(conn, added, dropped)
            return results

        return with_retry(self.engine, work)

    def rebuild_incidents(self) -> int:
        """Re-merge every event into incidents from scratch; returns how many incidents there are."""
        return with_retry(self.engine, inc.rebuild)

    # -- reading -----------------------------------------------------------------------------------------

    def _event_dicts(self, conn: Connection, rows: Sequence[Any]) -> list[dict[str, Any]]:
        cl = inc.load_claims(conn, [r.id for r in rows])
        return [event_dict(r.data, r.incident_id, cl.get(r.id, [])) for r in rows]

    def query_events(self, q: EventQuery) -> list[dict[str, Any]]:
        """Events matching the query in contract form plus incident_id, newest first."""
        limit, offset = page(q)
        cols = [events.c.id, events.c.data, events.c.incident_id]
        with self.engine.connect() as conn:
            if q.text and q.text.strip():
                # a text plan swings with how common the words are: read the newest matches first
                scan = scan_text_sqlite if self.dialect == "sqlite" else scan_by_date_slices
                rows: Sequence[Any] = list(itertools.islice(scan(conn, q, cols), offset, offset + limit))
            else:
                rows = newest(conn, q, cols)
            return self._event_dicts(conn, rows)

    def iter_events(self, q: EventQuery, batch: int = 2000) -> Iterator[dict[str, Any]]:
        """Every event matching the query (limit and offset ignored), newest first, undated last.

        Rows are read through one streaming cursor, `batch` at a time with their claims, so an
        export of a million events holds one batch in memory, never the whole result.
        """
        cols = [events.c.id, events.c.data, events.c.incident_id]
        with self.engine.connect().execution_options(stream_results=True, yield_per=batch) as conn:
            cond = where(q, self.dialect)
            for dated in (True, False):
                if not dated and (day(q.since, "since") or day(q.until, "until")):
                    break  # a date range holds no undated event
                stmt = (select(*cols).where(cond, events.c.date.isnot(None))
                        .order_by(events.c.date.desc(), events.c.n.desc()) if dated else
                        select(*cols).where(cond, events.c.date.is_(None)).order_by(events.c.n.desc()))
                with self.engine.connect() as claims_conn:  # a streaming cursor's connection runs nothing else
                    for part in conn.execute(stmt).partitions(batch):
                        yield from self._event_dicts(claims_conn, part)

    def count_events(self, q: EventQuery, cap: int | None = None) -> int:
        """How many events match the query (limit and offset ignored); with `cap`, at most cap + 1 are counted,
        so a caller can say "more than cap" without the cost of counting them all."""
        with self.engine.connect() as conn:
            return int(conn.execute(count_statement(q, self.dialect, cap)).scalar_one())

    def _newest_events(self, conn: Connection, q: EventQuery, columns: list[Any]) -> Iterator[Any]:
        """Rows of the events matching a query, newest first, read a page at a time however many match."""
        if q.text and q.text.strip():
            # a text plan swings with how common the words are: read the newest matches first
            yield from (scan_text_sqlite if self.dialect == "sqlite" else scan_by_date_slices)(conn, q, columns)
            return
        offset, size = 0, 200
        while True:
            rows = newest(conn, dataclasses.replace(q, limit=size, offset=offset), columns)
            yield from rows
            if len(rows) < size:
                return
            offset, size = offset + size, min(size * 2, 5000)

    def query_incidents(self, q: EventQuery) -> list[dict[str, Any]]:
        """Incidents with at least one event matching the query, newest first, as summaries."""
        limit, offset = page(q)
        stmt = select(incidents.c.id, incidents.c.summary).where(_incident_where(q))
        with self.engine.connect() as conn:
            if _by_events(q):
                # place, claimant and words differ between an incident's events: walk the matching events newest
                # first and keep their incidents, until the page is full (a few spare: dates can differ by a day)
                def kept(ids: list[str]) -> list[str]:  # those passing the incident's own filters
                    return list(conn.execute(select(incidents.c.id).where(incidents.c.id.in_(ids), _incident_where(q)))
                                .scalars())

                need, wanted, seen, batch = offset + limit + 20, [], set(), []
                for row in self._newest_events(conn, _event_side(q), [events.c.incident_id]):
                    if row.incident_id and row.incident_id not in seen:
                        seen.add(row.incident_id)
                        batch.append(row.incident_id)
                        if len(batch) >= 200:
                            wanted += kept(batch)
                            batch = []
                            if len(wanted) >= need:
                                break
                wanted += kept(batch) if batch else []
                stmt = stmt.where(incidents.c.id.in_(wanted))
            stmt = stmt.order_by(incidents.c.date.desc(), incidents.c.id).limit(limit).offset(offset)
            return [_incident_summary(r.id, json.loads(r.summary)) for r in conn.execute(stmt).all()]

    def count_incidents(self, q: EventQuery, cap: int | None = None) -> int:
        """How many incidents `query_incidents` pages through (limit and offset ignored; `cap` as count_events)."""
        matches = select(incidents.c.id).where(_incident_where(q))
        if _by_events(q):  # the incidents of the matching events
            matches = matches.where(incidents.c.id.in_(
                select(events.c.incident_id).where(where(_event_side(q), self.dialect))))
        if cap is not None:
            matches = matches.limit(cap + 1)
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(matches.subquery())).scalar_one())

    def get_incident(self, incident_id: str) -> dict[str, Any] | None:
        """One incident: every source event, figures per claimant, low/best/high, disagreements, why merged."""
        incident_id = clean_text(incident_id)
        with self.engine.connect() as conn:
            row = conn.execute(select(incidents).where(incidents.c.id == incident_id)).first()
            if row is None:
                return None
            evs = conn.execute(select(events.c.id, events.c.data, events.c.incident_id)
                               .where(events.c.incident_id == incident_id)
                               .order_by(events.c.date, events.c.id)).all()
            out = {"id": incident_id, **json.loads(row.summary)}
            out.pop("tally", None)  # merging's bookkeeping: the events below say the same
            out["events"] = self._event_dicts(conn, evs)
            return out

    def get_article(self, article_id: str) -> dict[str, Any] | None:
        """An article with its body and its current events (for evidence highlighting)."""
        article_id = clean_text(article_id)
        with self.engine.connect() as conn:
            row = conn.execute(select(articles).where(articles.c.id == article_id)).mappings().first()
            if row is None:
                return None
            evs = conn.execute(select(events.c.id, events.c.data, events.c.incident_id)
                               .where(events.c.article_id == article_id).order_by(events.c.n)).all()
            out = {k: row[k] for k in ("id", "source", "url", "title", "published", "dateline", "agency",
                                       "language", "outlet", "body", "superseded_by", "added_at")}
            out["events"] = self._event_dicts(conn, evs)
            return out

    def stored_articles(self, article_ids: Iterable[str]) -> set[str]:
        """Which of these exact articles (by content-hash id) are stored already."""
        wanted = sorted(set(article_ids))
        found: set[str] = set()
        with self.engine.connect() as conn:
            for chunk in chunks(wanted):
                found |= set(conn.execute(select(articles.c.id).where(articles.c.id.in_(chunk))).scalars())
        return found

    def has_article_url(self, url: str) -> bool:
        """Whether an article from this URL (or source) is stored already."""
        url = clean_text(url)
        with self.engine.connect() as conn:
            stmt = select(articles.c.id).where((articles.c.url == url) | (articles.c.source == url)).limit(1)
            return conn.execute(stmt).first() is not None

    def air_stats(self, since: str | dt.date | None = None, until: str | dt.date | None = None) -> list[dict[str, Any]]:
        """Per night: launched / intercepted / lost by weapon and claimant, one row per incident and claimant."""
        q = EventQuery(type="air_attack", since=since, until=until)
        stmt = (select(incidents.c.id, incidents.c.summary)
                .where(_incident_where(q))
                .order_by(incidents.c.date.desc(), incidents.c.weapon))
        out: list[dict[str, Any]] = []
        with self.engine.connect() as conn:
            for row in conn.execute(stmt).all():
                s = json.loads(row.summary)
                for claimant, figures in sorted(s["by_claimant"].items()):
                    if not any(k in figures for k in ("launched", "intercepted", "lost", "hit")):
                        continue
                    out.append({
                        "date": s["date"], "weapon": s["weapon"], "claimant": claimant,
                        **{k: _typical(figures.get(k)) for k in ("launched", "intercepted", "lost", "hit")},
                        "incident_id": row.id,
                    })
        return out

    # -- feeds -------------------------------------------------------------------------------------------

    def get_feed_state(self, feed_url: str) -> dict[str, Any] | None:
        """What a watcher recorded for a feed: etag, last_modified, seen item ids."""
        with self.engine.connect() as conn:
            row = conn.execute(select(feed_state).where(feed_state.c.feed_url == feed_url)).first()
        if row is None:
            return None
        return {"etag": row.etag, "last_modified": row.last_modified, "seen": set(json.loads(row.seen))}

    def set_feed_state(self, feed_url: str, etag: str | None, last_modified: str | None,
                       seen: Iterable[str]) -> None:
        """Record a feed's validators and the item ids seen so far (replaces the previous state)."""
        seen_json = json.dumps(sorted(set(seen)))

        def work(conn: Connection) -> None:
            conn.execute(delete(feed_state).where(feed_state.c.feed_url == feed_url))
            conn.execute(feed_state.insert().values(feed_url=feed_url, etag=etag, last_modified=last_modified,
                                                    seen=seen_json, updated_at=_now()))

        with_retry(self.engine, work)

    # -- lifecycle ---------------------------------------------------------------------------------------

    def stats(self) -> dict[str, int]:
        """Row counts: articles (current and superseded), events, claims, incidents."""
        with self.engine.connect() as conn:
            def n(stmt: Any) -> int:
                return int(conn.execute(stmt).scalar_one())
            return {
                "articles": n(select(func.count()).select_from(articles).where(articles.c.superseded_by.is_(None))),
                "superseded": n(select(func.count()).select_from(articles).where(articles.c.superseded_by.isnot(None))),
                "events": n(select(func.count()).select_from(events)),
                "claims": n(select(func.count()).select_from(claims)),
                "incidents": n(select(func.count()).select_from(incidents)),
            }

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _by_events(q: EventQuery) -> bool:
    """Whether an incident query filters on what differs between an incident's events."""
    return bool(q.place or q.claimed_by or (q.text and q.text.strip()))


def _event_side(q: EventQuery) -> EventQuery:
    """The filters of an incident query that its events must match."""
    return EventQuery(type=q.type, since=q.since, until=q.until, place=q.place, claimed_by=q.claimed_by, text=q.text)


def _incident_where(q: EventQuery) -> Any:
    """The type and date filters of a query, on the incidents table."""
    conds: list[Any] = [true()]
    if q.type:
        conds.append(incidents.c.type == q.type.strip().lower())
    if day(q.since, "since"):
        conds.append(incidents.c.date >= day(q.since, "since"))
    if day(q.until, "until"):
        conds.append(incidents.c.date <= day(q.until, "until"))
    # merged events agree on actor, target and weapon (or are silent), so the incident's own columns answer
    for value, col in ((q.actor, incidents.c.actor_lc), (q.target, incidents.c.target_lc),
                       (q.weapon, incidents.c.weapon)):
        if value and value.strip():
            conds.append(col == value.strip().lower())
    return and_(*conds)


def _typical(values: list[int] | None) -> int | None:
    if not values:
        return None
    return merge._best([{"value": v, "hedge": None} for v in values])


def _incident_summary(iid: str, s: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": iid, "type": s["type"], "date": s["date"], "actor": s["actor"], "target": s["target"],
        "weapon": s["weapon"], "place": s["place"], "sources": s["n_sources"], "events": s["n_events"],
        "claimants": s["claimants"],
        "counts": {k: {"low": c["low"], "best": c["best"], "high": c["high"]} for k, c in s["counts"].items()},
        "disagreement": s["disagreement"],
    }
