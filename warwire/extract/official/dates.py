"""The day a bulletin's figures belong to.

An overnight attack carries the date of the morning it ended: "У ніч на 18 серпня
(з 18:00 17 серпня)" is 18 August, "с 22.30 мск 21 июня до 02.55 мск 22 июня" is 22 June.
So the latest day the text names near its own date wins; a text naming none ("в течение
прошедшей ночи", "С 9.40 мск до 11.50 мск") takes the date it was published (for the
Defence Ministry, its Moscow-time date).
"""
from __future__ import annotations

import datetime as dt
import re

from warwire.extract.official.lexicon import lexicon

_DAY_MONTH = re.compile(r"(?<![\d.:])(\d{1,2})\s+([^\W\d_]{3,})")
# How far from the publication date a named day may lie and still be the attack's day.
_BEFORE = dt.timedelta(days=3)
_AFTER = dt.timedelta(days=1)


def named_days(text: str, published: dt.date) -> list[dt.date]:
    """Every "18 серпня" / "30 августа" in a cleaned text, as dates in the year around `published`."""
    lex = lexicon()
    out = []
    for m in _DAY_MONTH.finditer(text):
        month = lex.month(m.group(2))
        if month is None:
            continue
        day = int(m.group(1))
        for year in (published.year, published.year - 1, published.year + 1):
            try:
                out.append(dt.date(year, month, day))
            except ValueError:
                continue
    return out


def bulletin_date(text: str, published: dt.date | None) -> tuple[dt.date | None, str]:
    """(date, precision) of a bulletin's figures: the latest day it names near `published`, else `published`."""
    if published is None:
        return None, "unknown"
    near = [d for d in named_days(text, published) if published - _BEFORE <= d <= published + _AFTER]
    return (max(near) if near else published), "day"
