"""Whether incidents depend on the order articles arrive in, and what storing costs.

    python benchmarks/incident_order.py                   # 1,000 articles, 4 shuffled orders
    python benchmarks/incident_order.py --articles 300 --orders 3

The articles are the dev corpus varied as in bulk_speed.py (copy k moved k days later). Their events are
extracted once; then each order (the archive's own, then shuffles with fixed seeds) is stored into a fresh
SQLite database in write batches of the bulk ingest's size, and its incidents are compared with the first
order's and with `incidents rebuild` over the same store. Prints, per order, the number of incidents, the
time storing took, and how many events sit in an incident whose members differ from the first order's (and
from the rebuild's); both should be 0.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bulk_speed import DEV, write_archive  # noqa: E402


def partition(store: object) -> dict[str, frozenset[str]]:
    """Each event id -> the set of event ids of its incident."""
    from sqlalchemy import select

    from warwire.store.schema import events

    members: dict[str, set[str]] = {}
    with store.engine.connect() as conn:  # type: ignore[attr-defined]
        rows = conn.execute(select(events.c.id, events.c.incident_id)).all()
    for eid, iid in rows:
        members.setdefault(iid, set()).add(eid)
    return {eid: frozenset(members[iid]) for eid, iid in rows}


def moved(a: dict[str, frozenset[str]], b: dict[str, frozenset[str]]) -> int:
    """Events whose incident has other members in `b` than in `a`."""
    return sum(1 for eid, group in a.items() if b.get(eid) != group)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--orders", type=int, default=4)
    parser.add_argument("--batch", type=int, default=128, help="articles per write (the bulk ingest's WRITE_SIZE)")
    parser.add_argument("--radius", type=int, help="days around a changed day merged again at first "
                        "(default: warwire.store.incidents.RADIUS)")
    args = parser.parse_args()
    if args.radius is not None:
        from warwire.store import incidents

        incidents.RADIUS = args.radius

    from warwire.ingest import InputFailure, read_inputs
    from warwire.pipeline import extract_events
    from warwire.store import open_store

    with tempfile.TemporaryDirectory() as tmp:
        archive = Path(tmp) / "archive.jsonl.zst"
        write_archive(DEV, args.articles, archive)
        items = [(a, extract_events(a)) for a in read_inputs([str(archive)]) if not isinstance(a, InputFailure)]
        print(f"{len(items)} articles, {sum(len(e) for _, e in items)} events")
        first: dict[str, frozenset[str]] | None = None
        for k in range(args.orders):
            order = list(items)
            if k:
                random.Random(k).shuffle(order)
            with open_store(str(Path(tmp) / f"order{k}.db")) as store:
                started = time.perf_counter()
                for i in range(0, len(order), args.batch):
                    store.add_articles([(a, list(evs)) for a, evs in order[i:i + args.batch]])
                seconds = time.perf_counter() - started
                got = partition(store)
                n = store.stats()["incidents"]
                store.rebuild_incidents()
                rebuilt = partition(store)
                first = first or got
                print(f"order {k}: {n} incidents ({store.stats()['incidents']} after rebuild) in {seconds:.1f} s; "
                      f"events in another incident than order 0: {moved(first, got)}, than its rebuild: "
                      f"{moved(rebuilt, got)}")


if __name__ == "__main__":
    main()
