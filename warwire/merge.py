"""The same happening told by several reports -> one incident.

Two events can belong to one incident when they have the same type, dates
within a day (day precision; coarser dates must match exactly), compatible
actor, target, weapon, place, item and status (equal, or one side silent),
and come from different origins (an article, or an official record, never
reports one happening twice). Reports that agree on everything merging
compares, from different origins (a wire story carried by many outlets), are
one happening told again: they are merged first. Then candidate pairs are
merged best-first, ties going to the smaller ids, so an event joins the report
that agrees with it most; every event always ends up in exactly one incident,
alone if nothing matches. The incidents depend on the set of reports only,
never on the order they came in.

`cluster` merges a set of reports at once. `remerge` gives the same incidents
for a window of days after reports were added or removed, from the incidents
around it, or says that the change reaches further.
"""
from __future__ import annotations

import datetime as dt
import itertools
import statistics
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
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


_AGREE: dict[str, tuple[int, ...]] = {}  # the positions that must agree, by event type


def _must_agree(kind: str) -> tuple[int, ...]:
    fields = _AGREE.get(kind)
    if fields is None:
        fields = _AGREE[kind] = (ACTOR, TARGET, WEAPON, PLACE, *((ITEM,) if kind in ITEM_TYPES else ()),
                                 *((STATUS,) if kind in STATUS_TYPES else ()))
    return fields


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
        x, y = na[i], nb[i]
        if x is not None and y is not None and x != y:
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

    def __init__(self, r: Report, *alike: Report) -> None:
        """A group of one report, and of any further reports `alike` (retellings: they agree on everything)."""
        self.members = [r, *alike]
        self.origins = {x.origin for x in self.members}
        self.lo = self.hi = r.date
        self.day_precision = r.date_precision == "day"
        self.precisions = {r.date_precision}
        norm = _norm(r)
        self.values = {i: norm[i] for i in _must_agree(r.type) if norm[i] is not None}
        # one report per place told is enough to check places against: six hundred retellings are one
        self.located = {_place(r): r} if (r.location or r.country) else {}

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
        return all(_places_compatible(x, y) for x in self.located.values() for y in other.located.values())

    def absorb(self, other: _Group) -> None:
        self.members += other.members
        self.origins |= other.origins
        self.lo, self.hi = min(self.lo, other.lo), max(self.hi, other.hi)  # type: ignore[type-var]
        self.day_precision = self.day_precision and other.day_precision
        self.precisions |= other.precisions
        self.values.update(other.values)
        self.located.update(other.located)


def _place(r: Report) -> tuple[Any, ...]:
    """What `_places_compatible` reads of a report."""
    norm = _norm(r)
    return r.country, bool(r.location), norm[LOCATION], norm[ADMIN1]


def cluster(reports: Sequence[Report]) -> list[list[Report]]:
    """Group reports into incidents: retellings first, then best-matching pairs, every pair in a group compatible."""
    sets = _retellings(reports)
    groups = _grouped(sets)
    for ia, ib in _best_first(_near_pairs((), [s[0] for s in sets])):  # a set is paired through its first report
        _join(groups, ia, ib)
    return _distinct(groups)


def _signature(r: Report) -> tuple[Any, ...]:
    """Everything merging compares about a report, but its id and origin."""
    cached = r.__dict__.get("_signature")
    if cached is None:
        cached = (r.type, r.date, r.date_precision, _norm(r), r.country, bool(r.location),
                  tuple(sorted(r.counts.items())))
        r.__dict__["_signature"] = cached
    return cached


