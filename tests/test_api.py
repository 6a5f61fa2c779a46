"""`warwire.api.extract`: article text, paths and URLs in, events out; errors raised as WarwireError."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from warwire.api import extract, read_articles
from warwire.errors import ConfigError, FormatError, InputError
from warwire.pipeline import extract_events

TEXT = ("Drones over Odesa\n2024-12-01\n\nODESA, Dec 1 (Reuters) - Russia launched 30 drones at Ukraine "
        "overnight, the air force said.\n")


def test_text_with_a_header_is_read_like_a_file() -> None:
    (art,) = read_articles(TEXT, source="note")
    assert (art.source, art.title, art.published, art.agency) == ("note", "Drones over Odesa", dt.date(2024, 12, 1), "Reuters")
    assert art.body.startswith("ODESA")


def test_bare_text_takes_the_published_date() -> None:
    (art,) = read_articles("Shelling hit Kherson on Friday.", published=dt.date(2024, 5, 3))
    assert art.source == "<text>" and art.published == dt.date(2024, 5, 3) and art.title is None


def test_path_and_text_give_the_same_events(tmp_path: Path, dev_dir: Path) -> None:
    path = dev_dir / "reuters-2024-11-17-russia-pounds-power-grid.txt"
    by_path = extract(path)
    by_text = extract(path.read_text(encoding="utf-8"), source=str(path))
    assert [e.to_dict() for e in by_path] == [e.to_dict() for e in by_text]
    (art,) = read_articles(str(path))
    assert [e.id for e in by_path] == [e.id for e in extract_events(art)]


def test_published_as_text() -> None:
    (art,) = read_articles("Body only.", published=None)
    assert art.published is None
    assert extract("Body only.", published="30 November 2024") == extract_events(
        read_articles("Body only.", published=dt.date(2024, 11, 30))[0])
    with pytest.raises(ConfigError, match="not a date"):
        extract("Body only.", published="whenever")


def test_errors_name_the_input(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"news/missing\.txt: no such file"):
        extract("news/missing.txt")
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    with pytest.raises(FormatError, match=r"bad\.json: malformed JSON"):
        extract(bad)
    with pytest.raises(InputError, match="empty"):
        extract("   ")
