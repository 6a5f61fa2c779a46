#!/usr/bin/env python3
"""Rebuild gathered batch 5 (gold: warwire eval/gold/gathered-2025d) into /work/gathered/batch5/.

Standard library only. What the batch is and why, per `eval/gold/gathered-2025d/SOURCES.md`:

* 28 Ukrainska Pravda English articles (2023-03-22 ... 2023-05-04), chosen by hand, from
  `adnanlakda/NAV_Capstone:total_pravda_news.csv` at commit 8584c560fec1 (bare mirror made by the `fetch`
  tool: /work/.mirror/adnanlakda+NAV_Capstone/repo), read with `git show COMMIT:PATH`; the first CSV row per URL
  is used.
* One AP story (2022-05-11) from `arcxp/inbound-feeds-poc:tests/fixtures/ap_text_item_test_converter_storydata.xml`
  at commit 05d5e788a000 (mirror /work/.mirror/arcxp+inbound-feeds-poc/repo): an AP NITF document whose text
  stores UTF-8 bytes as literal Python escapes (decoded here); kept are the <hl1> headline and the <p> paragraphs
  of <body.content> (the one inline link reduced to its text), up to the first "___" rule.

Layout of every file: line 1 headline, line 2 date (YYYY-MM-DD), line 3 blank, then the body with paragraphs
separated by blank lines, one final newline. Whitespace: runs of spaces (also carriage returns, tabs, newlines,
no-break and thin spaces) collapse to one space, zero-width spaces are dropped.

Ukrainska Pravda cleaning (the `text` column holds each article as one run of characters, the page's
paragraphs concatenated with no separator); words are never changed, only layout restored and furniture removed:

1. Removal strings listed per text below (photo captions, embedded tweets), verbatim; each must occur exactly
   the stated number of times (asserted). A removed string is a paragraph boundary.
2. Per-text Source-line run-ons (`SPLITS`): a paragraph break between a Source line's end and the next
   paragraph where nothing else marks it ("Source: European PravdaThe package...").
3. The two house promos "We have launched English Twitter! Follow us!" and "Journalists fight on their own
   frontline. Support Ukrainska Pravda or become our patron!" are removed. In batch 5 they are dropped WITHOUT a
   paragraph break (`PROMO_IS_BREAK = False`; gathered-2025e/SOURCES.md records that this is what the batch-5
   script did; batch 6 onwards treats the cut as a boundary).
4. Paragraph breaks before the run-in labels `Source:`, `Details:`, `Quote:` / `Quote from X:`,
   `Background:`, `Update:` / `Updated:` (also `Update(d) at HH:MM:`), `Previously:`; a `Background:` glued
   straight to the next paragraph ("Background:On 2 April") is kept as its own line.
5. A paragraph break where a sentence end (. ! ?, with closing quotation marks) is glued to a capital A-Z, a
   digit or a quotation mark ("hromadas.The Russians", "rubble.17 people", 'choice".Borrell'). A straight double
   quote after . ! ? is read as closing when an odd number of straight quotes precede it in the text, as opening
   otherwise. Not inside decimals (digit.digit), not in "NV.UA", not after a one-letter initial; a full stop
   closing an editor's bracket ("- ed.]As ...") counts. In batch 5 a full stop directly after a digit is never
   a break (`BREAK_AFTER_DIGIT_STOP = False`, the batch-5 script's behaviour as recorded in
   gathered-2025e/SOURCES.md; batch 6 onwards breaks "since November 2022.The Air Force").

Headline = the `title` column (whitespace rule applied, outer spaces trimmed); date = the date in the URL
(it agrees with the CSV's `Date` column).

This module is also the base the later batch scripts import (CSV reading, the cleaning rules with their two
switches, rendering, checks).

Usage: python3 build_batch5.py [--out DIR]   (default /work/gathered/batch5)
"""
from __future__ import annotations

import argparse
import codecs
import csv
import hashlib
import html
import io
import os
import re
import subprocess
import sys
from pathlib import Path

# ----------------------------------------------------------------------------------------------- sources
GATHERED = Path(os.environ.get("GATHERED_DIR", "/work/gathered"))
GOLD = Path(os.environ.get("WARWIRE_GOLD", "/work/main/eval/gold"))

