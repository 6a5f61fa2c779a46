"""Date phrases in English news: finding them, and the date each one means.

All sentences are written for these tests. The article date is Saturday 30 November
2024 unless a test says otherwise.
"""
from __future__ import annotations

import datetime as dt

import pytest

from warwire.resolve.dates import DateMention, find_dates, resolve_phrase

SAT = dt.date(2024, 11, 30)  # a Saturday


def d(day: int, month: int = 11, year: int = 2024) -> dt.date:
    return dt.date(year, month, day)


def only(text: str, published: dt.date | None = SAT) -> DateMention:
    mentions = find_dates(text, published)
    assert len(mentions) == 1, mentions
    return mentions[0]


def by_text(text: str, published: dt.date | None = SAT) -> dict[str, DateMention]:
    return {m.text: m for m in find_dates(text, published)}


@pytest.mark.parametrize(
    ("sentence", "phrase", "date"),
    [
        ("The mayor spoke on Nov 29 in the capital.", "Nov 29", d(29)),
        ("Shelling resumed on November 29 near the river.", "November 29", d(29)),
        ("Shelling resumed on 29 November near the river.", "29 November", d(29)),
        ("Shelling resumed on 29 November 2024, officials said.", "29 November 2024", d(29)),
        ("The convoy left on Nov. 29, a witness said.", "Nov. 29", d(29)),
        ("The talks ended on Sunday, Nov. 17, without a deal.", "Sunday, Nov. 17", d(17)),
        ("The ministry's log for 2024-11-29 lists six raids.", "2024-11-29", d(29)),
        ("Russia invaded on February 24, 2022, from three sides.", "February 24, 2022", d(24, 2, 2022)),
        ("The bridge was hit on the 3rd of March, 2023.", "the 3rd of March, 2023", d(3, 3, 2023)),
        ("The order dated 12.10.2023 was published later.", "12.10.2023", d(12, 10, 2023)),
        ("A depot burned on Dec. 3, according to the governor.", "Dec. 3", d(3, 12, 2023)),
    ],
)
def test_absolute_day_phrases(sentence: str, phrase: str, date: dt.date) -> None:
    mention = only(sentence)
    assert (mention.text, mention.date, mention.precision, mention.kind) == (phrase, date, "day", "absolute")
    assert sentence[mention.start:mention.end] == phrase


def test_on_the_nth_is_a_day_of_the_current_or_previous_month() -> None:
    assert resolve_phrase("on the 29th", SAT) == (d(29), "day")
    assert resolve_phrase("on the 30th", dt.date(2024, 12, 2)) == (d(30), "day")


@pytest.mark.parametrize(
    ("phrase", "date", "precision"),
    [
        ("in February 2022", d(1, 2, 2022), "month"),
        ("late November 2023", d(1, 11, 2023), "month"),
        ("in 2012", d(1, 1, 2012), "year"),
        ("since 2014", d(1, 1, 2014), "year"),
        ("in late 2022", d(1, 1, 2022), "year"),
        ("in August", d(1, 8, 2024), "month"),
        ("in February last year", d(1, 2, 2023), "month"),
        ("last month", d(1, 10, 2024), "month"),
        ("earlier this month", d(1, 11, 2024), "month"),
        ("last year", d(1, 1, 2023), "year"),
        ("earlier this year", d(1, 1, 2024), "year"),
    ],
)
def test_months_and_years_take_their_first_day(phrase: str, date: dt.date, precision: str) -> None:
    assert resolve_phrase(phrase, SAT) == (date, precision)


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("Campaigners said Friday they would keep pressing.", d(29)),
        ("The minister resigned on Tuesday.", d(26)),
        ("Friday's drone barrage damaged a clinic.", d(29)),
        ("Sirens sounded early Friday across the east.", d(29)),
        ("Explosions were heard late on Sunday.", d(24)),
        ("The convoy was shelled on Wednesday evening.", d(27)),
        ("Power returned Monday morning.", d(25)),
        ("Officials met on Saturday in the capital.", d(30)),
        ("The envoy arrived last Saturday.", d(23)),
        ("The port was struck last Wednesday.", d(27)),
    ],
)
def test_weekdays_are_the_latest_such_day(sentence: str, date: dt.date) -> None:
    mention = only(sentence)
    assert (mention.date, mention.precision, mention.kind, mention.future) == (date, "day", "weekday", False)


