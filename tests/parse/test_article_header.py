"""Plain-text articles -> headline, publication date and body, on the real corpus and on written samples."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warwire.parse.article import NO_HEADLINE, parse_date_text, parse_text_article

DATE_IN_NAME = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def test_corpus_articles_have_their_date_headline_and_body(dev_dir: Path) -> None:
    paths = sorted(dev_dir.glob("*.txt")) + sorted((dev_dir.parent / "uk-dev").glob("*.txt"))
    assert len(paths) > 30
    for path in paths:
        check_corpus_article(path)


def check_corpus_article(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    art = parse_text_article(text, str(path))
    # Every corpus file is named after its publication date: the date line must agree.
    y, m, d = map(int, DATE_IN_NAME.search(path.name).groups())
    assert art.published == dt.date(y, m, d), path.name
    first = text.split("\n", 1)[0].strip()
    if first == NO_HEADLINE:
        assert art.title is None and art.headlines == [], path.name
    else:
        assert art.title == first, path.name
    # The body is an untouched slice of the file: offsets into it are offsets into the text after the header.
    assert art.body and art.body in text, path.name
    assert not art.body.startswith(("\n", " ")), path.name
    assert parse_date_text(art.body.split("\n", 1)[0]) is None, path.name
    assert art.source == str(path)


def test_two_headline_lines_are_both_kept(dev_dir: Path) -> None:
    path = dev_dir / "afp-2024-11-30-landmines-drones.txt"
    lines = path.read_text(encoding="utf-8").split("\n")
    art = parse_text_article(path.read_text(encoding="utf-8"), str(path))
    assert art.headlines == [lines[0].strip(), lines[1].strip()]
    assert art.title == lines[0].strip()


def test_time_on_the_date_line_sets_published_at(dev_dir: Path) -> None:
    path = dev_dir / "mezha-2026-02-27-frontline-update.txt"
    art = parse_text_article(path.read_text(encoding="utf-8"), str(path))
    assert art.published_at is not None
    assert art.published_at.date() == art.published
    assert (art.published_at.hour, art.published_at.minute) == (22, 49)


def test_bare_body_is_the_whole_text() -> None:
    text = "Russian drones struck a depot near Odesa overnight, officials said.\n\nTwo people were hurt.\n"
    art = parse_text_article(text, "bare.txt")
    assert art.body == text.rstrip()
    assert art.title is None and art.published is None


def test_published_flag_dates_a_bare_body_but_not_a_dated_one() -> None:
    day = dt.date(2025, 3, 1)
    assert parse_text_article("Shelling hit Kherson.", "a.txt", published=day).published == day
    dated = parse_text_article("Title\n2024-05-06\n\nShelling hit Kherson.", "b.txt", published=day)
    assert dated.published == dt.date(2024, 5, 6)


def test_date_line_without_blank_line_still_ends_the_header() -> None:
    art = parse_text_article("Headline here\nSaturday, 30 November 2024\nBody starts here.\nMore.", "x.txt")
    assert art.title == "Headline here"
    assert art.body == "Body starts here.\nMore."


def test_blank_line_before_any_date_means_no_header() -> None:
    text = "Short first line\n\n2024-01-01 was the day the strike happened.\n"
    art = parse_text_article(text, "x.txt")
    assert art.body == text.rstrip() and art.published is None


def test_crlf_body_offsets_stay_consistent() -> None:
    art = parse_text_article("Title\n2024-02-03\n\n  Indented body line.\nSecond.", "x.txt")
    assert art.body == "  Indented body line.\nSecond."


@pytest.mark.parametrize(
    ("line", "day", "time"),
    [
        ("Saturday, 30 November 2024", dt.date(2024, 11, 30), None),
        ("Friday, 27 February 2026, 22:49", dt.date(2026, 2, 27), (22, 49)),
        ("2022-06-26", dt.date(2022, 6, 26), None),
        ("Feb 26, 2026", dt.date(2026, 2, 26), None),
        ("27 Feb 2026", dt.date(2026, 2, 27), None),
        ("Sept. 3, 2023", dt.date(2023, 9, 3), None),
        ("Updated: March 4, 2025 at 7:05 pm", dt.date(2025, 3, 4), (19, 5)),
        ("2024-11-17T06:30:00Z", dt.date(2024, 11, 17), (6, 30)),
        ("Mon 1st July 2024 12:00 GMT", dt.date(2024, 7, 1), (12, 0)),
    ],
)
def test_date_line_forms(line: str, day: dt.date, time: tuple[int, int] | None) -> None:
    parsed = parse_date_text(line)
    assert parsed is not None and parsed[0] == day
    at = parsed[1]
    assert (at.hour, at.minute) == time if time else at is None


@pytest.mark.parametrize("line", ["Russia fired 30 drones on 3 March 2024.", "2024-13-01", "30 Febtember 2024",
                                  "February 30, 2024", "Kyiv", ""])
def test_not_date_lines(line: str) -> None:
    assert parse_date_text(line) is None


FORMATS = ["%Y-%m-%d", "%A, %d %B %Y", "%d %b %Y", "%b %d, %Y", "%B %d, %Y", "%a %d %B %Y"]


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)), st.sampled_from(FORMATS),
       st.one_of(st.none(), st.times()))
def test_any_written_date_reads_back(day: dt.date, fmt: str, time: dt.time | None) -> None:
    line = day.strftime(fmt) + (f", {time.hour:02d}:{time.minute:02d}" if time else "")
    parsed = parse_date_text(line)
    assert parsed is not None and parsed[0] == day
    if time:
        assert parsed[1] is not None and (parsed[1].hour, parsed[1].minute) == (time.hour, time.minute)


def test_body_over_the_text_limit_is_refused() -> None:
    from warwire.errors import InputError
    from warwire.parse.article import MAX_BODY_CHARS

    with pytest.raises(InputError, match=r"^huge\.txt: .* over the 1 million limit for one article"):
        parse_text_article("x " * (MAX_BODY_CHARS // 2 + 1), "huge.txt")
    assert parse_text_article("x " * (MAX_BODY_CHARS // 2 - 1), "fine.txt").body


@pytest.mark.parametrize(("line", "day", "time"), [
    ("Updated 10:22 AM EST, November 30, 2024", dt.date(2024, 11, 30), (10, 22)),
    ("30.11.2024 14:05", dt.date(2024, 11, 30), (14, 5)),
    ("Nov. 30, 2024, 8:15 a.m. ET", dt.date(2024, 11, 30), (8, 15)),
])
def test_more_date_line_forms(line: str, day: dt.date, time: tuple[int, int]) -> None:
    parsed = parse_date_text(line)
    assert parsed is not None and parsed[0] == day and parsed[1] is not None
    assert (parsed[1].hour, parsed[1].minute) == time
