"""Keeping the incidents table in step with the events, a batch of new reports at a time.

Merging itself (which events are one happening) lives in `warwire.merge`.
This module finds the stored incidents a new report could join, merges the
batch into them (again from scratch for a small neighbourhood, by joining for
a crowded one) and writes back only the incidents that changed. `recluster`
says how the work stays bounded however large the store grows.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, and_, bindparam, delete, func, or_, select, update

from warwire import merge
from warwire.models import add_days
from warwire.store.claims import event_dict
from warwire.store.schema import claims, events, incidents
from warwire.store.writes import chunks


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _lc(v: str | None) -> str | None:
    return v.strip().lower() if v else None


def load_claims(conn: Connection, event_ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    """Claims of the given events, grouped by event id."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for cond in _in_chunks(claims.c.event_id, event_ids):
        rows = conn.execute(
            select(claims.c.event_id, claims.c.count_key, claims.c.value, claims.c.hedge).where(cond)
        ).mappings()
        for r in rows:
            out[r["event_id"]].append(dict(r))
    return out


# What merging compares, read straight from the event columns (no JSON, no claims).
_MERGE_COLUMNS = (events.c.id, events.c.article_id, events.c.origin, events.c.type, events.c.date,
                  events.c.date_precision, events.c.actor, events.c.target, events.c.weapon, events.c.place,
                  events.c.item, events.c.status, events.c.loc_name, events.c.loc_admin1, events.c.loc_country,
                  events.c.claimed_by, events.c.incident_id)


def _in_chunks(column: Any, values: Iterable[str]) -> list[Any]:
    return [column.in_(chunk) for chunk in chunks(sorted(set(values)))]


def _merge_rows(conn: Connection, conds: list[Any]) -> dict[str, Any]:
    """Event rows (merge columns only) matching any of `conds`, by event id."""
    out: dict[str, Any] = {}
    for cond in conds:
        for row in conn.execute(select(*_MERGE_COLUMNS).where(cond)):
            out[row.id] = row
    return out


def _merge_report(row: Any, counts: dict[str, int], origin: str | None = None) -> merge.Report:
    return merge.Report(
        event_id=row.id, article_id=getattr(row, "article_id", ""), origin=origin or row.origin, type=row.type,
        date=dt.date.fromisoformat(row.date) if row.date else None, date_precision=row.date_precision or "unknown",
        actor=row.actor, target=row.target, weapon=row.weapon, location=row.loc_name, admin1=row.loc_admin1,
        country=row.loc_country, place=row.place, item=row.item, status=row.status, counts=counts,
        claimed_by=row.claimed_by,
    )


def _counts(conn: Connection, event_ids: Iterable[str]) -> dict[str, dict[str, int]]:
    """The figures of the given events (what merging's affinity compares), by event id."""
    return {eid: {c["count_key"]: int(c["value"]) for c in cl} for eid, cl in load_claims(conn, event_ids).items()}


def _full_reports(conn: Connection, event_ids: Iterable[str]) -> dict[str, merge.Report]:
    """The given events as complete merge reports (with hedges and sources), for incident summaries."""
    out: dict[str, merge.Report] = {}
    for cond in _in_chunks(events.c.id, event_ids):
        rows = conn.execute(select(events.c.id, events.c.origin, events.c.data, events.c.incident_id).where(cond)).all()
        cl = load_claims(conn, [r.id for r in rows])
        for r in rows:
            out[r.id] = merge.Report.from_event(event_dict(r.data, r.incident_id, cl.get(r.id, [])), r.origin)
    return out


def _incident_row(iid: str, s: dict[str, Any], now: str) -> dict[str, Any]:
    return {
        "id": iid, "type": s["type"], "date": s["date"], "actor": s["actor"], "target": s["target"],
        "actor_lc": _lc(s["actor"]), "target_lc": _lc(s["target"]),
        "weapon": s["weapon"], "place": s["place"], "n_events": s["n_events"], "n_sources": s["n_sources"],
        "disagreement": int(s["disagreement"]), "summary": json.dumps(s, ensure_ascii=False), "updated_at": now,
    }


