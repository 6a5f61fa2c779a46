"""Keeping the incidents table in step with the events, a batch of new reports at a time.

Merging itself (which events are one happening) lives in `warwire.merge`. This module finds the
days around a batch that the batch can change, merges them again (`merge.remerge`), widening the
window wherever the change reaches further, and writes back only the incidents that changed. The
stored incidents are therefore always those of merging every stored event at once (`rebuild`),
whatever order, batches or writers the events came in; `recluster` says why the work stays bounded.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, select, update

from warwire import merge
from warwire.models import add_days
from warwire.store.claims import event_dict
from warwire.store.schema import MERGE_COLUMNS, claims, events, incidents
from warwire.store.writes import Dropped, chunks


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


def _in_chunks(column: Any, values: Iterable[str]) -> list[Any]:
    return [column.in_(chunk) for chunk in chunks(sorted(set(values)))]


def _merge_rows(conn: Connection, conds: list[Any]) -> dict[str, Any]:
    """Event rows (merge columns only) matching any of `conds`, by event id."""
    out: dict[str, Any] = {}
    for cond in conds:
        for row in conn.execute(select(*MERGE_COLUMNS).where(cond)):
            out[row.id] = row
    return out


def _merge_report(row: Any, counts: dict[str, int]) -> merge.Report:
    return merge.Report(
        event_id=row.id, article_id=row.article_id, origin=row.origin, type=row.type,
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


def _write(conn: Connection, groups: list[list[merge.Report]], current: dict[str, str | None]) -> None:
    """Write re-merged incidents that changed; groups whose members and id are as stored are left alone.

    `current` holds the stored incident of every report of `groups` and of every report removed since (None
    for a new one). An old incident that still holds other reports (a store written by an earlier version,
    whose incidents `rebuild` has not made exact) is summarised again from those.
    """
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
    rows = _summaries(conn, changed, current, members)
    moves = [{"eid": e, "iid": iid} for iid, ids in changed for e in ids if current.get(e) != iid]
    stale = sorted(set(members) - keep)
    for cond in _in_chunks(incidents.c.id, stale):
        conn.execute(delete(incidents).where(cond))
    if rows:
        conn.execute(incidents.insert(), rows)
    _move(conn, moves)
    left: set[str] = set()
    for cond in _in_chunks(events.c.incident_id, stale):
        left |= set(conn.execute(select(events.c.incident_id).distinct().where(cond)).scalars())
    _refresh(conn, left - {iid for iid, _ in changed})


def _summaries(conn: Connection, changed: list[tuple[str, list[str]]], current: dict[str, str | None],
               members: dict[str, set[str]]) -> list[dict[str, Any]]:
    """Incident rows for the changed groups. A stored incident a group holds whole adds up from its stored tally
    (its reports are not read again: an incident of six hundred retellings gaining one reads one)."""
    held: list[tuple[str, set[str], list[str]]] = []  # each group: its id, its reports, the incidents it holds whole
    for iid, ids in changed:
        group = set(ids)
        olds = {i for e in ids if (i := current.get(e))}
        held.append((iid, group, sorted(i for i in olds if members[i] <= group)))
    stored: dict[str, merge.Tally] = {}
    for cond in _in_chunks(incidents.c.id, (i for _, _, whole in held for i in whole)):
        for iid, summary, n in conn.execute(select(incidents.c.id, incidents.c.summary, incidents.c.n_events)
                                            .where(cond)):
            tally = merge.Tally.from_summary(json.loads(summary))
            if tally is not None and n == len(members[iid]):  # every report of the incident is in the group
                stored[iid] = tally
    plans: list[tuple[str, list[str], list[str]]] = []  # each group: its id, the tallies it adds, the reports to read
    for iid, group, whole in held:
        added = [i for i in whole if i in stored]
        plans.append((iid, added, sorted(group.difference(*(members[i] for i in added)))))
    full = _full_reports(conn, (e for _, _, rest in plans for e in rest))
    now = _now()
    rows = []
    for iid, added, rest in plans:
        tallies = [stored[i] for i in added] + ([merge.Tally.of([full[e] for e in rest])] if rest else [])
        total = tallies[0]
        for other in tallies[1:]:
            total.add(other)
        rows.append(_incident_row(iid, total.summary(), now))
    return rows


def _move(conn: Connection, moves: list[dict[str, str]]) -> None:
    if moves:
        conn.execute(update(events).where(events.c.id == bindparam("eid")).values(incident_id=bindparam("iid")), moves)


def _refresh(conn: Connection, stale: set[str]) -> None:
    """Rewrite incidents from the reports they hold now (only an incident of an earlier version's store can be
    left holding reports outside a change)."""
    now = _now()
    for iid in sorted(stale):
        ids = list(conn.execute(select(events.c.id).where(events.c.incident_id == iid)).scalars())
        conn.execute(delete(incidents).where(incidents.c.id == iid))
        if ids:
            full = _full_reports(conn, ids)
            conn.execute(incidents.insert(), [_incident_row(iid, merge.summarise([full[e] for e in sorted(ids)]), now)])


# Days on each side of a changed day merged again at first; the window widens wherever the change reaches further.
RADIUS = 1
REBUILD_BATCH = 2000  # reports merged in at a time by `rebuild` (a day is never split)


@dataclass
class _Change:
    """One batch as merging sees it: the rows of its new reports and of the reports it removed."""

    fresh: dict[str, Any]
    gone: dict[str, Any] = field(default_factory=dict)
    gone_counts: dict[str, dict[str, int]] = field(default_factory=dict)


def recluster(conn: Connection, new_event_ids: Iterable[str], dropped: Dropped | None = None) -> int:
    """Merge new reports into the incidents, and take removed ones out; returns how many incidents were written
    or confirmed.

    The stored incidents are always exactly those `merge.cluster` gives for every stored event at once: the
    same whatever order, batches or concurrent writers the events came in, and the same as `rebuild`. Merging
    pairs only reports of one type within a day of each other, so a change spreads from day to day, if at all.
    The days a batch changes are merged again with a day on each side (`merge.remerge`), against the stored
    incidents of the reports just outside; if the change could reach one of those, the window widens past it
    and is merged again. The work per batch grows with how far its change spreads (a few days, in practice),
    not with the size of the store or the length of a run of days; a crowded day costs its distinct reports
    (retellings count once) each time a batch touches it.
    """
    dropped = dropped or Dropped()
    change = _Change(fresh=_merge_rows(conn, _in_chunks(events.c.id, new_event_ids)),
                     gone={row.id: row for row in dropped.rows}, gone_counts=dropped.counts)
    seeds: dict[str, set[dt.date]] = defaultdict(set)
    groups: list[list[merge.Report]] = []
    current: dict[str, str | None] = {}  # the incident each report in reach of the change was in (new: None)
    for row in [*change.fresh.values(), *change.gone.values()]:
        if row.date:
            seeds[row.type].add(dt.date.fromisoformat(row.date))
        elif row.id in change.gone:  # an undated report never merges: its incident was itself alone
            current[row.id] = row.incident_id
        else:
            groups.append([_merge_report(row, {})])
            current[row.id] = None
    for etype in sorted(seeds):
        for remerged, stored in _remerge_type(conn, etype, seeds[etype], change):
            groups += remerged.incidents
            current.update({e: stored[e] for e in remerged.inside})
    _write(conn, groups, current)
    return len(groups)


def _remerge_type(conn: Connection, etype: str, days: set[dt.date],
                  change: _Change) -> list[tuple[merge.Remerged, dict[str, str | None]]]:
    """Merge again the windows of one type around the changed days, each widened until the change stays inside."""
    todo = _spans([(add_days(d, -RADIUS), add_days(d, RADIUS)) for d in days])
    done: list[tuple[tuple[dt.date, dt.date], merge.Remerged, dict[str, str | None]]] = []
    while todo:
        lo, hi = todo.pop()
        got, stored = _remerge_span(conn, etype, lo, hi, change)
        if isinstance(got, merge.Remerged):
            done.append(((lo, hi), got, stored))
            continue
        assert got.date is not None  # only dated reports are ever paired
        reach = max(1, (hi - lo).days // 2)  # past the report reached, by half the window again
        wider = (add_days(got.date, -reach), hi) if got.date < lo else (lo, add_days(got.date, reach))
        near = [s for s in [*todo, *(span for span, _, _ in done)] if s[0] <= add_days(wider[1], 1)
                and wider[0] <= add_days(s[1], 1)]
        todo = [s for s in todo if s not in near] + _spans([wider, *near])
        done = [d for d in done if d[0] not in near]
    return [(remerged, stored) for _, remerged, stored in done]


def _spans(spans: list[tuple[dt.date, dt.date]]) -> list[tuple[dt.date, dt.date]]:
    """Spans of days joined where they overlap or touch."""
    out: list[tuple[dt.date, dt.date]] = []
    for lo, hi in sorted(spans):
        if out and lo <= add_days(out[-1][1], 1):
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _remerge_span(conn: Connection, etype: str, lo: dt.date, hi: dt.date,
                  change: _Change) -> tuple[merge.Remerged | merge.Report, dict[str, str | None]]:
    """Merge one window of days again (see `merge.remerge`); also returns the stored incident of each report read."""
    first, last, lo_day, hi_day = (d.isoformat() for d in (add_days(lo, -1), add_days(hi, 1), lo, hi))
    rows = [r for r in conn.execute(select(*MERGE_COLUMNS).where(
        events.c.type == etype, events.c.date >= first, events.c.date <= last))
        if r.incident_id or r.id in change.fresh]  # an event with no incident yet is not merged yet (rebuild)
    rows += [r for r in change.gone.values() if r.type == etype and r.date and first <= r.date <= last]
    inside = [r for r in rows if lo_day <= r.date <= hi_day]
    near = [r for r in rows if not lo_day <= r.date <= hi_day]
    reaching = {r.incident_id for r in near}  # incidents of the days just outside may reach further
    seen = {r.id for r in rows}
    extra = [r for r in _merge_rows(conn, _in_chunks(events.c.incident_id, reaching)).values() if r.id not in seen]
    extra += [r for r in change.gone.values() if r.incident_id in reaching and r.id not in seen]
    counts = {**_counts(conn, [r.id for r in rows + extra if r.id not in change.gone]), **change.gone_counts}
    reports = {r.id: _merge_report(r, counts.get(r.id, {})) for r in rows + extra}
    stored = {r.id: r.incident_id for r in rows + extra}
    got = merge.remerge(
        [reports[r.id] for r in inside if r.id not in change.fresh],
        [reports[r.id] for r in inside if r.id not in change.gone],
        [reports[r.id] for r in near + extra],
        {e: iid for e, iid in stored.items() if iid},
    )
    return got, stored


def rebuild(conn: Connection) -> int:
    """Merge every stored event again from scratch; returns the number of incidents.

    The events are merged in again as `recluster` merges new ones, a type at a time in date order and about
    REBUILD_BATCH reports at a time, so memory stays bounded; the result is that of merging them all at once.
    """
    conn.execute(delete(incidents))
    conn.execute(update(events).values(incident_id=None))
    for etype in sorted(conn.execute(select(events.c.type).distinct()).scalars()):
        per_day = conn.execute(select(events.c.date, func.count()).where(events.c.type == etype)
                               .group_by(events.c.date).order_by(events.c.date)).all()
        batch: list[str | None] = []
        size = 0
        for day, n in [*((d, n) for d, n in per_day if d is None), *((d, n) for d, n in per_day if d is not None)]:
            batch.append(day)
            size += n
            if size >= REBUILD_BATCH:
                _merge_days(conn, etype, batch)
                batch, size = [], 0
        if batch:
            _merge_days(conn, etype, batch)
    return int(conn.execute(select(func.count()).select_from(incidents)).scalar_one())


def _merge_days(conn: Connection, etype: str, days: list[str | None]) -> None:
    dated = [d for d in days if d is not None]
    conds = [events.c.date.in_(chunk) for chunk in chunks(dated)]  # type: ignore[arg-type]
    if None in days:
        conds.append(events.c.date.is_(None))
    ids = [eid for cond in conds for eid in conn.execute(select(events.c.id).where(events.c.type == etype, cond))
           .scalars()]
    for i in range(0, len(ids), 5 * REBUILD_BATCH):
        recluster(conn, ids[i:i + 5 * REBUILD_BATCH])