NAV_MIRROR = Path(os.environ.get("NAV_MIRROR", "/work/.mirror/adnanlakda+NAV_Capstone/repo"))
NAV_COMMIT = "8584c560fec1"
NAV_CSV = "total_pravda_news.csv"
NAV_CSV_BLOB = "696ce87ecf56941ecbb87be9a65905314fd88d85"

AP_MIRROR = Path(os.environ.get("AP_MIRROR", "/work/.mirror/arcxp+inbound-feeds-poc/repo"))
AP_COMMIT = "05d5e788a000"
AP_PATH = "tests/fixtures/ap_text_item_test_converter_storydata.xml"

URL_PREFIX = "https://www.pravda.com.ua/eng/news/"

# ------------------------------------------------------------------------------------ batch-5 switches
PROMO_IS_BREAK = False
BREAK_AFTER_DIGIT_STOP = False

PROMO_TWITTER = "We have launched English Twitter! Follow us!"
PROMO_PATRON = "Journalists fight on their own frontline. Support Ukrainska Pravda or become our patron!"

# ------------------------------------------------------------------------------------------ the batch
# url -> (file name without .txt, removal strings [(string, expected count)], Source-line splits [(head, tail)])
UP_FILES: dict[str, tuple[str, list[tuple[str, int]], list[tuple[str, str]]]] = {
    URL_PREFIX + "2023/03/22/7394585/": ("ukrainskapravda-2023-03-22-air-force-zaporizhzhia-weapons", [], []),
    URL_PREFIX + "2023/03/22/7394509/": ("ukrainskapravda-2023-03-22-rzhyshchiv-shahed-dormitories",
                                         [("PHoto: State Emergency Service of Ukraine", 3)], []),
    URL_PREFIX + "2023/03/22/7394571/": ("ukrainskapravda-2023-03-22-zaporizhzhia-missile-strike-17-injured", [], []),
    URL_PREFIX + "2023/03/24/7394885/": ("ukrainskapravda-2023-03-24-bilopillia-night-attack", [], []),
    URL_PREFIX + "2023/03/26/7395125/": ("ukrainskapravda-2023-03-26-north-macedonia-helicopters", [], []),
    URL_PREFIX + "2023/03/28/7395328/": ("ukrainskapravda-2023-03-28-kyiv-oblast-shahed-drones-destroyed", [], []),
    URL_PREFIX + "2023/03/30/7395741/": ("ukrainskapravda-2023-03-30-wsj-journalist-detention", [], []),
    URL_PREFIX + "2023/03/31/7395948/": ("ukrainskapravda-2023-03-31-avdiivka-shelling-baby-killed", [], []),
    URL_PREFIX + "2023/04/1/7395971/": ("ukrainskapravda-2023-04-01-general-staff-70-attacks-6-shaheds", [], []),
    URL_PREFIX + "2023/04/4/7396433/": ("ukrainskapravda-2023-04-04-us-2-6-billion-aid", [],
                                        [("Source: European Pravda", "The package consists")]),
    URL_PREFIX + "2023/04/10/7397280/": ("ukrainskapravda-2023-04-10-denmark-caesar-leopard", [], []),
    URL_PREFIX + "2023/04/13/7397747/": ("ukrainskapravda-2023-04-13-eu-1-billion-ammunition", [], []),
    URL_PREFIX + "2023/04/16/7398060/": ("ukrainskapravda-2023-04-16-general-staff-su-25-shot-down", [], []),
    URL_PREFIX + "2023/04/19/7398450/": ("ukrainskapravda-2023-04-19-sumy-oblast-165-strikes", [], []),
    URL_PREFIX + "2023/04/19/7398592/": ("ukrainskapravda-2023-04-19-us-sanctions-iran-drone-suppliers", [], []),
    URL_PREFIX + "2023/04/20/7398632/": ("ukrainskapravda-2023-04-20-general-staff-21-shaheds", [], []),
    URL_PREFIX + "2023/04/21/7398940/": ("ukrainskapravda-2023-04-21-latvia-stinger", [], []),
    URL_PREFIX + "2023/04/21/7398808/": ("ukrainskapravda-2023-04-21-three-civilians-killed-kherson-donetsk", [], []),
    URL_PREFIX + "2023/04/21/7398815/": ("ukrainskapravda-2023-04-21-vinnytsia-oblast-infrastructure-attack", [], []),
    URL_PREFIX + "2023/04/24/7399123/": ("ukrainskapravda-2023-04-24-sevastopol-surface-drones", [
        ('Російські ЗМІ та Telegram-канали поширюють відео з Севастополя. На ньому видно спалах та чути шум. '
         'Ймовірно, це момент падіння безпілотника. Відео з Telegram "Нової газети Європа" '
         'pic.twitter.com/y8og5KkjiE\r— Українська правда ✌ (@ukrpravda_news) April 24, 2023', 1),
    ], []),
    URL_PREFIX + "2023/04/27/7399625/": ("ukrainskapravda-2023-04-27-estonia-pm-nato", [],
                                         [("with reference to ERR.", "Kallas visited")]),
    URL_PREFIX + "2023/04/29/7399998/": ("ukrainskapravda-2023-04-29-chernihiv-oblast-shelling", [
        ("The result of Russian shelling in Chernihiv Oblast, photo by the local police", 1),
        ("Injured teenager, photo by the local police", 1),
    ], []),
    URL_PREFIX + "2023/04/29/7399991/": ("ukrainskapravda-2023-04-29-uman-rescue-completed", [], []),
    URL_PREFIX + "2023/05/1/7400145/": ("ukrainskapravda-2023-05-01-bryansk-railway-derailment", [
        ('У Брянській області РФ підірвали залізничні колії – з рейок зійшов поїзд, що перевозив паливо: лежать '
         '7-8 вагонів, була пожежа. Відео з Telegram-каналу "База" pic.twitter.com/vr5PpYTnfX\r— Українська '
         'правда ✌️ (@ukrpravda_news) May 1, 2023', 1),
        ('Поїзд зійшов із рейок у Брянській області РФ – там підірвали колії. Відео з Telegram-каналу "База" '
         'pic.twitter.com/OxrI5rtUqY\r— Українська правда ✌️ (@ukrpravda_news) May 1, 2023', 1),
    ], []),
    URL_PREFIX + "2023/05/3/7400560/": ("ukrainskapravda-2023-05-03-us-300-million-aid", [], []),
    URL_PREFIX + "2023/05/3/7400421/": ("ukrainskapravda-2023-05-03-zaporizhzhia-missile-attack", [], []),
    URL_PREFIX + "2023/05/4/7400620/": ("ukrainskapravda-2023-05-04-kremlin-cancels-parades", [], []),
    URL_PREFIX + "2023/05/4/7400732/": ("ukrainskapravda-2023-05-04-uav-shot-down-over-kyiv", [
        ("У мережі з'явилося відео, як над Києвом збили дрон pic.twitter.com/2kQ1kvy2p0\r— Українська правда ✌ "
         "(@ukrpravda_news) May 4, 2023", 1),
    ], []),
}
AP_NAME = "ap-2022-05-11-first-war-crimes-trial"
AP_DATE = "2022-05-11"


