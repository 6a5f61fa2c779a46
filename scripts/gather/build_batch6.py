#!/usr/bin/env python3
"""Rebuild gathered batch 6 (gold: warwire eval/gold/gathered-2025e) into /work/gathered/batch6/.

Standard library only; imports `build_batch5.py` (same directory) for the CSV reader and the cleaning rules.
Per `eval/gold/gathered-2025e/SOURCES.md`:

Selection (nothing picked by hand):
1. `adnanlakda/NAV_Capstone:total_pravda_news.csv` at commit 8584c560fec1 (blob 696ce87e; HEAD 5aa0f14 has the
   same blob): 932 rows, 709 distinct URLs, the first row per URL kept.
2. Pool: the 28 URLs of batch 5 removed (`BATCH5_URLS`, checked against gathered-2025d/SOURCES.md when present)
   -> 681; the 4 URLs judged clearly unrelated to the war removed (`OFF_TOPIC`) -> 677; the 11 texts whose body
   (promos removed, whitespace collapsed) is shorter than 400 characters removed -> 666 URLs, sorted as strings.
   `pool()` computes it and asserts each count.
3. `random.Random(2026).sample(pool, 36)`. For this size CPython's `sample` draws indices with `randbelow(666)`,
   skipping repeats; `draw()` does the same and the script asserts that its first 36 draws equal `sample`'s
   result (a replacement would be the next draw; none was made). The next three draws would be
   2023/03/27/7395300, 2023/04/9/7397100, 2023/04/7/7396929 (asserted).
   The drawn URLs are listed in `FILES` (with the file names), and the script asserts the draw gives exactly them.

Cleaning: `clean_up()` = build_batch5's rules with PROMO_IS_BREAK = True (the place a promo is cut from is a
paragraph boundary) and BREAK_AFTER_DIGIT_STOP = True (a sentence ending in a digit, "since November 2022.The
Air Force", also breaks; not inside decimals). Setting PROMO_IS_BREAK = False reproduces batch 5's behaviour;
it changes paragraph breaks in 13 of these 36 texts, never words. Per-text removal strings (3 embedded tweets, 4
photo captions; each must match exactly the stated number of times; each is a paragraph boundary) and
Source-line run-on splits (2) are listed in `FILES`. Headline = `title` (outer spaces trimmed; the whitespace rule
leaves these 36 titles unchanged), date = the URL's date (agrees with the `Date` column).

Usage: python3 build_batch6.py [--out DIR]   (default /work/gathered/batch6)
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_batch5 as b5  # noqa: E402
from build_batch5 import URL_PREFIX  # noqa: E402

PROMO_IS_BREAK = True
BREAK_AFTER_DIGIT_STOP = True
MIN_BODY = 400
SEED = 2026
N = 36

BATCH5_URLS = tuple(b5.UP_FILES)
OFF_TOPIC = (
    URL_PREFIX + "2023/04/6/7396764/",   # UOC-MP priest detained in Dnipro for abusing his daughters
    URL_PREFIX + "2023/04/25/7399274/",  # air-ambulance crash in Volgograd Oblast
    URL_PREFIX + "2023/04/7/7396856/",   # a man with an air pistol at the Russian Defence Ministry
    URL_PREFIX + "2023/05/3/7400454/",   # Belarus sentences Roman Protasevich
)
NEXT_DRAWS = (URL_PREFIX + "2023/03/27/7395300/", URL_PREFIX + "2023/04/9/7397100/",
              URL_PREFIX + "2023/04/7/7396929/")

FILES = {
    URL_PREFIX + '2023/03/22/7394494/': ('ukrainskapravda-2023-03-22-air-defence-deployed-kyiv-oblast', [], []),
    URL_PREFIX + '2023/03/22/7394539/': ('ukrainskapravda-2023-03-22-defence-industry-first-shells-batch', [], []),
    URL_PREFIX + '2023/03/26/7395152/': ('ukrainskapravda-2023-03-26-general-staff-50-attacks-four-fronts', [], []),
    URL_PREFIX + '2023/03/27/7395180/': ('ukrainskapravda-2023-03-27-general-staff-60-attacks-repelled', [], []),
    URL_PREFIX + '2023/03/28/7395348/': ('ukrainskapravda-2023-03-28-drone-hits-private-business-dnipro', [
        ('photo:\xa0Serhii Lysak on telegram', 1),
    ], []),
    URL_PREFIX + '2023/03/28/7395386/': ('ukrainskapravda-2023-03-28-zelenskyy-500-churches-destroyed', [
        ('Russian terror destroyed hundreds of churches and prayer houses in Ukraine. For 🇷🇺 everything is just a target. But the rockets and artillery of the terrorist state did not break our humanity and faith. 🇺🇦 will win, life will win! pic.twitter.com/6YCxVwHMdp\r\r— Володимир Зеленський (@ZelenskyyUa) March 28, 2023', 1),
    ], []),
    URL_PREFIX + '2023/03/28/7395488/': ('ukrainskapravda-2023-03-28-nikopol-false-flag-warning-iaea', [], []),
    URL_PREFIX + '2023/03/29/7395583/': ('ukrainskapravda-2023-03-29-sabotage-group-boat-dnipro-islands', [], []),
    URL_PREFIX + '2023/04/13/7397799/': ('ukrainskapravda-2023-04-13-poland-security-guarantees-nato-summit', [], []),
    URL_PREFIX + '2023/04/15/7398017/': ('ukrainskapravda-2023-04-15-fire-tank-training-ground-kazan', [], []),
    URL_PREFIX + '2023/04/16/7398127/': ('ukrainskapravda-2023-04-16-nikopol-district-shelling-two-wounded', [], []),
    URL_PREFIX + '2023/04/17/7398277/': ('ukrainskapravda-2023-04-17-intelligence-chief-sabotage-claim-lie', [], []),
    URL_PREFIX + '2023/04/2/7396118/': ('ukrainskapravda-2023-04-02-general-staff-5-missile-22-airstrikes', [], []),
    URL_PREFIX + '2023/04/21/7398832/': ('ukrainskapravda-2023-04-21-belgorod-aircraft-munition-explosion-video', [
        ('РосСМИ опубликовали видео мощного взрыва в российском Белгороде pic.twitter.com/PUL4suZa55\r— Українська правда ✌️ (@ukrpravda_news) April 21, 2023', 1),
    ], []),
    URL_PREFIX + '2023/04/21/7398880/': ('ukrainskapravda-2023-04-21-intelligence-chief-arrested-in-absentia', [], []),
    URL_PREFIX + '2023/04/23/7399053/': ('ukrainskapravda-2023-04-23-missile-explodes-over-kharkiv-factory', [], []),
    URL_PREFIX + '2023/04/23/7399099/': ('ukrainskapravda-2023-04-23-kherson-shelling-80-year-old-killed', [], []),
    URL_PREFIX + '2023/04/24/7399210/': ('ukrainskapravda-2023-04-24-iran-ships-shells-ammunition-russia', [], []),
    URL_PREFIX + '2023/04/25/7399416/': ('ukrainskapravda-2023-04-25-russia-doubles-black-sea-missile-carriers', [], []),
    URL_PREFIX + '2023/04/27/7399728/': ('ukrainskapravda-2023-04-27-general-staff-35-attacks-air-defence', [], []),
    URL_PREFIX + '2023/04/28/7399853/': ('ukrainskapravda-2023-04-28-cherkasy-oblast-mourning-uman', [], []),
    URL_PREFIX + '2023/04/29/7399965/': ('ukrainskapravda-2023-04-29-french-artist-mural-kyiv', [
        ('Mural in the centre of the capital.\xa0Photo: Verkhovna Rada', 1),
        ('The mural decorated one of the walls of the administrative buildings', 1),
    ], [('Source: Verkhovna Rada of Ukraine on Facebook', 'The author has dedicated')]),
    URL_PREFIX + '2023/04/3/7396136/': ('ukrainskapravda-2023-04-03-sumy-oblast-4-locations-attacked', [], []),
    URL_PREFIX + '2023/04/4/7396399/': ('ukrainskapravda-2023-04-04-tatarsky-murder-trepova-terrorism', [], []),
    URL_PREFIX + '2023/04/5/7396523/': ('ukrainskapravda-2023-04-05-new-evidence-mole-kulinich', [], []),
    URL_PREFIX + '2023/04/6/7396660/': ('ukrainskapravda-2023-04-06-putin-repression-occupied-territories', [], []),
    URL_PREFIX + '2023/04/6/7396661/': ('ukrainskapravda-2023-04-06-general-staff-bakhmut-avdiivka-marinka', [], []),
    URL_PREFIX + '2023/04/8/7397028/': ('ukrainskapravda-2023-04-08-romanian-f16s-intercept-russian-fighters', [
    ], [('Source: Romanian Air Force', '\xa0On 7 April')]),
    URL_PREFIX + '2023/04/9/7397090/': ('ukrainskapravda-2023-04-09-air-force-nasams-video', [
        ('Autographs of American instructors who trained Ukrainian operatorsscreenshot', 1),
    ], []),
    URL_PREFIX + '2023/05/1/7400214/': ('ukrainskapravda-2023-05-01-bakhmut-marinka-russians-advance-predtechyno', [], []),
    URL_PREFIX + '2023/05/2/7400378/': ('ukrainskapravda-2023-05-02-explosion-border-guards-base-simferopol', [], []),
    URL_PREFIX + '2023/05/3/7400453/': ('ukrainskapravda-2023-05-03-kherson-round-the-clock-curfew', [], []),
    URL_PREFIX + '2023/05/4/7400573/': ('ukrainskapravda-2023-05-04-sumy-oblast-nearly-70-strikes', [], []),
    URL_PREFIX + '2023/05/4/7400590/': ('ukrainskapravda-2023-05-04-drone-attack-rostov-oil-refinery', [], []),
    URL_PREFIX + '2023/05/4/7400745/': ('ukrainskapravda-2023-05-04-bayraktar-drone-shot-down-kyiv', [], []),
    URL_PREFIX + '2023/05/5/7400807/': ('ukrainskapravda-2023-05-05-russia-strike-every-hour-state-department', [
        ('Since May 1, Russia launched more than 145 airstrikes across Ukraine. That means Russia has launched more than one missile, drone, or bomb every hour, 24 hours a day, four days straight.Yesterday we announced another $300M in security assistance for Ukraine. #UnitedWithUkraine pic.twitter.com/yAAJeJcoXG\r\r— Vedant Patel (@StateDeputySpox) May 4, 2023', 1),
    ], []),
}


def clean_up(text: str, removals=(), splits=()) -> list[str]:
    """Batch 6's cleaning (also batches 7-10): build_batch5's rules with this module's two switches."""
    return b5.clean_text(text, removals, splits, promo_is_break=PROMO_IS_BREAK,
                         break_after_digit_stop=BREAK_AFTER_DIGIT_STOP)


