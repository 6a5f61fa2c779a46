"""RSS and Atom feeds: bytes -> items, an item's fetched page -> Article, and inputs that may be feeds.

feedparser only parses here: the bytes come from `warwire.ingest.fetch`, so
conditional requests, delays and retries are ours and tests stay on local servers.
"""
from __future__ import annotations

import calendar
import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import feedparser
import httpx

from warwire.errors import FormatError, InputError, WarwireError
from warwire.ingest import InputFailure
from warwire.ingest.fetch import Fetcher
from warwire.models import Article

FEED_SUFFIXES = (".rss", ".atom", ".xml", ".rdf")
_FEED_ROOTS = {"rss", "feed", "rdf:rdf", "rdf"}
# Skip the XML declaration, comments, processing instructions and a doctype to reach the root element.
_PROLOG = re.compile(rb"\A(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*", re.S | re.I)
_ROOT = re.compile(rb"<([A-Za-z_][\w.:-]*)")


@dataclass
class FeedItem:
    """One entry of a feed: its stable id (guid, else link), the page it points to, and what the feed says."""

    id: str
    url: str | None
    title: str | None = None
    published: dt.date | None = None
    summary: str | None = None


@dataclass
class Feed:
    """A parsed feed: its title, items in feed order, and a warning when the XML was only loosely readable."""

    source: str
    title: str | None
    items: list[FeedItem] = field(default_factory=list)
    warning: str | None = None


def root_element(data: bytes) -> str | None:
    """The name of the document's first element (`rss`, `feed`, `html`...), lower-cased, or None."""
    head = data[:8192].lstrip(b"\xef\xbb\xbf")
    head = head[_PROLOG.match(head).end():]  # type: ignore[union-attr]
    match = _ROOT.match(head)
    return match.group(1).decode("ascii", "replace").lower() if match else None


def looks_like_feed(data: bytes) -> bool:
    """Whether bytes start like an RSS, RDF or Atom document."""
    return root_element(data) in _FEED_ROOTS


def parse_feed(data: bytes, source: str) -> Feed:
    """Items of an RSS or Atom document; FormatError naming the source when it is not a readable feed."""
    root = root_element(data)
    if root not in _FEED_ROOTS:
        found = f"root element <{root}>" if root else "no XML element at the start"
        raise FormatError(
            f"{source}: not an RSS or Atom feed ({found}); pass the feed's URL, not the site's"
        )
    parsed = feedparser.parse(data)
    warning = None
    if parsed.get("bozo"):
        problem = _describe(parsed.get("bozo_exception"))
        if not parsed.entries:
            raise FormatError(f"{source}: malformed feed XML ({problem}); ask the publisher or try later")
        warning = f"malformed feed XML ({problem}); read {len(parsed.entries)} items loosely"
    items = []
    for entry in parsed.entries:
        item = _item(entry)
        if item is not None:
            items.append(item)
    return Feed(source=source, title=parsed.feed.get("title"), items=items, warning=warning)


def _describe(exc: object) -> str:
    text = str(exc) if exc is not None else "unknown error"
    return text.splitlines()[0][:160] if text else exc.__class__.__name__


def _item(entry: feedparser.FeedParserDict) -> FeedItem | None:
    link = entry.get("link") or None
    ident = entry.get("id") or link
    if not ident:
        return None  # nothing to fetch and nothing to remember it by
    return FeedItem(
        id=str(ident),
        url=str(link) if link else None,
        title=entry.get("title") or None,
        published=_entry_date(entry),
        summary=entry.get("summary") or None,
    )


def _entry_date(entry: feedparser.FeedParserDict) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            # feedparser gives UTC struct_time; keep the UTC calendar date
            return dt.datetime.fromtimestamp(calendar.timegm(value), tz=dt.UTC).date()
    return None


def page_articles(data: bytes, source: str, *, published: dt.date | None = None) -> list[Article]:
    """The article(s) of a fetched HTML page, through warwire.ingest's HTML reader (trafilatura)."""
    from warwire.ingest.html import read_html

    return read_html(data, source, published=published, url=source)


def item_articles(item: FeedItem, fetcher: Fetcher) -> list[Article]:
    """Fetch an item's page and read its article(s); the feed's title and date fill what the page lacks."""
    if not item.url:
        raise FormatError(f"feed item {item.id}: no link to an article page; nothing to fetch")
    result = fetcher.get(item.url)
    articles = page_articles(result.content, item.url, published=item.published)
    for article in articles:
        article.url = article.url or item.url
        if not article.title and item.title:
            article.title = item.title
        if article.published is None and item.published is not None:
            article.published = item.published
    return articles


