"""Properties of date resolution that hold for every article date (Hypothesis)."""
from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from warwire.resolve.dates import find_dates, resolve_phrase
from warwire.resolve.dates_calendar import MONTHS, WEEKDAYS

dates = st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2090, 12, 31))
weekdays = st.sampled_from(WEEKDAYS)
month_names = st.sampled_from(sorted(MONTHS, key=MONTHS.__getitem__))
FAST = settings(max_examples=150, deadline=None)


@FAST
@given(published=dates, weekday=weekdays, prefix=st.sampled_from(["on ", "", "early ", "late on "]))
def test_a_weekday_is_within_the_week_before_publication(published: dt.date, weekday: str, prefix: str) -> None:
    text = f"Officials said air defences were active {prefix}{weekday.capitalize()}."
    (mention,) = find_dates(text, published)
    assert mention.date is not None
    assert 0 <= (published - mention.date).days <= 6
    assert mention.date.strftime("%A").lower() == weekday
    assert (mention.kind, mention.precision, mention.future) == ("weekday", "day", False)


@FAST
@given(published=dates, weekday=weekdays)
def test_last_weekday_is_strictly_before_publication(published: dt.date, weekday: str) -> None:
    date, precision = resolve_phrase(f"last {weekday.capitalize()}", published)
    assert date is not None and 1 <= (published - date).days <= 7 and precision == "day"
    assert date.strftime("%A").lower() == weekday


@FAST
@given(published=dates, weekday=weekdays)
def test_a_planned_weekday_is_within_the_week_after(published: dt.date, weekday: str) -> None:
    (mention,) = find_dates(f"The ministers will meet on {weekday.capitalize()}.", published)
    assert mention.future and mention.date is not None
    assert 0 <= (mention.date - published).days <= 6


@FAST
@given(day=st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2090, 12, 31)),
       style=st.sampled_from(["{d} {B} {Y}", "{B} {d}, {Y}", "{b} {d}, {Y}", "{A}, {d} {B} {Y}", "{Y}-{m}-{dd}"]))
def test_absolute_dates_round_trip(day: dt.date, style: str) -> None:
    # "{b}" is the news abbreviation with its full stop ("Nov."), "May" without one.
    phrase = style.format(
        d=day.day, dd=f"{day.day:02d}", m=f"{day.month:02d}", B=day.strftime("%B"),
        b=day.strftime("%b") + ("" if day.month == 5 else "."), Y=day.year, A=day.strftime("%A"),
    )
    published = day + dt.timedelta(days=400)  # far away: the phrase's own year must win
    (mention,) = find_dates(f"Shelling was reported on {phrase} near the front.", published)
    assert (mention.date, mention.precision, mention.kind) == (day, "day", "absolute")


@FAST
@given(published=dates, back=st.integers(min_value=0, max_value=300))
def test_day_month_without_year_is_never_far_in_the_future(published: dt.date, back: int) -> None:
    day = published - dt.timedelta(days=back)
    if (day.month, day.day) == (2, 29):
        return
    (mention,) = find_dates(f"The depot was destroyed on {day.day} {day.strftime('%B')}.", published)
    assert mention.date == day


@FAST
@given(published=dates, month=month_names)
def test_a_month_alone_is_its_first_day_within_a_year(published: dt.date, month: str) -> None:
    (mention,) = find_dates(f"The offensive stalled in {month.capitalize()}, analysts said.", published)
    assert mention.date is not None and mention.date.day == 1 and mention.precision == "month"
    assert mention.date.month == MONTHS[month]
    assert dt.timedelta(0) <= published - mention.date < dt.timedelta(days=366)


@FAST
@given(published=dates, n=st.integers(min_value=1, max_value=40))
def test_days_ago(published: dt.date, n: int) -> None:
    assert resolve_phrase(f"{n} days ago", published) == (published - dt.timedelta(days=n), "day")


@FAST
@given(
    published=dates,
    number=st.one_of(
        st.integers(min_value=0, max_value=999_999).map(str),
        st.integers(min_value=1000, max_value=999_999).map(lambda n: f"{n:,}"),
        st.decimals(min_value=0, max_value=5000, places=1).map(str),
    ),
    noun=st.sampled_from(["drones", "missiles", "people", "troops", "km", "-kilometre front", "%", " per cent"]),
    pronoun=st.sampled_from(["We", "They", "It", "Ukraine", "Moscow"]),
)
def test_plain_numbers_are_never_dates(published: dt.date, number: str, noun: str, pronoun: str) -> None:
    sep = "" if noun[0] in "-%" else " "
    text = f"{pronoun} counted {number}{sep}{noun}, and {number} more were reported."
    assert find_dates(text, published) == []


@FAST
@given(text=st.text(alphabet=st.characters(codec="utf-8"), max_size=300), published=dates)
def test_any_text_gives_consistent_spans(text: str, published: dt.date) -> None:
    mentions = find_dates(text, published, offset=7)
    for mention in mentions:
        assert text[mention.start - 7:mention.end - 7] == mention.text
        assert mention.precision in ("day", "week", "month", "year", "unknown")
        assert mention.kind in ("absolute", "weekday", "relative", "overnight")
    ends = [m.end for m in mentions]
    starts = [m.start for m in mentions]
    assert all(e <= s for e, s in zip(ends[:-1], starts[1:], strict=True)), "mentions overlap or are out of order"
