"""warwire.batch: streaming, bounded in-flight work, failures collected, idempotent re-runs, input counting."""
from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from warwire.batch import IN_FLIGHT_PER_WORKER, count_inputs, ingest
from warwire.errors import ConfigError
from warwire.ingest import InputFailure, read_inputs
from warwire.models import Article, Event
from warwire.store import AddResult, Store, open_store

PLACES = ("Kharkiv", "Odesa", "Dnipro", "Lviv", "Sumy", "Poltava")


def short_articles(count: int) -> Iterator[Article]:
    """Small articles written for these tests, each distinct."""
    for i in range(count):
        place = PLACES[i % len(PLACES)]
        yield Article(
            source=f"wire-{i}.txt", title=f"Strike on {place}, report {i}",
            body=f"Russia launched {i + 3} drones at {place} overnight, officials said. "
                 f"Air defences shot down {i + 1} of them.",
        )


class CountingStore:
    """A real store that also records how far the reader had got at each write."""

    def __init__(self, store: Store, produced: list[int]) -> None:
        self.store, self.produced, self.leads = store, produced, []

    def add_article(self, article: Article, events: list[Event]) -> AddResult:
        self.leads.append(self.produced[0] - (len(self.leads) + 1))
        return self.store.add_article(article, events)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = open_store(str(tmp_path / "batch.db"))
    yield opened
    opened.close()


@pytest.mark.parametrize("workers", [1, 2])
def test_reading_stays_a_few_chunks_ahead_of_writing(store: Store, workers: int) -> None:
    produced = [0]

    def reader() -> Iterator[Article]:
        for article in short_articles(40):
            produced[0] += 1
            yield article

    counting = CountingStore(store, produced)
    report = ingest(reader(), counting, workers=workers, chunk_size=2, write_size=4)
    assert report.added == 40
    bound = max(workers * IN_FLIGHT_PER_WORKER, 1) * 2 + 2 + 4
    assert max(counting.leads) <= bound


def test_failures_are_collected_and_the_run_goes_on(store: Store) -> None:
    items: list[Article | InputFailure] = list(short_articles(5))
    items.insert(2, InputFailure("bad.json", "malformed JSON"))
    report = ingest(items, store)
    assert (report.added, report.articles) == (5, 5)
    assert [f.source for f in report.failures] == ["bad.json"]
    assert report.summary().startswith("5 new articles (")


def test_a_second_run_adds_nothing_and_says_so(store: Store) -> None:
    first = ingest(short_articles(8), store, workers=2, chunk_size=3)
    second = ingest(short_articles(8), store, workers=2, chunk_size=3)
    assert first.added == 8 and first.events > 0
    assert (second.added, second.unchanged, second.events) == (0, 8, 0)
    assert second.summary().startswith("0 new articles (0 events), 8 unchanged")


def test_dask_missing_is_a_clear_error(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if dask[distributed] were not installed
    with pytest.raises(ConfigError, match=r"--dask needs Dask.*pip install 'warwire\[dask\]'"):
        ingest(short_articles(1), store, dask="local")


def test_count_inputs_knows_files_and_plain_jsonl_but_not_compressed(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    for i in range(3):
        (tmp_path / "news" / f"a{i}.txt").write_text(f"Report {i}\n\nRussia launched {i} drones.\n")
    lines = "".join(json.dumps({"title": f"t{i}", "text": "Body."}) + "\n" for i in range(7))
    (tmp_path / "a.jsonl").write_text(lines)
    with gzip.open(tmp_path / "a.jsonl.gz", "wt") as out:
        out.write(lines)
    assert count_inputs([str(tmp_path / "news"), str(tmp_path / "a.jsonl")]) == 10
    assert count_inputs([str(tmp_path / "a.jsonl.gz")]) is None
    assert count_inputs(["-"]) is None


def test_a_compressed_archive_streams_through(tmp_path: Path, store: Store) -> None:
    path = tmp_path / "wire.jsonl.gz"
    with gzip.open(path, "wt") as out:
        for article in short_articles(12):
            out.write(json.dumps({"title": article.title, "text": article.body}) + "\n")
    report = ingest(read_inputs([str(path)]), store, workers=2, chunk_size=4)
    assert (report.added, report.failures) == (12, [])


class RememberingStore(CountingStore):
    """A real store that can also say which articles it holds, as `_unseen` asks."""

    def __init__(self, store: Store, produced: list[int]) -> None:
        super().__init__(store, produced)
        self.asked: list[int] = []

    def stored_articles(self, article_ids: list[str]) -> set[str]:
        self.asked.append(len(article_ids))
        return {a for a in article_ids if self.store.get_article(a) is not None}


def test_articles_already_stored_are_not_extracted_again(store: Store) -> None:
    ingest(short_articles(6), store)
    remembering = RememberingStore(store, [0])
    report = ingest(list(short_articles(9)), remembering, workers=2, chunk_size=2)
    assert (report.articles, report.unchanged, report.added) == (9, 6, 3)
    assert len(remembering.leads) == 3  # only the three new articles reached the writer
    assert remembering.asked == [2, 2, 2, 2, 1]  # asked once per chunk of input, not once per article