# -------------------------------------------------------------------------------------------- reading
def git_show(git_dir: Path, commit: str, path: str) -> bytes:
    if not git_dir.is_dir():
        sys.exit(f"no mirror at {git_dir}: bring the repository with the fetch tool first")
    return subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"],
                          check=True, capture_output=True).stdout


_ROWS: list[dict[str, str]] | None = None


def csv_rows() -> list[dict[str, str]]:
    """All rows of total_pravda_news.csv at NAV_COMMIT (932)."""
    global _ROWS
    if _ROWS is None:
        blob = subprocess.run(["git", "--git-dir", str(NAV_MIRROR), "rev-parse", f"{NAV_COMMIT}:{NAV_CSV}"],
                              check=True, capture_output=True, text=True).stdout.strip()
        assert blob == NAV_CSV_BLOB, blob
        data = git_show(NAV_MIRROR, NAV_COMMIT, NAV_CSV).decode("utf-8")
        _ROWS = list(csv.DictReader(io.StringIO(data, newline="")))
        assert len(_ROWS) == 932, len(_ROWS)
    return _ROWS


def first_rows() -> dict[str, dict[str, str]]:
    """url -> the first CSV row with that URL (709 URLs), in CSV order."""
    out: dict[str, dict[str, str]] = {}
    for row in csv_rows():
        out.setdefault(row["url"], row)
    assert len(out) == 709, len(out)
    return out