def _write(conn: Connection, groups: list[list[merge.Report]], current: dict[str, str | None],
           old_ids: set[str]) -> None:
    """Write re-clustered incidents that changed; groups whose members and id are as stored are left alone."""
    members: dict[str, set[str]] = defaultdict(set)
    for event_id, iid in current.items():
        if iid:
            members[iid].add(event_id)
    changed: list[tuple[str, list[str]]] = []
    keep: set[str] = set()
    for group in groups:
        iid = merge.incident_id(group)
        ids = sorted(r.event_id for r in group)
        if members.get(iid) == set(ids):
            keep.add(iid)
        else:
            changed.append((iid, ids))
    full = _full_reports(conn, (e for _, ids in changed for e in ids))
    now = _now()
    rows = [_incident_row(iid, merge.summarise([full[e] for e in ids]), now) for iid, ids in changed]
    moves = [{"eid": e, "iid": iid} for iid, ids in changed for e in ids if current.get(e) != iid]
    stale = sorted((old_ids | set(members)) - keep)
    for cond in _in_chunks(incidents.c.id, stale):
        conn.execute(delete(incidents).where(cond))
    if rows:
        conn.execute(incidents.insert(), rows)
    _move(conn, moves)


def _move(conn: Connection, moves: list[dict[str, str]]) -> None:
    if moves:
        conn.execute(update(events).where(events.c.id == bindparam("eid")).values(incident_id=bindparam("iid")), moves)


def _signatures(conn: Connection, conds: list[Any]) -> list[Any]:
    """One row per incident and distinct merge signature among the events matching `conds`, with one event id
    and a count: six hundred identical reports of one happening are one row here."""
    cols = [c for c in _MERGE_COLUMNS if c.name not in ("id", "article_id", "origin")]
    out: list[Any] = []
    for cond in conds:
        out += conn.execute(select(*cols, func.min(events.c.id).label("id"), func.count().label("n"))
                            .where(cond, events.c.incident_id.is_not(None)).group_by(*cols)).all()
    return out


def _stand_in(row: Any, counts: dict[str, int]) -> merge.Report:
    """A report standing for every event of its incident with its signature (its origins are checked apart)."""
    return _merge_report(row, counts, origin=f"incident:{row.incident_id}")


def _refresh(conn: Connection, stale: set[str]) -> None:
    """Rewrite incidents that lost reports (a new version replaced their article) from the reports they keep."""
    now = _now()
    for iid in sorted(stale):
        ids = list(conn.execute(select(events.c.id).where(events.c.incident_id == iid)).scalars())
        conn.execute(delete(incidents).where(incidents.c.id == iid))
        if ids:
            full = _full_reports(conn, ids)
            conn.execute(incidents.insert(), [_incident_row(iid, merge.summarise([full[e] for e in sorted(ids)]), now)])


def _stored_tallies(conn: Connection, incident_ids: list[str]) -> dict[str, tuple[merge.Tally, int]]:
    """Stored incidents' tallies and sizes, from their summaries (or their reports, for older summaries)."""
    out: dict[str, tuple[merge.Tally, int]] = {}
    for cond in _in_chunks(incidents.c.id, incident_ids):
        for iid, summary, n in conn.execute(select(incidents.c.id, incidents.c.summary, incidents.c.n_events)
                                            .where(cond)):
            tally = merge.Tally.from_summary(json.loads(summary))
            if tally is None:
                ids = sorted(conn.execute(select(events.c.id).where(events.c.incident_id == iid)).scalars())
                full = _full_reports(conn, ids)
                tally = merge.Tally.of([full[e] for e in ids])
            out[iid] = (tally, n)
    return out


