"""Latency of `GET /api/events` with filters, on a store of N events, under a bounded local load.

    python benchmarks/api_speed.py                          # 1,000,000 events (the issue's size)
    python benchmarks/api_speed.py --events 50000 --requests 500   # a quicker look
    python benchmarks/api_speed.py --db /tmp/bench.db       # reuse a store built before

The store is filled through the public `Store.add_articles` with synthetic articles
(our own sentences, no outlet text): 50 events each, spread over three years,
eight types, forty places, four claimants. A `warwire serve` process answers on
127.0.0.1, and a second process (this script with --client) sends the requests
from a few threads at a time, so the load is bounded and local. It prints
p50 / p95 / p99 per filter and overall; the target is p95 under 100 ms.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PER_ARTICLE = 50
BATCH = 100  # articles per transaction while filling
PLACES = [
    ("Kyiv", 50.45, 30.52), ("Kharkiv", 49.99, 36.23), ("Odesa", 46.48, 30.73), ("Dnipro", 48.46, 35.05),
    ("Zaporizhzhia", 47.84, 35.14), ("Kherson", 46.64, 32.61), ("Lviv", 49.84, 24.03), ("Sumy", 50.91, 34.80),
    ("Mykolaiv", 46.97, 31.99), ("Poltava", 49.59, 34.55), ("Chernihiv", 51.50, 31.29), ("Kramatorsk", 48.72, 37.56),
    ("Pokrovsk", 48.28, 37.18), ("Kupiansk", 49.71, 37.62), ("Izium", 49.21, 37.26), ("Vinnytsia", 49.23, 28.47),
    ("Zhytomyr", 50.25, 28.66), ("Rivne", 50.62, 26.25), ("Lutsk", 50.75, 25.34), ("Ternopil", 49.55, 25.59),
    ("Uzhhorod", 48.62, 22.29), ("Chernivtsi", 48.29, 25.94), ("Ivano-Frankivsk", 48.92, 24.71),
    ("Khmelnytskyi", 49.42, 26.99), ("Cherkasy", 49.44, 32.06), ("Kropyvnytskyi", 48.51, 32.26),
    ("Kryvyi Rih", 47.91, 33.39), ("Nikopol", 47.57, 34.39), ("Marhanets", 47.64, 34.63), ("Bilhorod", 50.59, 36.59),
    ("Belgorod", 50.60, 36.59), ("Kursk", 51.73, 36.19), ("Bryansk", 53.24, 34.36), ("Rostov", 47.24, 39.71),
    ("Sloviansk", 48.85, 37.60), ("Lyman", 48.99, 37.80), ("Huliaipole", 47.66, 36.26), ("Orikhiv", 47.57, 35.78),
    ("Vovchansk", 50.29, 36.94), ("Kostiantynivka", 48.53, 37.71),
]
TYPES = ["air_attack", "strike", "strike", "ground_combat", "territorial_claim", "infrastructure_outage",
         "arms_transfer", "policy"]
CLAIMANTS = ["Ukrainian Air Force", "Russian Defence Ministry", "officials", "Ukrainian General Staff"]
WEAPONS = ["drone", "missile", "glide_bomb", "mixed"]
# The filter mixes an analyst sends, each named for the report.
QUERIES: dict[str, Any] = {
    "none": lambda r: {},
    "type": lambda r: {"type": r.choice(TYPES)},
    "type+week": lambda r: _week(r, {"type": r.choice(TYPES)}),
    "place": lambda r: {"place": r.choice(PLACES)[0]},
    "actor+weapon": lambda r: {"actor": "Russia", "weapon": r.choice(WEAPONS)},
    "claimed_by+month": lambda r: _week(r, {"claimed_by": r.choice(CLAIMANTS)}, days=30),
    # words the synthetic evidence holds ("drone attacks", not "drones": the index does not stem)
    "text": lambda r: {"text": r.choice(["drone", "power", "killed", "captured"])},
    "text+place": lambda r: {"text": "killed", "place": r.choice(PLACES)[0]},
    "deep page": lambda r: {"type": "strike", "offset": r.randrange(0, 5000)},
}
START = dt.date(2023, 1, 1)
DAYS = 3 * 365


def _week(r: random.Random, q: dict[str, Any], days: int = 7) -> dict[str, Any]:
    first = START + dt.timedelta(days=r.randrange(DAYS - days))
    return {**q, "since": first.isoformat(), "until": (first + dt.timedelta(days=days - 1)).isoformat()}


def synthetic_article(i: int) -> tuple[Any, list[Any]]:
    """Article `i` and its events: our own sentences, evidence offsets into the body."""
    from warwire.models import Article, Event, Location, Span

    r = random.Random(i)
    day = START + dt.timedelta(days=i % DAYS)
    sentences: list[str] = []
    events: list[Event] = []
    at = 0
    for k in range(PER_ARTICLE):
        kind = r.choice(TYPES)
        name, lat, lon = r.choice(PLACES)
        n = r.randrange(1, 400)
        claimant = r.choice(CLAIMANTS)
        weapon = r.choice(WEAPONS)
        if kind == "air_attack":
            text = f"Report {i}-{k}: {n} {weapon} attacks were launched and {n // 2} shot down near {name}, {claimant} said."
            counts = {"launched": n, "intercepted": n // 2}
        elif kind in ("strike", "ground_combat"):
            text = f"Report {i}-{k}: a {weapon} strike on {name} killed {n % 20} people, {claimant} said."
            counts = {"killed": n % 20}
        elif kind == "infrastructure_outage":
            text = f"Report {i}-{k}: power was cut for {n * 100} homes in {name}, {claimant} said."
            counts = {"affected": n * 100}
        else:
            text = f"Report {i}-{k}: a decision about {name} was captured in talks, {claimant} said."
            counts = {}
        sentences.append(text)
        events.append(Event(
            type=kind, date=day, date_precision="day", actor="Russia" if k % 3 else "Ukraine",
            target="Ukraine" if k % 3 else "Russia", weapon=weapon if kind in ("air_attack", "strike") else None,
            location=Location(name=name, lat=lat, lon=lon, country="UA"),
            place=name if kind == "territorial_claim" else None,
            status="captured" if kind == "territorial_claim" else None,
            counts=counts, claimed_by=claimant, evidence=[Span(text, at, at + len(text))]))
        at += len(text) + 1
    body = "\n".join(sentences)
    return Article(source=f"synthetic/{i}.txt", body=body, title=f"Synthetic report {i}", published=day), events


def fill(db: str, total: int, batch: int = BATCH) -> None:
    """Add synthetic articles until the store holds `total` events (resumable: ids are content hashes).

    Articles go in through `Store.add_articles`, `batch` per transaction: one transaction per
    article made a million events a matter of hours, mostly commits and incident merging per article.
    """
    from warwire.store import EventQuery, open_store

    with open_store(db) as store:
        have = store.count_events(EventQuery())
        start, stop = have // PER_ARTICLE, total // PER_ARTICLE
        t0 = last = time.monotonic()
        for first in range(start, stop, batch):
            store.add_articles([synthetic_article(i) for i in range(first, min(first + batch, stop))])
            done = min(first + batch, stop) * PER_ARTICLE
            if time.monotonic() - last > 10 or done == stop * PER_ARTICLE:
                last = time.monotonic()
                rate = (done - have) / (last - t0)
                print(f"  {done:,} events stored ({rate:,.0f}/s)", file=sys.stderr, flush=True)
        print(f"store holds {store.count_events(EventQuery()):,} events", file=sys.stderr)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def client(url: str, requests: int, concurrency: int, seed: int) -> dict[str, Any]:
    """Send `requests` filtered GETs from `concurrency` threads; latencies in ms per filter mix."""
    import httpx

    plan = []
    r = random.Random(seed)
    names = list(QUERIES)
    for j in range(requests):
        name = names[j % len(names)]
        plan.append((name, {"limit": 50, **QUERIES[name](r)}))
    results: dict[str, list[float]] = {n: [] for n in names}
    errors: list[str] = []
    lock = threading.Lock()
    cursor = iter(plan)

    def worker() -> None:
        with httpx.Client(base_url=url, timeout=30) as c:
            while True:
                with lock:
                    item = next(cursor, None)
                if item is None:
                    return
                name, params = item
                t = time.perf_counter()
                try:
                    status = c.get("/api/events", params=params).status_code
                except httpx.HTTPError as exc:
                    status = f"{type(exc).__name__}"  # type: ignore[assignment]
                ms = (time.perf_counter() - t) * 1000
                with lock:
                    if status != 200:
                        errors.append(f"{status} {params}")
                    results[name].append(ms)

    t0 = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    return {"seconds": time.perf_counter() - t0, "latencies": results, "errors": errors}


def store_latency(db: str, seed: int, requests: int) -> dict[str, tuple[list[float], list[float]]]:
    """Milliseconds of query_events and of count_events (capped as the API caps it) per filter mix, in-process."""
    from warwire.store import EventQuery, open_store
    from warwire.web.api import COUNT_CAP

    r = random.Random(seed)
    names = list(QUERIES)
    out: dict[str, tuple[list[float], list[float]]] = {n: ([], []) for n in names}
    with open_store(db) as store:
        for j in range(requests):
            name = names[j % len(names)]
            q = EventQuery(limit=50, **QUERIES[name](r))
            t = time.perf_counter()
            store.query_events(q)
            t1 = time.perf_counter()
            store.count_events(q, cap=COUNT_CAP)  # as the API counts its totals
            out[name][0].append((t1 - t) * 1000)
            out[name][1].append((time.perf_counter() - t1) * 1000)
    return out


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))] if ordered else float("nan")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000, help="events in the store (default 1,000,000)")
    ap.add_argument("--db", help="SQLite path or URL to build or reuse (default: a temporary file)")
    ap.add_argument("--requests", type=int, default=2000, help="requests to send (default 2000)")
    ap.add_argument("--concurrency", type=int, default=4, help="client threads (default 4)")
    ap.add_argument("--warmup", type=int, default=50, help="requests sent first and not counted")
    ap.add_argument("--client", metavar="URL", help=argparse.SUPPRESS)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    if args.client:  # the load-generating second process
        print(json.dumps(client(args.client, args.requests, args.concurrency, args.seed)))
        return 0

    db = args.db or str(Path(tempfile.mkdtemp(prefix="warwire-api-bench-")) / "bench.db")
    print(f"filling {db} to {args.events:,} events", file=sys.stderr)
    fill(db, args.events)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = subprocess.Popen([sys.executable, "-m", "warwire", "serve", "--db", db, "--port", str(port)],
                              cwd=ROOT, env={**os.environ, "WARWIRE_API_TOKEN": ""}, stderr=subprocess.DEVNULL)
    try:
        import httpx

        for _ in range(300):
            try:
                if httpx.get(url + "/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.1)
        load = [sys.executable, __file__, "--client", url, "--concurrency", str(args.concurrency)]
        subprocess.run(load + ["--requests", str(args.warmup), "--seed", "0"], capture_output=True)
        out = subprocess.run(load + ["--requests", str(args.requests), "--seed", str(args.seed)],
                             capture_output=True, text=True)
        if out.returncode:
            print(f"the load process failed: {out.stderr[-2000:]}", file=sys.stderr)
            return 1
    finally:
        server.terminate()
        try:
            server.wait(30)
        except subprocess.TimeoutExpired:
            server.kill()
    res = json.loads(out.stdout)
    everything = [ms for values in res["latencies"].values() for ms in values]
    print(f"\n/api/events on {args.events:,} events: {len(everything)} requests, {args.concurrency} concurrent, "
          f"{len(everything) / res['seconds']:.0f} req/s, {len(res['errors'])} errors")
    print(f"{'filters':<18}{'n':>6}{'p50 ms':>10}{'p95 ms':>10}{'p99 ms':>10}")
    for name, values in list(res["latencies"].items()) + [("ALL", everything)]:
        print(f"{name:<18}{len(values):>6}{statistics.median(values):>10.1f}{pct(values, 95):>10.1f}"
              f"{pct(values, 99):>10.1f}")
    direct = store_latency(db, args.seed, min(args.requests, 270))
    both = [q + c for listing, counting in direct.values() for q, c in zip(listing, counting, strict=True)]
    print(f"\nthe same queries straight on the store (one thread, no HTTP): p50 {statistics.median(both):.1f} ms, "
          f"p95 {pct(both, 95):.1f} ms: the rest of the time above is HTTP, JSON and queueing")
    print(f"{'filters':<18}{'n':>6}{'page p50':>10}{'page p95':>10}{'total p50':>11}{'total p95':>11}")
    for name, (listing, counting) in direct.items():
        print(f"{name:<18}{len(listing):>6}{statistics.median(listing):>10.1f}{pct(listing, 95):>10.1f}"
              f"{statistics.median(counting):>11.1f}{pct(counting, 95):>11.1f}")
    p95 = pct(everything, 95)
    print(f"\np95 {p95:.1f} ms: {'within' if p95 < 100 else 'OVER'} the 100 ms target")
    for e in res["errors"][:5]:
        print("error:", e)
    return 0 if not res["errors"] else 1


if __name__ == "__main__":
    sys.exit(main())