def url_date(url: str) -> str:
    m = re.fullmatch(re.escape(URL_PREFIX) + r"(\d{4})/(\d{1,2})/(\d{1,2})/\d+/", url)
    assert m, url
    return f"{m.group(1)}-{int(m.group(2)):02d}-{int(m.group(3)):02d}"


def url_id(url: str) -> str:
    return url.rstrip("/").rsplit("/", 1)[1]


# ------------------------------------------------------------------------------------------- cleaning
BR = "\x00"  # paragraph-break marker while cleaning (never in the data)
_SPACES = re.compile(r"[ \t\r\n\f\v\xa0\u2009\u202f]+")
_LABEL = re.compile(r"(Source:|Details:|Quote:|Quote from |Background:|Update:|Updated:"
                    r"|Updated? at \d{1,2}:\d{2}:|Previously:)")
_BARE_BACKGROUND = re.compile("Background:(?=[^ " + BR + "])")
_CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_DIGITS = "0123456789"


def normalise_spaces(s: str) -> str:
    """Zero-width spaces dropped; spaces, CR/LF, tabs, no-break and thin spaces -> one space."""
    return _SPACES.sub(" ", s.replace("\u200b", ""))


def headline(title: str) -> str:
    return normalise_spaces(title).strip(" ")


def _sentence_breaks(text: str, break_after_digit_stop: bool) -> set[int]:
    """Positions where a glued sentence end is followed by a new paragraph (rule 5)."""
    n = len(text)
    quotes_before = [0] * (n + 1)
    count = 0
    for k, ch in enumerate(text):
        quotes_before[k] = count
        if ch == '"':
            count += 1
    quotes_before[n] = count
    breaks: set[int] = set()
    for i, ch in enumerate(text):
        if ch not in ".!?":
            continue
        j = i + 1
        if ch == "." and j < n and text[j] == "]":  # "... – ed.]As a result"
            j += 1
        while j < n and (text[j] == "”" or (text[j] == '"' and quotes_before[j] % 2 == 1)):
            j += 1  # closing quotation marks belong to the sentence end
        if j >= n:
            continue
        nxt = text[j]
        if not (nxt in _CAPITALS or nxt in _DIGITS or nxt in '"“'):
            continue
        if ch == ".":
            prev = text[i - 1] if i > 0 else ""
            if j == i + 1 and prev.isdigit() and nxt in _DIGITS:
                continue  # decimal or section number: "205.4.1", "2.4"
            if j == i + 1 and prev.isdigit() and not break_after_digit_stop:
                continue
            if text[max(0, i - 2):i + 3] == "NV.UA":
                continue  # an outlet's name
            if prev in _CAPITALS and (i < 2 or not text[i - 2].isalpha()):
                continue  # a one-letter initial ("Denník N.The ...")
        breaks.add(j)
    return breaks


def clean_text(text: str, removals=(), splits=(), promo_is_break: bool = PROMO_IS_BREAK,
               break_after_digit_stop: bool = BREAK_AFTER_DIGIT_STOP) -> list[str]:
    """The paragraphs of one article's `text` value, cleaned by rules 1-5 (see the module docstring)."""
    for s, expected in removals:
        found = text.count(s)
        assert found == expected, f"removal string found {found} times, expected {expected}: {s[:60]!r}"
        text = text.replace(s, BR)
    for head, tail in splits:
        assert text.count(head + tail) == 1, f"split not found exactly once: {head!r}|{tail!r}"
        text = text.replace(head + tail, head + BR + tail)
    cut = BR if promo_is_break else ""
    text = text.replace(PROMO_PATRON, cut).replace(PROMO_TWITTER, cut)
    text = normalise_spaces(text)
    text = _LABEL.sub(lambda m: BR + m.group(1), text)
    text = _BARE_BACKGROUND.sub("Background:" + BR, text)
    breaks = _sentence_breaks(text, break_after_digit_stop)
    text = "".join((BR + ch) if k in breaks else ch for k, ch in enumerate(text))
    paragraphs = [re.sub(" +", " ", p).strip(" ") for p in text.split(BR)]
    return [p for p in paragraphs if p]