def _grow(conn: Connection, groups: list[list[merge.Report]], incident_of: dict[str, str], fresh: set[str]) -> None:
    """Write incidents that new reports joined: stored reports stay where they are, summaries are added up."""
    plans = []
    for group in groups:
        olds = sorted({incident_of[r.event_id] for r in group if r.event_id in incident_of})
        news = sorted(r.event_id for r in group if r.event_id in fresh)
        if news or len(olds) > 1:
            plans.append((group, olds, news))
    full = _full_reports(conn, (e for _, _, news in plans for e in news))
    stored = _stored_tallies(conn, sorted({i for _, olds, _ in plans for i in olds}))
    now = _now()
    rows, moves, gone = [], [], []
    for group, olds, news in plans:
        tally = merge.Tally.of([full[e] for e in news]) if news else None
        if olds:
            iid = min(olds, key=lambda i: (-stored[i][1], i))  # the biggest keeps its id: fewest reports move
            total = stored[iid][0]
            for other in olds:
                if other != iid:
                    total.add(stored[other][0])
                    conn.execute(update(events).where(events.c.incident_id == other).values(incident_id=iid))
            if tally is not None:
                total.add(tally)
            tally = total
            gone += olds
        else:
            iid = merge.incident_id(group)
        rows.append(_incident_row(iid, tally.summary(), now))  # type: ignore[union-attr]
        moves += [{"eid": e, "iid": iid} for e in news]
    for cond in _in_chunks(incidents.c.id, gone):
        conn.execute(delete(incidents).where(cond))
    if rows:
        conn.execute(incidents.insert(), rows)
    _move(conn, moves)


# Past this many stored reports around a batch, new reports join the stored incidents as they stand instead
# of re-scoring them all: a day with hundreds of reports of one happening must not cost the square of them.
RESCORE_LIMIT = 200
# A run (one type's reports on days each within a day of the next) up to this many reports is merged again
# whole, from scratch, whenever a report joins or leaves it: its incidents are then exactly those of merging
# every report at once, whatever order they arrived in. Past it, the bounded neighbourhood above is used.
# (Storing 3,000 articles: 166 articles/s without this, 92 at 500, 63 at 2,000; see the README.)
EXACT_LIMIT = 500
RUN_WINDOW = 32  # days of dates read at first when finding a run's ends (doubled until both ends are found)


def recluster(conn: Connection, new_event_ids: Iterable[str], stale_incidents: Iterable[str] = ()) -> int:
    """Merge new reports into the incidents around them; incidents that lost reports are merged again too.

    Merging is best-first over pairs within a day of each other, so which incidents a report ends in depends
    only on the *run* it belongs to: the reports of its type on days that follow each other with no gap of
    more than a day. A run of up to EXACT_LIMIT reports is merged again whole, from scratch, each time it
    changes: the result is the same whatever order (or batches, or concurrent writers) the reports came in,
    and the same as `rebuild`. A longer run (a type reported every night for months) falls back to the
    bounded neighbourhood of `_recluster_near`, which depends on arrival order. Returns how many incidents
    were looked at.
    """
    stale = set(stale_incidents)
    seeds: dict[str, set[str]] = defaultdict(set)  # type -> days whose run must be merged again
    for cond in _in_chunks(incidents.c.id, stale):
        for etype, summary in conn.execute(select(incidents.c.type, incidents.c.summary).where(cond)):
            tally = json.loads(summary).get("tally") or {}
            for d in tally.get("dates", {}):
                if _is_day(d):  # the days next to a report that left can merge differently now
                    seeds[etype] |= {add_days(dt.date.fromisoformat(d), k).isoformat() for k in (-1, 0, 1)}
    if stale:
        _refresh(conn, stale)
    fresh = _merge_rows(conn, _in_chunks(events.c.id, new_event_ids))
    for row in fresh.values():
        if row.date:
            seeds[row.type].add(row.date)
    exact_days: dict[str, set[str]] = defaultdict(set)
    for etype, days in seeds.items():
        for run in _runs(conn, etype, days):
            if run is not None:
                exact_days[etype] |= set(run)
    looked = 0
    if exact_days:
        conds = [cond for etype, days in exact_days.items()
                 for chunk in chunks(sorted(days)) for cond in [and_(events.c.type == etype, events.c.date.in_(chunk))]]
        rows = _merge_rows(conn, conds)
        undated = {eid: row for eid, row in fresh.items() if not row.date}
        rows.update(undated)
        counts = _counts(conn, rows)
        reports = [_merge_report(row, counts.get(eid, {})) for eid, row in sorted(rows.items())]
        groups = merge.cluster(reports)
        current = {eid: row.incident_id for eid, row in rows.items()}
        _write(conn, groups, current, {iid for iid in current.values() if iid})
        looked += len(groups)
        fresh = {eid: row for eid, row in fresh.items() if eid not in rows}
    if fresh:
        looked += _recluster_near(conn, fresh)
    return looked + len(stale)


