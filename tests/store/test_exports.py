"""Exports an analyst can load elsewhere: complete by default, ACLED's CSV shape, GeoJSON that GDAL reads.

Every test runs on a SQLite file and on the real PostgreSQL server.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from store_dbs import BACKENDS, new_db
from typer.testing import CliRunner

from warwire.cli import app
from warwire.export import ACLED_COLUMNS, CSV_COLUMNS
from warwire.models import Article, Event, Location, Span
from warwire.store import EventQuery, open_store

runner = CliRunner()
N = 260  # more than a table's page of 100 and than one streaming batch of the tests below
PLACES = [
    Location(name="Kherson", admin1="Kherson Oblast", country="UA", lat=46.64, lon=32.61, precision="settlement"),
    Location(name="Kherson Oblast", admin1="Kherson Oblast", country="UA", lat=46.75, lon=33.35, precision="admin1"),
    Location(name="Belgorod", admin1="Belgorod Oblast", country="RU", lat=50.6, lon=36.59, precision="settlement"),
]


def synthetic_reports() -> list[tuple[Article, list[Event]]]:
    """N events over ten articles: air attacks with figures, strikes with and without deaths, some undated."""
    out = []
    for a in range(10):
        day = dt.date(2024, 11, 1) + dt.timedelta(days=a)
        sentences, events = [], []
        for i in range(N // 10):
            text = f"Report {a}-{i}: Russia launched {i + 10} drones and {i} were shot down, the air force said."
            sentences.append(text)
            start = sum(len(s) + 1 for s in sentences[:-1])
            span = Span(text, start, start + len(text))
            undated = a == 9 and i % 2 == 0
            if i % 3 == 0:
                ev = Event(type="strike", date=None if undated else day, date_precision="unknown" if undated else "day",
                           actor="Russia", target="Ukraine", location=PLACES[i % 3],
                           counts={"killed": i % 4} if i % 4 else {}, evidence=[span])
            else:
                ev = Event(type="air_attack", date=None if undated else day,
                           date_precision="unknown" if undated else "day", actor="Russia", target="Ukraine",
                           weapon="drone", counts={"launched": i + 10, "intercepted": i}, hedges={"launched": "more_than"},
                           claimed_by="Ukrainian Air Force", location=PLACES[(i // 3) % 3] if i % 5 else None,
                           evidence=[span])
            events.append(ev)
        art = Article(source=f"report-{a}.txt", body="\n".join(sentences), title=f"Night {a}",
                      url=f"https://news.example/{a}", published=day, outlet="Example News")
        out.append((art, events))
    return out


@pytest.fixture(scope="module", params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with new_db(request.param, tmp_path_factory.mktemp("exports")) as url:
        with open_store(url) as store:
            store.add_articles(synthetic_reports())
        yield url


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_machine_formats_hold_every_match_unless_limited(db: str) -> None:
    code, out, _ = run("events", "--db", db, "-f", "jsonl")
    assert code == 0 and len(out.splitlines()) == N
    code, out, _ = run("events", "--db", db, "-f", "csv")
    assert code == 0 and len(list(csv.DictReader(io.StringIO(out)))) == N
    code, out, _ = run("events", "--db", db, "-f", "jsonl", "--limit", "7", "--offset", "3")
    assert code == 0 and len(out.splitlines()) == 7
    code, _, err = run("events", "--db", db, "-f", "jsonl", "--limit", "0")
    assert code == 2 and "--limit" in err


def test_the_stream_reads_the_same_events_in_the_same_order_as_the_pages(db: str) -> None:
    with open_store(db) as store:
        paged = [e["id"] for e in store.query_events(EventQuery(limit=10_000))]
        streamed = [e for e in store.iter_events(EventQuery(), batch=7)]
        assert [e["id"] for e in streamed] == paged
        assert streamed[0]["counts"] and streamed[-1]["date"] is None  # claims read per batch; undated last
        only = [e["id"] for e in store.iter_events(EventQuery(type="strike", since="2024-11-03"), batch=5)]
        assert only == [e["id"] for e in store.query_events(EventQuery(type="strike", since="2024-11-03", limit=10_000))]


def test_the_csv_is_acleds_31_columns_then_warwires(db: str) -> None:
    code, out, _ = run("events", "--db", db, "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    header = list(rows[0])
    assert header[:31] == ACLED_COLUMNS and len(ACLED_COLUMNS) == 31 and header == CSV_COLUMNS
    strikes = [r for r in rows if r["type"] == "strike"]
    assert all(r["fatalities"].isdigit() for r in rows) and any(r["fatalities"] == "0" for r in strikes)
    air = next(r for r in rows if r["type"] == "air_attack" and r["location"] == "Kherson")
    assert (air["event_type"], air["sub_event_type"], air["disorder_type"]) == \
        ("Explosions/Remote violence", "Air/drone strike", "Political violence")
    assert (air["country"], air["iso"], air["region"], air["geo_precision"]) == ("Ukraine", "804", "Europe", "1")
    assert air["source"] == "Example News" and air["notes"].endswith("the air force said.")
    assert air["event_id_cnty"].startswith("UKR-") and air["timestamp"].isdigit()
    assert air["inter1"] == "State forces" and air["interaction"] == "State forces-State forces"
    oblast = next(r for r in rows if r["location"] == "Kherson Oblast")
    assert oblast["geo_precision"] == "3" and oblast["precision"] == "admin1"
    belgorod = next(r for r in rows if r["location"] == "Belgorod")
    assert (belgorod["country"], belgorod["iso"]) == ("Russia", "643")


def test_extract_and_events_write_the_same_csv_columns(db: str, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("KYIV, Nov 29 (Example) - Russia launched 40 drones at Ukraine overnight, of which 30 were "
                       "shot down, Ukraine's air force said on Friday.\n", encoding="utf-8")
    code, out, _ = run("extract", str(article), "-f", "csv", "--published", "2024-11-29")
    assert code == 0
    assert next(csv.reader(io.StringIO(out))) == CSV_COLUMNS


def test_geojson_reads_in_gdal_with_flat_figures_to_style_by(db: str, tmp_path: Path) -> None:
    import numpy as np
    import pyogrio  # GDAL's reader, from the test extra
    code, out, err = run("events", "--db", db, "-f", "geojson")
    assert code == 0 and "warwire: warning:" in err and "no coordinates" in err and "error" not in err
    path = tmp_path / "events.geojson"
    path.write_text(out, encoding="utf-8")
    info = pyogrio.read_info(path)
    types = dict(zip(info["fields"], info["dtypes"], strict=True))
    assert info["geometry_type"] == "Point" and info["features"] == len(json.loads(out)["features"])
    assert {types["launched"], types["killed"], types["fatalities"]} <= {"int32", "int64"}  # numbers, not text
    for name in ("precision", "claimed_by", "outlet", "url", "launched_hedge", "notes"):
        assert types[name] == "object", name
    meta, _, geometry, fields = pyogrio.raw.read(path)
    launched = dict(zip(meta["fields"], fields, strict=True))["launched"]
    figures = [f["properties"]["launched"] for f in json.loads(out)["features"]]
    assert np.nanmax(launched) == max(v for v in figures if v is not None)  # a graduated style's top class
    # an OGR SQL filter on a figure, as a rule-based style would use
    _, _, _, big = pyogrio.raw.read(path, where="launched >= 20 AND precision = 'settlement'")
    assert 0 < len(big[0]) < info["features"]
