"""warwire.ingest.feeds: RSS and Atom parsing, refusal of non-feeds, item pages read as articles."""
from __future__ import annotations

import pytest
from localsite import Site, Story, atom, publish, rss

from warwire.errors import FormatError
from warwire.ingest import InputFailure
from warwire.ingest.feeds import looks_like_feed, parse_feed, read_sources
from warwire.ingest.fetch import Fetcher
from warwire.models import Article


def test_rss_and_atom_give_the_same_items(site: Site, dev_stories: list[Story]) -> None:
    items = publish(site, dev_stories[:3])
    for data in (rss(items), atom(items)):
        feed = parse_feed(data, "test feed")
        assert [i.id for i in feed.items] == [i[0] for i in items]
        assert [i.url for i in feed.items] == [i[1] for i in items]
        assert [i.published for i in feed.items] == [s.published for s in dev_stories[:3]]
        assert feed.warning is None


def test_html_page_is_not_a_feed() -> None:
    page = b"<!DOCTYPE html>\n<html><head><title>World news</title></head><body><p>Hi</p></body></html>"
    assert not looks_like_feed(page)
    with pytest.raises(FormatError, match=r"site.html: not an RSS or Atom feed \(root element <html>\); "
                                          r"pass the feed's URL"):
        parse_feed(page, "site.html")


def test_malformed_xml_without_items_is_refused() -> None:
    broken = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</ti<<tle><item><<guid'
    with pytest.raises(FormatError, match="broken.xml: malformed feed XML"):
        parse_feed(broken, "broken.xml")


def test_loosely_readable_feed_keeps_its_items_with_a_warning(dev_stories: list[Story]) -> None:
    items = [(f"urn:{s.name}", f"http://127.0.0.1:9/{s.name}", s.title, s.published) for s in dev_stories[:2]]
    sloppy = rss(items).replace(b"</channel>", b"<bad & unescaped></channel>")
    feed = parse_feed(sloppy, "sloppy.xml")
    assert len(feed.items) == 2
    assert feed.warning and "malformed feed XML" in feed.warning


def test_feed_file_reads_each_items_page(site: Site, dev_stories: list[Story], fetcher: Fetcher, tmp_path) -> None:
    items = publish(site, dev_stories[:3])
    items.append(("urn:missing", site.url("/news/gone.html"), "Gone", dev_stories[0].published))
    path = tmp_path / "wire.rss"
    path.write_bytes(rss(items))
    got = list(read_sources([str(path)], fetcher=fetcher))
    articles = [g for g in got if isinstance(g, Article)]
    failures = [g for g in got if isinstance(g, InputFailure)]
    assert [a.title for a in articles] == [s.title for s in dev_stories[:3]]
    assert [a.url for a in articles] == [i[1] for i in items[:3]]
    assert articles[0].body.splitlines()[0] == dev_stories[0].paragraphs[0]
    assert len(failures) == 1 and failures[0].source.endswith("/news/gone.html")
    assert "HTTP 404" in failures[0].message


def test_url_that_is_a_page_is_read_as_one_article_fetched_once(site: Site, dev_stories: list[Story],
                                                                 fetcher: Fetcher) -> None:
    items = publish(site, dev_stories[:1])
    got = list(read_sources([items[0][1]], fetcher=fetcher))
    assert len(got) == 1 and isinstance(got[0], Article)
    assert got[0].title == dev_stories[0].title
    assert len(site.hits(f"/news/{dev_stories[0].name}.html")) == 1


def test_item_links_that_are_not_web_pages_fail_once_without_retries(site: Site, dev_stories: list[Story],
                                                                     fetcher: Fetcher, tmp_path) -> None:
    items = publish(site, dev_stories[:2])
    items += [("urn:mail", "mailto:desk@example.org", "Write to us", dev_stories[0].published),
              ("urn:local", "file:///etc/passwd", "Local", dev_stories[0].published)]
    path = tmp_path / "wire.rss"
    path.write_bytes(rss(items))
    got = list(read_sources([str(path)], fetcher=fetcher))
    assert [a.title for a in got if isinstance(a, Article)] == [s.title for s in dev_stories[:2]]
    failures = [g for g in got if isinstance(g, InputFailure)]
    assert len(failures) == 2
    for failure in failures:
        assert "not an http(s) link" in failure.message and "attempt" not in failure.message
        assert "network error" not in failure.message
