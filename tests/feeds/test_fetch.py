"""warwire.ingest.fetch against a real local server: retries, timeouts, size cap, conditional GETs, host delay."""
from __future__ import annotations

import time

import pytest
from localsite import Route, Site

from warwire.errors import FetchError
from warwire.ingest.fetch import Fetcher, FetchPolicy


def test_retries_a_server_error_then_succeeds(site: Site) -> None:
    site.routes["/flaky"] = Route(b"<p>ok</p>", statuses=[503])
    with Fetcher(policy=FetchPolicy(retries=2, backoff=0.01, host_delay=0)) as fetcher:
        result = fetcher.get(site.url("/flaky"))
    assert result.status == 200 and result.content == b"<p>ok</p>"
    assert [h.status for h in site.hits("/flaky")] == [503, 200]


def test_gives_up_after_retries_naming_the_url_and_status(site: Site) -> None:
    site.routes["/down"] = Route(status=500)
    with Fetcher(policy=FetchPolicy(retries=2, backoff=0.01, host_delay=0)) as fetcher:
        with pytest.raises(FetchError, match=r"/down: HTTP 500 \(3 attempts\)"):
            fetcher.get(site.url("/down"))
    assert len(site.hits("/down")) == 3


def test_does_not_retry_a_missing_page(site: Site) -> None:
    with Fetcher(policy=FetchPolicy(retries=3, backoff=0.01, host_delay=0)) as fetcher:
        with pytest.raises(FetchError, match="HTTP 404"):
            fetcher.get(site.url("/nowhere"))
    assert len(site.hits("/nowhere")) == 1


def test_slow_server_times_out(site: Site) -> None:
    site.routes["/slow"] = Route(b"late", delay=1.0)
    started = time.monotonic()
    with Fetcher(policy=FetchPolicy(timeout=0.2, retries=1, backoff=0.01, host_delay=0)) as fetcher:
        with pytest.raises(FetchError, match=r"timed out after 0.2 s \(2 attempts\)"):
            fetcher.get(site.url("/slow"))
    assert time.monotonic() - started < 1.5


def test_refuses_a_body_over_the_size_cap(site: Site) -> None:
    site.routes["/big"] = Route(b"x" * 5000)
    with Fetcher(policy=FetchPolicy(max_bytes=1000, host_delay=0)) as fetcher:
        with pytest.raises(FetchError, match="larger than 1,000 bytes"):
            fetcher.get(site.url("/big"))


def test_conditional_request_gets_304_with_empty_body(site: Site) -> None:
    site.routes["/feed"] = Route(b"<rss/>", etag='"v1"', last_modified="Fri, 29 Nov 2024 07:00:00 GMT")
    with Fetcher(policy=FetchPolicy(host_delay=0)) as fetcher:
        first = fetcher.get(site.url("/feed"))
        again = fetcher.get(site.url("/feed"), etag=first.etag, last_modified=first.last_modified)
    assert first.status == 200 and first.etag == '"v1"'
    assert again.not_modified and again.content == b""
    assert site.hits("/feed")[1].headers.get("If-None-Match") == '"v1"'


def test_waits_between_requests_to_one_host(site: Site) -> None:
    site.routes["/a"] = Route(b"a")
    with Fetcher(policy=FetchPolicy(host_delay=0.3)) as fetcher:
        started = time.monotonic()
        for _ in range(3):
            fetcher.get(site.url("/a"))
        elapsed = time.monotonic() - started
    assert elapsed >= 0.6  # two waits between three requests
