"""Incidents: reports of the same happening merged, figures per claimant, disagreements, the official record."""
from __future__ import annotations

import datetime as dt

import pytest
from store_corpus import AIRFORCE_EXCERPT, DEV, gold_events, other_night_report, read_article, second_report

from warwire.importers import import_airforce
from warwire.models import Article, Event, Span
from warwire.store import EventQuery, Store
from warwire.store import incidents as incidents_module

AFP = DEV / "afp-2024-11-30-landmines-drones.txt"
NIGHT = "2024-11-29"


def _afp(store: Store) -> None:
    article = read_article(AFP)
    store.add_article(article, gold_events(AFP, article))


def _drone_incident(store: Store, date: str = NIGHT) -> dict:
    found = [i for i in store.query_incidents(EventQuery(type="air_attack", since=date, until=date, limit=1000))
             if i["weapon"] == "drone" and i["actor"] == "Russia"]
    assert len(found) == 1, found
    incident = store.get_incident(found[0]["id"])
    assert incident is not None
    return incident


def test_two_reports_of_one_night_are_one_incident_with_a_disagreement(store: Store) -> None:
    _afp(store)
    store.add_article(*second_report())
    incident = _drone_incident(store)
    assert incident["n_sources"] == 2 and len(incident["events"]) == 2
    shot_down = incident["counts"]["intercepted"]
    assert (shot_down["low"], shot_down["high"]) == (85, 88) and shot_down["disagreement"]
    assert incident["disagreement"] and incident["disagreements"][0]["key"] == "intercepted"
    assert not incident["counts"]["launched"]["disagreement"]  # both say 132
    assert sorted(incident["by_claimant"]["Ukrainian Air Force"]["intercepted"]) == [85, 88]
    why = incident["explanation"]
    assert "same type air_attack" in why and f"{NIGHT} and {NIGHT} within a day" in why and "Russia" in why
    summary = [i for i in store.query_incidents(EventQuery(type="air_attack")) if i["id"] == incident["id"]][0]
    assert summary["sources"] == 2 and summary["disagreement"] is True
    assert summary["counts"]["intercepted"] == {"low": 85, "best": summary["counts"]["intercepted"]["best"], "high": 88}


def test_different_nights_stay_apart(store: Store) -> None:
    _afp(store)
    store.add_article(*other_night_report())
    first, other = _drone_incident(store), _drone_incident(store, "2024-12-01")
    assert first["id"] != other["id"]
    assert first["n_sources"] == other["n_sources"] == 1
    assert not first["disagreement"]


def test_every_report_stays_in_exactly_one_incident(store: Store) -> None:
    _afp(store)
    store.add_article(*second_report())
    store.add_article(*other_night_report())
    events = store.query_events(EventQuery(limit=1000))
    assert all(e["incident_id"] for e in events)
    incidents = store.query_incidents(EventQuery(limit=1000))
    assert sum(i["events"] for i in incidents) == len(events)
    before = {e["id"]: e["incident_id"] for e in events}
    assert store.rebuild_incidents() == len(incidents)
    after = {e["id"]: e["incident_id"] for e in store.query_events(EventQuery(limit=1000))}
    assert after == before  # merging from scratch agrees with merging as reports arrived


def test_the_air_force_record_joins_the_news_incident(store: Store) -> None:
    _afp(store)
    store.add_article(*second_report())
    result = import_airforce(store, AIRFORCE_EXCERPT)
    assert result.events_added > 0
    incident = _drone_incident(store)
    record = [e for e in incident["events"] if str(AIRFORCE_EXCERPT) in e["article"]["source"]]
    news = [e for e in incident["events"] if e["article"]["source"] == str(AFP)]
    assert len(record) == 1 and len(news) == 1
    for ev in record + news:
        assert {k: ev["counts"][k] for k in ("launched", "intercepted", "lost")} == \
            {"launched": 132, "intercepted": 88, "lost": 41}
        assert ev["claimed_by"] == "Ukrainian Air Force"
    assert incident["n_sources"] == 3 and incident["disagreement"]  # the 85 report still disagrees
    assert incident["counts"]["intercepted"]["best"] == 88  # two sources say 88
    # the neighbouring nights of the record stay their own incidents
    for other in ("2024-11-28", "2024-11-30"):
        assert _drone_incident(store, other)["id"] != incident["id"]


