#!/usr/bin/env python3
"""Draw and build gathered batch 12 (no gold) into /work/gathered/batch12/.

Standard library only; imports `build_batch6.py` ... `build_batch10.py` (same directory), so batch 12 is selected
and cleaned by the same code as batches 6-10.

Selection rule (fixed before the first run):
1. Source: `adnanlakda/NAV_Capstone:total_pravda_news.csv` at commit 8584c560fec1 (Ukrainska Pravda English
   news, 2023-03-22 ... 2023-05-05): 932 rows, 709 distinct URLs, the first row per URL kept.
2. Pool: exactly batch 6's pool, `build_batch6.pool()`: batch 5's 28 URLs removed, the 4 URLs batch 6 judged
   clearly unrelated to the Russia-Ukraine war removed, the 11 texts whose body (promos removed, whitespace
   collapsed) is shorter than 400 characters removed -> 666 URLs, sorted as strings. No new topic judgement.
3. Every URL already used is removed: the draws of batches 6, 7, 8, 9 and 10 (taken from those batches' own
   scripts, each asserting its draw and, for 7-10, its published checksum) -> 502 URLs remaining (sort order
   kept; asserted to be `build_batch10.remaining()` minus batch 10's draw). Batch 5's URLs are outside the pool;
   asserted that none of the 192 URLs of batches 5-10 is in batch 12.
4. `random.Random(2032).sample(remaining, 32)`, re-drawn by `build_batch6.draw` (randbelow, skipping repeats, as
   CPython's `sample` does for this size) and asserted equal. No draw is replaced or skipped (as in batches 7-10);
   only a text whose house furniture could not be removed cleanly would be replaced by the next draw, and the
   replacement would be recorded here. After the first run the drawn URLs are listed in `DRAWN` as a check.
5. File names as in earlier batches: `ukrainskapravda-<URL date>-<slug>.txt`; the slug is made mechanically from
   the headline (`slug()`: ASCII-folded lower-case words, a few function words dropped, at most 7 words), asserted
   unique and different from every file name of batches 5-10. Files are written in sorted URL order.

Cleaning: exactly batch 10's: `build_batch6.clean_up` (PROMO_IS_BREAK = True, BREAK_AFTER_DIGIT_STOP = True: house
promos removed as paragraph boundaries, breaks before the run-in labels and at glued sentence ends), per-text
removal strings for embedded tweets, photo captions, "Read also/more" cross-links and promo variants (`REMOVALS`,
each asserted to occur the stated number of times, each a paragraph boundary), per-text Source-line run-on splits
(`SPLITS`), batch 9's `join_false_breaks` with a per-text `JOINS` table, headline = `title` with the body's
whitespace rule, date = the URL's date asserted equal to the CSV's `Date` column (`build_batch8.csv_date`).
The per-text tables are filled from `--scan`, which prints only the places in the drawn raw texts that hold a
marker of furniture (pic.twitter, "photo", "Read also/more", Cyrillic or Latin-1 letters, a promo variant), the
Source lines, and the glued sentence ends rule (b) breaks (to catch names such as "Krym.Realii").

Result of the first run (recorded afterwards; the rule above was not changed): 32 texts, 2023-03-23 ... 2023-05-04,
no draw replaced or skipped. Furniture found by `--scan` and removed: a Ukrainian-language @ukrpravda_news tweet with
the English-Twitter promo inside it (2023-03-31 Shaheds), two captions "PHOTO from  Kyrylenko' telegram" (2023-04-05
Oleksiievo-Druzhkivka), a caption "Mykola OleshchukPhoto by the Air Forces of Ukraine" (2023-04-26 Patriot).
Source-line run-ons split: 2023-03-23 Medvedev (joined by a no-break space), 2023-04-20 Schallenberg (glued to an
opening quotation mark), 2023-04-28 Zhovkva ("on FacebookUkraine's"). False breaks rejoined: "Krym.Realii" and
"Crimea.Reality" (2023-04-28 SSU). Left as they are, like earlier batches' glues without punctuation: "S-300
anti-aircraft missile systemsLater, the Air Force..." (2023-03-31) and the General Staff losses list "...special
vehiclesThe data is being confirmed." (2023-05-04); "Bila Рora" (2023-04-07) has a Cyrillic Er in the source.
Listing checksum (`cd batch12 && sha256sum * | sha256sum`, CPython 3.11.7):
731ac58a8a3c935293fe7cce6dfb8e61d42ab176688b351bb94be23cef80b9ec -- asserted before writing.

Usage: python3 build_batch12.py [--out DIR] [--scan]   (default /work/gathered/batch12)
"""
from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import build_batch5 as b5  # noqa: E402
import build_batch6 as b6  # noqa: E402
import build_batch7 as b7  # noqa: E402
import build_batch8 as b8  # noqa: E402
import build_batch9 as b9  # noqa: E402
import build_batch10 as b10  # noqa: E402
from build_batch5 import URL_PREFIX  # noqa: E402

