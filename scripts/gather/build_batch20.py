#!/usr/bin/env python3
"""Build gathered batch 20 (gold: gathered-2025s) into /work/gathered/batch20/: the rest of batches 18/19's pool.

Standard library only; imports `build_batch18.py` and `build_batch19.py` (same directory) and reuses their code:
records (`b18.load`), candidates (`b18.candidates`), batch 18's and 19's draws (`b18.select`, `b19.select`, which
assert them against their `DRAWN` lists), batch 19's pool (`b19.pool`), page normalisation (`b18.page`), cleaning
(`b18.clean` with `OUTLET_RULES`, `BREAK`, the standfirst break), names (`b18.date`, `b18.headline`,
`b18.file_name`), `b18.render`, `b18.listing_sha256`, `b18.build`, `b18.rule_hits` and `b18.scan`. So batch 20 is
built from the same records and candidates, and cleaned by the same code, as batches 18 and 19.

Source: as batches 18 and 19, `CodeAKrome/News-Dumpster` at commit b8b78953362420d586ac349968e50267402fd6c2, files
`dedupe0521.jsonl.gz` and `dedupe_05-26.jsonl.gz`, read from the bare mirror made by the `fetch` tool
(/work/.mirror/CodeAKrome+News-Dumpster/repo; `--mirror` overrides).

Selection rule (fixed before the first run):
1. Records and candidates exactly as batch 18 (its rules 1-2, `b18.load` and `b18.candidates`): English May-2025
   records of both files without ZEIT ONLINE, deduplicated by link; candidates with a body of at least 200 words
   and a war term in the title or six mentions of Ukraine/Kyiv/Zelensky in the body; asserted to be batch 18's 1392
   records and 92 candidates.
2. Pool: batch 18's candidates minus every link batch 18 or batch 19 looked at (`b18.DRAWN` and `b19.DRAWN`, their
   35 and 37 draws, kept and replaced alike; `b19.select` runs `b18.select`, and each asserts its draw against its
   list), also minus any candidate that is the same page as one of those links under a different tracking query
   (`b18.page`: the link without its query string); sorted by link (string order). Computed as batch 19's pool
   (`b19.pool`: the candidates less batch 18's draws and their pages) less batch 19's draws and their pages, which
   is the same set.
3. ALL of the pool, in the order of `random.Random(2040).shuffle(pool)` (the batch is the whole remainder; the seed
   only fixes the order in which the texts are looked at and numbered).
4. Batch 18's replacement rule 4 applied as an exclusion rule (nothing replaces a dropped text): a text is dropped
   only if it is (a) clearly not about the Russia-Ukraine war at all (e.g. a domestic-politics piece that only
   mentions Ukraine in passing), (b) not an article (a live-blog index, a video page, a list of headlines), or (c) a
   repeat page: the same page (`b18.page`) as a text earlier in the order that is kept. Every dropped text and its
   reason is listed below and in `DROPPED` (a repeat's reason starts "duplicate"; `order` asserts that it repeats a
   kept page and that no other kept text does). Everything else is kept, however thin (short, paywall-cut, one
   paragraph, the war in a part of the text only). No other hand-picking.
5. Date, headline and file name as batch 18's rules 5-6 (`b18.date`, `b18.headline`, `b18.file_name`:
   `<outlet>-<YYYY-MM-DD>-<slug>.txt`, outlets from `b18.OUTLETS`, which names every candidate's host), asserted
   unique within batch 20 and different from batch 18's and batch 19's file names.
After the first run the links of every text looked at, in shuffle order, are listed in `DRAWN` as a check.

Cleaning (`b18.clean`; article wording kept verbatim, typos included, only furniture removed), exactly as batch 19:
batch 18's per-outlet rules (`OUTLET_RULES`) apply to batch 20's texts of those outlets as they are; they are not
asserted to remove something in batch 20 (which of them do is recorded below). Then batch 20's per-text `REMOVALS`
(furniture only: photo captions and credits, related-story links, bylines, author and contributor notes, embedded
tweets, promos, video transcripts, page headers and footers and the like), each asserted to occur exactly the
stated number of times; every removal leaves a paragraph break. Paragraph breaks only as batch 18 restores them: at
a line break, at two or more spaces after the end of a sentence (`BREAK`), after the standfirst when the body opens
with the record's `summary`, and (`SPLITS`) only at the "- " list items of a TASS summary with batch 18's expression
(empty unless such a text is in the batch); no break is invented elsewhere. Furniture is found by reading the texts
and with `--scan` (`b18.scan`).

Result of the first run (recorded afterwards; the rule above was not changed): 1392 records, 92 candidates; the pool
holds 16 (batch 19's pool of 54 less its 37 draws and 1 candidate that is the page of its draws #16/#26, DW's
Trump-Putin call piece, under a third feed's `?maca=` query). Order looked at (`DRAWN`): #1 Egypt Independent
(Ramaphosa), #2-#5 TASS (Belovody, Belgorod, Kosachev, MoD daily report), #6 NYT (EU sanctions), #7 TASS (Lavrov),
#8 NYT (Trump-Putin call), #9 TASS (Rubio), #10 CNBC (Quayle), #11 Tasnim (Portnov), #12 CBC (PoW homecoming), #13
TASS (Rublev), #14 BBC (Russian couple as informants), #15 Le Monde (air defence), #16 Independent (live blog).
Dropped (rule 4), see `DROPPED`: #1 (Egypt Independent/CNN: Ramaphosa's White House visit, Ukraine only as
Zelensky's Oval Office clash cited as a precedent) and #13 (TASS: Rublev in the Hamburg Open quarterfinals, the war
only as the ground of the sports bans, like batch 19's dropped football friendly); no repeat page. Kept: the other
14, 8 outlets (TASS 6, NYT 2, BBC, CBC, CNBC, The Independent, Le Monde, Tasnim 1 each), dated 2025-05-14 ...
2025-05-26. Judged on the text as it stands and kept as not clearly unrelated: TASS's Rubio piece (#9: US-Russia
communication "irrespective of Ukraine", the war named once) and the Independent's live-blog page (#16: its teaser
lines "We have the latest below.", "See below for the latest.", "Read the piece below.", "Below, we have footage
...", "Below, you can read more details about the incident." point to items not in the dump and are kept as
wording, as batch 19 kept "You can see a readout of this conversation below."). Odd: the CBC PoW piece (#12) is
dated 2025-05-14 by its feed (`published` "Wed, 14 May 2025 04:01:00 EDT"), but it reports the 307-for-307 swap of
Saturday 24 May after "direct talks in Turkey last week"; rule 5 takes the feed's date, so it stays 2025-05-14.
Tasnim's body (#11) opens with "The man was identified ..." because its first sentence is only in the feed's
summary. Outlet rules that removed something: all four of the Independent's, the NYT's header and paywall notice,
CBC's footer; no Fox, DW or Mainichi text. `REMOVALS`: NYT bylines and one rubric label, CNBC's news-tip, newsletter
and market-data footer (CNBC is new, no outlet rule), CBC's author note, BBC's related-story links and footer
(`b19.BBC_FOOTER`), and Le Monde's headline list of 26 May (batch 19's `LEMONDE_HEADER_0526` without its date line,
which this page lacks), "4 min read Lire en français Subscribers only Feature" (glued to the standfirst on the
page), its paywall notice and its one-device notice and footer (batch 19's `LEMONDE_FOOTER` without "Le Monde with
AFP"). `SPLITS`: none. Five TASS texts and Tasnim's stay one paragraph (the source gives no break); the two NYT
texts and Le Monde's (266 words) end where the paywall cut them. Left as in the source: typos ("Iksander",
"accidently", "canvas for information", "restored.\"."), BBC's quotation marks in ""A rocket was flying right over
the house. "I went on the internet ...", and the paragraph break inside Kosachev's quotation that the page's double
space gives (TASS 2025-05-26), like batch 19's Medvedchuk quotation.
Listing checksum (`cd batch20 && sha256sum * | sha256sum`, CPython 3.11.7):
65a966afef5904b81e215f9478b6e8583742e1fd83157c8d84d1d81036ad117d -- `CHECKSUM`, asserted before writing.

Usage: python3 build_batch20.py [--out DIR] [--mirror GITDIR] [--list | --scan]   (default /work/gathered/batch20)
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_batch18 as b18  # noqa: E402
import build_batch19 as b19  # noqa: E402

OUT = Path("/work/gathered/batch20")
SEED = 2040
RECORDS = 1392  # batch 18's records (rule 1) and candidates (rule 2), asserted
CANDIDATES = 92

# link -> reason: looked at, but dropped (rule 4; a repeat's reason starts "duplicate")
DROPPED: dict[str, str] = {
    # #1
    "https://www.egyptindependent.com/south-africas-ramaphosa-visits-trump-amid-fears-he-could-face-zelensky-style"
    "-onslaught-in-white-house/":
        "(a) South African President Ramaphosa's White House visit (refugee status for White South Africans, the "
        "land expropriation law, trade privileges, Starlink); Ukraine only as Zelensky's Oval Office clash with "
        "Trump in February, cited twice as a precedent, the war not mentioned",
    # #13
    "https://tass.com/sports/1961503":
        "(a) Andrey Rublev reaches the quarterfinals of the Hamburg Open tennis tournament; the war only as the "
        "ground of the sports federations' bans on Russian athletes (like batch 19's dropped football friendly)",
}

# the links of every text looked at, in shuffle order (listed after the first run, as a check)
DRAWN: list[str] | None = [
    "https://www.egyptindependent.com/south-africas-ramaphosa-visits-trump-amid-fears-he-could-face-zelensky"
    "-style-onslaught-in-white-house/",  # #1
    "https://tass.com/politics/1963527",  # #2
    "https://tass.com/politics/1961441",  # #3
    "https://tass.com/politics/1963617",  # #4
    "https://tass.com/politics/1961377",  # #5
    "https://www.nytimes.com/2025/05/20/world/europe/european-union-russia-sanctions.html",  # #6
    "https://tass.com/politics/1961425",  # #7
    "https://www.nytimes.com/2025/05/20/world/europe/putin-trump-call-russia-cease-fire.html",  # #8
    "https://tass.com/world/1961553",  # #9
    "https://www.cnbc.com/2025/05/20/russia-ukraine-war-not-ending-putin-no-desire-for-it-dan"
    "-quayle.html",  # #10
    "https://tn.ai/3318401",  # #11
    "https://www.cbc.ca/news/world/ukraine-russia-prisoner-exchange-1.7543152?cmp=rss",  # #12
    "https://tass.com/sports/1961503",  # #13
    "https://www.bbc.com/news/articles/clyqq18evyko",  # #14
    "https://www.lemonde.fr/en/international/article/2025/05/26/ukraine-s-air-defense-is-struggling-to-keep"
    "-up-with-intensifying-russian-strikes_6741666_4.html",  # #15
    "https://www.independent.co.uk/news/world/europe/ukraine-russia-war-live-trump-putin-eu-uk-sanctions"
    "-b2754911.html",  # #16
]

CHECKSUM: str | None = "65a966afef5904b81e215f9478b6e8583742e1fd83157c8d84d1d81036ad117d"

# link -> [(furniture string, expected count)]: removed in that text only, after the outlet rules and in this order,
# each asserted to occur exactly so often (whitespace matched loosely); found by reading the texts and with --scan
REMOVALS: dict[str, list[tuple[str, int]]] = {
    "https://www.nytimes.com/2025/05/20/world/europe/european-union-russia-sanctions.html": [
        ("By Jeanna Smialek Reporting from Brussels", 1),  # byline
    ],
    "https://www.nytimes.com/2025/05/20/world/europe/putin-trump-call-russia-cease-fire.html": [
        ("News analysis", 1),  # rubric label
        ("By Anatoly Kurmanaev Reporting from Berlin", 1),  # byline
    ],
    "https://www.cnbc.com/2025/05/20/russia-ukraine-war-not-ending-putin-no-desire-for-it-dan-quayle.html": [
        # news-tip and newsletter promos, copyright and market-data footer, closing the page
        ("Got a confidential news tip? We want to hear from you. Sign up for free newsletters and get more CNBC "
         "delivered to your inbox Get this delivered to your inbox, and more info about our products and services. "
         "© 2025 CNBC LLC. All Rights Reserved. A Division of NBCUniversal Data is a real-time snapshot *Data is "
         "delayed at least 15 minutes. Global Business and Financial News, Stock Quotes, and Market Data and "
         "Analysis. Data also provided by", 1),
    ],
    "https://www.cbc.ca/news/world/ukraine-russia-prisoner-exchange-1.7543152?cmp=rss": [
        ("Foreign Correspondent Briar Stewart is a CBC correspondent, based in London. During her nearly two "
         "decades with CBC, she has reported across Canada and internationally. She can be reached at "
         "briar.stewart@cbc.ca or on X @briarstewart.", 1),  # author note
    ],
    "https://www.bbc.com/news/articles/clyqq18evyko": [
        ("A Kremlin spokesman says reports that MI5 are probing a potential link are \"ludicrous\". At least 13 "
         "people were killed the the latest Russian aerial attack across Ukraine Play for Ukraine in Reading hopes "
         "to provide a vehicle loaded with essential items for Ukraine. On Ukraine peace talks, the Kremlin has "
         "played for time through deflections and side-steps, writes the BBC's Steve Rosenberg. As Arctic ice "
         "melts, global powers seize new opportunities to extract oil, speed up trade and boost their military "
         "presence.", 1),  # related-story links
        (b19.BBC_FOOTER, 1),
    ],
    "https://www.lemonde.fr/en/international/article/2025/05/26/ukraine-s-air-defense-is-struggling-to-keep-up"
    "-with-intensifying-russian-strikes_6741666_4.html": [
        # the site's headline list of 26 May (batch 19's header of that day without its date line)
        (b19.LEMONDE_HEADER_0526.split(" (Paris) ", 1)[1], 1),
        ("4 min read Lire en français Subscribers only Feature", 1),  # reading time, language link, rubric
        ("You have 78.74% of this article left to read. The rest is for subscribers only.", 1),  # paywall notice
        (b19.LEMONDE_FOOTER.removeprefix("Le Monde with AFP "), 1),  # one-device notice and footer (no AFP credit)
    ],
}

# link -> [(regular expression, expected count)]: a paragraph break at each match (TASS summary list items only,
# batch 18's expression)
SPLITS: dict[str, list[tuple[str, int]]] = {}


def pool(cands: list[dict]) -> list[dict]:
    """Rule 2: batch 18's candidates without the links batch 18 or batch 19 looked at and without their pages."""
    assert b18.DRAWN is not None and b19.DRAWN is not None
    rest = b19.pool(cands)  # less batch 18's draws and their pages
    seen = set(b19.DRAWN)
    pages = {b18.page(link) for link in seen}
    assert seen <= {r["link"] for r in rest}, "a batch 19 draw is not in batch 19's pool"
    out = [r for r in rest if r["link"] not in seen and b18.page(r["link"]) not in pages]
    # the same set, computed directly from both lists
    looked = set(b18.DRAWN) | seen
    looked_pages = {b18.page(link) for link in looked}
    assert out == [r for r in cands if r["link"] not in looked and b18.page(r["link"]) not in looked_pages]
    assert out == sorted(out, key=lambda r: r["link"])
    return out