def test_air_stats_lists_each_night_by_weapon_and_claimant(store: Store) -> None:
    _afp(store)
    import_airforce(store, AIRFORCE_EXCERPT)
    rows = store.air_stats(since="2024-11-28", until=NIGHT)
    night = [r for r in rows if r["date"] == NIGHT and r["weapon"] == "drone"
             and r["claimant"] == "Ukrainian Air Force"]
    assert len(night) == 1
    assert (night[0]["launched"], night[0]["intercepted"], night[0]["lost"]) == (132, 88, 41)
    assert {r["date"] for r in rows} <= {"2024-11-28", NIGHT}
    assert [r["date"] for r in rows] == sorted((r["date"] for r in rows), reverse=True)
    assert dt.date.fromisoformat(rows[-1]["date"]) == dt.date(2024, 11, 28)


def _night_report(n: int, day: dt.date, intercepted: int) -> tuple[Article, list[Event]]:
    """Our own one-sentence report number `n` of the night ending `day`."""
    body = (f"Russia fired 132 drones at Ukraine overnight and {intercepted} were shot down, "
            f"the air force said in statement {n}.")
    article = Article(source=f"tests/night-{day}-{n}.txt", body=body, title=f"Drones overnight ({n})", published=day)
    ev = Event(type="air_attack", date=day, date_precision="day", actor="Russia", target="Ukraine", weapon="drone",
               counts={"launched": 132, "intercepted": intercepted}, claimed_by="Ukrainian Air Force",
               evidence=[Span(body, 0, len(body))], article=article.ref())
    return article, [ev]


def test_a_better_match_arriving_later_still_wins(store: Store) -> None:
    night = dt.date(2024, 11, 29)
    store.add_article(*_night_report(1, night, 88))
    # the day before, from the same origin as the report that follows: it may join first, but not keep its place
    before, ev_before = _night_report(2, night - dt.timedelta(days=1), 60)
    store.add_article(before, ev_before, origin="record.csv")
    store.add_article(*_night_report(3, night, 88), origin="record.csv")
    incident = _drone_incident(store)
    assert sorted(e["counts"]["intercepted"] for e in incident["events"]) == [88, 88]
    assert _drone_incident(store, "2024-11-28")["id"] != incident["id"]


def test_a_crowded_day_keeps_every_report(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(incidents_module, "RADIUS", 0)  # each batch merged again on its own day at first
    night = dt.date(2024, 11, 29)
    for start in range(0, 12, 3):
        store.add_articles([_night_report(n, night, 88 if n % 2 else 85) for n in range(start, start + 3)])
    store.add_article(*other_night_report())
    incident = _drone_incident(store)
    assert incident["n_sources"] == 12 and incident["disagreement"]
    assert sorted(incident["by_claimant"]["Ukrainian Air Force"]["intercepted"]) == [85] * 6 + [88] * 6
    shot_down = incident["counts"]["intercepted"]
    assert (shot_down["low"], shot_down["high"], len(shot_down["figures"])) == (85, 88, 12)
    assert f"dates {NIGHT} (12 reports) within a day" in incident["explanation"]
    assert "tally" not in incident  # merging's bookkeeping stays inside the store
    # a new version of one report replaces its figure in the crowd's summary
    article, evs = _night_report(0, night, 90)
    article.source = "tests/night-2024-11-29-0.txt"
    store.add_article(article, evs)
    shot_down = _drone_incident(store)["counts"]["intercepted"]
    assert (shot_down["high"], len(shot_down["figures"])) == (90, 12)
    assert _drone_incident(store, "2024-12-01")["n_sources"] == 1
    events = store.query_events(EventQuery(type="air_attack", limit=100))
    assert len(events) == 13 and all(e["incident_id"] for e in events)
    assert len({e["incident_id"] for e in events}) == 2
    assert store.rebuild_incidents() == 2