def body_length(text: str) -> int:
    """Length of the body with the promos removed and whitespace collapsed (the pool's length rule)."""
    t = text.replace(PROMO_PATRON, " ").replace(PROMO_TWITTER, " ")
    return len(" ".join(t.split()))


def render(title: str, date: str, paragraphs: list[str]) -> str:
    assert paragraphs and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date)
    return headline(title) + "\n" + date + "\n\n" + "\n\n".join(paragraphs) + "\n"


# --------------------------------------------------------------------------------------------- checks
def sources_urls(letter: str) -> list[str] | None:
    """The Ukrainska Pravda URLs of the file table of gathered-2025<letter>/SOURCES.md, if present."""
    path = GOLD / f"gathered-2025{letter}" / "SOURCES.md"
    if not path.exists():
        return None
    return re.findall(r"^\| `[^`]+\.txt` \|.*?(" + re.escape(URL_PREFIX) + r"[0-9/]+/)", path.read_text("utf-8"),
                      re.M)


def listing_checksum(folder: Path) -> str:
    """SHA-256 of the `sha256sum *` listing of a folder (C-locale order), i.e. `sha256sum * | sha256sum`."""
    lines = []
    for name in sorted(os.listdir(folder)):
        p = folder / name
        if p.is_file():
            lines.append(f"{hashlib.sha256(p.read_bytes()).hexdigest()}  {name}\n")
    return hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()


def files_checksum(files: dict[str, str]) -> str:
    """The same checksum as `listing_checksum`, computed from {name without .txt: content} before writing."""
    lines = [f"{hashlib.sha256(files[n].encode('utf-8')).hexdigest()}  {n}.txt\n" for n in sorted(files)]
    lines.sort(key=lambda line: line.split("  ", 1)[1])
    return hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()


def write_files(outdir: Path, files: dict[str, str]) -> None:
    outdir.mkdir(parents=True, exist_ok=True)
    for name, content in sorted(files.items()):
        (outdir / (name + ".txt")).write_bytes(content.encode("utf-8"))
    extra = sorted(set(p.name for p in outdir.iterdir()) - {n + ".txt" for n in files})
    if extra:
        print(f"warning: {outdir} holds files not made by this script: {extra}", file=sys.stderr)
    print(f"wrote {len(files)} files to {outdir}")


# ------------------------------------------------------------------------------------------------ AP
def ap_text() -> str:
    raw = git_show(AP_MIRROR, AP_COMMIT, AP_PATH)
    xml = codecs.escape_decode(raw)[0].decode("utf-8")  # literal \xe2\x80\x94, \', \n -> UTF-8 text
    assert 'norm="20220511T193525Z"' in xml
    title = re.search(r"<hl1[^>]*>(.*?)</hl1>", xml, re.S).group(1)
    content = re.search(r"<body\.content>(.*?)</body\.content>", xml, re.S).group(1)
    paragraphs = []
    for p in re.findall(r"<p>(.*?)</p>", content, re.S):
        p = " ".join(html.unescape(re.sub(r"<[^>]+>", "", p)).split())
        if p.startswith("___"):
            break  # contributor line and "Follow AP's coverage" come after the first rule
        if p:
            paragraphs.append(p)
    return render(title, AP_DATE, paragraphs)


# ---------------------------------------------------------------------------------------------- build
def build() -> dict[str, str]:
    rows = first_rows()
    listed = sources_urls("d")
    if listed is not None:
        assert sorted(listed) == sorted(UP_FILES), "URL list differs from gathered-2025d/SOURCES.md"
    files = {AP_NAME: ap_text()}
    for url, (name, removals, splits) in UP_FILES.items():
        row = rows[url]
        assert headline(row["title"]) == row["title"].strip(), url
        paragraphs = clean_text(row["text"], removals, splits, PROMO_IS_BREAK, BREAK_AFTER_DIGIT_STOP)
        files[name] = render(row["title"], url_date(url), paragraphs)
    assert len(files) == 29
    return files


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=GATHERED / "batch5")
    args = ap.parse_args()
    write_files(args.out, build())


if __name__ == "__main__":
    main()