def _runs(conn: Connection, etype: str, days: set[str]) -> list[list[str] | None]:
    """The runs of `etype` holding these days, each as its list of days, or None for a run past EXACT_LIMIT."""
    days = {d for d in days if _is_day(d)}
    out: list[list[str] | None] = []
    while days:
        seed = min(days)
        window = RUN_WINDOW
        while True:
            lo = add_days(dt.date.fromisoformat(seed), -window).isoformat()
            hi = add_days(dt.date.fromisoformat(max(days)), window).isoformat()
            per_day: dict[str, int] = dict(conn.execute(select(events.c.date, func.count()).where(
                events.c.type == etype, events.c.date >= lo, events.c.date <= hi).group_by(events.c.date)).all())
            run = _run_of(seed, per_day)
            size = sum(per_day[d] for d in run)
            if size > EXACT_LIMIT:
                run_days, result = run, None
                break
            open_end = (run and (run[0] <= lo or run[-1] >= hi)) and (lo > "0001-01-01" or hi < "9999-12-31")
            if not open_end:
                run_days, result = run, run
                break
            window *= 2
        out.append(result)
        days -= set(run_days) | {seed}
    return out


def _run_of(seed: str, per_day: dict[str, int]) -> list[str]:
    """The days holding reports that follow each other (no gap over a day) around `seed`, in order."""
    if seed not in per_day:
        return []
    run = [seed]
    day = dt.date.fromisoformat(seed)
    for step in (-1, 1):
        d = day
        while True:
            d = add_days(d, step)
            if d == day or d.isoformat() not in per_day:
                break
            run.append(d.isoformat())
            if d in (dt.date.min, dt.date.max):
                break
    return sorted(run)


