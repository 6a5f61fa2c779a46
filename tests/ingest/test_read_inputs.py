"""read_inputs over files and folders: kinds, compression, sources as given, and bad inputs beside good ones."""
from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import pytest
import zstandard

from warwire.ingest import InputFailure, read_inputs
from warwire.ingest.sources import MAX_ARTICLE_BYTES, expand_specs
from warwire.models import Article

REPORT = "Drones over Odesa\nSunday, 1 December 2024\n\nODESA, Dec 1 (Reuters) - Russia launched 30 drones at the port.\n"


def split(items: list) -> tuple[list[Article], list[InputFailure]]:
    return [i for i in items if isinstance(i, Article)], [i for i in items if isinstance(i, InputFailure)]


def test_dev_folder_reads_only_its_articles(dev_dir: Path) -> None:
    articles, failures = split(list(read_inputs([str(dev_dir)])))
    names = [Path(a.source).name for a in articles]
    assert failures == []
    assert names == sorted(p.name for p in dev_dir.glob("*.txt"))  # no gold files, no SOURCES.md
    assert all(a.source == os.path.join(str(dev_dir), n) for a, n in zip(articles, names, strict=True))


def test_sources_are_the_folder_as_given_joined_with_the_name(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "news" / "deep").mkdir(parents=True)
    (tmp_path / "news" / "b.txt").write_text(REPORT)
    (tmp_path / "news" / "deep" / "a.md").write_text(REPORT)
    (tmp_path / "news" / ".hidden.txt").write_text(REPORT)
    (tmp_path / "news" / "a.gold.json").write_text("[]")
    (tmp_path / "news" / "README.md").write_text("# notes")
    (tmp_path / "news" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    monkeypatch.chdir(tmp_path)
    articles, failures = split(list(read_inputs(["news/"])))
    assert failures == []
    assert [a.source for a in articles] == ["news/b.txt", "news/deep/a.md"]
    assert expand_specs(["news/"]) == ["news/b.txt", "news/deep/a.md"]


def test_text_file_fields(tmp_path: Path) -> None:
    path = tmp_path / "odesa.txt"
    path.write_text(REPORT)
    (art,) = read_inputs([path])
    assert isinstance(art, Article)
    assert (art.title, str(art.published), art.dateline, art.dateline_place, art.agency) == (
        "Drones over Odesa", "2024-12-01", "ODESA", "Odesa", "Reuters")
    assert art.body.startswith("ODESA, Dec 1 (Reuters)")


def test_compressed_articles(tmp_path: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(REPORT.encode()))
    (tmp_path / "b.txt.zst").write_bytes(zstandard.ZstdCompressor().compress(REPORT.encode("utf-16")))
    articles, failures = split(list(read_inputs([tmp_path])))
    assert failures == [] and len(articles) == 2
    assert {a.body for a in articles} == {REPORT.split("\n\n", 1)[1].strip()}


def test_corrupt_archive_is_one_failure(tmp_path: Path) -> None:
    (tmp_path / "a.txt.gz").write_bytes(b"\x1f\x8b\x08\x00garbage-not-deflate" * 3)
    (tmp_path / "b.txt").write_text(REPORT)
    articles, failures = split(list(read_inputs([tmp_path])))
    assert len(articles) == 1
    assert [f.source for f in failures] == [str(tmp_path / "a.txt.gz")]
    assert "gzip" in failures[0].message


def test_mixed_folder_good_and_bad(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(REPORT)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"GIF89a\x00\x01\x02" * 10)
    (tmp_path / "latin.txt").write_bytes(REPORT.replace("Odesa", "Odésa").encode("latin-1"))
    (tmp_path / "broken.json").write_text('{"title": "x", "text": ')
    (tmp_path / "page.html").write_text("<html><body><p>Shelling hit Kherson at dawn, the governor said, "
                                        "and two people were wounded in the city centre.</p>")
    articles, failures = split(list(read_inputs([tmp_path])))
    assert sorted(Path(a.source).name for a in articles) == ["good.txt", "latin.txt", "page.html"]
    reasons = {Path(f.source).name: f.message for f in failures}
    assert set(reasons) == {"empty.txt", "bin.txt", "broken.json"}
    assert reasons["empty.txt"].startswith("empty file")
    assert reasons["bin.txt"].startswith("binary file (NUL bytes at offset 6)")
    assert reasons["broken.json"].startswith("malformed JSON at line 1")
    latin = next(a for a in articles if a.source.endswith("latin.txt"))
    assert "Odésa" in latin.title


def test_missing_path_and_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    missing = str(tmp_path / "nope.txt")
    failures = list(read_inputs([missing, str(tmp_path / "empty")]))
    assert [type(f) for f in failures] == [InputFailure, InputFailure]
    assert failures[0].source == missing and "no such file" in failures[0].message
    assert "no article files" in failures[1].message


def test_oversized_article_is_refused_without_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # sparse: 50 MB on paper, nothing on disk
    (failure,) = read_inputs([big])
    assert isinstance(failure, InputFailure)
    assert failure.message.startswith("50.0 MB is over the 10 MB limit for one article")


def test_oversized_compressed_article_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt.gz"
    path.write_bytes(gzip.compress(b"words " * (MAX_ARTICLE_BYTES // 6 + 10), compresslevel=1))
    (failure,) = read_inputs([path])
    assert isinstance(failure, InputFailure) and "10 MB limit" in failure.message


def test_explicit_file_of_unknown_kind_is_sniffed(tmp_path: Path) -> None:
    (tmp_path / "story").write_text(json.dumps({"title": "T", "text": "Body.", "published": "2024-01-02"}))
    (tmp_path / "page.dat").write_text("<!doctype html><title>x</title><p>Two drones hit a depot overnight "
                                       "in the Sumy region, officials said on Tuesday morning.</p>")
    arts, failures = split(list(read_inputs([tmp_path / "story", tmp_path / "page.dat"])))
    assert failures == []
    assert arts[0].title == "T" and str(arts[0].published) == "2024-01-02"
    assert "Sumy region" in arts[1].body


def test_telegram_previews_are_handed_to_the_telegram_reader(tmp_path: Path) -> None:
    telegram = pytest.importorskip("warwire.ingest.telegram")
    if not hasattr(telegram, "is_telegram_preview"):
        pytest.skip("warwire.ingest.telegram has no preview reader yet")
    page = ('<html><body><div class="tgme_widget_message_wrap"><div class="tgme_widget_message" '
            'data-post="kpszsu/1"><div class="tgme_widget_message_text">ЗБИТО 12 УДАРНИХ БПЛА</div>'
            '<time datetime="2024-03-26T07:00:00+00:00"></time></div></div></body></html>')
    if not telegram.is_telegram_preview(page):
        pytest.skip("sample is not the preview form this telegram reader recognises")
    (tmp_path / "t.html").write_text(page)
    arts = list(read_inputs([tmp_path / "t.html"]))
    assert arts and all(isinstance(a, Article) for a in arts)
