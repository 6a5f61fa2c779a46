"""Language detection: Ukrainian, Russian or English, from letters and function words."""
from __future__ import annotations

import pytest

from tests.conftest import UK_DEV
from warwire.parse.language import detect_language


@pytest.mark.parametrize("text, expected", [
    ("Противник атакував 97 ударними БпЛА типу Shahed, збито/подавлено 85 ворожих БпЛА.", "uk"),
    ("Дежурными средствами ПВО уничтожены шесть украинских беспилотных летательных аппаратов.", "ru"),
    ("Russia fired 97 drones overnight, Ukraine's air force said.", "en"),
    # no letter only one language has: function words decide
    ("⚡️ ЗБИТО 12 УДАРНИХ БПЛА", "uk"),
    ("Сегодня утром над территорией Калужской области пресечена попытка атаки, что подтвердили в министерстве.", "ru"),
    ("Стало відомо, що ворог атакував та що ППО працювала всю ніч.", "uk"),
    # mostly English with a Cyrillic quotation stays English
    ("The ministry wrote «уничтожены» in its post about the drones shot down over the region.", "en"),
    ("", "en"),
    ("12345 !!!", "en"),
])
def test_detect_language(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_markdown_and_emoji_do_not_confuse_it() -> None:
    assert detect_language("🎖🎖 **перехвачены и уничтожены** __12__ украинских БПЛА 🔹 [Минобороны России](https://t.me/x)") == "ru"


def test_the_labelled_bulletins_are_told_apart() -> None:
    if not UK_DEV.is_dir():
        pytest.fail(f"the uk-dev corpus is missing at {UK_DEV}: clone warwire beside shared/")
    for path in sorted(UK_DEV.glob("*.txt")):
        expected = "uk" if path.name.startswith("kpszsu") else "ru"
        assert detect_language(path.read_text(encoding="utf-8")) == expected, path.name
