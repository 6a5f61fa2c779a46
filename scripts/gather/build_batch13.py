#!/usr/bin/env python3
"""Draw and build gathered batch 13 (no gold; gold folder to be gathered-2025l) into /work/gathered/batch13/.

Standard library only; imports `build_batch5.py` ... `build_batch10.py` and `build_batch12.py` (same directory), so
batch 13 is selected and cleaned by the same code as batches 6-10 and 12.

Selection rule (fixed before the first run):
1. Source: `adnanlakda/NAV_Capstone:total_pravda_news.csv` at commit 8584c560fec1 (Ukrainska Pravda English
   news, 2023-03-22 ... 2023-05-05): 932 rows, 709 distinct URLs, the first row per URL kept.
2. Pool: exactly batch 6's pool, `build_batch6.pool()`: batch 5's 28 URLs removed, the 4 URLs batch 6 judged
   clearly unrelated to the Russia-Ukraine war removed, the 11 texts whose body (promos removed, whitespace
   collapsed) is shorter than 400 characters removed -> 666 URLs, sorted as strings. No new topic judgement.
3. Every URL already used is removed: the draws of batches 6, 7, 8, 9, 10 and 12 (taken from those batches' own
   scripts, each asserting its draw and, for 7-10, its published checksum) -> 470 URLs remaining (sort order
   kept; asserted to be `build_batch12.remaining()` minus batch 12's draw). Batch 5's URLs are outside the pool;
   asserted that none of the 224 URLs of batches 5-10 and 12 is in batch 13. (Batch 11 is not from this CSV.)
4. `random.Random(2033).sample(remaining, 32)`, re-drawn by `build_batch6.draw` (randbelow, skipping repeats, as
   CPython's `sample` does for this size) and asserted equal. No draw is replaced or skipped (as in batches 7-12);
   only a text whose house furniture could not be removed cleanly would be replaced by the next draw, and the
   replacement would be recorded here. After the first run the drawn URLs are listed in `DRAWN` as a check.
5. File names as in earlier batches: `ukrainskapravda-<URL date>-<slug>.txt`; the slug is made mechanically from
   the headline (`build_batch12.slug`: ASCII-folded lower-case words, a few function words dropped, at most 7
   words), asserted unique and different from every file name of batches 5-10 and 12. Files are written in sorted
   URL order.

Cleaning: exactly batch 12's (= batch 10's): `build_batch6.clean_up` (PROMO_IS_BREAK = True,
BREAK_AFTER_DIGIT_STOP = True), per-text removal strings for embedded tweets, photo captions, "Read also/more"
cross-links and promo variants (`REMOVALS`, each asserted to occur the stated number of times, each a paragraph
boundary), per-text Source-line run-on splits (`SPLITS`), batch 9's `join_false_breaks` with a per-text `JOINS`
table, headline = `title` with the body's whitespace rule, date = the URL's date asserted equal to the CSV's `Date`
column (`build_batch8.csv_date`). The per-text tables are filled from `--scan` (batch 12's markers and checks):
it prints only the places in the drawn raw texts that hold a marker of furniture (pic.twitter, "photo", "Read
also/more", Cyrillic or Latin-1 letters, a promo variant), the Source lines, glued words and the glued sentence ends
rule (b) breaks.

Result of the first run (recorded afterwards; the rule above was not changed): 32 texts, 2023-03-25 ... 2023-05-04,
no draw replaced or skipped. Furniture found by `--scan` and removed: three Ukrainian-language @ukrpravda_news tweets
(2023-03-27 Melitopol explosions, 2023-04-06 Melitopol airfield, 2023-04-27 Melitopol collaborator) and three English
tweets (two of the IAEA, one with the English-Twitter promo inside it, 2023-03-29 IAEA; CNN's, 2023-04-18
Gershkovich); photo captions: two "Photo: Ivan Fedorov on Telegram" (2023-03-27), "photo: Andrii Yermak on Telegram"
glued to the Source line (2023-04-01 Avdiivka), seven described captions with "Photo: Google Maps" (2023-04-26
Google satellite images), two described captions and a bare "PHOTO FROM KLYMENKO'S telegram" (2023-04-28 Uman),
"Photo: The National Police" (2023-05-04 cynologist). Judgement: in the Uman text the sentence before the bare credit,
"A Russian missile destroyed the entrance of the nine-storey building.", is kept as body text (it ends in a full
stop; the captions there do not). Source-line run-ons split: 2023-04-04 Abrams (glued to an opening quotation mark),
2023-04-10 Global Thunder ("European PravdaThe"), 2023-04-18 Western officials ("CNNAccording"), 2023-04-20 Estonia
("EstoniaAs"). False break rejoined: "UP.Zhyttia" in the byline "Victoria Andreeva, journalist of UP.Zhyttia"
(2023-05-04 cynologist; the byline is kept, as no rule removes it). Left as they are: "– ed.)Before his statement"
(2023-04-04 National Republican Army; rule (b) does not break after a bracket), the source's "GoogleMaps" (three
times, 2023-04-26), "shotdown" (2023-04-06) and the outlet name "DeepStateUA".
Listing checksum (`cd batch13 && sha256sum * | sha256sum`, CPython 3.11.7):
5ccd08583feb35046e31182cb4b4066b204f515379c9977c78feb55d92c33283 -- asserted before writing.

Usage: python3 build_batch13.py [--out DIR] [--scan]   (default /work/gathered/batch13)
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
from build_batch5 import URL_PREFIX  # noqa: E402

SEED = 2033
N = 32
CHECKSUM = "5ccd08583feb35046e31182cb4b4066b204f515379c9977c78feb55d92c33283"

# url -> [(removal string, expected count)]  (found with --scan; each stood between paragraphs)
REMOVALS: dict[str, list[tuple[str, int]]] = {
    # two photo captions (one after the English-Twitter promo) and a Ukrainian-language
    # @ukrpravda_news tweet, each between paragraphs
    URL_PREFIX + "2023/03/27/7395185/": [
        ("Photo:\xa0Ivan Fedorov on Telegram", 2),
        ("Вранці 27 березня у тимчасово окупованому Мелітополі Запорізької області пролунали декілька "
         "вибухів. Відео з Telegram колаборанта Рогова pic.twitter.com/Rn4ExIXo0Q\r— Українська правда ✌️ "
         "(@ukrpravda_news) March 27, 2023", 1),
    ],
    # two English IAEA tweets (the first with the English-Twitter promo inside it), as the
    # State Department's and Canadian embassy's tweets of batches 6 and 10
    URL_PREFIX + "2023/03/29/7395649/": [
        ("Director General @rafaelmgrossi crossed the frontline to visit the #Zaporizhzhya nuclear power "
         "plant today to assess its nuclear safety & security. He reiterated the urgent need to protect "
         "the plant. pic.twitter.com/aw5Uh5yfn9We have launched English Twitter! Follow us! \r\r\r\r\r\r— "
         "IAEA - International Atomic Energy Agency ⚛ (@iaeaorg) March 29, 2023", 1),
        ("Director General @rafaelmgrossi visited the #Zaporizhzhya nuclear power plant today to assess "
         "its nuclear safety & security. He led a new rotation of ISAMZ, a team of IAEA experts and "
         "inspectors providing support and assistance to the plant. pic.twitter.com/EVeruFCDad\r— IAEA - "
         "International Atomic Energy Agency ⚛ (@iaeaorg) March 29, 2023", 1),
    ],
    # photo caption glued to the Source line; "Quote:" follows
    URL_PREFIX + "2023/04/1/7396047/": [
        ("photo: Andrii Yermak on Telegram", 1),
    ],
    # English CNN tweet, after the English-Twitter promo and before "Background:"
    URL_PREFIX + "2023/04/18/7398374/": [
        ("Jailed Wall Street Journal reporter Evan Gershkovich has been denied an appeal to change the "
         "terms of his detention at a court hearing in Moscow https://t.co/jzpmenxj4X "
         "pic.twitter.com/Vm3AVRlaoA\r— CNN (@CNN) April 18, 2023", 1),
    ],
    # seven photo captions with credit (the description and "Photo: Google Maps"), each between
    # paragraphs
    URL_PREFIX + "2023/04/26/7399540/": [
        ("Theatre Square of Mariupol, where a theatre was locatedPhoto: Google Maps", 1),
        ("Novotroitske CemeteryPhoto: GoogleMaps", 1),
        ('"Orest\'s" house.Photo: Google Maps', 1),
        ("Bridge that crossed the Irpin RiverPhoto: Google Maps", 1),
        ("The Hostomel airportPhoto: Google Maps", 1),
        ("The village of StoiankaPhoto: Google Maps", 1),
        ("Village of MosuchunPhoto: Google Maps", 1),
    ],
    # Ukrainian-language @ukrpravda_news tweet, before "Background:"
    URL_PREFIX + "2023/04/27/7399615/": [
        ("Відео з місця вибуху у Мелітополі, де один колаборант загинув, а інший дістав поранення. Відео з "
         "Telegram колаборанта Володимира Рогова pic.twitter.com/zAZQMMNPQh\r— Українська правда ✌️ "
         "(@ukrpravda_news) April 27, 2023", 1),
    ],
    # two photo captions with credit and a bare credit; the sentence before the bare credit
    # ("A Russian missile destroyed the entrance of the nine-storey building.") ends in a full stop,
    # unlike the captions, and is kept as body text
    URL_PREFIX + "2023/04/28/7399781/": [
        ("Russian attack on Uman on 28 AprilPHOTO FROM KLYMENKO’S FACEBOOK", 1),
        ("Building destroyed by the Russian missilePHOTO FROM KLYMENKO’S FACEBOOK", 1),
        ("PHOTO FROM KLYMENKO’S telegram", 1),
    ],
    # Ukrainian-language @ukrpravda_news tweet, between paragraphs
    URL_PREFIX + "2023/04/6/7396677/": [
        ("Уночі 6 квітня вибухи в окупованому Мелітополі лунали в районі аеродрому, де розташована база "
         "російських військових. Відео з Telegram мера Мелітополя Івана Федорова "
         "pic.twitter.com/pazcoqhjrr\r— Українська правда ✌️ (@ukrpravda_news) April 6, 2023", 1),
    ],
    # bare photo credit, between paragraphs
    URL_PREFIX + "2023/05/4/7400730/": [
        ("Photo: The National Police", 1),
    ],
}
# url -> [(head, tail)]: paragraph break between a Source line's end and the next paragraph
SPLITS: dict[str, list[tuple[str, str]]] = {
    URL_PREFIX + "2023/04/10/7397254/": [("Source: statement of the command cited by European Pravda",
                                          "The personnel")],
    URL_PREFIX + "2023/04/18/7398408/": [("Source: Western officials reported this on a briefing on Tuesday, 18 April, "
                                          "on the condition of anonymity, reports European Pravda, with a reference "
                                          "to CNN", "According to Western officials")],
    URL_PREFIX + "2023/04/20/7398764/": [("Source: European Pravda, referring to Hanno Pevkur, the Minister of "
                                          "Defence of Estonia", "As the Defence Minister")],
    # glued to an opening quotation mark (as batch 12's Schallenberg)
    URL_PREFIX + "2023/04/4/7396457/": [("Source: European Pravda, with reference to CNN; an American high-ranking "
                                         "defence official who spoke with reporters on condition of anonymity",
                                         "\"Training with Abrams")],
}
# url -> [(left, right, count)]: false breaks of rule (b) rejoined
JOINS: dict[str, list[tuple[str, str, int]]] = {
    # the byline "Victoria Andreeva, journalist of UP.Zhyttia" (UP's section name, as batch 12's "Krym.Realii")
    URL_PREFIX + "2023/05/4/7400730/": [("UP.", "Zhyttia", 1)],
}
# the 32 drawn URLs in draw order, listed after the first run as a check
DRAWN: list[str] | None = [
    URL_PREFIX + '2023/04/19/7398570/',
    URL_PREFIX + '2023/03/27/7395286/',
    URL_PREFIX + '2023/03/25/7395065/',
    URL_PREFIX + '2023/04/18/7398417/',
    URL_PREFIX + '2023/04/27/7399615/',
    URL_PREFIX + '2023/04/26/7399561/',
    URL_PREFIX + '2023/04/4/7396457/',
    URL_PREFIX + '2023/03/29/7395649/',
    URL_PREFIX + '2023/05/4/7400738/',
    URL_PREFIX + '2023/04/19/7398573/',
    URL_PREFIX + '2023/04/6/7396677/',
    URL_PREFIX + '2023/04/17/7398140/',
    URL_PREFIX + '2023/05/1/7400101/',
    URL_PREFIX + '2023/04/4/7396451/',
    URL_PREFIX + '2023/04/8/7397030/',
    URL_PREFIX + '2023/04/18/7398408/',
    URL_PREFIX + '2023/04/1/7396047/',
    URL_PREFIX + '2023/04/18/7398374/',
    URL_PREFIX + '2023/04/26/7399540/',
    URL_PREFIX + '2023/04/25/7399350/',
    URL_PREFIX + '2023/03/27/7395185/',
    URL_PREFIX + '2023/04/28/7399781/',
    URL_PREFIX + '2023/03/27/7395196/',
    URL_PREFIX + '2023/04/21/7398917/',
    URL_PREFIX + '2023/04/10/7397254/',
    URL_PREFIX + '2023/05/4/7400730/',
    URL_PREFIX + '2023/04/20/7398764/',
    URL_PREFIX + '2023/05/4/7400585/',
    URL_PREFIX + '2023/04/13/7397777/',
    URL_PREFIX + '2023/05/1/7400113/',
    URL_PREFIX + '2023/03/26/7395114/',
    URL_PREFIX + '2023/04/5/7396590/',
]


def remaining() -> list[str]:
    """Batch 12's remaining URLs minus batch 12's draw (470 URLs, sort order kept)."""
    return b6.remaining_after(b12, [b6, b7, b8, b9, b10], 470)


_SELECTED: list[str] | None = None


def select() -> list[str]:
    """Batch 13's 32 URLs, in draw order."""
    global _SELECTED
    if _SELECTED is None:
        _SELECTED = b6.draw_after(SEED, remaining(), N, DRAWN, [b6, b7, b8, b9, b10, b12], 224)
    return list(_SELECTED)


def table() -> dict[str, tuple[str, list, list]]:
    return b12.named_table(select(), REMOVALS, SPLITS, JOINS, [b6.FILES, b7.FILES, b8.FILES, b9.FILES, b10.FILES, b12.table()])


def build() -> dict[str, str]:
    return b12.built(table(), JOINS, N, CHECKSUM, 13)


def main() -> None:
    b12.run(__doc__, "batch13", build, table)


if __name__ == "__main__":
    main()
