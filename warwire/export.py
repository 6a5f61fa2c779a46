"""Stored events and incidents out: JSON lines, ACLED-style CSV, GeoJSON.

The CSV follows ACLED's column names where ACLED has the idea (event_date,
event_type, actor1, actor2, country, admin1, location, latitude, longitude,
geo_precision, time_precision, source, notes, fatalities), then warwire's own
columns (weapon, item, status, claimed_by, incident_id) and one per count key.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from warwire.models import COUNT_KEYS

# ACLED's event families for warwire's types (sub_event_type keeps ours).
ACLED_TYPES = {
    "air_attack": "Explosions/Remote violence",
    "strike": "Explosions/Remote violence",
    "ground_combat": "Battles",
    "protest": "Protests",
    "territorial_claim": "Strategic developments",
    "arms_transfer": "Strategic developments",
    "policy": "Strategic developments",
    "infrastructure_outage": "Strategic developments",
}
# ACLED: 1 the day is known, 2 the week, 3 only the month.
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
# ACLED: 1 the town itself, 2 a part of a region near the town, 3 only the region.
GEO_PRECISION = {"settlement": 1, "city": 1, "raion": 2, "admin1": 3, "region": 3, "country": 3}
COUNTRY_NAMES = {"UA": "Ukraine", "RU": "Russia", "BY": "Belarus", "PL": "Poland", "MD": "Moldova",
                 "RO": "Romania", "US": "United States", "GB": "United Kingdom", "DE": "Germany", "FR": "France"}

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "country", "admin1", "location", "latitude", "longitude", "geo_precision",
    "source", "notes", "fatalities",
    "weapon", "item", "status", "claimed_by", "incident_id", *COUNT_KEYS, "hedges", "article_source",
]


def write_jsonl(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """One JSON object per line; returns how many were written."""
    n = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        n += 1
    out.flush()
    return n


def _blank(v: Any) -> Any:
    return "" if v is None else v


def acled_row(ev: dict[str, Any]) -> dict[str, Any]:
    """One event (contract form) as an ACLED-style CSV row."""
    loc = ev.get("location") or {}
    art = ev.get("article") or {}
    counts = ev.get("counts") or {}
    country = loc.get("country")
    return {
        "event_id_cnty": ev["id"],
        "event_date": _blank(ev.get("date")),
        "year": ev["date"][:4] if ev.get("date") else "",
        "time_precision": TIME_PRECISION.get(ev.get("date_precision") or "", ""),
        "event_type": ACLED_TYPES.get(ev["type"], ""),
        "sub_event_type": ev["type"],
        "actor1": _blank(ev.get("actor")),
        "actor2": _blank(ev.get("target")),
        "country": COUNTRY_NAMES.get(country, country) if country else "",
        "admin1": _blank(loc.get("admin1")),
        "location": loc.get("name") or ev.get("place") or "",
        "latitude": _blank(loc.get("lat")),
        "longitude": _blank(loc.get("lon")),
        "geo_precision": GEO_PRECISION.get(loc.get("precision") or "", ""),
        "source": art.get("agency") or art.get("title") or art.get("source") or "",
        "notes": " ".join(s["text"] for s in ev.get("evidence") or []),
        "fatalities": _blank(counts.get("killed")),
        "weapon": _blank(ev.get("weapon")),
        "item": _blank(ev.get("item")),
        "status": _blank(ev.get("status")),
        "claimed_by": _blank(ev.get("claimed_by")),
        "incident_id": _blank(ev.get("incident_id")),
        **{k: _blank(counts.get(k)) for k in COUNT_KEYS},
        "hedges": json.dumps(ev["hedges"], ensure_ascii=False) if ev.get("hedges") else "",
        "article_source": _blank(art.get("source")),
    }


def write_acled_csv(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Events as an ACLED-style CSV (header first); returns how many rows were written."""
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for ev in rows:
        writer.writerow(acled_row(ev))
        n += 1
    out.flush()
    return n


def events_geojson(rows: Iterable[dict[str, Any]]) -> tuple[dict[str, Any], int]:
    """A GeoJSON FeatureCollection of the events that have coordinates, and how many had none."""
    features = []
    missing = 0
    for ev in rows:
        loc = ev.get("location") or {}
        if loc.get("lat") is None or loc.get("lon") is None:
            missing += 1
            continue
        props = {k: v for k, v in ev.items() if k not in ("location", "evidence")}
        props["location"] = loc.get("name")
        props["notes"] = " ".join(s["text"] for s in ev.get("evidence") or [])
        features.append({"type": "Feature", "id": ev["id"],
                         "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]},
                         "properties": props})
    return {"type": "FeatureCollection", "features": features}, missing


INCIDENT_COLUMNS = ["id", "type", "date", "actor", "target", "weapon", "place", "sources", "events",
                    "claimants", "disagreement"]


def write_incidents_csv(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Incident summaries as CSV: one low/best/high column triple per count key."""
    count_cols = [f"{k}_{part}" for k in COUNT_KEYS for part in ("low", "best", "high")]
    writer = csv.DictWriter(out, fieldnames=INCIDENT_COLUMNS + count_cols, lineterminator="\n")
    writer.writeheader()
    n = 0
    for inc in rows:
        row = {c: _blank(inc.get(c)) for c in INCIDENT_COLUMNS}
        row["claimants"] = "; ".join(inc.get("claimants") or [])
        for key, c in (inc.get("counts") or {}).items():
            for part in ("low", "best", "high"):
                row[f"{key}_{part}"] = c[part]
        writer.writerow(row)
        n += 1
    out.flush()
    return n
