"""The JSON API, against a real `warwire serve` process over a store filled from the dev corpus."""
from __future__ import annotations

from typing import Any

import httpx
import pytest
from web_server import Server  # type: ignore[import-not-found]

from warwire.store import EventQuery, open_store


@pytest.fixture(scope="module")
def api(server: Server) -> httpx.Client:
    with server.client() as c:
        yield c


def assert_error(resp: httpx.Response, status: int, code: str) -> None:
    assert resp.status_code == status, resp.text
    body = resp.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["code"] == code and body["error"]["message"]


def test_events_page_and_total_match_the_store(api: httpx.Client, server: Server) -> None:
    with open_store(str(server.db)) as store:
        total = store.count_events(EventQuery())
    first = api.get("/api/events", params={"limit": 5}).json()
    second = api.get("/api/events", params={"limit": 5, "offset": 5}).json()
    assert first["total"] == second["total"] == total > 10
    assert first["total_exact"] is True  # a dev-sized store is far below the count cap
    assert len(first["items"]) == 5 and first["limit"] == 5 and second["offset"] == 5
    assert not {e["id"] for e in first["items"]} & {e["id"] for e in second["items"]}
    dates = [e["date"] or "" for e in first["items"] + second["items"]]
    assert dates == sorted(dates, reverse=True)


def test_events_are_in_contract_form(api: httpx.Client) -> None:
    ev = api.get("/api/events", params={"limit": 1}).json()["items"][0]
    for key in ("id", "type", "date", "date_precision", "actor", "target", "weapon", "location", "place",
                "item", "status", "counts", "hedges", "claimed_by", "evidence", "article", "incident_id"):
        assert key in ev


def test_filters_narrow_the_events(api: httpx.Client) -> None:
    page = api.get("/api/events", params={"type": "air_attack", "since": "2024-11-29", "until": "2024-11-29",
                                          "claimed_by": "Ukrainian Air Force"}).json()
    assert page["total"] >= 1 and all(e["type"] == "air_attack" for e in page["items"])
    assert any(e["counts"].get("launched") == 132 and e["counts"].get("intercepted") == 88
               and e["counts"].get("lost") == 41 for e in page["items"])
    weapons = api.get("/api/events", params={"weapon": "missile", "limit": 100}).json()["items"]
    assert weapons and all(e["weapon"] == "missile" for e in weapons)
    words = api.get("/api/events", params={"text": "drones", "limit": 100}).json()["items"]
    assert words and all("drone" in " ".join(s["text"] for s in e["evidence"]).lower() for e in words)
    actor = api.get("/api/events", params={"actor": "russia", "limit": 100}).json()["items"]
    assert actor and all(e["actor"] == "Russia" for e in actor)


def test_sql_looking_filter_values_are_plain_data(api: httpx.Client) -> None:
    before = api.get("/api/events", params={"limit": 1}).json()["total"]
    for value in ("Russia' OR '1'='1", "x'; DROP TABLE events; --", "%' UNION SELECT * FROM articles --",
                  '" OR ""="', "*) OR (1=1"):
        for name in ("actor", "place", "claimed_by", "text", "target"):
            resp = api.get("/api/events", params={name: value})
            assert resp.status_code == 200, (name, value, resp.text)
            if name != "text":  # text search matches the words, so only the others must find nothing
                assert resp.json()["total"] == 0, (name, value)
    assert api.get("/api/events", params={"limit": 1}).json()["total"] == before


def test_bad_parameters_give_one_error_shape(api: httpx.Client) -> None:
    assert_error(api.get("/api/events", params={"since": "yesterday"}), 422, "invalid_request")
    assert_error(api.get("/api/events", params={"limit": 0}), 422, "invalid_request")
    assert_error(api.get("/api/events", params={"limit": 100000}), 422, "invalid_request")
    assert_error(api.get("/api/events", params={"type": "picnic"}), 422, "invalid_request")
    assert api.get("/api/events", params={"since": "2025-01-02", "until": "2025-01-01"}).json()["total"] == 0
    assert_error(api.get("/api/sitrep", params={"date": "29-11-2024"}), 422, "invalid_request")
    assert_error(api.get("/api/nothing-here"), 404, "not_found")
    assert_error(api.get("/api/incidents/no-such-incident"), 404, "not_found")
    assert_error(api.get("/api/articles/no-such-article"), 404, "not_found")
    assert_error(api.delete("/api/events"), 405, "method_not_allowed")


def test_incidents_list_and_detail(api: httpx.Client) -> None:
    page = api.get("/api/incidents", params={"type": "air_attack", "limit": 10}).json()
    assert page["items"] and all(i["type"] == "air_attack" for i in page["items"])
    one = api.get(f"/api/incidents/{page['items'][0]['id']}").json()
    assert one["id"] == page["items"][0]["id"] and one["events"]
    assert all(e["incident_id"] == one["id"] for e in one["events"])


