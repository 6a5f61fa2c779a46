"""Anaphoric date phrases ("a day later", "the previous day", "a day after <clause>",
"a year earlier"): dated from the mentions around them rather than from the article date.
"""
from __future__ import annotations

import bisect
import datetime as dt
import re
from typing import TYPE_CHECKING

from warwire.resolve import dates_calendar as cal
from warwire.resolve.dates_rules import Reading

if TYPE_CHECKING:
    from warwire.resolve.dates import DateMention

_SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+(?=[\"“(]?[A-Z])|\n")
_APPOSITION = re.compile(r"\s*,\s*")
_JOIN_GAP = re.compile(r"\s*(?i:the\s+|its\s+|their\s+|a\s+|an\s+)?")


def resolve_anaphora(
    text: str, mentions: list[DateMention], pending: list[tuple[int, Reading]], published: dt.date | None
) -> None:
    """Date "a day later", "the previous day", "a day after <clause>" (mentions[i] for each
    (i, reading) in `pending`) from the mentions around them, in place."""
    bounds = [m.end() for m in _SENTENCE_END.finditer(text)]
    for i, reading in pending:
        me = mentions[i]
        anchor, shift = _anchor(text, mentions, i, reading, bounds)
        if anchor is not None and anchor.date is not None:
            base, precision = anchor.date, anchor.precision
        elif published is not None and (reading.anchor == "clause" or shift <= 0):
            # Nothing to count from (a sentence read alone): news counts back from its own day.
            base, precision = published, "day"
        else:
            continue  # "two days later" with nothing before it: unknown
        me.date, me.precision = _shifted(base, precision, shift, reading.precision)


# Which anchor precisions an anaphor of each unit may count from.
_FINE_ENOUGH = {"day": ("day",), "month": ("day", "month"), "year": ("day", "month", "year")}
_COARSENESS = ("day", "week", "month", "year")


def _shifted(base: dt.date, precision: str, shift: int, unit: str) -> tuple[dt.date, str]:
    """`base` moved by `shift` units, at the coarser of the anchor's precision and the unit."""
    if unit == "day":
        return base + dt.timedelta(days=shift), precision
    months = shift if unit == "month" else 12 * shift
    moved = cal.add_months(base, months)
    # "a year earlier" than a day is that month a year before, not the whole year.
    coarser = max(precision, "month", key=_COARSENESS.index)
    return (moved if coarser == "month" else moved.replace(month=1)), coarser


def _anchor(
    text: str, mentions: list[DateMention], i: int, reading: Reading, bounds: list[int]
) -> tuple[DateMention | None, int]:
    """The mention an anaphor counts from, and the shift to apply to it."""
    me, shift = mentions[i], reading.shift
    fine_enough = _FINE_ENOUGH[reading.precision]

    def usable(j: int) -> bool:
        # Counting days from a month or a year ("the same day" after "last year") means nothing.
        return 0 <= j < len(mentions) and mentions[j].precision in fine_enough and not mentions[j].future

    def sentence(pos: int) -> int:
        return bisect.bisect_right(bounds, pos)

    if reading.anchor == "prev" and usable(i - 1) and _APPOSITION.fullmatch(text, mentions[i - 1].end, me.start):
        # "On Feb. 16, the day before the talks": the phrase restates the date before it.
        return mentions[i - 1], 0
    if usable(i + 1) and _JOIN_GAP.fullmatch(text, me.end, mentions[i + 1].start):
        # "a day after Friday's barrage", "the day before Christmas": counted from what follows.
        return mentions[i + 1], (-shift if reading.anchor == "clause" else shift)
    here = sentence(me.start)
    before = [j for j in range(i - 1, -1, -1) if usable(j)]
    same = [j for j in before if sentence(mentions[j].start) == here]
    if reading.anchor == "clause" and not same:
        # "A day after Russia launched 90 missiles, it fired 132 drones overnight."
        after = [j for j in range(i + 1, len(mentions)) if usable(j) and sentence(mentions[j].start) == here]
        if after:
            return mentions[after[0]], shift
    choice = same[0] if same else before[0] if before else None
    return (mentions[choice] if choice is not None else None), shift
