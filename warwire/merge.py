"""The same happening told by several reports -> one incident.

Two events can belong to one incident when they have the same type, dates
within a day (day precision; coarser dates must match exactly), compatible
actor, target, weapon, place, item and status (equal, or one side silent),
and come from different origins (an article, or an official record, never
reports one happening twice). Candidate pairs are merged best-first, so an
event joins the report that agrees with it most; every event always ends up
in exactly one incident, alone if nothing matches.
"""
from __future__ import annotations

import datetime as dt
import statistics
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from warwire.models import content_hash

ITEM_TYPES = {"arms_transfer", "infrastructure_outage", "policy"}
STATUS_TYPES = {"territorial_claim", "arms_transfer", "policy"}
UNATTRIBUTED = "unattributed"


@dataclass
class Report:
    """What merging needs to know about one stored event."""

    event_id: str
    article_id: str
    origin: str
    type: str
    date: dt.date | None
    date_precision: str = "unknown"
    actor: str | None = None
    target: str | None = None
    weapon: str | None = None
    location: str | None = None
    admin1: str | None = None
    country: str | None = None
    place: str | None = None
    item: str | None = None
    status: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    hedges: dict[str, str] = field(default_factory=dict)
    claimed_by: str | None = None
    source: str = ""

    @classmethod
    def from_event(cls, d: dict[str, Any], origin: str) -> Report:
        """Build from an event in contract form plus the origin of its article."""
        loc = d.get("location") or {}
        art = d.get("article") or {}
        date = d.get("date")
        return cls(
            event_id=d["id"], article_id=art.get("id", ""), origin=origin, type=d["type"],
            date=dt.date.fromisoformat(date) if date else None,
            date_precision=d.get("date_precision") or "unknown",
            actor=d.get("actor"), target=d.get("target"), weapon=d.get("weapon"),
            location=loc.get("name"), admin1=loc.get("admin1"), country=loc.get("country"),
            place=d.get("place"), item=d.get("item"), status=d.get("status"),
            counts=dict(d.get("counts") or {}), hedges=dict(d.get("hedges") or {}),
            claimed_by=d.get("claimed_by"), source=art.get("source", ""),
        )

    @property
    def claimant(self) -> str:
        return self.claimed_by or UNATTRIBUTED


def _low(v: str | None) -> str | None:
    return v.strip().lower() if v else None


# The attributes that must agree (or one side be silent), as positions in `Report.norm`.
ACTOR, TARGET, WEAPON, PLACE, ITEM, STATUS, LOCATION, ADMIN1, CLAIMANT = range(9)


def _norm(r: Report) -> tuple[str | None, ...]:
    """The report's attributes lower-cased once (merging compares them many times)."""
    cached = r.__dict__.get("_norm")
    if cached is None:
        cached = tuple(_low(v) for v in (r.actor, r.target, r.weapon, r.place, r.item, r.status, r.location,
                                          r.admin1, r.claimed_by))
        r.__dict__["_norm"] = cached
    return cached


def _must_agree(kind: str) -> tuple[int, ...]:
    fields = [ACTOR, TARGET, WEAPON, PLACE]
    if kind in ITEM_TYPES:
        fields.append(ITEM)
    if kind in STATUS_TYPES:
        fields.append(STATUS)
    return tuple(fields)


def _places_compatible(a: Report, b: Report) -> bool:
    if a.country and b.country and a.country != b.country:
        return False
    if not a.location or not b.location:
        return True
    na, nb = _norm(a), _norm(b)
    return na[LOCATION] in (nb[LOCATION], nb[ADMIN1]) or nb[LOCATION] in (na[LOCATION], na[ADMIN1])


def _dates_close(a: Report, b: Report) -> bool:
    if a.date is None or b.date is None:
        return False
    if a.date_precision == "day" and b.date_precision == "day":
        return abs((a.date - b.date).days) <= 1
    return a.date == b.date and a.date_precision == b.date_precision


