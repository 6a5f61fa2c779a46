#!/usr/bin/env python3
"""Rebuild gathered batch 8 (gold: warwire eval/gold/gathered-2025g) into /work/gathered/batch8/.

Standard library only; imports `build_batch6.py` (batch 6's pool, draw and cleaning functions) and
`build_batch7.py` (batch 7's draw), both from the same directory. Per `eval/gold/gathered-2025g/SOURCES.md`:

Selection (nothing picked by hand, no draw replaced or skipped):
1. `total_pravda_news.csv` at commit 8584c560fec1: 932 rows, 709 distinct URLs (first row per URL kept).
2. Pool: exactly batch 6's pool (`build_batch6.pool()`) -> 666 URLs sorted as strings.
3. Batch 6's 36 and batch 7's 32 URLs removed, from those batches' own draws (`build_batch6.select`,
   `build_batch7.select`, each asserting its draw) -> 598 URLs remaining (sort order kept). 96 URLs are excluded
   as already used (28 + 36 + 32); asserted that none is in batch 8.
4. `random.Random(2028).sample(remaining, 32)`, re-drawn by `build_batch6.draw` and asserted equal. The 32 URLs
   are listed in `FILES` only as a check and to name the files; files are written in sorted URL order. For the
   record, the next three draws would be 2023/04/3/7396216, 2023/04/28/7399894, 2023/04/26/7399442 (asserted).

Cleaning: `build_batch6.clean_up` (PROMO_IS_BREAK = True, BREAK_AFTER_DIGIT_STOP = True). Per-text removals
(asserted counts; each a paragraph boundary), seven texts, nine removals: a French tweet (Canada), a Ukrainian
tweet with the English-Twitter promo inside it (St Petersburg), Anadolu's English tweet (PABSEC), a "Read more:"
cross-link (Moskva), a caption with its credit (Spanish volunteer), two captions (Dnipro), and the closing promo
without its final "!" (Zmiivka). One Source-line run-on split ("Source: Levante-EMV" | "Although ...").
Headline = `title` with the body's whitespace rule (three trailing spaces trimmed). Date = the URL's date, asserted
equal to the CSV's `Date` column (`csv_date`, which reads both "3/22/23" and "2023-04-11").

Published checksum (`cd batch8 && sha256sum * | sha256sum`, CPython 3.11.7):
0ba7464bae3114a710dd0bf209a22995fd94b5748883917987c256115323de14 -- asserted before writing.

Usage: python3 build_batch8.py [--out DIR]   (default /work/gathered/batch8)
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_batch5 as b5  # noqa: E402
import build_batch6 as b6  # noqa: E402
import build_batch7 as b7  # noqa: E402
from build_batch5 import URL_PREFIX  # noqa: E402

SEED = 2028
N = 32
CHECKSUM = "0ba7464bae3114a710dd0bf209a22995fd94b5748883917987c256115323de14"
NEXT_DRAWS = (URL_PREFIX + "2023/04/3/7396216/", URL_PREFIX + "2023/04/28/7399894/",
              URL_PREFIX + "2023/04/26/7399442/")

FILES = {
    URL_PREFIX + '2023/03/22/7394492/': ('ukrainskapravda-2023-03-22-sumy-oblast-7-hromadas-attacked', [], []),
    URL_PREFIX + '2023/03/22/7394493/': ('ukrainskapravda-2023-03-22-air-raid-warnings-kyiv-oblasts', [], []),
    URL_PREFIX + '2023/03/22/7394554/': ('ukrainskapravda-2023-03-22-sof-destroy-strela-10-southern-front', [], []),
    URL_PREFIX + '2023/03/22/7394594/': ('ukrainskapravda-2023-03-22-ssu-detains-spotter-kramatorsk-school-strike', [], []),
    URL_PREFIX + '2023/03/23/7394718/': ('ukrainskapravda-2023-03-23-pivden-clear-30-km-zone-left-bank', [], []),
    URL_PREFIX + '2023/03/25/7395018/': ('ukrainskapravda-2023-03-25-spain-15-million-food-security', [], []),
    URL_PREFIX + '2023/03/28/7395354/': ('ukrainskapravda-2023-03-28-syrskyi-russians-trying-capture-bakhmut', [], []),
    URL_PREFIX + '2023/03/31/7395794/': ('ukrainskapravda-2023-03-31-air-raid-siren-several-oblasts', [], []),
    URL_PREFIX + '2023/04/11/7397440/': ('ukrainskapravda-2023-04-11-ap-discord-witnesses-pentagon-leak', [], []),
    URL_PREFIX + '2023/04/11/7397443/': ('ukrainskapravda-2023-04-11-canada-assault-rifles-ammunition', [
        ("Nous venons d'annoncer une aide militaire supplémentaire pour l'Ukraine, provenant de Colt Canada.Nous envoyons 21 000 fusils d'assaut, 38 mitrailleuses et plus de 2,4 M de munitions. Ces armes soutiendront la lutte de l'Ukraine pour se défendre, ainsi que nos valeurs communes. pic.twitter.com/0WkCE5x6dO\r— Anita Anand (@AnitaAnandMP) April 11, 2023", 1),
    ], []),
    URL_PREFIX + '2023/04/13/7397653/': ('ukrainskapravda-2023-04-13-general-staff-540-soldiers-5-drones', [], []),
    URL_PREFIX + '2023/04/13/7397768/': ('ukrainskapravda-2023-04-13-zelenskyy-military-industry-day-moskva', [
        ('Read more: Sinking the Moskva: previously undisclosed details. How the Ukrainian Neptune destroyed the flagship of the Russian fleet', 1),
    ], []),
    URL_PREFIX + '2023/04/14/7397955/': ('ukrainskapravda-2023-04-14-zelenskyy-thanks-leaders-execution-video', [], []),
    URL_PREFIX + '2023/04/17/7398286/': ('ukrainskapravda-2023-04-17-maliar-bakhmut-air-artillery-attacks', [], []),
    URL_PREFIX + '2023/04/2/7396120/': ('ukrainskapravda-2023-04-02-zelenskyy-kostiantynivka-six-killed', [], []),
    URL_PREFIX + '2023/04/21/7398948/': ('ukrainskapravda-2023-04-21-spanish-volunteer-imprisoned-crimea', [
        ('Mariano García holding humanitarian aidPHOTO: LEVANTE-EMV', 1),
    ], [('Source: Levante-EMV', 'Although the Spanish media')]),
    URL_PREFIX + '2023/04/22/7399020/': ('ukrainskapravda-2023-04-22-landmine-fatalities-124-killed', [], []),
    URL_PREFIX + '2023/04/23/7399067/': ('ukrainskapravda-2023-04-23-kherson-gunners-four-lancet-drones', [], []),
    URL_PREFIX + '2023/04/27/7399673/': ('ukrainskapravda-2023-04-27-explosion-crater-near-st-petersburg', [
        ('Під Петербургом стався вибух: утворилася шестиметрова вирва pic.twitter.com/da9Khsoj2NWe have launched English Twitter! Follow us! \r\r\r\r\r\r— Українська правда ✌️ (@ukrpravda_news) April 27, 2023', 1),
    ], []),
    URL_PREFIX + '2023/04/27/7399719/': ('ukrainskapravda-2023-04-27-tokarivka-mine-power-workers-one-killed', [], []),
    URL_PREFIX + '2023/04/28/7399784/': ('ukrainskapravda-2023-04-28-zaluzhnyi-21-of-23-missiles-destroyed', [], []),
    URL_PREFIX + '2023/04/28/7399819/': ('ukrainskapravda-2023-04-28-dnipro-woman-rescued-warehouse-burnt', [
        ("Photo from Serhiy Lysak's Telegram (Governor of Dnipropetrovsk Oblast)", 2),
    ], []),
    URL_PREFIX + '2023/04/3/7396254/': ('ukrainskapravda-2023-04-03-ft-russia-takes-officials-passports', [], []),
    URL_PREFIX + '2023/04/6/7396769/': ('ukrainskapravda-2023-04-06-orikhiv-building-hit-huliaipole-missiles', [], []),
    URL_PREFIX + '2023/04/6/7396795/': ('ukrainskapravda-2023-04-06-drone-explosive-zmiivka-four-injured', [
        ('Journalists fight on their own frontline. Support Ukrainska Pravda or become our patron', 1),
    ], []),
    URL_PREFIX + '2023/04/7/7396821/': ('ukrainskapravda-2023-04-07-general-staff-40-assaults-repelled', [], []),
    URL_PREFIX + '2023/04/9/7397120/': ('ukrainskapravda-2023-04-09-general-staff-40-assaults-20-bakhmut', [], []),
    URL_PREFIX + '2023/05/2/7400247/': ('ukrainskapravda-2023-05-02-general-staff-41-attacks-lyzunivka', [], []),
    URL_PREFIX + '2023/05/2/7400365/': ('ukrainskapravda-2023-05-02-general-staff-20-assaults-chaplynka-torture', [], []),
    URL_PREFIX + '2023/05/4/7400576/': ('ukrainskapravda-2023-05-04-us-embassy-missile-threat-warning', [], []),
    URL_PREFIX + '2023/05/4/7400720/': ('ukrainskapravda-2023-05-04-pabsec-ankara-scuffle-flag', [
        ('A scuffle broke out between Ukrainian and Russian delegates at a meeting of the Parliamentary Assembly of the Black Sea Economic Cooperation (PABSEC) in Türkiye’s capital AnkaraTensions boiled over after Ukrainians interrupted a Russian official’s speech👇 pic.twitter.com/AzZiQi2B6L\r— ANADOLU AGENCY (@anadoluagency) May 4, 2023', 1),
    ], []),
    URL_PREFIX + '2023/05/5/7400832/': ('ukrainskapravda-2023-05-05-air-force-no-kinzhal-over-kyiv', [], []),
}


def csv_date(row: dict[str, str]) -> str:
    """The CSV's `Date` column as YYYY-MM-DD (written "3/22/23" in some rows, "2023-04-11" in others)."""
    value = row["Date"].strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", value)
    if m:
        return value
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{2})", value)
    assert m, value
    return f"20{m.group(3)}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"


