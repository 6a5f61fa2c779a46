"""Telegram Desktop channel exports (`result.json`): one article per text message, text as a string or parts."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.store.store_dbs import BACKENDS, new_db
from warwire.cli import app
from warwire.ingest import InputFailure, read_inputs
from warwire.ingest.telegram import message_text
from warwire.models import Article
from warwire.store import EventQuery, open_store

EXPORT = Path(__file__).resolve().parents[1] / "fixtures" / "telegram-desktop" / "result.json"
CHANNEL = "Повітряні Сили ЗСУ / Air Force of the Armed Forces of Ukraine"


def test_text_parts_are_joined_as_the_post_reads() -> None:
    assert message_text(["⚡️ ", {"type": "bold", "text": "ЗБИТО 88"}, " БпЛА ", {"type": "link", "text": "t.me/x"}]) \
        == "⚡️ ЗБИТО 88 БпЛА t.me/x"
    assert message_text("plain") == "plain" and message_text(None) == ""


def test_each_text_message_is_an_article_and_the_rest_are_skipped() -> None:
    items = list(read_inputs([str(EXPORT)]))
    assert not [i for i in items if isinstance(i, InputFailure)]
    arts = [i for i in items if isinstance(i, Article)]
    assert [a.source.rsplit("#", 1)[1] for a in arts] == ["message=2", "message=4"]  # service and photo-only skipped
    first = arts[0]
    assert first.body.startswith("⚡️ ЗБИТО 88 ВОРОЖИХ БПЛА, 41 — ЛОКАЦІЙНО ВТРАЧЕНО\n\nУ ніч на 29 листопада")
    assert first.outlet == CHANNEL and first.published == dt.date(2024, 11, 29)
    assert first.published_at == dt.datetime(2024, 11, 29, 7, 40, 12, tzinfo=dt.UTC)  # date_unixtime, not local time


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_export_is_ingested_once_with_its_figures(backend: str, tmp_path: Path) -> None:
    with new_db(backend, tmp_path) as db:
        first = CliRunner().invoke(app, ["ingest", str(EXPORT), "--db", db])
        assert first.exit_code == 0, first.output
        assert first.stdout.startswith("2 new articles (")
        again = CliRunner().invoke(app, ["ingest", str(EXPORT), "--db", db])
        assert again.stdout.startswith("0 new articles (0 events), 2 unchanged")
        with open_store(db) as store:
            events = store.query_events(EventQuery(since="2024-11-29", until="2024-11-29"))
        assert any(88 in e["counts"].values() for e in events)
        assert {e["article"]["outlet"] for e in events} == {CHANNEL}


def test_an_export_without_text_messages_is_one_clear_failure(tmp_path: Path) -> None:
    doc = json.loads(EXPORT.read_text(encoding="utf-8"))
    doc["messages"] = [m for m in doc["messages"] if not m["text"]]
    path = tmp_path / "result.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    items = list(read_inputs([str(path)]))
    assert len(items) == 1 and isinstance(items[0], InputFailure)
    assert "Telegram Desktop export with no text messages" in items[0].message
