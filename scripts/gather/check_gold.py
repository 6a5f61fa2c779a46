#!/usr/bin/env python3
"""Check the rebuilt gathered batches 5-10 against warwire's gold (standard library only).

For each gold folder eval/gold/gathered-2025d ... -2025i: every gold file (*.gold.json) has a text of the same name
(.txt) in its batch folder (the mapping of warwire's scripts/corpora.py); every "evidence" string of every event
occurs verbatim in that text; the gold's article title and published date equal the text's lines 1 and 2. Then the
listing checksum of each batch folder (`sha256sum * | sha256sum`) is compared with the one SOURCES.md publishes
(batches 7-10; batches 5 and 6 publish none, their checksum is only printed).

Usage: python3 check_gold.py [--gold DIR] [--gathered DIR]; exit status 1 on any mismatch.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
from pathlib import Path

BATCHES = {"gathered-2025d": "batch5", "gathered-2025e": "batch6", "gathered-2025f": "batch7",
           "gathered-2025g": "batch8", "gathered-2025h": "batch9", "gathered-2025i": "batch10"}


def listing_checksum(folder: Path) -> str:
    lines = [f"{hashlib.sha256((folder / n).read_bytes()).hexdigest()}  {n}\n"
             for n in sorted(os.listdir(folder)) if (folder / n).is_file()]
    return hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, default=Path("/work/main/eval/gold"))
    ap.add_argument("--gathered", type=Path, default=Path("/work/gathered"))
    args = ap.parse_args()
    bad = 0
    for gold_name, batch in BATCHES.items():
        gold_dir, text_dir = args.gold / gold_name, args.gathered / batch
        golds = sorted(gold_dir.glob("*.gold.json"))
        texts = sorted(text_dir.glob("*.txt")) if text_dir.is_dir() else []
        missing_text, misses, header, events = [], [], [], 0
        for g in golds:
            base = g.name[: -len(".gold.json")]
            t = text_dir / (base + ".txt")
            if not t.exists():
                missing_text.append(base)
                continue
            text = t.read_text("utf-8")
            gold = json.loads(g.read_text("utf-8"))
            lines = text.split("\n")
            art = gold.get("article", {})
            if (art.get("title"), art.get("published")) != (lines[0], lines[1]):
                header.append(base)
            for e in gold.get("events", []):
                events += 1
                if e["evidence"] not in text:
                    misses.append((base, e["evidence"]))
        src = (gold_dir / "SOURCES.md").read_text("utf-8")
        m = re.search(r"`([0-9a-f]{64})`", src)  # the batch's own listing checksum, where published
        published = m.group(1) if m else None
        got = listing_checksum(text_dir) if text_dir.is_dir() else None
        ok_sum = published is None or published == got
        print(f"{gold_name} -> {batch}: {len(texts)} texts, {len(golds)} gold files, {len(missing_text)} without "
              f"text, {events} events, {len(misses)} evidence not found, {len(header)} header mismatches; "
              f"checksum {got} " + ("(none published)" if published is None else
                                    "= published" if ok_sum else f"!= published {published}"))
        for base in missing_text:
            print("   no text:", base)
        for base, ev in misses:
            print("   evidence not found:", base, repr(ev[:100]))
        for base in header:
            print("   title/date differ:", base)
        bad += len(missing_text) + len(misses) + len(header) + (not ok_sum)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
