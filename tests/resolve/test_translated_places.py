"""Places spelled as Polish or machine translations print them resolve to the Ukrainian place."""
from __future__ import annotations

import pytest

from warwire.extract.placenames import find_places


@pytest.mark.parametrize(("written", "place"), [
    ("Charków", "Kharkiv"), ("Kijów", "Kyiv"), ("Chmielnicki", "Khmelnytskyi"), ("Chersoń", "Kherson"),
    ("Mikołajów", "Mykolaiv"), ("Zaporoże", "Zaporizhzhia"), ("Kharkov", "Kharkiv"), ("Nikolaev", "Mykolaiv"),
    ("Tarnopol", "Ternopil"), ("Słowiańsk", "Sloviansk"), ("Czernihów", "Chernihiv"),
])
def test_translated_spellings_resolve(written: str, place: str) -> None:
    hits = find_places(f"Russian missiles hit {written} on Monday.")
    assert [h.name for h in hits if h.level == "settlement"] == [place]


@pytest.mark.parametrize("text", ["as Moscow claims to have made gains in the east", "Kyiv says it downed 40 drones.",
                                  "Moscow's forces advanced near the town."])
def test_a_capital_standing_for_its_government_is_not_a_place(text: str) -> None:
    assert [h.name for h in find_places(text) if h.level == "settlement"] == []


def test_a_capital_that_is_hit_is_a_place() -> None:
    assert [h.name for h in find_places("Russian drones hit Moscow overnight.")] == ["Moscow"]