def check_date(url: str, row: dict[str, str], date: str) -> None:
    assert csv_date(row) == date, (url, row["Date"], date)


def remaining() -> list[str]:
    """Batch 7's remaining URLs minus batch 7's draw (598 URLs, sort order kept)."""
    return b6.remaining_after(b7, [b6], 598)


_SELECTED: list[str] | None = None


def select() -> list[str]:
    """Batch 8's 32 URLs, in draw order."""
    global _SELECTED
    if _SELECTED is None:
        _SELECTED = b6.sample_checked(SEED, remaining(), N, FILES, NEXT_DRAWS)
        used = set(b6.BATCH5_URLS) | set(b6.select()) | set(b7.select())
        assert len(used) == 96 and not used & set(_SELECTED)
        listed = b5.sources_urls("g")
        if listed is not None:
            assert sorted(listed) == sorted(_SELECTED), "draw differs from gathered-2025g/SOURCES.md"
    return list(_SELECTED)


def build() -> dict[str, str]:
    select()
    files = b6.make_files(FILES, check_date=check_date)
    assert b5.files_checksum(files) == CHECKSUM, "batch 8 checksum differs from the published one"
    return files


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=b5.GATHERED / "batch8")
    args = ap.parse_args()
    b5.write_files(args.out, build())


if __name__ == "__main__":
    main()