_POOL: list[str] | None = None


def pool() -> list[str]:
    """The candidate pool shared by batches 6-10 (666 URLs, sorted as strings)."""
    global _POOL
    if _POOL is None:
        rows = b5.first_rows()
        listed = b5.sources_urls("d")
        if listed is not None:
            assert sorted(listed) == sorted(BATCH5_URLS), "BATCH5_URLS differ from gathered-2025d/SOURCES.md"
        assert len(BATCH5_URLS) == 28 and all(u in rows for u in BATCH5_URLS + OFF_TOPIC)
        candidates = [u for u in rows if u not in BATCH5_URLS]
        assert len(candidates) == 681
        candidates = [u for u in candidates if u not in OFF_TOPIC]
        assert len(candidates) == 677
        short = [u for u in candidates if b5.body_length(rows[u]["text"]) < MIN_BODY]
        assert len(short) == 11, len(short)
        _POOL = sorted(u for u in candidates if u not in short)
        assert len(_POOL) == 666
    return list(_POOL)


def draw(seed: int, population: list[str]):
    """Successive distinct draws as CPython's random.sample makes them for a large population
    (set-based branch: randbelow(n), skipping indices already drawn)."""
    rng = random.Random(seed)
    n = len(population)
    taken: set[int] = set()
    while len(taken) < n:
        j = rng._randbelow(n)
        if j in taken:
            continue
        taken.add(j)
        yield population[j]


