"""Speed of date-phrase finding: articles/s and words/s of `find_dates` on the dev corpus.

    python benchmarks/dates_speed.py                 # dev corpus repeated to 1,000 articles
    python benchmarks/dates_speed.py --articles 5000
    python benchmarks/dates_speed.py --compare       # also dateparser's search_dates, on 33 articles

Each copy of an article is read against its own publication date (shifted a day per
copy), so the phrase cache does not make repeats free. Two ways of calling are timed:
once per article (the whole body) and once per sentence (as the English extractor does).
"""
from __future__ import annotations

import argparse
import datetime as dt
import re
import time
from pathlib import Path

from warwire.resolve.dates import find_dates

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"
_SENTENCES = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+")


def corpus(n: int) -> list[tuple[str, dt.date]]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no articles in {DEV}: clone warwire beside shared/")
    base = dt.date(2024, 11, 30)
    return [(texts[i % len(texts)], base + dt.timedelta(days=i // len(texts))) for i in range(n)]


def timed(label: str, articles: list[tuple[str, dt.date]], per_sentence: bool) -> None:
    words = sum(len(t.split()) for t, _ in articles)
    split = {text: _SENTENCES.split(text) for text, _ in articles}  # splitting is not what is timed
    found = 0
    start, cpu = time.perf_counter(), time.process_time()
    for text, published in articles:
        if per_sentence:
            for sentence in split[text]:
                found += len(find_dates(sentence, published))
        else:
            found += len(find_dates(text, published))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    # CPU time too: on a shared machine the wall clock also counts other people's work.
    print(f"{label:28s} {len(articles) / seconds:9.0f} articles/s {words / seconds:11.0f} words/s"
          f"  ({found} mentions, {seconds:.2f} s wall, {len(articles) / cpu:.0f} articles per CPU-s)")


def compare_dateparser(articles: list[tuple[str, dt.date]]) -> None:
    from dateparser.search import search_dates

    start = time.perf_counter()
    found = 0
    for text, published in articles:
        settings = {"RELATIVE_BASE": dt.datetime.combine(published, dt.time(12))}
        found += len(search_dates(text, languages=["en"], settings=settings) or [])  # type: ignore[arg-type]
    seconds = time.perf_counter() - start
    print(f"{'dateparser search_dates':28s} {len(articles) / seconds:9.1f} articles/s"
          f"  ({found} 'dates', {seconds:.2f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000, help="articles to time (default 1000)")
    parser.add_argument("--compare", action="store_true", help="also time dateparser's search_dates")
    args = parser.parse_args()
    articles = corpus(args.articles)
    find_dates(articles[0][0], articles[0][1])  # compile the patterns outside the timing
    timed("find_dates per article", articles, per_sentence=False)
    timed("find_dates per sentence", articles, per_sentence=True)
    if args.compare:
        compare_dateparser(corpus(len(list(DEV.glob("*.txt")))))


if __name__ == "__main__":
    main()
