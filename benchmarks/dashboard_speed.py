"""First paint of the dashboard on a store of N events, in headless Chromium (Debian's, never downloaded).

    python benchmarks/dashboard_speed.py                      # 1,000,000 events (the issue's size; filling takes a while)
    python benchmarks/dashboard_speed.py --events 50000       # a quicker look
    python benchmarks/dashboard_speed.py --db /tmp/bench.db   # reuse a store built before (also by api_speed.py)

The store is filled as benchmarks/api_speed.py fills it (synthetic articles, 50 events each, over three
years). A `warwire serve` process answers on 127.0.0.1; Chromium opens the dashboard as a new user would
(no query string: the last 30 days with data) a few times, and the script prints, per load and as a median:
first contentful paint, and the time until the table, the map and the timeline have all drawn their data
(the figure the issue's "first paint under 1 s" is about). It also times each aggregate the page asks for.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT / "tests" / "web"))
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync"]
# Resolves when the table, the map and the timeline all show the opening view's data.
DRAWN = """Boolean(document.querySelector('#table-status[data-total]') && document.querySelector('#map[data-events]')
  && document.querySelector('#timeline svg'))"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000, help="events in the store (default 1,000,000)")
    ap.add_argument("--db", help="SQLite path to build or reuse (default: a temporary file)")
    ap.add_argument("--loads", type=int, default=5, help="page loads measured (default 5, after one warm-up)")
    args = ap.parse_args()
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing: apt-get install chromium", file=sys.stderr)
        return 1
    import httpx
    from api_speed import fill  # type: ignore[import-not-found]
    from playwright.sync_api import sync_playwright
    from web_server import start_server, stop_server  # type: ignore[import-not-found]

    db = Path(args.db or Path(tempfile.mkdtemp()) / "dashboard-bench.db")
    print(f"filling {db} to {args.events:,} events (resumable)", file=sys.stderr)
    fill(str(db), args.events)
    from warwire.store import EventQuery, open_store

    with open_store(str(db)) as store:
        stored = store.count_events(EventQuery())
    srv = start_server(db)
    try:
        ext = httpx.get(srv.url + "/api/extent", timeout=120).json()
        window = {"since": ext["recent_since"], "until": ext["last"]}
        print(f"opening view: {window['since']} to {window['until']}")
        for path, params in (("/api/extent", {}), ("/api/map", window), ("/api/timeline", window),
                             ("/api/events", {**window, "limit": 25}), ("/map/basemap.json", {})):
            times = []
            for _ in range(5):
                t0 = time.perf_counter()
                httpx.get(srv.url + path, params=params, timeout=120).raise_for_status()
                times.append((time.perf_counter() - t0) * 1000)
            print(f"  {path:<20} median {statistics.median(times):7.1f} ms")
        fcp, drawn = [], []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
            for i in range(args.loads + 1):
                page = browser.new_page(viewport={"width": 1400, "height": 1000})
                t0 = time.perf_counter()
                page.goto(srv.url + "/")
                # polled from here: the page's CSP forbids the eval that wait_for_function would need
                while not page.evaluate(DRAWN):
                    if time.perf_counter() - t0 > 120:
                        raise RuntimeError("the dashboard did not draw within 120 s")
                    time.sleep(0.005)
                total = (time.perf_counter() - t0) * 1000
                paint = page.evaluate("performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1")
                page.close()
                if i == 0:
                    continue  # warm-up: the server's and the browser's caches
                fcp.append(paint)
                drawn.append(total)
                print(f"  load {i}: first contentful paint {paint:6.0f} ms, table + map + timeline drawn {total:6.0f} ms")
            browser.close()
        print(f"{stored:,} events: median first contentful paint {statistics.median(fcp):.0f} ms; "
              f"median until table, map and timeline are drawn {statistics.median(drawn):.0f} ms (target < 1000 ms)")
    finally:
        stop_server(srv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
