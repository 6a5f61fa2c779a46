"""One rule per pattern of dates_patterns.py: a found phrase -> its date, by datetime arithmetic.

Every rule takes the regex match, the reference date (the article's date) and the
tense of the sentence around the phrase (FUTURE: "will meet on Monday"; PAST: a verb
in the past tense; NEUTRAL: neither), and returns a `Reading`, or None when the
phrase turns out not to be a date ("the week").
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from warwire.resolve import dates_calendar as cal
from warwire.resolve.dates_patterns import PATTERNS


@dataclass(frozen=True)
class Reading:
    """What one phrase says on its own: a date, or a shift from a neighbouring mention."""

    date: dt.date | None
    precision: str
    kind: str
    future: bool = False
    # Anaphora ("a day later", "the previous day", "a year earlier") are dated from
    # another mention: `anchor` says which ("prev": the one before; "clause": see
    # dates.py) and `shift` how many units of `precision` (day, month, year) to add.
    anchor: str | None = None
    shift: int = 0


FUTURE, PAST, NEUTRAL = "future", "past", "neutral"
# Without a past-tense verb, a day or month this close ahead of the article date is
# more likely upcoming ("the Games that start on February 4") than a year old.
NEAR_FUTURE_DAYS = 31
HOLIDAY_AHEAD_DAYS = 14
Rule = Callable[[re.Match[str], dt.date, str], "Reading | None"]
_LAST_WORDS = {"last", "this past", "past"}  # "last Friday": strictly before the article day
_NEXT_WORDS = {"next", "this coming", "coming"}
_SINCE_WORDS = {"since", "after", "from"}  # never read forward, whatever the tense


def _norm(word: str | None) -> str:
    return " ".join(word.lower().split()) if word else ""


def _day_month(m: re.Match[str], ref: dt.date, tense: str, *, day_group: str = "d") -> Reading | None:
    month = cal.month_number(m["m"])
    day = int(re.sub(r"\D", "", m[day_group]))
    if m["y"]:
        date = cal.safe_date(int(m["y"]), month, day)
    elif m["wd"]:
        date = _year_by_weekday(month, day, cal.weekday_number(m["wd"]), ref)
    else:
        date = _infer_year(month, day, ref, tense)
    if date is None:
        return None
    return Reading(date, "day", "absolute", future=date > ref)


def _year_by_weekday(month: int, day: int, weekday: int, ref: dt.date) -> dt.date | None:
    """"Friday 29 November" with no year: the nearby year in which that day is a Friday."""
    options = [d for y in (ref.year, ref.year - 1, ref.year + 1) if (d := cal.safe_date(y, month, day))]
    fitting = [d for d in options if d.weekday() == weekday] or options
    return min(fitting, key=lambda d: abs((d - ref).days)) if fitting else None


def _infer_year(month: int, day: int, ref: dt.date, tense: str) -> dt.date | None:
    slack = NEAR_FUTURE_DAYS if tense == NEUTRAL else 2
    return cal.infer_year(month, day, ref, forward=tense == FUTURE, slack_days=slack)


def iso(m: re.Match[str], ref: dt.date, tense: str) -> Reading | None:
    date = cal.safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return Reading(date, "day", "absolute", future=date > ref) if date else None


def numeric_dmy(m: re.Match[str], ref: dt.date, tense: str) -> Reading | None:
    a, b, year_ = int(m["a"]), int(m["b"]), int(m["y"])
    options = [d for d in (cal.safe_date(year_, b, a), cal.safe_date(year_, a, b)) if d]
    if not options:
        return None
    # Day first (European, Ukrainian; always with dots) unless only the US order makes a
    # date, or, with slashes, only the US reading falls in the weeks before the article.
    date = options[0]
    if m["sep"] == "/" and len(options) == 2:
        recent = [d for d in options if ref - dt.timedelta(days=60) <= d <= ref + dt.timedelta(days=2)]
        if len(recent) == 1:
            date = recent[0]
    return Reading(date, "day", "absolute", future=date > ref)


def day_month(m: re.Match[str], ref: dt.date, tense: str) -> Reading | None:
    # A range "28-29 November" is dated by its first day.
    return _day_month(m, ref, tense, day_group="d0" if m["d0"] else "d")


def month_day(m: re.Match[str], ref: dt.date, tense: str) -> Reading | None:
    return _day_month(m, ref, tense)


def month_year(m: re.Match[str], ref: dt.date, tense: str) -> Reading | None:
    date = dt.date(int(m["y"]), cal.month_number(m["m"]), 1)
    return Reading(date, "month", "absolute", future=date > ref)


def month_alone(m: re.Match[str], ref: dt.date, tense: str) -> Reading | None:
    prep, month = _norm(m["prep"]), cal.month_number(m["m"])
    yrel = _norm(m["yrel"])
    if yrel:  # "in February last year"
        date = dt.date(ref.year + {"last": -1, "this": 0, "next": 1}[yrel], month, 1)
        return Reading(date, "month", "absolute", future=date > ref)
    upcoming = cal.add_months(ref, 1)
    ahead = (
        tense == FUTURE
        or prep in {"next", "coming", "later this"}
        or (tense == NEUTRAL and prep != "last" and month == upcoming.month)
    )
    date = cal.month_occurrence(month, ref, forward=ahead)
    if prep == "last" and date.month == ref.month and date.year == ref.year:
        date = date.replace(year=date.year - 1)
    return Reading(date, "month", "absolute", future=ahead or date > ref)


def year(m: re.Match[str], ref: dt.date, tense: str) -> Reading | None:
    date = dt.date(int(m["y"] or m["y2"]), 1, 1)
    return Reading(date, "year", "absolute", future=date.year > ref.year)


def weekday(m: re.Match[str], ref: dt.date, tense: str) -> Reading | None:
    pre, wd = _norm(m["pre"]), cal.weekday_number(m["wd"])
    if m["week"]:  # "Friday last week", "on Monday of next week"
        step = {"last": -1, "this": 0, "next": 1}[_norm(m["week"])]
        date = cal.week_start(ref) + dt.timedelta(days=7 * step + wd)
        return Reading(date, "day", "weekday", future=date > ref)
    if pre in _LAST_WORDS:
        date = cal.weekday_before(ref, wd)
    elif pre in _NEXT_WORDS:
        date = cal.weekday_on_or_after(ref + dt.timedelta(days=1), wd)
        return Reading(date, "day", "weekday", future=True)
    elif tense == FUTURE and pre not in _SINCE_WORDS:
        return Reading(cal.weekday_on_or_after(ref, wd), "day", "weekday", future=True)
    else:
        date = cal.weekday_on_or_before(ref, wd)
    if _norm(m["part"]) in {"night", "overnight"} and date < ref:
        # An overnight attack carries the date of the morning it ended: "Tuesday night" in a
        # report from Wednesday or later is Wednesday's (one from Tuesday itself keeps Tuesday).
        return Reading(date + dt.timedelta(days=1), "day", "overnight")
    return Reading(date, "day", "weekday")


def on_the_nth(m: re.Match[str], ref: dt.date, tense: str) -> Reading | None:
    day = int(re.sub(r"\D", "", m["d"]))
    if tense == FUTURE:
        date = cal.safe_date(ref.year, ref.month, day) if day >= ref.day else None
        date = date or cal.safe_date(cal.add_months(ref, 1).year, cal.add_months(ref, 1).month, day)
    else:
        date = cal.safe_date(ref.year, ref.month, day) if day <= ref.day + 2 else None
        date = date or cal.safe_date(cal.add_months(ref, -1).year, cal.add_months(ref, -1).month, day)
    return Reading(date, "day", "absolute", future=bool(date and date > ref)) if date else None


def holiday(m: re.Match[str], ref: dt.date, tense: str) -> Reading | None:
    name = _norm((m["hol"] or m["holb"]).replace("’", "'"))
    day = cal.holidays()[name]
    if m["y"]:
        date = day.on(int(m["y"]))
    elif tense == FUTURE:
        date = min(d for d in (day.on(ref.year), day.on(ref.year + 1)) if d >= ref)
    else:
        # A Christmas truce mentioned on 22 December is the coming one, whatever the tense;
        # otherwise a past sentence means the latest one, a neutral one the nearest.
        date = day.nearest(ref)
        if tense == PAST and date > ref + dt.timedelta(days=HOLIDAY_AHEAD_DAYS):
            date = max(d for d in (day.on(ref.year - 1), day.on(ref.year)) if d <= ref + dt.timedelta(days=1))
    return Reading(date, "day", "absolute", future=date > ref)


_DAY_SHIFTS = {
    "the day before yesterday": -2, "yesterday": -1, "tomorrow": 1, "the day after tomorrow": 2,
}


def day_rel(m: re.Match[str], ref: dt.date, tense: str) -> Reading | None:
    shift = _DAY_SHIFTS.get(_norm(m[0]), 0)
    return Reading(ref + dt.timedelta(days=shift), "day", "relative", future=shift > 0)


def overnight(m: re.Match[str], ref: dt.date, tense: str) -> Reading | None:
    # An overnight attack carries the date of the morning it ended: the article's day.
    return Reading(ref, "day", "overnight")


def overnight_weekday(m: re.Match[str], ref: dt.date, tense: str) -> Reading | None:
    wd = cal.weekday_number(m["wd"] or m["wd3"] or m["wd4"] or m["wd5"])
    date = cal.weekday_on_or_after(ref, wd) if tense == FUTURE else cal.weekday_on_or_before(ref, wd)
    return Reading(date, "day", "overnight", future=date > ref)


def night_of(m: re.Match[str], ref: dt.date, tense: str) -> Reading | None:
    named = m["wd"] or m["wd2"]
    if named:
        wd = cal.weekday_number(named)
        night = cal.weekday_on_or_after(ref, wd) if tense == FUTURE else cal.weekday_on_or_before(ref, wd)
        return Reading(night, "day", "overnight", future=night > ref)
    # "the night of 28-29 November" ends on the 29th; a single day is taken as written.
    month_name, day = next((m[a], m[b]) for a, b in (("m", "d"), ("m2", "e"), ("m3", "d3"), ("m4", "d4")) if m[a])
    if m["m4"] and m["d6"]:
        day = m["d6"]  # "overnight on October 29 to 30" ends on the 30th
    date = _infer_year(cal.month_number(month_name), int(re.sub(r"\D", "", day)), ref, tense)
    return Reading(date, "day", "overnight", future=date > ref) if date else None


_BACK_WORDS = {"last", "this past", "the past", "past", "the previous"}
_AHEAD_WORDS = {"next", "the coming", "coming", "the next", "later this"}
_THIS_WORDS = {
    "this", "earlier this", "early this", "late this", "later this", "earlier in the", "later in the",
    "early in the", "at the start of the", "at the beginning of the",
}


def period_rel(m: re.Match[str], ref: dt.date, tense: str) -> Reading | None:
    rel, unit = _norm(m["rel"]), _norm(m["unit"])
    if unit == "weekend":
        return _weekend(rel, ref, tense)
    if rel not in _BACK_WORDS | _AHEAD_WORDS | _THIS_WORDS:
        return None  # "the week", "over the month": not a date
    step = -1 if rel in _BACK_WORDS else 1 if rel in _AHEAD_WORDS - _THIS_WORDS else 0
    future = rel in _AHEAD_WORDS
    if unit == "week":
        date = cal.week_start(ref) + dt.timedelta(days=7 * step)
    elif unit == "month":
        date = cal.add_months(ref, step)
    else:
        date = dt.date(ref.year + step, 1, 1)
    return Reading(date, unit, "relative", future=future)


def _weekend(rel: str, ref: dt.date, tense: str) -> Reading | None:
    in_weekend = ref.weekday() >= 5
    latest = cal.weekend_on_or_before(ref)
    if rel in _BACK_WORDS:
        date = latest - dt.timedelta(days=7) if in_weekend and rel == "last" else latest
        return Reading(date, "week", "relative")
    if rel in {"next", "the coming", "coming", "the next"}:
        return Reading(latest + dt.timedelta(days=7), "week", "relative", future=True)
    if rel == "this" or tense == FUTURE:
        if in_weekend:
            return Reading(latest, "week", "relative")
        return Reading(latest + dt.timedelta(days=7), "week", "relative", future=True)
    return Reading(latest, "week", "relative")  # "over the weekend", "at the weekend"


def ago(m: re.Match[str], ref: dt.date, tense: str) -> Reading | None:
    n, unit = cal.count_word(m["n"]), _norm(m["unit"])
    if unit == "day":
        return Reading(ref - dt.timedelta(days=n), "day", "relative")
    if unit == "week":
        return Reading(cal.week_start(ref - dt.timedelta(days=7 * n)), "week", "relative")
    if unit == "month":
        return Reading(cal.add_months(ref, -n), "month", "relative")
    return Reading(dt.date(ref.year - n, 1, 1), "year", "relative")


def in_future(m: re.Match[str], ref: dt.date, tense: str) -> Reading | None:
    if tense != FUTURE:
        return None  # "they lost 20,000 in 10 years": a span of time, not a date
    n, unit = cal.count_word(m["n"]), _norm(m["unit"])
    if unit == "day":
        return Reading(ref + dt.timedelta(days=n), "day", "relative", future=True)
    if unit == "week":
        return Reading(cal.week_start(ref + dt.timedelta(days=7 * n)), "week", "relative", future=True)
    if unit == "month":
        return Reading(cal.add_months(ref, n), "month", "relative", future=True)
    return Reading(dt.date(ref.year + n, 1, 1), "year", "relative", future=True)


def anaphora(m: re.Match[str], ref: dt.date, tense: str) -> Reading | None:
    if m["n"]:
        unit = _norm(m["unit"])
        count = cal.count_word(m["n"]) * (7 if unit == "week" else 1)
        unit = "day" if unit == "week" else unit
        direction = _norm(m["dir"])
        if direction in {"after", "before", "prior"}:
            # "X came a day after Y": this phrase dates Y, one day before X (see dates.py).
            sign = -1 if direction == "after" else 1
            return Reading(None, unit, "relative", anchor="clause", shift=sign * count)
        return Reading(None, unit, "relative", anchor="prev", shift=count if direction == "later" else -count)
    if m["prev"]:
        return Reading(None, "day", "relative", anchor="prev", shift=-1)
    if m["next"]:
        return Reading(None, "day", "relative", anchor="prev", shift=1)
    if m["dir2"]:
        return Reading(None, "day", "relative", anchor="prev", shift=-1 if _norm(m["dir2"]) == "before" else 1)
    return Reading(None, "day", "relative", anchor="prev", shift=0)


RULES: dict[str, Rule] = {
    "overnight_weekday": overnight_weekday, "night_of": night_of, "overnight": overnight, "iso": iso,
    "numeric_dmy": numeric_dmy, "day_month": day_month, "month_day": month_day, "month_year": month_year,
    "month_alone": month_alone, "year": year, "weekday": weekday, "on_the_nth": on_the_nth,
    "holiday": holiday, "day_rel": day_rel, "period_rel": period_rel, "ago": ago,
    "in_future": in_future, "anaphora": anaphora,
}
assert RULES.keys() == PATTERNS.keys(), "every date pattern needs a rule"


_CACHE: dict[tuple[str, str, dt.date, str], Reading | None] = {}
_CACHE_LIMIT = 10_000  # a day's phrases: readings depend on the reference day, so older ones rarely come back


def read(rule: str, match: re.Match[str], ref: dt.date, tense: str) -> Reading | None:
    """The reading of a phrase found by pattern `rule`, against reference date `ref`.

    Cached on the phrase text: the same words on the same day read the same way.
    """
    key = (rule, match[0], ref, tense)
    try:
        return _CACHE[key]
    except KeyError:
        pass
    if len(_CACHE) >= _CACHE_LIMIT:
        _CACHE.clear()
    reading = _CACHE[key] = RULES[rule](match, ref, tense)
    return reading
