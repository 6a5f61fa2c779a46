"""Hostile requests against a real `warwire serve` on SQLite and on PostgreSQL: every bad input gets a 4xx,
never a 500; unauthenticated bodies are never read; every posted article keeps its own identity; and a
bounded schemathesis fuzz of the whole OpenAPI schema (reads and writes) finds no server error."""
from __future__ import annotations

import itertools
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis.errors import Unsatisfiable

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from store_dbs import BACKENDS, new_db  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "hostile-" + os.urandom(6).hex()
AUTH = {"Authorization": f"Bearer {TOKEN}"}
TEXTS = [f"Russia launched {n} drones at {place} overnight and {n - 2} were shot down, the Ukrainian Air Force said."
         for n, place in ((12, "Kharkiv"), (20, "Odesa"), (31, "Sumy"), (44, "Dnipro"), (17, "Lviv"), (26, "Poltava"))]
FILTERS = ("type", "since", "until", "actor", "target", "place", "weapon", "claimed_by", "text")


@dataclass
class Live:
    url: str
    db: str
    process: subprocess.Popen[bytes]

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module", params=BACKENDS)
def live(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    folder = tmp_path_factory.mktemp("hostile")
    with new_db(request.param, folder) as db:
        port = _free_port()
        env = {**os.environ, "WARWIRE_API_TOKEN": TOKEN}
        log = open(folder / "serve.log", "wb")  # noqa: SIM115 (closed with the process)
        proc = subprocess.Popen([sys.executable, "-m", "warwire", "serve", "--db", db, "--host", "127.0.0.1",
                                 "--port", str(port)], env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log)
        log.close()
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            assert proc.poll() is None, (folder / "serve.log").read_text()[-2000:]
            try:
                if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert time.monotonic() < deadline, "warwire serve did not answer within 30 s"
            time.sleep(0.1)
        server = Live(url, db, proc)
        with server.client() as c:
            for text in TEXTS:
                assert c.post("/api/articles", json={"text": text, "published": "2024-11-29"},
                              headers=AUTH).status_code == 201
        yield server
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        # a server error logs its traceback: none may have happened
        assert "Traceback" not in (folder / "serve.log").read_text(errors="replace")


def test_posts_without_url_each_keep_their_article_and_events(live: Live) -> None:
    with live.client() as c:
        page = c.get("/api/events", params={"limit": 100}).json()
        articles = {e["article"]["id"] for e in page["items"]}
        assert len(articles) == len(TEXTS)  # six unrelated posts: six articles, none replaced
        for aid in articles:
            assert c.get(f"/api/articles/{aid}").json()["superseded_by"] is None
        # the same caller id twice: the second is a new version of the first
        first = c.post("/api/articles", json={"id": "desk-1", "text": TEXTS[0].replace("Kharkiv", "Kherson")},
                       headers=AUTH).json()
        second = c.post("/api/articles", json={"id": "desk-1", "text": TEXTS[0].replace("Kharkiv", "Izium")},
                        headers=AUTH).json()
        assert first["status"] == "added" and second["status"] == "new_version"
        assert c.get(f"/api/articles/{first['article_id']}").json()["superseded_by"] == second["article_id"]
        # the same url twice: likewise
        url = "https://example.org/news/1"
        a = c.post("/api/articles", json={"url": url, "text": TEXTS[1]}, headers=AUTH).json()
        b = c.post("/api/articles", json={"url": url, "text": TEXTS[1] + " Sirens sounded."}, headers=AUTH).json()
        assert a["status"] == "added" and b["status"] == "new_version"


def test_nul_in_any_filter_or_id_is_an_answer_not_a_500(live: Live) -> None:
    with live.client() as c:
        for path in ("/api/events", "/api/incidents"):
            for name in FILTERS:
                resp = c.get(path, params={name: "Kharkiv\x00"})
                assert resp.status_code in (200, 422), (path, name, resp.text)
        assert c.get("/api/articles/%00").status_code == 404
        assert c.get("/api/incidents/%00abc").status_code == 404


def test_nul_and_lone_surrogates_in_a_post_are_stored_cleaned(live: Live) -> None:
    body = ('{"title": "Night\\u0000 raid", "text": "' + TEXTS[2].replace("said.", "said.\\u0000 \\ud800")
            + '", "published": "2024-11-30"}')
    with live.client() as c:
        resp = c.post("/api/articles", content=body.encode(), headers={**AUTH, "Content-Type": "application/json"})
        assert resp.status_code == 201, resp.text
        stored = c.get(f"/api/articles/{resp.json()['article_id']}").json()
    assert stored["title"] == "Night\ufffd raid"
    assert stored["body"].endswith("said.\ufffd \ufffd")
    assert stored["events"]


def test_sitreps_at_the_ends_of_the_calendar(live: Live) -> None:
    with live.client() as c:
        for day in ("9999-12-31", "0001-01-01"):
            assert c.get(f"/sitrep/{day}").status_code == 200
            assert c.get("/api/sitrep", params={"date": day}).status_code == 200
            assert c.get("/api/events", params={"since": day, "until": day, "text": "drones"}).status_code == 200
        # a date is written YYYY-MM-DD: "0" is not 1970-01-01
        for params in ({"since": "0"}, {"until": "1700000000"}):
            assert c.get("/api/events", params=params).status_code == 422
        assert c.get("/api/sitrep", params={"date": "0"}).status_code == 422


def test_the_token_is_checked_before_the_body_is_read(live: Live) -> None:
    with live.client() as c:
        assert c.post("/api/articles", content=b"not json at all").status_code == 401
        # 40 MB, unauthenticated: refused without being read or parsed
        big = b'{"text": "' + b"x" * (40 * 1024 * 1024) + b'"}'
        assert c.post("/api/articles", content=big, headers={"Authorization": "Bearer wrong"}).status_code == 401
        too_large = c.post("/api/articles", content=big, headers=AUTH)
        assert too_large.status_code == 413 and too_large.json()["error"]["code"] == "too_large"
        assert c.post("/api/articles", content=b"not json", headers=AUTH).status_code == 422
        assert c.post("/api/articles", json={"text": "x", "url": ""}, headers=AUTH).status_code == 422
    with httpx.Client(base_url=live.url, timeout=30) as c:  # a body sent in chunks, no declared length
        def chunks() -> Iterator[bytes]:
            yield b'{"text": "'
            for _ in range(20):
                yield b"y" * (1024 * 1024)
            yield b'"}'
        assert c.post("/api/articles", content=chunks(), headers=AUTH).status_code == 413


def test_the_whole_schema_fuzzed_gives_no_server_error(live: Live) -> None:
    """Reads and writes, generated from the server's own OpenAPI schema: never a 500, on either database."""
    schema = schemathesis.openapi.from_url(live.url + "/openapi.json")
    operations = [result.ok() for result in schema.get_all_operations()]
    assert any(op.method.upper() == "POST" for op in operations)
    negatives_impossible = 0
    for operation, mode in itertools.product(operations, schemathesis.GenerationMode):

        @given(case=operation.as_strategy(generation_mode=mode))
        @settings(max_examples=15, deadline=None, derandomize=True, database=None,
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
        def check(case) -> None:  # type: ignore[no-untyped-def]
            response = case.call(headers=AUTH, timeout=30)
            assert response.status_code < 500, (case.method, case.formatted_path, case.query,
                                                response.text[:500])

        try:
            check()
        except Unsatisfiable:
            # an operation with nothing to get wrong (no parameters, no body) has no negative cases
            assert mode is schemathesis.GenerationMode.NEGATIVE
            negatives_impossible += 1
    assert negatives_impossible < len(operations) // 2
