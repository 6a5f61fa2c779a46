#!/usr/bin/env python3
"""Draw and build gathered batch 15 (gold: gathered-2025n) into /work/gathered/batch15/.

Standard library only; imports `build_batch5.py` ... `build_batch10.py` and `build_batch12.py` ... `build_batch14.py`
(same directory), so batch 15 is selected and cleaned by the same code as batches 6-10 and 12-14.

Selection rule (fixed before the first run):
1. Source: `adnanlakda/NAV_Capstone:total_pravda_news.csv` at commit 8584c560fec1 (Ukrainska Pravda English
   news, 2023-03-22 ... 2023-05-05): 932 rows, 709 distinct URLs, the first row per URL kept.
2. Pool: exactly batch 6's pool, `build_batch6.pool()`: batch 5's 28 URLs removed, the 4 URLs batch 6 judged
   clearly unrelated to the Russia-Ukraine war removed, the 11 texts whose body (promos removed, whitespace
   collapsed) is shorter than 400 characters removed -> 666 URLs, sorted as strings. No new topic judgement.
3. Every URL already used is removed: the draws of batches 6, 7, 8, 9, 10, 12, 13 and 14 (taken from those
   batches' own `select()`, each asserting its draw against the URLs its script lists; their checksums are asserted
   by their own builds) -> 406 URLs remaining (sort order kept; asserted to be `build_batch14.remaining()` minus
   batch 14's draw). Batch 5's URLs are outside the pool; asserted that none of the 288 URLs of batches 5-10 and
   12-14 is in batch 15. (Batch 11 is not from this CSV.)
4. `random.Random(2035).sample(remaining, 32)`, re-drawn by `build_batch6.draw` (randbelow, skipping repeats, as
   CPython's `sample` does for this size) and asserted equal. No draw is replaced or skipped (as in batches 7-14);
   only a text whose house furniture could not be removed cleanly would be replaced by the next draw, and the
   replacement would be recorded here. After the first run the drawn URLs are listed in `DRAWN` as a check.
5. File names as in earlier batches: `ukrainskapravda-<URL date>-<slug>.txt`; the slug is made mechanically from
   the headline (`build_batch12.slug`: ASCII-folded lower-case words, a few function words dropped, at most 7
   words), asserted unique and different from every file name of batches 5-10 and 12-14. Files are written in
   sorted URL order.

Cleaning: exactly batch 14's (= batches 10, 12 and 13's): `build_batch6.clean_up` (PROMO_IS_BREAK = True,
BREAK_AFTER_DIGIT_STOP = True), per-text removal strings for embedded tweets, photo captions, "Read also/more"
cross-links and promo variants (`REMOVALS`, each asserted to occur the stated number of times, each a paragraph
boundary), per-text Source-line run-on splits (`SPLITS`), batch 9's `join_false_breaks` with a per-text `JOINS`
table, headline = `title` with the body's whitespace rule, date = the URL's date asserted equal to the CSV's `Date`
column (`build_batch8.csv_date`). The per-text tables are filled from `--scan` (batch 12's markers and checks,
`build_batch12.scan`): it prints only the places in the drawn raw texts that hold a marker of furniture
(pic.twitter, "photo", "Read also/more", Cyrillic or Latin-1 letters, a promo variant), the Source lines, glued
words and the glued sentence ends rule (b) breaks.

Result of the first run (recorded afterwards; the rule above was not changed): 32 texts, 2023-03-23 ... 2023-05-04,
no draw replaced or skipped. Furniture found by `--scan` and removed: two English tweets, the UK Ministry of
Defence's (@DefenceHQ, 2023-04-02 AS-90 training; glued to the body text "The AS-90 is a flexible..." that
follows, which is kept) and Zelenskyy's (Ukrainian display name, with the English-Twitter promo inside it,
2023-04-28 sanctions); the photo credit "Getty Images" glued to the start of the lead (2023-04-28 Ukrenergo).
Found in reading the 32 cleaned texts (no `--scan` marker) and removed: the photo credit "OLEKSII PAVLYSH" before
the lead (joined by a no-break space, 2023-03-24 UAV production) and the credit of the embedded broadcast "Ranok, a
Radio Svoboda project" between the Source line and "Quote:" (2023-03-30 abducted children). Source-line run-on
split: 2023-03-23 Kupiansk-Lyman (glued to an opening quotation mark, "newscast\"So far"). No false break found,
so `JOINS` is empty. Left as they are: the ellipses glued to the next sentence inside quotations, "killed and
injured…The enemy" (2023-04-20 General Staff) and "forcible displacement…We realise" (2023-03-30), the
unmatched bracket "[on the Kupiansk-Lyman front – ed.)" (2023-03-23), the ISW heading "ISW Key Takeaways on 19
April::" (2023-04-20), and the source's typos "airs trike", "theee", "tht", "shotdown", "fighterjets" and the
headline's "attemptedassassination" (which so reaches the file name). "The children had photo evidence..."
(2023-03-30) and "posted a video of the training" (2023-04-02) are body text.
Listing checksum (`cd batch15 && sha256sum * | sha256sum`, CPython 3.11.7):
9290c216b4d777e33fdbe4d6c85e65011097e57ec30ef19938823122160c092e -- asserted before writing.

Usage: python3 build_batch15.py [--out DIR] [--scan]   (default /work/gathered/batch15)
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
from build_batch5 import URL_PREFIX  # noqa: E402

SEED = 2035
N = 32
CHECKSUM = "9290c216b4d777e33fdbe4d6c85e65011097e57ec30ef19938823122160c092e"

# url -> [(removal string, expected count)]  (found with --scan; each stood between paragraphs)
REMOVALS: dict[str, list[tuple[str, int]]] = {
    # photo credit at the very start of the text, before the lead (joined to it by a no-break space)
    URL_PREFIX + "2023/03/24/7394970/": [
        ("OLEKSII PAVLYSH", 1),
    ],
    # credit of the embedded broadcast, between the Source line and "Quote:"
    URL_PREFIX + "2023/03/30/7395747/": [
        ("Ranok, a Radio Svoboda project", 1),
    ],
    # English tweet of the UK Ministry of Defence, after the "Quote:" paragraph and before
    # "The AS-90 is a flexible..." (body text)
    URL_PREFIX + "2023/04/2/7396098/": [
        ("\U0001f4a5 The second group of Ukrainian artillery recruits have come to the end of their training on "
         "the formidable AS90 155mm self-propelled gun. \U0001f91d The programme is part of the UK’s enduring "
         "commitment to support Ukraine in its fight against Russia.\U0001f1fa\U0001f1e6 #StandWithUkraine "
         "\U0001f1fa\U0001f1e6 pic.twitter.com/oPRlpYerO1\r— Ministry of Defence \U0001f1ec\U0001f1e7 "
         "(@DefenceHQ) April 2, 2023", 1),
    ],
    # English tweet of Zelenskyy (Ukrainian display name) with the English-Twitter promo inside it, after
    # '"[The Russian evil] can be stopped by sanctions," Zelenskyy wrote.' and before "Background:"
    URL_PREFIX + "2023/04/28/7399808/": [
        ("Another night of \U0001f1f7\U0001f1fa terror. Missiles and UAVs. 10 residential buildings are damaged "
         "in Uman. The entire block of one of them is destroyed. As of now: 7 dead, there are wounded. "
         "\U0001f1f7\U0001f1fa evil can be stopped by weapons – our defenders are doing it. And it can be "
         "stopped by sanctions –… pic.twitter.com/KwWuRMj7iSWe have launched English Twitter! Follow us! "
         "\r\r\r\r\r\r— Володимир Зеленський (@ZelenskyyUa) April 28, 2023", 1),
    ],
    # photo credit at the very start of the text, glued to the lead
    URL_PREFIX + "2023/04/28/7399826/": [
        ("Getty Images", 1),
    ],
}
# url -> [(head, tail)]: paragraph break between a Source line's end and the next paragraph
SPLITS: dict[str, list[tuple[str, str]]] = {
    # glued to an opening quotation mark (as batch 12's Schallenberg and batch 13's Abrams)
    URL_PREFIX + "2023/03/23/7394740/": [("Source: Serhii Cherevatyi, spokesperson for the eastern grouping of the "
                                          "Armed Forces of Ukraine, during the 24/7 national joint newscast",
                                          "\"So far, Bakhmut")],
}
# url -> [(left, right, count)]: false breaks of rule (b) rejoined (none found by --scan)
JOINS: dict[str, list[tuple[str, str, int]]] = {
}
# the 32 drawn URLs in draw order, listed after the first run as a check
DRAWN: list[str] | None = [
    URL_PREFIX + '2023/04/16/7398073/',
    URL_PREFIX + '2023/03/30/7395719/',
    URL_PREFIX + '2023/03/24/7394974/',
    URL_PREFIX + '2023/03/23/7394740/',
    URL_PREFIX + '2023/04/27/7399759/',
    URL_PREFIX + '2023/04/9/7397123/',
    URL_PREFIX + '2023/04/16/7398097/',
    URL_PREFIX + '2023/05/2/7400278/',
    URL_PREFIX + '2023/04/4/7396409/',
    URL_PREFIX + '2023/04/4/7396432/',
    URL_PREFIX + '2023/03/26/7395157/',
    URL_PREFIX + '2023/04/20/7398628/',
    URL_PREFIX + '2023/05/2/7400330/',
    URL_PREFIX + '2023/03/25/7395080/',
    URL_PREFIX + '2023/04/3/7396295/',
    URL_PREFIX + '2023/04/11/7397313/',
    URL_PREFIX + '2023/04/17/7398183/',
    URL_PREFIX + '2023/04/28/7399826/',
    URL_PREFIX + '2023/04/27/7399659/',
    URL_PREFIX + '2023/03/26/7395132/',
    URL_PREFIX + '2023/05/4/7400581/',
    URL_PREFIX + '2023/04/20/7398756/',
    URL_PREFIX + '2023/03/30/7395747/',
    URL_PREFIX + '2023/04/13/7397769/',
    URL_PREFIX + '2023/04/12/7397552/',
    URL_PREFIX + '2023/03/24/7394970/',
    URL_PREFIX + '2023/04/14/7397973/',
    URL_PREFIX + '2023/04/7/7396857/',
    URL_PREFIX + '2023/05/2/7400289/',
    URL_PREFIX + '2023/04/28/7399808/',
    URL_PREFIX + '2023/04/2/7396098/',
    URL_PREFIX + '2023/05/4/7400684/',
]


def remaining() -> list[str]:
    """Batch 14's remaining URLs minus batch 14's draw (406 URLs, sort order kept)."""
    return b6.remaining_after(b14, [b6, b7, b8, b9, b10, b12, b13], 406)


_SELECTED: list[str] | None = None


def select() -> list[str]:
    """Batch 15's 32 URLs, in draw order."""
    global _SELECTED
    if _SELECTED is None:
        _SELECTED = b6.draw_after(SEED, remaining(), N, DRAWN, [b6, b7, b8, b9, b10, b12, b13, b14], 288)
    return list(_SELECTED)


def table() -> dict[str, tuple[str, list, list]]:
    return b12.named_table(select(), REMOVALS, SPLITS, JOINS,
                           [b6.FILES, b7.FILES, b8.FILES, b9.FILES, b10.FILES, b12.table(), b13.table(), b14.table()])


def build() -> dict[str, str]:
    return b12.built(table(), JOINS, N, CHECKSUM, 15)


def main() -> None:
    b12.run(__doc__, "batch15", build, table)


if __name__ == "__main__":
    main()
