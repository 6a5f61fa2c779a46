"""Stored (or freshly extracted) events out: JSON lines, ACLED-shaped CSV, flat GeoJSON; incidents as CSV.

Every writer takes an iterable and writes row by row, so an export of a million
events holds one row at a time. The CSV is ACLED's 31 columns in ACLED's order,
then warwire's own columns (figures, claimant, article); docs/acled.md gives the
mapping. `warwire extract` and `warwire events` write the same CSV.
"""
from __future__ import annotations

import csv
import json
import time
from collections.abc import Iterable
from typing import Any, TextIO

from warwire.models import COUNT_KEYS

# ACLED's event_type / sub_event_type / disorder_type for each warwire type (docs/acled.md says why).
ACLED_TYPES: dict[str, tuple[str, str, str]] = {
    "air_attack": ("Explosions/Remote violence", "Air/drone strike", "Political violence"),
    "strike": ("Explosions/Remote violence", "Shelling/artillery/missile attack", "Political violence"),
    "ground_combat": ("Battles", "Armed clash", "Political violence"),
    "protest": ("Protests", "Peaceful protest", "Demonstrations"),
    "territorial_claim": ("Strategic developments", "Other", "Strategic developments"),
    "arms_transfer": ("Strategic developments", "Other", "Strategic developments"),
    "policy": ("Strategic developments", "Other", "Strategic developments"),
    "infrastructure_outage": ("Strategic developments", "Other", "Strategic developments"),
}
# A strike's or air attack's weapon decides between ACLED's two remote-violence sub-types.
WEAPON_SUB_EVENT = {"missile": "Shelling/artillery/missile attack", "drone": "Air/drone strike",
                    "glide_bomb": "Air/drone strike", "mixed": "Air/drone strike"}
# Ukraine's side retaking a settlement is a battle outcome ACLED names.
RETAKEN = ("Battles", "Government regains territory", "Political violence")
# ACLED: 1 the day is known, 2 the week, 3 only the month.
TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}
# ACLED: 1 the town itself, 2 a part of a region near the town (warwire: a raion), 3 only the region.
GEO_PRECISION = {"settlement": 1, "city": 1, "raion": 2, "admin1": 3, "region": 3, "country": 3}
# ISO 3166-1 alpha-2 -> (numeric, ACLED country name, ACLED region)
COUNTRIES = {
    "UA": (804, "Ukraine", "Europe"), "RU": (643, "Russia", "Europe"), "BY": (112, "Belarus", "Europe"),
    "PL": (616, "Poland", "Europe"), "MD": (498, "Moldova", "Europe"), "RO": (642, "Romania", "Europe"),
    "GE": (268, "Georgia", "Caucasus and Central Asia"), "US": (840, "United States", "North America"),
    "GB": (826, "United Kingdom", "Europe"), "DE": (276, "Germany", "Europe"), "FR": (250, "France", "Europe"),
    "HU": (348, "Hungary", "Europe"), "SK": (703, "Slovakia", "Europe"), "LT": (440, "Lithuania", "Europe"),
    "LV": (428, "Latvia", "Europe"), "EE": (233, "Estonia", "Europe"), "FI": (246, "Finland", "Europe"),
    "TR": (792, "Turkey", "Middle East"),
}
ISO3 = {"UA": "UKR", "RU": "RUS", "BY": "BLR", "PL": "POL", "MD": "MDA", "RO": "ROU", "GE": "GEO", "US": "USA",
        "GB": "GBR", "DE": "DEU", "FR": "FRA", "HU": "HUN", "SK": "SVK", "LT": "LTU", "LV": "LVA", "EE": "EST",
        "FI": "FIN", "TR": "TUR"}
