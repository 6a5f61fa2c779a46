#!/usr/bin/env python3
"""Draw and build gathered batch 14 (no gold; gold folder to be gathered-2025m) into /work/gathered/batch14/.

Standard library only; imports `build_batch5.py` ... `build_batch10.py`, `build_batch12.py` and `build_batch13.py`
(same directory), so batch 14 is selected and cleaned by the same code as batches 6-10, 12 and 13.

Selection rule (fixed before the first run):
1. Source: `adnanlakda/NAV_Capstone:total_pravda_news.csv` at commit 8584c560fec1 (Ukrainska Pravda English
   news, 2023-03-22 ... 2023-05-05): 932 rows, 709 distinct URLs, the first row per URL kept.
2. Pool: exactly batch 6's pool, `build_batch6.pool()`: batch 5's 28 URLs removed, the 4 URLs batch 6 judged
   clearly unrelated to the Russia-Ukraine war removed, the 11 texts whose body (promos removed, whitespace
   collapsed) is shorter than 400 characters removed -> 666 URLs, sorted as strings. No new topic judgement.
3. Every URL already used is removed: the draws of batches 6, 7, 8, 9, 10, 12 and 13 (taken from those batches'
   own `select()`, each asserting its draw against the URLs its script lists; their checksums are asserted by
   their own builds) -> 438 URLs remaining (sort order kept; asserted to be `build_batch13.remaining()` minus
   batch 13's draw). Batch 5's URLs are outside the pool; asserted that none of the 256 URLs of batches 5-10, 12
   and 13 is in batch 14. (Batch 11 is not from this CSV.)
4. `random.Random(2034).sample(remaining, 32)`, re-drawn by `build_batch6.draw` (randbelow, skipping repeats, as
   CPython's `sample` does for this size) and asserted equal. No draw is replaced or skipped (as in batches 7-13);
   only a text whose house furniture could not be removed cleanly would be replaced by the next draw, and the
   replacement would be recorded here. After the first run the drawn URLs are listed in `DRAWN` as a check.
5. File names as in earlier batches: `ukrainskapravda-<URL date>-<slug>.txt`; the slug is made mechanically from
   the headline (`build_batch12.slug`: ASCII-folded lower-case words, a few function words dropped, at most 7
   words), asserted unique and different from every file name of batches 5-10, 12 and 13. Files are written in
   sorted URL order.

Cleaning: exactly batch 13's (= batches 10 and 12's): `build_batch6.clean_up` (PROMO_IS_BREAK = True,
BREAK_AFTER_DIGIT_STOP = True), per-text removal strings for embedded tweets, photo captions, "Read also/more"
cross-links and promo variants (`REMOVALS`, each asserted to occur the stated number of times, each a paragraph
boundary), per-text Source-line run-on splits (`SPLITS`), batch 9's `join_false_breaks` with a per-text `JOINS`
table, headline = `title` with the body's whitespace rule, date = the URL's date asserted equal to the CSV's `Date`
column (`build_batch8.csv_date`). The per-text tables are filled from `--scan` (batch 12's markers and checks,
`build_batch12.scan`): it prints only the places in the drawn raw texts that hold a marker of furniture
(pic.twitter, "photo", "Read also/more", Cyrillic or Latin-1 letters, a promo variant), the Source lines, glued
words and the glued sentence ends rule (b) breaks.

Result of the first run (recorded afterwards; the rule above was not changed): 32 texts, 2023-03-22 ... 2023-05-05,
no draw replaced or skipped. Furniture found by `--scan` and removed: four tweets, three English (SABC's Sophie
Mokoena, 2023-03-22 South Africa; Dmytro Kuleba's, without a pic.twitter link, found as a glue, 2023-04-28 F-16s;
the Ministry of Defence's with the English-Twitter promo inside it, 2023-05-03 HIMARS video) and a German one (Team
Luftwaffe, 2023-04-26 Baltic Sea); photo captions: "The robotic mine clearance dog and Defence Minister Oleksii
Reznikov. Screenshot from the video" (2023-05-03 robot dog) and, in the Memorial text on the six children killed
in Uman (2023-05-04), six captions "<name>, <age> years old, Uman", the first with the credit "All photos by the
Memorial platform". Judgement there: the captions are the items that carry the place (the first also the credit),
each standing before that child's own paragraphs; the shorter "<name>, <age> years old" items are read as section
headings and kept as text. Source-line run-on split: 2023-05-03 HIMARS video ("on TwitterThe message was posted in Russian").
No false break found, so `JOINS` is empty. Left as they are, like earlier batches' glues without punctuation and
batch 6's glued ISW heading: the Memorial text's two-name headings "Kyrylo Pysariev, 17 years oldSofiia Shulha, 11
years old" (glued also to the next paragraph, "...oldKyrylo Pysariev, 17, and...") and "Oleksii Lysak, 15 years
oldAlina Barchenko, 10 years old" (after "...aunt and uncle." and a no-break space, so it stays in that paragraph),
the General Staff losses list "...other vehicles and equipmentThe data is being confirmed." (2023-03-27) and
"...leaked onlineUS Defense Secretary..." (2023-04-12). "Do not share photos..." (2023-03-22 Zaporizhzhia) and "The
air force shared several photos..." (2023-04-26) are body text.
Listing checksum (`cd batch14 && sha256sum * | sha256sum`, CPython 3.11.7):
347eb86af97978304e1e90052cfefd55a3ef45e58d290db90007036ee9497d6c -- asserted before writing.

Usage: python3 build_batch14.py [--out DIR] [--scan]   (default /work/gathered/batch14)
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_batch6 as b6  # noqa: E402
import build_batch7 as b7  # noqa: E402
import build_batch8 as b8  # noqa: E402
import build_batch9 as b9  # noqa: E402
import build_batch10 as b10  # noqa: E402
import build_batch12 as b12  # noqa: E402
import build_batch13 as b13  # noqa: E402
from build_batch5 import URL_PREFIX  # noqa: E402

SEED = 2034
N = 32
CHECKSUM = "347eb86af97978304e1e90052cfefd55a3ef45e58d290db90007036ee9497d6c"

# url -> [(removal string, expected count)]  (found with --scan; each stood between paragraphs)
REMOVALS: dict[str, list[tuple[str, int]]] = {
    # English tweet of SABC's Sophie Mokoena, after the English-Twitter promo and before "Background:"
    URL_PREFIX + "2023/03/22/7394652/": [
        ("Breaking News :Minister of International Relations Dr Naledi Pandor on the @IntlCrimCourt arrest "
         "warrant for President Vladimir Putin. #sabcnews pic.twitter.com/UPRB6EZhOX\r— Sophie Mokoena "
         "(@Sophie_Mokoena) March 22, 2023", 1),
    ],
    # German-language tweet of the Luftwaffe, between paragraphs
    URL_PREFIX + "2023/04/26/7399483/": [
        ("Aufklärungsflieger abgefangen. \U0001f1e9\U0001f1ea und \U0001f1ec\U0001f1e7 #Eurofighter wurden "
         "alarmiert, um 3 Militärmaschinen zu identifizieren. Die zwei SU-27 Flanker und eine IL-20 aus "
         "\U0001f1f7\U0001f1fa flogen erneut ohne Transpondersignal im int. Luftraum über der Ostsee. "
         "#SecuringTheSkies #VAPB @NATO @GermanyNATO… pic.twitter.com/sOY4CPkrbe\r\r— Team Luftwaffe "
         "(@Team_Luftwaffe) April 26, 2023", 1),
    ],
    # English tweet of Dmytro Kuleba (no pic.twitter link; found as a glue), after the "Quote:" paragraph
    # and before "Background:"
    URL_PREFIX + "2023/04/28/7399804/": [
        ("Missile strikes killing innocent Ukrainians in their sleep, including a 2-years-old child, is "
         "Russia’s response to all peace initiatives. The way to peace is to kick Russia out of Ukraine. The "
         "way to peace is to arm Ukraine with F-16s and protect children from Russian terror.\r— Dmytro "
         "Kuleba (@DmytroKuleba) April 28, 2023", 1),
    ],
    # photo caption with credit ("Screenshot from the video"), after the English-Twitter promo
    URL_PREFIX + "2023/05/3/7400484/": [
        ("The robotic mine clearance dog and Defence Minister Oleksii Reznikov. Screenshot from the video", 1),
    ],
    # English tweet of the Ministry of Defence with the English-Twitter promo inside it, after the
    # "Quote:" paragraph and before the patron promo
    URL_PREFIX + "2023/05/3/7400486/": [
        ("A friendly reminder from Captain HIMARS...To whom it may concern.P.S. There hasn't been a single "
         "HIMARS system destroyed so far. Want to know why? pic.twitter.com/5hPz9Xu35dWe have launched "
         "English Twitter! Follow us! \r\r\r\r\r\r— Defense of Ukraine (@DefenceU) May 3, 2023", 1),
    ],
    # six photo captions "<name>, <age> years old, Uman", the first with the credit "All photos by the
    # Memorial platform"; each stands before the child's own paragraphs. The section headings without the
    # place ("Kyrylo Pysariev, 17 years oldSofiia Shulha, 11 years old", ...) are text and are kept.
    URL_PREFIX + "2023/05/4/7400638/": [
        ("Kyrylo Pysariev, 17 years old,\xa0UmanAll photos by the Memorial platform", 1),
        ("Sofiia Shulha, 11 years old,\xa0Uman", 1),
        ("Ivan Odaiskyi, 1.5 years old,\xa0Uman", 1),
        ("Oleksii Lysak, 15 years old,\xa0Uman", 1),
        ("Alina Barchenko, 10 years old,\xa0Uman", 1),
        ("Uliana Troichuk, 8 years old,\xa0Uman", 1),
    ],
}
# url -> [(head, tail)]: paragraph break between a Source line's end and the next paragraph
SPLITS: dict[str, list[tuple[str, str]]] = {
    URL_PREFIX + "2023/05/3/7400486/": [("Source: the Ministry of Defence of Ukraine on Twitter",
                                         "The message was posted in Russian")],
}
# url -> [(left, right, count)]: false breaks of rule (b) rejoined (none found by --scan)
JOINS: dict[str, list[tuple[str, str, int]]] = {
}
# the 32 drawn URLs in draw order, listed after the first run as a check
DRAWN: list[str] | None = [
    URL_PREFIX + '2023/03/24/7394969/',
    URL_PREFIX + '2023/04/18/7398397/',
    URL_PREFIX + '2023/04/18/7398295/',
    URL_PREFIX + '2023/04/26/7399483/',
    URL_PREFIX + '2023/05/3/7400484/',
    URL_PREFIX + '2023/04/28/7399912/',
    URL_PREFIX + '2023/03/23/7394767/',
    URL_PREFIX + '2023/04/28/7399804/',
    URL_PREFIX + '2023/03/27/7395184/',
    URL_PREFIX + '2023/04/14/7397941/',
    URL_PREFIX + '2023/03/22/7394652/',
    URL_PREFIX + '2023/03/30/7395755/',
    URL_PREFIX + '2023/04/3/7396141/',
    URL_PREFIX + '2023/03/22/7394511/',
    URL_PREFIX + '2023/05/1/7400155/',
    URL_PREFIX + '2023/04/17/7398185/',
    URL_PREFIX + '2023/03/30/7395788/',
    URL_PREFIX + '2023/04/12/7397471/',
    URL_PREFIX + '2023/05/3/7400486/',
    URL_PREFIX + '2023/04/1/7396026/',
    URL_PREFIX + '2023/03/23/7394715/',
    URL_PREFIX + '2023/03/29/7395575/',
    URL_PREFIX + '2023/04/24/7399232/',
    URL_PREFIX + '2023/04/5/7396476/',
    URL_PREFIX + '2023/05/5/7400750/',
    URL_PREFIX + '2023/05/4/7400638/',
    URL_PREFIX + '2023/05/3/7400432/',
    URL_PREFIX + '2023/03/22/7394623/',
    URL_PREFIX + '2023/03/30/7395797/',
    URL_PREFIX + '2023/03/22/7394547/',
    URL_PREFIX + '2023/04/30/7400041/',
    URL_PREFIX + '2023/04/24/7399125/',
]


def remaining() -> list[str]:
    """Batch 13's remaining URLs minus batch 13's draw (438 URLs, sort order kept)."""
    return b6.remaining_after(b13, [b6, b7, b8, b9, b10, b12], 438)


_SELECTED: list[str] | None = None


def select() -> list[str]:
    """Batch 14's 32 URLs, in draw order."""
    global _SELECTED
    if _SELECTED is None:
        _SELECTED = b6.draw_after(SEED, remaining(), N, DRAWN, [b6, b7, b8, b9, b10, b12, b13], 256)
    return list(_SELECTED)


def table() -> dict[str, tuple[str, list, list]]:
    return b12.named_table(select(), REMOVALS, SPLITS, JOINS, [b6.FILES, b7.FILES, b8.FILES, b9.FILES, b10.FILES, b12.table(), b13.table()])


def build() -> dict[str, str]:
    return b12.built(table(), JOINS, N, CHECKSUM, 14)


def main() -> None:
    b12.run(__doc__, "batch14", build, table)


if __name__ == "__main__":
    main()
