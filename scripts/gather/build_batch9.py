#!/usr/bin/env python3
"""Rebuild gathered batch 9 (gold: warwire eval/gold/gathered-2025h) into /work/gathered/batch9/.

Standard library only; imports `build_batch6.py` (pool, draw, cleaning), `build_batch7.py` (batch 7's draw) and
`build_batch8.py` (batch 8's draw and its `Date`-column reader), all from the same directory. Per
`eval/gold/gathered-2025h/SOURCES.md`:

Selection (nothing picked by hand, no draw replaced or skipped):
1. `total_pravda_news.csv` at commit 8584c560fec1: 932 rows, 709 distinct URLs (first row per URL kept).
2. Pool: exactly batch 6's pool (`build_batch6.pool()`) -> 666 URLs sorted as strings.
3. Batch 6's 36, batch 7's 32 and batch 8's 32 URLs removed, from those batches' own draws -> 566 URLs remaining
   (sort order kept; asserted to be `build_batch8.remaining()` minus batch 8's draw). 128 URLs are excluded as
   already used (28 + 36 + 32 + 32); asserted that none is in batch 9.
4. `random.Random(2029).sample(remaining, 32)`, re-drawn by `build_batch6.draw` and asserted equal. The 32 URLs
   are listed in `FILES` only as a check and to name the files (asserted: no name is one of batches 6-8); files
   are written in sorted URL order. For the record, the next three draws would be 2023/03/27/7395265,
   2023/03/29/7395629, 2023/04/19/7398490 (asserted).

Cleaning: `build_batch6.clean_up` (PROMO_IS_BREAK = True, BREAK_AFTER_DIGIT_STOP = True). Per-text removals
(asserted counts; each a paragraph boundary), six texts, seven removals: the closing promo without its "!"
(2023-04-10), a caption (2023-04-19 National Guard), two captions (2023-04-03 SSU; the longer one first), a
Ukrainian tweet (2023-04-03 Tatarsky video), a capitals caption glued to the Source line (2023-04-30 Nikopol) and
a tweet stored as mojibake (2023-05-02 Bryansk; written with escapes). Two Source-line run-on splits (2023-03-23
EU summit, 2023-03-29 GRU spy).
New in this batch, per-text repairs after cleaning (`JOINS`, `join_false_breaks`): rule (b) splits the outlet name
"Krym.Realii" into "Krym." / "Realii"; in the 2023-04-22 Kurtamet text this is put back together three times (the
CSV text must hold "Krym.Realii" exactly 3 times and the cleaned text "Krym." + blank line + "Realii" exactly 3
times; asserted). Headline = `title` with the body's whitespace rule. Date = the URL's date, asserted equal to
the CSV's `Date` column (`build_batch8.csv_date`).

Published checksum (`cd batch9 && sha256sum * | sha256sum`, CPython 3.11.7):
f72c49fe6db9e7382af5d1a234dd0aa3ad45fda43ad35271537062ed77daaedf -- asserted before writing.

Usage: python3 build_batch9.py [--out DIR]   (default /work/gathered/batch9)
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
from build_batch5 import URL_PREFIX  # noqa: E402

SEED = 2029
N = 32
CHECKSUM = "f72c49fe6db9e7382af5d1a234dd0aa3ad45fda43ad35271537062ed77daaedf"
NEXT_DRAWS = (URL_PREFIX + "2023/03/27/7395265/", URL_PREFIX + "2023/03/29/7395629/",
              URL_PREFIX + "2023/04/19/7398490/")

# url -> [(left, right, count)]: a break rule (b) put between `left` and `right` that is rejoined
JOINS: dict[str, list[tuple[str, str, int]]] = {
    URL_PREFIX + "2023/04/22/7399033/": [("Krym.", "Realii", 3)],
}

FILES = {
    URL_PREFIX + '2023/03/23/7394709/': ('ukrainskapravda-2023-03-23-crimean-teacher-fined-social-media-ban', [], []),
    URL_PREFIX + '2023/03/23/7394786/': ('ukrainskapravda-2023-03-23-sof-destroy-zoopark-radar', [], []),
    URL_PREFIX + '2023/03/23/7394808/': ('ukrainskapravda-2023-03-23-eu-summit-joint-ammunition-procurement', [
    ], [('Source: conclusions of the EU summit on 23 March on Ukraine, quoted by European Pravda', 'The conclusions, supported')]),
    URL_PREFIX + '2023/03/29/7395594/': ('ukrainskapravda-2023-03-29-us-indicts-gru-spy-posing-as-brazilian', [
    ], [('court proceedings in Brazil and an indictment in the USA', 'At the end of last week')]),
    URL_PREFIX + '2023/03/29/7395621/': ('ukrainskapravda-2023-03-29-germany-buys-10-pzh-2000-howitzers', [], []),
    URL_PREFIX + '2023/04/10/7397141/': ('ukrainskapravda-2023-04-10-general-staff-58-assaults-6-uavs', [
        ('Journalists fight on their own frontline. Support Ukrainska Pravda or become our patron', 1),
    ], []),
    URL_PREFIX + '2023/04/13/7397705/': ('ukrainskapravda-2023-04-13-explosion-melitopol-uav-claim', [], []),
    URL_PREFIX + '2023/04/13/7397745/': ('ukrainskapravda-2023-04-13-germany-decision-polish-mig29-transfer', [], []),
    URL_PREFIX + '2023/04/14/7397818/': ('ukrainskapravda-2023-04-14-general-staff-49-attacks-bakhmut', [], []),
    URL_PREFIX + '2023/04/15/7398035/': ('ukrainskapravda-2023-04-15-general-staff-40-attacks-bakhmut-mariinka', [], []),
    URL_PREFIX + '2023/04/19/7398451/': ('ukrainskapravda-2023-04-19-drone-attack-novozybkov-enlistment-office', [], []),
    URL_PREFIX + '2023/04/19/7398608/': ('ukrainskapravda-2023-04-19-national-guard-police-coordination-exercises', [
        ('Photo:\xa0Interior Ministry website', 1),
    ], []),
    URL_PREFIX + '2023/04/20/7398653/': ('ukrainskapravda-2023-04-20-kyiv-flash-meteor-air-defence-not-activated', [], []),
    URL_PREFIX + '2023/04/20/7398675/': ('ukrainskapravda-2023-04-20-russians-receive-new-iranian-drones', [], []),
    URL_PREFIX + '2023/04/22/7399013/': ('ukrainskapravda-2023-04-22-melitopol-depot-diesel-locomotive-explosion', [], []),
    URL_PREFIX + '2023/04/22/7399033/': ('ukrainskapravda-2023-04-22-crimean-tatar-kurtamet-7-years', [], []),
    URL_PREFIX + '2023/04/23/7399070/': ('ukrainskapravda-2023-04-23-su-35-kab-bombs-kherson-district', [], []),
    URL_PREFIX + '2023/04/25/7399388/': ('ukrainskapravda-2023-04-25-general-staff-kupiansk-museum-s300', [], []),
    URL_PREFIX + '2023/04/3/7396232/': ('ukrainskapravda-2023-04-03-ssu-detains-antisemitic-graffiti-uzhhorod', [
        ('The graffiti reads "Death to Jews. The Jews are killing us." Photo: Security Service of Ukraine', 1),
        ('Photo: Security Service of Ukraine', 1),
    ], []),
    URL_PREFIX + '2023/04/3/7396293/': ('ukrainskapravda-2023-04-03-video-before-tatarsky-cafe-explosion', [
        ("З'явилося відео останніх секунд перед ліквідацією Татарського – росЗМІ pic.twitter.com/afN4OMjaYC\r— Українська правда ✌ (@ukrpravda_news) April 3, 2023", 1),
    ], []),
    URL_PREFIX + '2023/04/30/7400029/': ('ukrainskapravda-2023-04-30-isw-prigozhin-fears-counterattacks-bakhmut', [], []),
    URL_PREFIX + '2023/04/30/7400090/': ('ukrainskapravda-2023-04-30-nikopol-heavy-artillery-one-killed', [
        ("THE CONSEQUENCES OF THE shelling OF NIKOPOL, PHOTO FROM LYSAKA's TELEGRAM", 1),
    ], []),
    URL_PREFIX + '2023/04/8/7397034/': ('ukrainskapravda-2023-04-08-31-children-returned-from-russia', [], []),
    URL_PREFIX + '2023/05/1/7400174/': ('ukrainskapravda-2023-05-01-tavria-russians-lost-company-162-strikes', [], []),
    URL_PREFIX + '2023/05/2/7400274/': ('ukrainskapravda-2023-05-02-bryansk-railway-explosion-diesel-locomotive', [
        ('\xcf\xb3\xe4\xf0\xe8\xe2 \xea\xee\xeb\xb3\xbf \xf3 \xc1\xf0\xff\xed\xf1\xfc\xea\xb3\xe9 \xee\xe1\xeb\xe0\xf1\xf2\xb3: \xd0\xd4 \xe2\xf2\xf0\xe0\xf2\xe8\xeb\xe0 \xf2\xe5\xef\xeb\xee\xe2\xee\xe7 \xf2\xe0 12 \xf2\xee\xed\xed \xe4\xe8\xe7\xef\xe0\xeb\xe8\xe2\xe0 \u2013 \xf0\xee\xf1\xc7\xcc\xb2 pic.twitter.com/HxjDvVZ1Fk\r\u2014 \xd3\xea\xf0\xe0\xbf\xed\xf1\xfc\xea\xe0 \xef\xf0\xe0\xe2\xe4\xe0 \u270c\ufe0f (@ukrpravda_news) May 2, 2023', 1),
    ], []),
    URL_PREFIX + '2023/05/2/7400336/': ('ukrainskapravda-2023-05-02-ihnat-su-57-su-75-not-used', [], []),
    URL_PREFIX + '2023/05/2/7400359/': ('ukrainskapravda-2023-05-02-foreign-ministry-nato-membership-doubts', [], []),
    URL_PREFIX + '2023/05/3/7400442/': ('ukrainskapravda-2023-05-03-ukraine-rises-press-freedom-ranking', [], []),
    URL_PREFIX + '2023/05/3/7400531/': ('ukrainskapravda-2023-05-03-general-staff-30-assaults-41-air-strikes', [], []),
    URL_PREFIX + '2023/05/4/7400592/': ('ukrainskapravda-2023-05-04-kyiv-drone-debris-cars-roads-damaged', [], []),
    URL_PREFIX + '2023/05/4/7400613/': ('ukrainskapravda-2023-05-04-police-show-aerial-target-wreckage-kyiv', [], []),
    URL_PREFIX + '2023/05/5/7400834/': ('ukrainskapravda-2023-05-05-moscow-court-arrests-leniye-umerova', [], []),
}


def join_false_breaks(joins: dict[str, list[tuple[str, str, int]]]):
    """A `repair` step for build_batch6.make_files: rejoin false paragraph breaks listed per URL."""
    def repair(url: str, raw: str, paragraphs: list[str]) -> list[str]:
        body = "\n\n".join(paragraphs)
        for left, right, count in joins.get(url, ()):
            assert raw.count(left + right) == count, (url, left + right)
            assert body.count(left + "\n\n" + right) == count, (url, left, right)
            body = body.replace(left + "\n\n" + right, left + right)
        return body.split("\n\n")
    return repair


def remaining() -> list[str]:
    """Batch 8's remaining URLs minus batch 8's draw (566 URLs, sort order kept)."""
    return b6.remaining_after(b8, [b6, b7], 566)


_SELECTED: list[str] | None = None


def select() -> list[str]:
    """Batch 9's 32 URLs, in draw order."""
    global _SELECTED
    if _SELECTED is None:
        _SELECTED = b6.sample_checked(SEED, remaining(), N, FILES, NEXT_DRAWS)
        used = set(b6.BATCH5_URLS) | set(b6.select()) | set(b7.select()) | set(b8.select())
        assert len(used) == 128 and not used & set(_SELECTED)
        earlier_names = {v[0] for t in (b6.FILES, b7.FILES, b8.FILES) for v in t.values()}
        assert not earlier_names & {v[0] for v in FILES.values()}
        listed = b5.sources_urls("h")
        if listed is not None:
            assert sorted(listed) == sorted(_SELECTED), "draw differs from gathered-2025h/SOURCES.md"
    return list(_SELECTED)


def build() -> dict[str, str]:
    select()
    files = b6.make_files(FILES, repair=join_false_breaks(JOINS), check_date=b8.check_date)
    assert b5.files_checksum(files) == CHECKSUM, "batch 9 checksum differs from the published one"
    return files


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=b5.GATHERED / "batch9")
    args = ap.parse_args()
    b5.write_files(args.out, build())


if __name__ == "__main__":
    main()
