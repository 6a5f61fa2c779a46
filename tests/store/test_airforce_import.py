"""`warwire import airforce`: the Air Force CSV read as claims, checked in full before anything is written."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest
from store_corpus import AIRFORCE_EXCERPT

from warwire.errors import FormatError
from warwire.importers.airforce import read_airforce_csv, weapon_class
from warwire.store import EventQuery, Store


@pytest.mark.parametrize(("model", "expected"), [
    ("Shahed-136/131", "drone"), ("Unknown UAV", "drone"), ("X-101/X-555 and Kalibr", "missile"),
    ("Iskander-M/KN-23", "missile"), ("C-300/C-400", "missile"), ("X-47 Kinzhal", "missile"),
    ("GBU", "glide_bomb"), ("Shahed-136/131 and X-59", "mixed"), ("Shahed-136/131 and Lancet", "drone"),
    ("Orlan-10", None), ("ZALA", None), ("Lancet", None),
])
def test_models_are_sorted_into_weapon_classes(model: str, expected: str | None) -> None:
    assert weapon_class(model) == expected


def test_rows_are_summed_per_night_weapon_and_claimant() -> None:
    nights, rows, skipped = read_airforce_csv(AIRFORCE_EXCERPT)
    with AIRFORCE_EXCERPT.open() as fh:
        raw = list(csv.DictReader(fh))
    assert rows == len(raw)
    # the 28 Nov morning's missiles are three rows of the national record; sum them independently
    mine = [r for r in raw if r["time_end"].startswith("2024-11-28") and r["source"].startswith("kpszsu")
            and weapon_class(r["model"]) == "missile"]
    assert len(mine) >= 2
    night = [n for n in nights if n.date.isoformat() == "2024-11-28" and n.weapon == "missile"
             and n.claimant == "Ukrainian Air Force"]
    assert len(night) == 1
    assert night[0].counts["launched"] == sum(int(float(r["launched"])) for r in mine)
    assert skipped == sum(1 for r in raw if weapon_class(r["model"]) is None)


def test_importing_twice_adds_nothing(store: Store) -> None:
    from warwire.importers import import_airforce

    first = import_airforce(store, AIRFORCE_EXCERPT)
    stats = store.stats()
    second = import_airforce(store, AIRFORCE_EXCERPT)
    assert second.events_added == 0 and second.articles_unchanged == first.articles_added
    assert store.stats() == stats
    assert store.count_events(EventQuery(claimed_by="Ukrainian Air Force")) > 0


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_wrong_columns_are_one_clear_error_and_nothing_is_written(store: Store, tmp_path: Path) -> None:
    from warwire.importers import import_airforce

    bad = _write(tmp_path / "attacks.csv", "date,weapon,count\n2024-11-29,drone,132\n")
    with pytest.raises(FormatError) as err:
        import_airforce(store, bad)
    message = str(err.value)
    assert "attacks.csv" in message and "time_end" in message and "\n" not in message
    assert store.stats()["articles"] == 0


def test_a_bad_value_anywhere_stops_the_import_before_writing(store: Store, tmp_path: Path) -> None:
    from warwire.importers import import_airforce

    lines = AIRFORCE_EXCERPT.read_text(encoding="utf-8").splitlines()
    header = lines[0].split(",")
    cells = next(csv.reader([lines[-1]]))
    cells[header.index("launched")] = "many"
    with (tmp_path / "broken.csv").open("w", newline="", encoding="utf-8") as fh:
        fh.write("\n".join(lines[:-1]) + "\n")
        csv.writer(fh, lineterminator="\n").writerow(cells)
    with pytest.raises(FormatError, match=r"broken\.csv:\d+: column launched holds 'many'"):
        import_airforce(store, tmp_path / "broken.csv")
    assert store.stats()["articles"] == 0
