#!/usr/bin/env python3
"""Rebuild gathered batch 7 (gold: warwire eval/gold/gathered-2025f) into /work/gathered/batch7/.

Standard library only; imports `build_batch6.py` (same directory) for batch 6's pool, draw, exclusion lists and
cleaning functions, so batches 6 and 7 are selected and cleaned by the same code. Per
`eval/gold/gathered-2025f/SOURCES.md`:

Selection (nothing picked by hand, no draw replaced or skipped):
1. `total_pravda_news.csv` at commit 8584c560fec1: 932 rows, 709 distinct URLs (first row per URL kept).
2. Pool: exactly batch 6's pool (`build_batch6.pool()`: batch 5's 28 URLs, the 4 off-topic URLs and the 11
   texts under 400 characters removed) -> 666 URLs sorted as strings. No new topic judgement.
3. Batch 6's 36 URLs removed, taken from batch 6's own draw (`build_batch6.select()`, which re-runs
   `random.Random(2026).sample(pool, 36)` and asserts it) -> 630 URLs remaining (sort order kept). 64 URLs are
   excluded as already used (28 batch 5 + 36 batch 6); asserted that none is in batch 7.
4. `random.Random(2027).sample(remaining, 32)`, re-drawn by `build_batch6.draw` and asserted equal. The 32 URLs
   are listed in `FILES` only as a check and to name the files; files are written in sorted URL order. For the
   record, the next three draws would be 2023/04/4/7396405, 2023/04/27/7399648, 2023/04/22/7398994 (asserted).

Cleaning: `build_batch6.clean_up` (PROMO_IS_BREAK = True, BREAK_AFTER_DIGIT_STOP = True). Per-text removals
(asserted counts; each a paragraph boundary): two captions "photo: Pavlo Kyrylenko on Telegram" (2023-03-27),
Kuleba's embedded English tweet (2023-04-12), a "Read also:" cross-link (2023-04-24). No Source-line splits.
Headline = `title` with the body's whitespace rule (2023-04-30 loses two zero-width spaces, 2023-03-26 a doubled
space). Date = the URL's date. The 2023/04/4/7396358 URL has two differing CSV rows; the first is used.

Published checksum (`cd batch7 && sha256sum * | sha256sum`, CPython 3.11.7):
a105d3d17a50157f4801cf81e5db3369882a1690d14112e8cad1e56022959d17 -- asserted before writing.

Usage: python3 build_batch7.py [--out DIR]   (default /work/gathered/batch7)
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_batch5 as b5  # noqa: E402
import build_batch6 as b6  # noqa: E402
from build_batch5 import URL_PREFIX  # noqa: E402

SEED = 2027
N = 32
CHECKSUM = "a105d3d17a50157f4801cf81e5db3369882a1690d14112e8cad1e56022959d17"
NEXT_DRAWS = (URL_PREFIX + "2023/04/4/7396405/", URL_PREFIX + "2023/04/27/7399648/",
              URL_PREFIX + "2023/04/22/7398994/")

FILES = {
    URL_PREFIX + '2023/03/22/7394560/': ('ukrainskapravda-2023-03-22-zelenskyy-video-missile-apartment-block-zaporizhzhia', [], []),
    URL_PREFIX + '2023/03/26/7395102/': ('ukrainskapravda-2023-03-26-occupiers-torture-passport-refusers-kherson', [], []),
    URL_PREFIX + '2023/03/27/7395174/': ('ukrainskapravda-2023-03-27-offensive-guard-16000-applications', [], []),
    URL_PREFIX + '2023/03/27/7395190/': ('ukrainskapravda-2023-03-27-avdiivka-krasnohorivka-kurakhovo-one-killed', [
        ('photo: Pavlo Kyrylenko on Telegram', 2),
    ], []),
    URL_PREFIX + '2023/03/29/7395508/': ('ukrainskapravda-2023-03-29-general-staff-57-attacks-repelled', [], []),
    URL_PREFIX + '2023/04/10/7397258/': ('ukrainskapravda-2023-04-10-reznikov-russians-counteract-himars', [], []),
    URL_PREFIX + '2023/04/11/7397321/': ('ukrainskapravda-2023-04-11-belgorod-airport-drone-bomb', [], []),
    URL_PREFIX + '2023/04/12/7397502/': ('ukrainskapravda-2023-04-12-zelenskyy-leaders-react-pow-execution', [], []),
    URL_PREFIX + '2023/04/12/7397546/': ('ukrainskapravda-2023-04-12-khartiia-brigade-offensive-guard', [], []),
    URL_PREFIX + '2023/04/12/7397595/': ('ukrainskapravda-2023-04-12-ukraine-romania-ministers-black-sea-security', [
        ('I spoke with my Romanian counterpart @BogdanAurescu who condemned the execution of a Ukrainian prisoner of war as well as other Russian atrocities. We discussed a number of bilateral and regional issues aimed at enhancing security in the Black Sea region and beyond.\r— Dmytro Kuleba (@DmytroKuleba) April 12, 2023', 1),
    ], []),
    URL_PREFIX + '2023/04/16/7398051/': ('ukrainskapravda-2023-04-16-border-guard-mortars-assault-group-bakhmut', [], []),
    URL_PREFIX + '2023/04/16/7398101/': ('ukrainskapravda-2023-04-16-border-guards-shoot-down-shahed', [], []),
    URL_PREFIX + '2023/04/19/7398464/': ('ukrainskapravda-2023-04-19-drone-downed-dnipropetrovsk-oblast', [], []),
    URL_PREFIX + '2023/04/19/7398467/': ('ukrainskapravda-2023-04-19-russian-losses-4-tanks-23-drones', [], []),
    URL_PREFIX + '2023/04/2/7396127/': ('ukrainskapravda-2023-04-02-russian-nuclear-weapons-belarus-west', [], []),
    URL_PREFIX + '2023/04/20/7398728/': ('ukrainskapravda-2023-04-20-unexploded-shahed-border-guards-video', [], []),
    URL_PREFIX + '2023/04/21/7398852/': ('ukrainskapravda-2023-04-21-air-force-explains-air-raid-warnings', [], []),
    URL_PREFIX + '2023/04/22/7399039/': ('ukrainskapravda-2023-04-22-water-cut-67-donetsk-settlements', [], []),
    URL_PREFIX + '2023/04/24/7399187/': ('ukrainskapravda-2023-04-24-kuleba-eu-weapons-delivery-speed', [], []),
    URL_PREFIX + '2023/04/24/7399224/': ('ukrainskapravda-2023-04-24-poland-czechia-slovakia-security-guarantees', [
        ("Read also: Ukraine's NATO Membership Needs no Action Plan, We Have to Leave 2008 Mistakes Behind.", 1),
    ], []),
    URL_PREFIX + '2023/04/24/7399249/': ('ukrainskapravda-2023-04-24-resistance-blows-up-checkpoint-oleshky', [], []),
    URL_PREFIX + '2023/04/25/7399270/': ('ukrainskapravda-2023-04-25-crimea-raids-search-partisans', [], []),
    URL_PREFIX + '2023/04/28/7399776/': ('ukrainskapravda-2023-04-28-sumy-oblast-130-strikes', [], []),
    URL_PREFIX + '2023/04/28/7399835/': ('ukrainskapravda-2023-04-28-russia-long-range-missile-stockpiles', [], []),
    URL_PREFIX + '2023/04/28/7399842/': ('ukrainskapravda-2023-04-28-reznikov-patriot-use-not-disclosed', [], []),
    URL_PREFIX + '2023/04/28/7399898/': ('ukrainskapravda-2023-04-28-air-raid-warning-all-ukraine', [], []),
    URL_PREFIX + '2023/04/29/7400014/': ('ukrainskapravda-2023-04-29-russian-tv-uman-footage-donbas', [], []),
    URL_PREFIX + '2023/04/30/7400052/': ('ukrainskapravda-2023-04-30-sevastopol-oil-depot-offensive-preparation', [], []),
    URL_PREFIX + '2023/04/4/7396358/': ('ukrainskapravda-2023-04-04-trepova-recruited-via-telegram', [], []),
    URL_PREFIX + '2023/04/7/7396847/': ('ukrainskapravda-2023-04-07-slovakia-mig29-russian-technicians', [], []),
    URL_PREFIX + '2023/05/4/7400656/': ('ukrainskapravda-2023-05-04-six-offensive-guard-brigades-ready', [], []),
    URL_PREFIX + '2023/05/5/7400778/': ('ukrainskapravda-2023-05-05-ilsky-refinery-explosion-second-day', [], []),
}


def remaining() -> list[str]:
    """Batch 6's pool minus batch 6's draw (630 URLs, sort order kept)."""
    used = set(b6.select())
    rest = [u for u in b6.pool() if u not in used]
    assert len(rest) == 630
    return rest


_SELECTED: list[str] | None = None


def select() -> list[str]:
    """Batch 7's 32 URLs, in draw order."""
    global _SELECTED
    if _SELECTED is None:
        _SELECTED = b6.sample_checked(SEED, remaining(), N, FILES, NEXT_DRAWS)
        used = set(b6.BATCH5_URLS) | set(b6.select())
        assert len(used) == 64 and not used & set(_SELECTED)
        listed = b5.sources_urls("f")
        if listed is not None:
            assert sorted(listed) == sorted(_SELECTED), "draw differs from gathered-2025f/SOURCES.md"
    return list(_SELECTED)


def build() -> dict[str, str]:
    select()
    files = b6.make_files(FILES)
    assert b5.files_checksum(files) == CHECKSUM, "batch 7 checksum differs from the published one"
    return files


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=b5.GATHERED / "batch7")
    args = ap.parse_args()
    b5.write_files(args.out, build())


if __name__ == "__main__":
    main()