def _retellings(reports: Iterable[Report]) -> list[list[Report]]:
    """Dated reports that agree on everything merging compares, from different origins: one happening told
    again (a wire story carried by many outlets), merged before anything else. Among reports alike, in order
    of their ids, each origin's first report goes to the first set, its second to the second, and so on.
    Every other report is a set of its own. Each set is listed with its smallest id first."""
    alike: dict[tuple[Any, ...], list[Report]] = {}
    for r in sorted(reports, key=lambda r: r.event_id):
        alike.setdefault(_signature(r) if r.date else (r.event_id,), []).append(r)
    out: list[list[Report]] = []
    for members in alike.values():
        sets: list[list[Report]] = []
        told: Counter[str] = Counter()
        for r in members:
            if told[r.origin] == len(sets):
                sets.append([])
            sets[told[r.origin]].append(r)
            told[r.origin] += 1
        out += sets
    return out


def _grouped(sets: Iterable[list[Report]]) -> dict[str, _Group]:
    """Each set as one group, under the id of every member."""
    groups: dict[str, _Group] = {}
    for members in sets:
        group = _Group(*members)
        groups.update((r.event_id, group) for r in members)
    return groups


@dataclass
class Remerged:
    """What a change does to a window of reports (see `remerge`)."""

    inside: set[str]  # the reports whose incidents the change may have altered (window reports, old and new)
    incidents: list[list[Report]]  # their incidents now: every report of `inside` still there, once


def remerge(before: Sequence[Report], after: Sequence[Report], outside: Sequence[Report],
            incident_of: Mapping[str, str]) -> Remerged | Report:
    """The incidents of a window of reports after some were added or removed, exactly as `cluster` gives them
    for every report at once; or, if the change could reach past the window, a report outside it that the
    change reaches (merge again with a window that holds it).

    `before` and `after` are the reports of the window's days before and after the change; `outside` holds
    every report outside the window that one inside could be paired with, and the other members of their
    incidents. `incident_of` names the incident `cluster` gave each report of `before` and `outside` before
    the change.

    Those incidents tell how every pair fared then: a pair was joined exactly when both its reports ended in
    one incident (incidents only grow, and a larger one accepts less, so a pair refused once is never joined
    later). That replays the old merging exactly, as far as it is needed. The new merging is replayed on the
    window, best pairs first as `cluster` takes them, with each report outside in the incident the old replay
    gives it at that moment. A pair of a report outside and one inside must then fare as it did before, with
    the same incident on the inside: the change has not reached the outside, and the inside incident joins
    it (from then on it is outside too). If the pair fares otherwise, the change reaches past the window.
    """
    window = {r.event_id for r in [*before, *after]}
    by_incident: dict[str, list[Report]] = {}
    for r in outside:
        by_incident.setdefault(incident_of[r.event_id], []).append(r)
    # an incident holds whole sets of retellings, at most one of each kind: its members alike are one set
    outside_sets = {iid: _retellings(members) for iid, members in by_incident.items()}
    old_sets, new_sets, kept = _retellings(before), _retellings(after), [s for v in outside_sets.values() for s in v]
    old = _grouped([*old_sets, *kept])  # the old merging, replayed from its incidents
    new = _grouped(new_sets)  # the new merging of the inside
    old_heads = {s[0].event_id for s in [*old_sets, *kept]}
    new_heads = {s[0].event_id for s in [*new_sets, *kept]}
    out = {r.event_id for r in outside}
    inside_heads = {s[0].event_id: s[0] for s in [*old_sets, *new_sets]}
    joined_outside = ((a[0], b[0]) for sets in outside_sets.values() for i, a in enumerate(sets) for b in sets[i + 1:])
    for ia, ib in _best_first(itertools.chain(_near_pairs([s[0] for s in kept], list(inside_heads.values())),
                                              joined_outside)):
        joined = ia in old_heads and ib in old_heads and incident_of[ia] == incident_of[ib]
        paired = ia in new_heads and ib in new_heads  # the pair is one of the new merging's
        a_out, b_out = ia in out, ib in out
        if not a_out and not b_out:
            if paired:
                _join(new, ia, ib)
        elif not (a_out and b_out):  # one inside, one outside: the new merging must do as the old one did
            inner, outer = (ib, ia) if a_out else (ia, ib)
            now = new[inner] if paired else None
            joins = now is not None and now.accepts(old[outer])
            if joined or joins:
                if not (joined and joins and _ids(old[inner]) == _ids(now)):  # type: ignore[arg-type]
                    return min((r for r in old[outer].members if r.event_id not in window), key=lambda r: r.event_id)
                for r in now.members:  # type: ignore[union-attr]
                    out.add(r.event_id)
                    del new[r.event_id]
        if joined and old[ia] is not old[ib]:
            _absorb(old, ia, ib)
    return Remerged(inside=window - out, incidents=_distinct(new))


