#!/usr/bin/env python3
"""Rebuild gathered batch 10 (gold: warwire eval/gold/gathered-2025i) into /work/gathered/batch10/.

Standard library only; imports `build_batch6.py` (pool, draw, cleaning), `build_batch7.py` (batch 7's draw),
`build_batch8.py` (batch 8's draw and its `Date`-column reader) and `build_batch9.py` (batch 9's draw and its
per-text repair step `join_false_breaks`), all from the same directory. Per `eval/gold/gathered-2025i/SOURCES.md`:

Selection (nothing picked by hand, no draw replaced or skipped):
1. `total_pravda_news.csv` at commit 8584c560fec1: 932 rows, 709 distinct URLs (first row per URL kept).
2. Pool: exactly batch 6's pool (`build_batch6.pool()`) -> 666 URLs sorted as strings.
3. Batch 6's 36, batch 7's 32, batch 8's 32 and batch 9's 32 URLs removed, from those batches' own draws -> 534
   URLs remaining (sort order kept; asserted to be `build_batch9.remaining()` minus batch 9's draw). 160 URLs are
   excluded as already used (28 + 36 + 32 + 32 + 32); asserted that none is in batch 10.
4. `random.Random(2030).sample(remaining, 32)`, re-drawn by `build_batch6.draw` and asserted equal. The 32 URLs
   are listed in `FILES` only as a check and to name the files (asserted: no name is one of batches 6-9); files
   are written in sorted URL order. For the record, the next three draws would be 2023/04/28/7399788,
   2023/03/31/7395830, 2023/04/22/7398962 (asserted).

Cleaning: `build_batch6.clean_up` (PROMO_IS_BREAK = True, BREAK_AFTER_DIGIT_STOP = True). Per-text removals
(asserted counts; each a paragraph boundary), four texts, six removals: two Ukrainian tweets (2023-04-19 Kyiv air
target), two Ukrainian tweets (2023-05-03 Moscow drone), the Canadian embassy's English tweet (2023-05-03 Canada
demining) and a caption with credit ('AMC "Patriot"photo from President's Office', 2023-05-04 Netherlands). Two
Source-line run-on splits (2023-04-19 Fidesz, 2023-05-03 Canada demining). Batch 9's `join_false_breaks` is
applied with an empty `JOINS` table. Headline = `title` with the body's whitespace rule (three trailing spaces
trimmed). Date = the URL's date, asserted equal to the CSV's `Date` column.

Published checksum (`cd batch10 && sha256sum * | sha256sum`, CPython 3.11.7):
b4a9fdbac4c424e26d385950960cde6c78eca41a1ae0d0b5d97fb9d91b116033 -- asserted before writing.

Usage: python3 build_batch10.py [--out DIR]   (default /work/gathered/batch10)
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_batch5 as b5  # noqa: E402
import build_batch6 as b6  # noqa: E402
import build_batch7 as b7  # noqa: E402
import build_batch8 as b8  # noqa: E402
import build_batch9 as b9  # noqa: E402
from build_batch5 import URL_PREFIX  # noqa: E402

SEED = 2030
N = 32
CHECKSUM = "b4a9fdbac4c424e26d385950960cde6c78eca41a1ae0d0b5d97fb9d91b116033"
NEXT_DRAWS = (URL_PREFIX + "2023/04/28/7399788/", URL_PREFIX + "2023/03/31/7395830/",
              URL_PREFIX + "2023/04/22/7398962/")
JOINS: dict[str, list[tuple[str, str, int]]] = {}

FILES = {
    URL_PREFIX + '2023/03/22/7394500/': ('ukrainskapravda-2023-03-22-us-drones-change-routes-black-sea', [], []),
    URL_PREFIX + '2023/03/26/7395108/': ('ukrainskapravda-2023-03-26-general-staff-85-assaults-repelled', [], []),
    URL_PREFIX + '2023/03/29/7395503/': ('ukrainskapravda-2023-03-29-resistance-center-map-child-deportation-camps', [], []),
    URL_PREFIX + '2023/03/30/7395652/': ('ukrainskapravda-2023-03-30-sumy-oblast-four-hromadas-shelled', [], []),
    URL_PREFIX + '2023/04/10/7397146/': ('ukrainskapravda-2023-04-10-sof-destroy-d-20-howitzer-donetsk', [], []),
    URL_PREFIX + '2023/04/12/7397497/': ('ukrainskapravda-2023-04-12-ssu-investigates-beheading-of-pow', [], []),
    URL_PREFIX + '2023/04/18/7398304/': ('ukrainskapravda-2023-04-18-general-staff-70-assaults-five-fronts', [], []),
    URL_PREFIX + '2023/04/19/7398453/': ('ukrainskapravda-2023-04-19-odesa-explosions-drone-downed', [], []),
    URL_PREFIX + '2023/04/19/7398614/': ('ukrainskapravda-2023-04-19-air-target-kyiv-oblast-bright-flash', [
        ('Столичні жителі ще до оголошення повітряної тривоги бачили у небі яскравий спалах. Що саме це було, наразі невідомо. Відео спалаху опублікували низка Telegram-каналів pic.twitter.com/8CDePBr8vm\r— Українська правда ✌️ (@ukrpravda_news) April 19, 2023', 1),
        ('Ще одне відео яскравого спалаху у Києві опублікували Telegram-канали pic.twitter.com/JqvP0aZqKm\r— Українська правда ✌️ (@ukrpravda_news) April 19, 2023', 1),
    ], []),
    URL_PREFIX + '2023/04/19/7398618/': ('ukrainskapravda-2023-04-19-fidesz-rejects-putin-arrest-resolution', [
    ], [('Source: Ágnes Vadai, deputy head of the Democratic Coalition party, which initiated the resolution', 'Vadai has said')]),
    URL_PREFIX + '2023/04/22/7399022/': ('ukrainskapravda-2023-04-22-general-staff-bakhmut-mariinka-40-attacks', [], []),
    URL_PREFIX + '2023/04/24/7399202/': ('ukrainskapravda-2023-04-24-budanov-russia-stockpiles-missiles', [], []),
    URL_PREFIX + '2023/04/25/7399327/': ('ukrainskapravda-2023-04-25-syrskyi-russian-assault-groups-gps-app', [], []),
    URL_PREFIX + '2023/04/26/7399435/': ('ukrainskapravda-2023-04-26-general-staff-39-attacks-kupiansk-s300', [], []),
    URL_PREFIX + '2023/04/29/7399949/': ('ukrainskapravda-2023-04-29-sevastopol-fuel-tank-fire-drone', [], []),
    URL_PREFIX + '2023/04/3/7396214/': ('ukrainskapravda-2023-04-03-navalny-foundation-denies-tatarsky-murder', [], []),
    URL_PREFIX + '2023/04/3/7396256/': ('ukrainskapravda-2023-04-03-general-staff-45-attacks-skadovsk-lists', [], []),
    URL_PREFIX + '2023/04/30/7400031/': ('ukrainskapravda-2023-04-30-general-staff-58-attacks-repelled', [], []),
    URL_PREFIX + '2023/04/30/7400033/': ('ukrainskapravda-2023-04-30-nikopol-night-artillery-houses-damaged', [], []),
    URL_PREFIX + '2023/04/30/7400069/': ('ukrainskapravda-2023-04-30-three-agreements-with-baykar', [], []),
    URL_PREFIX + '2023/04/4/7396365/': ('ukrainskapravda-2023-04-04-shoigu-belarus-nuclear-capable-iskander', [], []),
    URL_PREFIX + '2023/04/6/7396770/': ('ukrainskapravda-2023-04-06-danilov-russia-critical-missile-shortage', [], []),
    URL_PREFIX + '2023/04/7/7396952/': ('ukrainskapravda-2023-04-07-ukraine-resumes-electricity-exports', [], []),
    URL_PREFIX + '2023/05/1/7400137/': ('ukrainskapravda-2023-05-01-south-africa-putin-brics-zoom', [], []),
    URL_PREFIX + '2023/05/1/7400215/': ('ukrainskapravda-2023-05-01-kherson-houses-ablaze-kizomys-bombs', [], []),
    URL_PREFIX + '2023/05/2/7400245/': ('ukrainskapravda-2023-05-02-isw-russian-mod-missile-strike-messaging', [], []),
    URL_PREFIX + '2023/05/3/7400539/': ('ukrainskapravda-2023-05-03-drone-smoke-sightings-central-moscow', [
        ("У російських пабліках і пропагандистських ЗМІ з'явилося відео, як стверджується, ще одного безпілотника в центрі Москви. Відео з Telegram-каналу yakimanca pic.twitter.com/Uc4YzB0CrX\r\r— Українська правда ✌️ (@ukrpravda_news) May 3, 2023", 1),
        ('Пізніше в російських пабліках також з\'явилося відео стовпа диму, як стверджується в повідомленні, "десь у центрі" Москви. Відео з Telegram-каналу yakimanca pic.twitter.com/16WhjoDywk\r— Українська правда ✌️ (@ukrpravda_news) May 3, 2023', 1),
    ], []),
    URL_PREFIX + '2023/05/3/7400557/': ('ukrainskapravda-2023-05-03-canada-demining-equipment-delivered', [
        ('Canada’ s first delivery of CAD 22.5 million in demining equipment for the @SESU_UA! These vehicles will be used to clear farmland, returning it to productive use and helping restore food security. #StandWithUkraine #landmines #Ukraine #Canada #OttawaConvention pic.twitter.com/eeKJAVUIlU\r— Canada in Ukraine (@CanEmbUkraine) May 3, 2023', 1),
    ], [('Source: Canadian Embassy in Ukraine on Twitter, European Pravda reports', 'The embassy noted')]),
    URL_PREFIX + '2023/05/4/7400586/': ('ukrainskapravda-2023-05-04-air-force-18-of-24-shaheds-downed', [], []),
    URL_PREFIX + '2023/05/4/7400743/': ('ukrainskapravda-2023-05-04-zelenskyy-netherlands-patriot-equipment', [
        ('AMC "Patriot"photo from President’s Office', 1),
    ], []),
    URL_PREFIX + '2023/05/5/7400760/': ('ukrainskapravda-2023-05-05-general-staff-60-attacks-kramatorsk-missiles', [], []),
    URL_PREFIX + '2023/05/5/7400810/': ('ukrainskapravda-2023-05-05-defense-express-kinzhal-downed-kyiv', [], []),
}


def remaining() -> list[str]:
    """Batch 9's remaining URLs minus batch 9's draw (534 URLs, sort order kept)."""
    return b6.remaining_after(b9, [b6, b7, b8], 534)


_SELECTED: list[str] | None = None


def select() -> list[str]:
    """Batch 10's 32 URLs, in draw order."""
    global _SELECTED
    if _SELECTED is None:
        _SELECTED = b6.sample_checked(SEED, remaining(), N, FILES, NEXT_DRAWS)
        used = (set(b6.BATCH5_URLS) | set(b6.select()) | set(b7.select()) | set(b8.select())
                | set(b9.select()))
        assert len(used) == 160 and not used & set(_SELECTED)
        earlier_names = {v[0] for t in (b6.FILES, b7.FILES, b8.FILES, b9.FILES) for v in t.values()}
        assert not earlier_names & {v[0] for v in FILES.values()}
        listed = b5.sources_urls("i")
        if listed is not None:
            assert sorted(listed) == sorted(_SELECTED), "draw differs from gathered-2025i/SOURCES.md"
    return list(_SELECTED)


def build() -> dict[str, str]:
    select()
    files = b6.make_files(FILES, repair=b9.join_false_breaks(JOINS), check_date=b8.check_date)
    assert b5.files_checksum(files) == CHECKSUM, "batch 10 checksum differs from the published one"
    return files


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=b5.GATHERED / "batch10")
    args = ap.parse_args()
    b5.write_files(args.out, build())


if __name__ == "__main__":
    main()
