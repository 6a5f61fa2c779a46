#!/usr/bin/env python3
"""Draw and build gathered batch 16 (gold: gathered-2025o) into /work/gathered/batch16/.

Standard library only; imports `build_batch5.py` ... `build_batch10.py` and `build_batch12.py` ... `build_batch15.py`
(same directory), so batch 16 is selected and cleaned by the same code as batches 6-10 and 12-15.

Selection rule (fixed before the first run):
1. Source: `adnanlakda/NAV_Capstone:total_pravda_news.csv` at commit 8584c560fec1 (Ukrainska Pravda English
   news, 2023-03-22 ... 2023-05-05): 932 rows, 709 distinct URLs, the first row per URL kept.
2. Pool: exactly batch 6's pool, `build_batch6.pool()`: batch 5's 28 URLs removed, the 4 URLs batch 6 judged
   clearly unrelated to the Russia-Ukraine war removed, the 11 texts whose body (promos removed, whitespace
   collapsed) is shorter than 400 characters removed -> 666 URLs, sorted as strings. No new topic judgement.
3. Every URL already used is removed: the draws of batches 6, 7, 8, 9, 10, 12, 13, 14 and 15 (taken from those
   batches' own `select()`, each asserting its draw against the URLs its script lists; their checksums are asserted
   by their own builds) -> 374 URLs remaining (sort order kept; asserted to be `build_batch15.remaining()` minus
   batch 15's draw). Batch 5's URLs are outside the pool; asserted that none of the 320 URLs of batches 5-10 and
   12-15 is in batch 16. (Batch 11 is not from this CSV.)
4. `random.Random(2036).sample(remaining, 32)`, re-drawn by `build_batch6.draw` (randbelow, skipping repeats, as
   CPython's `sample` does for this size) and asserted equal. No draw is replaced or skipped (as in batches 7-15);
   only a text whose house furniture could not be removed cleanly would be replaced by the next draw, and the
   replacement would be recorded here. After the first run the drawn URLs are listed in `DRAWN` as a check.
5. File names as in earlier batches: `ukrainskapravda-<URL date>-<slug>.txt`; the slug is made mechanically from
   the headline (`build_batch12.slug`: ASCII-folded lower-case words, a few function words dropped, at most 7
   words), asserted unique and different from every file name of batches 5-10 and 12-15. Files are written in
   sorted URL order.

Cleaning: exactly batch 15's (= batches 10, 12, 13 and 14's): `build_batch6.clean_up` (PROMO_IS_BREAK = True,
BREAK_AFTER_DIGIT_STOP = True), per-text removal strings for embedded tweets, photo captions, "Read also/more"
cross-links and promo variants (`REMOVALS`, each asserted to occur the stated number of times, each a paragraph
boundary), per-text Source-line run-on splits (`SPLITS`), batch 9's `join_false_breaks` with a per-text `JOINS`
table, headline = `title` with the body's whitespace rule, date = the URL's date asserted equal to the CSV's `Date`
column (`build_batch8.csv_date`). The per-text tables are filled from `--scan` (batch 12's markers and checks,
`build_batch12.scan`): it prints only the places in the drawn raw texts that hold a marker of furniture
(pic.twitter, "photo", "Read also/more", Cyrillic or Latin-1 letters, a promo variant), the Source lines, glued
words and the glued sentence ends rule (b) breaks.

Result of the first run (recorded afterwards; the rule above was not changed): 32 texts, 2023-03-22 ... 2023-05-03,
no draw replaced or skipped. Furniture found by `--scan` and removed: two Ukrainian-language @ukrpravda_news tweets
(2023-03-31 Syrskyi's video of Russian UAVs; 2023-04-03 Fedorov's video of the Melitopol car explosion) and, in
the same Melitopol text, the photo caption with credit "Maksym Zubarev (in the centre)Photo: Maksym Zubarev on
FACEBOOK" before "Updated:". No "Read also/more" cross-link or promo variant. Source-line run-on split: 2023-03-23
Kirby ("Source: Ukrinform news agencyKirby Quote: ..."; the label rule then breaks before "Quote:", so "Kirby" stands
alone as a paragraph, left so). Found in reading the 32 cleaned texts (no furniture without a `--scan` marker): one
false break of rule (b), rejoined in `JOINS`: 2023-04-04 Danilov, where the source's odd number of quotation marks
('them."If Russia ... situation."Details:') made the closing mark stand alone as a paragraph. Left as they are:
the General Staff losses list run together ("...military personnel3,631 (+2) tanks... equipmentThe data is being
confirmed.", 2023-04-06, as batch 12's), "(the occupiers - ed.).have" (2023-03-22), "foundation.. There"
(2023-04-30), and the source's typos "Defenñe", "Oblastm", "Shakhtasrk", "cruisemissiles", "guidedmissile",
"fighterjet(s)", "prosecutors's", "Barbash" beside "Barabash", "shotdown", and the headlines' "shootdown" and
"Ukrainian defender kill" (which so reach the file names). "photos of the buildings" (2023-03-24), "Photos of a
crater" (2023-03-26) and "a photo and video camera" (2023-04-06 Fakel) are body text.
Listing checksum (`cd batch16 && sha256sum * | sha256sum`, CPython 3.11.7):
d753293c147e94182de0a15bbbcd1b2836ff078ebbce40e7a3158350541305f0 -- asserted before writing.

Usage: python3 build_batch16.py [--out DIR] [--scan]   (default /work/gathered/batch16)
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
import build_batch14 as b14  # noqa: E402
import build_batch15 as b15  # noqa: E402
from build_batch5 import URL_PREFIX  # noqa: E402

SEED = 2036
N = 32
CHECKSUM = "d753293c147e94182de0a15bbbcd1b2836ff078ebbce40e7a3158350541305f0"

# url -> [(removal string, expected count)]  (found with --scan; each stood between paragraphs)
REMOVALS: dict[str, list[tuple[str, int]]] = {
    # Ukrainian-language @ukrpravda_news tweet (Syrskyi's video), after "...and hit them accurately." and before
    # "In addition, the air defence..."
    URL_PREFIX + "2023/03/31/7395830/": [
        ("Командувач Сухопутних військ ЗСУ Олександр Сирський опублікував відео того, як українські захисники "
         "знизують ворожі дрони-розвідники та ударні безпілотники на Бахмутському напрямку. Відео з Telegram "
         "Сирського pic.twitter.com/m1KRaUtdTZ\r— Українська правда ✌️ (@ukrpravda_news) March 31, 2023", 1),
    ],
    URL_PREFIX + "2023/04/3/7396150/": [
        # photo caption with credit, after "...a car explosion in Melitopol." and before "Updated:"
        ("Maksym Zubarev (in the centre)Photo: Maksym Zubarev on FACEBOOK", 1),
        # Ukrainian-language @ukrpravda_news tweet (Fedorov's video), after '...the so-called Yakymivka
        # administration".' and before "Background:"
        ("Вранці 3 квітня в тимчасово окупованому Мелітополі вибухнув автомобіль, постраждав колаборант Максим "
         "Зубарєв. Відео з Telegram мера Мелітополя Івана Федорова pic.twitter.com/JXlhNRX0FY\r— Українська "
         "правда ✌️ (@ukrpravda_news) April 3, 2023", 1),
    ],
}
# url -> [(head, tail)]: paragraph break between a Source line's end and the next paragraph
SPLITS: dict[str, list[tuple[str, str]]] = {
    # "Source: Ukrinform news agencyKirby Quote: ..." (the label rule then breaks before "Quote:")
    URL_PREFIX + "2023/03/23/7394710/": [("Source: Ukrinform news agency", "Kirby")],
}
# url -> [(left, right, count)]: false breaks of rule (b) rejoined (none found by --scan; this one in reading)
JOINS: dict[str, list[tuple[str, str, int]]] = {
    # the quotation's closing mark, 'situation."Details:', taken for an opening one (the source has an odd number
    # of quotation marks: 'them."If Russia'), so it stood alone as a paragraph
    URL_PREFIX + "2023/04/4/7396420/": [("situation.", "\"", 1)],
}
# the 32 drawn URLs in draw order, listed after the first run as a check
DRAWN: list[str] | None = [
    URL_PREFIX + '2023/03/24/7394897/',
    URL_PREFIX + '2023/04/6/7396741/',
    URL_PREFIX + '2023/04/4/7396420/',
    URL_PREFIX + '2023/04/6/7396671/',
    URL_PREFIX + '2023/04/24/7399132/',
    URL_PREFIX + '2023/03/22/7394569/',
    URL_PREFIX + '2023/03/29/7395515/',
    URL_PREFIX + '2023/04/30/7400067/',
    URL_PREFIX + '2023/03/23/7394663/',
    URL_PREFIX + '2023/04/23/7399042/',
    URL_PREFIX + '2023/04/22/7398959/',
    URL_PREFIX + '2023/03/25/7395029/',
    URL_PREFIX + '2023/04/6/7396665/',
    URL_PREFIX + '2023/03/23/7394710/',
    URL_PREFIX + '2023/04/8/7397057/',
    URL_PREFIX + '2023/04/25/7399279/',
    URL_PREFIX + '2023/05/3/7400403/',
    URL_PREFIX + '2023/03/25/7395028/',
    URL_PREFIX + '2023/04/28/7399896/',
    URL_PREFIX + '2023/03/26/7395146/',
    URL_PREFIX + '2023/04/23/7399097/',
    URL_PREFIX + '2023/03/30/7395768/',
    URL_PREFIX + '2023/04/11/7397425/',
    URL_PREFIX + '2023/03/30/7395691/',
    URL_PREFIX + '2023/04/30/7400078/',
    URL_PREFIX + '2023/03/31/7395830/',
    URL_PREFIX + '2023/04/13/7397648/',
    URL_PREFIX + '2023/04/25/7399339/',
    URL_PREFIX + '2023/04/24/7399128/',
    URL_PREFIX + '2023/03/25/7395020/',
    URL_PREFIX + '2023/03/29/7395629/',
    URL_PREFIX + '2023/04/3/7396150/',
]


def remaining() -> list[str]:
    """Batch 15's remaining URLs minus batch 15's draw (374 URLs, sort order kept)."""
    return b6.remaining_after(b15, [b6, b7, b8, b9, b10, b12, b13, b14], 374)


_SELECTED: list[str] | None = None


def select() -> list[str]:
    """Batch 16's 32 URLs, in draw order."""
    global _SELECTED
    if _SELECTED is None:
        _SELECTED = b6.draw_after(SEED, remaining(), N, DRAWN, [b6, b7, b8, b9, b10, b12, b13, b14, b15], 320)
    return list(_SELECTED)


def table() -> dict[str, tuple[str, list, list]]:
    return b12.named_table(select(), REMOVALS, SPLITS, JOINS,
                           [b6.FILES, b7.FILES, b8.FILES, b9.FILES, b10.FILES, b12.table(), b13.table(), b14.table(),
                            b15.table()])


def build() -> dict[str, str]:
    return b12.built(table(), JOINS, N, CHECKSUM, 16)


def main() -> None:
    b12.run(__doc__, "batch16", build, table)


if __name__ == "__main__":
    main()