def sample_checked(seed: int, population: list[str], k: int, expected, next_draws=()) -> list[str]:
    """random.Random(seed).sample(population, k), re-drawn by `draw()` and checked against the listed URLs."""
    gen = draw(seed, population)
    got = [next(gen) for _ in range(k)]
    assert got == random.Random(seed).sample(population, k), "draw() disagrees with random.sample"
    if next_draws:
        assert [next(gen) for _ in range(len(next_draws))] == list(next_draws), "next draws differ"
    if expected is not None:
        assert sorted(got) == sorted(expected), "the draw differs from the listed URLs"
    return got


def remaining_after(previous, earlier: list, size: int) -> list[str]:  # type: ignore[no-untyped-def]
    """The URLs the `previous` batch left, minus its own draw (sort order kept): asserted to be batch 6's pool minus
    the draws of the `earlier` batches and of `previous`, `size` of them. Batches 8 on share it."""
    drawn = set(previous.select())
    rest = [u for u in previous.remaining() if u not in drawn]
    used = drawn.union(*(m.select() for m in earlier))
    assert rest == [u for u in pool() if u not in used] and len(rest) == size
    return rest


def draw_after(seed: int, rest: list[str], n: int, drawn: list[str] | None, earlier: list,
               used_size: int) -> list[str]:
    """`random.Random(seed).sample(rest, n)`, checked against `drawn` when listed, asserted to share no URL with batch
    5 or the `earlier` batches (`used_size` URLs in all). Batches 12 on share it."""
    selected = sample_checked(seed, rest, n, drawn)
    used = set(BATCH5_URLS).union(*(m.select() for m in earlier))
    assert len(used) == used_size and not used & set(selected)
    return selected