def _is_day(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return True


def _recluster_near(conn: Connection, fresh: dict[str, Any]) -> int:
    """New reports of long runs: merged with the stored incidents they could join, a bounded neighbourhood.

    The neighbourhood of a batch is every stored incident holding a report some
    new report could be merged with (same type, within a day, nothing in
    conflict), found from the distinct signatures of the reports of those days.
    Up to RESCORE_LIMIT stored reports, the neighbourhood is merged again from scratch
    with the new reports, best pairs first, so a better match arriving later can
    still win. A larger one keeps its incidents whole: new reports join them,
    and their summaries are added up rather than recomputed. Either way the work
    per batch is bounded by the batch and its neighbourhood, however large the
    store.
    """
    newcomers = [_merge_report(row, {}) for _, row in sorted(fresh.items())]
    days: dict[str, set[str]] = defaultdict(set)
    for r in newcomers:
        if r.date:
            days[r.type] |= {add_days(r.date, k).isoformat() for k in (-1, 0, 1)}
    window = _signatures(conn, [and_(events.c.type == t, events.c.date.in_(sorted(ds))) for t, ds in days.items()])
    incident_of = {row.id: row.incident_id for row in window}
    near = merge.neighbours([_stand_in(row, {}) for row in window], newcomers)
    touched = sorted({incident_of[eid] for eid in near})
    size = sum(conn.execute(select(incidents.c.n_events).where(or_(*_in_chunks(incidents.c.id, touched))))
               .scalars()) if touched else 0
    if size <= RESCORE_LIMIT:
        settled = _merge_rows(conn, _in_chunks(events.c.incident_id, touched))
        counts = _counts(conn, [*fresh, *settled])
        reports = [_merge_report(row, counts.get(eid, {})) for eid, row in sorted({**settled, **fresh}.items())]
        groups = merge.cluster(reports)
        _write(conn, groups, {eid: row.incident_id for eid, row in {**settled, **fresh}.items()}, set(touched))
        return len(groups)
    members = _signatures(conn, _in_chunks(events.c.incident_id, touched))
    counts = _counts(conn, [*fresh, *(row.id for row in members)])
    for r in newcomers:
        r.counts = counts.get(r.event_id, {})
    stand_ins: dict[str, list[merge.Report]] = defaultdict(list)
    for row in members:
        stand_ins[row.incident_id].append(_stand_in(row, counts.get(row.id, {})))
    origins = {r.origin for r in newcomers}
    taken: dict[str, set[str]] = defaultdict(set)
    for cond in _in_chunks(events.c.incident_id, touched):
        for iid, origin in conn.execute(select(events.c.incident_id, events.c.origin).distinct()
                                        .where(cond, events.c.origin.in_(sorted(origins)))):
            taken[iid].add(origin)
    order = sorted(stand_ins)
    groups = merge.attach([stand_ins[i] for i in order], newcomers, [taken[i] for i in order])
    _grow(conn, groups, {row.id: row.incident_id for row in members}, set(fresh))
    return len(groups)


def rebuild(conn: Connection) -> int:
    """Re-merge every stored event from scratch, a run at a time; returns the number of incidents.

    A run of up to EXACT_LIMIT reports is merged whole, as `recluster` merges it when it changes, so an
    incrementally built store and a rebuilt one hold the same incidents. A longer run is merged a day at a
    time in date order, so only a few days of it are in memory at once.
    """
    conn.execute(delete(incidents))
    conn.execute(update(events).values(incident_id=None))
    for etype in sorted(conn.execute(select(events.c.type).distinct()).scalars()):
        per_day: dict[str | None, int] = dict(conn.execute(select(events.c.date, func.count()).where(events.c.type == etype)
                                    .group_by(events.c.date)).all())
        undated = per_day.pop(None, 0)
        if undated:
            ids = list(conn.execute(select(events.c.id).where(events.c.type == etype, events.c.date.is_(None)))
                       .scalars())
            for i in range(0, len(ids), 5000):
                recluster(conn, ids[i:i + 5000])
        for run in _all_runs(sorted(d for d in per_day if d is not None and _is_day(d))):
            if sum(per_day[d] for d in run) <= EXACT_LIMIT:
                parts = [run]
            else:
                parts = [[d] for d in run]
            for days in parts:
                ids = [eid for chunk in chunks(days) for eid in conn.execute(
                    select(events.c.id).where(events.c.type == etype, events.c.date.in_(chunk))).scalars()]
                for i in range(0, len(ids), 5000):
                    recluster(conn, ids[i:i + 5000])
    return int(conn.execute(select(func.count()).select_from(incidents)).scalar_one())


def _all_runs(days: list[str]) -> list[list[str]]:
    """Sorted days cut into runs: a new run starts after a gap of more than a day."""
    runs: list[list[str]] = []
    for d in days:
        if runs and add_days(dt.date.fromisoformat(runs[-1][-1]), 1).isoformat() >= d:
            runs[-1].append(d)
        else:
            runs.append([d])
    return runs
