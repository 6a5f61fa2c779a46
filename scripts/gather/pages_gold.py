#!/usr/bin/env python3
"""Commit the gold of a batch gathered from the search tool's stored web pages, without the pages' words.

    python3 scripts/gather/pages_gold.py GOLD_DIR TEXT_DIR OUT_DIR

The annotators' gold (GOLD_DIR) quotes each event's evidence sentence; every quote is checked to occur in its text
(TEXT_DIR), then the gold is written to OUT_DIR without the quotes: the stored pages are reference material that is
not copied into this repository. The scorer needs no evidence. Standard library only.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path


def main() -> int:
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    gold_dir, text_dir, out_dir = (Path(a) for a in sys.argv[1:])
    out_dir.mkdir(parents=True, exist_ok=True)
    bad = 0
    for gold_file in sorted(gold_dir.glob("*.gold.json")):
        name = gold_file.name[: -len(".gold.json")]
        text = (text_dir / f"{name}.txt").read_text(encoding="utf-8")
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        for event in gold["events"]:
            quotes = event.pop("evidence", None) or []
            for quote in [quotes] if isinstance(quotes, str) else quotes:
                quote = quote["text"] if isinstance(quote, dict) else quote
                if quote not in text:
                    print(f"{gold_file}: evidence not in the text: {quote[:80]!r}", file=sys.stderr)
                    bad += 1
        (out_dir / gold_file.name).write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