@pytest.mark.parametrize(
    ("phrase", "date", "precision"),
    [
        ("yesterday", d(29), "day"),
        ("today", d(30), "day"),
        ("this morning", d(30), "day"),
        ("three days ago", d(27), "day"),
        ("last week", d(18), "week"),
        ("this week", d(25), "week"),
        ("earlier this week", d(25), "week"),
        ("over the weekend", d(30), "week"),
        ("the day before yesterday", d(28), "day"),
    ],
)
def test_relative_phrases(phrase: str, date: dt.date, precision: str) -> None:
    mention = only(f"Officials said {phrase} that the line held.")
    assert (mention.text, mention.date, mention.precision, mention.kind) == (phrase, date, precision, "relative")


def test_weekend_before_a_weekday_article_is_its_saturday() -> None:
    assert resolve_phrase("over the weekend", dt.date(2024, 4, 18)) == (dt.date(2024, 4, 13), "week")


@pytest.mark.parametrize(
    ("sentence", "phrase", "date"),
    [
        ("Russia fired 40 drones overnight, the air force said.", "overnight", d(30)),
        ("Drones were downed overnight and early Friday over the south.", "overnight and early Friday", d(29)),
        ("Blasts shook the port overnight into Friday.", "overnight into Friday", d(29)),
        ("Air defence was active in the night, the mayor said.", "in the night", d(30)),
        ("Explosions rang out last night in the city.", "last night", d(30)),
        ("The refinery burned on the night of 28-29 November.", "on the night of 28-29 November", d(29)),
        ("The refinery burned on the night of November 28.", "on the night of November 28", d(28)),
        ("Missiles hit the grid in the early hours of Thursday.", "in the early hours of Thursday", d(28)),
    ],
)
def test_overnight_takes_the_morning_it_ended(sentence: str, phrase: str, date: dt.date) -> None:
    mention = only(sentence)
    assert (mention.text, mention.date, mention.kind) == (phrase, date, "overnight")


def test_holidays() -> None:
    dec = dt.date(2025, 12, 27)
    assert resolve_phrase("on Christmas Day", dec) == (dt.date(2025, 12, 25), "day")
    assert resolve_phrase("Christmas Eve", dec) == (dt.date(2025, 12, 24), "day")
    assert resolve_phrase("New Year's Eve", dt.date(2026, 1, 2)) == (dt.date(2025, 12, 31), "day")
    assert resolve_phrase("New Year’s Day", dt.date(2026, 1, 2)) == (dt.date(2026, 1, 1), "day")
    assert resolve_phrase("Orthodox Easter 2023", dec) == (dt.date(2023, 4, 16), "day")
    # Shortly before Christmas, the coming one is meant and it is in the future.
    mention = only("A truce on Christmas Day was proposed.", dt.date(2025, 12, 22))
    assert (mention.date, mention.future) == (dt.date(2025, 12, 25), True)
    # "a Christmas message" is no date.
    assert find_dates("The president gave a Christmas message.", dec) == []


def test_a_day_after_dates_the_clause_it_introduces() -> None:
    text = "Friday's barrage came a day after Russia launched 90 missiles."
    found = by_text(text)
    assert found["Friday's"].date == d(29)
    assert (found["a day after"].date, found["a day after"].kind) == (d(28), "relative")


def test_anaphora_count_from_the_mention_before() -> None:
    text = "A dam was hit on November 20. Two days later, engineers reached it. The previous day, rain fell."
    found = by_text(text)
    assert found["Two days later"].date == d(22)
    assert found["The previous day"].date == d(21)


def test_anaphora_against_a_named_day_that_follows() -> None:
    found = by_text("The strike came two days before Christmas, officials said.", dt.date(2025, 12, 27))
    assert found["two days before"].date == dt.date(2025, 12, 23)


def test_apposition_restates_the_date() -> None:
    found = by_text("On Nov. 16, the day before the talks, the envoy arrived.")
    assert found["the day before"].date == d(16)


def test_anaphora_ignore_month_and_year_mentions() -> None:
    found = by_text("Output rose last year. On Tuesday, a plant was hit. On the same day, a dam burst.")
    assert found["On the same day"].date == d(26)


