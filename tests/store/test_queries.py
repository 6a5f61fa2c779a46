"""Filtering stored events: every filter, newest first, counts, full text, SQL-looking values as data."""
from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from sqlalchemy import inspect
from store_corpus import dev_corpus
from store_dbs import BACKENDS, new_db

from warwire.models import Event
from warwire.store import EventQuery, Store, open_store

ALL = 10_000


@pytest.fixture(scope="module", params=BACKENDS)
def loaded(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, list[Event]]]:
    """The dev corpus stored once per backend; these tests only read."""
    corpus = dev_corpus()
    with new_db(request.param, tmp_path_factory.mktemp("queries")) as url, open_store(url) as store:
        for article, events in corpus:
            store.add_article(article, events)
        yield store, [e for _, evs in corpus for e in evs]


def _ids(rows: list[dict]) -> set[str]:
    return {r["id"] for r in rows}


def _low(v: str | None) -> str | None:
    return v.lower() if v else None


CASES = [
    ("type", "air_attack", lambda e: e.type == "air_attack"),
    ("actor", "russia", lambda e: _low(e.actor) == "russia"),
    ("target", "UKRAINE", lambda e: _low(e.target) == "ukraine"),
    ("weapon", "missile", lambda e: e.weapon == "missile"),
    ("claimed_by", "ukrainian air force", lambda e: _low(e.claimed_by) == "ukrainian air force"),
    ("place", "kyiv", lambda e: "kyiv" in {_low(e.place), _low(e.location.name if e.location else None)}),
    ("since", "2026-01-01", lambda e: e.date is not None and e.date.isoformat() >= "2026-01-01"),
    ("until", "2023-12-31", lambda e: e.date is not None and e.date.isoformat() <= "2023-12-31"),
]


@pytest.mark.parametrize(("field", "value", "keep"), CASES, ids=[c[0] for c in CASES])
def test_each_filter_returns_exactly_the_matching_events(loaded, field, value, keep) -> None:
    store, events = loaded
    expected = {e.id for e in events if keep(e)}
    assert expected, f"the dev corpus has no event for {field}={value}: pick another value"
    q = EventQuery(**{field: value}, limit=ALL)
    assert _ids(store.query_events(q)) == expected
    assert store.count_events(q) == len(expected)


def test_filters_combine_and_results_are_newest_first(loaded) -> None:
    store, events = loaded
    q = EventQuery(type="air_attack", actor="Russia", since="2024-01-01", limit=ALL)
    rows = store.query_events(q)
    expected = {e.id for e in events if e.type == "air_attack" and e.actor == "Russia"
                and e.date and e.date.isoformat() >= "2024-01-01"}
    assert _ids(rows) == expected
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates, reverse=True)


def test_limit_and_offset_page_through_results(loaded) -> None:
    store, _ = loaded
    everything = store.query_events(EventQuery(limit=ALL))
    pages = store.query_events(EventQuery(limit=7)) + store.query_events(EventQuery(limit=7, offset=7))
    assert [r["id"] for r in pages] == [r["id"] for r in everything[:14]]


def test_text_search_finds_words_of_the_evidence(loaded) -> None:
    store, events = loaded
    word = "drones"
    expected = {e.id for e in events if any(word in s.text.lower().split() for s in e.evidence)}
    assert expected
    found = _ids(store.query_events(EventQuery(text=word, limit=ALL)))
    assert expected <= found
    for row in store.query_events(EventQuery(text=word, limit=ALL)):
        assert "drone" in " ".join(s["text"] for s in row["evidence"]).lower()


@pytest.mark.parametrize("value", [
    "Russia' OR '1'='1", "x'; DROP TABLE events; --", '" OR 1=1 --', "NEAR(drones shot)", "drones*", "\\", "%",
])
def test_sql_looking_values_are_plain_data(loaded, value: str) -> None:
    store, _ = loaded
    before = store.stats()
    for field in ("type", "actor", "target", "place", "weapon", "claimed_by"):
        assert store.query_events(EventQuery(**{field: value})) == []
        assert store.count_events(EventQuery(**{field: value})) == 0
    store.query_events(EventQuery(text=value))  # must not raise: operators in search text are words
    store.query_incidents(EventQuery(actor=value, text=value))
    assert store.stats() == before
    assert inspect(store.engine).has_table("events")


def test_bad_date_filter_is_a_clear_error(loaded) -> None:
    from warwire.errors import ConfigError

    store, _ = loaded
    with pytest.raises(ConfigError, match="YYYY-MM-DD"):
        store.query_events(EventQuery(since="last week"))


@pytest.mark.parametrize(("place", "kind"), [("kyiv", None), ("kyiv", "air_attack"), ("kyiv", "protest")])
def test_text_with_place_lists_and_counts_the_same_events(loaded, place: str, kind: str | None) -> None:
    store, events = loaded
    expected = {e.id for e in events if (kind is None or e.type == kind)
                and place in {_low(e.place), _low(e.location.name if e.location else None)}
                and any("drones" in re.findall(r"\w+", s.text.lower()) for s in e.evidence)}
    assert expected or kind == "protest", f"the dev corpus has no drones in {place}: pick another place"
    q = EventQuery(text="drones", place=place, type=kind, limit=ALL)
    assert _ids(store.query_events(q)) == expected
    assert store.count_events(q) == len(expected)
