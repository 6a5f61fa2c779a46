"""A real HTTP server on 127.0.0.1 serving feeds and article pages built at test time from the dev corpus.

Routes are set per test (status, body, headers, delay, ETag support) and every
request is logged, so tests check what warwire actually asked for.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import html
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

from warwire.ingest.fetch import FetchPolicy

# Fast but real: short timeouts and delays so the failure paths run in well under a second.
TEST_POLICY = FetchPolicy(timeout=0.5, retries=1, backoff=0.01, host_delay=0.0)


@dataclass
class Route:
    """What one path answers. `statuses` are served first, one per request, then `status` for good."""

    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    statuses: list[int] = field(default_factory=list)
    delay: float = 0.0
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    status: int


class Site:
    """The server and its routes; `url(path)` gives an absolute URL, `hits(path)` the requests it got."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.log: list[Hit] = []
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                site._answer(self)

            def log_message(self, format: str, *args: object) -> None:  # quiet test output
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, args=(0.05,), daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> list[Hit]:
        with self._lock:
            return [h for h in self.log if h.path == path]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        route = self.routes.get(handler.path)
        status = 404 if route is None else (route.statuses.pop(0) if route.statuses else route.status)
        headers = {k: v for k, v in handler.headers.items()}
        if route is not None and status == 200:
            if route.etag and handler.headers.get("If-None-Match") == route.etag:
                status = 304
            elif route.last_modified and handler.headers.get("If-Modified-Since") == route.last_modified:
                status = 304
        with self._lock:
            self.log.append(Hit(handler.path, headers, status))
        if route is not None and route.delay:
            time.sleep(route.delay)
        body = route.body if route is not None and status == 200 else f"status {status}".encode()
        try:
            handler.send_response(status)
            if route is not None and route.etag:
                handler.send_header("ETag", route.etag)
            if route is not None and route.last_modified:
                handler.send_header("Last-Modified", route.last_modified)
            if status != 304:
                handler.send_header("Content-Type", route.content_type if route and status == 200 else "text/plain")
                handler.send_header("Content-Length", str(len(body)))
            handler.end_headers()
            if status != 304:
                handler.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test): nothing to do


@dataclass
class Story:
    """A dev-corpus article turned into a web page: title, paragraphs and a publication date."""

    name: str
    title: str
    paragraphs: list[str]
    published: dt.date

    def page(self) -> bytes:
        body = "\n".join(f"<p>{html.escape(p)}</p>" for p in self.paragraphs)
        return (
            "<!DOCTYPE html><html><head><meta charset='utf-8'>"
            f"<title>{html.escape(self.title)}</title>"
            f"<meta property='article:published_time' content='{self.published.isoformat()}T07:00:00+00:00'>"
            "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<article><h1>{html.escape(self.title)}</h1>\n{body}\n</article>"
            "<footer>Test site footer</footer></body></html>"
        ).encode()


def stories(dev: Path, limit: int | None = None) -> list[Story]:
    """Dev-corpus texts as stories (title = first line; the dated name gives the publication date)."""
    out = []
    for path in sorted(dev.glob("*.txt"))[:limit]:
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        # file names read outlet-YYYY-MM-DD-slug
        year, month, day = path.stem.split("-")[1:4]
        out.append(Story(path.stem, lines[0], lines[1:], dt.date(int(year), int(month), int(day))))
    return out


def rss(items: list[tuple[str, str, str, dt.date]], title: str = "Test wire") -> bytes:
    """An RSS 2.0 document from (guid, link, title, date) items."""
    entries = "".join(
        f"<item><guid>{escape(guid)}</guid><link>{escape(link)}</link><title>{escape(t)}</title>"
        f"<pubDate>{email.utils.format_datetime(dt.datetime.combine(d, dt.time(7), dt.UTC))}</pubDate></item>"
        for guid, link, t, d in items
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{escape(title)}</title>'
            f"<link>http://example.invalid/</link><description>test</description>{entries}</channel></rss>").encode()


def atom(items: list[tuple[str, str, str, dt.date]], title: str = "Test atom wire") -> bytes:
    """An Atom document from (id, link, title, date) items."""
    entries = "".join(
        f"<entry><id>{escape(guid)}</id><link href=\"{escape(link)}\"/><title>{escape(t)}</title>"
        f"<updated>{d.isoformat()}T07:00:00Z</updated></entry>"
        for guid, link, t, d in items
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            f"<title>{escape(title)}</title><id>urn:test</id><updated>2024-01-01T00:00:00Z</updated>"
            f"{entries}</feed>").encode()


def publish(site: Site, stories_: list[Story], prefix: str = "/news") -> list[tuple[str, str, str, dt.date]]:
    """Serve each story's page under `prefix` and return the feed items pointing at them."""
    items = []
    for story in stories_:
        path = f"{prefix}/{story.name}.html"
        site.routes[path] = Route(story.page())
        items.append((f"urn:test:{story.name}", site.url(path), story.title, story.published))
    return items


