"""How fast places resolve: gazetteer load time, and per-article cost on 4 KB dev articles.

    .venv/bin/python benchmarks/places_speed.py

Each dev article's first 4 KB is scanned for every place mention (`place_mentions`) and every mention is
resolved in context (`locate_events` on one event per mention): more work than the pipeline does, which
only resolves the locations its events carry. Target: under 5 ms per article after start-up.
"""
from __future__ import annotations

import statistics
import time
from pathlib import Path

from warwire.models import Article, Event, Location
from warwire.resolve.gazetteer import Gazetteer
from warwire.resolve.places import locate_events, place_mentions

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"


def main() -> None:
    t0 = time.perf_counter()
    gaz = Gazetteer()
    load = time.perf_counter() - t0
    Gazetteer._default = gaz
    texts = [p.read_text(encoding="utf-8")[:4096] for p in sorted(DEV.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no dev articles in {DEV}")
    runs: list[list[float]] = []
    cpu: list[float] = []  # CPU time: on a shared machine wall time also counts waiting for a core
    mentions = 0
    for _ in range(3):  # the first run meets every name for the first time; later ones hit the phrase cache
        times: list[float] = []
        for text in texts:
            found = place_mentions(text, gaz)
            events = [Event(type="strike", location=Location(name=m.text, mention=m.text)) for m in found]
            t, c = time.perf_counter(), time.process_time()  # the stage reads the article once, then resolves
            locate_events(Article(source="bench", body=text), events)
            times.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
            mentions += len(found)
        runs.append(times)
    print(f"gazetteer: {len(gaz)} places, loaded in {load * 1000:.0f} ms")
    print(f"articles: {len(texts)}, first 4 KB each, {mentions / (3 * len(texts)):.1f} place mentions each")
    for label, times in (("first run", runs[0]), ("warm runs", runs[1] + runs[2]), ("CPU time, all runs", cpu)):
        ordered = sorted(times)
        print(f"{label}: per article median {statistics.median(times) * 1000:.2f} ms, "
              f"p95 {ordered[int(len(ordered) * 0.95)] * 1000:.2f} ms, max {ordered[-1] * 1000:.2f} ms")


if __name__ == "__main__":
    main()