SEED = 2032
N = 32
CHECKSUM = "731ac58a8a3c935293fe7cce6dfb8e61d42ab176688b351bb94be23cef80b9ec"
SLUG_WORDS = 7
STOP = {"a", "an", "the", "of", "in", "on", "to", "and", "for", "with", "at", "by", "from", "as", "is", "are",
        "was", "were", "be", "been", "has", "have", "had", "that", "this", "its", "it", "their", "his", "her",
        "s", "into", "about", "over", "after", "than"}

# url -> [(removal string, expected count)]  (found with --scan; each stood between paragraphs)
REMOVALS: dict[str, list[tuple[str, int]]] = {
    # Ukrainian-language @ukrpravda_news tweet with the English-Twitter promo inside it (as in batch 8's
    # St Petersburg text); it stood after "...Air Command East (Skhid)." and before "Background:"
    URL_PREFIX + "2023/03/31/7395814/": [
        ("Повітряні сили ЗСУ опублікували відео збиття російських дронів-камікадзе іранського виробництва. Відео з "
         "Telegram Повітряних сил pic.twitter.com/shhTxS6ZYOWe have launched English Twitter! Follow us! "
         "\r\r\r\r\r\r— Українська правда ✌️ (@ukrpravda_news) March 31, 2023", 1),
    ],
    # two photo captions, between paragraphs
    URL_PREFIX + "2023/04/5/7396549/": [("PHOTO from\xa0 Kyrylenko' telegram", 2)],
    # photo caption with credit, between the Twitter promo and "Background:"
    URL_PREFIX + "2023/04/26/7399529/": [("Mykola OleshchukPhoto by\xa0the Air Forces of Ukraine", 1)],
}
# url -> [(head, tail)]: paragraph break between a Source line's end and the next paragraph
SPLITS: dict[str, list[tuple[str, str]]] = {
    URL_PREFIX + "2023/03/23/7394711/": [("Source: Medvedev, in the interview with Russian news agencies",
                                          "\xa0Medvedev recalled")],
    URL_PREFIX + "2023/04/20/7398644/": [("Source: Schallenberg's interview with Ukrinform news agency; European "
                                          "Pravda", "\"Putin's arrest warrant")],
    URL_PREFIX + "2023/04/28/7399935/": [("Source: Ihor Zhovkva, Deputy Head of the President’s Office, on Facebook",
                                          "Ukraine’s president")],
}
# url -> [(left, right, count)]: false breaks of rule (b) rejoined
JOINS: dict[str, list[tuple[str, str, int]]] = {
    # "Source: Krym.Realii (Crimea.Reality), Radio Liberty's project ..." (outlet names, as in batch 9)
    URL_PREFIX + "2023/04/28/7399895/": [("Krym.", "Realii", 1), ("Crimea.", "Reality", 1)],
}
# the 32 drawn URLs in draw order, listed after the first run as a check
DRAWN: list[str] | None = [
    URL_PREFIX + '2023/04/7/7396929/',
    URL_PREFIX + '2023/03/23/7394675/',
    URL_PREFIX + '2023/04/26/7399442/',
    URL_PREFIX + '2023/04/28/7399935/',
    URL_PREFIX + '2023/04/6/7396653/',
    URL_PREFIX + '2023/05/3/7400420/',
    URL_PREFIX + '2023/04/28/7399908/',
    URL_PREFIX + '2023/05/3/7400489/',
    URL_PREFIX + '2023/04/20/7398644/',
    URL_PREFIX + '2023/03/26/7395138/',
    URL_PREFIX + '2023/04/6/7396657/',
    URL_PREFIX + '2023/04/20/7398670/',
    URL_PREFIX + '2023/03/31/7395814/',
    URL_PREFIX + '2023/03/28/7395476/',
    URL_PREFIX + '2023/04/28/7399918/',
    URL_PREFIX + '2023/03/28/7395370/',
    URL_PREFIX + '2023/04/25/7399273/',
    URL_PREFIX + '2023/04/26/7399529/',
    URL_PREFIX + '2023/04/28/7399895/',
    URL_PREFIX + '2023/04/15/7398021/',
    URL_PREFIX + '2023/03/23/7394711/',
    URL_PREFIX + '2023/04/30/7400082/',
    URL_PREFIX + '2023/04/3/7396281/',
    URL_PREFIX + '2023/03/30/7395664/',
    URL_PREFIX + '2023/04/20/7398638/',
    URL_PREFIX + '2023/05/4/7400588/',
    URL_PREFIX + '2023/03/28/7395339/',
    URL_PREFIX + '2023/04/28/7399867/',
    URL_PREFIX + '2023/04/5/7396575/',
    URL_PREFIX + '2023/04/12/7397485/',
    URL_PREFIX + '2023/03/31/7395930/',
    URL_PREFIX + '2023/04/5/7396549/',
]


