"""Merging a window again after a change gives exactly the incidents of merging every report at once (Hypothesis)."""
from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from warwire.merge import Remerged, Report, _near_pairs, cluster, compatible, remerge

DAY = dt.date(2024, 11, 20)


@st.composite
def reports(draw: st.DrawFn) -> list[Report]:
    """Reports of a week that agree in part: many compete for each incident, some chains run the whole week."""
    n = draw(st.integers(1, 36))
    ids = draw(st.permutations(range(n)))  # ids decide ties: drawn, not in the order of the days
    out: list[Report] = []
    for k in range(n):
        if out and draw(st.integers(0, 3)) == 0:  # a retelling of an earlier report, maybe by the same origin
            told = draw(st.sampled_from(out))
            out.append(dataclasses.replace(told, event_id=f"e{ids[k]:03d}", article_id=f"a{k}",
                                           origin=draw(st.sampled_from([f"o{k}", told.origin]))))
            continue
        offset = draw(st.one_of(st.integers(0, 7), st.none()))
        precision = draw(st.sampled_from(["day", "day", "day", "month"]))
        out.append(Report(
            event_id=f"e{ids[k]:03d}", article_id=f"a{k}", origin=draw(st.sampled_from([f"o{k}", f"o{k}", "o1", "o2"])),
            type=draw(st.sampled_from(["air_attack", "air_attack", "strike"])),
            date=None if offset is None else DAY + dt.timedelta(days=offset), date_precision=precision,
            actor=draw(st.sampled_from([None, "Russia", "Ukraine"])), weapon=draw(st.sampled_from([None, "drone", "missile"])),
            location=draw(st.sampled_from([None, "Kyiv", "kyiv ", "Odesa", "Bucha", "Kyiv Oblast"])),
            admin1=draw(st.sampled_from([None, "Kyiv Oblast", "Kyiv", "Odesa Oblast"])),
            country=draw(st.sampled_from([None, "UA", "UA", "RU"])),
            claimed_by=draw(st.sampled_from([None, "Ukrainian Air Force", "Russian Defence Ministry"])),
            counts=draw(st.sampled_from([{}, {"launched": 40}, {"launched": 50}, {"launched": 40, "intercepted": 30}])),
        ))
    return out


@settings(max_examples=300, deadline=None)
@given(rs=reports())
def test_every_compatible_pair_is_found(rs: list[Report]) -> None:
    found = {frozenset((a.event_id, b.event_id)) for a, b in _near_pairs((), rs)}
    assert found == {frozenset((a.event_id, b.event_id)) for i, a in enumerate(rs) for b in rs[i + 1:]
                     if compatible(a, b)}
    half = len(rs) // 2  # and between settled reports and newcomers, the settled ones never paired together
    found = {frozenset((a.event_id, b.event_id)) for a, b in _near_pairs(rs[:half], rs[half:])}
    assert found == {frozenset((a.event_id, b.event_id)) for i, a in enumerate(rs) for j, b in enumerate(rs)
                     if i < j and j >= half and compatible(a, b)}


def incidents(groups: list[list[Report]]) -> set[frozenset[str]]:
    return {frozenset(r.event_id for r in g) for g in groups}


def window_of(rs: list[Report], lo: dt.date, hi: dt.date) -> list[Report]:
    return [r for r in rs if r.date and lo <= r.date <= hi]


@settings(max_examples=600, deadline=None)
@given(rs=reports(), data=st.data())
def test_a_window_merged_again_gives_the_incidents_of_merging_everything(rs: list[Report], data: st.DataObject) -> None:
    changed = data.draw(st.lists(st.sampled_from(rs), unique_by=lambda r: r.event_id, min_size=1), label="changed")
    added = {r.event_id for r in changed if data.draw(st.booleans())}
    removed = {r.event_id for r in changed} - added
    old = [r for r in rs if r.event_id not in added]
    new = [r for r in rs if r.event_id not in removed]
    stored = {r.event_id: min(g, key=lambda x: x.event_id).event_id for g in cluster(old) for r in g}
    days = [r.date for r in changed if r.date]
    lo = min(days, default=DAY) - dt.timedelta(days=data.draw(st.integers(0, 3)))
    hi = max(days, default=DAY) + dt.timedelta(days=data.draw(st.integers(0, 3)))
    while True:
        near = [r for r in old if r.date and (r.date == lo - dt.timedelta(days=1) or r.date == hi + dt.timedelta(days=1))]
        reaching = {stored[r.event_id] for r in near}
        outside = near + [r for r in old if stored[r.event_id] in reaching and r not in near
                          and not (r.date and lo <= r.date <= hi)]
        got = remerge(window_of(old, lo, hi), window_of(new, lo, hi), outside, stored)
        if isinstance(got, Remerged):
            break
        assert got.date is not None and not lo <= got.date <= hi  # it names a report past the window
        lo, hi = min(lo, got.date - dt.timedelta(days=1)), max(hi, got.date + dt.timedelta(days=1))
    untouched = [r for r in new if r.event_id not in got.inside and r.event_id not in added]
    kept: dict[str, set[str]] = {}
    for r in untouched:
        kept.setdefault(stored[r.event_id], set()).add(r.event_id)
    undated_new = [[r] for r in new if r.event_id in added and r.date is None]
    assert {frozenset(m) for m in kept.values()} | incidents(got.incidents) | incidents(undated_new) == \
        incidents(cluster(new))


def test_a_report_at_the_end_of_a_chain_of_nights_reaches_as_far_as_the_chain_flips() -> None:
    # one outlet's nightly report, each night also told the next day by another outlet that agrees with both
    nights = [Report(event_id=f"e{k:02d}", article_id=f"a{k}", origin=f"o{k}", type="air_attack",
                     date=DAY + dt.timedelta(days=k), date_precision="day", actor="Russia", weapon="drone")
              for k in range(12)]
    old = nights[1:]
    stored = {r.event_id: min(g, key=lambda x: x.event_id).event_id for g in cluster(old) for r in g}
    lo = hi = nights[0].date
    reached = []
    while True:
        assert lo is not None and hi is not None
        near = [r for r in old if r.date in (lo - dt.timedelta(days=1), hi + dt.timedelta(days=1))]
        got = remerge(window_of(old, lo, hi), window_of(nights, lo, hi), near, stored)
        if isinstance(got, Remerged):
            break
        reached.append(got.event_id)
        hi = got.date
    # pairs of nights flip all along the chain: the window grew to its end, one night at a time
    assert reached == [f"e{k:02d}" for k in range(1, 12)]
    assert incidents(got.incidents) == incidents(cluster(nights))


def test_reports_alike_from_different_origins_are_one_incident_before_anything_else() -> None:
    def told(eid: str, origin: str, **kw: object) -> Report:
        return Report(event_id=eid, article_id=eid, origin=origin, type="air_attack", date=DAY, date_precision="day",
                      actor="Russia", weapon="drone", counts={"launched": 40}, **kw)  # type: ignore[arg-type]

    # e1 and e3 tell the same from two outlets. e0, from e3's outlet, names a place they do not: it agrees with
    # e1 as much as e3 does and comes first by its id, so pair by pair it would take e1 and leave e3 alone; the
    # retelling is merged first instead. e2 is e1's outlet telling it again: it cannot join them, but e0.
    wire = [told("e1", "o1"), told("e3", "o3"), told("e0", "o3", place="Kharkiv"), told("e2", "o1")]
    assert incidents(cluster(wire)) == {frozenset({"e1", "e3"}), frozenset({"e0", "e2"})}
