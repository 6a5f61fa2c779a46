"""The dashboard in headless Chromium: timeline, map, table, evidence, incidents; no console errors."""
from __future__ import annotations

import base64
from collections.abc import Iterator

import httpx
import pytest
from playwright.sync_api import expect
from web_server import ARTIFACTS, Server  # type: ignore[import-not-found]

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def dashboard(server: Server, browser) -> Iterator[tuple[object, list[str]]]:
    """The dashboard loaded once, with every console error and page error collected."""
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console {m.type}: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.on("requestfailed", lambda r: problems.append(f"request failed: {r.url}"))
    page.goto(server.url + "/")
    page.locator("#timeline svg rect.bar").first.wait_for(timeout=15000)
    page.locator("#map circle.marker").first.wait_for(timeout=15000)
    page.locator("#events tbody tr").first.wait_for(timeout=15000)
    yield page, problems
    page.close()


def test_dashboard_loads_without_console_errors(dashboard) -> None:
    page, problems = dashboard
    assert problems == []
    assert page.title().startswith("warwire")


def test_timeline_has_the_night_of_2024_11_29(dashboard) -> None:
    page, _ = dashboard
    launched = page.locator("rect.bar.launched[data-date='2024-11-29'][data-weapon='drone']")
    intercepted = page.locator("rect.bar.intercepted[data-date='2024-11-29'][data-weapon='drone']")
    assert launched.get_attribute("data-value") == "132"
    assert intercepted.get_attribute("data-value") == "88"
    # the bars' heights follow the figures
    h_launched = float(launched.get_attribute("height"))
    h_intercepted = float(intercepted.get_attribute("height"))
    assert h_launched / h_intercepted == pytest.approx(132 / 88, rel=0.02)
    assert "132 launched" in launched.locator("title").text_content()


def test_map_has_markers_for_kherson_and_kyiv(dashboard) -> None:
    page, _ = dashboard
    places = page.eval_on_selector_all("#map circle.marker", "els => els.map(e => e.dataset.place)")
    assert any(p.startswith("Kherson") for p in places), places
    assert "Kyiv" in places, places
    assert page.locator("#map path.land.ua").count() == 1  # the bundled outline, drawn offline


def test_clicking_an_event_shows_its_evidence_sentence(dashboard, server: Server) -> None:
    page, _ = dashboard
    first = httpx.get(server.url + "/api/events", params={"limit": 25}).json()["items"]
    index, ev = next((i, e) for i, e in enumerate(first) if e["evidence"])
    page.locator("#events tbody tr").nth(index).click()
    quote = page.locator("#detail blockquote.evidence-sentence").first
    quote.wait_for(timeout=10000)
    assert quote.text_content() == ev["evidence"][0]["text"]
    mark = page.locator("#detail .article-body mark").first
    mark.wait_for(timeout=10000)
    assert mark.text_content() == ev["evidence"][0]["text"]


def test_clicking_the_kherson_marker_shows_the_strike(dashboard) -> None:
    page, _ = dashboard
    page.locator("#map circle.marker[data-place='Kherson']").first.click()
    page.locator("#detail").get_by_text("Kherson").first.wait_for(timeout=10000)
    detail = page.locator("#detail").inner_text()
    assert "Kherson" in detail


def test_timeline_bar_opens_the_air_attack_and_its_incident(dashboard) -> None:
    page, problems = dashboard
    page.locator("rect.bar.launched[data-date='2024-11-29'][data-weapon='drone']").click()
    page.locator("#detail blockquote.evidence-sentence").first.wait_for(timeout=10000)
    assert "132" in page.locator("#detail").inner_text()
    page.get_by_role("button", name="Compare all sources of this incident").click()
    table = page.locator("#detail table.incident")
    table.wait_for(timeout=10000)
    assert "launched" in table.inner_text() and "132" in table.inner_text()
    page.locator("#detail table.incident button.figure").first.click()
    page.locator("#detail .article-body mark").first.wait_for(timeout=10000)
    assert problems == []


def test_filters_narrow_the_table(dashboard) -> None:
    page, _ = dashboard
    page.select_option("#filters select[name=type]", "territorial_claim")
    page.click("#filters button[type=submit]")
    expect(page.locator("#events tbody tr:not(.t-territorial_claim)")).to_have_count(0)
    expect(page.locator("#events tbody tr.t-territorial_claim").first).to_be_visible()
    assert "Rozdolne" in page.locator("#events tbody").inner_text()
    page.click("#filters button[type=reset]")


def test_dashboard_screenshot(dashboard) -> None:
    page, problems = dashboard
    page.evaluate("window.scrollTo(0, 0)")
    path = ARTIFACTS / "dashboard.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 20_000
    assert problems == []


# A 1x1 PNG: stands in for OpenStreetMap's tiles, so the test never needs the network.
PIXEL = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=")


def test_tiles_are_opt_in_and_lie_under_the_outline(server: Server, browser) -> None:
    page = browser.new_page(viewport={"width": 1400, "height": 1000})
    asked: list[str] = []

    def tile(route) -> None:  # type: ignore[no-untyped-def]
        asked.append(route.request.url)
        route.fulfill(status=200, content_type="image/png", body=PIXEL)

    page.route("https://tile.openstreetmap.org/**", tile)
    try:
        page.goto(server.url + "/")
        page.locator("#map circle.marker").first.wait_for(timeout=15000)
        assert page.locator("#map image").count() == 0 and asked == []
        page.check("#map-tiles")
        expect(page.locator("#map svg.tiled")).to_have_count(1)
        hrefs = page.eval_on_selector_all("#map image", "els => els.map(e => e.getAttribute('href'))")
        assert hrefs and all(h.startswith("https://tile.openstreetmap.org/6/") for h in hrefs)
        expect(page.locator("#map-note")).to_contain_text("OpenStreetMap contributors")
        assert page.locator("#map circle.marker").count() > 0 and page.locator("#map path.land.ua").count() == 1
        page.wait_for_timeout(300)
        assert asked  # the browser fetched tiles (from our stand-in), CSP allowing the tile host
        page.uncheck("#map-tiles")
        assert page.locator("#map image").count() == 0
    finally:
        page.close()


def test_api_docs_load_offline_from_the_package(server: Server, browser) -> None:
    page = browser.new_page()
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("request", lambda r: problems.append(f"off-box request {r.url}")
            if not r.url.startswith(server.url) and not r.url.startswith("data:") else None)
    try:
        page.goto(server.url + "/docs")
        expect(page.get_by_text("/api/events").first).to_be_visible(timeout=20000)
        assert problems == []
    finally:
        page.close()


def test_vendored_assets_carry_their_licences() -> None:
    from warwire.web.app import STATIC

    vendor = STATIC / "vendor"
    for lib in ("swagger-ui", "world-atlas"):
        assert (vendor / lib / "LICENSE").stat().st_size > 100, lib
    assert "public domain" in (vendor / "world-atlas" / "NOTICE").read_text()
    outline = (vendor / "world-atlas" / "ukraine-region.geojson").read_text()
    assert '"code":"UA"' in outline
