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
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from warwire.models import add_days, content_hash

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
    return attach([], reports)


def attach(incidents: Sequence[Sequence[Report]], newcomers: Sequence[Report],
           taken: Sequence[set[str]] = ()) -> list[list[Report]]:
    """Merge new reports into existing incidents (kept whole) and with each other, best-matching pairs first.

    Only pairs with a newcomer in them are scored, so the work grows with the
    new reports times their neighbours, never with the square of a busy day.
    An incident may be given by representatives of its reports; `taken` then
    lists, per incident, origins its other reports come from. Returns every
    incident: the existing ones (grown or not) and the new ones.
    """
    group_of: dict[str, _Group] = {}
    for i, members in enumerate(incidents):
        if not members:
            continue
        group = _Group(members[0])
        for r in members[1:]:
            group.absorb(_Group(r))
        if i < len(taken):
            group.origins |= taken[i]
        for r in members:
            group_of[r.event_id] = group
    for r in newcomers:
        group_of[r.event_id] = _Group(r)
    for _score, ia, ib in _candidate_pairs([r for g in incidents for r in g], newcomers):
        ga, gb = group_of[ia], group_of[ib]
        if ga is gb or not ga.accepts(gb):
            continue
        ga.absorb(gb)
        for r in gb.members:
            group_of[r.event_id] = ga
    seen: set[int] = set()
    groups: list[list[Report]] = []
    for r in [*(r for g in incidents for r in g), *newcomers]:
        g = group_of[r.event_id]
        if id(g) not in seen:
            seen.add(id(g))
            groups.append(sorted(g.members, key=lambda x: x.event_id))
    return groups


def _near_pairs(settled: Sequence[Report], newcomers: Sequence[Report]) -> Iterator[tuple[Report, Report]]:
    """Compatible (newcomer, settled) and (newcomer, newcomer) pairs; undated reports never merge."""
    by_day: dict[tuple[str, dt.date], list[Report]] = {}
    for r in settled:
        if r.date:
            by_day.setdefault((r.type, r.date), []).append(r)
    fresh = sorted(((r, r.date) for r in newcomers if r.date), key=lambda rd: (rd[0].type, rd[1], rd[0].event_id))
    for i, (a, day) in enumerate(fresh):
        near = [b for k in (-1, 0, 1) for b in by_day.get((a.type, add_days(day, k)), ())]
        for b, other_day in fresh[i + 1:]:
            if b.type != a.type or (other_day - day).days > 1:
                break
            near.append(b)
        yield from ((a, b) for b in near if compatible(a, b))


def neighbours(settled: Sequence[Report], newcomers: Sequence[Report]) -> set[str]:
    """The settled reports some newcomer could be merged with."""
    new = {r.event_id for r in newcomers}
    return {b.event_id for _a, b in _near_pairs(settled, newcomers) if b.event_id not in new}


def _candidate_pairs(settled: Sequence[Report], newcomers: Sequence[Report]) -> list[tuple[int, str, str]]:
    """Every compatible pair with a newcomer in it, as (affinity, id, id), best first."""
    pairs = [(affinity(a, b), min(a.event_id, b.event_id), max(a.event_id, b.event_id))
             for a, b in _near_pairs(settled, newcomers)]
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    return pairs


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


SUMMARY_FIELDS = ("actor", "target", "weapon", "place")


