"""Issue 7 meets issue 3: an Air Force bulletin read natively and the Air Force's own per-night record land in
one incident, their figures side by side. Both are real files read from ../shared at test time."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from tests.conftest import EVAL, UK_DEV
from warwire.importers import import_airforce
from warwire.ingest import read_inputs
from warwire.models import Article
from warwire.pipeline import extract_events
from warwire.store import EventQuery, Store

# Bulletins whose nights the record covers: (file, the night's date).
NIGHTS = [("kpszsu-2024-12-08.txt", "2024-12-08"), ("kpszsu-2024-12-22.txt", "2024-12-22")]


def _record_rows_for(nights: set[str], path: Path) -> None:
    """Write the rows of the real record whose night ends on one of `nights` (a small, honest excerpt)."""
    source = EVAL / "reference" / "missile_attacks_daily.csv"
    with source.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f)
        rows = [r for r in reader if r["time_end"][:10] in nights]
        assert reader.fieldnames is not None
        fields = reader.fieldnames
    with path.open("w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=fields)
        writer.writeheader()
        writer.writerows(rows)


@pytest.mark.parametrize("name, night", NIGHTS)
def test_a_bulletin_and_the_record_of_its_night_are_one_incident(store: Store, tmp_path: Path, name: str,
                                                                 night: str) -> None:
    record = tmp_path / "record.csv"
    _record_rows_for({night}, record)
    import_airforce(store, record)
    [article] = list(read_inputs([str(UK_DEV / name)]))
    assert isinstance(article, Article) and article.language == "uk"
    events = extract_events(article)
    store.add_article(article, events)

    drone = next(e for e in events if e.weapon == "drone" and "launched" in e.counts)
    rows = store.query_events(EventQuery(type="air_attack", since=drone.date, until=drone.date, weapon="drone",
                                         limit=50))
    ours = next(r for r in rows if r["id"] == drone.id)
    incident = store.get_incident(ours["incident_id"])
    assert incident is not None
    sources = incident["sources"]
    assert any(s.endswith(name) for s in sources), sources
    assert any("record.csv" in s for s in sources), f"the record did not join the bulletin's incident: {sources}"
    launched = [f["value"] for f in incident["counts"]["launched"]["figures"]]
    assert launched.count(drone.counts["launched"]) >= 2, launched  # the post's figure and the record's, agreeing
