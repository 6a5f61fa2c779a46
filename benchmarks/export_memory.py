"""Export memory: peak RSS of `warwire events -f jsonl|csv|geojson` over every stored event, against a capped export.

Memory should stay flat: exporting 1,000,000 events should peak about where exporting 10,000 does,
because rows are read through a streaming cursor one batch at a time and written as they come.
The store is filled with benchmarks/store_speed.py's generator (varied real dev events, 50,000 stored
through the store, then copied with new ids); filling a million takes a few minutes, and `--db` keeps
the file for the next run.

    python benchmarks/export_memory.py                            # 1,000,000 events in benchmarks/out/export.db
    python benchmarks/export_memory.py --events 50000 --db /tmp/e.db
    python benchmarks/export_memory.py --pg postgresql://postgres@127.0.0.1/test   # also from PostgreSQL
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from store_speed import copy_sqlite_to_postgres, generate  # noqa: E402

from warwire.store import open_store  # noqa: E402

FORMATS = ("jsonl", "csv", "geojson")


def fill(db: str, n_events: int, base: int = 50_000, days: int = 1000, batch: int = 200) -> None:
    """Store n_events: `base` generated events through the store (claims, incidents), then copies of them
    with new ids made in SQL, a hundred times faster than merging a million events one article at a time."""
    import sqlite3

    with open_store(db) as store:
        have = store.stats()["events"]
    if have >= n_events:
        print(f"{db}: {have:,} events already stored", file=sys.stderr)
        return
    if have:
        sys.exit(f"{db}: holds {have:,} events, fewer than {n_events:,}; remove it or pass another --db")
    t0, chunk, made = time.perf_counter(), [], 0
    with open_store(db) as store:
        for pair in generate(min(base, n_events), days):
            chunk.append(pair)
            if len(chunk) >= batch:
                made += sum(r.events_added for r in store.add_articles(chunk))
                chunk = []
                print(f"\r  filling: {made:,} events", end="", file=sys.stderr, flush=True)
        if chunk:
            made += sum(r.events_added for r in store.add_articles(chunk))
    con = sqlite3.connect(db)
    cols = [r[1] for r in con.execute("PRAGMA table_info(events)") if r[1] != "n"]
    claim_cols = [r[1] for r in con.execute("PRAGMA table_info(claims)")]
    last = con.execute("SELECT max(n) FROM events").fetchone()[0]  # the stored events: copied, never the copies
    copy = 0
    while made < n_events:
        copy += 1
        picked = ", ".join("id || :s" if c == "id" else "json_set(data, '$.id', id || :s)" if c == "data" else c
                           for c in cols)
        claims = ", ".join("id || :s" if c == "id" else "event_id || :s" if c == "event_id" else c for c in claim_cols)
        first = "SELECT id FROM events WHERE n <= :last ORDER BY n LIMIT :k"
        params = {"s": f"-c{copy}", "k": n_events - made, "last": last}
        with con:
            con.execute(f"INSERT INTO claims SELECT {claims} FROM claims WHERE event_id IN ({first})", params)
            con.execute(f"INSERT INTO events ({', '.join(cols)}) SELECT {picked} FROM events WHERE n <= :last "
                        "ORDER BY n LIMIT :k", params)
        made = con.execute("SELECT count(*) FROM events").fetchone()[0]
        print(f"\r  filling: {made:,} events", end="", file=sys.stderr, flush=True)
    con.close()
    print(f"\r  filled {made:,} events in {time.perf_counter() - t0:.0f} s", file=sys.stderr)


def export(db: str, fmt: str, limit: int | None) -> dict[str, float]:
    """Run one export in a child process; its peak RSS (MB), rows (lines) and bytes written, and seconds."""
    args = [sys.executable, "-m", "warwire", "events", "--db", db, "-f", fmt]
    if limit:
        args += ["--limit", str(limit)]
    t0 = time.perf_counter()
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, cwd=ROOT)
    lines = size = 0
    assert proc.stdout is not None
    while chunk := proc.stdout.read(1 << 20):  # counted here, so the child's memory is the export's alone
        lines += chunk.count(b"\n")
        size += len(chunk)
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"{' '.join(args)} exited {proc.returncode}")
    return {"rss_mb": usage.ru_maxrss / 1024, "lines": lines, "mb": size / 1e6, "s": time.perf_counter() - t0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", default=str(ROOT / "benchmarks" / "out" / "export.db"))
    ap.add_argument("--small", type=int, default=10_000, help="the capped export to compare with (--limit)")
    ap.add_argument("--pg", metavar="URL", help="also export from PostgreSQL (a schema filled by COPY from the file)")
    ap.add_argument("--pg-only", action="store_true", help="with --pg: export from PostgreSQL alone")
    args = ap.parse_args()
    Path(args.db).parent.mkdir(parents=True, exist_ok=True)
    fill(args.db, args.events)
    targets = [] if args.pg and args.pg_only else [("sqlite", args.db)]
    if args.pg:
        import psycopg

        schema = "ww_export_bench"
        url = f"{args.pg}?options=-csearch_path%3D{schema}"
        with psycopg.connect(args.pg, autocommit=True) as admin:
            admin.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
        with open_store(url) as store:  # the schema's tables, migrated
            have = store.stats()["events"]
        if not have:
            took = copy_sqlite_to_postgres(args.db, args.pg, schema)
            print(f"  copied to PostgreSQL schema {schema} in {took:.0f} s", file=sys.stderr)
        targets.append(("postgres", url))
    print(f"{'backend':9} {'format':8} {'rows asked':>12} {'lines out':>11} {'MB out':>8} {'peak RSS MB':>12} {'s':>7}")
    try:
        for backend, db in targets:
            for fmt in FORMATS:
                for limit in (args.small, None):
                    r = export(db, fmt, limit)
                    asked = f"{limit:,}" if limit else "all"
                    print(f"{backend:9} {fmt:8} {asked:>12} {int(r['lines']):>11,} {r['mb']:>8.0f} "
                          f"{r['rss_mb']:>12.0f} {r['s']:>7.1f}", flush=True)
    finally:
        if args.pg:  # a million rows are not left behind in a shared server
            import psycopg

            with psycopg.connect(args.pg, autocommit=True) as admin:
                admin.execute('DROP SCHEMA IF EXISTS "ww_export_bench" CASCADE')


if __name__ == "__main__":
    main()