STATES = {"Russia", "Ukraine", "Belarus", "Poland", "Moldova", "Romania", "Georgia", "United States",
          "United Kingdom", "Germany", "France", "Hungary", "Slovakia", "Lithuania", "Latvia", "Estonia", "Finland",
          "Turkey", "NATO"}

ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
    "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
]
WARWIRE_COLUMNS = [
    "event_id", "incident_id", "type", "date_precision", "weapon", "item", "status", "place", "precision",
    *COUNT_KEYS, "hedges", "claimed_by", "evidence_start", "evidence_end",
    "article_title", "article_url", "article_published", "article_source",
]
CSV_COLUMNS = ACLED_COLUMNS + WARWIRE_COLUMNS


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


def acled_types(ev: dict[str, Any]) -> tuple[str, str, str]:
    """(event_type, sub_event_type, disorder_type) of an event, as docs/acled.md lays out."""
    kind = ev.get("type") or ""
    if kind in ("air_attack", "strike") and ev.get("weapon") in WEAPON_SUB_EVENT:
        family, _, disorder = ACLED_TYPES[kind]
        return family, WEAPON_SUB_EVENT[ev["weapon"]], disorder
    if kind == "territorial_claim" and ev.get("actor") == "Ukraine" and ev.get("status") in ("liberated", "recaptured"):
        return RETAKEN
    return ACLED_TYPES.get(kind, ("Strategic developments", "Other", "Strategic developments"))


def _inter(actor: str | None, kind: str) -> str:
    if not actor:
        return ""
    if kind == "protest":
        return "Protesters"
    return "State forces" if actor in STATES else ""


def acled_row(ev: dict[str, Any], timestamp: int | None = None) -> dict[str, Any]:
    """One event (contract form, maybe with incident_id) as a CSV row: ACLED's columns, then warwire's."""
    from warwire.report import outlet_of

    loc = ev.get("location") or {}
    art = ev.get("article") or {}
    counts = ev.get("counts") or {}
    spans = ev.get("evidence") or []
    country = loc.get("country") or ""
    numeric, country_name, region = COUNTRIES.get(country, ("", country, ""))
    event_type, sub_event_type, disorder = acled_types(ev)
    inter1, inter2 = _inter(ev.get("actor"), ev.get("type", "")), _inter(ev.get("target"), "")
    tags = [f"claimed by {ev['claimed_by']}"] if ev.get("claimed_by") else []
    tags += [f"{k} {h.replace('_', ' ')}" for k, h in (ev.get("hedges") or {}).items()]
    return {
        "event_id_cnty": f"{ISO3.get(country, 'XXX')}-{ev['id']}",
        "event_date": _blank(ev.get("date")),
        "year": ev["date"][:4] if ev.get("date") else "",
        "time_precision": TIME_PRECISION.get(ev.get("date_precision") or "", ""),
        "disorder_type": disorder,
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": _blank(ev.get("actor")),
        "assoc_actor_1": "",
        "inter1": inter1,
        "actor2": _blank(ev.get("target")),
        "assoc_actor_2": "",
        "inter2": inter2,
        "interaction": f"{inter1}-{inter2}" if inter1 and inter2 else (f"{inter1} only" if inter1 else ""),
        "civilian_targeting": "",
        "iso": numeric,
        "region": region,
        "country": country_name,
        "admin1": _blank(loc.get("admin1")),
        "admin2": "",
        "admin3": "",
        "location": loc.get("name") or ev.get("place") or "",
        "latitude": _blank(loc.get("lat")),
        "longitude": _blank(loc.get("lon")),
        "geo_precision": GEO_PRECISION.get(loc.get("precision") or "", ""),
        "source": outlet_of(art) if art else "",
        "source_scale": "",
        "notes": " ".join(s["text"] for s in spans),
        "fatalities": int(counts.get("killed") or 0),
        "tags": "; ".join(tags),
        "timestamp": int(time.time()) if timestamp is None else timestamp,
        # warwire's own columns
        "event_id": ev["id"],
        "incident_id": _blank(ev.get("incident_id")),
        "type": ev.get("type", ""),
        "date_precision": _blank(ev.get("date_precision")),
        "weapon": _blank(ev.get("weapon")),
        "item": _blank(ev.get("item")),
        "status": _blank(ev.get("status")),
        "place": _blank(ev.get("place")),
        "precision": _blank(loc.get("precision")),
        **{k: _blank(counts.get(k)) for k in COUNT_KEYS},
        "hedges": json.dumps(ev["hedges"], ensure_ascii=False) if ev.get("hedges") else "",
        "claimed_by": _blank(ev.get("claimed_by")),
        "evidence_start": spans[0]["start"] if spans else "",
        "evidence_end": spans[0]["end"] if spans else "",
        "article_title": _blank(art.get("title")),
        "article_url": _blank(art.get("url")),
        "article_published": _blank(art.get("published")),
        "article_source": _blank(art.get("source")),
    }


