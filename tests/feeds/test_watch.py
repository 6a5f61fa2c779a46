"""warwire.watch against a real local server and a real SQLite store."""
from __future__ import annotations

from pathlib import Path

from localsite import TEST_POLICY, Route, Site, Story, publish, rss

from warwire.ingest.fetch import Fetcher
from warwire.store import Store, open_store
from warwire.watch import poll_feed, poll_once, watch


def _pages_fetched(site: Site) -> list[str]:
    return [h.path for h in site.log if h.path.startswith("/news/")]


def test_new_items_are_stored_and_a_restart_refetches_nothing(site: Site, dev_stories: list[Story],
                                                              tmp_path: Path) -> None:
    items = publish(site, dev_stories[:3])
    site.routes["/feed.xml"] = Route(rss(items), content_type="application/rss+xml", etag='"round-1"')
    db = str(tmp_path / "watch.db")
    store = open_store(db)
    with Fetcher(policy=TEST_POLICY) as fetcher:
        report = poll_feed(site.url("/feed.xml"), store, fetcher)
    store.close()
    assert (report.status, report.items, report.new, report.added) == ("updated", 3, 3, 3)
    assert len(_pages_fetched(site)) == 3
    assert all(store_has(db, i[1]) for i in items)

    # A restarted watcher: new store connection, new client. The feed says 304 and no page is fetched.
    store = open_store(db)
    with Fetcher(policy=TEST_POLICY) as fetcher:
        again = poll_feed(site.url("/feed.xml"), store, fetcher)
    store.close()
    assert again.status == "not_modified"
    assert site.hits("/feed.xml")[-1].headers.get("If-None-Match") == '"round-1"'
    assert site.hits("/feed.xml")[-1].status == 304
    assert len(_pages_fetched(site)) == 3


def store_has(db: str, url: str) -> bool:
    store = open_store(db)
    try:
        return store.has_article_url(url)
    finally:
        store.close()


def test_a_feed_repeating_old_items_only_costs_the_new_ones(site: Site, dev_stories: list[Story],
                                                            store: Store, fetcher: Fetcher) -> None:
    items = publish(site, dev_stories[:4])
    site.routes["/feed.xml"] = Route(rss(items[:2]))  # no validators: the whole feed comes back each round
    first = poll_feed(site.url("/feed.xml"), store, fetcher)
    site.routes["/feed.xml"] = Route(rss([items[1], items[0], items[2], items[0], items[1]]))
    second = poll_feed(site.url("/feed.xml"), store, fetcher)
    assert (first.new, first.added) == (2, 2)
    assert (second.items, second.new, second.added) == (5, 1, 1)
    assert sorted(_pages_fetched(site)) == sorted(f"/news/{s.name}.html" for s in dev_stories[:3])


def test_failing_feeds_are_reported_and_the_others_go_on(site: Site, dev_stories: list[Story],
                                                         store: Store, fetcher: Fetcher) -> None:
    items = publish(site, dev_stories[:2])
    site.routes["/good.xml"] = Route(rss(items))
    site.routes["/down.xml"] = Route(status=500)
    site.routes["/slow.xml"] = Route(rss(items), delay=1.5)
    site.routes["/site.xml"] = Route(b"<!doctype html><html><body><p>Our homepage</p></body></html>")
    site.routes["/broken.xml"] = Route(b"<?xml version='1.0'?><rss><channel><title>x</ti<<<tle><item><<")
    urls = [site.url(p) for p in ("/down.xml", "/slow.xml", "/site.xml", "/broken.xml", "/good.xml")]
    lines: list[str] = []
    rounds = poll_once(urls, store, fetcher, log=lines.append)
    by_path = {r.feed_url.rsplit("/", 1)[1]: r for r in rounds}
    assert by_path["good.xml"].status == "updated" and by_path["good.xml"].added == 2
    assert "HTTP 500 (2 attempts)" in (by_path["down.xml"].error or "")
    assert "timed out" in (by_path["slow.xml"].error or "")
    assert "root element <html>" in (by_path["site.xml"].error or "")
    assert "malformed feed XML" in (by_path["broken.xml"].error or "")
    assert len(lines) == 5 and all(line.startswith(url) for line, url in zip(lines, urls, strict=True))
    assert "FAILED" in lines[0] and "2 items, 2 new: 2 stored" in lines[4]
    assert len(site.hits("/down.xml")) == 2  # retried once, then skipped


def test_a_broken_item_is_reported_and_retried_next_round(site: Site, dev_stories: list[Story],
                                                          store: Store, fetcher: Fetcher) -> None:
    items = publish(site, dev_stories[:3])
    broken_path = f"/news/{dev_stories[1].name}.html"
    page = site.routes[broken_path].body
    site.routes[broken_path] = Route(status=500)
    site.routes["/feed.xml"] = Route(rss(items), etag='"v1"')
    first = poll_feed(site.url("/feed.xml"), store, fetcher)
    assert (first.added, len(first.failed_items)) == (2, 1)
    assert broken_path in first.failed_items[0] and "HTTP 500" in first.failed_items[0]
    assert "item failed" in first.line()

    site.routes[broken_path] = Route(page)  # the publisher fixed the page
    second = poll_feed(site.url("/feed.xml"), store, fetcher)
    # no ETag was kept, so the feed came back whole; only the failed item was fetched again
    assert site.hits("/feed.xml")[-1].headers.get("If-None-Match") is None
    assert (second.status, second.new, second.added, second.failed_items) == ("updated", 1, 1, [])
    assert [h.path for h in site.log].count(broken_path) == 3  # tried and retried once, then fixed


def test_an_item_already_stored_from_another_feed_is_not_fetched(site: Site, dev_stories: list[Story],
                                                                 store: Store, fetcher: Fetcher) -> None:
    items = publish(site, dev_stories[:2])
    site.routes["/a.xml"] = Route(rss(items))
    site.routes["/b.xml"] = Route(rss(list(reversed(items)), title="Mirror"))
    poll_once([site.url("/a.xml"), site.url("/b.xml")], store, fetcher, log=lambda line: None)
    assert len(_pages_fetched(site)) == 2


def test_watch_polls_rounds_at_the_interval(site: Site, dev_stories: list[Story], store: Store,
                                            fetcher: Fetcher) -> None:
    site.routes["/feed.xml"] = Route(rss(publish(site, dev_stories[:1])), etag='"same"')
    waits: list[float] = []
    lines: list[str] = []
    watch([site.url("/feed.xml")], store, fetcher, interval=60, rounds=3, log=lines.append, sleep=waits.append)
    assert len(lines) == 3 and "1 stored" in lines[0] and "not modified" in lines[1]
    assert len(waits) == 2 and all(55 < w <= 60 for w in waits)


def test_last_modified_alone_also_makes_the_next_poll_conditional(site: Site, dev_stories: list[Story],
                                                                 store: Store, fetcher: Fetcher) -> None:
    stamp = "Fri, 29 Nov 2024 07:00:00 GMT"
    site.routes["/feed.xml"] = Route(rss(publish(site, dev_stories[:1])), last_modified=stamp)
    first = poll_feed(site.url("/feed.xml"), store, fetcher)
    second = poll_feed(site.url("/feed.xml"), store, fetcher)
    assert (first.added, second.status) == (1, "not_modified")
    assert site.hits("/feed.xml")[1].headers.get("If-Modified-Since") == stamp
