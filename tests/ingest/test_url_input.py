"""URL inputs, fetched from a real HTTP server on 127.0.0.1 through the httpx client seam."""
from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from warwire.ingest import InputFailure, read_inputs
from warwire.models import Article

PAGE = ("<!doctype html><html><head><title>Drones hit Kharkiv</title>"
        '<meta property="article:published_time" content="2024-10-02T05:40:00+03:00"></head>'
        "<body><nav>Home | World</nav><article><h1>Drones hit Kharkiv</h1>"
        "<p>KHARKIV, Oct 2 (Reuters) - Russian drones struck Kharkiv overnight, injuring three people, "
        "the regional governor said on Wednesday.</p><p>Air defences shot down 20 of the 25 drones "
        "launched, the air force said in a statement on Telegram.</p></article>"
        "<script>document.write('never run')</script></body></html>")
ROUTES: dict[str, tuple[int, str, bytes]] = {
    "/story.html": (200, "text/html; charset=utf-8", PAGE.encode()),
    "/story": (200, "text/plain", b"Headline\n2024-10-02\n\nShelling hit Kherson."),
    "/feed": (200, "application/x-ndjson",
              (json.dumps({"text": "One."}) + "\n" + json.dumps({"text": "Two."}) + "\n").encode()),
    "/gone": (404, "text/html", b"<h1>not found</h1>"),
    "/empty": (200, "text/plain", b""),
}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        if self.path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            chunk = b"word " * 20000
            try:
                for _ in range(200):  # 20 MB, more than the article limit, and no Content-Length
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return
        if self.path == "/slow":
            time.sleep(2)
        status, ctype, body = ROUTES.get(self.path, (200, "text/plain", b"late"))
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.fixture
def client() -> Iterator[httpx.Client]:
    with httpx.Client(timeout=0.5) as c:
        yield c


def test_html_page_by_url(base: str, client: httpx.Client) -> None:
    (art,) = read_inputs([f"{base}/story.html"], client=client)
    assert isinstance(art, Article)
    assert art.source == art.url == f"{base}/story.html"
    assert art.title == "Drones hit Kharkiv" and art.agency == "Reuters" and art.dateline_place == "Kharkiv"
    assert str(art.published) == "2024-10-02" and art.published_at is not None
    assert art.outlet and art.outlet.startswith("127.0.0.1")  # no site name in the page: its host
    assert "never run" not in art.body and "Home | World" not in art.body


def test_text_and_json_lines_by_url(base: str, client: httpx.Client) -> None:
    (text,) = read_inputs([f"{base}/story"], client=client)
    assert text.title == "Headline" and text.body == "Shelling hit Kherson."
    assert [a.body for a in read_inputs([f"{base}/feed"], client=client)] == ["One.", "Two."]


@pytest.mark.parametrize(("path", "reason"), [
    ("/gone", "HTTP 404"), ("/empty", "empty"), ("/huge", "limit"), ("/slow", "timed out"),
])
def test_bad_urls_are_failures(base: str, client: httpx.Client, path: str, reason: str) -> None:
    (failure,) = read_inputs([f"{base}{path}"], client=client)
    assert isinstance(failure, InputFailure) and failure.source == f"{base}{path}"
    assert reason in failure.message


def test_unreachable_host_is_a_failure(client: httpx.Client) -> None:
    (failure,) = read_inputs(["http://127.0.0.1:9/nothing"], client=client)
    assert isinstance(failure, InputFailure) and "cannot be fetched" in failure.message
