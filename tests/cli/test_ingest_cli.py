"""`warwire ingest` and `warwire watch` end to end: real files, a real local HTTP server, real SQLite."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from warwire.cli import app

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "feeds"))
from localsite import Route, Site, publish, rss, stories  # noqa: E402


@pytest.fixture
def site() -> Iterator[Site]:
    served = Site()
    yield served
    served.close()


def run(*args: str) -> object:
    return CliRunner().invoke(app, list(args))


def test_ingesting_the_dev_corpus_twice_adds_nothing_the_second_time(dev_dir: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    texts = len(list(dev_dir.glob("*.txt")))
    first = run("ingest", str(dev_dir), "--db", "dev.db")
    assert first.exit_code == 0, first.output
    assert first.stdout.startswith(f"{texts} new articles (")
    second = run("ingest", str(dev_dir), "--db", "dev.db")
    assert second.exit_code == 0, second.output
    assert second.stdout.startswith(f"0 new articles (0 events), {texts} unchanged")
    assert not (tmp_path / "warwire-failures.txt").exists()  # nothing failed, so no failures file


def test_failed_inputs_are_listed_and_written_and_the_rest_is_stored(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    Path("good.txt").write_text("Drones hit Kharkiv\n\nRussia launched 12 drones at Kharkiv overnight, "
                                "officials said.\n")
    Path("empty.txt").write_text("")
    result = run("ingest", "missing.txt", "empty.txt", "good.txt", "--db", "w.db")
    assert result.exit_code == 1
    assert result.stdout.startswith("1 new article (")
    assert "2 failed" in result.stdout
    assert "missing.txt: no such file" in result.stderr and "empty.txt: empty file" in result.stderr
    listed = Path("warwire-failures.txt").read_text().splitlines()
    assert [line.split("\t")[0] for line in listed] == ["missing.txt", "empty.txt"]


def test_a_feed_url_is_ingested_one_shot(site: Site, dev_dir: Path, tmp_path: Path) -> None:
    chosen = stories(dev_dir, limit=3)
    items = publish(site, chosen)
    items.append(("urn:gone", site.url("/news/gone.html"), "Gone", chosen[0].published))
    site.routes["/wire.xml"] = Route(rss(items), content_type="application/rss+xml")
    db = str(tmp_path / "feed.db")
    result = run("ingest", site.url("/wire.xml"), "--db", db, "--delay", "0",
                 "--failures", str(tmp_path / "failed.txt"))
    assert result.exit_code == 1  # the missing page failed
    assert result.stdout.startswith("3 new articles (")
    assert (tmp_path / "failed.txt").read_text().startswith(site.url("/news/gone.html") + "\tHTTP 404")


def test_watch_once_stores_new_items_then_sends_a_conditional_request(site: Site, dev_dir: Path,
                                                                      tmp_path: Path) -> None:
    items = publish(site, stories(dev_dir, limit=2))
    site.routes["/wire.xml"] = Route(rss(items), etag='"a1"')
    site.routes["/down.xml"] = Route(status=503)
    db = str(tmp_path / "watch.db")
    args = ["watch", site.url("/down.xml"), site.url("/wire.xml"), "--once", "--db", db,
            "--delay", "0", "--retries", "0", "--timeout", "2"]
    first = run(*args)
    assert first.exit_code == 1, first.output  # for cron: a feed was down
    lines = first.stderr.strip().splitlines()
    assert "down.xml: FAILED, skipped this round: " in lines[0] and "HTTP 503" in lines[0]
    assert "wire.xml: 2 items, 2 new: 2 stored" in lines[1]
    assert lines[-1] == "warwire: error: 1 of 2 feeds failed this round (see above)"
    second = run(*args)
    assert "wire.xml: not modified (HTTP 304)" in second.stderr
    site.routes["/down.xml"] = Route(rss([]))
    assert run(*args).exit_code == 0  # every feed answered
    assert len([h for h in site.log if h.path.startswith("/news/")]) == 2


def test_watch_refuses_a_path_instead_of_a_url(tmp_path: Path) -> None:
    result = run("watch", "feed.xml", "--once", "--db", str(tmp_path / "x.db"))
    assert result.exit_code == 2
    assert "feed.xml: not a feed URL" in result.stderr
