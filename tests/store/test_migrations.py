"""Schema versions: a database written at an older version is upgraded in place, its rows kept."""
from __future__ import annotations

from sqlalchemy import inspect
from store_corpus import dev_corpus, second_report

from warwire.store import EventQuery, open_store
from warwire.store.migrations import LATEST, current_version


def test_an_older_database_is_upgraded_not_recreated(db_url: str) -> None:
    article, events = second_report()
    with open_store(db_url, migrate_to=1) as old:
        with old.engine.connect() as conn:
            assert current_version(conn) == 1
            assert not inspect(conn).has_table("feed_state")
        old.add_article(article, events)
    with open_store(db_url) as store:
        with store.engine.connect() as conn:
            assert current_version(conn) == LATEST
        assert store.stats()["articles"] == 1
        # rows written before full-text search existed are searchable after the upgrade
        assert [e["id"] for e in store.query_events(EventQuery(text="jamming"))] == [events[0].id]
        store.set_feed_state("https://example.org/feed", None, None, ["x"])
        assert store.get_feed_state("https://example.org/feed")["seen"] == {"x"}


def test_opening_again_runs_nothing(db_url: str) -> None:
    with open_store(db_url) as store:
        store.add_article(*second_report())
    with open_store(db_url) as store, store.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT version FROM warwire_migrations ORDER BY version").scalars().all()
        assert rows == list(range(1, LATEST + 1))
        assert store.stats()["events"] == 1


def test_a_v3_database_gains_typed_place_rows_and_place_tokens(db_url: str) -> None:
    corpus = dev_corpus()
    events = [e for _, evs in corpus for e in evs]
    with open_store(db_url, migrate_to=3) as old:
        with old.engine.connect() as conn:
            assert current_version(conn) == 3
            assert "type" not in {c["name"] for c in inspect(conn).get_columns("event_places")}
        old.add_articles(corpus)
        with old.engine.begin() as conn:  # as an older warwire wrote them: no place tokens beside the evidence
            conn.exec_driver_sql("UPDATE events SET place_terms = NULL")
    with open_store(db_url) as store:
        for word, place in (("drones", "kyiv"), ("missiles", "kyiv"), ("killed", "mykolaiv"), ("power", "odesa")):
            by_place = {e["id"] for e in store.query_events(EventQuery(place=place, limit=1000))}
            want = [e["id"] for e in store.query_events(EventQuery(text=word, limit=1000)) if e["id"] in by_place]
            assert want, f"the dev corpus has no {word!r} in {place}: pick another pair"
            q = EventQuery(text=word, place=place, limit=1000)
            assert [e["id"] for e in store.query_events(q)] == want
            assert store.count_events(q) == len(want)
        with store.engine.connect() as conn:
            assert "type" in {c["name"] for c in inspect(conn).get_columns("event_places")}
            assert "ix_event_places_name_type_date" in {i["name"] for i in inspect(conn).get_indexes("event_places")}
            untyped = conn.exec_driver_sql("SELECT count(*) FROM event_places WHERE type IS NULL").scalar_one()
            assert untyped == 0
        for place, kind in (("kyiv", "air_attack"), ("kyiv", "strike"), ("zaporizhzhia oblast", "strike")):
            want = {e.id for e in events if e.type == kind and place in {
                (e.place or "").lower(), (e.location.name.lower() if e.location else "")}}
            assert want, f"the dev corpus has no {kind} in {place}: pick another pair"
            q = EventQuery(place=place, type=kind, limit=1000)
            assert {r["id"] for r in store.query_events(q)} == want
            assert store.count_events(q) == len(want)
            assert len(store.query_events(EventQuery(place=place, type=kind, limit=1))) == 1


def test_incidents_an_earlier_version_merged_are_merged_again_exactly(db_url: str) -> None:
    corpus = dev_corpus()
    with open_store(db_url, migrate_to=5) as old:
        for article, events in corpus:
            old.add_article(article, events)
        with old.engine.begin() as conn:  # as an earlier merging might have left them: every report on its own
            conn.exec_driver_sql("UPDATE events SET incident_id = id")
            conn.exec_driver_sql("DELETE FROM incidents")
            conn.exec_driver_sql("INSERT INTO incidents (id, type, date, n_events, n_sources, disagreement, summary, "
                                 "updated_at) SELECT id, type, date, 1, 1, 0, '{}', '2026-01-01' FROM events")
    with open_store(db_url) as store:
        with store.engine.connect() as conn:
            assert current_version(conn) == LATEST
            upgraded = sorted(conn.exec_driver_sql(
                "SELECT incident_id, id FROM events ORDER BY incident_id, id").all())
        store.rebuild_incidents()
        with store.engine.connect() as conn:
            rebuilt = sorted(conn.exec_driver_sql("SELECT incident_id, id FROM events ORDER BY incident_id, id").all())
    assert upgraded == rebuilt
    assert len({i for i, _ in upgraded}) < len(upgraded)  # reports of one happening share an incident again
