"""Figures and hedges in English prose."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warwire.extract.numbers import find_quantities, parse_number

_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell(n: int) -> str:
    """English words for 0 <= n < 1,000,000 (test oracle, independent of the code under test)."""
    if n < 20:
        return _UNITS[n]
    if n < 100:
        return _TENS[n // 10] + ("-" + _UNITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        return _UNITS[n // 100] + " hundred" + (" and " + spell(rest) if rest else "")
    rest = n % 1000
    return spell(n // 1000) + " thousand" + (" " + spell(rest) if rest else "")


@given(st.integers(min_value=1, max_value=999_999))
def test_spelled_numbers_read_back(n: int) -> None:
    assert parse_number(spell(n)) == n


@given(st.integers(min_value=0, max_value=10**9))
def test_digits_with_thousands_separators_read_back(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert [q.value for q in find_quantities(f"Russia fired {n:,} drones")] in ([n], [])


@pytest.mark.parametrize(
    ("text", "value", "hedge"),
    [
        ("Russia launched more than a hundred drones", 100, "more_than"),
        ("around 90 missiles", 90, "about"),
        ("over a million people", 1_000_000, "more_than"),
        ("more than two dozen people were hurt", 24, "more_than"),
        ("at least two regions", 2, "at_least"),
        ("nearly 800K homes", 800_000, "nearly"),
        ("some 420 drones", 420, "about"),
        ("almost 600 drones", 600, "nearly"),
        ("up to 50 missiles", 50, "up_to"),
        ("1.2 million customers", 1_200_000, None),
        ("twenty-five soldiers", 25, None),
        ("a dozen regions", 12, None),
        ("132 drones", 132, None),
    ],
)
def test_figure_and_hedge(text: str, value: int, hedge: str | None) -> None:
    q = find_quantities(text)[0]
    assert (q.value, q.hedge) == (value, hedge)


@pytest.mark.parametrize(
    "text",
    ["in 2012 it joined", "at 10:30 a.m.", "on the 29th", "a 1,340-kilometre border", "Kh-101 and Su-34", "dozens of drones",
     "hundreds of thousands of people"],
)
def test_years_times_ordinals_names_and_vague_plurals_are_not_figures(text: str) -> None:
    assert find_quantities(text) == []


def test_spans_point_at_the_figure() -> None:
    text = "Moscow fired 132 drones, of which 88 were shot down"
    spans = [text[q.start:q.end] for q in find_quantities(text)]
    assert spans == ["132", "88"]


def test_one_after_another_is_a_series_not_a_figure() -> None:
    assert [q.value for q in find_quantities("targeted with one drone strike after another by armed groups")] == []
    assert [q.value for q in find_quantities("one drone hit the depot and another hit a school")] == [1]