def slug(title: str) -> str:
    ascii_title = unicodedata.normalize("NFKD", b5.headline(title)).encode("ascii", "ignore").decode("ascii")
    ascii_title = ascii_title.replace("'", "").replace("’", "")
    words = [w for w in re.findall(r"[a-z0-9]+", ascii_title.lower()) if w not in STOP]
    return "-".join(words[:SLUG_WORDS])


def remaining() -> list[str]:
    """Batch 10's remaining URLs minus batch 10's draw (502 URLs, sort order kept)."""
    return b6.remaining_after(b10, [b6, b7, b8, b9], 502)


_SELECTED: list[str] | None = None


def select() -> list[str]:
    """Batch 12's 32 URLs, in draw order."""
    global _SELECTED
    if _SELECTED is None:
        _SELECTED = b6.draw_after(SEED, remaining(), N, DRAWN, [b6, b7, b8, b9, b10], 192)
    return list(_SELECTED)


def named_table(urls: list[str], removals: dict, splits: dict, joins: dict, earlier: list[dict]) -> dict[str, tuple[str, list, list]]:
    """Each drawn URL's file name (from its date and headline) and furniture, checked: names unique, none taken by
    an earlier batch (`earlier`: their tables), no furniture listed for a URL not drawn. Batches 12 on share it."""
    rows = b5.first_rows()
    out = {}
    for url in urls:
        name = "ukrainskapravda-{}-{}".format(b5.url_date(url), slug(rows[url]["title"]))
        out[url] = (name, removals.get(url, []), splits.get(url, []))
    names = [v[0] for v in out.values()]
    assert len(set(names)) == len(urls), "file names not unique"
    taken = {v[0] for t in earlier for v in t.values()}
    taken |= {v[0] for v in b5.UP_FILES.values()} | {b5.AP_NAME}
    assert not taken & set(names), "a file name of an earlier batch"
    assert not set(removals) - set(out) and not set(splits) - set(out) and not set(joins) - set(out)
    return out