class _Day:
    """The reports of one type and day, found by the place they name: two reports naming places apart (neither
    the other's place nor its region) are never compatible, so they are never compared."""

    def __init__(self) -> None:
        self.every: list[Report] = []
        self.unplaced: list[Report] = []
        self.at: dict[str | None, list[Report]] = {}  # by place named
        self.within: dict[str | None, list[Report]] = {}  # by region of the place named

    def add(self, r: Report) -> None:
        self.every.append(r)
        if not r.location:
            self.unplaced.append(r)
            return
        norm = _norm(r)
        self.at.setdefault(norm[LOCATION], []).append(r)
        if norm[ADMIN1]:
            self.within.setdefault(norm[ADMIN1], []).append(r)

    def near(self, r: Report) -> Iterator[Report]:
        """Every report here whose place could be `r`'s (see `_places_compatible`); some maybe twice."""
        if not r.location:
            yield from self.every
            return
        place, region = _norm(r)[LOCATION], _norm(r)[ADMIN1]
        yield from self.unplaced
        yield from self.at.get(place, ())
        if region and region != place:
            yield from self.at.get(region, ())
        if place:
            yield from self.within.get(place, ())


def _near_pairs(settled: Iterable[Report], newcomers: Sequence[Report]) -> Iterator[tuple[Report, Report]]:
    """Compatible (newcomer, settled) and (newcomer, newcomer) pairs, some maybe twice; undated reports never
    merge."""
    days: dict[tuple[str, dt.date], _Day] = {}
    fresh = sorted((r for r in newcomers if r.date), key=lambda r: (r.type, r.date, r.event_id))
    rank = {r.event_id: i for i, r in enumerate(fresh)}  # each pair of newcomers once: from the earlier one
    for r in [*settled, *fresh]:
        if r.date:
            days.setdefault((r.type, r.date), _Day()).add(r)
    for i, a in enumerate(fresh):
        assert a.date is not None
        for k in (-1, 0, 1):
            day = days.get((a.type, add_days(a.date, k)))
            if day is not None:
                yield from ((a, b) for b in day.near(a) if rank.get(b.event_id, len(fresh)) > i and compatible(a, b))


def _best_first(pairs: Iterable[tuple[Report, Report]]) -> list[tuple[str, str]]:
    """Pairs as (smaller id, larger id), best-matching first; ties go by ids, so never by the order reports came in."""
    scored = {(min(a.event_id, b.event_id), max(a.event_id, b.event_id)): affinity(a, b) for a, b in pairs}
    return sorted(scored, key=lambda p: (-scored[p], p))


def _join(groups: dict[str, _Group], ia: str, ib: str) -> None:
    """Merge the incidents of two reports if every pair across them is compatible."""
    if groups[ia] is not groups[ib] and groups[ia].accepts(groups[ib]):
        _absorb(groups, ia, ib)


def _absorb(groups: dict[str, _Group], ia: str, ib: str) -> None:
    ga, gb = groups[ia], groups[ib]
    ga.absorb(gb)
    for r in gb.members:
        groups[r.event_id] = ga


def _ids(group: _Group) -> set[str]:
    return {r.event_id for r in group.members}


def _distinct(groups: dict[str, _Group]) -> list[list[Report]]:
    """Each group once, in the order of its first report, its members sorted by id."""
    seen: dict[int, _Group] = {}
    for g in groups.values():
        seen.setdefault(id(g), g)
    return [sorted(g.members, key=lambda r: r.event_id) for g in seen.values()]


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