def compatible(a: Report, b: Report) -> bool:
    """Could these two events be the same real-world happening?"""
    if a.type != b.type or a.origin == b.origin or not _dates_close(a, b):
        return False
    na, nb = _norm(a), _norm(b)
    for i in _must_agree(a.type):
        if na[i] is not None and nb[i] is not None and na[i] != nb[i]:
            return False
    return _places_compatible(a, b)


def affinity(a: Report, b: Report) -> int:
    """How strongly two compatible events agree: used to merge the closest pairs first."""
    na, nb = _norm(a), _norm(b)
    score = 3 if a.date == b.date else 0
    if na[CLAIMANT] and na[CLAIMANT] == nb[CLAIMANT]:
        score += 2
    for i in (ACTOR, TARGET, WEAPON, LOCATION):
        if na[i] and na[i] == nb[i]:
            score += 1
    for key in set(a.counts) & set(b.counts):
        score += 2 if a.counts[key] == b.counts[key] else -1
    return score


class _Group:
    """A growing incident: its members plus what every newcomer must agree with."""

    def __init__(self, r: Report) -> None:
        self.members = [r]
        self.origins = {r.origin}
        self.lo = self.hi = r.date
        self.day_precision = r.date_precision == "day"
        self.precisions = {r.date_precision}
        self.values = {i: _norm(r)[i] for i in _must_agree(r.type) if _norm(r)[i] is not None}
        self.located = [r] if (r.location or r.country) else []

    def accepts(self, other: _Group) -> bool:
        """Whether every member of `other` is compatible with every member here (checked group-wide)."""
        if self.origins & other.origins:
            return False
        lo, hi = min(self.lo, other.lo), max(self.hi, other.hi)  # type: ignore[type-var]
        if self.day_precision and other.day_precision:
            if (hi - lo).days > 1:  # type: ignore[operator]
                return False
        elif lo != hi or self.precisions != other.precisions:
            return False
        for i, v in other.values.items():
            if self.values.get(i, v) != v:
                return False
        return all(_places_compatible(x, y) for x in self.located for y in other.located)

    def absorb(self, other: _Group) -> None:
        self.members += other.members
        self.origins |= other.origins
        self.lo, self.hi = min(self.lo, other.lo), max(self.hi, other.hi)  # type: ignore[type-var]
        self.day_precision = self.day_precision and other.day_precision
        self.precisions |= other.precisions
        self.values.update(other.values)
        self.located += other.located


def cluster(reports: Sequence[Report]) -> list[list[Report]]:
    """Group reports into incidents: best-matching pairs first, every pair in a group compatible."""
    group_of: dict[str, _Group] = {r.event_id: _Group(r) for r in reports}
    # undated reports never merge, so they stay out of the pair search
    ordered = sorted((r for r in reports if r.date), key=lambda r: (r.type, r.date, r.event_id))
    pairs: list[tuple[int, str, str]] = []
    for i, a in enumerate(ordered):
        for b in ordered[i + 1:]:
            if b.type != a.type or (b.date - a.date).days > 1:  # type: ignore[operator]
                break
            if compatible(a, b):
                pairs.append((affinity(a, b), a.event_id, b.event_id))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    for _score, ia, ib in pairs:
        ga, gb = group_of[ia], group_of[ib]
        if ga is gb or not ga.accepts(gb):
            continue
        ga.absorb(gb)
        for r in gb.members:
            group_of[r.event_id] = ga
    seen: set[int] = set()
    groups: list[list[Report]] = []
    for r in reports:
        g = group_of[r.event_id]
        if id(g) not in seen:
            seen.add(id(g))
            groups.append(sorted(g.members, key=lambda x: x.event_id))
    return groups


def incident_id(group: Iterable[Report]) -> str:
    """A stable id: the hash of the group's smallest event id, so it survives new reports joining."""
    return "inc-" + content_hash("incident", min(r.event_id for r in group))


