"""Sitrep citations name the outlet (stored outlet, wire agency), and fall back to host or file name only when unknown."""
from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest

from warwire.ingest import read_inputs
from warwire.models import Article
from warwire.pipeline import extract_events
from warwire.report import build_sitrep, outlet_of, render_html, render_markdown
from warwire.store import EventQuery, open_store

DEV = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev"
REUTERS = DEV / "reuters-2024-11-17-russia-pounds-power-grid.txt"
FOX = DEV / "foxnews-2026-01-09-hypersonic-missile-massive-attack.txt"
FOX_URL = "https://www.foxnews.com/world/russia-fires-new-hypersonic-missile-massive-ukraine-attack-kremlin-says"


def read(path: Path) -> Article:
    [article] = [a for a in read_inputs([str(path)]) if isinstance(a, Article)]
    return article


def cites(store_path: Path, day: dt.date) -> list:
    with open_store(str(store_path)) as store:
        rep = build_sitrep(store, day)
    return [c for section in rep.sections for s in section.sentences for c in s.citations]


def test_wire_copy_is_cited_by_its_agency(dev_store_path: Path) -> None:
    found = cites(dev_store_path, dt.date(2024, 11, 17))
    assert found and {c.outlet for c in found} == {"Reuters"}
    with open_store(str(dev_store_path)) as store:
        md = render_markdown(build_sitrep(store, dt.date(2024, 11, 17)))
    assert f"(Reuters, “Russia pounds Ukraine's power grid in 'massive' air strike”, {REUTERS})" in md


def test_an_unknown_outlet_falls_back_to_the_file_name(dev_store_path: Path) -> None:
    found = [c for c in cites(dev_store_path, dt.date(2026, 1, 9)) if c.source == str(FOX)]
    assert found and {c.outlet for c in found} == {FOX.name}


def test_a_stored_outlet_rides_on_the_events_and_names_the_citation(tmp_path: Path) -> None:
    plain = read(FOX)
    named = dataclasses.replace(plain, outlet="Fox News", url=FOX_URL)
    events = extract_events(named)
    assert events and all(e.article is not None and e.article.outlet == "Fox News" for e in events)
    # the outlet is metadata: the same report without it has the same article and event ids
    assert named.id == plain.id
    assert sorted(e.id for e in events) == sorted(e.id for e in extract_events(plain))
    with open_store(str(tmp_path / "w.db")) as store:
        store.add_article(named, events)
        stored = store.query_events(EventQuery(limit=1000))
        rep = build_sitrep(store, dt.date(2026, 1, 9))
    assert stored and {e["article"]["outlet"] for e in stored} == {"Fox News"}
    found = [c for section in rep.sections for s in section.sentences for c in s.citations]
    assert found and {(c.outlet, c.url) for c in found} == {("Fox News", FOX_URL)}
    headline = "Russia fires new hypersonic missile in massive Ukraine attack, Kremlin says"
    assert f"Fox News, “{headline}”, <{FOX_URL}>" in render_markdown(rep)  # outlet, headline, URL, all visible
    assert f'Fox News, “{headline}”, <a href="{FOX_URL}" rel="noopener noreferrer">{FOX_URL}</a>' in render_html(rep)


def test_events_stored_without_the_outlet_read_it_from_the_articles_table(tmp_path: Path) -> None:
    """A store written before article references carried `outlet`: the report asks the articles table."""
    article = dataclasses.replace(read(FOX), outlet="Fox News")
    db = tmp_path / "old.db"
    with open_store(str(db)) as store:
        store.add_article(article, extract_events(article))
        with store.engine.begin() as conn:
            rows = conn.exec_driver_sql("SELECT id, data FROM events").all()
            for eid, data in rows:
                d = json.loads(data)
                del d["article"]["outlet"]
                conn.exec_driver_sql("UPDATE events SET data = ? WHERE id = ?", (json.dumps(d), eid))
        assert all("outlet" not in e["article"] for e in store.query_events(EventQuery(limit=1000)))
    found = cites(db, dt.date(2026, 1, 9))
    assert found and {c.outlet for c in found} == {"Fox News"}


@pytest.mark.parametrize(("article", "outlet"), [
    ({"outlet": "Fox News", "agency": "AP", "url": FOX_URL, "source": FOX_URL}, "Fox News"),
    ({"outlet": "reuters.com", "agency": "Reuters", "url": "https://www.reuters.com/x", "source": "x"}, "Reuters"),
    ({"outlet": "reuters.com", "agency": None, "url": "https://www.reuters.com/x", "source": "x"}, "reuters.com"),
    ({"outlet": None, "agency": None, "url": "https://www.kyivindependent.com/a", "source": "a"}, "kyivindependent.com"),
    ({"outlet": None, "agency": None, "url": None, "source": "news/afp-landmines.txt"}, "afp-landmines.txt"),
    ({"outlet": "missile_attacks_daily.csv", "agency": None, "url": None, "source": "r.csv#rows=3"},
     "missile_attacks_daily.csv"),
])
def test_outlet_order(article: dict, outlet: str) -> None:
    assert outlet_of(article) == outlet
