"""The claim ledger: an event's figures become claim rows, and event rows are rebuilt from them.

Every figure is one claim (value, hedge, count key, claimant, evidence span,
article, event); an event's `counts` and `hedges` are read back from its
claims, never stored twice.
"""
from __future__ import annotations

import json
import re
from typing import Any

from warwire.models import Event, Span, content_hash


def _norm(v: str | None) -> str | None:
    return v.strip().lower() if v else None


def _figure_span(value: int, spans: list[Span]) -> Span | None:
    """The evidence span that states the figure (first span when none spells it out)."""
    forms = {str(value), f"{value:,}"}
    for span in spans:
        if any(f in span.text for f in forms):
            return span
    return spans[0] if spans else None


def event_row(ev: Event, origin: str, contract: dict[str, Any] | None = None) -> dict[str, Any]:
    """The `events` row for one event (its counts go to `claim_rows`); `contract` is `ev.to_dict()` if known."""
    d = dict(contract) if contract is not None else ev.to_dict()
    d.pop("counts")
    d.pop("hedges")
    loc = ev.location
    return {
        "id": d["id"],
        "article_id": ev.article.id if ev.article else "",
        "origin": origin,
        "type": ev.type,
        "date": d["date"],
        "date_precision": ev.date_precision,
        "actor": ev.actor,
        "actor_lc": _norm(ev.actor),
        "target": ev.target,
        "target_lc": _norm(ev.target),
        "weapon": ev.weapon,
        "place": ev.place,
        "item": ev.item,
        "status": ev.status,
        "loc_name": loc.name if loc else None,
        "loc_admin1": loc.admin1 if loc else None,
        "loc_country": loc.country if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "claimed_by": ev.claimed_by,
        "claimed_by_lc": _norm(ev.claimed_by),
        "evidence_text": " ".join(s.text for s in ev.evidence),
        "place_terms": place_terms(place_names(ev)),
        "data": json.dumps(d, ensure_ascii=False),
    }


def place_names(ev: Event) -> list[str]:
    """Every place name an event can be found by with --place, lower-cased."""
    names = {ev.place}
    if ev.location:
        names |= {ev.location.name, ev.location.mention, ev.location.admin1}
    return sorted({n.strip().lower() for n in names if n})


PLACE_TERM = "zzplace"  # no word of an evidence sentence starts so


def place_term(name: str) -> str:
    """A place name as one full-text token ("Kryvyi Rih" -> zzplacekryvyirih): --text with --place is one match."""
    return PLACE_TERM + re.sub(r"[\W_]+", "", name.strip().lower())


def place_terms(names: list[str]) -> str:
    """The full-text tokens of an event's place names, indexed with its evidence."""
    return " ".join(place_term(n) for n in names)


def claim_rows(ev: Event, event_id: str | None = None) -> list[dict[str, Any]]:
    """One claim row per figure of the event."""
    eid = event_id or ev.id
    rows = []
    for key, value in sorted(ev.counts.items()):
        span = _figure_span(value, ev.evidence)
        rows.append({
            "id": content_hash("claim", eid, key),
            "event_id": eid,
            "article_id": ev.article.id if ev.article else "",
            "count_key": key,
            "value": int(value),
            "hedge": ev.hedges.get(key),
            "claimant": ev.claimed_by,
            "evidence_text": span.text if span else None,
            "evidence_start": span.start if span else None,
            "evidence_end": span.end if span else None,
        })
    return rows


def event_dict(data: str, incident_id: str | None, claims: list[dict[str, Any]]) -> dict[str, Any]:
    """An event in contract form (plus incident_id), its counts read from its claims."""
    d: dict[str, Any] = json.loads(data)
    counts: dict[str, int] = {}
    hedges: dict[str, str] = {}
    for c in claims:
        counts[c["count_key"]] = int(c["value"])
        if c["hedge"]:
            hedges[c["count_key"]] = c["hedge"]
    out: dict[str, Any] = {}
    for k, v in d.items():  # keep the contract's key order, counts/hedges in their place
        out[k] = v
        if k == "status":
            out["counts"] = counts
            out["hedges"] = hedges
    out["incident_id"] = incident_id
    return out
