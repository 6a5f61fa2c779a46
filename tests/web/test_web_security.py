"""Writes need the token; hostile article text is stored and shown as text, and never runs."""
from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect
from web_server import ARTIFACTS, Server  # type: ignore[import-not-found]

# Our own hostile sample: every payload sets window.__pwned if it ever executes.
HOSTILE_TITLE = """<img src=x onerror="window.__pwned='title'">Hostile headline in Kharkiv"""
HOSTILE_TEXT = """Russia launched 12 drones at Kharkiv overnight, the Ukrainian Air Force said.
<script>window.__pwned = 'script'</script>
Witnesses saw <img src=x onerror="window.__pwned='img'"> near the station.
Read more: <a href="javascript:window.__pwned='link'">click here</a> or javascript:window.__pwned='bare'.
<svg onload="window.__pwned='svg'"></svg><iframe src="javascript:window.__pwned='iframe'"></iframe>
"""


@pytest.fixture(scope="module")
def hostile(writable_server: Server) -> dict:
    """The hostile article, posted with the right token; its stored form."""
    with writable_server.client() as c:
        resp = c.post("/api/articles", json={"title": HOSTILE_TITLE, "text": HOSTILE_TEXT,
                                             "published": "2024-12-01", "url": "https://example.org/x?a=<b>"},
                      headers={"Authorization": f"Bearer {writable_server.token}"})
        assert resp.status_code == 201, resp.text
        added = resp.json()
        assert added["article_id"] and added["status"]
        art = c.get(f"/api/articles/{added['article_id']}").json()
    return art


def test_write_refuses_a_missing_or_wrong_token(writable_server: Server) -> None:
    body = {"title": "t", "text": "Russia launched 5 drones at Odesa, officials said."}
    with writable_server.client() as c:
        total = c.get("/api/events", params={"limit": 1}).json()["total"]
        for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {writable_server.token}"},
                        {"Authorization": f"Bearer {writable_server.token}x"}, {"Authorization": "Bearer"}):
            resp = c.post("/api/articles", json=body, headers=headers)
            assert resp.status_code == 401, (headers, resp.text)
            assert resp.json()["error"]["code"] == "unauthorized"
            assert resp.headers["www-authenticate"] == "Bearer"
        assert c.get("/api/events", params={"limit": 1}).json()["total"] == total


def test_write_validates_its_body(writable_server: Server) -> None:
    auth = {"Authorization": f"Bearer {writable_server.token}"}
    with writable_server.client() as c:
        for body in ({"title": "no text"}, {"text": ""}, {"text": "x", "url": "javascript:alert(1)"},
                     {"text": "x", "published": "yesterday"}):
            resp = c.post("/api/articles", json=body, headers=auth)
            assert resp.status_code == 422, (body, resp.text)
            assert resp.json()["error"]["code"] == "invalid_request"


def test_hostile_article_is_stored_as_written(hostile: dict) -> None:
    assert hostile["body"].strip() == HOSTILE_TEXT.strip()
    assert hostile["title"] == HOSTILE_TITLE


def test_reposting_the_same_article_adds_nothing(writable_server: Server, hostile: dict) -> None:
    with writable_server.client() as c:
        resp = c.post("/api/articles", json={"title": HOSTILE_TITLE, "text": HOSTILE_TEXT,
                                             "published": "2024-12-01", "url": "https://example.org/x?a=<b>"},
                      headers={"Authorization": f"Bearer {writable_server.token}"})
    assert resp.status_code == 201 and resp.json()["events_added"] == 0
    assert resp.json()["article_id"] == hostile["id"]


@pytest.mark.browser
def test_hostile_text_is_shown_and_never_runs(writable_server: Server, hostile: dict, browser) -> None:
    page = browser.new_page(viewport={"width": 1300, "height": 1000})
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    try:
        page.goto(f"{writable_server.url}/#article/{hostile['id']}")
        body = page.locator("#detail .article-body")
        body.wait_for(timeout=15000)
        shown = body.inner_text()
        assert "<script>window.__pwned = 'script'</script>" in shown
        assert "onerror=\"window.__pwned='img'\"" in shown and "javascript:window.__pwned='link'" in shown
        assert page.locator("#detail img, #detail script, #detail iframe, #detail svg").count() == 0
        assert page.locator("a[href^='javascript']").count() == 0
        # the events table, filtered to the hostile day, shows the headline as text
        page.fill("#filters input[name=since]", "2024-12-01")
        page.fill("#filters input[name=until]", "2024-12-01")
        page.click("#filters button[type=submit]")
        expect(page.locator("#table-status")).to_contain_text(re.compile(r"of \d+|No events"))
        rows = page.locator("#events tbody tr")
        if rows.count():
            assert "<img src=x" in rows.first.inner_text()
            rows.first.click()
            page.locator("#detail .article-body").wait_for(timeout=15000)
        page.wait_for_timeout(300)
        page.screenshot(path=str(ARTIFACTS / "hostile-article.png"))
        assert page.evaluate("window.__pwned") is None
        assert dialogs == []
    finally:
        page.close()