def order(remaining: list[dict], verbose: bool = False) -> list[tuple[int, dict]]:
    """Rules 3-4: the pool in `random.Random(SEED).shuffle` order; (number in that order, record) of the texts kept,
    i.e. all but the `DROPPED` ones. `DRAWN`, when given, is asserted to be the links in that order."""
    seq = list(remaining)
    random.Random(SEED).shuffle(seq)
    links = [r["link"] for r in seq]
    assert set(DROPPED) <= set(links), "a DROPPED link is not in the pool"
    kept: list[tuple[int, dict]] = []
    for i, r in enumerate(seq, 1):
        pages = {b18.page(k["link"]) for _, k in kept}
        if r["link"] in DROPPED:
            # a repeat of a page already kept is recorded as such; any other dropped text is not a repeat
            assert DROPPED[r["link"]].startswith("duplicate") == (b18.page(r["link"]) in pages), r["link"]
        else:
            assert b18.page(r["link"]) not in pages, f"{r['link']}: repeats a page already kept"
            kept.append((i, r))
    if verbose:
        for i, r in enumerate(seq, 1):
            note = f"  DROPPED: {DROPPED[r['link']]}" if r["link"] in DROPPED else ""
            print(f"#{i:2d} {r['link']}{note}")
    if DRAWN is not None:
        assert links == DRAWN, "the order differs from DRAWN"
    return kept


