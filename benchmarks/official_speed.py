"""How fast official bulletins are read: posts per second over the raw Defence Ministry posts.

    .venv/bin/python benchmarks/official_speed.py [path/to/posts.jsonl ...]

Defaults to ../shared/eval/uk-dev/raw/*.jsonl. Prints posts per CPU-second for language detection and extraction (CPU time, so a busy machine does not skew it).
"""
from __future__ import annotations

import datetime as dt
import json
import sys
import time
from pathlib import Path

from warwire.extract.official import extract_bulletin
from warwire.models import Article
from warwire.parse.language import detect_language

RAW = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "uk-dev" / "raw"


def main(paths: list[Path]) -> None:
    texts = [(json.loads(line)["text"], json.loads(line)["date"]) for p in paths for line in p.open(encoding="utf-8")]
    start = time.process_time()
    langs = [detect_language(text) for text, _ in texts]
    detect = time.process_time() - start
    articles = [Article(source="bench", body=t, published=dt.datetime.fromisoformat(d).date(), language=lang)
                for (t, d), lang in zip(texts, langs, strict=True)]
    extract_bulletin(articles[0])  # lexicons load once
    start = time.process_time()
    events = sum(len(extract_bulletin(a)) for a in articles)
    read = time.process_time() - start
    print(f"{len(texts)} posts: language {len(texts) / detect:,.0f}/s, extraction {len(texts) / read:,.0f}/s, "
          f"{events} events")


if __name__ == "__main__":
    main([Path(p) for p in sys.argv[1:]] or sorted(RAW.glob("*.jsonl")))
