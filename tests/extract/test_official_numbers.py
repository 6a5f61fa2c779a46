"""Number words of Ukrainian and Russian bulletins, in every case form up to the thousands."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warwire.extract.official.numbers import find_numbers, parse_number

CASES = ("nom", "gen", "dat", "ins", "loc")

# Test oracle, written out independently of warwire/data/official_numbers.tsv.
UK = {
    "units": {
        "nom": "один два три чотири п'ять шість сім вісім дев'ять",
        "gen": "одного двох трьох чотирьох п'яти шести семи восьми дев'яти",
        "dat": "одному двом трьом чотирьом п'ятьом шістьом сімом вісьмом дев'ятьом",
        "ins": "одним двома трьома чотирма п'ятьма шістьма сьома вісьмома дев'ятьма",
        "loc": "одному двох трьох чотирьох п'яти шести семи восьми дев'яти",
    },
    "teens": {
        "nom": "десять одинадцять дванадцять тринадцять чотирнадцять п'ятнадцять шістнадцять сімнадцять "
               "вісімнадцять дев'ятнадцять",
        "gen": "десяти одинадцяти дванадцяти тринадцяти чотирнадцяти п'ятнадцяти шістнадцяти сімнадцяти "
               "вісімнадцяти дев'ятнадцяти",
        "dat": "десятьом одинадцятьом дванадцятьом тринадцятьом чотирнадцятьом п'ятнадцятьом шістнадцятьом "
               "сімнадцятьом вісімнадцятьом дев'ятнадцятьом",
        "ins": "десятьма одинадцятьма дванадцятьма тринадцятьма чотирнадцятьма п'ятнадцятьма шістнадцятьма "
               "сімнадцятьма вісімнадцятьма дев'ятнадцятьма",
        "loc": "десяти одинадцяти дванадцяти тринадцяти чотирнадцяти п'ятнадцяти шістнадцяти сімнадцяти "
               "вісімнадцяти дев'ятнадцяти",
    },
    "tens": {
        "nom": "двадцять тридцять сорок п'ятдесят шістдесят сімдесят вісімдесят дев'яносто",
        "gen": "двадцяти тридцяти сорока п'ятдесяти шістдесяти сімдесяти вісімдесяти дев'яноста",
        "dat": "двадцятьом тридцятьом сорока п'ятдесятьом шістдесятьом сімдесятьом вісімдесятьом дев'яноста",
        "ins": "двадцятьма тридцятьма сорока п'ятдесятьма шістдесятьма сімдесятьма вісімдесятьма дев'яноста",
        "loc": "двадцяти тридцяти сорока п'ятдесяти шістдесяти сімдесяти вісімдесяти дев'яноста",
    },
    "hundreds": {
        "nom": "сто двісті триста чотириста п'ятсот шістсот сімсот вісімсот дев'ятсот",
        "gen": "ста двохсот трьохсот чотирьохсот п'ятисот шестисот семисот восьмисот дев'ятисот",
        "dat": "ста двомстам трьомстам чотирьомстам п'ятистам шестистам семистам восьмистам дев'ятистам",
        "ins": "ста двомастами трьомастами чотирмастами п'ятьмастами шістьмастами сьомастами вісьмастами "
               "дев'ятьмастами",
        "loc": "ста двохстах трьохстах чотирьохстах п'ятистах шестистах семистах восьмистах дев'ятистах",
    },
    # (one thousand, two to four thousand, five and more thousand)
    "thousand": {"nom": ("тисяча", "тисячі", "тисяч"), "gen": ("тисячі", "тисяч", "тисяч"),
                 "dat": ("тисячі", "тисячам", "тисячам"), "ins": ("тисячею", "тисячами", "тисячами"),
                 "loc": ("тисячі", "тисячах", "тисячах")},
    "two_fem": "дві",
}
RU = {
    "units": {
        "nom": "один два три четыре пять шесть семь восемь девять",
        "gen": "одного двух трех четырех пяти шести семи восьми девяти",
        "dat": "одному двум трем четырем пяти шести семи восьми девяти",
        "ins": "одним двумя тремя четырьмя пятью шестью семью восемью девятью",
        "loc": "одном двух трех четырех пяти шести семи восьми девяти",
    },
    "teens": {
        "nom": "десять одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать семнадцать "
               "восемнадцать девятнадцать",
        "gen": "десяти одиннадцати двенадцати тринадцати четырнадцати пятнадцати шестнадцати семнадцати "
               "восемнадцати девятнадцати",
        "dat": "десяти одиннадцати двенадцати тринадцати четырнадцати пятнадцати шестнадцати семнадцати "
               "восемнадцати девятнадцати",
        "ins": "десятью одиннадцатью двенадцатью тринадцатью четырнадцатью пятнадцатью шестнадцатью "
               "семнадцатью восемнадцатью девятнадцатью",
        "loc": "десяти одиннадцати двенадцати тринадцати четырнадцати пятнадцати шестнадцати семнадцати "
               "восемнадцати девятнадцати",
    },
    "tens": {
        "nom": "двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят девяносто",
        "gen": "двадцати тридцати сорока пятидесяти шестидесяти семидесяти восьмидесяти девяноста",
        "dat": "двадцати тридцати сорока пятидесяти шестидесяти семидесяти восьмидесяти девяноста",
        "ins": "двадцатью тридцатью сорока пятьюдесятью шестьюдесятью семьюдесятью восемьюдесятью девяноста",
        "loc": "двадцати тридцати сорока пятидесяти шестидесяти семидесяти восьмидесяти девяноста",
    },
    "hundreds": {
        "nom": "сто двести триста четыреста пятьсот шестьсот семьсот восемьсот девятьсот",
        "gen": "ста двухсот трехсот четырехсот пятисот шестисот семисот восьмисот девятисот",
        "dat": "ста двумстам тремстам четыремстам пятистам шестистам семистам восьмистам девятистам",
        "ins": "ста двумястами тремястами четырьмястами пятьюстами шестьюстами семьюстами восемьюстами "
               "девятьюстами",
        "loc": "ста двухстах трехстах четырехстах пятистах шестистах семистах восьмистах девятистах",
    },
    "thousand": {"nom": ("тысяча", "тысячи", "тысяч"), "gen": ("тысячи", "тысяч", "тысяч"),
                 "dat": ("тысяче", "тысячам", "тысячам"), "ins": ("тысячей", "тысячами", "тысячами"),
                 "loc": ("тысяче", "тысячах", "тысячах")},
    "two_fem": "две",
}
LANGS = {"uk": UK, "ru": RU}


def spell(n: int, case: str, table: dict) -> str:
    """Words for 1 <= n <= 9999 in one grammatical case (test oracle)."""
    words: list[str] = []
    thousands, rest = divmod(n, 1000)
    if thousands:
        one, few, many = table["thousand"][case]
        if thousands == 1:
            words.append(one)
        else:
            unit = table["units"][case].split()[thousands - 1]
            if case == "nom" and thousands == 2:
                unit = table["two_fem"]
            words += [unit, few if thousands < 5 and case == "nom" else many]
    hundreds, rest = divmod(rest, 100)
    if hundreds:
        words.append(table["hundreds"][case].split()[hundreds - 1])
    if 10 <= rest < 20:
        words.append(table["teens"][case].split()[rest - 10])
    else:
        tens, units = divmod(rest, 10)
        if tens:
            words.append(table["tens"][case].split()[tens - 2])
        if units:
            words.append(table["units"][case].split()[units - 1])
    return " ".join(words)


@pytest.mark.parametrize("lang", sorted(LANGS))
@pytest.mark.parametrize("case", CASES)
@pytest.mark.parametrize("part", ["units", "teens", "tens", "hundreds"])
def test_every_case_form_of_every_number_word(lang: str, case: str, part: str) -> None:
    table = LANGS[lang]
    start = {"units": 1, "teens": 10, "tens": 20, "hundreds": 100}[part]
    step = {"units": 1, "teens": 1, "tens": 10, "hundreds": 100}[part]
    for i, word in enumerate(table[part][case].split()):
        assert parse_number(word, lang) == start + i * step, f"{lang} {case}: {word}"


@pytest.mark.parametrize("lang", sorted(LANGS))
@pytest.mark.parametrize("case", CASES)
def test_thousand_forms(lang: str, case: str) -> None:
    one, few, many = LANGS[lang]["thousand"][case]
    assert parse_number(one, lang) == 1000
    assert parse_number(f"{LANGS[lang]['units'][case].split()[2]} {few if case == 'nom' else many}", lang) == 3000
    assert parse_number(f"{LANGS[lang]['units'][case].split()[6]} {many}", lang) == 7000


@given(st.integers(min_value=1, max_value=9999), st.sampled_from(CASES), st.sampled_from(sorted(LANGS)))
def test_spelled_numbers_read_back_in_any_case(n: int, case: str, lang: str) -> None:
    words = spell(n, case, LANGS[lang])
    assert parse_number(words, lang) == n, words


@given(st.integers(min_value=1, max_value=9999), st.sampled_from(CASES), st.sampled_from(sorted(LANGS)))
def test_spelled_numbers_are_found_in_running_text(n: int, case: str, lang: str) -> None:
    words = spell(n, case, LANGS[lang])
    text = f"противник атакував {words} ударними бпла" if lang == "uk" else f"уничтожены {words} бпла"
    found = find_numbers(text, lang)
    assert [f.value for f in found] == [n], words
    assert text[found[0].start:found[0].end] == words


@pytest.mark.parametrize("written, value, instrumental", [
    ("164-ма", 164, True), ("29-ма", 29, True), ("5", 5, False), ("1 200", 1200, False),
    ("двома", 2, True), ("трьома", 3, True), ("чотирма", 4, True), ("шістьма", 6, True),
])
def test_digits_with_case_endings_and_groups(written: str, value: int, instrumental: bool) -> None:
    found = find_numbers(f"атакував {written} ударними бпла", "uk")
    assert [(n.value, n.instrumental) for n in found] == [(value, instrumental)]


@pytest.mark.parametrize("text, values", [
    ("з 18:00 17 серпня", [17]), ("с 22.30 мск до 02.55 мск", []), ("ракети х-101/х-555", []),
    ("бпла shahed-136/131", []), ("п-800 «онікс»", []), ("ту-95мс", []),
])
def test_times_and_weapon_codes_are_not_figures(text: str, values: list[int]) -> None:
    assert [n.value for n in find_numbers(text, "uk")] == values


def test_distributive_and_hedged_figures() -> None:
    found = find_numbers("по восемь бпла – над территориями, около 40 бпла, понад 100 бпла, щонайменше 7 бпла", "ru")
    assert [(n.value, n.distributive, n.hedge) for n in found] == [
        (8, True, None), (40, False, "about"), (100, False, "more_than"), (7, False, "at_least"),
    ]


def test_words_that_are_not_numbers_give_none() -> None:
    assert parse_number("ракета", "uk") is None
    assert parse_number("", "ru") is None
