"""Property: whatever an event holds, the store gives it back unchanged (counts read from the claim ledger)."""
from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from warwire.models import COUNT_KEYS, EVENT_TYPES, HEDGES, Article, Event, Location, Span
from warwire.store import EventQuery, open_store

names = st.one_of(st.none(), st.text(min_size=1, max_size=20).filter(lambda s: s.strip() == s and s.strip()))
counts = st.dictionaries(st.sampled_from(COUNT_KEYS), st.integers(min_value=0, max_value=10**9), max_size=4)


@st.composite
def articles_with_events(draw: st.DrawFn) -> tuple[Article, list[Event]]:
    body = draw(st.text(min_size=1, max_size=200))
    article = Article(source=f"prop/{draw(st.uuids())}.txt", body=body, title=draw(names),
                      published=draw(st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1)))))
    events = []
    for _ in range(draw(st.integers(0, 3))):
        c = draw(counts)
        start = draw(st.integers(0, len(body)))
        end = draw(st.integers(start, len(body)))
        loc = draw(st.one_of(st.none(), st.builds(
            Location, name=st.text(min_size=1, max_size=15),
            lat=st.one_of(st.none(), st.floats(-90, 90)), lon=st.one_of(st.none(), st.floats(-180, 180)))))
        events.append(Event(
            type=draw(st.sampled_from(EVENT_TYPES)),
            date=draw(st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1)))),
            date_precision=draw(st.sampled_from(["day", "month", "unknown"])),
            actor=draw(names), target=draw(names), weapon=draw(st.sampled_from([None, "drone", "missile", "mixed"])),
            location=loc, place=draw(names), item=draw(names), status=draw(names), counts=c,
            hedges={k: draw(st.sampled_from(HEDGES)) for k in c if draw(st.booleans())},
            claimed_by=draw(names), evidence=[Span(body[start:end], start, end)],
        ))
    # Two drawn events that differ only where the id does not look (the claimant) are one event told twice,
    # which the store keeps once: the property is about distinct events.
    return article, list({ev.id: ev for ev in reversed(events)}.values())


@settings(max_examples=30, deadline=None)
@given(item=articles_with_events())
def test_stored_events_come_back_as_they_went_in(item: tuple[Article, list[Event]]) -> None:
    article, events = item
    with tempfile.TemporaryDirectory() as tmp, open_store(str(Path(tmp) / "prop.db")) as store:
        result = store.add_article(article, events)
        got = store.get_article(result.article_id)
        assert got is not None and got["body"] == article.body
        stored = {e["id"]: e for e in got["events"]}
        expected = {ev.id: ev.to_dict() for ev in events}
        assert set(stored) == set(expected)
        for eid, d in expected.items():
            assert {k: v for k, v in stored[eid].items() if k != "incident_id"} == d
            assert stored[eid]["incident_id"]
        assert store.add_article(article, events).status == "unchanged"
        assert store.count_events(EventQuery(limit=0)) >= len(expected)