def _interval(value: int, hedge: str | None) -> tuple[float, float]:
    """The range of true values a (possibly hedged) figure allows."""
    if hedge == "more_than":
        return value + 0.5, float("inf")
    if hedge == "at_least":
        return value, float("inf")
    if hedge == "about":
        return value * 0.9, value * 1.1
    if hedge == "nearly":
        return value * 0.9, value
    if hedge in ("up_to", "at_most"):
        return 0, value
    return value, value


def _best(figures: list[dict[str, Any]]) -> int:
    exact = [f["value"] for f in figures if not f["hedge"]]
    pool = exact or [f["value"] for f in figures]
    common = Counter(pool).most_common()
    top = [v for v, n in common if n == common[0][1]]
    return int(statistics.median_low(sorted(top))) if len(top) > 1 else int(top[0])


def summarise(group: Sequence[Report]) -> dict[str, Any]:
    """The incident's summary: sources, figures per claimant, low/best/high, disagreements, why merged."""
    counts: dict[str, Any] = {}
    disagreements: list[dict[str, Any]] = []
    keys = sorted({k for r in group for k in r.counts})
    for key in keys:
        figures = [
            {"value": r.counts[key], "hedge": r.hedges.get(key), "claimant": r.claimant,
             "event_id": r.event_id, "source": r.source}
            for r in group if key in r.counts
        ]
        values = [int(r.counts[key]) for r in group if key in r.counts]
        ranges = [_interval(r.counts[key], r.hedges.get(key)) for r in group if key in r.counts]
        disagree = max(lo for lo, _ in ranges) > min(hi for _, hi in ranges)
        counts[key] = {"low": min(values), "best": _best(figures), "high": max(values),
                       "disagreement": disagree, "figures": figures}
        if disagree:
            disagreements.append({"key": key, "figures": [
                {"claimant": f["claimant"], "value": f["value"], "hedge": f["hedge"], "source": f["source"]}
                for f in figures]})
    by_claimant: dict[str, dict[str, list[int]]] = {}
    for r in group:
        side = by_claimant.setdefault(r.claimant, {})
        for key, value in r.counts.items():
            side.setdefault(key, []).append(value)
    dates = sorted(r.date for r in group if r.date)
    head = _representative(group)
    return {
        "type": head.type,
        "date": Counter(dates).most_common(1)[0][0].isoformat() if dates else None,
        "actor": _first(r.actor for r in group),
        "target": _first(r.target for r in group),
        "weapon": _first(r.weapon for r in group),
        "place": _first(r.location or r.place for r in group),
        "n_events": len(group),
        "n_sources": len({r.article_id for r in group}),
        "sources": sorted({r.source for r in group}),
        "claimants": sorted({r.claimant for r in group}),
        "counts": counts,
        "by_claimant": by_claimant,
        "disagreement": bool(disagreements),
        "disagreements": disagreements,
        "explanation": explain(group),
    }


def _first(values: Iterable[str | None]) -> str | None:
    found = Counter(v for v in values if v)
    return found.most_common(1)[0][0] if found else None


def _representative(group: Sequence[Report]) -> Report:
    return max(group, key=lambda r: (len(r.counts), r.event_id))


def explain(group: Sequence[Report]) -> str:
    """Why these events were merged, in words an analyst can check."""
    if len(group) == 1:
        return "a single report: no other event of the same type, date, actor, weapon and place"
    parts = [f"same type {group[0].type}"]
    dates = [r.date.isoformat() if r.date else "undated" for r in group]
    parts.append(f"dates {', '.join(dates[:-1])} and {dates[-1]} within a day")
    for label, values in (("actor", [r.actor for r in group]), ("target", [r.target for r in group]),
                          ("weapon", [r.weapon for r in group]),
                          ("place", [r.location or r.place for r in group])):
        named = sorted({v for v in values if v})
        if named:
            silent = sum(1 for v in values if not v)
            parts.append(f"{label} {' / '.join(named)}" + (f" ({silent} report(s) silent)" if silent else ""))
    parts.append(f"from {len({r.origin for r in group})} different sources")
    return "; ".join(parts)
