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
