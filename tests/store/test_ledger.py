"""Storing articles: idempotent ids, new versions, the claim ledger, feed state."""
from __future__ import annotations

import dataclasses

from sqlalchemy import text
from store_corpus import dev_corpus, second_report

from warwire.models import Article
from warwire.store import EventQuery, Store


def test_dev_corpus_twice_adds_nothing(store: Store) -> None:
    corpus = dev_corpus()
    first = [store.add_article(a, evs) for a, evs in corpus]
    assert {r.status for r in first} == {"added"}
    after_first = store.stats()
    assert after_first["articles"] == len(corpus)
    assert after_first["events"] == sum(len({e.id for e in evs}) for _, evs in corpus)
    assert after_first["claims"] == sum(len(e.counts) for _, evs in corpus for e in evs)

    again = [store.add_article(a, evs) for a, evs in dev_corpus()]
    assert {r.status for r in again} == {"unchanged"}
    assert sum(r.events_added for r in again) == 0
    assert store.stats() == after_first


def test_counts_are_read_from_the_claim_ledger(store: Store) -> None:
    article, events = second_report()
    store.add_article(article, events)
    ev = events[0]
    with store.engine.connect() as conn:
        rows = conn.execute(text("SELECT count_key, value, claimant, evidence_start, evidence_end "
                                 "FROM claims WHERE event_id = :e"), {"e": ev.id}).all()
        view = conn.execute(text("SELECT count_key, value FROM event_counts WHERE event_id = :e"), {"e": ev.id}).all()
    assert {r.count_key: r.value for r in rows} == ev.counts == dict(view)
    assert {r.claimant for r in rows} == {"Ukrainian Air Force"}
    for r in rows:  # each claim points at the sentence that states its figure
        assert str(ev.counts[r.count_key]) in article.body[r.evidence_start:r.evidence_end]
    stored = store.query_events(EventQuery())
    assert stored[0]["counts"] == ev.counts
    assert {k: v for k, v in stored[0].items() if k != "incident_id"} == ev.to_dict()


def test_changed_article_is_a_new_version_and_replaces_its_events(store: Store) -> None:
    article, events = second_report()
    first = store.add_article(article, events)
    edited = dataclasses.replace(article, body=article.body + "Two people were injured in Kyiv.\n")
    new_events = []
    for ev in events:
        copy = dataclasses.replace(ev, counts={**ev.counts, "injured": 2}, article=None)
        new_events.append(copy)
    second = store.add_article(edited, new_events)
    assert second.status == "new_version" and second.article_id != first.article_id
    assert second.events_added == 1
    old = store.get_article(first.article_id)
    assert old is not None and old["superseded_by"] == second.article_id and old["events"] == []
    current = store.query_events(EventQuery())
    assert len(current) == 1 and current[0]["counts"]["injured"] == 2
    assert store.stats()["superseded"] == 1
    # the incident follows the new version: one event, the new one
    incidents = store.query_incidents(EventQuery())
    assert len(incidents) == 1 and incidents[0]["events"] == 1


def test_articles_sharing_a_jsonl_source_do_not_replace_each_other(store: Store) -> None:
    one = Article(source="archive.jsonl", body="First report text.", title="First")
    two = Article(source="archive.jsonl", body="Second report text.", title="Second")
    assert store.add_article(one, []).status == "added"
    assert store.add_article(two, []).status == "added"
    assert store.stats()["articles"] == 2 and store.stats()["superseded"] == 0


def test_get_article_returns_body_and_events_for_highlighting(store: Store) -> None:
    article, events = second_report()
    result = store.add_article(article, events)
    got = store.get_article(result.article_id)
    assert got is not None and got["body"] == article.body
    span = got["events"][0]["evidence"][0]
    assert got["body"][span["start"]:span["end"]] == span["text"]
    assert store.get_article("no-such-id") is None


def test_feed_state_round_trip_and_known_urls(store: Store) -> None:
    assert store.get_feed_state("https://example.org/feed.xml") is None
    store.set_feed_state("https://example.org/feed.xml", '"abc"', "Fri, 29 Nov 2024 09:00:00 GMT", ["a", "b"])
    store.set_feed_state("https://example.org/feed.xml", '"def"', None, ["a", "b", "c"])
    state = store.get_feed_state("https://example.org/feed.xml")
    assert state == {"etag": '"def"', "last_modified": None, "seen": {"a", "b", "c"}}
    article = Article(source="https://example.org/story", url="https://example.org/story", body="Text.")
    assert not store.has_article_url("https://example.org/story")
    store.add_article(article, [])
    assert store.has_article_url("https://example.org/story")
