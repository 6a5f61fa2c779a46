"""Raw article text -> Article: headline lines, the date line, the body, its dateline and language.

The plain-text layout warwire reads is the one of the evaluation corpus:

    Headline line(s)
    Saturday, 30 November 2024        <- the date line (many spellings, optional time)
                                      <- blank line(s)
    Body ...

Text with no date line near its top is a bare body. The body is a slice of the
text and is never rewritten afterwards: event evidence points into it by offset.
"""
from __future__ import annotations

import datetime as dt
import re

from warwire.errors import InputError
from warwire.models import Article
from warwire.parse.dateline import find_dateline

NO_HEADLINE = "[headline not preserved in source dataset]"
HEADER_LINES = 6  # a date line further down than this is part of the body, not a header
MAX_HEADLINE_CHARS = 400
# Far beyond any news report (about 150,000 words): longer text is a book, a dump or an attack on the extractor.
MAX_BODY_CHARS = 1_000_000

_MONTH_NUMBERS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_WEEKDAY = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?"
_MONTH = r"(?P<month>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\.?"
_CLOCK = (
    r"(?P<hour>\d{1,2})[:.](?P<minute>\d{2})(?::(?P<second>\d{2}))?(?:\.\d+)?"
    r"\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?\s*(?P<tz>Z|UTC|GMT|[A-Z]{2,4}T?|[+-]\d{2}:?\d{2})?"
)
_TIME = rf"(?:,?\s*(?:at\s+|T)?{_CLOCK})?"
_PREFIX = r"(?:(?:Published|Updated|Posted|Last updated)(?:\s+on)?:?\s+)?"
_DATE_FORMS = [
    re.compile(rf"{_PREFIX}(?P<year>\d{{4}})-(?P<mon>\d{{2}})-(?P<day>\d{{2}}){_TIME}", re.I),
    re.compile(rf"{_PREFIX}{_WEEKDAY}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MONTH},?\s+(?P<year>\d{{4}}){_TIME}", re.I),
    re.compile(rf"{_PREFIX}{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}}){_TIME}", re.I),
    re.compile(rf"{_PREFIX}(?P<day>\d{{1,2}})\.(?P<mon>\d{{1,2}})\.(?P<year>\d{{4}}){_TIME}", re.I),
    # AP's "Updated 10:22 AM EST, November 30, 2024": the time comes first.
    re.compile(rf"{_PREFIX}{_CLOCK},?\s+{_WEEKDAY}{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})", re.I),
]


# "26/08/2024", "24/02/2024 - 19:05": day first, as most of the world writes it, unless only the US order is a date.
_SLASHED = re.compile(rf"{_PREFIX}(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<year>\d{{4}})(?:\s*[-–|,]?\s*{_CLOCK})?", re.I)


def parse_date_text(value: str) -> tuple[dt.date, dt.datetime | None] | None:
    """A whole string read as a publication date (and time, when one is given), or None."""
    value = value.strip().rstrip(".")
    slashed = _SLASHED.fullmatch(value)
    if slashed:
        a, b, year = int(slashed["a"]), int(slashed["b"]), int(slashed["year"])
        day_first = a > 12 or b <= 12
        try:
            day = dt.date(year, b, a) if day_first else dt.date(year, a, b)
        except ValueError:
            return None
        return day, _time_of(day, slashed.groupdict())
    for form in _DATE_FORMS:
        m = form.fullmatch(value)
        if not m:
            continue
        parts = m.groupdict()
        month = int(parts["mon"]) if parts.get("mon") else _MONTH_NUMBERS.get(parts["month"][:3].lower())
        if month is None:
            return None
        try:
            day = dt.date(int(parts["year"]), month, int(parts["day"]))
        except ValueError:
            return None
        return day, _time_of(day, parts)
    return None


def _time_of(day: dt.date, parts: dict[str, str | None]) -> dt.datetime | None:
    if parts.get("hour") is None:
        return None
    hour, minute, second = int(parts["hour"] or 0), int(parts["minute"] or 0), int(parts["second"] or 0)
    ampm = (parts.get("ampm") or "").lower().replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    tz = parts.get("tz")
    tzinfo: dt.tzinfo | None = None
    if tz in ("Z", "UTC", "GMT"):
        tzinfo = dt.UTC
    elif tz and tz[0] in "+-":
        digits = tz[1:].replace(":", "")
        offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        tzinfo = dt.timezone(offset if tz[0] == "+" else -offset)
    try:
        return dt.datetime(day.year, day.month, day.day, hour, minute, second, tzinfo=tzinfo)
    except ValueError:
        return None


def detect_language(body: str) -> str:
    """The body's language code, through `warwire.parse.language` when it is installed, else `en`."""
    try:
        from warwire.parse.language import detect_language as detect
    except ImportError:
        return "en"
    return detect(body) or "en"


def build_article(
    source: str,
    body: str,
    *,
    title: str | None = None,
    headlines: list[str] | None = None,
    url: str | None = None,
    published: dt.date | None = None,
    published_at: dt.datetime | None = None,
    language: str | None = None,
) -> Article:
    """An Article around a finished body: reads its wire dateline and language."""
    if len(body) > MAX_BODY_CHARS:
        raise InputError(
            f"{source}: {len(body) / 1e6:.1f} million characters of text is over the "
            f"{MAX_BODY_CHARS / 1e6:g} million limit for one article; split it into articles, "
            "or pass JSON lines (.jsonl, one article per line)"
        )
    line = find_dateline(body)
    return Article(
        source=source,
        body=body,
        title=title,
        headlines=list(headlines or ([title] if title else [])),
        url=url,
        published=published if published is not None else (published_at.date() if published_at else None),
        published_at=published_at,
        dateline=line.place if line else None,
        dateline_place=line.city if line else None,
        agency=line.agency if line else None,
        language=language or detect_language(body),
    )


def parse_text_article(text: str, source: str, *, published: dt.date | None = None) -> Article:
    """A plain-text article in the corpus layout, or a bare body when it has no header."""
    start, headlines, day, at = _find_header(text) or (0, [], None, None)
    body = text[start:]
    # Leading blank lines and trailing whitespace are layout, not body: slicing keeps offsets honest.
    lead = len(body) - len(body.lstrip("\r\n"))
    body = body[lead:].rstrip()
    kept = [h for h in headlines if h != NO_HEADLINE]
    return build_article(
        source,
        body,
        title=kept[0] if kept else None,
        headlines=kept,
        published=day or published,
        published_at=at,
    )


def _find_header(text: str) -> tuple[int, list[str], dt.date | None, dt.datetime | None] | None:
    """Where the body starts, the headline lines and the date, when a date line opens the text."""
    offset = 0
    lines: list[str] = []
    for raw in text.split("\n", HEADER_LINES)[:HEADER_LINES]:
        line = raw.strip()
        parsed = parse_date_text(line) if 0 < len(line) <= 80 else None
        if parsed:
            if any(len(h) > MAX_HEADLINE_CHARS for h in lines):
                return None
            return offset + len(raw) + 1, lines, parsed[0], parsed[1]
        if line:
            lines.append(line)
        elif lines:
            return None  # a blank line before any date line: there is no header
        offset += len(raw) + 1
    return None
