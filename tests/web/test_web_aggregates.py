"""The aggregates the dashboard draws (/api/map, /api/timeline, /api/extent) agree with /api/events under
the same filters, over the dev store."""
from __future__ import annotations

import httpx
import pytest
from web_server import Server  # type: ignore[import-not-found]


@pytest.fixture(scope="module")
def api(server: Server) -> httpx.Client:
    return server.client()


def located_total(api: httpx.Client, **params: str) -> int:
    """Events with coordinates matching the filters, counted through the plain event listing."""
    items = api.get("/api/events", params={**params, "limit": 1000}).json()["items"]
    return sum(1 for e in items if (e.get("location") or {}).get("lat") is not None)


@pytest.mark.parametrize("params", [{}, {"place": "Kherson"}, {"type": "strike"}, {"since": "2024-11-01",
                                                                                   "until": "2024-11-30"}])
def test_map_groups_count_every_located_event_once(api: httpx.Client, params: dict[str, str]) -> None:
    body = api.get("/api/map", params=params).json()
    assert body["truncated"] is False
    assert sum(g["n"] for g in body["groups"]) == located_total(api, **params)
    total = api.get("/api/events", params=params).json()["total"]
    assert sum(g["n"] for g in body["groups"]) + body["unlocated"] == total


def test_map_groups_say_how_precisely_they_are_located(api: httpx.Client) -> None:
    groups = api.get("/api/map").json()["groups"]
    by_name = {(g["name"], g["precision"]) for g in groups}
    assert ("Kyiv", "settlement") in by_name and ("Donetsk Oblast", "admin1") in by_name
    assert {g["precision"] for g in groups} <= {"settlement", "admin1", "raion", "country", "region", "unknown"}


def test_a_place_filter_narrows_every_aggregate(api: httpx.Client) -> None:
    every = api.get("/api/timeline").json()
    kherson = api.get("/api/timeline", params={"place": "Kherson"}).json()
    days = lambda t: sum(sum(d["by_type"].values()) for d in t["days"])  # noqa: E731
    assert 0 < days(kherson) < days(every)
    assert days(kherson) == api.get("/api/events", params={"place": "Kherson"}).json()["total"] - sum(
        1 for e in api.get("/api/events", params={"place": "Kherson", "limit": 1000}).json()["items"] if not e["date"])


def test_timeline_air_figures_per_night_weapon_and_source(api: httpx.Client) -> None:
    air = api.get("/api/timeline", params={"since": "2024-11-29", "until": "2024-11-29"}).json()["air"]
    drone = [r for r in air if r["weapon"] == "drone" and r["source"] == "news"]
    assert drone and drone[0]["launched"] >= 132  # the night's drone wave, read from the news
    assert api.get("/api/timeline", params={"type": "strike"}).json()["air"] == []


def test_extent_opens_on_the_last_30_days_with_data(api: httpx.Client) -> None:
    ext = api.get("/api/extent").json()
    days = {d["date"] for d in api.get("/api/timeline", params={"since": ext["recent_since"]}).json()["days"]}
    assert len(days) == 30 and max(days) == ext["last"] and min(days) == ext["recent_since"]
    assert ext["first"] <= ext["recent_since"] <= ext["last"]
    inc = api.get(f"/api/incidents/{ext['newest_incident']}").json()
    assert inc["date"] == ext["last"]


def test_aggregates_refuse_bad_filters_with_one_line(api: httpx.Client) -> None:
    for path in ("/api/map", "/api/timeline", "/api/extent"):
        resp = api.get(path, params={"since": "yesterday"})
        assert resp.status_code == 422 and "since" in resp.json()["error"]["message"]


@pytest.mark.postgres
def test_aggregates_answer_on_postgresql(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The same aggregates from a PostgreSQL store (its round() takes numerics only)."""
    from web_server import fill_store, start_server, stop_server  # type: ignore[import-not-found]

    from tests.store.store_dbs import pg_schema

    with pg_schema() as url:
        assert fill_store(url) > 0  # type: ignore[arg-type]
        srv = start_server(url, log_path=tmp_path / "serve.log")
        try:
            pg = srv.client()
            groups = pg.get("/api/map").json()["groups"]
            assert groups and all(isinstance(g["lat"], float) for g in groups)
            assert sum(g["n"] for g in groups) == located_total(pg)
            assert pg.get("/api/timeline", params={"place": "Kherson"}).status_code == 200
            assert pg.get("/api/extent").json()["last"]
        finally:
            stop_server(srv)