_SELECTED: list[str] | None = None


def select() -> list[str]:
    """Batch 6's 36 URLs, in draw order."""
    global _SELECTED
    if _SELECTED is None:
        _SELECTED = sample_checked(SEED, pool(), N, FILES, NEXT_DRAWS)
        listed = b5.sources_urls("e")
        if listed is not None:
            assert sorted(listed) == sorted(_SELECTED), "draw differs from gathered-2025e/SOURCES.md"
    return list(_SELECTED)


def make_files(table: dict, cleaner=None, repair=None, check_date=None) -> dict[str, str]:
    """Clean and render every text of a batch table (url -> (name, removals, splits)); files in sorted URL order."""
    rows = b5.first_rows()
    cleaner = cleaner or clean_up
    files: dict[str, str] = {}
    for url in sorted(table):
        name, removals, splits = table[url]
        row = rows[url]
        paragraphs = cleaner(row["text"], removals, splits)
        if repair is not None:
            paragraphs = repair(url, row["text"], paragraphs)
        date = b5.url_date(url)
        if check_date is not None:
            check_date(url, row, date)
        assert name.startswith("ukrainskapravda-" + date + "-"), name
        assert name not in files
        files[name] = b5.render(row["title"], date, paragraphs)
    return files


def build() -> dict[str, str]:
    select()
    rows = b5.first_rows()
    for url in FILES:
        assert b5.headline(rows[url]["title"]) == rows[url]["title"].strip(), url
    files = make_files(FILES)
    # SOURCES.md: batch 5's promo handling (no break) would change paragraph breaks in 13 texts, never words.
    batch5_way = make_files(FILES, cleaner=lambda t, r, s: b5.clean_text(t, r, s, False, BREAK_AFTER_DIGIT_STOP))
    changed = [n for n in files if files[n] != batch5_way[n]]
    assert len(changed) == 13 and all(files[n].split() == batch5_way[n].split() for n in files), len(changed)
    return files


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=b5.GATHERED / "batch6")
    args = ap.parse_args()
    b5.write_files(args.out, build())


if __name__ == "__main__":
    main()
