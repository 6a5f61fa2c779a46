#!/usr/bin/env python3
"""Rebuild gathered batch 11 (eval/gold/gathered-2025j, 23 texts) into /work/gathered/batch11/.

Repeats the procedure of warwire's eval/gold/gathered-2025j/SOURCES.md from the bare mirrors made by the `fetch`
tool (/work/.mirror/sanshanchuns+economist/repo, /work/.mirror/stevenmouk+purenews2/repo):

 1. units: every output/TheEconomist-*/sections/*.md at a1f3e2bcb25c except the rubrics "The world this week",
    "Leaders", "By Invitation", "Letters", "Economic & financial indicators"; every post/*.md of pure.news in the
    history up to a28b55afae54, each at the last commit that added or modified it;
 2. candidate rule: cleaned headline + body holds "Ukrain", "Kyiv" or "Zelensk" at least 3 times, published
    2025-01-01 or later, body at least 400 characters;
 3. items used before removed, by path (build_2025.ITEMS, build_batch4.ECONOMIST_ITEMS / PURENEWS_ITEMS) and by text
    (the first 100 characters of the first body paragraph searched for in the other gathered batches and in
    /work/shared/eval);
 4. k_purenews = min(12, pure.news candidates), k_economist = 24 - k_purenews;
 5. random.Random(2031).sample(candidates sorted by path, k) per repository;
 6. the three drawn items judged not about the war replaced by the next draws.
Cleaning: economist_any() (gather_common.economist() generalised to every newsletter promo) and purenews().

    python3 build_batch11.py [--out DIR] [--list]

`--list` prints the candidate counts, the full draw order and the table without writing.  Standard library only.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_2025  # noqa: E402
import build_batch4  # noqa: E402
import gather_common as gc  # noqa: E402

OUT = gc.GATHERED / "batch11"
ECONOMIST_HEAD = "a1f3e2bcb25c"
PURENEWS_HEAD = "a28b55afae54"
SEED = 2031
TOTAL = 24
KEYWORDS = re.compile(r"Ukrain|Kyiv|Zelensk")
MIN_HITS = 3
MIN_DATE = "2025-01-01"
MIN_BODY = 400
NOT_ARTICLES = {"The world this week", "Leaders", "By Invitation", "Letters", "Economic & financial indicators"}
# drawn but not about the war (the war only as a passing example or comparison); replaced by the next draws
OFF_TOPIC = {
    "output/TheEconomist-2025-11-08/sections/071_Golden_Dome_is_one_of_the_most_ambitious_military_projects_e.md",
    "output/TheEconomist-2025-09-13/sections/050_Top_Gunwithout_Maverick.md",
    "output/TheEconomist-2025-12-20/sections/062_Meet_the_American_investors_rushing_into_Congo.md",
}
OTHER_BATCHES = ["2025", "batch3", "batch4", "batch5", "batch6", "batch7", "batch8", "batch9", "batch10"]
SHARED_EVAL = Path("/work/shared/eval")
EXPECTED_SHA256 = "1323842a2e6f2bed209c3fb21d677ff728f1a02c53106db5271343ceb4260edb"  # SOURCES.md


def economist_units() -> tuple[list[dict], int]:
    paths = [p for p in gc.ls_tree(gc.ECONOMIST, ECONOMIST_HEAD, "output")
             if re.fullmatch(r"output/TheEconomist-\d{4}-\d{2}-\d{2}/sections/[^/]+\.md", p)]
    units, nonstandard, skipped = [], 0, 0
    for path in sorted(paths):
        text = gc.show(gc.ECONOMIST, ECONOMIST_HEAD, path)
        first = gc.SPAN.match(text.split("\n", 1)[0])
        if first and first.group(2).strip() in NOT_ARTICLES:
            skipped += 1
            continue
        try:
            rubric, headline, _, date, _ = gc.economist_header(text)
            headline2, date2, paras = gc.economist_any(text)
        except gc.NotAnArticle:
            # cannot be read as an article: make sure nothing on the war is lost that way
            nonstandard += 1
            assert len(KEYWORDS.findall(text)) < MIN_HITS, path
            units.append(dict(repo=gc.ECONOMIST, commit=ECONOMIST_HEAD, path=path, readable=False))
            continue
        try:
            assert gc.economist(text) == (headline2, date2, paras), path  # economist_any generalises economist
        except gc.NotAnArticle:
            pass
        units.append(dict(repo=gc.ECONOMIST, commit=ECONOMIST_HEAD, path=path, readable=True, outlet="economist",
                          headline=headline2, date=date2, paras=paras, rubric=rubric, url=economist_url(text)))
    return units, nonstandard


def economist_url(text: str) -> str:
    m = re.search(re.escape(gc.ZLIB) + r" from \[?(\S+(?: \S+)*?)(?:\]|\n\n|$)", text)
    if not m:
        return ""
    url = m.group(1).replace(" ", "")
    return re.sub(r"(?<=economist\.com)//", "/", url)


def purenews_units() -> list[dict]:
    log = gc.git(gc.PURENEWS, "log", "--format=%H", "--diff-filter=AM", "--name-only", PURENEWS_HEAD, "--", "post")
    last: dict[str, str] = {}
    commit = None
    for line in log.split("\n"):
        if re.fullmatch(r"[0-9a-f]{40}", line):
            commit = line
        elif re.fullmatch(r"post/[^/]+\.md", line) and line not in last:
            last[line] = commit  # newest first: the last commit that added or modified the file
    units = []
    for path in sorted(last):
        headline, date, paras = gc.purenews(gc.show(gc.PURENEWS, last[path], path))
        units.append(dict(repo=gc.PURENEWS, commit=last[path], path=path, readable=True, outlet="purenews",
                          headline=headline, date=date, paras=paras, rubric="",
                          url="https://pure.news/articles/" + Path(path).stem))
    return units


def hits(u: dict) -> int:
    return len(KEYWORDS.findall(u["headline"] + "\n" + "\n".join(u["paras"])))


def is_candidate(u: dict) -> bool:
    return u["readable"] and hits(u) >= MIN_HITS and u["date"] >= MIN_DATE and len("\n\n".join(u["paras"])) >= MIN_BODY


def texts_elsewhere() -> tuple[list[str], list[str]]:
    """Texts of the other gathered batches (those present) and of /work/shared/eval."""
    searched, texts = [], []
    for b in OTHER_BATCHES:
        d = gc.GATHERED / b
        if d.is_dir():
            searched.append(str(d))
            texts += [p.read_text(encoding="utf-8", errors="replace") for p in sorted(d.glob("*.txt"))]
    if SHARED_EVAL.is_dir():
        searched.append(str(SHARED_EVAL))
        for p in sorted(SHARED_EVAL.rglob("*")):
            if p.is_file() and p.suffix in (".txt", ".md", ".json", ".csv"):
                texts.append(p.read_text(encoding="utf-8", errors="replace"))
    return searched, texts


def file_name(u: dict) -> str:
    return f"{u['outlet']}-{u['date']}-{gc.slug(u['headline'])}.txt"


def select(verbose: bool = True) -> list[tuple[int, dict]]:
    econ, nonstandard = economist_units()
    pn = purenews_units()
    cands = {"economist": [u for u in econ if is_candidate(u)], "purenews": [u for u in pn if is_candidate(u)]}
    if verbose:
        print(f"units: Economist {len(econ)} files after the rubric exclusions ({nonstandard} without the standard "
              f"header, none with {MIN_HITS}+ keyword hits), pure.news {len(pn)} posts")
        print(f"candidates: Economist {len(cands['economist'])}, pure.news {len(cands['purenews'])}")
    used = set(build_2025.ECONOMIST_PATHS) | set(build_2025.PURENEWS_PATHS) | \
        {p for _, p in build_batch4.ECONOMIST_ITEMS} | {p for _, p in build_batch4.PURENEWS_ITEMS}
    for k in cands:
        before = len(cands[k])
        cands[k] = [u for u in cands[k] if u["path"] not in used]
        if verbose:
            print(f"  {k}: {before - len(cands[k])} used before (by path)")
    searched, texts = texts_elsewhere()
    openings = {}
    for k in cands:
        for u in cands[k]:
            opening = u["paras"][0][:100]
            assert opening not in openings, (u["path"], openings.get(opening))
            openings[opening] = u["path"]
            assert not any(opening in t for t in texts), f"{u['path']}: its opening is found in an earlier batch"
    if verbose:
        print(f"  by text: no candidate's opening found in {', '.join(searched)}")
        print(f"remaining: Economist {len(cands['economist'])}, pure.news {len(cands['purenews'])}")
    k_pn = min(12, len(cands["purenews"]))
    k_ec = TOTAL - k_pn
    chosen: list[tuple[int, dict]] = []
    for k, n in (("purenews", k_pn), ("economist", k_ec)):
        pool = sorted(cands[k], key=lambda u: u["path"])
        draw = random.Random(SEED).sample(pool, n)
        if k == "economist":
            full = random.Random(SEED).sample(pool, len(pool))
            assert full[:n] == draw
            kept = [(i, u) for i, u in enumerate(draw, 1) if u["path"] not in OFF_TOPIC]
            assert len(kept) == n - len(OFF_TOPIC)
            nxt = n + 1
            while len(kept) < n and nxt <= len(full):
                kept.append((nxt, full[nxt - 1]))
                nxt += 1
            if verbose:
                print(f"Economist draw (random.Random({SEED}).sample of {len(pool)}, sorted by path):")
                for i, u in enumerate(full, 1):
                    note = " (not about the war: replaced)" if u["path"] in OFF_TOPIC else \
                        (" (next draw, replacement)" if i > n else "")
                    print(f"  #{i:2d} {u['path'].split('/', 1)[1]}{note}")
            chosen += kept
        else:
            if verbose:
                for i, u in enumerate(draw, 1):
                    print(f"pure.news draw #{i}: {u['path']}")
            chosen += list(enumerate(draw, 1))
    return chosen


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--list", action="store_true", help="print counts, draw order and table without writing")
    args = ap.parse_args()
    chosen = select()
    rows = sorted(chosen, key=lambda iu: file_name(iu[1]))
    names = [file_name(u) for _, u in rows]
    assert len(set(names)) == len(names)
    print("| file | outlet | published | origin (repository:path (commit)) | notes |")
    for i, u in rows:
        rub = u["rubric"].replace(" | ", " — ").replace("| ", "— ")
        words = len(" ".join(u["paras"]).split())
        print(f"| `{file_name(u)}` | {u['outlet']} | {u['date']} | {u['repo']}:{u['path']} ({u['commit'][:12]}) | "
              f"rubric “{rub}”; URL {u['url']} ; draw #{i}; {hits(u)} keyword hits, {words} words |")
    if args.list:
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    for _, u in rows:
        gc.write_text(args.out, file_name(u), u["headline"], u["date"], u["paras"])
    extra = sorted(set(p.name for p in args.out.iterdir()) - set(names))
    assert not extra, f"{args.out} holds other files: {extra}"
    digest = gc.listing_sha256(args.out)
    print(f"{len(rows)} texts in {args.out}; sha256 of the listing {digest} "
          f"({'matches' if digest == EXPECTED_SHA256 else 'DIFFERS FROM'} SOURCES.md)")
    return 0 if digest == EXPECTED_SHA256 else 1


if __name__ == "__main__":
    sys.exit(main())
