"""Aggregates the dashboard draws: events per place for the map, per day and per night's air figures for the
timeline, and the dates the store spans. Each takes the same filters as /api/events, so one filter state
drives the table, the map and the timeline; each answers with counts, never with every event.
"""
from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from sqlalchemy import Connection, Numeric, and_, case, cast, func, literal_column, select

from warwire.store.queries import EventQuery, where
from warwire.store.schema import claims, events
from warwire.web.api import _ERRORS, Filters, _filters, raw_json, store_of

router = APIRouter(prefix="/api", responses=_ERRORS)

MAX_PLACES = 5000  # map groups returned; past it the busiest are kept and `truncated` says so
AIR_KEYS = ("launched", "intercepted", "lost")
RECORD_ORIGIN = "record:"  # events.origin of an imported official record (see warwire.importers)


def _cond(conn: Connection, f: Filters) -> Any:
    q: EventQuery = f.query(limit=1, offset=0)
    return where(q, conn.dialect.name, conn)


def _precision(dialect: str) -> Any:
    """The event's location precision, read from its contract JSON."""
    if dialect == "sqlite":
        return func.json_extract(events.c.data, "$.location.precision")
    return literal_column("(events.data::jsonb -> 'location' ->> 'precision')")


@router.get("/map", summary="Located events grouped by place and type, for the map (the filters of /api/events)")
def map_groups(store: Annotated[Any, Depends(store_of)], f: Annotated[Filters, Depends(_filters)]) -> Any:
    with store.engine.connect() as conn:
        cond = _cond(conn, f)
        n = func.count().label("n")
        # PostgreSQL rounds to decimal places only numerics (round(double precision, int) does not exist).
        lat, lon = func.round(cast(events.c.lat, Numeric), 3), func.round(cast(events.c.lon, Numeric), 3)
        keys = (events.c.type, events.c.loc_name, events.c.loc_admin1, events.c.loc_country, lat, lon)
        # grouped on plain columns only; the precision, inside each event's JSON, is read for one event per group
        stmt = (select(*keys, n, func.max(events.c.date).label("last"), func.max(events.c.n).label("pick"))
                .where(cond, events.c.lat.isnot(None), events.c.lon.isnot(None))
                .group_by(*keys).order_by(n.desc()).limit(MAX_PLACES + 1))
        rows = conn.execute(stmt).all()
        precision = _precisions(conn, [r.pick for r in rows[:MAX_PLACES]])
        unlocated = conn.execute(select(func.count()).select_from(events)
                                 .where(cond, events.c.lat.is_(None))).scalar_one()
    groups = [{"type": r.type, "name": r.loc_name, "admin1": r.loc_admin1, "country": r.loc_country,
               "lat": float(r[4]), "lon": float(r[5]), "precision": precision.get(r.pick) or "unknown",
               "n": int(r.n), "last": r.last} for r in rows[:MAX_PLACES]]
    return raw_json({"groups": groups, "truncated": len(rows) > MAX_PLACES, "unlocated": int(unlocated)})


def _precisions(conn: Connection, numbers: list[int]) -> dict[int, str | None]:
    """The location precision of each event number given, read from the events' contract JSON."""
    prec = _precision(conn.dialect.name)
    out: dict[int, str | None] = {}
    for i in range(0, len(numbers), 500):
        chunk = numbers[i:i + 500]
        out.update({k: v for k, v in conn.execute(select(events.c.n, prec).where(events.c.n.in_(chunk)))})
    return out


@router.get("/timeline", summary="Events per day, and air attacks' launched / intercepted / lost per night, weapon "
            "and source (official record or news), for the timeline (the filters of /api/events)")
def timeline(store: Annotated[Any, Depends(store_of)], f: Annotated[Filters, Depends(_filters)]) -> Any:
    with store.engine.connect() as conn:
        cond = _cond(conn, f)
        days = conn.execute(select(events.c.date, events.c.type, func.count())
                            .where(cond, events.c.date.isnot(None))
                            .group_by(events.c.date, events.c.type).order_by(events.c.date)).all()
        air = _air(conn, f) if f.type in (None, "air_attack") else []
    per_day: dict[str, dict[str, int]] = {}
    for d, t, n in days:
        per_day.setdefault(d, {})[t] = int(n)
    return raw_json({"days": [{"date": d, "by_type": by} for d, by in per_day.items()], "air": air})


def _air(conn: Connection, f: Filters) -> list[dict[str, Any]]:
    """Per night, weapon and source: each figure's largest report per incident, summed over the night's incidents.

    Several reports of one wave are one incident: taking the largest figure within it counts the wave once,
    and summing across incidents counts two waves of one night twice, as they were.
    """
    cond = _cond(conn, f.model_copy(update={"type": "air_attack"}))
    source = case((events.c.origin.like(RECORD_ORIGIN + "%"), "record"), else_="news").label("source")
    weapon = func.coalesce(events.c.weapon, "mixed").label("weapon")
    group = func.coalesce(events.c.incident_id, events.c.id).label("grp")
    inner = (select(events.c.date, weapon, source, group, claims.c.count_key, func.max(claims.c.value).label("v"))
             .select_from(events.join(claims, claims.c.event_id == events.c.id))
             .where(and_(cond, events.c.date.isnot(None), claims.c.count_key.in_(AIR_KEYS)))
             .group_by(events.c.date, weapon, source, group, claims.c.count_key)).subquery()
    rows = conn.execute(select(inner.c.date, inner.c.weapon, inner.c.source, inner.c.count_key, func.sum(inner.c.v))
                        .group_by(inner.c.date, inner.c.weapon, inner.c.source, inner.c.count_key)
                        .order_by(inner.c.date)).all()
    out: dict[tuple[str, str, str], dict[str, Any]] = {}
    for d, w, s, key, v in rows:
        out.setdefault((d, w, s), {"date": d, "weapon": w, "source": s})[key] = int(v)
    return list(out.values())


@router.get("/extent", summary="The first and last dates of stored events (matching the filters), the first of the "
            "30 newest dates that have events, and the newest incident")
def extent(store: Annotated[Any, Depends(store_of)], f: Annotated[Filters, Depends(_filters)]) -> Any:
    with store.engine.connect() as conn:
        cond = _cond(conn, f)
        first = conn.execute(select(func.min(events.c.date)).where(cond)).scalar()
        last = conn.execute(select(func.max(events.c.date)).where(cond)).scalar()
        # the 30th newest date with events: the opening view spans the last 30 days that have data
        recent = conn.execute(select(events.c.date).where(cond, events.c.date.isnot(None)).distinct()
                              .order_by(events.c.date.desc()).limit(30)).scalars().all()
        newest = conn.execute(select(events.c.incident_id).where(cond, events.c.date == last,
                                                                 events.c.incident_id.isnot(None))
                              .order_by(events.c.n.desc()).limit(1)).scalar() if last else None
    return raw_json({"first": first, "last": last, "recent_since": recent[-1] if recent else None,
                     "newest_incident": newest})
