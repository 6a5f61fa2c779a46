#!/usr/bin/env python3
"""Draw and build gathered batch 17 (gold: gathered-2025p) into /work/gathered/batch17/.

Standard library only; imports `build_batch5.py` ... `build_batch10.py` and `build_batch12.py` ... `build_batch16.py`
(same directory), so batch 17 is selected and cleaned by the same code as batches 6-10 and 12-16.

Selection rule (fixed before the first run):
1. Source: `adnanlakda/NAV_Capstone:total_pravda_news.csv` at commit 8584c560fec1 (Ukrainska Pravda English
   news, 2023-03-22 ... 2023-05-05): 932 rows, 709 distinct URLs, the first row per URL kept.
2. Pool: exactly batch 6's pool, `build_batch6.pool()`: batch 5's 28 URLs removed, the 4 URLs batch 6 judged
   clearly unrelated to the Russia-Ukraine war removed, the 11 texts whose body (promos removed, whitespace
   collapsed) is shorter than 400 characters removed -> 666 URLs, sorted as strings. No new topic judgement.
3. Every URL already used is removed: the draws of batches 6, 7, 8, 9, 10, 12, 13, 14, 15 and 16 (taken from those
   batches' own `select()`, each asserting its draw against the URLs its script lists; their checksums are asserted
   by their own builds) -> 342 URLs remaining (sort order kept; asserted to be `build_batch16.remaining()` minus
   batch 16's draw). Batch 5's URLs are outside the pool; asserted that none of the 352 URLs of batches 5-10 and
   12-16 is in batch 17. (Batch 11 is not from this CSV.)
4. `random.Random(2037).sample(remaining, 32)`, re-drawn by `build_batch6.draw` (randbelow, skipping repeats, as
   CPython's `sample` does for this size) and asserted equal. No draw is replaced or skipped (as in batches 7-16);
   only a text whose house furniture could not be removed cleanly would be replaced by the next draw, and the
   replacement would be recorded here. After the first run the drawn URLs are listed in `DRAWN` as a check.
5. File names as in earlier batches: `ukrainskapravda-<URL date>-<slug>.txt`; the slug is made mechanically from
   the headline (`build_batch12.slug`: ASCII-folded lower-case words, a few function words dropped, at most 7
   words), asserted unique and different from every file name of batches 5-10 and 12-16. Files are written in
   sorted URL order.

Cleaning: exactly batch 16's (= batches 10 and 12-15's): `build_batch6.clean_up` (PROMO_IS_BREAK = True,
BREAK_AFTER_DIGIT_STOP = True), per-text removal strings for embedded tweets, photo captions, "Read also/more"
cross-links and promo variants (`REMOVALS`, each asserted to occur the stated number of times, each a paragraph
boundary), per-text Source-line run-on splits (`SPLITS`), batch 9's `join_false_breaks` with a per-text `JOINS`
table, headline = `title` with the body's whitespace rule, date = the URL's date asserted equal to the CSV's `Date`
column (`build_batch8.csv_date`). The per-text tables are filled from `--scan` (batch 12's markers and checks,
`build_batch12.scan`): it prints only the places in the drawn raw texts that hold a marker of furniture
(pic.twitter, "photo", "Read also/more", Cyrillic or Latin-1 letters, a promo variant), the Source lines, glued
words and the glued sentence ends rule (b) breaks.

Result of the first run (recorded afterwards; the rule above was not changed): 32 texts, 2023-03-24 ... 2023-05-05,
no draw replaced or skipped. Furniture found by `--scan` and removed, all photo credits or captions (no tweet, no
"Read also/more" cross-link, no promo variant): the bare credits "PHOTO from police" (2023-04-11 Irpin column) and
"PHOTO FROM TVETINSKY'S TELEGRAM" (2023-04-27 Tvetinsky; the quotation before it ends in a full stop and is body
text), and two captions with the credit "PHOTO FROM NIEBYTOV'S TELEGRAM" (2023-04-28 Ukrainka: "A house in Ukrainka
damaged by missile debris", and "Russian missile shotdown in the city of Ukrainka" after the English-Twitter promo;
neither ends in a full stop). Source-line run-on split: 2023-03-26 AS-90 training ("...of the United KingdomThe
training programme"). False break rejoined: the outlet name "Crimea.Reality" in the Source line (2023-04-08
Sevastopol, as batch 12's "Krym.Realii"). Found in reading the 32 cleaned texts: no furniture without a `--scan`
marker. Left as they are: the General Staff losses lists run together ("...military personnel3,580 (+6) tanks...
equipmentThe data is being updated.", 2023-03-25; "...special vehiclesThe data is being confirmed.", 2023-05-05),
the Operational Command South list "lost:13 occupiers;1 Grad ...;2 cars." and its unclosed quotation (2023-04-06),
"Kharkiv OblastOn the Kupiansk front" (2023-04-29 General Staff), and the source's typos "shotdown",
"guidedmissiles", "cruisemissiles", "Trepovahas", "Bletgorod" and the headlines' "shootdown" (2023-04-07,
2023-04-24; which so reach the file names). "Tvetinsky posted photos and videos" (2023-04-27), "He also published a
photo of the damaged house" (2023-04-28) and the US Embassy's tweet quoted after "Quote:" (2023-04-17 Gershkovich,
no embed) are body text.
Listing checksum (`cd batch17 && sha256sum * | sha256sum`, CPython 3.11.7):
8cd3d3288df23c87cc5160b1191a1d8375717efe5265649af95522276e9703de -- asserted before writing.

Usage: python3 build_batch17.py [--out DIR] [--scan]   (default /work/gathered/batch17)
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
import build_batch16 as b16  # noqa: E402
from build_batch5 import URL_PREFIX  # noqa: E402

SEED = 2037
N = 32
CHECKSUM = "8cd3d3288df23c87cc5160b1191a1d8375717efe5265649af95522276e9703de"

# url -> [(removal string, expected count)]  (found with --scan; each stood between paragraphs)
REMOVALS: dict[str, list[tuple[str, int]]] = {
    # bare photo credit, after "...a 35-year old citizen of Russia." and before "The investigation discovered..."
    URL_PREFIX + "2023/04/11/7397386/": [("PHOTO from police", 1)],
    # bare photo credit, after '...devote himself to new territories."' and before "It is also written..."
    URL_PREFIX + "2023/04/27/7399639/": [("PHOTO FROM TVETINSKY'S TELEGRAM", 1)],
    # two photo captions with credit: after "...rules for air-raid warnings." and before "Kravchenko reiterated...";
    # after the English-Twitter promo and before "Air defence forces destroyed..."
    URL_PREFIX + "2023/04/28/7399788/": [
        ("A house in Ukrainka damaged by missile debrisPHOTO FROM NIEBYTOV'S TELEGRAM", 1),
        ("Russian missile shotdown in the city of UkrainkaPHOTO FROM NIEBYTOV'S TELEGRAM", 1),
    ],
}
# url -> [(head, tail)]: paragraph break between a Source line's end and the next paragraph
SPLITS: dict[str, list[tuple[str, str]]] = {
    # "...citing the Ministry of Defence of the United KingdomThe training programme is part of..."
    URL_PREFIX + "2023/03/26/7395135/": [("Source: General Staff of the Armed Forces of Ukraine, citing the Ministry "
                                          "of Defence of the United Kingdom", "The training programme")],
}
# url -> [(left, right, count)]: false breaks of rule (b) rejoined
JOINS: dict[str, list[tuple[str, str, int]]] = {
    # "Source: Crimea.RealityDetails: ..." (the outlet name, as batch 12's "Krym.Realii (Crimea.Reality)")
    URL_PREFIX + "2023/04/8/7397022/": [("Crimea.", "Reality", 1)],
}
# the 32 drawn URLs in draw order, listed after the first run as a check
DRAWN: list[str] | None = [
    URL_PREFIX + '2023/04/17/7398133/',
    URL_PREFIX + '2023/04/7/7396890/',
    URL_PREFIX + '2023/03/24/7394972/',
    URL_PREFIX + '2023/04/20/7398627/',
    URL_PREFIX + '2023/04/29/7399950/',
    URL_PREFIX + '2023/03/30/7395678/',
    URL_PREFIX + '2023/03/24/7394852/',
    URL_PREFIX + '2023/04/24/7399206/',
    URL_PREFIX + '2023/03/28/7395346/',
    URL_PREFIX + '2023/04/16/7398096/',
    URL_PREFIX + '2023/04/17/7398256/',
    URL_PREFIX + '2023/04/28/7399788/',
    URL_PREFIX + '2023/04/17/7398247/',
    URL_PREFIX + '2023/04/11/7397310/',
    URL_PREFIX + '2023/04/2/7396064/',
    URL_PREFIX + '2023/04/4/7396437/',
    URL_PREFIX + '2023/04/27/7399639/',
    URL_PREFIX + '2023/04/29/7399958/',
    URL_PREFIX + '2023/04/8/7397022/',
    URL_PREFIX + '2023/04/6/7396811/',
    URL_PREFIX + '2023/03/25/7395034/',
    URL_PREFIX + '2023/05/3/7400513/',
    URL_PREFIX + '2023/04/13/7397775/',
    URL_PREFIX + '2023/04/3/7396177/',
    URL_PREFIX + '2023/04/21/7398857/',
    URL_PREFIX + '2023/04/24/7399245/',
    URL_PREFIX + '2023/04/25/7399377/',
    URL_PREFIX + '2023/05/5/7400765/',
    URL_PREFIX + '2023/04/11/7397386/',
    URL_PREFIX + '2023/04/16/7398054/',
    URL_PREFIX + '2023/04/4/7396313/',
    URL_PREFIX + '2023/03/26/7395135/',
]


def remaining() -> list[str]:
    """Batch 16's remaining URLs minus batch 16's draw (342 URLs, sort order kept)."""
    return b6.remaining_after(b16, [b6, b7, b8, b9, b10, b12, b13, b14, b15], 342)


_SELECTED: list[str] | None = None


def select() -> list[str]:
    """Batch 17's 32 URLs, in draw order."""
    global _SELECTED
    if _SELECTED is None:
        _SELECTED = b6.draw_after(SEED, remaining(), N, DRAWN, [b6, b7, b8, b9, b10, b12, b13, b14, b15, b16], 352)
    return list(_SELECTED)


def table() -> dict[str, tuple[str, list, list]]:
    return b12.named_table(select(), REMOVALS, SPLITS, JOINS,
                           [b6.FILES, b7.FILES, b8.FILES, b9.FILES, b10.FILES, b12.table(), b13.table(), b14.table(),
                            b15.table(), b16.table()])


def build() -> dict[str, str]:
    return b12.built(table(), JOINS, N, CHECKSUM, 17)


def main() -> None:
    b12.run(__doc__, "batch17", build, table)


if __name__ == "__main__":
    main()
