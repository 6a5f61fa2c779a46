"""Watching feeds: poll each feed, fetch the pages of items not seen before, extract and store them.

State lives in the store (validators and the ids of items already handled), so a
restarted watcher sends conditional requests and refetches nothing.
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from warwire.errors import FetchError, FormatError, WarwireError
from warwire.ingest.feeds import FeedItem, item_articles, parse_feed
from warwire.ingest.fetch import Fetcher
from warwire.models import Article, Event

Extract = Callable[[Article], list[Event]]
# Item ids remembered per feed: far more than any feed shows at once, small enough to store each round.
MAX_SEEN = 5000


@dataclass
class FeedRound:
    """What one poll of one feed did, for the log line and for tests."""

    feed_url: str
    status: str  # "updated", "not_modified" or "failed"
    items: int = 0
    new: int = 0
    added: int = 0
    unchanged: int = 0
    events: int = 0
    known: int = 0
    failed_items: list[str] = field(default_factory=list)
    error: str | None = None
    warning: str | None = None

    def line(self) -> str:
        """One human line: the feed, then what happened."""
        if self.status == "failed":
            return f"{self.feed_url}: FAILED, skipped this round: {self.error}"
        if self.status == "not_modified":
            return f"{self.feed_url}: not modified (HTTP 304), nothing fetched"
        text = (f"{self.feed_url}: {self.items} items, {self.new} new: {self.added} stored "
                f"({self.events} events), {self.unchanged + self.known} already stored, "
                f"{len(self.failed_items)} failed")
        if self.warning:
            text += f"; warning: {self.warning}"
        for failure in self.failed_items:
            text += f"\n  item failed: {failure}"
        return text


def _default_extract(article: Article) -> list[Event]:
    from warwire.pipeline import extract_events

    return extract_events(article)


def poll_feed(feed_url: str, store: Any, fetcher: Fetcher, *, extract: Extract | None = None) -> FeedRound:
    """Poll one feed once; every problem is reported in the returned FeedRound, never raised."""
    extract = extract or _default_extract
    state = store.get_feed_state(feed_url) or {}
    seen: list[str] = list(state.get("seen") or [])
    try:
        result = fetcher.get(feed_url, etag=state.get("etag"), last_modified=state.get("last_modified"))
    except FetchError as exc:
        return FeedRound(feed_url, "failed", error=str(exc))
    if result.not_modified:
        return FeedRound(feed_url, "not_modified")
    try:
        feed = parse_feed(result.content, feed_url)
    except FormatError as exc:
        return FeedRound(feed_url, "failed", error=str(exc))
    report = FeedRound(feed_url, "updated", items=len(feed.items), warning=feed.warning)
    seen_set = set(seen)
    handled: list[str] = []
    for item in _unique(feed.items):
        if item.id in seen_set:
            handled.append(item.id)
            continue
        report.new += 1
        if _store_item(item, store, fetcher, extract, report):
            handled.append(item.id)
    # Validators are kept only when every item was handled: a failed item is retried next round.
    keep = not report.failed_items
    store.set_feed_state(
        feed_url,
        result.etag if keep else None,
        result.last_modified if keep else None,
        _remembered(handled, seen),
    )
    return report


def _store_item(item: FeedItem, store: Any, fetcher: Fetcher, extract: Extract, report: FeedRound) -> bool:
    """Fetch, extract and store one new item; True when it is handled for good."""
    if item.url and store.has_article_url(item.url):
        report.known += 1
        return True
    label = item.url or item.id
    try:
        articles = item_articles(item, fetcher)
    except WarwireError as exc:
        report.failed_items.append(str(exc) if label in str(exc) else f"{label}: {exc}")
        return False
    try:
        extracted = [(article, extract(article)) for article in articles]
    except Exception as exc:  # an extractor bug on one page must not stop the watcher
        report.failed_items.append(f"{label}: extraction failed ({exc.__class__.__name__}: {exc}); "
                                   "please report this page")
        return False
    for article, events in extracted:
        result = store.add_article(article, events)
        if result.status == "unchanged":
            report.unchanged += 1
        else:
            report.added += 1
            report.events += result.events_added
    return True


def _unique(items: Iterable[FeedItem]) -> list[FeedItem]:
    """Items in feed order, each id once (feeds do repeat entries)."""
    out: dict[str, FeedItem] = {}
    for item in items:
        out.setdefault(item.id, item)
    return list(out.values())


def _remembered(current: list[str], previous: list[str]) -> list[str]:
    """Ids to keep, at most MAX_SEEN: all of this round's first, then earlier ones."""
    out = dict.fromkeys(current)
    for ident in previous:
        if len(out) >= MAX_SEEN:
            break
        out.setdefault(ident, None)
    return list(out)


def poll_once(feed_urls: Sequence[str], store: Any, fetcher: Fetcher, *,
              log: Callable[[str], None] = print, extract: Extract | None = None) -> list[FeedRound]:
    """Poll every feed once, logging one line per feed; a failing feed never stops the others."""
    rounds = []
    for url in feed_urls:
        report = poll_feed(url, store, fetcher, extract=extract)
        log(report.line())
        rounds.append(report)
    return rounds


def watch(feed_urls: Sequence[str], store: Any, fetcher: Fetcher, *, interval: float = 300.0,
          rounds: int | None = None, log: Callable[[str], None] = print, extract: Extract | None = None,
          sleep: Callable[[float], None] = time.sleep) -> None:
    """Poll the feeds every `interval` seconds (from the start of one round to the next), forever or `rounds` times."""
    done = 0
    while True:
        started = time.monotonic()
        poll_once(feed_urls, store, fetcher, log=log, extract=extract)
        done += 1
        if rounds is not None and done >= rounds:
            return
        sleep(max(0.0, interval - (time.monotonic() - started)))
