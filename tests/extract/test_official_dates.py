"""Night windows: an overnight attack takes the date of the morning it ended."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warwire.extract.official.dates import bulletin_date
from warwire.extract.official.text import Clean

UK_MONTHS = ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня",
             "листопада", "грудня"]
RU_MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря"]


def _date(text: str, published: dt.date, published_at: dt.datetime | None = None) -> dt.date | None:
    return bulletin_date(Clean(text).text, published, published_at)[0]


@pytest.mark.parametrize("text, published, expected", [
    ("У ніч на 18 серпня (з 18:00 17 серпня) противник атакував 147 ударними БпЛА", "2025-08-18", "2025-08-18"),
    ("У ніч на 1 січня (з 18:00 31 грудня) противник атакував 80 ударними БпЛА", "2026-01-01", "2026-01-01"),
    ("… 2024 року (із 20.30 7 грудня) противник атакував 74-ма ударними БпЛА", "2024-12-08", "2024-12-08"),
    ("20 липня (із 20.00 19 липня) противник атакував 57-ма ударними БпЛА", "2025-07-20", "2025-07-20"),
    ("Ночью 30 августа пресечена попытка киевского режима", "2023-08-30", "2023-08-30"),
    ("с 22.30 мск 21 июня до 02.55 мск 22 июня дежурными средствами ПВО", "2025-06-22", "2025-06-22"),
    ("В течение прошедшей ночи дежурными средствами ПВО уничтожены", "2024-12-22", "2024-12-22"),
    ("С 21.50 мск 26 июля до 00.00 мск 27 июля дежурными средствами ПВО", "2025-07-27", "2025-07-26"),
    ("С 9.40 мск до 11.50 мск дежурными средствами ПВО", "2025-07-05", "2025-07-05"),
    # a date far from the post's own is background, not the attack's day
    ("з 24 лютого 2022 року знищено ... у ніч на 5 березня", "2025-03-05", "2025-03-05"),
])
def test_night_windows(text: str, published: str, expected: str) -> None:
    assert _date(text, dt.date.fromisoformat(published)) == dt.date.fromisoformat(expected)


def test_no_publication_date_gives_unknown() -> None:
    assert bulletin_date("у ніч на 18 серпня", None) == (None, "unknown")


def test_time_of_posting_counts_in_moscow_time() -> None:
    posted = dt.datetime(2023, 8, 29, 22, 53, tzinfo=dt.UTC)  # 01:53 on 30 August in Moscow
    assert _date("В течение прошедшей ночи уничтожены", dt.date(2023, 8, 29), posted) == dt.date(2023, 8, 30)


def test_a_window_that_ended_before_a_post_after_midnight_is_the_day_before() -> None:
    posted = dt.datetime(2026, 2, 15, 21, 24, tzinfo=dt.UTC)  # 00:24 on 16 February in Moscow
    assert _date("В период с 20.00 до 23.00 мск уничтожены", dt.date(2026, 2, 16), posted) == dt.date(2026, 2, 15)
    morning = dt.datetime(2026, 2, 16, 1, 20, tzinfo=dt.UTC)  # 04:20, after a window that ended at 04:00
    assert _date("с 23.00 до 04.00 мск уничтожены", dt.date(2026, 2, 16), morning) == dt.date(2026, 2, 16)


@given(st.dates(min_value=dt.date(2022, 3, 1), max_value=dt.date(2027, 12, 31)), st.booleans())
def test_any_night_window_reads_as_its_morning(morning: dt.date, ukrainian: bool) -> None:
    evening = morning - dt.timedelta(days=1)
    if ukrainian:
        text = (f"У ніч на {morning.day} {UK_MONTHS[morning.month - 1]} (з 18:00 {evening.day} "
                f"{UK_MONTHS[evening.month - 1]}) противник атакував")
    else:
        text = (f"с 22.30 мск {evening.day} {RU_MONTHS[evening.month - 1]} до 04.00 мск {morning.day} "
                f"{RU_MONTHS[morning.month - 1]} дежурными средствами ПВО")
    # published the morning after, or (for a late summary) the same morning
    assert _date(text, morning) == morning
    assert _date(text, morning + dt.timedelta(days=1)) == morning
