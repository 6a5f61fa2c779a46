"""Calendar arithmetic for resolving date phrases: plain datetime, no parsing.

Conventions (shared by every date rule in warwire):

- a date with precision ``week`` is the Monday of the week meant ("last week" ->
  Monday of the previous ISO week), except a weekend, which is its Saturday;
- ``month`` precision is the first day of the month, ``year`` precision 1 January.
"""
from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from warwire.errors import ConfigError

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
# Abbreviations map through their first three letters ("sept" -> "sep").
MONTH_BY_PREFIX = {name[:3]: number for name, number in MONTHS.items()}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "a couple of": 2, "a few": 3, "several": 3,
}
HOLIDAYS_FILE = Path(__file__).resolve().parents[1] / "data" / "dates_holidays.tsv"


def weekday_number(name: str) -> int:
    """Monday=0 ... Sunday=6 for an English weekday name (any case)."""
    return WEEKDAYS.index(name.lower())


def month_number(name: str) -> int:
    """1-12 for an English month name or abbreviation ("Sept.", "NOV")."""
    return MONTH_BY_PREFIX[name.lower().rstrip(".")[:3]]


def count_word(word: str) -> int:
    """Integer for a digit string or an English count word ("a", "two", "a couple of")."""
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else NUMBER_WORDS[word]


def weekday_on_or_before(ref: dt.date, weekday: int) -> dt.date:
    """The most recent date with this weekday on or before `ref` (ref itself if it matches)."""
    return ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)


def weekday_before(ref: dt.date, weekday: int) -> dt.date:
    """The most recent date with this weekday strictly before `ref` ("last Friday")."""
    return ref - dt.timedelta(days=(ref.weekday() - weekday - 1) % 7 + 1)


def weekday_on_or_after(ref: dt.date, weekday: int) -> dt.date:
    """The next date with this weekday on or after `ref` (a planned "on Monday")."""
    return ref + dt.timedelta(days=(weekday - ref.weekday()) % 7)


def week_start(day: dt.date) -> dt.date:
    """Monday of the ISO week holding `day`."""
    return day - dt.timedelta(days=day.weekday())


def weekend_on_or_before(ref: dt.date) -> dt.date:
    """Saturday of the latest weekend that began on or before `ref`."""
    return weekday_on_or_before(ref, 5)


def add_months(day: dt.date, months: int) -> dt.date:
    """First day of the month `months` away from `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """dt.date or None when the triple is not a calendar day (31 June, 29 Feb 2023)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def infer_year(month: int, day: int, ref: dt.date, *, forward: bool, slack_days: int = 2) -> dt.date | None:
    """The occurrence of day-month nearest `ref` in the stated direction.

    A past reading takes this year's date unless it falls more than `slack_days` after
    `ref` (two by default: articles are often dated a day after their dateline); a
    forward reading takes the first occurrence on or after `ref`.
    """
    for year in ((ref.year, ref.year + 1) if forward else (ref.year, ref.year - 1)):
        candidate = safe_date(year, month, day)
        if candidate is None:
            continue
        if forward and candidate >= ref:
            return candidate
        if not forward and candidate <= ref + dt.timedelta(days=slack_days):
            return candidate
    return None


def month_occurrence(month: int, ref: dt.date, *, forward: bool) -> dt.date:
    """First day of the named month: the latest one begun by `ref`, or the next one if forward."""
    candidate = dt.date(ref.year, month, 1)
    if forward:
        return candidate if month >= ref.month else dt.date(ref.year + 1, month, 1)
    return candidate if candidate <= ref else dt.date(ref.year - 1, month, 1)


@dataclass(frozen=True)
class Holiday:
    """A named day: fixed month-day, or a computed one (``easter``, ``orthodox_easter``)."""

    name: str
    month: int | None
    day: int | None
    rule: str | None
    needs_preposition: bool

    def on(self, year: int) -> dt.date:
        """The holiday's date in `year`."""
        if self.rule == "easter":
            return easter(year, EASTER_WESTERN)
        if self.rule == "orthodox_easter":
            return easter(year, EASTER_ORTHODOX)
        assert self.month is not None and self.day is not None
        return dt.date(year, self.month, self.day)

    def nearest(self, ref: dt.date) -> dt.date:
        """The occurrence closest to `ref` (a Christmas truce mentioned on 22 December is upcoming)."""
        options = [self.on(ref.year + k) for k in (-1, 0, 1)]
        return min(options, key=lambda d: (abs((d - ref).days), d > ref))


@lru_cache(maxsize=1)
def holidays() -> dict[str, Holiday]:
    """Holidays from data/dates_holidays.tsv keyed by lower-case name."""
    table: dict[str, Holiday] = {}
    try:
        with HOLIDAYS_FILE.open(encoding="utf-8") as handle:
            rows = [r for r in csv.reader(handle, delimiter="\t") if r and not r[0].startswith("#")]
    except OSError as exc:
        raise ConfigError(f"{HOLIDAYS_FILE}: cannot read the holiday list ({exc}); reinstall warwire") from exc
    for number, row in enumerate(rows[1:], start=2):
        if len(row) != 3:
            raise ConfigError(
                f"{HOLIDAYS_FILE}: row {number} has {len(row)} columns, expected name, date, needs_preposition"
            )
        name, when, needs = row
        month = day = None
        rule = None
        if "-" in when:
            month, day = (int(x) for x in when.split("-"))
        else:
            rule = when
        table[name.lower()] = Holiday(name, month, day, rule, needs.strip() == "yes")
    return table
