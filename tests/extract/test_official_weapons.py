"""Weapon names of the bulletins in their inflected forms: class, kind and model."""
from __future__ import annotations

import datetime as dt

import pytest

from warwire.extract.official import extract_bulletin
from warwire.extract.official.lexicon import lexicon
from warwire.models import Article

FORMS = {
    # Ukrainian
    "ракета ракети ракеті ракету ракетою ракет ракетам ракетами ракетах": ("missile", None, None),
    "безпілотник безпілотника безпілотники безпілотників безпілотниками бпла": ("drone", None, None),
    "дрон дрони дронів дронами безпілотники-імітатори дронами-імітаторами": ("drone", None, None),
    "шахед шахеди шахедів шахедами shahed shahed-136/131": ("drone", None, "Shahed"),
    "гербера гербери гербер герберами": ("drone", None, "Gerbera"),
    "італмас італмаси італмасами": ("drone", None, "Italmas"),
    "крилата крилатої крилату крилатою крилаті крилатих крилатими": ("missile", "cruise", None),
    "балістична балістичної балістичну балістичною балістичні балістичних балістичними": ("missile", "ballistic", None),
    "керована керованої керовану керованою керовані керованих керованими": ("missile", "guided", None),
    "калібр калібри калібрів калібрами": ("missile", "cruise", "Kalibr"),
    "іскандер-м іскандера іскандерами": ("missile", "ballistic", "Iskander-M"),
    "кинджал кинджали кинджалів кинджалами х-47м2": ("missile", "ballistic", "Kinzhal"),
    "х-101 х-101/х-555 х-555": ("missile", "cruise", "Kh-101"),
    "х-59 х-59/69": ("missile", "guided", "Kh-59"),
    "онікс оніксами п-800": ("missile", "anti-ship", "Onyx"),
    "цілі цілей ціль засоби засобів засобами засіб": ("target", None, None),
    # Russian
    "беспилотник беспилотники беспилотников беспилотниками беспилотный беспилотных беспилотными": ("drone", None, None),
    "герань герани геранями герань-2": ("drone", None, "Geran"),
    "ракеты ракетой крылатая крылатые крылатыми": ("missile", None, None),
    "баллистическая баллистические баллистическими": ("missile", "ballistic", None),
    "циркон цирконы цирконами": ("missile", "cruise", "Zircon"),
    "нептун нептуна нептун-мд": ("missile", "cruise", "Neptune"),
    "цели целей": ("target", None, None),
}


@pytest.mark.parametrize("forms, expected", FORMS.items())
def test_inflected_forms_name_their_weapon(forms: str, expected: tuple[str, str | None, str | None]) -> None:
    cls, kind, model = expected
    for form in forms.split():
        word = lexicon().weapon(form)
        assert word is not None, form
        assert word.cls == cls, form
        if kind:
            assert word.kind == kind, form
        if model:
            assert word.model == model, form


@pytest.mark.parametrize("token", ["локаціях", "літаків", "області", "серпня", "противник", "типу", "мск"])
def test_ordinary_words_are_not_weapons(token: str) -> None:
    assert lexicon().weapon(token) is None


def _order(item: tuple[str | None, dict[str, int]]) -> tuple:
    return (item[0] or "", sorted(item[1].items()))


def _events(body: str, lang: str = "uk") -> list[tuple[str | None, dict[str, int]]]:
    art = Article(source="sample.txt", body=body, published=dt.date(2025, 3, 4), language=lang)
    return sorted(((e.weapon, e.counts) for e in extract_bulletin(art)), key=_order)


@pytest.mark.parametrize("body, expected", [
    ("Противник атакував двома балістичними ракетами Іскандер-М.", [("missile", {"launched": 2})]),
    ("Противник атакував балістичною ракетою Іскандер-М.", [("missile", {"launched": 1})]),
    ("Противник атакував трьома крилатими ракетами Х-101.", [("missile", {"launched": 3})]),
    ("Противник атакував 88-ма ударними БпЛА типу Shahed, Гербера.", [("drone", {"launched": 88})]),
    ("ЗБИТО 14 «ШАХЕДІВ»", [("drone", {"intercepted": 14})]),
    ("Зафіксовано влучання балістичної ракети на 2 локаціях.", [("missile", {"hit": 1})]),
    ("ЗНИЩЕНО ТРИ КРИЛАТІ РАКЕТИ ТА 12 УДАРНИХ БПЛА", [("drone", {"intercepted": 12}), ("missile", {"intercepted": 3})]),
])
def test_weapons_read_in_their_case_forms_in_sentences(body: str, expected: list) -> None:
    assert _events(body) == sorted(expected, key=_order)


def test_different_missile_types_with_their_own_figures_stay_apart() -> None:
    body = ("ЗНИЩЕНО 6 «КАЛІБРІВ»\n[…]\nПротивник застосував 20 засобів повітряного нападу:\n"
            "🚀 8 крилатих ракет морського базування «Калібр»;\n🚀 3 протикорабельні ракети П-800 «Онікс»;\n"
            "🛬 9 ударних БпЛА «Shahed-136/131».")
    assert _events(body) == sorted([
        ("missile", {"launched": 8, "intercepted": 6}), ("missile", {"launched": 3}), ("drone", {"launched": 9}),
    ], key=_order)