@pytest.mark.parametrize("filters", [{}, {"type": "air_attack"}, {"place": "Kyiv"}, {"text": "drones"},
                                     {"text": "missiles", "place": "kyiv"}], ids=lambda f: "+".join(f) or "none")
def test_incident_pages_carry_the_total(api: httpx.Client, server: Server, filters: dict[str, str]) -> None:
    with open_store(str(server.db)) as store:
        listed = store.query_incidents(EventQuery(**filters, limit=1000))
    first = api.get("/api/incidents", params={**filters, "limit": 2}).json()
    rest = api.get("/api/incidents", params={**filters, "limit": 1000, "offset": 2}).json()
    assert first["total"] == rest["total"] == len(listed) >= 2
    assert [i["id"] for i in first["items"] + rest["items"]] == [i["id"] for i in listed]
    none = api.get("/api/incidents", params={**filters, "place": "Atlantis"}).json()
    assert none["total"] == 0 and none["items"] == []


def test_article_has_body_and_events_whose_evidence_points_into_it(api: httpx.Client) -> None:
    ev = next(e for e in api.get("/api/events", params={"limit": 50}).json()["items"] if e["evidence"])
    art = api.get(f"/api/articles/{ev['article']['id']}").json()
    span = ev["evidence"][0]
    assert art["body"][span["start"]:span["end"]] == span["text"]
    assert ev["id"] in {e["id"] for e in art["events"]}


def test_air_stats_have_the_night_of_2024_11_29(api: httpx.Client) -> None:
    rows = api.get("/api/stats/air", params={"since": "2024-11-29", "until": "2024-11-29"}).json()["items"]
    assert {"date", "weapon", "claimant", "launched", "intercepted", "lost"} <= set(rows[0])
    assert any(r["launched"] == 132 and r["intercepted"] == 88 and r["weapon"] == "drone" for r in rows)
    assert all(r["date"] == "2024-11-29" for r in rows)


def test_sitrep_json_and_page(api: httpx.Client) -> None:
    rep = api.get("/api/sitrep", params={"date": "2024-11-29"}).json()
    assert rep["day"] == "2024-11-29" and not rep["empty"]
    texts = [s["text"] for sec in rep["sections"] for s in sec["sentences"]]
    assert any("132" in t for t in texts) and "132" in rep["markdown"]
    page = api.get("/sitrep/2024-11-29")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "Rozdolne" in page.text and "content-security-policy" in page.headers
    md = api.get("/sitrep/2024-11-29", params={"format": "md"})
    assert md.headers["content-type"].startswith("text/markdown") and md.text.startswith("# Situation report")
    assert "No events dated 1990-01-01" in api.get("/sitrep/1990-01-01").text


def test_security_headers_on_pages_api_and_errors(api: httpx.Client) -> None:
    for path in ("/", "/api/events", "/api/nothing", "/static/js/main.js", "/docs"):
        h = api.get(path).headers
        csp = h["content-security-policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert h["x-content-type-options"] == "nosniff"
        assert h["x-frame-options"] == "DENY"


def test_writes_are_off_without_a_token(api: httpx.Client) -> None:
    resp = api.post("/api/articles", json={"title": "t", "text": "Russia launched 5 drones."},
                    headers={"Authorization": "Bearer anything"})
    assert_error(resp, 403, "writes_disabled")


def test_dashboard_and_every_asset_it_names_are_served_locally(api: httpx.Client) -> None:
    import re

    page = api.get("/").text
    assets = re.findall(r'(?:src|href)="(/static/[^"]+)"', page)
    assert len(assets) >= 2 and "//" not in "".join(a[1:] for a in assets)
    assert not re.search(r'(?:src|href)="https?:', page), "the dashboard must not load from the network"
    for path in assets + ["/map/basemap.json", "/static/vendor/swagger-ui/swagger-ui-bundle.js"]:
        assert api.get(path).status_code == 200, path
    for module in ("main", "dom", "map", "table", "timeline", "detail", "state"):
        js = api.get(f"/static/js/{module}.js").text
        assert "innerHTML" not in js and "eval(" not in js and "document.write" not in js


def test_openapi_schema_is_valid_and_documents_every_route(api: httpx.Client) -> None:
    schema: dict[str, Any] = api.get("/openapi.json").json()
    assert schema["openapi"].startswith("3.")
    for path in ("/api/events", "/api/incidents", "/api/incidents/{incident_id}", "/api/articles/{article_id}",
                 "/api/stats/air", "/api/sitrep", "/api/articles"):
        assert path in schema["paths"], path
    names = {p["name"] for p in schema["paths"]["/api/events"]["get"]["parameters"]}
    assert {"type", "since", "until", "actor", "target", "place", "weapon", "claimed_by", "text", "limit",
            "offset"} <= names
    docs = api.get("/docs").text
    assert "/static/vendor/swagger-ui/swagger-ui-bundle.js" in docs and "<script>" not in docs