def write_acled_csv(rows: Iterable[dict[str, Any]], out: TextIO) -> int:
    """Events as CSV (header first; ACLED's 31 columns, then warwire's); returns how many rows were written.

    `timestamp` (ACLED: when the row was last made) is the time of this export, the same on every row.
    """
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    stamp = int(time.time())
    n = 0
    for ev in rows:
        writer.writerow(acled_row(ev, stamp))
        n += 1
    out.flush()
    return n


def geojson_feature(ev: dict[str, Any]) -> dict[str, Any] | None:
    """One event as a GeoJSON Feature with flat properties (GIS tools style by them), or None without coordinates.

    Each figure is its own integer property (null when the report gives none) and its hedge another
    (`launched_hedge`); `precision` says what the point is: a settlement, a raion's or a region's centre.
    """
    from warwire.report import outlet_of

    loc = ev.get("location") or {}
    if loc.get("lat") is None or loc.get("lon") is None:
        return None
    art = ev.get("article") or {}
    counts = ev.get("counts") or {}
    hedges = ev.get("hedges") or {}
    props: dict[str, Any] = {
        "id": ev["id"], "incident_id": ev.get("incident_id"), "type": ev.get("type"), "date": ev.get("date"),
        "date_precision": ev.get("date_precision"), "actor": ev.get("actor"), "target": ev.get("target"),
        "weapon": ev.get("weapon"), "item": ev.get("item"), "status": ev.get("status"), "place": ev.get("place"),
        "location": loc.get("name"), "admin1": loc.get("admin1"), "country": loc.get("country"),
        "precision": loc.get("precision"), "geo_precision": GEO_PRECISION.get(loc.get("precision") or ""),
    }
    for key in COUNT_KEYS:
        props[key] = counts.get(key)
    for key in COUNT_KEYS:
        props[f"{key}_hedge"] = hedges.get(key)
    props.update({
        "fatalities": int(counts.get("killed") or 0), "claimed_by": ev.get("claimed_by"),
        "outlet": outlet_of(art) if art else None, "headline": art.get("title"), "url": art.get("url"),
        "published": art.get("published"), "source": art.get("source"),
        "notes": " ".join(s["text"] for s in ev.get("evidence") or []),
    })
    return {"type": "Feature", "id": ev["id"],
            "geometry": {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]}, "properties": props}


def write_geojson(rows: Iterable[dict[str, Any]], out: TextIO) -> tuple[int, int]:
    """A FeatureCollection of the events with coordinates, written feature by feature: (written, left out)."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    written = missing = 0
    for ev in rows:
        feature = geojson_feature(ev)
        if feature is None:
            missing += 1
            continue
        out.write((",\n" if written else "") + json.dumps(feature, ensure_ascii=False, default=str))
        written += 1
    out.write("\n]}\n")
    out.flush()
    return written, missing


def events_geojson(rows: Iterable[dict[str, Any]]) -> tuple[dict[str, Any], int]:
    """A GeoJSON FeatureCollection (in memory) of the events that have coordinates, and how many had none."""
    features, missing = [], 0
    for ev in rows:
        feature = geojson_feature(ev)
        if feature is None:
            missing += 1
        else:
            features.append(feature)
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