@pytest.mark.parametrize(
    ("sentence", "phrase", "date"),
    [
        ("Ministers will meet again next week.", "next week", d(2, 12)),
        ("The envoys will meet on Monday in Geneva.", "on Monday", d(2, 12)),
        ("Leaders are due to sign the deal on Wednesday.", "on Wednesday", d(4, 12)),
        ("Power may be restored tomorrow.", "tomorrow", d(1, 12)),
        ("Talks are expected to resume in March.", "in March", d(1, 3, 2025)),
        ("Both sides will meet again in two weeks.", "in two weeks", d(9, 12)),
    ],
)
def test_future_phrases_are_flagged_and_read_forward(sentence: str, phrase: str, date: dt.date) -> None:
    mention = only(sentence)
    assert (mention.text, mention.date, mention.future) == (phrase, date, True)


def test_past_reporting_is_not_future() -> None:
    found = by_text("Moscow said on Thursday it would respond, and on Friday it fired 50 drones.")
    assert not found["on Thursday"].future and found["on Thursday"].date == d(28)
    assert not found["on Friday"].future and found["on Friday"].date == d(29)


def test_a_month_just_ahead_without_past_tense_is_upcoming() -> None:
    mention = only("The Games that start on February 4 draw leaders.", dt.date(2022, 2, 1))
    assert (mention.date, mention.future) == (dt.date(2022, 2, 4), True)
    mention = only("Russia invaded in February, officials recalled.", dt.date(2022, 8, 16))
    assert (mention.date, mention.precision) == (dt.date(2022, 2, 1), "month")


@pytest.mark.parametrize(
    "sentence",
    [
        "We counted 132 drones, of which 88 were shot down and 41 lost.",
        "Finland shares a 1,340-kilometre (830-mile) border with Russia.",
        "More than 2,000 drones and 2024 shells were fired at 10:30 a.m. local time.",
        "The march began at 9 a.m. and may go on; troops may march again.",
        "Around 2000 troops crossed the river.",
        "The 47th brigade held the line for the week.",
        "They lost 20,000 in 10 years, he argued.",
    ],
)
def test_numbers_and_words_that_are_not_dates(sentence: str) -> None:
    assert find_dates(sentence, SAT) == []


def test_offsets_shift_by_offset() -> None:
    sentence = "Sirens sounded on Friday."
    mention = only(sentence)
    shifted = find_dates(sentence, SAT, offset=1000)[0]
    assert (shifted.start, shifted.end) == (mention.start + 1000, mention.end + 1000)


def test_without_an_article_date_only_self_dated_phrases_resolve() -> None:
    found = by_text("On Friday it fired. In May 2022 and on 29 Nov it did too.", None)
    assert found["On Friday"].date is None and found["On Friday"].precision == "unknown"
    assert (found["In May 2022"].date, found["In May 2022"].precision) == (d(1, 5, 2022), "month")
    assert found["29 Nov"].date is None


def test_resolve_phrase_rejects_non_dates() -> None:
    for phrase in ("We", "88", "at 10:30 a.m.", "drones", "the 1990s", "12:45"):
        assert resolve_phrase(phrase, SAT) == (None, "unknown")


def test_headline_case_and_mixed_text() -> None:
    found = by_text("RUSSIA FIRES 100 DRONES ON FRIDAY, NOV 29")
    assert found["FRIDAY, NOV 29"].date == d(29)


WED = dt.date(2025, 3, 12)  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "phrase", "date", "kind"),
    [
        ("Russia launched 133 drones overnight on March 12, the air force said.", "overnight on March 12",
         dt.date(2025, 3, 12), "overnight"),
        ("Drones struck on the night between Tuesday and Wednesday.",
         "on the night between Tuesday and Wednesday", WED, "overnight"),
        ("The port burned Monday night into Tuesday.", "Monday night into Tuesday", dt.date(2025, 3, 11),
         "overnight"),
        ("Over the past 24 hours, 40 clashes took place.", "Over the past 24 hours", WED, "relative"),
        ("Ukrainian forces withdrew in mid-February 2024.", "in mid-February 2024", dt.date(2024, 2, 1),
         "absolute"),
        ("The 2014 annexation of Crimea was never recognised.", "The 2014 annexation", dt.date(2014, 1, 1),
         "absolute"),
    ],
)
def test_more_news_phrasings(sentence: str, phrase: str, date: dt.date, kind: str) -> None:
    mention = only(sentence, WED)
    assert (mention.text, mention.date, mention.kind) == (phrase, date, kind)


