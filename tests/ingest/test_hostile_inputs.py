"""Hostile inputs beside a good one: `warwire ingest` names the bad input in one line, never stalls or
crashes on it, and stores the good input's events, on SQLite and on PostgreSQL.

Each hostile file is made here, sized so that the fault it guards against would show clearly (minutes of
parsing, a lost line, a traceback) while the fixed reader deals with it in a second or two.
"""
from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))
from store_dbs import BACKENDS, new_db  # noqa: E402

import warwire  # noqa: E402
from warwire.store import EventQuery, open_store  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
GOOD_TEXT = ("Drones hit Kharkiv\n2024-11-29\n\nRussia launched 12 drones at Kharkiv overnight and 9 were shot "
             "down, the Ukrainian Air Force said.\n")
LINE = {"title": "Strike on Odesa", "published": "2024-11-30",
        "text": "A Russian missile strike on Odesa killed 3 people and injured 11, the regional governor said."}
LIMIT = 60  # seconds: each of these runs in a few on the fixed code; the faults took minutes or forever


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    with new_db(request.param, tmp_path) as url:
        yield url


def ingest(db: str, *inputs: Path, workers: int | None = None,
           env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    args = [sys.executable, "-m", "warwire", "ingest", *map(str, inputs), "--db", db]
    if workers:
        args += ["--workers", str(workers)]
    return subprocess.run(args, capture_output=True, text=True, timeout=LIMIT, cwd=inputs[0].parent,
                          env={**os.environ, **(env or {})})


def good_file(folder: Path) -> Path:
    path = folder / "good.txt"
    path.write_text(GOOD_TEXT)
    return path


def stored_ids(db: str, source_ends: str) -> set[str]:
    with open_store(db) as store:
        return {e["id"] for e in store.query_events(EventQuery(limit=1000))
                if e["article"]["source"].endswith(source_ends)}


def assert_good_stored(db: str, good: Path) -> None:
    expected = {e.id for e in warwire.extract(good)}
    assert expected, "the good input gives events"
    assert stored_ids(db, good.name) == expected


def stored_titles(db: str) -> set[str]:
    """Headlines of the articles whose events the store holds."""
    with open_store(db) as store:
        return {e["article"]["title"] for e in store.query_events(EventQuery(limit=100))}


def assert_named_once(result: subprocess.CompletedProcess[str], name: str, words: str) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, result.stderr[-2000:]
    lines = [line for line in result.stderr.splitlines() if name in line]
    assert len(lines) == 1 and words in lines[0], result.stderr[-2000:]


def test_a_tag_with_many_attributes_is_refused_unparsed(tmp_path: Path) -> None:
    # 100,000 attributes in one tag took lxml about a minute; the page is refused before it is parsed
    attrs = " ".join(f"a{i}=1" for i in range(100_000))
    hostile = tmp_path / "attributes.html"
    hostile.write_text(f"<html><body><div {attrs}><p>{LINE['text']}</p></div></body></html>")
    good = good_file(tmp_path)
    db = str(tmp_path / "w.db")
    result = ingest(db, hostile, good)
    assert result.returncode == 1
    assert_named_once(result, "attributes.html", "100,000 attributes, over the limit of 1,000")
    assert_good_stored(db, good)


def test_a_deeply_nested_json_line_fails_alone(tmp_path: Path) -> None:
    hostile = tmp_path / "deep.jsonl"
    second = {**LINE, "title": "After the deep line", "text": LINE["text"].replace("Odesa", "Mykolaiv")}
    hostile.write_text(json.dumps(LINE) + "\n" + "[" * 100_000 + "\n" + json.dumps(second) + "\n")
    good = good_file(tmp_path)
    db = str(tmp_path / "w.db")
    result = ingest(db, hostile, good)
    assert result.returncode == 1
    assert_named_once(result, "deep.jsonl:2", "nested deeper")
    titles = stored_titles(db)
    assert {"Strike on Odesa", "After the deep line"} <= titles  # the line after the deep one is read
    assert_good_stored(db, good)


def test_nul_and_lone_surrogates_are_cleaned_the_same_on_both_databases(db: str, tmp_path: Path) -> None:
    hostile = tmp_path / "unstorable.jsonl"
    text = LINE["text"].replace("said.", "said.\u0000 Sirens \ud800 sounded.")
    # json.dumps escapes the surrogate as \ud800: exactly what a producer of broken JSON writes
    hostile.write_text(json.dumps({**LINE, "title": "Odesa\u0000 strike", "text": text}) + "\n")
    good = good_file(tmp_path)
    result = ingest(db, hostile, good)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    assert_good_stored(db, good)
    with open_store(db) as store:
        evs = [e for e in store.query_events(EventQuery(limit=100)) if e["article"]["source"].endswith(".jsonl")]
        assert evs
        article = store.get_article(evs[0]["article"]["id"])
    assert article is not None
    assert article["title"] == "Odesa\ufffd strike"
    assert article["body"] == LINE["text"].replace("said.", "said.\ufffd Sirens \ufffd sounded.")
    # the same id on either database: it is the hash of the cleaned text
    expected = warwire.models.Article(source="x", body=article["body"], title=article["title"],
                                      published=warwire.models.dt.date(2024, 11, 30)).id
    assert article["id"] == expected


def test_a_compressed_file_of_blank_lines_is_counted_not_looped_over(tmp_path: Path) -> None:
    # 100 MB of newlines in 100 KB: reading them one line at a time took 86 s of CPU
    hostile = tmp_path / "blanks.jsonl.gz"
    with gzip.open(hostile, "wb", compresslevel=9) as out:
        out.write(json.dumps(LINE).encode() + b"\n")
        block = b"\n" * (1 << 20)
        for _ in range(60):
            out.write(block)
        out.write(json.dumps({**LINE, "title": "After the blanks"}).encode() + b"\n")
    assert hostile.stat().st_size < 200_000
    good = good_file(tmp_path)
    db = str(tmp_path / "w.db")
    result = ingest(db, hostile, good)
    assert result.returncode == 0, result.stderr[-2000:]
    titles = stored_titles(db)
    assert {"Strike on Odesa", "After the blanks"} <= titles
    assert_good_stored(db, good)


def test_blank_input_past_the_budget_ends_that_input_only(tmp_path: Path) -> None:
    from warwire.ingest.jsonl import MAX_BLANK_BYTES

    hostile = tmp_path / "padded.jsonl.gz"
    with gzip.open(hostile, "wb", compresslevel=9) as out:
        out.write(json.dumps(LINE).encode() + b"\n")
        block = b"\n" * (1 << 20)
        for _ in range(MAX_BLANK_BYTES // len(block) + 1):
            out.write(block)
        out.write(json.dumps({**LINE, "title": "Past the budget"}).encode() + b"\n")
    good = good_file(tmp_path)
    db = str(tmp_path / "w.db")
    result = ingest(db, hostile, good)
    assert result.returncode == 1
    assert_named_once(result, "padded.jsonl.gz", "64 MB of blank lines in a row")
    titles = stored_titles(db)
    assert "Strike on Odesa" in titles and "Past the budget" not in titles  # read up to the limit, not past it
    assert_good_stored(db, good)


def test_jsonl_articles_without_url_are_separate_articles_even_with_one_title(db: str, tmp_path: Path) -> None:
    lines = tmp_path / "same-title.jsonl"
    texts = [LINE["text"], LINE["text"].replace("Odesa", "Kherson"), LINE["text"].replace("Odesa", "Sumy")]
    lines.write_text("".join(json.dumps({**LINE, "text": t}) + "\n" for t in texts))
    result = ingest(db, lines)
    assert result.returncode == 0, result.stderr
    with open_store(db) as store:
        assert store.stats()["articles"] == 3 and store.stats()["superseded"] == 0
    # a caller's own id says which lines are versions of one article
    versions = tmp_path / "versions.jsonl"
    first = LINE["text"].replace("Odesa", "Izmail")
    versions.write_text(json.dumps({**LINE, "id": "story-7", "text": first}) + "\n")
    assert ingest(db, versions).returncode == 0
    versions.write_text(json.dumps({**LINE, "id": "story-7", "text": first + " Sirens sounded."}) + "\n")
    result = ingest(db, versions)
    assert "1 new version" in result.stdout
    with open_store(db) as store:
        assert store.stats()["articles"] == 4 and store.stats()["superseded"] == 1


@pytest.mark.parametrize("suffix", ["zst", "gz"])
def test_a_truncated_archive_is_called_truncated(tmp_path: Path, suffix: str) -> None:
    import zstandard

    lines = ("".join(json.dumps({**LINE, "title": f"Line {i}"}) + "\n" for i in range(400))).encode()
    data = zstandard.ZstdCompressor().compress(lines) if suffix == "zst" else gzip.compress(lines)
    hostile = tmp_path / f"cut.jsonl.{suffix}"
    hostile.write_bytes(data[: len(data) // 2])
    good = good_file(tmp_path)
    db = str(tmp_path / "w.db")
    result = ingest(db, hostile, good)
    assert result.returncode == 1
    assert_named_once(result, f"cut.jsonl.{suffix}", "truncated")
    assert "empty file" not in result.stderr
    assert_good_stored(db, good)


def test_a_symlink_loop_is_called_a_loop(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    good = good_file(tmp_path)
    db = str(tmp_path / "w.db")
    result = ingest(db, loop, good)
    assert result.returncode == 1
    assert_named_once(result, "loop.txt", "symbolic link")
    assert "no such file" not in result.stderr
    assert_good_stored(db, good)


@pytest.mark.parametrize("workers", [None, 2])
def test_an_article_past_the_time_budget_is_given_up_and_the_run_goes_on(tmp_path: Path, workers: int | None) -> None:
    # Each of these takes several seconds (a page of 40,000 paragraphs to read; 19,000 sentences, each with a
    # figure, to extract); with a budget of 1 s each is given up after a second, named, and the rest is stored.
    slow_page = tmp_path / "slow-page.html"
    slow_page.write_text("<html><head><title>Long page</title></head><body><article>"
                         + "".join(f"<p>Paragraph {i} of a very long page about the war.</p>" for i in range(40_000))
                         + "</article></body></html>")
    slow_text = tmp_path / "slow-text.txt"
    slow_text.write_text("Many drones\n\n" + "Russia launched 50 drones at Kyiv, officials said. " * 19_000)
    good = good_file(tmp_path)
    db = str(tmp_path / "w.db")
    result = ingest(db, slow_page, slow_text, good, workers=workers, env={"WARWIRE_INPUT_SECONDS": "1"})
    assert result.returncode == 1
    assert_named_once(result, "slow-page.html", "reading it took over 1 s, the time limit for one article")
    assert_named_once(result, "slow-text.txt", "extracting its events took over 1 s")
    assert_good_stored(db, good)
