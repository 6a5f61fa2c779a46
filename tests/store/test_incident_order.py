"""Incidents do not depend on the order reports arrive in: the same articles stored in shuffled orders, in
batches of any size, or by two writer processes at once, give the incidents of merging every report at once
(`merge.cluster`), which is also what `incidents rebuild` gives, however long a type's run of days."""
from __future__ import annotations

import dataclasses
import datetime as dt
import multiprocessing
import random
import zlib
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select
from store_corpus import dev_corpus, later_copies
from store_dbs import BACKENDS, new_db
from writer_process import store_in_batches, twins, write_share

from warwire.merge import Report, cluster
from warwire.models import Article, Event, Span
from warwire.store import EventQuery, Store, open_store
from warwire.store import incidents as incidents_module
from warwire.store.schema import MERGE_COLUMNS, events, incidents

Items = list[tuple[Article, list[Event]]]
OLD_EXACT_LIMIT = 500  # the longest run merged exactly before windows (runs past it depended on arrival order)


@pytest.fixture(scope="module")
def corpus() -> Items:
    """The dev corpus twice over, and 240 reports of ten nights that agree in part: many compete for each incident."""
    base = dev_corpus()
    return base + twins(base, 1) + nights(240)


@pytest.fixture(scope="module")
def long_run() -> Items:
    """The dev corpus and 20 copies of it, each a day later, and corrected versions of some of them: air attacks
    every night for months, one run of days past the old limit of exact merging."""
    base = dev_corpus()
    items = base + later_copies(base, 20)
    return items + revisions(items[::23])


def nights(count: int) -> Items:
    """Short reports of ten consecutive nights, each silent on some attributes and with its own figures."""
    rng = random.Random(14)
    out: Items = []
    for n in range(count):
        day = dt.date(2024, 11, 20) + dt.timedelta(days=rng.randrange(10))
        body = f"Report {n}: an attack overnight."
        article = Article(source=f"nights/{n}.txt", body=body, title=f"Night report {n}", published=day)
        ev = Event(type=rng.choice(["air_attack", "strike"]), date=day, date_precision="day",
                   actor=rng.choice(["Russia", None]), weapon=rng.choice(["drone", "missile", None]),
                   place=rng.choice(["Kharkiv", "Odesa", None]),
                   counts={"launched": rng.choice([40, 50, 60])} if rng.random() < 0.7 else {},
                   claimed_by=rng.choice(["Ukrainian Air Force", "Russian Defence Ministry", None]),
                   evidence=[Span(body, 0, len(body))], article=article.ref())
        out.append((article, [ev]))
    return out


def revisions(items: Items) -> Items:
    """A corrected version of each article (the same source): its first event's figures changed, its last event
    gone (unless it is the only one)."""
    out: Items = []
    for article, evs in items:
        fixed = dataclasses.replace(article, body=article.body + "\nThis story has been corrected.")
        kept = [dataclasses.replace(e, article=fixed.ref(), counts={k: v + 1 for k, v in e.counts.items()}
                                    if i == 0 else e.counts) for i, e in enumerate(evs[:-1] or evs)]
        out.append((fixed, kept))
    return out


def shuffled(items: Items, seed: int) -> Items:
    """The items in an order chosen by `seed`, every corrected version still after its original."""
    rng = random.Random(seed)
    first: dict[str, tuple[Article, list[Event]]] = {}
    later: Items = []
    for item in items:
        if item[0].source in first:
            later.append(item)
        else:
            first[item[0].source] = item
    order = list(first.values())
    rng.shuffle(order)
    for item in later:
        at = next(i for i, (a, _) in enumerate(order) if a.source == item[0].source)
        order.insert(rng.randint(at + 1, len(order)), item)
    return order


def partition(store: Store) -> set[frozenset[str]]:
    """The incidents as sets of their event ids (ids of incidents are hashes of their members)."""
    members: dict[str, set[str]] = {}
    with store.engine.connect() as conn:
        for eid, iid in conn.execute(select(events.c.id, events.c.incident_id)):
            assert iid, f"event {eid} is in no incident"
            members.setdefault(iid, set()).add(eid)
    return {frozenset(m) for m in members.values()}


def incident_rows(store: Store) -> dict[str, tuple[object, ...]]:
    """Every stored incident row but its time of writing: summaries included, byte for byte."""
    with store.engine.connect() as conn:
        return {r.id: tuple(r) for r in conn.execute(select(*(c for c in incidents.c if c.name != "updated_at")))}


def merged_at_once(store: Store) -> set[frozenset[str]]:
    """What merging every stored event at once gives, read through the events' contract form."""
    with store.engine.connect() as conn:
        origins = dict(conn.execute(select(events.c.id, events.c.origin)).all())
    by_type: dict[str, list[Report]] = {}
    for d in store.iter_events(EventQuery()):
        by_type.setdefault(d["type"], []).append(Report.from_event(d, origins[d["id"]]))
    return {frozenset(r.event_id for r in g) for reports in by_type.values() for g in cluster(reports)}


def longest_run(store: Store) -> int:
    """The most reports of one type on days that follow each other with no gap of more than a day."""
    with store.engine.connect() as conn:
        per_day = Counter((t, d) for t, d in conn.execute(select(events.c.type, events.c.date)) if d)
    best = 0
    for etype in {t for t, _ in per_day}:
        run, last = 0, None
        for day in sorted(dt.date.fromisoformat(d) for t, d in per_day if t == etype):
            run = run + per_day[(etype, day.isoformat())] if last and (day - last).days <= 1 else \
                per_day[(etype, day.isoformat())]
            best, last = max(best, run), day
    return best