def test_numeric_dates_day_first_unless_the_us_order_is_the_recent_one() -> None:
    assert resolve_phrase("05.03.2025", WED) == (dt.date(2025, 3, 5), "day")  # dots: always day first
    assert resolve_phrase("03/11/2025", WED) == (dt.date(2025, 3, 11), "day")  # 11 March, not 3 November
    assert resolve_phrase("11/29/2024", WED) == (dt.date(2024, 11, 29), "day")  # only the US order is a date
    assert resolve_phrase("12/10/2023", WED) == (dt.date(2023, 10, 12), "day")  # far back: day first
    assert resolve_phrase("29-11-2024", WED) == (dt.date(2024, 11, 29), "day")
    assert resolve_phrase("2024.11.29", WED) == (dt.date(2024, 11, 29), "day")  # dateparser's turn


def test_anaphora_in_months_and_years_and_hours() -> None:
    found = by_text("Russia seized the town on Feb. 17, 2024. A year earlier, it took Soledar. Hours later, it rained.")
    assert (found["A year earlier"].date, found["A year earlier"].precision) == (dt.date(2023, 2, 1), "month")
    assert found["Hours later"].date == dt.date(2024, 2, 17)


def test_counting_forward_from_nothing_is_unknown() -> None:
    # A sentence read alone: "two days later" cannot be placed, "the previous day" counts back from the article.
    assert only("Two days later, engineers reached the dam.").date is None
    assert only("The previous day, rain fell.").date == d(29)


def test_since_marks_the_start_of_a_period() -> None:
    found = by_text("Russia has held the town since the end of January and since Nov. 2, and it fell on Friday.")
    assert found["since the end of January"].since and found["Nov. 2"].since
    assert not found["on Friday"].since


@pytest.mark.parametrize(
    "sentence",
    [
        "The next attack came on Friday.",
        "Russian forces likely struck the depot on Tuesday, analysts said.",
        "As expected, Moscow fired missiles on Wednesday.",
    ],
)
def test_narrative_words_that_are_not_future_markers(sentence: str) -> None:
    mention = only(sentence)
    assert not mention.future and mention.date is not None and mention.date <= SAT


def test_a_named_night_is_dated_by_the_morning_it_ended() -> None:
    mention = only("A depot was hit on Tuesday night.")
    assert (mention.date, mention.kind) == (d(27), "overnight")
    assert only("Explosions shook the port late Friday night.").date == d(30)
    # Reported the same evening, the night has not ended yet: the day named.
    assert only("Sirens sounded on Saturday night.").date == d(30)
    assert only("The convoy was shelled on Wednesday evening.").kind == "weekday"


def test_weekday_of_a_named_week() -> None:
    assert resolve_phrase("Friday last week", SAT) == (d(22), "day")
    assert resolve_phrase("on Monday of next week", SAT) == (d(2, 12), "day")
    assert only("The envoy arrived on Tuesday this week.").date == d(26)


def test_overnight_ranges_take_the_morning_they_end() -> None:
    import datetime as _dt

    from warwire.resolve.dates import find_dates as _find

    ref = _dt.date(2025, 10, 30)
    assert [m.date for m in _find("a strike overnight on October 29 to 30", ref)] == [_dt.date(2025, 10, 30)]
    assert [m.date for m in _find("overnight on 24-25 May, Russia fired", ref)] == [_dt.date(2025, 5, 25)]


def test_a_span_ending_in_a_number_word_is_not_a_relative_date() -> None:
    # "Twenty-one months after it began" is how long a battle has lasted, not "one month after" anything
    assert [m.text for m in find_dates("Twenty-one months after it began, the assault is nearing its end.", SAT)] == []
    assert [m.text for m in find_dates("Two months after the vote, troops arrived.", SAT)] == ["Two months after"]


def test_an_elapsed_time_is_no_date_but_a_time_after_an_event_is() -> None:
    assert find_dates("Fighting goes on in the town well over a year after it began.", SAT) == []
    assert find_dates("The siege ended more than a year later.", SAT) == []
    assert [m.date for m in find_dates("The war began on 24 February 2022. Two days later, Kyiv was shelled.", SAT)
            ][-1] == dt.date(2022, 2, 26)