def select(records: list[dict], verbose: bool = False) -> list[tuple[int, dict]]:
    """Rules 1-5: (number in shuffle order, record) of the texts kept."""
    cands = b18.candidates(records)
    assert (len(records), len(cands)) == (RECORDS, CANDIDATES), (len(records), len(cands))
    chosen19, names18 = b19.select(records)  # asserts batch 18's and batch 19's DRAWN
    names19 = {b18.file_name(r) for _, r in chosen19}
    remaining = pool(cands)
    if verbose:
        print(f"{len(records)} records (rule 1), {len(cands)} candidates (rule 2), {len(remaining)} in the pool")
    chosen = order(remaining, verbose)
    names = [b18.file_name(r) for _, r in chosen]
    assert len(set(names)) == len(names), "file names not unique"
    again = set(names) & (names18 | names19)
    assert not again, f"file names of batch 18 or 19 again: {again}"
    return chosen


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--mirror", type=Path, default=b18.MIRROR)
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--list", action="store_true", help="print counts, the order and the table only")
    mode.add_argument("--scan", action="store_true", help="print the places of the cleaned texts that may be furniture")
    args = ap.parse_args()
    records = b18.load(args.mirror)
    chosen = select(records, verbose=not args.scan)
    if args.scan:
        b18.scan(chosen, REMOVALS, SPLITS)
        return 0
    for i, r in sorted(chosen, key=lambda ir: b18.file_name(ir[1])):
        print(f"| `{b18.file_name(r)}` | {r['source']} | {b18.date(r)} | #{i} | {r['file']} | {r['link']} |")
    hits = b18.rule_hits([r for _, r in chosen])
    print("outlet rules that remove something in batch 20:",
          ", ".join(f"{o}[{i}] x{n}" for (o, i), n in hits.items() if n) or "none")
    if args.list:
        return 0
    files = b18.build(chosen, REMOVALS, SPLITS, n=len(chosen), rules_must_hit=False)
    b18.write_checked(files, args.out, CHECKSUM)
    return 0


if __name__ == "__main__":
    sys.exit(main())
