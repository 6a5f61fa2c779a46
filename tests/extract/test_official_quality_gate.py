"""Official bulletins at scale: every uk-dev text is routed to the official reader, and every raw Defence
Ministry post (2,249 whole, 979 truncated) is read without error into well-formed events."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.conftest import UK_DEV
from warwire.extract.official import extract_bulletin
from warwire.ingest import read_inputs
from warwire.models import Article
from warwire.parse.language import detect_language

RAW = UK_DEV / "raw"


def test_every_uk_dev_text_is_read_as_ukrainian_or_russian() -> None:
    """Language detection routes each bulletin to the official reader (its scores are pinned in
    tests/quality_floors.toml and checked by tests/test_quality_gate.py)."""
    if not UK_DEV.is_dir():
        pytest.fail(f"the uk-dev corpus is missing at {UK_DEV}: clone warwire beside shared/")
    for item in read_inputs(sorted(str(p) for p in UK_DEV.glob("*.txt"))):
        assert isinstance(item, Article), f"{item.source}: {item.message}"  # type: ignore[union-attr]
        expected = "uk" if Path(item.source).name.startswith("kpszsu") else "ru"
        assert item.language == expected, f"{item.source}: read as {item.language!r}"


def _posts(name: str) -> list[Article]:
    path = RAW / name
    if not path.is_file():
        pytest.fail(f"{path} is missing: clone warwire beside shared/")
    posts = []
    for line in path.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        at = dt.datetime.fromisoformat(row["date"])
        posts.append(Article(source=row["id"], body=row["text"], published=at.date(), published_at=at,
                             language=detect_language(row["text"])))
    return posts


@pytest.mark.parametrize("name, share", [("mod_posts.jsonl", 0.99), ("mod_russia_truncated.jsonl", 0.95)])
def test_every_raw_defence_ministry_post_reads_without_error(name: str, share: float) -> None:
    posts = _posts(name)
    results = [extract_bulletin(post) for post in posts]
    read = sum(1 for events in results if events)
    assert read / len(posts) >= share, f"{name}: only {read} of {len(posts)} posts gave events"
    for post, events in zip(posts, results, strict=True):
        for ev in events:
            assert ev.counts and all(isinstance(v, int) and v > 0 for v in ev.counts.values()), post.source
            assert (ev.actor, ev.target, ev.claimed_by) == ("Ukraine", "Russia", "Russian Defence Ministry")
            assert ev.date is not None and abs((ev.date - post.published).days) <= 1, post.source
            for span in ev.evidence:
                assert post.body[span.start:span.end] == span.text, post.source
