"""Romanisation by the official 2010 Ukrainian national system, and the news spellings beside it."""
from __future__ import annotations

import pytest

from warwire.resolve.translit import has_cyrillic, news_variants, russian, ukrainian


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        ("Роздольне", "Rozdolne"),
        ("Київ", "Kyiv"),
        ("Харків", "Kharkiv"),
        ("Запоріжжя", "Zaporizhzhia"),
        ("Миколаїв", "Mykolaiv"),
        ("Згурівка", "Zghurivka"),  # зг -> zgh
        ("Єнакієве", "Yenakiieve"),  # є initial ye, inside ie
        ("Юр'ївка", "Yurivka"),  # the apostrophe is dropped
        ("Ізюм", "Izium"),
        ("Щастя", "Shchastia"),
        ("Біла Церква", "Bila Tserkva"),
    ],
)
def test_official_national_system(cyrillic: str, latin: str) -> None:
    assert ukrainian(cyrillic) == latin


def test_news_variants_include_the_older_y_spellings() -> None:
    assert {"Kupiansk", "Kupyansk"} <= news_variants("Куп'янськ")
    assert "Gulyaypole" in news_variants("Гуляйполе")
    assert "Kostyantynivka" in news_variants("Костянтинівка")


def test_russian_romanisation() -> None:
    assert russian("Белгород") == "Belgorod"
    assert russian("Ейск") == "Yeysk"


def test_latin_text_passes_through() -> None:
    assert ukrainian("Kherson 2024") == "Kherson 2024"
    assert not has_cyrillic("Kherson") and has_cyrillic("Херсон")
