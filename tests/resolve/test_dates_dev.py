"""The dev corpus: every dated gold event should be dated by some phrase of its article.

Reads the real articles from ../shared/eval/dev at test time (never copied here).
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from tests.conftest import DEV
from warwire.resolve.dates import DateMention, find_dates

# Floors reached when this test was written; raise them as the rules improve.
ALL_EVENTS_FLOOR = 1.0
NOT_PUBLICATION_DAY_FLOOR = 1.0


def _body_mentions(text: str, published: dt.date) -> list[DateMention]:
    """Mentions in the article, minus a date line standing alone (the article's own date)."""
    mentions = []
    for mention in find_dates(text, published):
        line_start = text.rfind("\n", 0, mention.start) + 1
        line_end = text.find("\n", mention.end)
        line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
        if line != mention.text.strip():
            mentions.append(mention)
    return mentions


def _day_events(dev_dir: Path) -> list[tuple[str, dt.date, dt.date, set[dt.date]]]:
    rows = []
    for gold_path in sorted(dev_dir.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        published = dt.date.fromisoformat(gold["article"]["published"])
        text = gold_path.with_name(gold_path.name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        found = {m.date for m in _body_mentions(text, published) if m.date and not m.future}
        for event in gold["events"]:
            if event.get("date") and event.get("date_precision", "day") == "day":
                rows.append((gold_path.name, published, dt.date.fromisoformat(event["date"]), found))
    return rows


def test_every_dated_gold_event_has_a_phrase_for_its_date(dev_dir: Path) -> None:
    assert DEV.is_dir()
    rows = _day_events(dev_dir)
    assert len(rows) >= 50, "the dev corpus should hold dozens of dated events"
    hits = [r for r in rows if r[2] in r[3]]
    away = [r for r in rows if r[2] != r[1]]
    away_hits = [r for r in away if r[2] in r[3]]
    rate, away_rate = len(hits) / len(rows), len(away_hits) / len(away)
    print(f"\ndev gold dates found: {len(hits)}/{len(rows)} = {rate:.3f}; "
          f"not on the publication day: {len(away_hits)}/{len(away)} = {away_rate:.3f}")
    misses = [f"{name}: {date}" for name, _, date, found in rows if date not in found]
    assert rate >= ALL_EVENTS_FLOOR, misses
    assert away_rate >= NOT_PUBLICATION_DAY_FLOOR, misses


def test_gold_dates_are_not_found_by_accident(dev_dir: Path) -> None:
    """Against an article date a week late, far fewer gold dates are found: the hits above are earned."""
    rows = []
    for name, published, date, _ in _day_events(dev_dir):
        text = (dev_dir / name.replace(".gold.json", ".txt")).read_text(encoding="utf-8")
        shifted = published + dt.timedelta(days=7)
        found = {m.date for m in _body_mentions(text, shifted) if m.date}
        rows.append(date in found)
    print(f"\nwith a wrong article date: {sum(rows)}/{len(rows)}")
    assert sum(rows) / len(rows) < 0.6
