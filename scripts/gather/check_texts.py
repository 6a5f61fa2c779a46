#!/usr/bin/env python3
"""Check rebuilt gathered texts against their gold (warwire eval/gold/<corpus>/*.gold.json).

For each corpus: every gold file has a text of the same name; every "evidence" string of the gold occurs verbatim
in its text; line 2 of the text is the gold's article.published; a non-null article.title is line 1; a non-null
article.dateline occurs in the text; the listing checksum is printed (and compared where SOURCES.md gives one).

    python3 check_texts.py [corpus ...]      (default: gathered-2025 gathered-2025b gathered-2025c gathered-2025j)

Standard library only.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import gather_common as gc  # noqa: E402

_here = Path(__file__).resolve().parent
# gold of the warwire clone this copy sits in (scripts/gather/), else /work/main
GOLD = _here.parent.parent / "eval" / "gold" if _here.parent.name == "scripts" else Path("/work/main/eval/gold")
CORPORA = {
    "gathered-2025": ("2025", None),
    "gathered-2025b": ("batch3", None),
    "gathered-2025c": ("batch4", None),
    "gathered-2025j": ("batch11", "1323842a2e6f2bed209c3fb21d677ff728f1a02c53106db5271343ceb4260edb"),
}


def check(corpus: str) -> int:
    sub, expected = CORPORA[corpus]
    gold_dir, text_dir = GOLD / corpus, gc.GATHERED / sub
    golds = sorted(gold_dir.glob("*.gold.json"))
    texts = sorted(text_dir.glob("*.txt")) if text_dir.is_dir() else []
    missing, evidence_n, evidence_miss, other = [], 0, [], []
    for g in golds:
        name = g.name[: -len(".gold.json")]
        t = text_dir / f"{name}.txt"
        if not t.is_file():
            missing.append(name)
            continue
        text = t.read_text(encoding="utf-8")
        lines = text.split("\n")
        gold = json.loads(g.read_text(encoding="utf-8"))
        art = gold.get("article", {})
        if art.get("published") and lines[1] != art["published"]:
            other.append(f"{name}: date {lines[1]} != gold {art['published']}")
        if art.get("title") and lines[0] != art["title"]:
            other.append(f"{name}: headline {lines[0]!r} != gold {art['title']!r}")
        if art.get("dateline") and art["dateline"] not in text:
            other.append(f"{name}: dateline {art['dateline']!r} not in text")
        for i, ev in enumerate(e.get("evidence") for e in gold.get("events", [])):
            if ev is None:
                continue
            evidence_n += 1
            if ev not in text:
                evidence_miss.append(f"{name}: event {i}: {ev[:90]!r}")
        if not text.endswith("\n") or text.endswith("\n\n") or lines[2] != "":
            other.append(f"{name}: layout")
    extra = sorted({t.name[:-4] for t in texts} - {g.name[: -len('.gold.json')] for g in golds})
    digest = gc.listing_sha256(text_dir) if text_dir.is_dir() else "-"
    print(f"{corpus} -> {text_dir}: {len(texts)} texts, {len(golds)} gold files; "
          f"gold without text: {len(missing)}; texts without gold: {len(extra)}; "
          f"evidence strings: {evidence_n}, misses: {len(evidence_miss)}; other findings: {len(other)}")
    print(f"  sha256 of the listing: {digest}" +
          ("" if expected is None else f" ({'matches' if digest == expected else 'DIFFERS from'} SOURCES.md)"))
    for x in missing:
        print(f"  MISSING TEXT {x}")
    for x in extra:
        print(f"  TEXT WITHOUT GOLD {x}")
    for x in evidence_miss:
        print(f"  EVIDENCE MISS {x}")
    for x in other:
        print(f"  {x}")
    bad = bool(missing or evidence_miss or other or (expected and digest != expected))
    return 1 if bad else 0


def main() -> int:
    corpora = sys.argv[1:] or list(CORPORA)
    return max(check(c) for c in corpora)


if __name__ == "__main__":
    sys.exit(main())
