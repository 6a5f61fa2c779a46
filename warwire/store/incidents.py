"""Keeping the incidents table in step with the events: re-cluster the neighbourhood of new reports.

Merging itself (which events are one happening) lives in `warwire.merge`;
this module loads the events near a new report, re-runs the clustering over
them and writes the resulting incidents back.
"""
from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Connection, and_, bindparam, delete, or_, select, update

from warwire import merge
from warwire.store.claims import event_dict
from warwire.store.schema import claims, events, incidents


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _lc(v: str | None) -> str | None:
    return v.strip().lower() if v else None


def load_claims(conn: Connection, event_ids: list[str]) -> dict[str, list[dict[str, Any]]]:
    """Claims of the given events, grouped by event id."""
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for i in range(0, len(event_ids), 500):
        chunk = event_ids[i:i + 500]
        rows = conn.execute(
            select(claims.c.event_id, claims.c.count_key, claims.c.value, claims.c.hedge)
            .where(claims.c.event_id.in_(chunk))
        ).mappings()
        for r in rows:
            out[r["event_id"]].append(dict(r))
    return out


def _reports(conn: Connection, where: Any) -> tuple[list[merge.Report], dict[str, str | None]]:
    """The events matching `where` as merge reports, and the incident each is in now."""
    rows = conn.execute(select(events.c.id, events.c.origin, events.c.data, events.c.incident_id).where(where)).all()
    cl = load_claims(conn, [r.id for r in rows])
    reports = [merge.Report.from_event(event_dict(r.data, r.incident_id, cl.get(r.id, [])), r.origin) for r in rows]
    return reports, {r.id: r.incident_id for r in rows}


def _write(conn: Connection, groups: list[list[merge.Report]], current: dict[str, str | None],
           old_ids: set[str]) -> None:
    """Write the incidents that changed; groups whose members and id are as stored are left alone."""
    members: dict[str, set[str]] = defaultdict(set)
    for event_id, iid in current.items():
        if iid:
            members[iid].add(event_id)
    now = _now()
    rows, moves, keep = [], [], set()
    for group in groups:
        iid = merge.incident_id(group)
        ids = {r.event_id for r in group}
        if members.get(iid) == ids:
            keep.add(iid)
            continue
        s = merge.summarise(group)
        rows.append({
            "id": iid, "type": s["type"], "date": s["date"], "actor": s["actor"], "target": s["target"],
            "actor_lc": _lc(s["actor"]), "target_lc": _lc(s["target"]),
            "weapon": s["weapon"], "place": s["place"], "n_events": s["n_events"], "n_sources": s["n_sources"],
            "disagreement": int(s["disagreement"]), "summary": json.dumps(s, ensure_ascii=False), "updated_at": now,
        })
        moves += [{"eid": e, "iid": iid} for e in sorted(ids) if current.get(e) != iid]
    stale = sorted((old_ids | set(members)) - keep)
    for i in range(0, len(stale), 500):
        conn.execute(delete(incidents).where(incidents.c.id.in_(stale[i:i + 500])))
    if rows:
        conn.execute(incidents.insert(), rows)
    if moves:
        conn.execute(update(events).where(events.c.id == bindparam("eid")).values(incident_id=bindparam("iid")), moves)


def recluster(conn: Connection, new_event_ids: Iterable[str], stale_incidents: Iterable[str] = ()) -> int:
    """Re-merge the events near new reports (and those of incidents that lost reports); returns incidents written."""
    new_ids = list(new_event_ids)
    stale = set(stale_incidents)
    window: list[Any] = []
    if new_ids:
        days: dict[str, set[str]] = defaultdict(set)
        for i in range(0, len(new_ids), 500):
            keys = conn.execute(select(events.c.type, events.c.date)
                                .where(events.c.id.in_(new_ids[i:i + 500])).distinct()).all()
            for etype, date in keys:
                if date is None:
                    continue
                d = dt.date.fromisoformat(date)
                days[etype] |= {(d + dt.timedelta(days=k)).isoformat() for k in (-1, 0, 1)}
        window = [and_(events.c.type == etype, events.c.date.in_(sorted(ds))) for etype, ds in days.items()]
    conds: list[Any] = [events.c.id.in_(new_ids[i:i + 500]) for i in range(0, len(new_ids), 500)]
    conds += window
    touched: set[str] = set(stale)
    if conds:
        touched |= {i for i in conn.execute(select(events.c.incident_id).where(or_(*conds)).distinct()).scalars() if i}
    if not conds and not touched:
        return 0
    member_cond = events.c.incident_id.in_(sorted(touched)) if touched else None
    all_conds = conds + ([member_cond] if member_cond is not None else [])
    reports, current = _reports(conn, or_(*all_conds))
    groups = merge.cluster(reports)
    _write(conn, groups, current, touched)
    return len(groups)


def rebuild(conn: Connection) -> int:
    """Re-merge every stored event from scratch; returns the number of incidents."""
    conn.execute(delete(incidents))
    conn.execute(update(events).values(incident_id=None))
    total = 0
    for (etype,) in conn.execute(select(events.c.type).distinct()).all():
        reports, _ = _reports(conn, events.c.type == etype)
        groups = merge.cluster(reports)
        _write(conn, groups, {r.event_id: None for r in reports}, set())
        total += len(groups)
    return total
