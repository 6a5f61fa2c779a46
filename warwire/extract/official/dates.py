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
from zoneinfo import ZoneInfo

from warwire.extract.official.lexicon import lexicon

_DAY_MONTH = re.compile(r"(?<![\d.:])(\d{1,2})\s+([^\W\d_]{3,})")
# "(з 18:00 17 серпня)", "с 22.30 мск 21 июня": when the attack began, not the morning it ended.
_MIDNIGHT_END = re.compile(r"(?:^|\s)(?:до|по)\s+(?:00|24)[.:]00\s*(?:мск\s*)?$")
_WINDOW_START = re.compile(r"(?:^|[\s(])(?:з|із|зі|с|со)\s+\d{1,2}[.:]\d{2}\s*(?:мск\s*)?$")
# How far from the publication date a named day may lie and still be the attack's day.
_BEFORE = dt.timedelta(days=3)
_AFTER = dt.timedelta(days=1)


def named_days(text: str, published: dt.date) -> list[dt.date]:
    """Every "18 серпня" / "30 августа" in a cleaned text, as dates in the year around `published`."""
    lex = lexicon()
    out = []
    for m in _DAY_MONTH.finditer(text):
        month = lex.month(m.group(2))
        if month is None or _WINDOW_START.search(text[max(0, m.start() - 20):m.start()]):
            continue
        day = int(m.group(1))
        # "до 00.00 мск 27 июля" ends a window on the evening of the 26th
        back = dt.timedelta(days=1 if _MIDNIGHT_END.search(text[max(0, m.start() - 20):m.start()]) else 0)
        for year in (published.year, published.year - 1, published.year + 1):
            try:
                out.append(dt.date(year, month, day) - back)
            except ValueError:
                continue
    return out


def bulletin_date(text: str, published: dt.date | None, published_at: dt.datetime | None = None,
                  zone: str = "Europe/Moscow") -> tuple[dt.date | None, str]:
    """(date, precision) of a bulletin's figures: the latest day it names near `published`, else `published`.

    When the time of posting is known, the day is counted in the channel's own zone (a
    Defence Ministry post at 22:53 UTC is the next morning's in Moscow), and a post sent
    just after midnight about a window that ended before it ("С 20.00 до 23.00 мск", sent
    at 00:24) belongs to the day before.
    """
    local = None
    if published_at is not None and published_at.tzinfo is not None:
        local = published_at.astimezone(ZoneInfo(zone))
        published = local.date()
    if published is None:
        return None, "unknown"
    near = [d for d in named_days(text, published) if published - _BEFORE <= d <= published + _AFTER]
    if near:
        return max(near), "day"
    if local is not None:
        times = [int(h) * 60 + int(m) for h, m in _TIME.findall(text[:400])]
        if times and local.hour < 6 and times[-1] > local.hour * 60 + local.minute + 30:
            return published - dt.timedelta(days=1), "day"
    return published, "day"


_TIME = re.compile(r"(?<![\d.:])([01]?\d|2[0-4])[.:]([0-5]\d)(?![\d.:])")