@dataclass
class Tally:
    """Everything an incident's summary is computed from. Tallies add up, so an incident that grows is
    summarised from its stored summary plus its new reports, without reading its old reports again."""

    type: str
    n_events: int = 0
    figures: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    by_claimant: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    articles: set[str] = field(default_factory=set)
    origins: set[str] = field(default_factory=set)
    sources: set[str] = field(default_factory=set)
    dates: Counter[str] = field(default_factory=Counter)  # ISO day, or "undated"
    fields: dict[str, Counter[str]] = field(default_factory=lambda: {f: Counter() for f in SUMMARY_FIELDS})

    @classmethod
    def of(cls, group: Sequence[Report]) -> Tally:
        """The tally of some reports (of one type)."""
        tally = cls(type=group[0].type)
        for r in group:
            tally.n_events += 1
            for key, value in r.counts.items():
                tally.figures.setdefault(key, []).append(
                    {"value": value, "hedge": r.hedges.get(key), "claimant": r.claimant,
                     "event_id": r.event_id, "source": r.source})
                tally.by_claimant.setdefault(r.claimant, {}).setdefault(key, []).append(value)
            tally.by_claimant.setdefault(r.claimant, {})
            tally.articles.add(r.article_id)
            tally.origins.add(r.origin)
            tally.sources.add(r.source)
            tally.dates[r.date.isoformat() if r.date else "undated"] += 1
            for name, named in zip(SUMMARY_FIELDS, (r.actor, r.target, r.weapon, r.location or r.place),
                                   strict=True):
                if named:
                    tally.fields[name][named] += 1
        return tally

    @classmethod
    def from_summary(cls, summary: dict[str, Any]) -> Tally | None:
        """The tally a stored summary was made from (None for a summary written before tallies were kept)."""
        kept = summary.get("tally")
        if not kept:
            return None
        return cls(
            type=summary["type"], n_events=summary["n_events"],
            figures={k: list(c["figures"]) for k, c in summary["counts"].items()},
            by_claimant={c: {k: list(v) for k, v in figs.items()} for c, figs in summary["by_claimant"].items()},
            articles=set(kept["articles"]), origins=set(kept["origins"]), sources=set(summary["sources"]),
            dates=Counter(kept["dates"]), fields={f: Counter(kept["fields"].get(f, {})) for f in SUMMARY_FIELDS},
        )

    def add(self, other: Tally) -> None:
        """Fold another tally (of other reports of the same happening) into this one."""
        self.n_events += other.n_events
        for key, figures in other.figures.items():
            self.figures.setdefault(key, []).extend(figures)
        for claimant, by_key in other.by_claimant.items():
            side = self.by_claimant.setdefault(claimant, {})
            for key, values in by_key.items():
                side.setdefault(key, []).extend(values)
        self.articles |= other.articles
        self.origins |= other.origins
        self.sources |= other.sources
        self.dates.update(other.dates)
        for name in SUMMARY_FIELDS:
            self.fields[name].update(other.fields[name])

    def summary(self) -> dict[str, Any]:
        """The incident's summary: sources, figures per claimant, low/best/high, disagreements, why merged."""
        counts: dict[str, Any] = {}
        disagreements: list[dict[str, Any]] = []
        for key in sorted(self.figures):
            figures = sorted(self.figures[key], key=lambda f: f["event_id"])
            values = [int(f["value"]) for f in figures]
            ranges = [_interval(f["value"], f["hedge"]) for f in figures]
            disagree = max(lo for lo, _ in ranges) > min(hi for _, hi in ranges)
            counts[key] = {"low": min(values), "best": _best(figures), "high": max(values),
                           "disagreement": disagree, "figures": figures}
            if disagree:
                disagreements.append({"key": key, "figures": [
                    {"claimant": f["claimant"], "value": f["value"], "hedge": f["hedge"], "source": f["source"]}
                    for f in figures]})
        dated = {d: n for d, n in self.dates.items() if d != "undated"}
        return {
            "type": self.type,
            "date": min(dated, key=lambda d: (-dated[d], d)) if dated else None,
            **{name: _most_common(self.fields[name]) for name in SUMMARY_FIELDS},
            "n_events": self.n_events,
            "n_sources": len(self.articles),
            "sources": sorted(self.sources),
            "claimants": sorted(self.by_claimant),
            "counts": counts,
            "by_claimant": {c: {k: sorted(v) for k, v in sorted(figs.items())} for c, figs in sorted(self.by_claimant.items())},
            "disagreement": bool(disagreements),
            "disagreements": disagreements,
            "explanation": self.explain(),
            "tally": {"articles": sorted(self.articles), "origins": sorted(self.origins),
                      "dates": dict(sorted(self.dates.items())),
                      "fields": {name: dict(sorted(self.fields[name].items())) for name in SUMMARY_FIELDS}},
        }

    def explain(self) -> str:
        """Why these events were merged, in words an analyst can check."""
        if self.n_events == 1:
            return "a single report: no other event of the same type, date, actor, weapon and place"
        parts = [f"same type {self.type}"]
        if self.n_events <= 6:  # few reports: each one's date
            dates = [d for d in sorted(self.dates) for _ in range(self.dates[d])]
            parts.append(f"dates {', '.join(dates[:-1])} and {dates[-1]} within a day")
        else:
            parts.append("dates " + ", ".join(f"{d} ({n} reports)" for d, n in sorted(self.dates.items()))
                         + " within a day")
        for name in SUMMARY_FIELDS:
            named = sorted(self.fields[name])
            if named:
                silent = self.n_events - sum(self.fields[name].values())
                parts.append(f"{name} {' / '.join(named)}" + (f" ({silent} report(s) silent)" if silent else ""))
        parts.append(f"from {len(self.origins)} different sources")
        return "; ".join(parts)


def summarise(group: Sequence[Report]) -> dict[str, Any]:
    """The incident's summary: sources, figures per claimant, low/best/high, disagreements, why merged."""
    return Tally.of(group).summary()


def _most_common(values: Counter[str]) -> str | None:
    return min(values, key=lambda v: (-values[v], v)) if values else None
