"""Figures as bulletins write them: digits ("164-ма", "1 200") and number words in every case form.

"двома балістичними ракетами" is 2, "шесть" 6, "по одному" is 1 for each place named,
"дві тисячі триста" 2300. The word forms live in `data/official_numbers.tsv`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from warwire.extract.official.lexicon import lexicon

TOKEN = re.compile(r"\w[\w'/\-]*\w|\w")
_DIGITS = re.compile(r"(\d{1,6})(?:-[^\W\d]{1,4})?")
_THOUSANDS = re.compile(r" (\d{3})(?!\d|[.:,]\d)")
_DISTRIBUTIVE = re.compile(r"(?:^|\s)(?:по|еще по|ще по)\s*$")


@dataclass(frozen=True)
class Number:
    """One figure in the cleaned text: where it stands, its value, and what the words before it add."""

    start: int
    end: int
    value: int
    distributive: bool = False  # "по восемь ... над Ростовской и Брянской": the figure holds for each place
    hedge: str | None = None
    instrumental: bool = False  # "164-ма", "двома": the case of the launch sentence (атакував N-ма ...)


def words_value(words: list[str], lang: str) -> int | None:
    """The value of a run of number words ("сто двадцять три" -> 123), or None if one is not a number word."""
    total = current = 0
    for word in words:
        value = word_value(word, lang)
        if value is None:
            return None
        if value == 1000:
            total += max(current, 1) * 1000
            current = 0
        else:
            current += value
    return total + current if words else None


def word_value(word: str, lang: str) -> int | None:
    """The value of one number word in any case form, in `lang` first, then in the other language."""
    table = _forms(lang)
    value = table.get(word)
    if value is None and not word.islower():
        value = table.get(word.lower().replace("ё", "е").replace("’", "'").replace("ʼ", "'"))
    return value


@cache
def _forms(lang: str) -> dict[str, int]:
    """Every number word form, those of `lang` winning over the other language's."""
    tables = lexicon().numbers
    merged: dict[str, int] = {}
    for other, table in tables.items():
        if other != lang:
            merged.update(table)
    merged.update(tables.get(lang, {}))
    return merged


def parse_number(text: str, lang: str) -> int | None:
    """The value of a whole phrase that is one figure ("164-ма", "двумя", "дві тисячі"), else None."""
    text = text.strip().lower()
    m = _DIGITS.fullmatch(text.replace(" ", "")) if text.replace(" ", "").isascii() or text[:1].isdigit() else None
    if m:
        return int(m.group(1))
    return words_value(text.split(), lang)


def find_numbers(text: str, lang: str) -> list[Number]:
    """Every figure in a cleaned, lower-case text, in order (times like 20.00 and 18:00 are not figures)."""
    out: list[Number] = []
    matches = list(_candidates(lang).finditer(text))
    i = 0
    while i < len(matches):
        tok = matches[i]
        s, e = tok.span()
        word = tok.group()
        if word[0].isdigit():
            i += 1
            m = _DIGITS.fullmatch(word)
            if m is None or _inside_code_or_time(text, s, e):
                continue
            value = int(m.group(1))
            end = s + len(m.group(1))
            thousands = _THOUSANDS.match(text, end) if end == e and value < 1000 else None
            if thousands:
                value = value * 1000 + int(thousands.group(1))
                e = thousands.end()
                while i < len(matches) and matches[i].start() < e:
                    i += 1
            suffix = word[len(m.group(1)):]
            out.append(_number(text, s, e, value, lang, instrumental=suffix in ("-ма", "-ми", "-ю", "-ьма")))
            continue
        j = i + 1
        while j < len(matches) and not matches[j].group()[0].isdigit() and not text[matches[j - 1].end():matches[j].start()].strip():
            j += 1
        words = [m.group() for m in matches[i:j]]
        spelled = words_value(words, lang)
        if spelled:
            out.append(_number(text, s, matches[j - 1].end(), spelled, lang,
                               instrumental=words[-1].endswith(("ма", "мя", "ью", "ою", "ним", "ном"))))
        i = j
    return out


@cache
def _candidates(lang: str) -> re.Pattern[str]:
    """Digit tokens and number words, as one pattern: only these need a closer look."""
    forms = sorted(_forms(lang), key=len, reverse=True)
    first = re.escape("".join(sorted({f[0] for f in forms})))
    # the look-ahead on a first letter lets the engine skip most positions cheaply
    return re.compile(rf"(?<![\w'])(?=[\d{first}])(?:\d[\w'/\-]*\w|\d|" + "|".join(re.escape(f) for f in forms)
                      + r")(?![\w'])")


def _inside_code_or_time(text: str, s: int, e: int) -> bool:
    """Digits that are part of a name (Х-101, Shahed-136/131), a time (20.00, 18:00) or a decimal."""
    before = text[s - 1] if s else " "
    after = text[e:e + 2]
    if before in "-/" or before.isalpha():
        return True
    if before in ".:" and s >= 2 and text[s - 2].isdigit():
        return True
    return len(after) == 2 and after[0] in ".:," and after[1].isdigit()


def _number(text: str, start: int, end: int, value: int, lang: str, instrumental: bool) -> Number:
    before = text[max(0, start - 30):start]
    lex = lexicon()
    m = lex.hedge_before.search(before)
    hedge = lex.hedges[m.group(1)] if m else None
    return Number(start, end, value, bool(_DISTRIBUTIVE.search(before)), hedge, instrumental)