def table() -> dict[str, tuple[str, list, list]]:
    return named_table(select(), REMOVALS, SPLITS, JOINS, [b6.FILES, b7.FILES, b8.FILES, b9.FILES, b10.FILES])


_MARKERS = re.compile(r"pic\.twitter|[Pp][Hh][Oo][Tt][Oo]|Read (?:also|more)|[\u0400-\u04ff]+(?:[^A-Za-z]+[\u0400-\u04ff]+)*"
                      r"|[\u00c0-\u00ff]{3,}|Journalists fight on their own frontline(?!\. Support Ukrainska "
                      r"Pravda or become our patron!)")


def scan(files: dict[str, tuple[str, list, list]] | None = None) -> None:
    """Print only what the furniture check needs: marker contexts, Source lines, rule-(b) breaks
    (of this batch's texts, or of another batch's `table()` drawn the same way)."""
    rows = b5.first_rows()
    for url, (name, removals, splits) in sorted((files if files is not None else table()).items()):
        raw = rows[url]["text"]
        print(f"== {url} {name}")
        removed = [(m.start(), m.end()) for s, _ in removals for m in re.finditer(re.escape(s), raw)]
        for m in _MARKERS.finditer(raw):
            done = any(a <= m.start() < b for a, b in removed)
            print("   marker%s:" % (" (removed)" if done else ""), ascii(raw[max(0, m.start() - 80):m.end() + 80]))
        paragraphs = b6.clean_up(raw, removals, splits)
        for p in paragraphs:
            if p.startswith("Source:"):
                print("   source:", ascii(p[:300]))
            for m in re.finditer(r"[a-z)][A-Z][a-z]|[a-z)][A-Z]{2}", p):  # glued without punctuation
                if not re.search(r"(?:Mc|Mac)[A-Z]|YouTube|TikTok|MiGs|iPhone|WhatsApp", p[m.start() - 3:m.end() + 3]):
                    print("   glue:", ascii(p[max(0, m.start() - 40):m.end() + 30]))
        for left, right in zip(paragraphs, paragraphs[1:], strict=False):
            if re.search(r"[.!?\]\"”]$", left) and not right.startswith(("Source:", "Details:", "Quote",
                                                                           "Background:", "Update",
                                                                           "Previously:")):
                tail = left[-25:]
                if re.search(r"\b\w{1,5}\.$", tail):  # short word before the stop: abbreviation or name?
                    print("   break:", ascii(tail), "|", ascii(right[:25]))


def built(files: dict[str, tuple[str, list, list]], joins: dict, n: int, checksum: str, batch: int) -> dict[str, str]:
    """The texts of a drawn table, cleaned and repaired as batches 6-10 were, checked against the recorded checksum."""
    out = b6.make_files(files, repair=b9.join_false_breaks(joins), check_date=b8.check_date)
    assert len(out) == n
    assert b5.files_checksum(out) == checksum, f"batch {batch} checksum differs from the recorded one"
    return out


def build() -> dict[str, str]:
    return built(table(), JOINS, N, CHECKSUM, 12)


def run(doc: str, folder: str, build: Callable[[], dict[str, str]], table: Callable[[], dict]) -> None:
    """The command line every batch from 12 on shares: write the texts to --out, or --scan the drawn furniture."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--out", type=Path, default=b5.GATHERED / folder)
    ap.add_argument("--scan", action="store_true", help="print the furniture markers of the drawn texts")
    args = ap.parse_args()
    if args.scan:
        scan(table())
        return
    b5.write_files(args.out, build())
    print("listing checksum:", b5.listing_checksum(args.out))


def main() -> None:
    run(__doc__, "batch12", build, table)


if __name__ == "__main__":
    main()