@dataclass
class ItemFailure:
    """A feed item whose page could not be fetched or read."""

    item: FeedItem
    message: str


def feed_articles(feed: Feed, fetcher: Fetcher) -> Iterator[Article | ItemFailure]:
    """Each item's article, in feed order; a broken item yields an ItemFailure and the rest go on."""
    for item in feed.items:
        try:
            yield from item_articles(item, fetcher)
        except WarwireError as exc:
            yield ItemFailure(item, str(exc))


MAX_FEED_BYTES = 10_000_000


def is_feed_file(path: str) -> bool:
    """Whether a local path is a feed: named .rss/.atom/.xml/.rdf, or an unknown kind that opens like one."""
    from warwire.ingest.sources import split_suffixes

    if not os.path.isfile(path):
        return False
    kind, compression = split_suffixes(os.path.basename(path))
    if kind is not None:
        return False
    if compression is None and path.lower().endswith(FEED_SUFFIXES):
        return True
    try:
        with open(path, "rb") as handle:
            return looks_like_feed(handle.read(8192))
    except OSError:
        return False


def read_sources(specs: Iterable[str], *, fetcher: Fetcher, published: dt.date | None = None,
                 warn: Callable[[str], None] | None = None) -> Iterator[Article | InputFailure]:
    """Like `warwire.ingest.read_inputs`, but a feed (URL or file) gives the articles of its items' pages."""
    from warwire.ingest import read_inputs
    from warwire.ingest.sources import is_url

    for spec in specs:
        if is_url(spec):
            yield from _read_url(spec, fetcher, published, warn)
        elif spec != "-" and is_feed_file(spec):
            try:
                with open(spec, "rb") as handle:
                    data = handle.read(MAX_FEED_BYTES + 1)
                if len(data) > MAX_FEED_BYTES:
                    raise InputError(f"{spec}: feed larger than {MAX_FEED_BYTES:,} bytes; split it")
                feed = parse_feed(data, spec)
            except OSError as exc:
                yield InputFailure(spec, f"cannot be read ({exc.strerror}); check the path and permissions")
                continue
            except WarwireError as exc:
                yield _failure(spec, exc)
                continue
            yield from _feed_items(feed, fetcher, warn)
        else:
            yield from read_inputs([spec], published=published, client=fetcher.client)


def _read_url(url: str, fetcher: Fetcher, published: dt.date | None,
              warn: Callable[[str], None] | None) -> Iterator[Article | InputFailure]:
    """A feed URL gives its items' articles; any other URL is read as an article, from the bytes fetched once."""
    from warwire.ingest import read_inputs

    try:
        result = fetcher.get(url)
    except WarwireError as exc:
        yield _failure(url, exc)
        return
    if looks_like_feed(result.content):
        try:
            feed = parse_feed(result.content, url)
        except WarwireError as exc:
            yield _failure(url, exc)
            return
        yield from _feed_items(feed, fetcher, warn)
        return
    # Replay the answer through warwire.ingest's URL reader so it sniffs the kind exactly as for any URL.
    headers = {"Content-Type": result.content_type} if result.content_type else {}
    replay = httpx.Client(transport=httpx.MockTransport(
        lambda request: httpx.Response(200, content=result.content, headers=headers)))
    with replay:
        yield from read_inputs([url], published=published, client=replay)


def _feed_items(feed: Feed, fetcher: Fetcher,
                warn: Callable[[str], None] | None) -> Iterator[Article | InputFailure]:
    # A loosely readable feed still gave its items: worth a warning, not a failed input.
    if feed.warning and warn:
        warn(f"{feed.source}: {feed.warning}")
    for got in feed_articles(feed, fetcher):
        if isinstance(got, ItemFailure):
            label = got.item.url or got.item.id
            message = got.message[len(label) + 2:] if got.message.startswith(f"{label}: ") else got.message
            yield InputFailure(label, message)
        else:
            yield got


def _failure(source: str, exc: WarwireError) -> InputFailure:
    message = str(exc)
    if message.startswith(f"{source}: "):
        message = message[len(source) + 2:]
    return InputFailure(source, message, exc)
