"""Ukraine's Air Force per-night record (Petro Ivaniuk's `missile_attacks_daily.csv`, MIT) as claims.

Each CSV row is one weapon model in one attack window. Rows are summed per
night (the date of `time_end`: an overnight attack carries the morning's
date), per weapon class and per reporting command, and each sum becomes one
`air_attack` event on a synthetic article whose body lists the rows, so every
figure keeps evidence pointing at the record. Tactical and reconnaissance
drones (Orlan, ZALA, Lancet, ...) are not long-range waves and are skipped.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from warwire.errors import FormatError, InputError
from warwire.models import Article, Event, Span

REQUIRED = ("time_start", "time_end", "model", "launched", "destroyed", "not_reach_goal")
ORIGIN = "record:ukrainian-air-force"
AIR_FORCE = "Ukrainian Air Force"

# Which reporting channel (first part of the `source` column) speaks: the national Air Force, a regional
# air command, or the General Staff. Regional commands report local waves, so they stay separate claimants.
CLAIMANTS = {
    "kpszsu": AIR_FORCE,
    "pvkpivden": "Ukrainian Air Force (Air Command South)",
    "pvkshid": "Ukrainian Air Force (Air Command East)",
    "pvkzahid": "Ukrainian Air Force (Air Command West)",
    "pvkcenter": "Ukrainian Air Force (Air Command Centre)",
    "generalstaff.ua": "Ukrainian General Staff",
}

# Weapon classes by model name, tried in order; the first pattern that matches a part wins.
TACTICAL = re.compile(r"orlan|zala|supercam|lancet|молн|merlin|reconnaissance|eleron|картограф|привет|"
                      r"фенікс|granat|kub|forpost|orion|mohajer", re.I)
DRONE = re.compile(r"shahed|gerbera|uav|drone|geran", re.I)
BOMB = re.compile(r"gbu|kab|aerial bomb|guided bomb", re.I)
MISSILE = re.compile(r"missile|x-\d|х-\d|kh-|iskander|kalibr|c-[34]00|s-[34]00|kinzhal|zircon|oniks|kn-23|"
                     r"banderol|tochka|ballistic", re.I)


def weapon_class(model: str) -> str | None:
    """drone, missile, glide_bomb, mixed; None for tactical drones and unknown models."""
    classes = set()
    for part in re.split(r"\s+and\s+", model):
        if TACTICAL.search(part):
            continue
        for name, pattern in (("drone", DRONE), ("glide_bomb", BOMB), ("missile", MISSILE)):
            if pattern.search(part):
                classes.add(name)
                break
    if not classes:
        return None
    return classes.pop() if len(classes) == 1 else "mixed"


@dataclass
class Night:
    """The rows of one night, weapon class and claimant, summed."""

    date: dt.date
    weapon: str
    claimant: str
    counts: dict[str, int] = field(default_factory=dict)
    lines: list[tuple[int, str]] = field(default_factory=list)


@dataclass
class ImportResult:
    """What an import read and stored."""

    path: str
    rows: int
    rows_skipped: int
    nights: int
    events_added: int
    articles_added: int
    articles_unchanged: int


def _number(value: str, path: str, line: int, column: str) -> int | None:
    value = (value or "").strip()
    if value in ("", "nan", "NaN"):
        return None
    try:
        return int(round(float(value)))
    except ValueError as exc:
        raise FormatError(f"{path}:{line}: column {column} holds {value!r}, not a number; fix or drop that row") from exc


def _date(value: str, path: str, line: int) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError as exc:
        raise FormatError(f"{path}:{line}: time_end {value!r} is not a date (YYYY-MM-DD[ HH:MM])") from exc


def read_airforce_csv(path: str | Path) -> tuple[list[Night], int, int]:
    """Parse and check the whole CSV before anything is stored: (nights, rows read, rows skipped)."""
    shown = str(path)
    try:
        fh = open(path, newline="", encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"{shown}: cannot read ({exc.strerror}); pass the path of missile_attacks_daily.csv") from exc
    with fh:
        reader = csv.DictReader(fh)
        header = reader.fieldnames or []
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            raise FormatError(
                f"{shown}: not an Air Force attacks CSV: missing column(s) {', '.join(missing)} "
                f"(found {', '.join(header[:8]) or 'no header'}); expected {', '.join(REQUIRED)}"
            )
        nights: dict[tuple[dt.date, str, str], Night] = {}
        rows = skipped = 0
        for row in reader:
            rows += 1
            line = reader.line_num
            weapon = weapon_class(row["model"] or "")
            if weapon is None:
                skipped += 1
                continue
            date = _date(row["time_end"] or row["time_start"], shown, line)
            channel = (row.get("source") or "").split("/")[0].strip().lower()
            claimant = CLAIMANTS.get(channel, AIR_FORCE)
            night = nights.setdefault((date, weapon, claimant), Night(date, weapon, claimant))
            parts = []
            for column, key in (("launched", "launched"), ("destroyed", "intercepted"), ("not_reach_goal", "lost")):
                value = _number(row[column], shown, line, column)
                if value is not None:
                    night.counts[key] = night.counts.get(key, 0) + value
                    parts.append(f"{column} {value}")
            night.lines.append((line, f"{row['time_start']} to {row['time_end']}: {row['model']}: {', '.join(parts)}."))
    return sorted(nights.values(), key=lambda n: (n.date, n.claimant, n.weapon)), rows, skipped


def night_articles(path: str, nights: list[Night]) -> list[tuple[Article, list[Event], str]]:
    """One synthetic article per night and claimant, with one event per weapon class: (article, events, key)."""
    grouped: dict[tuple[dt.date, str], list[Night]] = defaultdict(list)
    for n in nights:
        grouped[(n.date, n.claimant)].append(n)
    out = []
    for (date, claimant), group in sorted(grouped.items()):
        title = f"{claimant}: attacks record for the night ending {date.isoformat()}"
        body = title + "\n"
        spans: dict[str, list[Span]] = defaultdict(list)
        line_numbers = []
        for n in group:
            for line, textline in n.lines:
                spans[n.weapon].append(Span(textline, len(body), len(body) + len(textline)))
                body += textline + "\n"
                line_numbers.append(line)
        article = Article(source=f"{path}#rows={','.join(map(str, sorted(line_numbers)))}", body=body, title=title,
                          published=date, outlet="missile_attacks_daily.csv", agency=None)
        events = [
            Event(type="air_attack", date=date, date_precision="day", actor="Russia", target="Ukraine",
                  weapon=n.weapon, counts=dict(n.counts), claimed_by=claimant, evidence=spans[n.weapon],
                  article=article.ref())
            for n in group
        ]
        out.append((article, events, f"{ORIGIN}:{claimant}:{date.isoformat()}"))
    return out


def import_airforce(store: object, path: str | Path) -> ImportResult:
    """Load the CSV's nights into the store as claims by the Air Force (checked in full before writing)."""
    nights, rows, skipped = read_airforce_csv(path)
    added = unchanged = events_added = 0
    for article, events, key in night_articles(str(path), nights):
        result = store.add_article(article, events, origin=ORIGIN, version_key_=key)  # type: ignore[attr-defined]
        events_added += result.events_added
        if result.status == "unchanged":
            unchanged += 1
        else:
            added += 1
    return ImportResult(str(path), rows, skipped, len(nights), events_added, added, unchanged)
