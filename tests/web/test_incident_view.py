"""The incident view: two reports of one night side by side, the figure they disagree on marked."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import expect
from web_server import ARTIFACTS, Server, start_server, stop_server  # type: ignore[import-not-found]

from warwire.models import Article, Event, Span
from warwire.store import open_store

NIGHT = dt.date(2025, 3, 7)
# Our own sample reports: the same night, the same claimant, different interception figures.
REPORTS = [
    ("Wire A", "Overnight, Russia launched 120 drones at Ukraine and 80 were shot down, the air force said.",
     {"launched": 120, "intercepted": 80}),
    ("Wire B", "The air force said 120 drones were launched overnight and 95 of them were destroyed.",
     {"launched": 120, "intercepted": 95}),
]


@pytest.fixture(scope="module")
def disputed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    db: Path = tmp_path_factory.mktemp("incident") / "two.db"
    with open_store(str(db)) as store:
        for outlet, body, counts in REPORTS:
            art = Article(source=f"{outlet.lower().replace(' ', '-')}.txt", body=body, title=f"{outlet}: drones",
                          published=NIGHT, outlet=outlet, url=f"https://example.org/{outlet[-1].lower()}")
            ev = Event(type="air_attack", date=NIGHT, date_precision="day", actor="Russia", target="Ukraine",
                       weapon="drone", counts=counts, claimed_by="Ukrainian Air Force",
                       evidence=[Span(body, 0, len(body))])
            store.add_article(art, [ev])
    srv = start_server(db)
    yield srv
    stop_server(srv)


def test_api_reports_the_disagreement(disputed: Server) -> None:
    incidents = httpx.get(disputed.url + "/api/incidents").json()["items"]
    assert len(incidents) == 1 and incidents[0]["sources"] == 2 and incidents[0]["disagreement"]


@pytest.mark.browser
def test_sources_side_by_side_with_the_disagreement_marked(disputed: Server, browser) -> None:
    iid = httpx.get(disputed.url + "/api/incidents").json()["items"][0]["id"]
    page = browser.new_page(viewport={"width": 1300, "height": 900})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    try:
        page.goto(f"{disputed.url}/#incident/{iid}")
        table = page.locator("#detail table.incident")
        table.wait_for(timeout=15000)
        assert page.locator("#detail table.incident thead th").count() == 2 + len(REPORTS)
        head = table.locator("thead").inner_text()
        assert "Wire A" in head and "Wire B" in head
        disputed_row = table.locator("tr.disagree")
        expect(disputed_row).to_have_count(1)
        assert disputed_row.get_attribute("data-key") == "intercepted"
        assert "80" in disputed_row.inner_text() and "95" in disputed_row.inner_text()
        assert table.locator("tr[data-key='launched']").get_attribute("class") == ""
        # each figure opens its own article with the evidence highlighted
        disputed_row.locator("button.figure", has_text="95").click()
        expect(page.locator("#detail .article-body mark")).to_have_text(REPORTS[1][1])
        disputed_row.locator("button.figure", has_text="80").click()
        expect(page.locator("#detail .article-body mark")).to_have_text(REPORTS[0][1])
        page.screenshot(path=str(ARTIFACTS / "incident.png"))
        assert errors == []
    finally:
        page.close()
