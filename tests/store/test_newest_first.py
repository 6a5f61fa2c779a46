"""Listing order: newest first, undated events last, pages that add up, on both backends."""
from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Iterator

import pytest
from store_corpus import dev_corpus
from store_dbs import BACKENDS, new_db

from warwire.models import Article, Event, Location
from warwire.store import EventQuery, Store, open_store

PLACES = ["Kyiv", "Odesa", "Kharkiv"]
DAY = dt.date(2024, 3, 1)


def variants() -> list[tuple[Article, list[Event]]]:
    """The dev events copied four times over three places and four days: many ties on a day, some undated."""
    out = []
    i = 0
    for k in range(4):
        for article, events in dev_corpus():
            copy = dataclasses.replace(article, source=f"{article.source}#variant{k}",
                                       body=f"{article.body}\n[variant {k}]")
            evs = []
            for ev in events:
                i += 1
                evs.append(dataclasses.replace(
                    ev, article=None, place=None,
                    date=None if i % 10 == 0 else DAY + dt.timedelta(days=i % 4),
                    location=Location(name=PLACES[i % 3], country="UA"),
                ))
            out.append((copy, evs))
    return out


@pytest.fixture(scope="module", params=BACKENDS)
def stored(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, list[Event]]]:
    """The variants stored in one batch, so the storage order is the list order."""
    items = variants()
    with new_db(request.param, tmp_path_factory.mktemp("newest")) as url, open_store(url) as store:
        store.add_articles(items)
        yield store, [e for _, evs in items for e in evs]


def expected_order(events: list[Event], keep) -> list[str]:
    """Matching event ids newest first: by date, then the later stored first; undated last."""
    ranked = [(e.date is not None, e.date or DAY, seq, e.id) for seq, e in enumerate(events) if keep(e)]
    return [r[3] for r in sorted(ranked, reverse=True)]


@pytest.mark.parametrize(("place", "kind"), [("kyiv", "air_attack"), ("Odesa", "strike"), ("kharkiv", None)])
def test_place_pages_follow_the_newest_first_order(stored, place: str, kind: str | None) -> None:
    store, events = stored
    want = expected_order(events, lambda e: e.location.name.lower() == place.lower()
                          and (kind is None or e.type == kind))
    assert len(want) > 20 and len({e.date for e in events}) == 5  # pages end inside a day, and cross into undated
    for limit in (1, 7, 20):
        got = []
        for offset in range(0, len(want) + limit, limit):
            got += [r["id"] for r in store.query_events(EventQuery(place=place, type=kind, limit=limit, offset=offset))]
        assert got == want, f"limit {limit}"
    assert store.count_events(EventQuery(place=place, type=kind)) == len(want)


def test_place_and_type_with_dates(stored) -> None:
    store, events = stored
    q = EventQuery(place="kyiv", type="strike", since="2024-03-02", until="2024-03-03", limit=5, offset=3)
    want = expected_order(events, lambda e: e.location.name == "Kyiv" and e.type == "strike" and e.date is not None
                          and dt.date(2024, 3, 2) <= e.date <= dt.date(2024, 3, 3))
    assert len(want) > 8
    assert [r["id"] for r in store.query_events(q)] == want[3:8]


def test_undated_events_come_last(stored) -> None:
    store, events = stored
    want = expected_order(events, lambda e: e.type == "strike")
    undated = sum(1 for e in events if e.type == "strike" and e.date is None)
    assert 0 < undated < len(want)
    got = [r["id"] for r in store.query_events(EventQuery(type="strike", limit=len(want) + 5))]
    assert got == want
    # a page that straddles the last dated event, and one past every dated event
    assert [r["id"] for r in store.query_events(EventQuery(type="strike", limit=4, offset=len(want) - undated - 2))] \
        == want[len(want) - undated - 2:len(want) - undated + 2]
    tail = store.query_events(EventQuery(type="strike", limit=50, offset=len(want) - undated + 1))
    assert [r["id"] for r in tail] == want[len(want) - undated + 1:]
    assert [r["date"] for r in store.query_events(EventQuery(limit=10_000))][-1] is None


@pytest.mark.parametrize("kind", [None, "air_attack"])
def test_text_with_place_is_newest_first_undated_last(stored, kind: str | None) -> None:
    store, events = stored
    want = expected_order(events, lambda e: e.location.name == "Kyiv" and (kind is None or e.type == kind)
                          and any("ballistic" in re.findall(r"\w+", s.text.lower()) for s in e.evidence))
    assert len(want) > 3 and any(e.date is None for e in events if e.id in set(want))  # the list runs into undated events
    assert [r["id"] for r in store.query_events(EventQuery(text="ballistic", place="Kyiv", type=kind, limit=500))] == want
    assert store.count_events(EventQuery(text="ballistic", place="Kyiv", type=kind)) == len(want)


@pytest.mark.parametrize(("kind", "since"), [(None, None), ("strike", None), (None, "2024-03-02")])
@pytest.mark.parametrize("word", ["attack", "drones"])
def test_text_with_place_is_the_text_matches_named_there(stored, word: str, kind: str | None,
                                                         since: str | None) -> None:
    """Text with a place is one full-text match (the place is a token beside the evidence): the same events,
    in the same order, as the text's matches filtered by the place rows."""
    store, _ = stored
    by_text = store.query_events(EventQuery(text=word, type=kind, since=since, limit=10_000))
    by_place = {e["id"] for e in store.query_events(EventQuery(place="kyiv", type=kind, since=since, limit=10_000))}
    want = [e["id"] for e in by_text if e["id"] in by_place]
    assert len(want) > 3
    q = EventQuery(text=word, place="Kyiv", type=kind, since=since, limit=10_000)
    assert [e["id"] for e in store.query_events(q)] == want
    assert store.count_events(q) == len(want)
    assert store.count_events(q, cap=2) == 3  # capped: counting stops after cap + 1
