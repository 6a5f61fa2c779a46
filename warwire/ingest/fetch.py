"""Polite HTTP fetching: conditional requests, a per-host delay, retries with backoff, a size cap.

Every network call warwire makes for feeds goes through `Fetcher`, which wraps
one `httpx.Client` passed in: tests hand it a client pointed at a local server,
and nothing here opens a connection of its own accord.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from warwire.errors import FetchError

USER_AGENT = "warwire/0.1 (+https://github.com/warwire/warwire; conflict-news research)"

# Worth retrying: the server may answer next time. Other 4xx answers will not change.
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504})


@dataclass(frozen=True)
class FetchPolicy:
    """How patient and how polite to be with servers."""

    timeout: float = 15.0
    retries: int = 2
    backoff: float = 1.0
    host_delay: float = 1.0
    max_bytes: int = 10_000_000


@dataclass
class FetchResult:
    """One HTTP answer: the body (empty when the server said 304) and the validators to send next time."""

    url: str
    status: int
    content: bytes
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def new_client(policy: FetchPolicy | None = None) -> httpx.Client:
    """An httpx client with warwire's user agent, redirects followed and the policy's timeout."""
    timeout = (policy or FetchPolicy()).timeout
    return httpx.Client(
        headers={"User-Agent": USER_AGENT},
        follow_redirects=True,
        timeout=httpx.Timeout(timeout),
    )


class Fetcher:
    """GETs URLs through one client, waiting between requests to the same host and retrying failures."""

    def __init__(
        self,
        client: httpx.Client | None = None,
        policy: FetchPolicy | None = None,
        *,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self.client = client if client is not None else new_client(self.policy)
        self._owns_client = client is None
        self._sleep = sleep
        self._clock = clock
        self._last_request: dict[str, float] = {}
        self._lock = threading.Lock()

    def close(self) -> None:
        """Close the client if this fetcher created it."""
        if self._owns_client:
            self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        """Fetch `url`, conditionally when validators are given; raise FetchError once retries are spent."""
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        scheme = urlsplit(url).scheme.lower()
        if scheme not in ("http", "https"):
            # no retry can fetch a mailto:, javascript: or file: link: say so once
            raise FetchError(f"{url}: not an http(s) link ({scheme or 'no'} scheme); only web pages are fetched")
        attempts = self.policy.retries + 1
        problem = ""
        for attempt in range(attempts):
            if attempt:
                self._sleep(self.policy.backoff * 2 ** (attempt - 1))
            self._wait_for_host(url)
            try:
                result = self._get_once(url, headers)
            except httpx.TimeoutException:
                problem = f"timed out after {self.policy.timeout:g} s"
                continue
            except httpx.UnsupportedProtocol as exc:
                raise FetchError(f"{url}: not an http(s) link ({exc}); only web pages are fetched") from exc
            except httpx.TransportError as exc:
                problem = f"network error ({exc.__class__.__name__}: {exc})"
                continue
            except httpx.InvalidURL as exc:
                raise FetchError(f"{url}: not a valid URL ({exc}); check the address") from exc
            if result.status in RETRY_STATUSES:
                problem = f"HTTP {result.status}"
                continue
            if result.status >= 400:
                raise FetchError(f"{url}: HTTP {result.status}; check the address or try again later")
            return result
        raise FetchError(
            f"{url}: {problem} ({attempts} attempt{'s' if attempts > 1 else ''}); "
            "the server may be down or slow: try again later"
        )

    def _wait_for_host(self, url: str) -> None:
        """Sleep until `host_delay` seconds have passed since the last request to this URL's host."""
        host = urlsplit(url).netloc.lower()
        with self._lock:
            last = self._last_request.get(host)
            now = self._clock()
            wait = 0.0 if last is None else last + self.policy.host_delay - now
            # Reserve the slot before sleeping so concurrent callers queue up behind us.
            self._last_request[host] = now + max(wait, 0.0)
        if wait > 0:
            self._sleep(wait)

    def _get_once(self, url: str, headers: dict[str, str]) -> FetchResult:
        """One GET, reading at most `max_bytes` of the body."""
        with self.client.stream("GET", url, headers=headers, timeout=self.policy.timeout) as response:
            status = response.status_code
            body = b""
            if status == 200:
                declared = response.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > self.policy.max_bytes:
                    raise FetchError(self._too_large(url))
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > self.policy.max_bytes:
                        raise FetchError(self._too_large(url))
                    chunks.append(chunk)
                body = b"".join(chunks)
            return FetchResult(
                url=str(response.url),
                status=status,
                content=body,
                content_type=response.headers.get("Content-Type"),
                etag=response.headers.get("ETag"),
                last_modified=response.headers.get("Last-Modified"),
            )

    def _too_large(self, url: str) -> str:
        return (
            f"{url}: larger than {self.policy.max_bytes:,} bytes; "
            "raise the size cap (FetchPolicy.max_bytes) if this page is genuine"
        )
