"""Wire datelines: place as written, city, agency, day; on written samples and on the real corpus."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from warwire.parse.article import parse_text_article
from warwire.parse.dateline import city_name, find_dateline


@pytest.mark.parametrize(
    ("opening", "place", "city", "agency", "day"),
    [
        ("ODESA, Ukraine, Dec 3 (AFP): Drones struck the port.", "ODESA, Ukraine", "Odesa", "AFP", 3),
        ("LVIV, Oct 10 (Reuters) - Explosions were heard.", "LVIV", "Lviv", "Reuters", 10),
        ("KRYVYI RIH, Ukraine (AP) — A missile hit a hotel.", "KRYVYI RIH, Ukraine", "Kryvyi Rih", "AP", None),
        ("Kyiv CNN —\n\nSirens sounded.", "Kyiv", "Kyiv", "CNN", None),
        ("BRUSSELS (AP) — Ministers met.", "BRUSSELS", "Brussels", "AP", None),
        ("CNN —\n\nThe Pentagon said.", None, None, "CNN", None),
        ("ST. PETERSBURG, Russia, Sept 4 (Reuters) -- A fire broke out.", "ST. PETERSBURG, Russia",
         "St. Petersburg", "Reuters", 4),
        ("KHARKIV, Ukraine — Shelling continued.", "KHARKIV, Ukraine", "Kharkiv", None, None),
        ("(CNN) — Sirens sounded across the capital.", None, None, "CNN", None),
        ("KYIV/MOSCOW, Nov 18 (Reuters) - Both sides said.", "KYIV/MOSCOW", "Kyiv", "Reuters", 18),
        ("Kyiv (AFP) - Drones hit the city.", "Kyiv", "Kyiv", "AFP", None),
        ("DNIPRO, 5 March 2025 (Ukrinform) — Debris fell.", "DNIPRO", "Dnipro", "Ukrinform", 5),
        ("By Jane Doe and John Roe\nZAPORIZHZHIA, Ukraine (AP) — Guided bombs fell.", "ZAPORIZHZHIA, Ukraine",
         "Zaporizhzhia", "AP", None),
    ],
)
def test_dateline_forms(opening: str, place: str | None, city: str | None, agency: str | None,
                        day: int | None) -> None:
    line = find_dateline(opening)
    assert line is not None
    assert (line.place, line.city, line.agency, line.day) == (place, city, agency, day)
    assert line.text in opening


@pytest.mark.parametrize("opening", [
    "Russia fired 40 drones at Ukraine overnight - officials said.",
    "The General Staff (GS) said 120 clashes took place.",
    "A drone hit Kharkiv — the mayor said.",
    "NATO said on Monday that it would send more jets.",
    "",
])
def test_sentences_that_are_not_datelines(opening: str) -> None:
    assert find_dateline(opening) is None


def test_city_name_keeps_mixed_case_places() -> None:
    assert city_name("Moscow") == "Moscow"
    assert city_name("SIEM REAP, Cambodia") == "Siem Reap"


@pytest.mark.parametrize(("name", "agency", "city"), [
    ("reuters-2024-11-17-russia-pounds-power-grid.txt", "Reuters", "Kyiv"),
    ("afp-2024-11-30-landmines-drones.txt", "AFP", "Siem Reap"),
    ("foxnews-2024-04-18-g7-capri-air-defense.txt", "AP", "Capri"),
    ("cnn-2022-02-01-putin-silence-analysis.txt", "CNN", "Moscow"),
    ("cnn-2022-08-09-us-sends-anti-radar-missiles.txt", "CNN", None),
    ("time-2026-02-18-peace-talks-end-abruptly.txt", None, None),
])
def test_corpus_datelines(dev_dir: Path, name: str, agency: str | None, city: str | None) -> None:
    path = dev_dir / name
    art = parse_text_article(path.read_text(encoding="utf-8"), str(path))
    assert art.agency == agency
    assert art.dateline_place == city
    if art.dateline:
        assert art.body.startswith(art.dateline)  # the dateline stays in the body, as written


words = st.text(alphabet="ABCDEFGHIJKLMNOPRSTUVYZ", min_size=3, max_size=10)
months = st.sampled_from(["Jan", "Feb", "March", "Sept", "Oct.", "Nov", "December"])


@given(st.lists(words, min_size=1, max_size=3), st.one_of(st.none(), words.map(str.capitalize)), months,
       st.integers(1, 31), st.sampled_from(["AFP", "Reuters", "AP", "dpa", "Bloomberg"]), st.sampled_from(["-", "—", ":"]))
def test_generated_wire_datelines(city: list[str], region: str | None, month: str, day: int, agency: str,
                                  dash: str) -> None:
    place = " ".join(city) + (f", {region}" if region else "")
    line = find_dateline(f"{place}, {month} {day} ({agency}) {dash} Shelling continued on Tuesday.")
    assert line is not None
    assert (line.place, line.agency, line.day) == (place, agency, day)
    assert line.city == " ".join(w.capitalize() for w in city)
