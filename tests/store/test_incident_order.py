"""Incidents do not depend on the order reports arrive in: the same articles stored in shuffled orders, in
batches of any size, or by two writers at once, give the same incidents as `incidents rebuild`."""
from __future__ import annotations

import datetime as dt
import random
import threading
from pathlib import Path

import pytest
from sqlalchemy import select
from store_corpus import dev_corpus
from store_dbs import BACKENDS, new_db
from writer_process import twins

from warwire.models import Article, Event, Span
from warwire.store import Store, open_store
from warwire.store import incidents as incidents_module
from warwire.store.schema import events

Items = list[tuple[Article, list[Event]]]


@pytest.fixture(scope="module")
def corpus() -> Items:
    """The dev corpus twice over, and 240 reports of ten nights that agree in part: many compete for each incident."""
    base = dev_corpus()
    return base + twins(base, 1) + nights(240)


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


def partition(store: Store) -> set[frozenset[str]]:
    """The incidents as sets of their event ids (ids of incidents are hashes of their members)."""
    members: dict[str, set[str]] = {}
    with store.engine.connect() as conn:
        for eid, iid in conn.execute(select(events.c.id, events.c.incident_id)):
            assert iid, f"event {eid} is in no incident"
            members.setdefault(iid, set()).add(eid)
    return {frozenset(m) for m in members.values()}


def stored(url: str, items: Items, seed: int) -> set[frozenset[str]]:
    """Store the items in an order and in batch sizes chosen by `seed`; return the incidents."""
    rng = random.Random(seed)
    order = list(items)
    rng.shuffle(order)
    with open_store(url) as store:
        i = 0
        while i < len(order):
            size = rng.choice([1, 2, 5, 17, 40])
            store.add_articles([(a, list(evs)) for a, evs in order[i:i + size]])
            i += size
        return partition(store)


def test_shuffled_orders_give_the_incidents_of_a_rebuild(corpus: Items, tmp_path: Path) -> None:
    results = [stored(str(tmp_path / f"order{seed}.db"), corpus, seed) for seed in range(4)]
    assert sum(len(m) > 1 for m in results[0]) >= 10  # many incidents of several reports: merging was exercised
    for other in results[1:]:
        assert other == results[0]
    with open_store(str(tmp_path / "order0.db")) as store:
        store.rebuild_incidents()
        assert partition(store) == results[0]


@pytest.mark.parametrize("backend", BACKENDS)
def test_two_writers_at_once_give_the_same_incidents(corpus: Items, tmp_path: Path, backend: str) -> None:
    expected = stored(str(tmp_path / "alone.db"), corpus, 0)
    with new_db(backend, tmp_path / "both") if backend == "postgres" else new_db(backend, _mk(tmp_path / "both")) \
            as url:
        open_store(url).close()  # create the schema once, before the writers race

        def write(part: Items) -> None:
            with open_store(url) as store:
                for k in range(0, len(part), 3):
                    store.add_articles([(a, list(evs)) for a, evs in part[k:k + 3]])

        order = list(corpus)
        random.Random(7).shuffle(order)
        writers = [threading.Thread(target=write, args=(order[w::2],)) for w in range(2)]
        for t in writers:
            t.start()
        for t in writers:
            t.join()
        with open_store(url) as store:
            assert partition(store) == expected


def test_a_new_version_leaves_the_incidents_a_rebuild_gives(corpus: Items, tmp_path: Path) -> None:
    url = str(tmp_path / "versions.db")
    stored(url, corpus, 3)
    with open_store(url) as store:
        article, evs = corpus[5]
        replacement = Article(source=article.source, body=article.body + "\nCorrected.", title=article.title,
                              published=article.published)
        store.add_article(replacement, [])  # the same source, no events now: the old version's leave their incidents
        after = partition(store)
        store.rebuild_incidents()
        assert partition(store) == after


def test_runs_past_the_exact_limit_still_place_every_report(corpus: Items, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    # past EXACT_LIMIT a run is merged through the bounded neighbourhood: every event is still in one incident
    monkeypatch.setattr(incidents_module, "EXACT_LIMIT", 3)
    got = stored(str(tmp_path / "long.db"), corpus, 1)
    assert sum(len(m) for m in got) == sum(len({e.id for e in evs}) for _, evs in _unique(corpus))


def _unique(items: Items) -> Items:
    seen: set[str] = set()
    out = []
    for a, evs in items:
        if a.id not in seen:
            seen.add(a.id)
            out.append((a, evs))
    return out


def _mk(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path
