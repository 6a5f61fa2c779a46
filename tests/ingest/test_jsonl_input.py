"""JSON and JSON-lines articles: fields, per-line failures named file:line, and streaming in bounded memory."""
from __future__ import annotations

import datetime as dt
import io
import itertools
import json
from pathlib import Path

import zstandard

from warwire.ingest import InputFailure, read_inputs
from warwire.ingest.jsonl import read_jsonl
from warwire.models import Article


def line(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False) + "\n"


def test_fields_of_a_json_line(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(line(title="Strike on Sumy", text="SUMY (AP) — A missile hit a school.",
                         published="2024-11-17T06:30:00Z", url="https://example.org/s"))
    (art,) = read_inputs([path])
    assert isinstance(art, Article)
    assert (art.title, art.url, art.published, art.agency, art.dateline_place) == (
        "Strike on Sumy", "https://example.org/s", dt.date(2024, 11, 17), "AP", "Sumy")
    assert art.published_at == dt.datetime(2024, 11, 17, 6, 30, tzinfo=dt.UTC)
    assert art.source == str(path)


def test_date_key_and_unix_seconds(tmp_path: Path) -> None:
    path = tmp_path / "a.ndjson"
    path.write_text(line(text="One.", date="30 November 2024") + line(text="Two.", published=1732924800))
    a, b = read_inputs([path])
    assert a.published == dt.date(2024, 11, 30) and b.published == dt.date(2024, 11, 30)


def test_bad_lines_are_failures_and_the_rest_are_read(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text(line(text="First.") + "{not json\n" + "\n" + "[1, 2]\n" + line(title="no text")
                    + line(text="x", published="soonish") + line(text="Last."))
    items = list(read_inputs([path]))
    assert [i.body for i in items if isinstance(i, Article)] == ["First.", "Last."]
    failures = [i for i in items if isinstance(i, InputFailure)]
    assert [f.source for f in failures] == [f"{path}:{n}" for n in (2, 4, 5, 6)]
    assert failures[0].message.startswith("malformed JSON")
    assert "array" in failures[1].message and "no article text" in failures[2].message
    assert "not a date" in failures[3].message


def test_json_array_with_a_bad_item(tmp_path: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text(json.dumps([{"text": "A."}, "oops", {"body": "B.", "headline": "H"}]))
    items = list(read_inputs([path]))
    assert [type(i) for i in items] == [Article, InputFailure, Article]
    assert items[1].source == f"{path}[1]" and items[2].title == "H"


def test_json_object_holding_articles(tmp_path: Path) -> None:
    path = tmp_path / "dump.json"
    path.write_text(json.dumps({"articles": [{"text": "A."}, {"text": "B."}]}, indent=2))
    assert [a.body for a in read_inputs([path])] == ["A.", "B."]


def test_oversized_line_is_one_failure(tmp_path: Path) -> None:
    data = (line(text="before") + line(text="x" * 5000) + line(text="after")).encode()
    items = list(read_jsonl(io.BufferedReader(io.BytesIO(data)), "big.jsonl", limit=1000))
    assert [type(i) for i in items] == [Article, InputFailure, Article]
    assert items[1].source == "big.jsonl:2" and "longer than" in items[1].message


def test_compressed_jsonl_archive(tmp_path: Path) -> None:
    path = tmp_path / "archive.jsonl.zst"
    body = "".join(line(text=f"Report {n}.", published="2025-01-01") for n in range(2000))
    path.write_bytes(zstandard.ZstdCompressor().compress(body.encode()))
    items = list(read_inputs([path]))
    assert len(items) == 2000 and all(isinstance(i, Article) for i in items)
    assert items[-1].body == "Report 1999."


class EndlessLines(io.RawIOBase):
    """A stream of JSON lines that never ends: reading it whole would never return."""

    def __init__(self) -> None:
        self.counter = itertools.count()
        self.pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        while len(self.pending) < len(buffer):
            self.pending += line(text=f"Report {next(self.counter)}.").encode()
        n = len(buffer)
        buffer[:n], self.pending = self.pending[:n], self.pending[n:]
        return n


def test_json_lines_are_streamed_not_read_whole() -> None:
    stream = io.BufferedReader(EndlessLines(), 65536)
    first = list(itertools.islice(read_jsonl(stream, "endless.jsonl"), 5000))
    assert [a.body for a in first[:2]] == ["Report 0.", "Report 1."] and len(first) == 5000


def test_channel_export_posts_are_dated_in_the_channel_time_zone(tmp_path: Path) -> None:
    import pytest

    telegram = pytest.importorskip("warwire.ingest.telegram")
    if not hasattr(telegram, "article_from_post"):
        pytest.skip("the telegram reader has no article_from_post")
    path = tmp_path / "posts.jsonl"
    text = "Ночью дежурными средствами ПВО уничтожены 12 беспилотных летательных аппаратов над территорией области."
    path.write_text(line(channel="some_channel", date="2024-03-09T22:30:00+00:00", text=text))
    (art,) = read_inputs([path])
    assert art.language == "ru"
    assert art.published == dt.date(2024, 3, 10)  # 01:30 in Moscow
    assert art.outlet == "some_channel" and art.source == str(path)
