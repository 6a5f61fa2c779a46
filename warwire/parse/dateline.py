"""Wire datelines at the start of a body: `KYIV, Nov 17 (Reuters) -` -> place, day, agency."""
from __future__ import annotations

import re
from dataclasses import dataclass

# Agencies and broadcasters that sign a dateline without parentheses ("Moscow CNN —");
# inside parentheses any short capitalised name counts, so this list only guards the bare form.
BARE_AGENCIES = ("CNN", "AFP", "AP", "Reuters", "BBC", "UPI", "dpa", "Xinhua", "TASS", "Interfax", "Ukrinform")

_MONTHS = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
_DASH = r"(?:-{1,2}|–|—|:)"
# A place as wire services write it: an upper-case city (or several: "KYIV/MOSCOW"), then ", Region" parts.
_CAPS_CITY = r"[A-Z][A-Z'’.\-]*(?:[\s/]+[A-Z][A-Z'’.\-]*){0,4}"
_REGION = r"[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,3}"
_ANY_CITY = r"[A-Z][\w'’.\-]*(?:[\s/]+[A-Z][\w'’.\-]*){0,3}"
_DAY = (rf"(?:(?P<month>{_MONTHS})\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<month2>{_MONTHS}))"
        r"(?:,?\s+\d{4})?")
_PLACE = rf"(?P<place>{_ANY_CITY}(?:,\s*{_REGION})*?)(?:,\s*{_DAY})?"

# SIEM REAP, Cambodia, Nov 29 (AFP):   KYIV, Nov 17 (Reuters) -   CAPRI, Italy (AP) —   (CNN) —
_PAREN = re.compile(rf"(?:{_PLACE}\s*)?\((?P<agency>[A-Za-z][A-Za-z/&.\- ]{{0,30}}?)\)\s*{_DASH}\s*")
# Moscow CNN —   CNN —
_BARE = re.compile(rf"(?:{_PLACE}\s+)?(?P<agency>{'|'.join(BARE_AGENCIES)})\s*{_DASH}\s*")
# KYIV, Ukraine —   (no agency: only an all-caps city is trusted as a dateline)
_CAPS = re.compile(
    rf"(?P<place>{_CAPS_CITY}(?:,\s*{_REGION})*?)(?:,\s*{_DAY})?\s*(?:–|—|-{{1,2}})\s+"
)
_BYLINE = re.compile(r"(?:By|BY|From)\s+[^\n]{1,80}$")


@dataclass
class Dateline:
    """A wire dateline: the place as written, its city, the agency, and the day it names."""

    text: str
    place: str | None
    city: str | None
    agency: str | None
    month: str | None = None
    day: int | None = None


def city_name(place: str) -> str:
    """The city of a dateline place, in normal case: `SIEM REAP, Cambodia` -> `Siem Reap`."""
    city = place.split(",")[0].split("/")[0].strip()
    if city.isupper():
        city = re.sub(r"[A-Z]+", lambda m: m[0].capitalize(), city)
    return city


def find_dateline(body: str) -> Dateline | None:
    """The dateline opening `body` (after a byline, if one comes first), or None."""
    lines = [ln.strip() for ln in body.lstrip().split("\n", 3)[:3] if ln.strip()]
    if len(lines) > 1 and _BYLINE.match(lines[0]):
        lines = lines[1:]
    return _match(lines[0][:200]) if lines else None


def _match(line: str) -> Dateline | None:
    for pattern in (_PAREN, _BARE, _CAPS):
        m = pattern.match(line)
        if not m:
            continue
        place = (m.group("place") or "").strip().rstrip(",") or None
        if pattern is _CAPS and (place is None or not place.split(",")[0].isupper() or len(place) < 3):
            continue
        day = m.group("day") or m.group("day2")
        return Dateline(
            text=m.group(0).strip(),
            place=place,
            city=city_name(place) if place else None,
            agency=m.groupdict().get("agency"),
            month=m.group("month") or m.group("month2"),
            day=int(day) if day else None,
        )
    return None
