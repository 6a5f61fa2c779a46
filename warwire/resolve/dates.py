"""Find English date phrases in news text and resolve them against the article's date.

    find_dates(text, published)    every date phrase, with offsets, date, precision, kind
    resolve_phrase(phrase, pub)    (date, precision) for one phrase

Our own compiled patterns find the phrases (dateparser's `search_dates` sees dates
in "We" and "88"); plain datetime arithmetic resolves them, dateparser only for a
phrase given to `resolve_phrase` that no pattern knows.

Conventions, for the extractor and for readers of its output:

- A weekday is the latest such day on or before the article date (the article's own
  weekday is the article's day); "last Friday" is strictly before it.
- "overnight", "last night", "during the night" carry the date of the morning the
  night ended (the spec's rule): the article's date. "overnight into Friday" /
  "overnight and early Friday" / "the night of 28-29 November" take the later day;
  "Tuesday night" is Wednesday's (kind "overnight") unless the article is from that
  Tuesday. "on the night of November 28" keeps the day named, as Ukrainian sources
  mean it (the night into the 28th); "Tuesday evening" is Tuesday.
- ``week`` precision dates are the Monday of the week ("last week" -> Monday of the
  previous week), except a weekend ("over the weekend"), dated by its Saturday;
  ``month`` is the 1st of the month, ``year`` 1 January.
- "a day after"/"two days before" followed by a clause date that clause from the
  neighbouring mention ("Friday's barrage came a day after Russia launched 90
  missiles" -> Thursday); "a day later", "the previous day", "that day" count from
  the mention before them.
  With nothing to count from (a sentence read alone) backward counts start from the
  article date and forward ones ("two days later") stay unknown. Calling `find_dates`
  once on the whole body (then picking mentions by offset) gives them their anchors.
- `future` is set for phrases about what is still to come: "next week", "tomorrow",
  "will meet on Monday" (then resolved forward: the next Monday on or after the
  article date). An extractor of past events should skip those mentions.
- A day or month without a year is the latest one, except within a month ahead of
  the article date in a sentence with no past-tense verb ("the Games that start on
  February 4"), which is the coming one (and `future`). Holidays: the nearest one.
- "29.11.2024" is day first; with slashes the US order wins only when it alone is a
  date or alone falls in the two months before the article ("03/11/2025" on 12 March).
- `since` marks the start of a period running to the article ("since 2014").
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from warwire.resolve.dates_anaphora import resolve_anaphora
from warwire.resolve.dates_rules import FUTURE, NEUTRAL, PAST, Reading, read
from warwire.resolve.dates_scan import scan

KINDS = ("absolute", "weekday", "relative", "overnight")


@dataclass
class DateMention:
    """One date phrase found in a text, with offsets and its resolved date."""

    start: int
    end: int
    text: str
    date: dt.date | None
    precision: str  # "day" | "week" | "month" | "year" | "unknown"
    kind: str  # "absolute" | "weekday" | "relative" | "overnight"
    future: bool = False  # a plan or forecast ("next week", "will meet on Monday")
    # The start of a period that runs up to the article ("since 2014", "since the end of
    # January"): it dates a state of affairs, not an event reported now.
    since: bool = False


# Rules whose reading depends on the tense around the phrase.
_TENSE_MATTERS = frozenset((
    "overnight_weekday", "night_of", "day_month", "month_day", "month_alone", "weekday", "on_the_nth",
    "holiday", "period_rel", "in_future",
))
# Rules whose phrase carries its own year, so they resolve even without an article date.
_SELF_DATED = {"iso", "numeric_dmy", "month_year", "year", "day_month", "month_day"}

# Words before a phrase, in its clause, that put it in the future ("talks will resume on Monday").
# The tense patterns run on the ASCII lower-cased text (non-ASCII characters become "?").
_FUTURE_BEFORE = re.compile(
    r"(?:\b|(?<=[?']))(?:will|shall|won[?']t|ll|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|slated|"
    r"poised|planning|going)\s+to|due\s+to\s+(?:be|take|meet|hold|begin|start|visit|travel|sign|vote|decide)|"
    r"plans?\s+to|intends?\s+to|hopes?\s+to|aims?\s+to|upcoming|scheduled|planned|expects?|expecting|"
    r"(?<!as\s)expected|to\s+be\s+held|to\s+take\s+place)\b"
)
# Not markers, though they look it: "next" ("the next attack came on Friday") and
# "likely" ("Russian forces likely struck on Tuesday", as analysts write).
# A verb in the past tense anywhere in the sentence ("Russia invaded in February").
_PAST_VERB = re.compile(
    r"\b(?:was|were|had|did|said|told|saw|came|began|took|made|went|fell|struck|hit|left|won|lost|shot|"
    r"fought|met|sent|gave|held|led|spoke|broke|drove|ran|flew|[a-z]{2,}ed)\b"
)
_FUTURE_AFTER = re.compile(r"\s*(?:will|is\s+due|are\s+due|is\s+set|are\s+set|is\s+expected|are\s+expected)\b")
# A clause boundary or a reporting verb ends the reach of a future marker ("will, he said on Monday").
_CLAUSE_CUT = re.compile(
    r"[.;:!,\n()]|\?(?=\s)|\b(?:said|says|told|announced|added|according\s+to|reported|when|after|but)\b"
)
_SENTENCE_STOP = re.compile(r"[.;!?](?:\s|$)|\n")
_FALLBACK_SHAPE = re.compile(
    r"\d{1,4}\s*[./-]\s*\d{1,2}|(?i:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*\d)"
    r"|(?i:\d\s*(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
)
_TIME_ONLY = re.compile(r"(?i:(?:at|by|around|about|from|until)\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:a\.?m\.?|p\.?m\.?|h|hrs|hours|gmt|utc|cet|local\s+time)?")
_SINCE_BEFORE = re.compile(r"\b(?i:since)\s+(?:(?i:the)\s+)?$")


def _tense(low: str, start: int, end: int) -> str:
    """FUTURE when the clause before a phrase speaks of the future; PAST when that clause or
    the rest of the sentence has a past-tense verb; else NEUTRAL."""
    left = low[max(0, start - 120):start]
    cut = 0
    for cut_match in _CLAUSE_CUT.finditer(left):
        cut = cut_match.end()
    if _FUTURE_BEFORE.search(left, cut) or _FUTURE_AFTER.match(low, end):
        return FUTURE
    tail = low[end:end + 120]
    stop = _SENTENCE_STOP.search(tail)
    if _PAST_VERB.search(left, cut) or _PAST_VERB.search(tail, 0, stop.start() if stop else len(tail)):
        return PAST
    return NEUTRAL


def _is_since(text: str, start: int, phrase: str) -> bool:
    return phrase[:6].lower() == "since " or bool(_SINCE_BEFORE.search(text, max(0, start - 12), start))


def find_dates(text: str, published: dt.date | None, *, offset: int = 0) -> list[DateMention]:
    """Every date phrase in `text`, resolved against `published`; spans are offsets into text plus `offset`."""
    if isinstance(published, dt.datetime):  # a timestamp would not compare with dates
        published = published.date()
    mentions: list[DateMention] = []
    pending: list[tuple[int, Reading]] = []
    low = ""
    for name, match in scan(text):
        start, end = match.span()
        phrase = match[0]
        if published is not None:
            tense = NEUTRAL
            if name in _TENSE_MATTERS:
                low = low or text.encode("ascii", "replace").lower().decode("ascii")
                tense = _tense(low, start, end)
            reading = read(name, match, published, tense)
        else:
            reading = _read_undated(name, match)
        if reading is None:
            continue
        if reading.anchor:
            pending.append((len(mentions), reading))
        mentions.append(
            DateMention(start, end, phrase, reading.date, reading.precision if reading.date else "unknown",
                        reading.kind, reading.future, since=_is_since(text, start, phrase))
        )
    if pending:
        resolve_anaphora(text, mentions, pending, published)
    if offset:
        for mention in mentions:
            mention.start += offset
            mention.end += offset
    return mentions


def _read_undated(name: str, match: re.Match[str]) -> Reading | None:
    """Without an article date only phrases that carry their own year resolve."""
    year = match.groupdict().get("y") or match.groupdict().get("y2")
    if name not in _SELF_DATED or not year:
        shape = read(name, match, dt.date(2000, 6, 15), PAST)
        return Reading(None, "unknown", shape.kind) if shape else None
    reading = read(name, match, dt.date(int(year), 12, 31), PAST)
    return Reading(reading.date, reading.precision, reading.kind) if reading else None


@lru_cache(maxsize=8192)
def resolve_phrase(phrase: str, published: dt.date) -> tuple[dt.date | None, str]:
    """(date, precision) for one date phrase read against the article date `published`."""
    mentions = [m for m in find_dates(phrase, published) if m.date is not None]
    if mentions:
        best = max(mentions, key=lambda m: m.end - m.start)
        return best.date, best.precision
    return _dateparser_fallback(phrase, published)


def _dateparser_fallback(phrase: str, published: dt.date) -> tuple[dt.date | None, str]:
    """dateparser for phrases no pattern knows (odd formats); never used by find_dates."""
    # dateparser reads "We" as Wednesday and "the 1990s" as today: it only gets phrases
    # with a day number beside a month name or in a numeric date.
    if not _FALLBACK_SHAPE.search(phrase) or _TIME_ONLY.fullmatch(phrase.strip()):
        return None, "unknown"
    from dateparser.date import DateDataParser  # imported late: it costs ~0.3 s to load

    parser = DateDataParser(
        languages=["en"],
        settings={
            "PREFER_DATES_FROM": "current_period",
            "RELATIVE_BASE": dt.datetime.combine(published, dt.time(12)),
            "REQUIRE_PARTS": [],
        },
    )
    data = parser.get_date_data(phrase)
    if data.date_obj is None or data.period == "time":
        return None, "unknown"
    period = data.period or "day"
    precision = period if period in ("day", "week", "month", "year") else "day"
    return data.date_obj.date(), precision