def stored(url: str, items: Items, seed: int) -> set[frozenset[str]]:
    """Store the items in an order and in batch sizes chosen by `seed`; return the incidents."""
    rng = random.Random(seed)
    with open_store(url) as store:
        store_in_batches(store, shuffled(items, seed), rng)
        return partition(store)


def rebuilt_alike(store: Store) -> bool:
    """Whether `incidents rebuild` leaves every incident row as it was (summaries included)."""
    before = incident_rows(store)
    store.rebuild_incidents()
    return incident_rows(store) == before


def test_shuffled_orders_give_the_incidents_of_merging_at_once(corpus: Items, tmp_path: Path) -> None:
    results = [stored(str(tmp_path / f"order{seed}.db"), corpus, seed) for seed in range(4)]
    assert sum(len(m) > 1 for m in results[0]) >= 10  # many incidents of several reports: merging was exercised
    for other in results[1:]:
        assert other == results[0]
    with open_store(str(tmp_path / "order0.db")) as store:
        assert merged_at_once(store) == results[0]
        assert rebuilt_alike(store)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_run_past_the_old_limit_is_merged_exactly_in_every_order(long_run: Items, tmp_path: Path,
                                                                   backend: str) -> None:
    with new_db(backend, folder(tmp_path, "archive-order")) as url:
        with open_store(url) as store:
            for k in range(0, len(long_run), 128):  # as the bulk ingest writes: the archive's order, 128 at a time
                store.add_articles([(a, list(evs)) for a, evs in long_run[k:k + 128]])
            assert longest_run(store) > OLD_EXACT_LIMIT
            expected = merged_at_once(store)
            assert partition(store) == expected
            rows = incident_rows(store)
        for seed in range(3):
            with new_db(backend, folder(tmp_path, f"order{seed}")) as other:
                assert stored(other, long_run, seed) == expected
                with open_store(other) as store:
                    assert incident_rows(store) == rows  # the same summaries too
        with open_store(url) as store:
            assert rebuilt_alike(store)


def folder(tmp_path: Path, name: str) -> Path:
    """A new folder for one database (a SQLite file is always warwire.db in its folder)."""
    path = tmp_path / name
    path.mkdir()
    return path


def test_narrow_windows_widen_until_the_incidents_are_exact(corpus: Items, long_run: Items, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # no day around a change merged again at first: nearly every change reaches past its window, which widens
    monkeypatch.setattr(incidents_module, "RADIUS", 0)
    monkeypatch.setattr(incidents_module, "REBUILD_BATCH", 7)  # and rebuild merges a few reports at a time
    items = corpus + long_run[:300]
    got = stored(str(tmp_path / "narrow.db"), items, 5)
    with open_store(str(tmp_path / "narrow.db")) as store:
        assert got == merged_at_once(store)
        assert rebuilt_alike(store)


@pytest.mark.parametrize("backend", BACKENDS)
def test_two_writer_processes_at_once_give_the_same_incidents(long_run: Items, tmp_path: Path, backend: str) -> None:
    expected = stored(str(tmp_path / "alone.db"), long_run, 0)
    with open_store(str(tmp_path / "alone.db")) as store:
        rows = incident_rows(store)
    with new_db(backend, folder(tmp_path, "both")) as url:
        open_store(url).close()  # create the schema once, before the writers race
        order = shuffled(long_run, 7)
        # each article's versions go to one writer, in order: which version is current never depends on the race
        shares = [[item for item in order if zlib.crc32(item[0].source.encode()) % 2 == w] for w in range(2)]
        spawn = multiprocessing.get_context("spawn")
        writers = [spawn.Process(target=write_share, args=(url, share, w)) for w, share in enumerate(shares)]
        for p in writers:
            p.start()
        for p in writers:
            p.join(timeout=300)
            assert p.exitcode == 0
        with open_store(url) as store:
            assert partition(store) == expected
            assert merged_at_once(store) == expected
            assert incident_rows(store) == rows


def test_a_new_version_leaves_the_incidents_a_rebuild_gives(corpus: Items, tmp_path: Path) -> None:
    url = str(tmp_path / "versions.db")
    stored(url, corpus, 3)
    with open_store(url) as store:
        article, evs = corpus[5]
        replacement = Article(source=article.source, body=article.body + "\nCorrected.", title=article.title,
                              published=article.published)
        store.add_article(replacement, [])  # the same source, no events now: the old version's leave their incidents
        assert partition(store) == merged_at_once(store)
        assert rebuilt_alike(store)


def test_a_store_merged_otherwise_keeps_every_report_placed_and_rebuild_makes_it_exact(
        corpus: Items, tmp_path: Path) -> None:
    # as a store written by an earlier version: its incidents are not those of merging everything at once
    url = str(tmp_path / "earlier.db")
    order = shuffled(corpus, 2)
    with open_store(url) as store:
        store_in_batches(store, order[:300], random.Random(2))
        with store.engine.begin() as conn:
            rows = conn.execute(select(*MERGE_COLUMNS)).all()
            apart = [[incidents_module._merge_report(r, {})] for r in rows]  # every report alone
            incidents_module._write(conn, apart, {r.id: r.incident_id for r in rows})
        assert partition(store) != merged_at_once(store)
        store_in_batches(store, order[300:], random.Random(3))
        assert incident_rows(store) and every_incident_counts_its_reports(store)
        assert rebuilt_alike(store) is False  # the early incidents were not exact: rebuild changes them
        assert partition(store) == merged_at_once(store)


def every_incident_counts_its_reports(store: Store) -> bool:
    """Whether every event is in an incident, and each incident row counts the events in it."""
    with store.engine.connect() as conn:
        members = Counter(conn.execute(select(events.c.incident_id)).scalars())
        counted = dict(conn.execute(select(incidents.c.id, incidents.c.n_events)).all())
    return None not in members and counted == dict(members)
