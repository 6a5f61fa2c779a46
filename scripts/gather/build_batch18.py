#!/usr/bin/env python3
"""Draw and build gathered batch 18 (30 texts, May 2025) into /work/gathered/batch18/.

Standard library only; self-contained (imports no other script of this folder). `build_batch19.py` imports it
and reuses its records, candidates, draws, cleaning and output (hence the optional parameters of `pick`, `clean`,
`scan` and `build`, which default to batch 18's tables).

Source: `CodeAKrome/News-Dumpster` at commit b8b78953362420d586ac349968e50267402fd6c2 (HEAD of the snapshot),
read with `git --git-dir=MIRROR show COMMIT:FILE` from the bare mirror made by the `fetch` tool
(/work/.mirror/CodeAKrome+News-Dumpster/repo; `--mirror` overrides). Only `dedupe0521.jsonl.gz` and
`dedupe_05-26.jsonl.gz` are used: the other dumps in that tree (`articles_05-11.jsonl.gz`,
`dedupe_05-13_19:10.jsonl.gz`, `dedupe_0520.jsonl.gz`, `20250612_Israel/israel.jsonl`) are missing from the
snapshot. Both files are gzipped JSON Lines, one RSS item a line (fields lang, source, title, link, tags,
published, published_parsed, summary, id, text, ner; `text` is the scraped page text of the item's link).

Selection rule (fixed before the first run):
1. Records: the lines of dedupe0521.jsonl.gz, then those of dedupe_05-26.jsonl.gz, with `lang` == "en",
   `published_parsed` (UTC) in May 2025 and `source` != "zeit-online" (the 29 ZEIT ONLINE items are German news
   although marked "en"); deduplicated by `link`, the first occurrence in that file order kept.
2. Candidates (`is_candidate`): the body (`text`) has at least 200 words (`len(text.split())`) AND
   (a) the title holds a war term: `TITLE_TERMS` (case-insensitive: a word beginning "Ukrain", "Kyiv", "Kiev",
       "Zelensk", "Donbas", "Kharkiv" or "Crimea"), or `TITLE_RUSSIA` (a word beginning "Russia") or
       `TITLE_WEAPON` ("drone(s)", "missile(s)") together with `BODY_UKRAINE` ("Ukraine" or "Ukrainian...",
       case-insensitive) somewhere in the body; OR
   (b) the body holds `BODY_COUNT` ("Ukraine", "Ukrainian...", "Kyiv" or "Zelensk...", case-insensitive, each
       at a word start) at least 6 times.
3. Candidates sorted by `link` (string order), then `random.Random(2038).sample(candidates, 30)`, re-drawn by
   `draws()` (the same calls CPython's `sample` makes for this population size, continued past 30) and asserted
   equal.
4. A drawn article is replaced by the next draw of the same sequence (`draws()`, kept going) only if it is
   (a) clearly not about the Russia-Ukraine war at all (e.g. a domestic-politics piece that only mentions
   Ukraine in passing) or (b) not an article (a live-blog index, a video page, a list of headlines). Every
   replacement and its reason is listed below and in `REPLACED`. No other hand-picking.
5. Date = `published_parsed` (UTC) as YYYY-MM-DD; headline = `title` (whitespace collapsed).
6. File name `<outlet>-<YYYY-MM-DD>-<slug>.txt`: outlet from the link's host (`OUTLETS`), slug = the first 7
   words of the headline (ASCII-folded, lower case, apostrophes dropped, split on anything else that is not a
   letter or digit) after dropping the function words in `STOP`; asserted unique.
After the first run the links of every draw looked at, in draw order, are listed in `DRAWN` as a check.

Cleaning (`clean`; article wording kept verbatim, only furniture removed): per-outlet rules (`OUTLET_RULES`: Fox
News' copyright/market-data notice, newsletter sign-up and promos, "CLICK HERE TO GET THE FOX NEWS APP", the "Fox
News Flash" video caption; the Independent's login notices, "support us" box and comments prompt; DW's embedded-video
notice, "Edited by:" credit and Berlin Briefing promo; the NYT's "Russia-Ukraine War / Advertisement / Supported by"
header and paywall notice to the end; Mainichi's page header with date line and copyright footer; CBC's Audience
Relations footer), each asserted to remove something in the batch; then the per-text `REMOVALS` (photo captions
and credits, Fox's capitalised related-story links, CBC's related links, an embedded tweet, NYT bylines, rubric
label, video transcript and live-updates link, DW live-blog notices and publication note, Egypt Independent's (CNN)
update note and contributor line, Fox's author note and "Reuters contributed"), each asserted to occur exactly the
stated number of times. Every removal leaves a paragraph break. `text` has no paragraph breaks except Mainichi's
line breaks, so breaks are restored only from what the page left: a break at any line break, at two or more
spaces/non-breaking spaces after the end of a sentence (`BREAK`), after the standfirst when the body opens with the
record's `summary`, and at the list items of one TASS summary (`SPLITS`); no break is invented elsewhere, and other
whitespace runs are collapsed to one space. `--scan` prints what may still be furniture in the cleaned texts.

Result of the first run (recorded afterwards; the rule above was not changed): 1392 records, 92 candidates.
Replaced (rule 4), see `REPLACED`: draw #11 and #30 (DW "Germany updates" roundups of German domestic news, the
war one item among many), #14 (TASS: the arson at Starmer's properties, Ukraine only as the suspects'
nationality) and #32 (CBC: G7 finance ministers in Banff, Ukraine only as an agenda item). One case the rule did not
foresee: draw #31 is the DW live blog of draw #16 again, listed in a second feed under a link differing only in its
`?maca=` tracking query; a page cannot be in the batch twice, so it was passed over like a repeat draw (recorded in
`REPLACED`; `select` asserts that it repeats a kept page and that no other kept draw does). Kept: draws #1-#35
without those five = 30 texts, 2025-05-20 ... 2025-05-26, 10 outlets. Nine texts stay one paragraph (7 TASS, Tasnim,
the short Independent piece) because the source gives no break; the four NYT texts end where the paywall cut
them; the Independent's 2025-05-26 drone piece is 136 words once its boilerplate is gone (rule 2 counts the raw
`text`). Left as in the source: typos ("Russiain", "Telegramapp", "Althogether", "ecxhange",
"Zelesnky", "Volodomyr", "Emmanual", "comes comes"), the missing full stop in "Western restrictions It also
imposed" (Independent 2025-05-21), DW's footnote "*Editor's note" (its asterisk is in the body), Tasnim's opening
summary sentence and TASS's "TASS is the general information partner of the forum."
Listing checksum (`cd batch18 && sha256sum * | sha256sum`, CPython 3.11.7):
d6578d6a2440e372ed55abca9d0f6556cdce440c76117f9cfa2d9a8d1824bc85 -- `CHECKSUM`, asserted before writing.

Usage: python3 build_batch18.py [--out DIR] [--mirror GITDIR] [--list | --scan]   (default /work/gathered/batch18)
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import random
import re
import subprocess
import sys
import unicodedata
from collections.abc import Iterator
from math import ceil, log
from pathlib import Path
from urllib.parse import urlparse

REPO = "CodeAKrome/News-Dumpster"
COMMIT = "b8b78953362420d586ac349968e50267402fd6c2"
MIRROR = Path("/work/.mirror/CodeAKrome+News-Dumpster/repo")
FILES = ("dedupe0521.jsonl.gz", "dedupe_05-26.jsonl.gz")
OUT = Path("/work/gathered/batch18")
SEED = 2038
N = 30
MIN_WORDS = 200
MIN_BODY_COUNT = 6
EXCLUDED_SOURCES = {"zeit-online"}

TITLE_TERMS = re.compile(r"\b(?:Ukrain|Kyiv|Kiev|Zelensk|Donbas|Kharkiv|Crimea)", re.I)
TITLE_RUSSIA = re.compile(r"\bRussia", re.I)
TITLE_WEAPON = re.compile(r"\b(?:drone|missile)s?\b", re.I)
BODY_UKRAINE = re.compile(r"\bUkrain(?:e|ian)", re.I)
BODY_COUNT = re.compile(r"\bUkrain(?:e|ian)|\bKyiv|\bZelensk", re.I)

SLUG_WORDS = 7
STOP = {"a", "an", "the", "of", "in", "on", "to", "and", "for", "with", "at", "by", "from", "as", "is", "are",
        "was", "were", "be", "been", "has", "have", "had", "that", "this", "its", "it", "their", "his", "her",
        "s", "into", "about", "over", "after", "than"}

# host (without "www.") -> outlet
OUTLETS = {
    "allafrica.com": "allafrica", "israelnationalnews.com": "arutzsheva", "bbc.com": "bbc", "bbc.co.uk": "bbc",
    "cbc.ca": "cbc", "cnbc.com": "cnbc", "dw.com": "dw", "egyptindependent.com": "egyptindependent",
    "egyptianstreets.com": "egyptianstreets", "foxnews.com": "fox", "independent.co.uk": "independent",
    "jpost.com": "jpost", "lemonde.fr": "lemonde", "mainichi.jp": "mainichi", "en.mehrnews.com": "mehr",
    "nytimes.com": "nyt", "tn.ai": "tasnim", "tass.com": "tass",
}

# link -> reason: drawn, but replaced by the next draw (rule 4; the duplicate as recorded in the docstring)
REPLACED: dict[str, str] = {
    # draw #11
    "https://www.dw.com/en/germany-updates-military-draft-might-return-pistorius-says/live-72655229"
    "?maca=en-rss-en-all-1573-rdf":
        "(a) DW 'Germany updates' roundup of German domestic news, 24-25 May (conscription, US tariffs, Hamburg "
        "stabbing, Uganda, Real Madrid coach, pork festival, Gaza); the war only in one item",
    # draw #14
    "https://tass.com/politics/1963475":
        "(a) the arson at UK Prime Minister Starmer's properties and the Kremlin's denial of a Russian role; "
        "Ukraine only as the suspects' nationality, the war not mentioned",
    # draw #30
    "https://www.dw.com/en/germany-updates-sharp-rise-in-politically-motivated-crime/live-72603119"
    "?maca=en-rss-en-all-1573-rdf":
        "(a) DW 'Germany updates' roundup of German domestic news, 20 May (politically motivated crime, Munich spy "
        "trial, ice hockey, Bielefeld attack); the war only in one item",
    # draw #31
    "https://www.dw.com/en/ukraine-updates-russian-strikes-hit-kyiv-western-region/live-72661603"
    "?maca=en-rss-en-eu-2092-rdf":
        "duplicate: the same DW page as draw #16 (the links differ only in the feed's ?maca= tracking query)",
    # draw #32
    "https://www.cbc.ca/news/canada/calgary/g7-finance-ministers-banff-global-economy-ukraine-1.7539790?cmp=rss":
        "(a) the G7 finance ministers' meeting in Banff (photo call, US tariffs, Bessent, Powell); Ukraine only as an "
        "agenda item in the first sentence",
}

# the links of every draw looked at, in draw order (listed after the first run, as a check)
DRAWN: list[str] | None = [
    "https://tass.com/politics/1963295",  # #1
    "https://www.foxnews.com/politics/trump-distances-himself-from-russia-ukraine-conflict-not-"
    "our-people-not-our-soldiers",  # #2
    "https://tass.com/politics/1961475",  # #3
    "https://tass.com/politics/1963501",  # #4
    "https://www.independent.co.uk/news/ukraine-kyiv-russia-b2757853.html",  # #5
    "https://www.independent.co.uk/news/world/europe/trump-putin-ukraine-russia-drones-b2757973.html",  # #6
    "https://www.jpost.com/international/internationalrussia-ukraine-war/article-855400",  # #7
    "https://mainichi.jp/english/articles/20250521/p2g/00m/0in/034000c",  # #8
    "https://tn.ai/3321769",  # #9
    "https://tass.com/world/1961389",  # #10
    "https://www.dw.com/en/germany-updates-military-draft-might-return-pistorius-says/live-72655229"
    "?maca=en-rss-en-all-1573-rdf",  # #11
    "https://tass.com/politics/1961457",  # #12
    "https://www.cbc.ca/news/world/russia-ukraine-third-night-in-a-row-1.7543535?cmp=rss",  # #13
    "https://tass.com/politics/1963475",  # #14
    "https://www.dw.com/en/aide-to-ukraine-s-ex-president-yanukovych-shot-dead-in-spain/a-72621799"
    "?maca=en-rss-en-all-1573-rdf",  # #15
    "https://www.dw.com/en/ukraine-updates-russian-strikes-hit-kyiv-western-region/live-72661603"
    "?maca=en-rss-en-all-1573-rdf",  # #16
    "https://www.foxnews.com/world/russia-launches-largest-aerial-attack-ukraine-war-killing-least-12",  # #17
    "https://www.nytimes.com/2025/05/20/world/europe/ukraine-trump-reaction.html",  # #18
    "https://tass.com/emergencies/1961381",  # #19
    "https://www.foxnews.com/politics/vance-remark-about-us-bailing-ukraine-encourage-putin-sin"
    "k-nascent-peace-talks",  # #20
    "https://www.independent.co.uk/news/world/europe/ukraine-russia-sanctions-peace-talks-war-b2755020.html",  # #21
    "https://www.egyptindependent.com/us-silence-encouraging-putin-says-zelensky-after-russia-l"
    "aunches-record-air-assault/",  # #22
    "https://www.dw.com/en/espionage-in-germany-the-most-spectacular-spy-cases/a-66496986"
    "?maca=en-rss-en-all-1573-rdf",  # #23
    "https://www.dw.com/en/merz-sees-no-signs-that-war-in-ukraine-will-end-soon/a-72625600"
    "?maca=en-rss-en-eu-2092-rdf",  # #24
    "https://www.nytimes.com/2025/05/25/world/europe/russia-ukraine-kyiv.html",  # #25
    "https://www.nytimes.com/2025/05/21/world/europe/russia-putin-kursk.html",  # #26
    "https://tass.com/politics/1963279",  # #27
    "https://www.jpost.com/diaspora/article-854951",  # #28
    "https://www.nytimes.com/2025/05/20/us/politics/trump-ukraine-russia.html",  # #29
    "https://www.dw.com/en/germany-updates-sharp-rise-in-politically-motivated-crime/live-72603119"
    "?maca=en-rss-en-all-1573-rdf",  # #30
    "https://www.dw.com/en/ukraine-updates-russian-strikes-hit-kyiv-western-region/live-72661603"
    "?maca=en-rss-en-eu-2092-rdf",  # #31
    "https://www.cbc.ca/news/canada/calgary/g7-finance-ministers-banff-global-economy-ukraine-1.7539790"
    "?cmp=rss",  # #32
    "https://www.foxnews.com/world/putin-visits-kursk-region-first-time-since-booting-ukrainian"
    "-forces-from-territory",  # #33
    "https://www.dw.com/en/ukraine-russia-swap-hundreds-more-pows/a-72657650?maca=en-rss-en-all-1573-rdf",  # #34
    "https://tass.com/politics/1961459",  # #35
]

CHECKSUM: str | None = "d6578d6a2440e372ed55abca9d0f6556cdce440c76117f9cfa2d9a8d1824bc85"

# --------------------------------------------------------------------------- source

def git_show(mirror: Path, path: str) -> bytes:
    out = subprocess.run(["git", "--git-dir", str(mirror), "show", f"{COMMIT}:{path}"], capture_output=True,
                         check=True)
    return out.stdout


def load(mirror: Path) -> list[dict]:
    """Rule 1: the English May-2025 records of both files, deduplicated by link (first occurrence kept)."""
    if not mirror.is_dir():
        raise SystemExit(f"{mirror}: missing; bring it here with the fetch tool (github:{REPO})")
    seen: set[str] = set()
    out = []
    for name in FILES:
        for line in gzip.decompress(git_show(mirror, name)).decode("utf-8").split("\n"):
            if not line.strip():
                continue
            r = json.loads(line)
            if r["lang"] != "en" or r["source"] in EXCLUDED_SOURCES or tuple(r["published_parsed"][:2]) != (2025, 5):
                continue
            if r["link"] in seen:
                continue
            seen.add(r["link"])
            r["file"] = name
            out.append(r)
    return out


def is_candidate(r: dict) -> bool:
    """Rule 2."""
    title, text = r["title"], r["text"]
    if len(text.split()) < MIN_WORDS:
        return False
    war_title = bool(TITLE_TERMS.search(title)) or (
        bool(TITLE_RUSSIA.search(title) or TITLE_WEAPON.search(title)) and bool(BODY_UKRAINE.search(text)))
    return war_title or len(BODY_COUNT.findall(text)) >= MIN_BODY_COUNT


def candidates(records: list[dict]) -> list[dict]:
    return sorted((r for r in records if is_candidate(r)), key=lambda r: r["link"])


def draws(pool: list, seed: int, k: int) -> Iterator:
    """Successive draws of `random.Random(seed).sample(pool, k)`, made by the same calls as CPython 3.11's
    `sample` and continued past k: the partial Fisher-Yates shuffle for a small population, `randbelow(n)`
    skipping indices already drawn for a large one."""
    rng = random.Random(seed)
    n = len(pool)
    setsize = 21
    if k > 5:
        setsize += 4 ** ceil(log(k * 3, 4))
    if n <= setsize:
        p = list(pool)
        for i in range(n):
            j = rng._randbelow(n - i)
            yield p[j]
            p[j] = p[n - i - 1]
    else:
        taken: set[int] = set()
        while len(taken) < n:
            j = rng._randbelow(n)
            if j in taken:
                continue
            taken.add(j)
            yield pool[j]


def page(link: str) -> str:
    """The link without its query string (the RSS feeds add a tracking query, e.g. DW's `?maca=...`)."""
    return link.split("?", 1)[0]


def select(records: list[dict], verbose: bool = False) -> list[tuple[int, dict]]:
    """Rules 3 and 4: (draw number, record) of the 30 texts, in draw order."""
    pool = candidates(records)
    if verbose:
        print(f"{len(records)} records (rule 1), {len(pool)} candidates (rule 2)")
    return pick(pool, SEED, N, REPLACED, DRAWN, verbose)


def pick(pool: list[dict], seed: int, n: int, replaced: dict[str, str], drawn: list[str] | None,
         verbose: bool = False) -> list[tuple[int, dict]]:
    """`random.Random(seed).sample(pool, n)`, continued by `draws()` past each replaced draw (`replaced`: link ->
    reason, a reason starting "duplicate" for a repeat of a page already kept) until n are kept; (draw number,
    record) in draw order. Fewer than n when the pool runs out. `drawn`, when given, is asserted to be the links of
    every draw looked at, in draw order."""
    gen = draws(pool, seed, n)
    first = [next(gen) for _ in range(min(n, len(pool)))]
    assert first == random.Random(seed).sample(pool, len(first)), "draws() disagrees with random.sample"
    seq: list[dict] = []
    kept: list[tuple[int, dict]] = []
    it = iter(first)
    while len(kept) < n:
        r = next(it, None) or next(gen, None)
        if r is None:
            break
        seq.append(r)
        pages = {page(k["link"]) for _, k in kept}
        if r["link"] in replaced:
            # a repeat of a page already kept is recorded as such; any other replacement is not a repeat
            assert replaced[r["link"]].startswith("duplicate") == (page(r["link"]) in pages), r["link"]
            continue
        assert page(r["link"]) not in pages, f"{r['link']}: repeats a page already kept"
        kept.append((len(seq), r))
    links = [r["link"] for r in seq]
    assert set(replaced) <= set(links), "a REPLACED link was not drawn"
    if verbose:
        for i, r in enumerate(seq, 1):
            note = f"  REPLACED: {replaced[r['link']]}" if r["link"] in replaced else ""
            print(f"#{i:2d} {r['link']}{note}")
    if drawn is not None:
        assert links == drawn, "the draw differs from DRAWN"
    return kept

# --------------------------------------------------------------------------- names

def outlet(r: dict) -> str:
    host = urlparse(r["link"]).netloc.lower()
    host = host[4:] if host.startswith("www.") else host
    return OUTLETS[host]


def date(r: dict) -> str:
    y, m, d = r["published_parsed"][:3]
    return f"{y:04d}-{m:02d}-{d:02d}"


def collapse(s: str) -> str:
    """Runs of whitespace (non-breaking spaces, tabs, line breaks too) to one space; ends stripped."""
    return re.sub(r"\s+", " ", s).strip()


def headline(r: dict) -> str:
    return collapse(r["title"])


def slug(title: str) -> str:
    s = "".join(c if c.isalnum() or c in "'’" else " " for c in title)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode("ascii")
    s = s.replace("'", "").lower()
    words = [w for w in re.findall(r"[a-z0-9]+", s) if w not in STOP]
    return "-".join(words[:SLUG_WORDS])


def file_name(r: dict) -> str:
    return f"{outlet(r)}-{date(r)}-{slug(headline(r))}.txt"


# --------------------------------------------------------------------------- cleaning

def lit(s: str) -> str:
    """A literal string as a regex in which every run of whitespace matches any run of whitespace."""
    return r"\s+".join(re.escape(w) for w in s.split())


FOX_NOTICE = ("This material may not be published, broadcast, rewritten, or redistributed. ©2025 FOX News Network, "
              "LLC. All rights reserved. Quotes displayed in real-time or delayed by at least 15 minutes. Market data "
              "provided by Factset. Powered and implemented by FactSet Digital Solutions. Legal Statement. Mutual "
              "Fund and ETF data provided by Refinitiv Lipper.")
INDEPENDENT_NOTIFICATIONS = "Notifications can be managed in browser preferences."
INDEPENDENT_LOGIN = "Please refresh the page or navigate to another page on the site to be automatically logged in"
INDEPENDENT_REFRESH = "Please refresh your browser to be logged in"
INDEPENDENT_SUPPORT = (
    "From reproductive rights to climate change to Big Tech, The Independent is on the ground when the story is "
    "developing. Whether it's investigating the financials of Elon Musk's pro-Trump PAC or producing our latest "
    "documentary, 'The A Word', which shines a light on the American women fighting for reproductive rights, we know "
    "how important it is to parse out the facts from the messaging. At such a critical moment in US history, we need "
    "reporters on the ground. Your donation allows us to keep sending journalists to speak to both sides of the "
    "story. The Independent is trusted by Americans across the entire political spectrum. And unlike many other "
    "quality news outlets, we choose not to lock Americans out of our reporting and analysis with paywalls. We "
    "believe quality journalism should be available to everyone, paid for by those who can afford it.")

# outlet -> furniture removed from every text of that outlet wherever it occurs (regular expressions); each rule
# is asserted to remove something in at least one text of the batch
OUTLET_RULES: dict[str, list[str]] = {
    "fox": [
        lit(FOX_NOTICE),  # copyright and market-data notice, at the top and at the bottom of the page
        lit("By entering your email and clicking the Subscribe button, you agree to the Fox News Privacy Policy and "
            "Terms of Use, and agree to receive content and promotional communications from Fox News. You understand "
            "that you can opt-out at any time. Subscribed You've successfully subscribed to this newsletter!"),
        lit("Get the latest updates from the 2024 campaign trail, exclusive interviews and more Fox News politics "
            "content."),  # newsletter promo
        lit("Fox News' Antisemitism Exposed\" newsletter brings you stories on the rising anti-Jewish prejudice "
            "across the U.S. and the world.\""),  # newsletter promo
        lit("CLICK HERE TO GET THE FOX NEWS APP"),
        lit("Fox News Flash top headlines are here. Check out what's clicking on Foxnews.com."),  # video caption
    ],
    "independent": [
        # login notices, at the top (with "Notifications...") and at the bottom, each glued to the next notice
        # ("...automatically logged inPlease refresh your browser to be logged in")
        r"(?:" + lit(INDEPENDENT_NOTIFICATIONS) + r"\s+)?" + lit(INDEPENDENT_LOGIN),
        lit(INDEPENDENT_REFRESH),
        lit(INDEPENDENT_SUPPORT),  # "support us" box
        lit("Join thought-provoking conversations, follow other Independent readers and see their replies"),
    ],
    "dw": [
        lit("To view this video please enable JavaScript, and consider upgrading to a web browser that supports "
            "HTML5 video"),  # embedded video
        r"Edited by: [^\n]*\Z",  # editor credit closing the page
        lit("While you're here: Every Tuesday, DW editors round up what is happening in German politics and "
            "society. You can sign up here for the weekly email newsletter Berlin Briefing."),
    ],
    "nyt": [
        r"\A\s*(?:Russia-Ukraine War\s+)?Advertisement\s+Supported\s+by\s",  # section label and advertising header
        lit("We are having trouble retrieving the article content.") + r".*\Z",  # paywall notice to the end
    ],
    "mainichi": [
        lit("Please view the main text area of the page by skipping the main menu. The page may not be displayed "
            "properly if the JavaScript is deactivated on your browser. Japan's National Daily Since 1922")
        + r"\s+\w+ \d{1,2}, \d{4} \(Mainichi Japan\)",  # page header and date line
        lit("More Articles Copyright THE MAINICHI NEWSPAPERS. All rights reserved.") + r"\s*\Z",
    ],
    "cbc": [
        lit("Audience Relations, CBC P.O. Box 500 Station A Toronto, ON Canada, M5W 1E6") + r".*\Z",  # footer
    ],
}

# link -> [(furniture string, expected count)]: removed in that text only, each asserted to occur exactly so often
# (whitespace matched loosely); found by reading the drawn texts and with --scan
REMOVALS: dict[str, list[tuple[str, int]]] = {
    "https://www.foxnews.com/politics/trump-distances-himself-from-russia-ukraine-conflict-not-our-people-not-our-"
    "soldiers": [
        ("President Donald Trump opens up about the state of the war from the White House.", 1),  # video caption
        ("President Donald Trump meets South African President Cyril Ramaphosa in the Oval Office of the White "
         "House, May 21, 2025, in Washington. (Evan Vucci/The Associated Press)", 1),  # photo caption
        ("Putin and Trump shaking hands during a meeting", 1),  # photo caption
        ("Diana Stancy is a politics reporter with Fox News Digital covering the White House.", 1),  # author note
    ],
    "https://www.jpost.com/international/internationalrussia-ukraine-war/article-855400": [
        ("Tetiana Maksymenko stands with belongings outside her house that was destroyed in a Russian rocket "
         "strike, amid Russia's attack on Ukraine, in Markhalivka, Kyiv region, Ukraine, May 25, 2025. (credit: "
         "REUTERS/THOMAS PETER)", 1),  # photo caption
        ("This is Kyiv. The indiscriminate killing of women and children at night in their homes is a clear "
         "violation of the 1977 Geneva Peace Protocols designed to protect innocents. These attacks are shameful. "
         "Stop the killing. Ceasefire now. pic.twitter.com/89XRWZcP21", 1),  # embedded tweet (quoted above it)
    ],
    "https://www.cbc.ca/news/world/russia-ukraine-third-night-in-a-row-1.7543535?cmp=rss": [
        ("Trump says Putin 'has gone absolutely crazy' after deadly airstrikes in Ukraine", 1),  # related link
        ("Russia, Ukraine swap 307 soldiers on 2nd day of prisoner exchange", 1),  # related link
    ],
    "https://www.dw.com/en/ukraine-updates-russian-strikes-hit-kyiv-western-region/live-72661603"
    "?maca=en-rss-en-all-1573-rdf": [
        ("These updates are now closed. Here are the main headlines on Russia's war in Ukraineon Sunday, May 25:",
         1),  # live-blog notice
        ("Read our coverage for news and analysis by our reporters and correspondents as Russia pushes on with its "
         "full-scale invasion of its neighbor.", 1),  # cross-link
    ],
    "https://www.foxnews.com/world/russia-launches-largest-aerial-attack-ukraine-war-killing-least-12": [
        ("TRUMP TALKS WITH PUTIN, SPARS WITH SOUTH AFRICAN LEADER, THREATENS EU TARIFF HIKE IN 18TH WEEK IN "
         "OFFICE", 1),  # related link
        ("Overnight, Russia launched its largest aerial assault on Ukraine since the war started. "
         "(Reuters/Gleb Garanich)", 1),  # photo caption
        ("Some 347 drones and missiles were reportedly used in the attack. (Reuters/Thomas Peter)", 1),  # caption
        ("UKRAINE, RUSSIA PRISONER SWAP NOT A 'CONFIDENCE BUILDING MEASURE' THAT WILL LEAD TO PEACE "
         "NEGOTIATIONS: EX-CIA STATION CHIEF", 1),  # related link
        ("Strikes were reported in Kyiv, Kharkiv, and other cities. (Reuters/Thomas Peter)", 1),  # photo caption
    ],
    "https://www.nytimes.com/2025/05/20/world/europe/ukraine-trump-reaction.html": [
        ("By Marc SantoraMaria Varenikova and Liubov Sholudko Reporting from Kyiv, Ukraine", 1),  # byline
    ],
    "https://www.foxnews.com/politics/vance-remark-about-us-bailing-ukraine-encourage-putin-sink-nascent-peace-"
    "talks": [
        ("Vice President JD Vance says the U.S. wants to see \"outcomes\" from Russia and Ukraine on peace talks and "
         "isn't afraid to step aside from its involvement in negotiating with both countries.", 1),  # video caption
        ("WHY ZELENSKYY KEEPS PUSHING NATO MEMBERSHIP EVEN THOUGH TRUMP SAYS IT'S NOT HAPPENING", 1),  # related
        ("Vice President JD Vance talks to reporters inside Air Force Two at Leonardo da Vinci International "
         "Airport in Rome on May 19, 2025.", 1),  # photo caption
        ("TRUMP INSISTS UKRAINE-RUSSIA PEACE DEAL IS CLOSE, BUT MISTRUST IN PUTIN LEAVES EXPERTS SKEPTICAL",
         1),  # related link
        ("President Donald Trump meets with Ukrainian President Volodymyr Zelenskyy for the first time since their "
         "Oval Office spat in February. (Vatican and Ukraine Ambassador to Holy See)", 1),  # photo caption
        ("President Donald Trump, Vice President JD Vance and Ukrainian President Volodymyr Zelensky get into an "
         "argument in the Oval Office. (Getty)", 1),  # photo caption
        ("TRUMP SAYS HE COULD ‘WALK AWAY’ FROM RUSSIA-UKRAINE TALKS, CITES ‘TREMENDOUS HATRED’ ON BOTH SIDES",
         1),  # related link
        ("Vice President JD Vance and Foundation Council President Wolfgang Ischinger participate in a discussion "
         "at the Munich Leaders Meeting hosted by the Munich Security Conference in Washington on May 7, 2025. "
         "(Mandel Ngan/AFP via Getty Images)", 1),  # photo caption
        ("Diana Stancy is a politics reporter with Fox News Digital covering the White House.", 1),  # author note
    ],
    "https://www.egyptindependent.com/us-silence-encouraging-putin-says-zelensky-after-russia-launches-record-air-"
    "assault/": [
        ("Ukrainian Emergency Service/AP Thomas Peter/Reuters", 1),  # photo credits
        ("Efrem Lukatsky/AP", 1),  # photo credit
        ("This story has been updated.", 1),
        ("CNN’s Kit Maher, Ivana Kottasová, Kathleen Magramo, Victoria Butenko, Ross Adkin, Kevin Liptak, Jeff "
         "Zeleny and Svitlana Vlasova contributed to this report.", 1),  # contributor credit
    ],
    "https://www.dw.com/en/espionage-in-germany-the-most-spectacular-spy-cases/a-66496986"
    "?maca=en-rss-en-all-1573-rdf": [
        ("This article was originally written in German. It was first published in August 2023 and later "
         "updated.", 1),  # publication note
    ],
    "https://www.nytimes.com/2025/05/25/world/europe/russia-ukraine-kyiv.html": [
        ("transcript [sound of explosion]", 1),  # video transcript
        ("By Constant Méheut and Daria Mitiuk Constant Méheut reported from Kyiv, Ukraine, and Daria Mitiuk from "
         "Markhalivka, a village outside of Kyiv.", 1),  # byline
    ],
    "https://www.nytimes.com/2025/05/21/world/europe/russia-putin-kursk.html": [
        ("By Anatoly Kurmanaev and Ivan Nechepurenko Anatoly Kurmanaev reported from Berlin, and Ivan "
         "Nechepurenko from St. Petersburg, Russia", 1),  # byline
    ],
    "https://www.jpost.com/diaspora/article-854951": [
        ("I KEPT avoiding the battered paperback with the cover half-torn off. (credit: SYD WACHS/UNSPLASH)",
         1),  # stock-photo caption
    ],
    "https://www.nytimes.com/2025/05/20/us/politics/trump-ukraine-russia.html": [
        ("News Analysis", 1),  # rubric label
        ("By David E. SangerJonathan SwanMaggie Haberman and Michael Schwirtz David E. Sanger reported from "
         "Praiano, Italy; Jonathan Swan from Washington; Maggie Haberman from New York; and Michael Schwirtz from "
         "London.", 1),  # byline
        ("Follow live updates on the Trump administration.", 1),  # cross-link
    ],
    "https://www.foxnews.com/world/putin-visits-kursk-region-first-time-since-booting-ukrainian-forces-from-"
    "territory": [
        ("After President Donald Trump’s call with Vladimir Putin, the U.S. is waiting for the Russian president to "
         "submit a proposal \"that would lead to a ceasefire,\" Secretary Marco Rubio told senators on Tuesday.",
         1),  # video caption
        ("US AWAITS CEASEFIRE PROPOSAL AFTER TRUMP PHONE CALL, RUBIO SAYS", 1),  # related link
        ("Russian President Vladimir Putin visited the western Kursk region on Tuesday. (SERGEI ILYIN/POOL/AFP via "
         "Getty Images)", 1),  # photo caption
        ("PRESIDENT TRUMP CONFIDENT PUTIN WANTS PEACE WITH UKRAINE, THINKS HE'S 'HAD ENOUGH' OF WAR", 1),  # related
        ("Russia said last month that it had ejected Ukrainian forces from the Kursk region. (Vyacheslav "
         "Prokofyev, Sputnik, Kremlin Pool Photo via AP)", 1),  # photo caption
        ("Reuters contributed to this report.", 1),  # contributor credit
    ],
}

# link -> [(regular expression, expected count)]: a paragraph break inserted at each match (text without breaks)
SPLITS: dict[str, list[tuple[str, int]]] = {
    # the TASS summary's list items ("... on the aftermath. - From 8 p.m. ...")
    "https://tass.com/politics/1963295": [(r"(?<=\.) (?=- [A-Z])", 7)],
}

# a paragraph break: any whitespace holding a line break, or two or more spaces after the end of a sentence
BREAK = re.compile(r"\s*[\r\n]\s*|(?<=[.!?:\"”’)])[^\S\r\n]{2,}")


def clean(r: dict, removals: dict[str, list[tuple[str, int]]] | None = None,
          splits: dict[str, list[tuple[str, int]]] | None = None) -> list[str]:
    """The body of a record as paragraphs, its furniture removed (per-text tables: batch 18's by default)."""
    removals = REMOVALS if removals is None else removals
    splits = SPLITS if splits is None else splits
    text = r["text"]
    link = r["link"]
    for rule in OUTLET_RULES.get(outlet(r), []):
        text = re.sub(rule, "\n\n", text, flags=re.S)
    for s, n in removals.get(link, []):
        text, k = re.subn(lit(s), "\n\n", text)
        assert k == n, f"{link}: {s[:60]!r} found {k} times, not {n}"
    for rx, n in splits.get(link, []):
        text, k = re.subn(rx, "\n\n", text)
        assert k == n, f"{link}: split {rx!r} found {k} times, not {n}"
    # the standfirst: when the body opens with the record's `summary` (complete sentences), a break after it
    summary = collapse(r.get("summary") or "")
    m = re.match(r"\s*" + lit(summary), text) if re.search(r"[.!?\"”]$", summary) else None
    if m and re.match(r"\s", text[m.end():]):
        text = text[:m.end()] + "\n\n" + text[m.end():]
    return [p for p in (collapse(b) for b in BREAK.split(text)) if p]


def rule_hits(records: list[dict]) -> dict[tuple[str, int], int]:
    """How often each outlet rule removes something in the batch."""
    hits = {(o, i): 0 for o, rules in OUTLET_RULES.items() for i in range(len(rules))}
    for r in records:
        for i, rule in enumerate(OUTLET_RULES.get(outlet(r), [])):
            hits[(outlet(r), i)] += len(re.findall(rule, r["text"], flags=re.S))
    return hits


SCAN_WORDS = re.compile(r"subscri|newsletter|cookie|copyright|©|photo|getty|reuters/|/reuters|advertisement|"
                        r"read more|sign up|click|credit|/ap\b|\bap/|pic\.twitter|javascript|video|caption|"
                        r"edited by|contributed|log ?in|related|follow|updated|share|image", re.I)


def scan(chosen: list[tuple[int, dict]], removals: dict[str, list[tuple[str, int]]] | None = None,
         splits: dict[str, list[tuple[str, int]]] | None = None) -> None:
    """Print what may still be furniture: short paragraphs, paragraphs with a marker word or a run of capitals,
    and paragraph breaks that may fall inside a sentence."""
    for i, r in chosen:
        paras = clean(r, removals, splits)
        print(f"== #{i} {file_name(r)} ({len(paras)} paragraphs, {len(' '.join(paras).split())} words) {r['link']}")
        for j, p in enumerate(paras):
            if len(p) < 80:
                print(f"   [{j}] short: {p!r}")
            for m in SCAN_WORDS.finditer(p):
                print(f"   [{j}] {m.group(0).lower()}: {p[max(0, m.start() - 70):m.end() + 70]!r}")
            for m in re.finditer(r"\b[A-Z][A-Z'’,:-]*(?: [A-Z][A-Z'’,:-]*){3,}", p):
                print(f"   [{j}] capitals: {p[max(0, m.start() - 40):m.end() + 40]!r}")
            if j and (re.search(r"\b(?:Mr|Mrs|Ms|Dr|St|Gov|Gen|Sen|Rep|[A-Z])\.$", paras[j - 1])
                      or re.match(r"[a-z]", p)):
                print(f"   break? {paras[j - 1][-40:]!r} | {p[:40]!r}")


# --------------------------------------------------------------------------- output

def render(title: str, day: str, paras: list[str]) -> str:
    assert title and "\n" not in title
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", day)
    assert paras and all(p and "\n" not in p and p == p.strip() for p in paras)
    return f"{title}\n{day}\n\n" + "\n\n".join(paras) + "\n"


def listing_sha256(files: dict[str, str]) -> str:
    """`sha256sum * | sha256sum` of a folder holding exactly these files."""
    lines = "".join(f"{hashlib.sha256(files[n].encode('utf-8')).hexdigest()}  {n}\n"
                    for n in sorted(files, key=lambda n: n.encode()))
    return hashlib.sha256(lines.encode()).hexdigest()


def build(chosen: list[tuple[int, dict]], removals: dict[str, list[tuple[str, int]]] | None = None,
          splits: dict[str, list[tuple[str, int]]] | None = None, n: int = N,
          rules_must_hit: bool = True) -> dict[str, str]:
    """File name -> file text (per-text tables: batch 18's by default)."""
    removals = REMOVALS if removals is None else removals
    splits = SPLITS if splits is None else splits
    files: dict[str, str] = {}
    for _, r in chosen:
        name = file_name(r)
        assert name not in files, f"file name not unique: {name}"
        files[name] = render(headline(r), date(r), clean(r, removals, splits))
    assert len(files) == n
    links = {r["link"] for _, r in chosen}
    assert set(removals) <= links and set(splits) <= links, "furniture listed for a text not drawn"
    if rules_must_hit:
        unused = [k for k, hits in rule_hits([r for _, r in chosen]).items() if not hits]
        assert not unused, f"outlet rules that remove nothing: {unused}"
    return files


def write_checked(files: dict[str, str], out: Path, checksum: str | None) -> None:
    """Write a batch's texts to `out` once their listing checksum is the recorded one; `out` may hold no others."""
    digest = listing_sha256(files)
    if checksum is not None:
        assert digest == checksum, f"listing checksum {digest} differs from the recorded {checksum}"
    out.mkdir(parents=True, exist_ok=True)
    extra = sorted(p.name for p in out.iterdir() if p.name not in files)
    assert not extra, f"{out} holds other files: {extra}"
    for name, text in files.items():
        (out / name).write_bytes(text.encode("utf-8"))
    print(f"{len(files)} texts in {out}; listing checksum (sha256sum * | sha256sum) {digest}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--mirror", type=Path, default=MIRROR)
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--list", action="store_true", help="print counts, the draw order and the table only")
    mode.add_argument("--scan", action="store_true", help="print the places of the cleaned texts that may be furniture")
    args = ap.parse_args()
    records = load(args.mirror)
    chosen = select(records, verbose=not args.scan)
    if args.scan:
        scan(chosen)
        return 0
    for i, r in sorted(chosen, key=lambda ir: file_name(ir[1])):
        print(f"| `{file_name(r)}` | {r['source']} | {date(r)} | draw #{i} | {r['file']} | {r['link']} |")
    if args.list:
        return 0
    files = build(chosen)
    write_checked(files, args.out, CHECKSUM)
    return 0


if __name__ == "__main__":
    sys.exit(main())
